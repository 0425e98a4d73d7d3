#pragma once

#include "storage/storage.h"

#include <QMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace habilis {

/// One convention as the officer reads it: its parties, its dates, its Annex 1 now and before,
/// its amendments, its documents and its history, with the steps that apply today as buttons.
/// It records nothing itself: the window answers its requests with the dialogs.
class ConventionView : public QWidget {
    Q_OBJECT
public:
    explicit ConventionView(Storage *storage, QWidget *parent = nullptr);

    /// Shows `reference` as of `today`; false (and a French message) when it cannot be read.
    bool show(const QString &reference, QDate today);
    /// Reads the shown convention again (after a step).
    void reload();
    QString reference() const { return m_reference; }
    const ConventionDetail &detail() const { return m_detail; }
    /// The button of a step, visible when the step applies today.
    QPushButton *stepButton(Step step) const;
    QString lastError() const { return m_error; }
    /// The text of a step's button: what the officer does.
    static QString actionLabel(Step step);

signals:
    void stepRequested(const QString &reference, habilis::Step step);
    void amendmentStepRequested(const QString &reference, int number, habilis::Step step);
    void amendmentRequested(const QString &reference);
    void personLeftRequested(const QString &reference, const QString &email);
    /// amendment 0: the convention's own documents.
    void previewRequested(const QString &reference, int amendment);
    void printRequested(const QString &reference, int amendment);
    void pdfRequested(const QString &reference, int amendment);
    void exportAnnexRequested(const QString &reference);
    /// Passwords for the persons of the annex who have none notified.
    void pendingPasswordsRequested(const QString &reference);
    /// A new password for a person who lost theirs.
    void passwordResetRequested(const QString &reference, const QString &email);

private:
    void fillSummary();
    void fillAnnex(int version);
    void fillAmendments();
    void fillHistory();
    void updateButtons();
    int selectedAmendment() const;

    Storage *m_storage;
    QString m_reference;
    QDate m_today;
    ConventionDetail m_detail;
    QList<Amendment> m_amendments;
    QString m_error;

    QLabel *m_title;
    QLabel *m_subtitle;
    QMap<Step, QPushButton *> m_stepButtons;
    QPushButton *m_amendButton;
    QPushButton *m_pendingButton;
    QTabWidget *m_tabs;
    QLabel *m_parties;
    QLabel *m_dates;
    QComboBox *m_annexVersion;
    QLabel *m_annexStatus;
    QTableWidget *m_persons;
    QTableWidget *m_establishments;
    QTableWidget *m_amendmentTable;
    QMap<Step, QPushButton *> m_amendmentButtons;
    QTableWidget *m_events;
    QTableWidget *m_journal;
};

} // namespace habilis

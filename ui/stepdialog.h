#pragma once

#include "storage/storage.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace habilis {

/// Records one step of a convention or of one of its amendments: asks what the step needs
/// (dates, reason, signatory, registered letter…), says as the officer types why it cannot be
/// recorded yet, and records it in one transaction. On a refusal it stays open with the
/// reason, so that nothing typed is lost.
class StepDialog : public QDialog {
    Q_OBJECT
public:
    /// `amendment` 0: the convention's own step.
    StepDialog(Storage *storage, const QString &reference, int amendment, Step step, QDate today,
               QWidget *parent = nullptr);

    /// False when the convention cannot be read; lastError() says why.
    bool isValid() const { return m_error.isEmpty(); }
    QString lastError() const { return m_error; }
    Step step() const { return m_step; }
    /// What the form holds now.
    StepInput input() const;
    /// Why the step cannot be recorded with what the form holds; empty when it can.
    QString refusal() const;
    /// How the step is recorded, instead of Storage::recordStep (the activation sends the
    /// passwords too); returns why it failed.
    void setRecorder(std::function<Status(const StepInput &)> recorder)
    {
        m_recorder = std::move(recorder);
    }
    void accept() override;

private:
    QDateEdit *addDate(const QString &label, const QString &name, QDate value);
    QLineEdit *addLine(const QString &label, const QString &name, const QString &value = {});
    void update();

    Storage *m_storage;
    QString m_reference;
    int m_amendment;
    Step m_step;
    QDate m_today;
    Convention m_convention; ///< the amendment seen as a convention, for an amendment's step
    QString m_error;
    std::function<Status(const StepInput &)> m_recorder;

    QFormLayout *m_form;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_reason = nullptr;
    QLineEdit *m_tracking = nullptr;
    QLineEdit *m_signatory = nullptr;
    QDateEdit *m_signedOn = nullptr;
    QCheckBox *m_hasDeliberation = nullptr;
    QDateEdit *m_deliberationOn = nullptr;
    QLineEdit *m_prefectureAck = nullptr;
    QComboBox *m_terminatedBy = nullptr;
    QLineEdit *m_letter = nullptr;
    QCheckBox *m_hasSentOn = nullptr;
    QDateEdit *m_sentOn = nullptr;
    QLabel *m_consequence;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

/// A French date field: dd/MM/yyyy with a calendar.
QDateEdit *makeDateEdit(QDate value, QWidget *parent);

} // namespace habilis

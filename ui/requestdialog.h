#pragma once

#include "storage/storage.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTimer;

namespace habilis {

class AddressForm;
class EstablishmentTable;
class PersonTable;
class RepresentativeForm;

/// A new habilitation request (art. 3-1): the provider, its representative and address, the
/// persons to habilitate and the establishments with their scopes.
///
/// Every field is checked as it is typed; the request can be recorded only once it is whole.
/// What is typed is kept as a draft (draftPath()) a moment after each change and restored by
/// the next dialog, until the request is recorded or the draft discarded.
class RequestDialog : public QDialog {
    Q_OBJECT
public:
    RequestDialog(Storage *storage, QDate today, QWidget *parent = nullptr);
    ~RequestDialog() override;

    void setRequest(const HabilitationRequest &request); ///< fills the form
    HabilitationRequest request() const;                 ///< what the form holds now
    QString reference() const { return m_reference; }    ///< after acceptance: the convention
    /// Validates, then imports through storage->importRequest (one transaction); stays open
    /// with the reason when the request is refused.
    void accept() override;
    /// Closes, keeping the draft when the form holds anything.
    void reject() override;

    /// Nothing typed yet (the Caf and the date aside).
    bool isFormEmpty() const;
    /// The problems of the request as the form holds it; empty when it can be recorded.
    QList<FieldError> problems() const;
    /// Where the draft lives: the application's data folder, drafts/request.json.
    static QString draftPath();

signals:
    /// The request was recorded as the convention `reference`.
    void requestRecorded(const QString &reference);

private:
    void edited();
    void revalidate();
    void writeDraft();
    void restoreDraft();
    void discardDraft();
    void fill(const HabilitationRequest &request);

    Storage *m_storage;
    QDate m_today;
    QList<EstablishmentType> m_types;
    QString m_typesError;
    QString m_reference;
    QString m_failure; ///< the storage's refusal, shown until the next change
    bool m_loading = false;

    QLabel *m_draftLabel;
    QTabWidget *m_tabs; ///< provider, persons, establishments
    QComboBox *m_caf;
    QDateEdit *m_received;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLineEdit *m_siret;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    RepresentativeForm *m_representative;
    AddressForm *m_address;
    PersonTable *m_persons;
    EstablishmentTable *m_establishments = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_discard = nullptr;
    QTimer *m_draftTimer;
};

} // namespace habilis

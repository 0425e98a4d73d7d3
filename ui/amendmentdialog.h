#pragma once

#include "storage/storage.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;

namespace habilis {

class AddressForm;
class EstablishmentTable;
class PersonTable;
class RepresentativeForm;

/// Prepares an amendment (avenant) of a convention in force: the persons and establishments of
/// the annex in force to remove, those to add, and optionally the provider's new representative
/// or address, with the reason and the date.
class AmendmentDialog : public QDialog {
    Q_OBJECT
public:
    AmendmentDialog(Storage *storage, const QString &reference, QDate today,
                    QWidget *parent = nullptr);

    /// "This person left": ticks the person for removal and proposes the reason.
    void markLeaving(const QString &email);
    int number() const { return m_number; } ///< after acceptance: the amendment's number
    /// Calls storage->prepareAmendment; stays open with the reason when it is refused.
    void accept() override;
    /// Asks before dropping what was entered.
    void reject() override;

    /// What the form changes in the annex and for the provider.
    AmendmentChanges changes() const;
    QString reason() const;
    QDate date() const;
    /// The problems of the amendment as the form holds it; empty when it can be prepared.
    QList<FieldError> problems() const;

signals:
    /// The amendment `number` of `reference` was prepared.
    void amendmentPrepared(const QString &reference, int number);

private:
    void edited();
    void revalidate();
    void updateSummary(const AmendmentChanges &changes);

    Storage *m_storage;
    QString m_reference;
    QDate m_today;
    ConventionDetail m_detail;
    QList<EstablishmentType> m_types;
    QString m_loadError;      ///< the convention or the types could not be read
    QString m_failure;        ///< the storage's refusal, shown until the next change
    QString m_proposedReason; ///< the reason markLeaving() wrote, and for whom
    QString m_proposedFor;
    int m_number = 0;

    // In the order of the tab chain.
    QLabel *m_title = nullptr;
    QLabel *m_provider = nullptr;
    QLineEdit *m_reason = nullptr;
    QDateEdit *m_date = nullptr;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_removePersons = nullptr;
    PersonTable *m_addPersons = nullptr;
    QListWidget *m_removeEstablishments = nullptr;
    EstablishmentTable *m_addEstablishments = nullptr;
    QGroupBox *m_representativeBox = nullptr;
    RepresentativeForm *m_representative = nullptr;
    QGroupBox *m_addressBox = nullptr;
    AddressForm *m_address = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace habilis

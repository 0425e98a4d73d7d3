#pragma once

#include "credentials/credentials.h"
#include "domain/amendment.h"
#include "domain/types.h"
#include "domain/workflow.h"
#include "error.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace habilis {

/// The orders of the list of conventions.
enum class ConventionSort { Reference, State, Provider, Town, Received, Signed };

/// Criteria of the list of conventions; empty fields do not filter.
struct ConventionFilter {
    std::optional<ConventionState> state;
    QString cafDepartement;
    QString provider;          ///< part of the provider's name, accent- and case-insensitive
    QString town;              ///< the provider's town, accent- and case-insensitive
    QString text;              ///< free text over references, providers, persons and establishments
    QString establishmentType; ///< conventions whose annex has an establishment of this type
    /// Only these references (the conventions with something due, say); empty: no restriction.
    std::optional<QStringList> references;
    ConventionSort sort = ConventionSort::Reference;
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = -1;
};

/// One line of the list of conventions.
struct ConventionRow {
    qint64 id = 0;
    QString reference;
    ConventionState state = ConventionState::Received;
    QString cafDepartement;
    QString providerName;
    QString providerTown;
    QDate receivedOn;
    QDate signedOn;
    int persons = 0;
    int establishments = 0;
};

/// The lists of the window besides the conventions.
enum class Directory { Providers, Establishments, Persons };

/// Criteria of a directory list; empty fields do not filter.
struct DirectoryFilter {
    Directory kind = Directory::Providers;
    QString text;       ///< words matched as prefixes, accent- and case-insensitive
    QString town;       ///< exactly, as listed by directoryTowns()
    QString type;       ///< establishment type code: the establishments, or providers having one
    int sortColumn = 0; ///< a column of the kind's row, see DirectoryRow
    Qt::SortOrder order = Qt::AscendingOrder;
    int offset = 0;
    int limit = -1;
};

/// One line of a directory list, its cells in the kind's column order:
/// - Providers: name, SIRET, postcode, town, representative, conventions, latest reference,
///   its state code;
/// - Establishments: type code, name, postcode, town, provider, monenfant.fr id, latest
///   reference;
/// - Persons: last name, first name, job title, email, provider, latest reference.
struct DirectoryRow {
    qint64 id = 0;
    QString reference; ///< the latest convention it belongs to, empty when none
    QStringList cells;
};

/// Criteria of the habilitations in force; empty fields do not filter.
struct HabilitationFilter {
    QDate date; ///< the day (today when null): conventions in force then, their annex of then
    QString cafDepartement;
    QString town;      ///< the establishment's town, accent- and case-insensitive
    QString type;      ///< establishment type code
    QString provider;  ///< part of the provider's name, accent- and case-insensitive
    QString reference; ///< one convention
    /// With `reference`: that convention's annex on `date` whatever its state; before the
    /// signature, the version to be signed.
    bool anyState = false;
};

/// One person habilitated for one establishment, with the scope: a line of an annex export.
struct HabilitationRow {
    QString reference;
    QString cafDepartement;
    QString providerName;
    QString providerSiret;
    Person person;
    Establishment establishment;
    Scope scope;
    int annexVersion = 0;
    QDate inForceSince; ///< the annex version's first day; null before the signature
};

/// A convention with its parties and the annex in force on a day.
struct ConventionDetail {
    Convention convention;
    CafProfile caf;
    Provider provider;
    Annex annex;
    int annexVersions = 1;
};

/// One entry of the audit journal.
struct JournalEntry {
    qint64 id = 0;
    QDateTime at;   ///< UTC
    QString actor;  ///< OS login
    QString dbUser; ///< the database user (PostgreSQL), empty on SQLite
    QString action; ///< "request.import", "caf.save"...
    QString entity;
    qint64 entityId = 0;
    QString reference; ///< convention reference, when the change concerns one
    QString before;    ///< compact JSON, empty on creation
    QString after;     ///< compact JSON, empty on deletion
};

struct JournalFilter {
    QString reference;
    QDate day; ///< local day
    int limit = -1;
};

/// One recorded step of a convention's life.
struct ConventionEvent {
    qint64 id = 0;
    QString step;         ///< Workflow::code(), or "terminated" when a notice took effect
    QDate date;           ///< the day of the step
    QDateTime recordedAt; ///< UTC
    QString actor;
    QString details; ///< compact JSON: reason, signatory, tracking, registered letter…
};

/// A convention or an amendment waiting to be mailed, with what orders a batch for the post.
struct MailingItem {
    QString reference;
    int amendment = 0; ///< the amendment's number; 0 for the convention itself
    ConventionState state = ConventionState::Checked;
    QString providerName;
    QString postcode; ///< the provider's
    QString town;
};

/// What an import of establishments did.
struct ImportCounts {
    int created = 0;
    int updated = 0;
};

/// Persistence of Habilis. Every method that changes data runs in one transaction with its
/// journal entry: it writes everything or nothing.
class Storage {
public:
    virtual ~Storage() = default;

    virtual int schemaVersion() const = 0;
    virtual QString location() const = 0;

    /// Runs `work` in one transaction: the changes it makes through this storage join it, and
    /// are committed together when it returns success. When it returns an Error (that of a
    /// write that failed, or its own), everything it wrote is rolled back and the Error is
    /// returned. Inside another transaction, the outer one commits or rolls back: the error
    /// must then be returned to it.
    virtual Status inTransaction(const std::function<Status()> &work) = 0;
    /// Inside inTransaction(): keeps other writers off the settings and the Caf profiles until
    /// the transaction ends, so that a dialog can compare what it loaded with what is stored
    /// now before it writes (optimistic locking of the settings).
    virtual Status lockSettings() = 0;

    // The Caf profiles (one per département) and the one this workstation works for.
    virtual Expected<CafProfile> saveCaf(const CafProfile &caf) = 0;
    virtual Expected<CafProfile> caf(const QString &departement) const = 0;
    virtual Expected<QList<CafProfile>> cafs() const = 0;
    virtual Status setDefaultCaf(const QString &departement) = 0;
    virtual QString defaultCaf() const = 0;

    // The configurable list of establishment types.
    virtual Expected<QList<EstablishmentType>> establishmentTypes() const = 0;
    virtual Status saveEstablishmentType(const EstablishmentType &type) = 0;

    // Providers and their establishments.
    virtual Expected<Provider> provider(qint64 id) const = 0;
    /// By id, SIRET or SIREN.
    virtual Expected<Provider> findProvider(const QString &key) const = 0;
    virtual Expected<QList<Establishment>> establishments(qint64 providerId) const = 0;
    virtual Expected<ImportCounts> importEstablishments(qint64 providerId,
                                                        const QList<Establishment> &list) = 0;

    // Conventions.
    virtual Expected<Convention> importRequest(const HabilitationRequest &request) = 0;
    virtual Expected<QList<ConventionRow>> conventions(const ConventionFilter &filter) const = 0;
    virtual Expected<int> countConventions(const ConventionFilter &filter) const = 0;
    /// The convention with the annex in force on `annexOn` (the latest version when null).
    virtual Expected<ConventionDetail> convention(const QString &reference,
                                                  QDate annexOn = {}) const = 0;

    /// The providers, establishments or persons of a filter, sorted, a page at a time.
    virtual Expected<QList<DirectoryRow>> directory(const DirectoryFilter &filter) const = 0;
    virtual Expected<int> countDirectory(const DirectoryFilter &filter) const = 0;
    /// The towns of a kind's list, sorted, for its town filter.
    virtual Expected<QStringList> directoryTowns(Directory kind) const = 0;

    /// The habilitations in force on a day: a row per person and establishment of each annex,
    /// ordered by provider, reference, person and establishment.
    virtual Expected<QList<HabilitationRow>>
    habilitations(const HabilitationFilter &filter) const = 0;

    /// Records a step of the procedure (Workflow), refused with the reason where it does not
    /// apply. Countersigning puts the first annex in force from the signature date.
    virtual Expected<Convention> recordStep(const QString &reference, Step step,
                                            const StepInput &input, QDate today) = 0;
    /// Prepares amendment number n+1 of an in-force convention: a new annex version, not in
    /// force until the amendment is countersigned. One amendment at a time.
    virtual Expected<Amendment> prepareAmendment(const QString &reference,
                                                 const AmendmentChanges &changes,
                                                 const QString &reason, QDate date,
                                                 QDate today) = 0;
    /// Mail, Return, Countersign or Cancel for an amendment, with the rules of the steps.
    virtual Expected<Amendment> recordAmendmentStep(const QString &reference, int number, Step step,
                                                    const StepInput &input, QDate today) = 0;
    virtual Expected<QList<Amendment>> amendments(const QString &reference) const = 0;
    /// Version `version` of a convention's annex, signed or not (an amendment's annex before
    /// its signature).
    virtual Expected<Annex> annex(const QString &reference, int version) const = 0;

    /// The conventions checked or printed and the amendments prepared, not yet mailed: what a
    /// batch prints. Ordered for the post: by postcode, then provider and reference. An empty
    /// `cafDepartement` takes every Caf.
    virtual Expected<QList<MailingItem>> mailingQueue(const QString &cafDepartement) const = 0;
    /// Records the mailing of every item in one transaction (a convention only checked is
    /// recorded as printed first): all or nothing, refused with the reference that fails.
    virtual Status recordMailing(const QList<MailingItem> &items, const StepInput &input,
                                 QDate today) = 0;
    /// The steps of a convention, in order.
    virtual Expected<QList<ConventionEvent>> events(const QString &reference) const = 0;
    /// What is due on `today` and soon, most urgent first within each kind.
    virtual Expected<QList<WorkItem>> workList(QDate today) const = 0;
    /// Days after the mailing before a convention not returned needs a reminder (30 by default).
    virtual int reminderDelayDays() const = 0;
    virtual Status setReminderDelayDays(int days) = 0;
    /// Journals the tacit renewals of the anniversaries up to `today`, and ends the conventions
    /// whose notice takes effect on or before it. Returns how many ended.
    virtual Expected<int> settle(QDate today) = 0;

    virtual Expected<QList<JournalEntry>> journal(const JournalFilter &filter) const = 0;

    // Credentials (art. 3-2). The passwords never reach the storage: it keeps who received
    // one, when, from whom, why, and whether the email was sent.
    /// Records a password issued to each requested person of the annex in force on `today`
    /// (the convention activated and in force), giving each a stable identifier the first
    /// time. Earlier passwords of these persons not yet notified are superseded.
    virtual Expected<QList<CredentialIssuance>>
    issueCredentials(const QString &reference, const QList<CredentialRequest> &requests,
                     QDate today) = 0;
    /// The person was told (email sent, or draft written): `channel` is "smtp" or "draft".
    virtual Status markNotified(qint64 issuanceId, const QString &channel) = 0;
    /// Every password issued for the convention, oldest first.
    virtual Expected<QList<CredentialIssuance>> credentials(const QString &reference) const = 0;
    /// Who is habilitated on `day`: the persons of the annex in force of the activated
    /// conventions not terminated, one row per establishment.
    virtual Expected<QList<Habilitation>> habilitations(QDate day) const = 0;
    /// A setting of this database ("" when unset), and its change, journaled.
    virtual QString setting(const QString &key) const = 0;
    virtual Status saveSetting(const QString &key, const QString &value) = 0;
};

} // namespace habilis

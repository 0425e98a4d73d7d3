#pragma once

#include "schema.h"
#include "storage.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

class QSqlQuery;

namespace habilis {

/// Where a PostgreSQL database is: libpq's own connection parameters. Never a password:
/// libpq finds it in PGPASSWORD, ~/.pgpass or a service file (PGSERVICEFILE).
struct PgSettings {
    Q_DECLARE_TR_FUNCTIONS(PgSettings)
public:
    QString host;
    int port = 0; ///< 0: libpq's default (PGPORT, else 5432)
    QString dbname;
    QString user;
    QString service;                      ///< a service of pg_service.conf
    QList<QPair<QString, QString>> extra; ///< other libpq keywords: sslmode, options…

    /// Reads a libpq connection string: "host=… port=… dbname=… user=…". Refuses password=.
    static Expected<PgSettings> parse(const QString &conninfo);
    /// The connection string, values quoted as libpq wants them.
    QString toString() const;
};

/// Storage on SQLite through QtSql: WAL, foreign keys and a busy timeout on every connection,
/// the schema migrated on open. The SQL outside the search is kept portable.
class SqlStorage final : public Storage {
    Q_DECLARE_TR_FUNCTIONS(SqlStorage)
public:
    /// Opens (and creates or upgrades) the database file at `path`; ":memory:" for a database
    /// that lives as long as the object.
    static Expected<std::unique_ptr<SqlStorage>> open(const QString &path);
    /// Opens (and creates or upgrades the schema of) a PostgreSQL database, for an office
    /// where several officers work at once.
    /// `password`: one the officer typed, when libpq found none; kept in memory only.
    static Expected<std::unique_ptr<SqlStorage>> openPostgres(const PgSettings &settings,
                                                              const QString &password = {});
    /// "pg:<connection string>" opens PostgreSQL; "sqlite:<file>" or a plain path an SQLite
    /// file.
    static Expected<std::unique_ptr<SqlStorage>> openLocation(const QString &location,
                                                              const QString &password = {});
    /// Whether opening failed only for want of a password (none in PGPASSWORD, ~/.pgpass or a
    /// service file): the caller may ask the officer for one.
    static bool wantsPassword(const QString &error);
    ~SqlStorage() override;

    SqlStorage(const SqlStorage &) = delete;
    SqlStorage &operator=(const SqlStorage &) = delete;

    /// The name of the QtSql connection, for tests and bulk tools of the core.
    QString connectionName() const { return m_connection; }
    QSqlDatabase database() const;
    /// Who the journal names; the OS login by default.
    void setActor(const QString &actor) { m_actor = actor; }
    QString actor() const { return m_actor; }
    /// The database user the journal names beside the OS login; empty on SQLite.
    QString databaseUser() const { return m_dbUser; }

    int schemaVersion() const override;
    QString location() const override { return m_path; }
    Status inTransaction(const std::function<Status()> &work) override;
    Status lockSettings() override;

    Expected<CafProfile> saveCaf(const CafProfile &caf) override;
    Expected<CafProfile> caf(const QString &departement) const override;
    Expected<QList<CafProfile>> cafs() const override;
    Status setDefaultCaf(const QString &departement) override;
    QString defaultCaf() const override;

    Expected<QList<EstablishmentType>> establishmentTypes() const override;
    Status saveEstablishmentType(const EstablishmentType &type) override;

    Expected<Provider> provider(qint64 id) const override;
    Expected<Provider> findProvider(const QString &key) const override;
    Expected<QList<Establishment>> establishments(qint64 providerId) const override;
    Expected<ImportCounts> importEstablishments(qint64 providerId,
                                                const QList<Establishment> &list) override;

    Expected<Convention> importRequest(const HabilitationRequest &request) override;
    Expected<QList<ConventionRow>> conventions(const ConventionFilter &filter) const override;
    Expected<int> countConventions(const ConventionFilter &filter) const override;
    Expected<ConventionDetail> convention(const QString &reference,
                                          QDate annexOn = {}) const override;

    Expected<QList<HabilitationRow>> habilitations(const HabilitationFilter &filter) const override;

    Expected<QList<DirectoryRow>> directory(const DirectoryFilter &filter) const override;
    Expected<int> countDirectory(const DirectoryFilter &filter) const override;
    Expected<QStringList> directoryTowns(Directory kind) const override;

    Expected<Convention> recordStep(const QString &reference, Step step, const StepInput &input,
                                    QDate today) override;
    Expected<QList<ConventionEvent>> events(const QString &reference) const override;
    Expected<Amendment> prepareAmendment(const QString &reference, const AmendmentChanges &changes,
                                         const QString &reason, QDate date, QDate today) override;
    Expected<Amendment> recordAmendmentStep(const QString &reference, int number, Step step,
                                            const StepInput &input, QDate today) override;
    Expected<QList<Amendment>> amendments(const QString &reference) const override;
    Expected<Annex> annex(const QString &reference, int version) const override;
    Expected<QList<MailingItem>> mailingQueue(const QString &cafDepartement) const override;
    Status recordMailing(const QList<MailingItem> &items, const StepInput &input,
                         QDate today) override;
    Expected<int> settle(QDate today) override;
    Expected<QList<WorkItem>> workList(QDate today) const override;
    int reminderDelayDays() const override;
    Status setReminderDelayDays(int days) override;

    Expected<QList<JournalEntry>> journal(const JournalFilter &filter) const override;

    Expected<QList<CredentialIssuance>> issueCredentials(const QString &reference,
                                                         const QList<CredentialRequest> &requests,
                                                         QDate today) override;
    Status markNotified(qint64 issuanceId, const QString &channel) override;
    Expected<QList<CredentialIssuance>> credentials(const QString &reference) const override;
    Expected<QList<Habilitation>> habilitations(QDate day) const override;
    QString setting(const QString &key) const override;
    Status saveSetting(const QString &key, const QString &value) override;

    /// Writes one journal entry with the current transaction's connection.
    Status writeJournal(const QString &action, const QString &entity, qint64 entityId,
                        const QString &reference, const QString &before, const QString &after);

    /// The OS login of the person running Habilis.
    static QString systemLogin();
    /// A value to bind: QtSql binds a null QString as NULL; the columns want ''. An invalid
    /// QVariant stays NULL (dates not yet known).
    static QVariant bindable(const QVariant &v);
    /// An FTS5 query that matches every word of `text` as a prefix.
    static QString ftsQuery(const QString &text);
    /// The words of a search, letters and digits only.
    static QStringList searchWords(const QString &text);
    /// PostgreSQL: the text search query of one word of a search.
    static QString searchPattern(const QString &word);
    bool isPostgres() const { return m_engine == Engine::PostgreSQL; }

private:
    SqlStorage(QString connection, QString path);

    Expected<qint64> upsertProvider(const Provider &p);
    Status updateProvider(const Provider &before, const Provider &after);
    Expected<qint64> upsertEstablishment(qint64 providerId, const Establishment &e,
                                         ImportCounts *counts);
    Expected<qint64> upsertPerson(qint64 providerId, const Person &p);
    Status writeConvention(const Convention &c, int expectedRevision);
    Status writeEvent(qint64 conventionId, const QString &step, QDate date, const QString &details);
    Expected<QString> nextReference(const CafProfile &caf, int year);
    Status readAnnex(qint64 annexId, Annex *annex) const;
    /// The convention with this reference; inside a transaction, as that transaction sees it.
    /// `lock`: on PostgreSQL, locks the row until the transaction ends (SELECT … FOR UPDATE),
    /// so that a concurrent step waits, then sees what the first one wrote.
    Expected<Convention> conventionRow(const QString &reference, bool lock = false) const;
    /// " FOR UPDATE" on PostgreSQL; SQLite's write transaction locks the whole database.
    QString forUpdate() const;
    /// Follows a text sort key: PostgreSQL compares by code points, as SQLite does, whatever
    /// the server's locale, so that lists, pages and the post come in the same order on both.
    QString textOrder() const;
    QString conventionWhere(const ConventionFilter &filter, QVariantList *binds) const;
    QString directoryWhere(const DirectoryFilter &filter, QVariantList *binds) const;

    QString m_connection;
    QString m_path;
    Engine m_engine = Engine::SQLite;
    QString m_actor;
    QString m_dbUser;
};

} // namespace habilis

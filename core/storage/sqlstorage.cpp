#include "sqlstorage.h"

#include "domain/dates.h"
#include "domain/labels.h"
#include "domain/validation.h"
#include "io/jsonformat.h"
#include "schema.h"

#include <QAtomicInt>
#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace habilis {

namespace {

QAtomicInt s_connectionCounter;

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate toDate(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Error queryError(const QSqlQuery &q)
{
    return Error{SqlStorage::tr("The database refused the operation: %1")
                     .arg(q.lastError().text().trimmed())};
}

/// A read through SQLite's own API, on the connection Qt opened. Qt's driver makes a QString
/// of every column of every row as it steps: on the national list of habilitations that is
/// four times the query itself. For long lists whose values repeat.
class SqliteRows {
public:
    SqliteRows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
    {
        const QVariant handle = db.driver()->handle();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
            m_error = SqlStorage::tr("the connection is not a SQLite one");
            return;
        }
        // Qt's SQLite plugin on Debian links the system library, which this one is too.
        m_db = *static_cast<sqlite3 *const *>(handle.constData());
        if (!m_db) {
            m_error = SqlStorage::tr("the SQLite connection is closed");
            return;
        }
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr) !=
            SQLITE_OK) {
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
            return;
        }
        if (binds.size() != sqlite3_bind_parameter_count(m_statement)) {
            m_error = SqlStorage::tr("%1 values for %2 parameters")
                          .arg(binds.size())
                          .arg(sqlite3_bind_parameter_count(m_statement));
            return;
        }
        for (int i = 0; i < binds.size(); ++i) {
            const QByteArray value = binds.at(i).toString().toUtf8();
            if (sqlite3_bind_text(m_statement, i + 1, value.constData(), int(value.size()),
                                  SQLITE_TRANSIENT) != SQLITE_OK) {
                m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
                return;
            }
        }
    }
    ~SqliteRows() { sqlite3_finalize(m_statement); }
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    /// False at the end, or on an error, which error() then gives.
    bool next()
    {
        if (!m_statement)
            return false;
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    QString text(int column) const
    {
        const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column))
                    : QString();
    }
    const QString &error() const { return m_error; }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

/// Prepares, binds and runs one statement.
Status run(QSqlQuery &q, const QString &sql, const QVariantList &binds = {})
{
    if (!q.prepare(sql))
        return queryError(q);
    for (const QVariant &v : binds)
        q.addBindValue(SqlStorage::bindable(v));
    if (!q.exec())
        return queryError(q);
    return {};
}

/// Runs an INSERT and gives the id of the new row: RETURNING id works on SQLite (3.35 on) and
/// PostgreSQL alike, where lastInsertId() does not.
Expected<qint64> insertId(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (Status s = run(q, sql + QStringLiteral(" RETURNING id"), binds); !s)
        return s.error();
    if (!q.next())
        return queryError(q);
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

/// One write transaction (Schema::beginWrite: BEGIN IMMEDIATE on SQLite, so that two writers
/// wait for each other instead of failing half-way). Rolls back unless committed.
class Transaction {
public:
    explicit Transaction(const QSqlDatabase &db)
        : m_db(db)
    {
        // Inside an open transaction (a batch of steps), the outer one commits or rolls back.
        m_nested = openTransactions().contains(m_db.connectionName());
        if (m_nested)
            return;
        QSqlQuery q(m_db);
        if (!q.exec(Schema::beginWrite(m_db)))
            m_error = queryError(q);
        else
            openTransactions().insert(m_db.connectionName());
    }
    ~Transaction()
    {
        if (m_nested || m_error)
            return;
        openTransactions().remove(m_db.connectionName());
        if (!m_committed) {
            QSqlQuery q(m_db);
            q.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    Status status() const { return m_error ? Status(*m_error) : Status(); }

    Status commit()
    {
        if (m_nested)
            return {};
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("COMMIT")))
            return queryError(q);
        m_committed = true;
        return {};
    }

private:
    static QSet<QString> &openTransactions()
    {
        // Connections are per thread (QtSql), so is this set.
        thread_local QSet<QString> open;
        return open;
    }

    QSqlDatabase m_db;
    std::optional<Error> m_error;
    bool m_committed = false;
    bool m_nested = false;
};

const QString kCafColumns = QStringLiteral(
    "id, departement, name, director_civility, director_first_name, director_last_name, "
    "director_title, address_recipient, address_building, address_street, address_po_box, "
    "address_postcode, address_town, address_cedex, signing_town, email, phone");

const QString kProviderColumns = QStringLiteral(
    "id, kind, name, siret, rep_civility, rep_first_name, rep_last_name, rep_title, "
    "address_recipient, address_building, address_street, address_po_box, address_postcode, "
    "address_town, address_cedex, email, phone");

const QString kEstablishmentColumns =
    QStringLiteral("id, provider_id, type, name, address, postcode, town, monenfant_id");

const QString kPersonColumns =
    QStringLiteral("id, provider_id, civility, last_name, first_name, job_title, email");

const QString kConventionColumns = QStringLiteral(
    "id, reference, caf_id, provider_id, state, received_on, mailed_on, returned_on, signed_on, "
    "activated_on, notice_received_on, terminated_on, cancelled_on, revision");

PostalAddress readAddress(const QSqlQuery &q, int first)
{
    PostalAddress a;
    a.recipient = q.value(first).toString();
    a.building = q.value(first + 1).toString();
    a.street = q.value(first + 2).toString();
    a.poBox = q.value(first + 3).toString();
    a.postcode = q.value(first + 4).toString();
    a.town = q.value(first + 5).toString();
    a.cedex = q.value(first + 6).toBool();
    return a;
}

QVariantList addressValues(const PostalAddress &a)
{
    return {a.recipient, a.building, a.street, a.poBox, a.postcode, a.town, a.cedex ? 1 : 0};
}

Representative readRepresentative(const QSqlQuery &q, int first)
{
    Representative r;
    r.civility = Labels::civilityFromCode(q.value(first).toString()).value_or(Civility::None);
    r.firstName = q.value(first + 1).toString();
    r.lastName = q.value(first + 2).toString();
    r.title = q.value(first + 3).toString();
    return r;
}

CafProfile readCaf(const QSqlQuery &q)
{
    CafProfile c;
    c.id = q.value(0).toLongLong();
    c.departement = q.value(1).toString();
    c.name = q.value(2).toString();
    c.director = readRepresentative(q, 3);
    c.address = readAddress(q, 7);
    c.signingTown = q.value(14).toString();
    c.email = q.value(15).toString();
    c.phone = q.value(16).toString();
    return c;
}

Provider readProvider(const QSqlQuery &q)
{
    Provider p;
    p.id = q.value(0).toLongLong();
    p.kind = Labels::providerKindFromCode(q.value(1).toString()).value_or(ProviderKind::Autre);
    p.name = q.value(2).toString();
    p.siret = q.value(3).toString();
    p.representative = readRepresentative(q, 4);
    p.address = readAddress(q, 8);
    p.email = q.value(15).toString();
    p.phone = q.value(16).toString();
    return p;
}

/// An establishment from the columns `first` on (id, provider_id, type, name, address,
/// postcode, town, monenfant_id) of a row read by `integer(column)` and `text(column)`.
template <typename Integer, typename Text>
Establishment establishmentFrom(const Integer &integer, const Text &text, int first)
{
    Establishment e;
    e.id = integer(first);
    e.providerId = integer(first + 1);
    e.type = text(first + 2);
    e.name = text(first + 3);
    e.address = text(first + 4);
    e.postcode = text(first + 5);
    e.town = text(first + 6);
    e.monEnfantId = text(first + 7);
    return e;
}

/// A person from the columns `first` on (id, provider_id, civility, last_name, first_name,
/// job_title, email).
template <typename Integer, typename Text>
Person personFrom(const Integer &integer, const Text &text, int first)
{
    Person p;
    p.id = integer(first);
    p.providerId = integer(first + 1);
    p.civility = Labels::civilityFromCode(text(first + 2)).value_or(Civility::None);
    p.lastName = text(first + 3);
    p.firstName = text(first + 4);
    p.jobTitle = text(first + 5);
    p.email = text(first + 6);
    return p;
}

qint64 integerOf(const QSqlQuery &q, int column)
{
    return q.value(column).toLongLong();
}

QString textOf(const QSqlQuery &q, int column)
{
    return q.value(column).toString();
}

Establishment readEstablishment(const QSqlQuery &q, int first = 0)
{
    return establishmentFrom([&q](int i) { return integerOf(q, i); },
                             [&q](int i) { return textOf(q, i); }, first);
}

Person readPerson(const QSqlQuery &q, int first = 0)
{
    return personFrom([&q](int i) { return integerOf(q, i); }, [&q](int i) { return textOf(q, i); },
                      first);
}

Convention readConvention(const QSqlQuery &q)
{
    Convention c;
    c.id = q.value(0).toLongLong();
    c.reference = q.value(1).toString();
    c.cafId = q.value(2).toLongLong();
    c.providerId = q.value(3).toLongLong();
    c.state = Labels::stateFromCode(q.value(4).toString()).value_or(ConventionState::Received);
    c.receivedOn = toDate(q.value(5));
    c.mailedOn = toDate(q.value(6));
    c.returnedOn = toDate(q.value(7));
    c.signedOn = toDate(q.value(8));
    c.activatedOn = toDate(q.value(9));
    c.noticeReceivedOn = toDate(q.value(10));
    c.terminatedOn = toDate(q.value(11));
    c.cancelledOn = toDate(q.value(12));
    c.revision = q.value(13).toInt();
    return c;
}

QString establishmentKey(const Establishment &e)
{
    return Validation::foldKey(e.type) + u'|' + Validation::foldKey(e.name) + u'|' +
           e.postcode.trimmed();
}

bool sameEstablishment(const Establishment &a, const Establishment &b)
{
    return a.type == b.type && a.name == b.name && a.address == b.address &&
           a.postcode == b.postcode && a.town == b.town && a.monEnfantId == b.monEnfantId;
}

bool samePerson(const Person &a, const Person &b)
{
    return a.civility == b.civility && a.lastName == b.lastName && a.firstName == b.firstName &&
           a.jobTitle == b.jobTitle && a.email == b.email;
}

bool sameProvider(const Provider &a, const Provider &b)
{
    return a.kind == b.kind && a.name == b.name && a.siret == b.siret &&
           a.representative == b.representative && a.address == b.address && a.email == b.email &&
           a.phone == b.phone;
}

} // namespace

SqlStorage::SqlStorage(QString connection, QString path)
    : m_connection(std::move(connection))
    , m_path(std::move(path))
    , m_actor(systemLogin())
{}

SqlStorage::~SqlStorage()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString SqlStorage::systemLogin()
{
#ifdef Q_OS_UNIX
    // The account itself, not what the environment claims.
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(name);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

Expected<std::unique_ptr<SqlStorage>> SqlStorage::open(const QString &path)
{
    const bool memory = path == u":memory:";
    if (!memory) {
        const QFileInfo info(path);
        if (!QDir().mkpath(info.absolutePath())) {
            return Error{tr("The folder \"%1\" of the database cannot be created.")
                             .arg(info.absolutePath())};
        }
    }
    const QString name =
        QStringLiteral("habilis-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1) + 1);
    std::unique_ptr<SqlStorage> storage(new SqlStorage(name, path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return Error{tr("The SQLite driver of Qt is missing (package libqt6sql6-sqlite).")};
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return Error{
            tr("The database \"%1\" cannot be opened: %2").arg(path, db.lastError().text())};
    }
    QSqlQuery q(db);
    // A 64 MiB page cache: the national dataset's indexes fit in it.
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON"),
                        QStringLiteral("PRAGMA busy_timeout = 5000"),
                        QStringLiteral("PRAGMA cache_size = -65536")};
    if (!memory) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL")
                << QStringLiteral("PRAGMA synchronous = NORMAL");
    }
    for (const QString &p : pragmas) {
        if (!q.exec(p)) {
            return Error{
                tr("The database \"%1\" cannot be opened: %2").arg(path, q.lastError().text())};
        }
    }
    q.finish();
    // The reason alone (a newer schema, a damaged file) would not say which file.
    if (Status s = Schema::migrate(db); !s)
        return Error{tr("The database \"%1\" cannot be opened: %2").arg(path, s.errorString())};
    return storage;
}

Expected<PgSettings> PgSettings::parse(const QString &conninfo)
{
    PgSettings settings;
    const QString text = conninfo.trimmed();
    qsizetype i = 0;
    const auto skipSpaces = [&]() {
        while (i < text.size() && text.at(i).isSpace())
            ++i;
    };
    skipSpaces();
    while (i < text.size()) {
        const qsizetype eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0) {
            return Error{tr("The PostgreSQL connection \"%1\" is not a list of key=value "
                            "(host=… port=… dbname=… user=…).")
                             .arg(conninfo)};
        }
        const QString key = text.mid(i, eq - i).trimmed().toLower();
        i = eq + 1;
        skipSpaces();
        QString value;
        if (i < text.size() && text.at(i) == u'\'') {
            // A quoted value: \' and \\ are escapes.
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const QChar c = text.at(i++);
                if (c == u'\\' && i < text.size())
                    value += text.at(i++);
                else if (c == u'\'') {
                    closed = true;
                    break;
                } else
                    value += c;
            }
            if (!closed)
                return Error{
                    tr("The PostgreSQL connection \"%1\" has an unclosed quote.").arg(conninfo)};
        } else {
            while (i < text.size() && !text.at(i).isSpace())
                value += text.at(i++);
        }
        skipSpaces();
        if (key == u"password") {
            return Error{tr("Habilis does not take a password in the connection: put it in "
                            "PGPASSWORD, ~/.pgpass or a service file.")};
        }
        if (key == u"host" || key == u"hostaddr")
            settings.host = value;
        else if (key == u"port") {
            bool ok = false;
            settings.port = value.toInt(&ok);
            if (!ok || settings.port <= 0 || settings.port > 65535)
                return Error{tr("\"%1\" is not a port number.").arg(value)};
        } else if (key == u"dbname")
            settings.dbname = value;
        else if (key == u"user")
            settings.user = value;
        else if (key == u"service")
            settings.service = value;
        else
            settings.extra << qMakePair(key, value);
    }
    return settings;
}

QString PgSettings::toString() const
{
    const auto quoted = [](QString v) -> QString {
        if (!v.isEmpty() && !v.contains(QLatin1Char(' ')) && !v.contains(QLatin1Char('\'')) &&
            !v.contains(QLatin1Char('\\')) && !v.contains(QLatin1Char(';')))
            return v;
        v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
        return QString(QLatin1Char('\'') + v + QLatin1Char('\''));
    };
    QStringList parts;
    const auto add = [&](const QString &key, const QString &value) {
        if (!value.isEmpty())
            parts << key + QLatin1Char('=') + quoted(value);
    };
    add(QStringLiteral("host"), host);
    add(QStringLiteral("port"), port > 0 ? QString::number(port) : QString());
    add(QStringLiteral("dbname"), dbname);
    add(QStringLiteral("user"), user);
    add(QStringLiteral("service"), service);
    for (const auto &[key, value] : extra)
        add(key, value);
    return parts.join(QLatin1Char(' '));
}

bool SqlStorage::wantsPassword(const QString &error)
{
    // libpq's words (not translated by the server): no password found, or a wrong one.
    return error.contains(QStringLiteral("no password supplied")) ||
           error.contains(QStringLiteral("password authentication failed"));
}

Expected<std::unique_ptr<SqlStorage>> SqlStorage::openPostgres(const PgSettings &settings,
                                                               const QString &password)
{
    const QString conninfo = settings.toString();
    const QString name =
        QStringLiteral("habilis-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1) + 1);
    std::unique_ptr<SqlStorage> storage(new SqlStorage(name, QStringLiteral("pg:") + conninfo));
    storage->m_engine = Engine::PostgreSQL;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid())
        return Error{tr("The PostgreSQL driver of Qt is missing (package libqt6sql6-psql).")};
    // QPSQL hands its connect options to libpq as they are: the whole connection string goes
    // there, so that service files, PGPASSWORD and ~/.pgpass work as in psql.
    QString options = conninfo;
    if (options.contains(QLatin1Char(';')))
        return Error{tr("The PostgreSQL connection cannot contain \";\".")};
    db.setConnectOptions(options);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!db.open()) {
        return Error{tr("The PostgreSQL database \"%1\" cannot be opened: %2")
                         .arg(conninfo, db.lastError().text().trimmed())};
    }
    QSqlQuery q(db);
    // Dates and texts as on SQLite; notices (IF NOT EXISTS) are not errors.
    // QPSQL prepares every statement: a generic plan cannot see that a search pattern suits
    // the trigram index, and scans; plans made for the values bound use it.
    for (const char *sql : {"SET client_min_messages = warning", "SET client_encoding = 'UTF8'",
                            "SET plan_cache_mode = force_custom_plan", "SELECT current_user"}) {
        if (!q.exec(QString::fromLatin1(sql))) {
            return Error{tr("The PostgreSQL database \"%1\" cannot be opened: %2")
                             .arg(conninfo, q.lastError().text().trimmed())};
        }
    }
    // Who the server knows: the journal names it beside the OS login.
    if (q.next())
        storage->m_dbUser = q.value(0).toString();
    q.finish();
    if (Status s = Schema::migrate(db); !s)
        return s.error();
    return storage;
}

Expected<std::unique_ptr<SqlStorage>> SqlStorage::openLocation(const QString &location,
                                                               const QString &password)
{
    if (location.startsWith(QStringLiteral("pg:"))) {
        const Expected<PgSettings> settings = PgSettings::parse(location.mid(3));
        if (!settings)
            return settings.error();
        return openPostgres(*settings, password);
    }
    if (location.startsWith(QStringLiteral("sqlite:")))
        return open(location.mid(7));
    return open(location);
}

QString SqlStorage::textOrder() const
{
    return isPostgres() ? QStringLiteral(" COLLATE \"C\"") : QString();
}

QString SqlStorage::forUpdate() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE") : QString();
}

QSqlDatabase SqlStorage::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

int SqlStorage::schemaVersion() const
{
    return Schema::version(database());
}

Status SqlStorage::inTransaction(const std::function<Status()> &work)
{
    // The writes of `work` open their own Transaction, nested in this one: they join it.
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s;
    if (Status s = work(); !s)
        return s; // rolled back when tx goes, unless an outer transaction decides
    return tx.commit();
}

Status SqlStorage::lockSettings()
{
    // SQLite's write transaction (BEGIN IMMEDIATE) already keeps every other writer off.
    if (m_engine != Engine::PostgreSQL)
        return {};
    // Conflicts with itself and with every writer's row lock; readers go on. Not prepared:
    // PostgreSQL prepares no LOCK.
    QSqlQuery q(database());
    if (!q.exec(QStringLiteral("LOCK TABLE settings, cafs IN SHARE ROW EXCLUSIVE MODE")))
        return queryError(q);
    return {};
}

QVariant SqlStorage::bindable(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QString && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    return v;
}

QStringList SqlStorage::searchWords(const QString &text)
{
    QStringList words;
    QString current;
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            current += c;
        else if (!current.isEmpty())
            words << std::exchange(current, QString());
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

QString SqlStorage::ftsQuery(const QString &text)
{
    QStringList terms;
    for (const QString &word : searchWords(text)) {
        // A one-letter word is matched whole: as a prefix it would match half the index.
        if (word.size() == 1)
            terms << QLatin1Char('"') + word + QLatin1Char('"');
        else
            terms << QLatin1Char('"') + word + QStringLiteral("\"*");
    }
    return terms.join(QLatin1Char(' '));
}

QString SqlStorage::searchPattern(const QString &word)
{
    // A tsquery: the word as a prefix, a one-letter word whole (as ftsQuery). The word is
    // folded here as habilis_fold() folds the documents; letters and digits need no quoting.
    const QString folded = Validation::foldKey(word).remove(QLatin1Char(' '));
    return folded.size() == 1 ? folded : folded + QStringLiteral(":*");
}

Status SqlStorage::writeJournal(const QString &action, const QString &entity, qint64 entityId,
                                const QString &reference, const QString &before,
                                const QString &after)
{
    QSqlQuery q(database());
    return run(
        q,
        QStringLiteral("INSERT INTO journal (at, actor, db_user, action, entity, entity_id, "
                       "reference, before_data, after_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_actor, m_dbUser, action,
         entity, entityId, reference, before, after});
}

// ---- Caf profiles

Expected<CafProfile> SqlStorage::saveCaf(const CafProfile &input)
{
    CafProfile caf = input;
    caf.departement = caf.departement.trimmed().toUpper();
    if (const QList<FieldError> errors = Validation::validate(caf); !errors.isEmpty())
        return Error{joinErrors(errors)};
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s.error();
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT ") + kCafColumns +
                           QStringLiteral(" FROM cafs WHERE departement = ?"),
                       {caf.departement});
        !s)
        return s.error();
    std::optional<CafProfile> before;
    if (q.next())
        before = readCaf(q);
    q.finish();
    if (before && *before == caf)
        return *before;
    QVariantList values{caf.name, Labels::code(caf.director.civility), caf.director.firstName,
                        caf.director.lastName, caf.director.title};
    values << addressValues(caf.address);
    values << caf.signingTown << caf.email << caf.phone;
    if (before) {
        values << before->id;
        if (Status s = run(
                q,
                QStringLiteral("UPDATE cafs SET name = ?, director_civility = ?, "
                               "director_first_name = ?, director_last_name = ?, "
                               "director_title = ?, address_recipient = ?, address_building = ?, "
                               "address_street = ?, address_po_box = ?, address_postcode = ?, "
                               "address_town = ?, address_cedex = ?, signing_town = ?, email = ?, "
                               "phone = ?, revision = revision + 1 WHERE id = ?"),
                values);
            !s)
            return s.error();
        caf.id = before->id;
    } else {
        values.prepend(caf.departement);
        const Expected<qint64> newCafId = insertId(
            q,
            QStringLiteral("INSERT INTO cafs (departement, name, director_civility, "
                           "director_first_name, director_last_name, director_title, "
                           "address_recipient, address_building, address_street, "
                           "address_po_box, address_postcode, address_town, address_cedex, "
                           "signing_town, email, phone) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            values);
        if (!newCafId)
            return newCafId.error();
        caf.id = *newCafId;
    }
    if (Status s = writeJournal(QStringLiteral("caf.save"), QStringLiteral("caf"), caf.id, {},
                                before ? compact(JsonFormat::toJson(*before)) : QString(),
                                compact(JsonFormat::toJson(caf)));
        !s)
        return s.error();
    // The first Caf profile becomes the workstation's Caf.
    if (defaultCaf().isEmpty()) {
        if (Status s = run(q,
                           QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                          "('default_caf', ?)"),
                           {caf.departement});
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return caf;
}

Expected<CafProfile> SqlStorage::caf(const QString &departement) const
{
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT ") + kCafColumns +
                           QStringLiteral(" FROM cafs WHERE departement = ?"),
                       {departement.trimmed().toUpper()});
        !s)
        return s.error();
    if (!q.next()) {
        return Error{tr("No Caf profile for the département \"%1\". Set it first "
                        "(habilis-cli caf set).")
                         .arg(departement)};
    }
    return readCaf(q);
}

Expected<QList<CafProfile>> SqlStorage::cafs() const
{
    QSqlQuery q(database());
    if (Status s = run(q, QStringLiteral("SELECT ") + kCafColumns +
                              QStringLiteral(" FROM cafs ORDER BY departement") + textOrder());
        !s)
        return s.error();
    QList<CafProfile> list;
    while (q.next())
        list << readCaf(q);
    return list;
}

Status SqlStorage::setDefaultCaf(const QString &departement)
{
    const Expected<CafProfile> c = caf(departement);
    if (!c)
        return c.error();
    const QString before = defaultCaf();
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s;
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                      "('default_caf', ?) ON CONFLICT (key) DO UPDATE SET "
                                      "value = excluded.value"),
                       {c->departement});
        !s)
        return s;
    if (Status s = writeJournal(QStringLiteral("settings.default_caf"), QStringLiteral("settings"),
                                0, {}, before, c->departement);
        !s)
        return s;
    return tx.commit();
}

QString SqlStorage::defaultCaf() const
{
    QSqlQuery q(database());
    if (run(q, QStringLiteral("SELECT value FROM settings WHERE key = 'default_caf'")) && q.next())
        return q.value(0).toString();
    return {};
}

// ---- Establishment types

Expected<QList<EstablishmentType>> SqlStorage::establishmentTypes() const
{
    QSqlQuery q(database());
    if (Status s = run(q, QStringLiteral("SELECT code, label, has_availability FROM "
                                         "establishment_types ORDER BY position, code") +
                              textOrder());
        !s)
        return s.error();
    QList<EstablishmentType> list;
    while (q.next())
        list << EstablishmentType{q.value(0).toString(), q.value(1).toString(),
                                  q.value(2).toBool()};
    return list;
}

Status SqlStorage::saveEstablishmentType(const EstablishmentType &input)
{
    EstablishmentType type = input;
    type.code = type.code.trimmed().toUpper();
    static const QRegularExpression codeRe(QStringLiteral("^[A-Z0-9]{2,12}$"));
    if (!codeRe.match(type.code).hasMatch()) {
        return Error{FieldError{
            tr("type code"), input.code,
            tr("\"%1\" is not a type code (2 to 12 capital letters or digits).").arg(input.code)}
                         .toString()};
    }
    if (type.label.trimmed().isEmpty()) {
        return Error{
            FieldError{tr("type label"), type.label, tr("this field is required.")}.toString()};
    }
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s;
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT label, has_availability FROM establishment_types "
                                      "WHERE code = ?"),
                       {type.code});
        !s)
        return s;
    QString before;
    if (q.next()) {
        before = compact({{QStringLiteral("code"), type.code},
                          {QStringLiteral("label"), q.value(0).toString()},
                          {QStringLiteral("availability"), q.value(1).toBool()}});
        if (Status s = run(q,
                           QStringLiteral("UPDATE establishment_types SET label = ?, "
                                          "has_availability = ? WHERE code = ?"),
                           {type.label, type.hasAvailability ? 1 : 0, type.code});
            !s)
            return s;
    } else if (Status s = run(q,
                              QStringLiteral("INSERT INTO establishment_types (code, label, "
                                             "has_availability, position) VALUES (?, ?, ?, "
                                             "(SELECT COALESCE(MAX(position), 0) + 1 FROM "
                                             "establishment_types))"),
                              {type.code, type.label, type.hasAvailability ? 1 : 0});
               !s) {
        return s;
    }
    const QString after = compact({{QStringLiteral("code"), type.code},
                                   {QStringLiteral("label"), type.label},
                                   {QStringLiteral("availability"), type.hasAvailability}});
    if (Status s = writeJournal(QStringLiteral("type.save"), QStringLiteral("establishment_type"),
                                0, {}, before, after);
        !s)
        return s;
    return tx.commit();
}

// ---- Providers and establishments

Expected<Provider> SqlStorage::provider(qint64 id) const
{
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT ") + kProviderColumns +
                           QStringLiteral(" FROM providers WHERE id = ?"),
                       {id});
        !s)
        return s.error();
    if (!q.next())
        return Error{tr("No provider has the number %1.").arg(id)};
    return readProvider(q);
}

Expected<Provider> SqlStorage::findProvider(const QString &key) const
{
    const QString digits = Validation::normalizedSiret(key);
    bool isNumber = false;
    const qint64 id = digits.toLongLong(&isNumber);
    if (isNumber && digits.size() < 9)
        return provider(id);
    QSqlQuery q(database());
    if (Status s =
            run(q,
                QStringLiteral("SELECT ") + kProviderColumns +
                    QStringLiteral(" FROM providers WHERE siret = ? OR "
                                   "(length(CAST(? AS TEXT)) = 9 AND substr(siret, 1, 9) = ?) "
                                   "ORDER BY id"),
                {digits, digits, digits});
        !s)
        return s.error();
    if (!q.next()) {
        return Error{tr("No provider has the number, SIRET or SIREN \"%1\".").arg(key)};
    }
    const Provider p = readProvider(q);
    if (q.next()) {
        return Error{
            tr("Several providers have the SIREN \"%1\": give the SIRET or the number.").arg(key)};
    }
    return p;
}

Expected<QList<Establishment>> SqlStorage::establishments(qint64 providerId) const
{
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT ") + kEstablishmentColumns +
                           QStringLiteral(" FROM establishments WHERE provider_id = ? "
                                          "ORDER BY id"),
                       {providerId});
        !s)
        return s.error();
    QList<Establishment> list;
    while (q.next())
        list << readEstablishment(q);
    return list;
}

Expected<qint64> SqlStorage::upsertProvider(const Provider &p)
{
    QSqlQuery q(database());
    // Same SIRET (or SIREN), else same name in the same postcode.
    if (!p.siret.isEmpty()) {
        if (Status s = run(q,
                           QStringLiteral("SELECT ") + kProviderColumns +
                               QStringLiteral(" FROM providers WHERE siret = ? ORDER BY id"),
                           {p.siret});
            !s)
            return s.error();
    } else {
        if (Status s = run(q,
                           QStringLiteral("SELECT ") + kProviderColumns +
                               QStringLiteral(" FROM providers WHERE name_key = ? AND "
                                              "address_postcode = ? ORDER BY id"),
                           {Validation::foldKey(p.name), p.address.postcode});
            !s)
            return s.error();
    }
    std::optional<Provider> before;
    if (q.next())
        before = readProvider(q);
    q.finish();
    QVariantList values{Labels::code(p.kind),
                        p.name,
                        p.siret,
                        Labels::code(p.representative.civility),
                        p.representative.firstName,
                        p.representative.lastName,
                        p.representative.title};
    values << addressValues(p.address);
    values << p.email << p.phone << Validation::foldKey(p.name)
           << Validation::foldKey(p.address.town);
    if (before) {
        Provider after = p;
        after.id = before->id;
        if (Status s = updateProvider(*before, after); !s)
            return s.error();
        return before->id;
    }
    const Expected<qint64> newProviderId =
        insertId(q,
                 QStringLiteral("INSERT INTO providers (kind, name, siret, rep_civility, "
                                "rep_first_name, rep_last_name, rep_title, "
                                "address_recipient, address_building, address_street, "
                                "address_po_box, address_postcode, address_town, "
                                "address_cedex, email, phone, name_key, town_key) VALUES "
                                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 values);
    if (!newProviderId)
        return newProviderId.error();
    const qint64 id = *newProviderId;
    Provider after = p;
    after.id = id;
    if (Status s = writeJournal(QStringLiteral("provider.create"), QStringLiteral("provider"), id,
                                {}, {}, compact(JsonFormat::toJson(after)));
        !s)
        return s.error();
    return id;
}

Status SqlStorage::updateProvider(const Provider &before, const Provider &after)
{
    if (sameProvider(before, after))
        return {};
    QVariantList values{Labels::code(after.kind),
                        after.name,
                        after.siret,
                        Labels::code(after.representative.civility),
                        after.representative.firstName,
                        after.representative.lastName,
                        after.representative.title};
    values << addressValues(after.address);
    values << after.email << after.phone << Validation::foldKey(after.name)
           << Validation::foldKey(after.address.town) << before.id;
    QSqlQuery q(database());
    if (Status s =
            run(q,
                QStringLiteral("UPDATE providers SET kind = ?, name = ?, siret = ?, "
                               "rep_civility = ?, rep_first_name = ?, rep_last_name = ?, "
                               "rep_title = ?, address_recipient = ?, address_building = ?, "
                               "address_street = ?, address_po_box = ?, address_postcode = ?, "
                               "address_town = ?, address_cedex = ?, email = ?, phone = ?, "
                               "name_key = ?, town_key = ?, revision = revision + 1 WHERE id = ?"),
                values);
        !s)
        return s;
    return writeJournal(QStringLiteral("provider.update"), QStringLiteral("provider"), before.id,
                        {}, compact(JsonFormat::toJson(before)),
                        compact(JsonFormat::toJson(after)));
}

Expected<qint64> SqlStorage::upsertEstablishment(qint64 providerId, const Establishment &e,
                                                 ImportCounts *counts)
{
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT ") + kEstablishmentColumns +
                           QStringLiteral(" FROM establishments WHERE provider_id = ? "
                                          "ORDER BY id"),
                       {providerId});
        !s)
        return s.error();
    std::optional<Establishment> before;
    const QString key = establishmentKey(e);
    while (q.next()) {
        const Establishment existing = readEstablishment(q);
        if ((!e.monEnfantId.isEmpty() && existing.monEnfantId == e.monEnfantId) ||
            establishmentKey(existing) == key) {
            before = existing;
            break;
        }
    }
    q.finish();
    Establishment after = e;
    after.providerId = providerId;
    const QVariantList values{after.type,     after.name, after.address,
                              after.postcode, after.town, after.monEnfantId};
    if (before) {
        after.id = before->id;
        if (sameEstablishment(*before, after))
            return before->id;
        if (Status s = run(q,
                           QStringLiteral("UPDATE establishments SET type = ?, name = ?, "
                                          "address = ?, postcode = ?, town = ?, monenfant_id = ?, "
                                          "revision = revision + 1 WHERE id = ?"),
                           QVariantList(values) << before->id);
            !s)
            return s.error();
        if (counts)
            ++counts->updated;
        if (Status s = writeJournal(
                QStringLiteral("establishment.update"), QStringLiteral("establishment"), before->id,
                {}, compact(JsonFormat::toJson(*before)), compact(JsonFormat::toJson(after)));
            !s)
            return s.error();
        return before->id;
    }
    const Expected<qint64> newEstablishmentId =
        insertId(q,
                 QStringLiteral("INSERT INTO establishments (provider_id, type, name, "
                                "address, postcode, town, monenfant_id) VALUES "
                                "(?, ?, ?, ?, ?, ?, ?)"),
                 QVariantList{providerId} << values);
    if (!newEstablishmentId)
        return newEstablishmentId.error();
    after.id = *newEstablishmentId;
    if (counts)
        ++counts->created;
    if (Status s =
            writeJournal(QStringLiteral("establishment.create"), QStringLiteral("establishment"),
                         after.id, {}, {}, compact(JsonFormat::toJson(after)));
        !s)
        return s.error();
    return after.id;
}

Expected<qint64> SqlStorage::upsertPerson(qint64 providerId, const Person &p)
{
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT ") + kPersonColumns +
                           QStringLiteral(" FROM persons WHERE provider_id = ? ORDER BY id"),
                       {providerId});
        !s)
        return s.error();
    std::optional<Person> before;
    const QString email = p.email.trimmed().toLower();
    while (q.next()) {
        const Person existing = readPerson(q);
        if (existing.email.trimmed().toLower() == email) {
            before = existing;
            break;
        }
    }
    q.finish();
    Person after = p;
    after.providerId = providerId;
    const QVariantList values{Labels::code(after.civility), after.lastName, after.firstName,
                              after.jobTitle, after.email};
    if (before) {
        after.id = before->id;
        if (samePerson(*before, after))
            return before->id;
        if (Status s = run(q,
                           QStringLiteral("UPDATE persons SET civility = ?, last_name = ?, "
                                          "first_name = ?, job_title = ?, email = ?, "
                                          "revision = revision + 1 WHERE id = ?"),
                           QVariantList(values) << before->id);
            !s)
            return s.error();
        if (Status s = writeJournal(QStringLiteral("person.update"), QStringLiteral("person"),
                                    before->id, {}, compact(JsonFormat::toJson(*before)),
                                    compact(JsonFormat::toJson(after)));
            !s)
            return s.error();
        return before->id;
    }
    const Expected<qint64> newPersonId =
        insertId(q,
                 QStringLiteral("INSERT INTO persons (provider_id, civility, last_name, "
                                "first_name, job_title, email) VALUES (?, ?, ?, ?, ?, ?)"),
                 QVariantList{providerId} << values);
    if (!newPersonId)
        return newPersonId.error();
    after.id = *newPersonId;
    if (Status s = writeJournal(QStringLiteral("person.create"), QStringLiteral("person"), after.id,
                                {}, {}, compact(JsonFormat::toJson(after)));
        !s)
        return s.error();
    return after.id;
}

Expected<ImportCounts> SqlStorage::importEstablishments(qint64 providerId,
                                                        const QList<Establishment> &list)
{
    const Expected<Provider> p = provider(providerId);
    if (!p)
        return p.error();
    const Expected<QList<EstablishmentType>> types = establishmentTypes();
    if (!types)
        return types.error();
    QList<FieldError> errors;
    QList<AnnexEstablishment> asAnnex;
    for (int i = 0; i < list.size(); ++i) {
        errors << Validation::validate(list.at(i), *types, tr("establishment %1").arg(i + 1));
        asAnnex << AnnexEstablishment{list.at(i), Scope{true, false}};
    }
    errors << Validation::checkDuplicates({}, asAnnex);
    if (!errors.isEmpty())
        return Error{joinErrors(errors)};
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s.error();
    ImportCounts counts;
    for (const Establishment &e : list) {
        Establishment normalized = e;
        normalized.type = e.type.toUpper();
        const Expected<qint64> id = upsertEstablishment(providerId, normalized, &counts);
        if (!id)
            return id.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return counts;
}

// ---- Conventions

Expected<QString> SqlStorage::nextReference(const CafProfile &caf, int year)
{
    const QString prefix = QStringLiteral("CS-%1-%2-").arg(caf.departement).arg(year);
    // One atomic statement: two officers importing at once never get the same number.
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("INSERT INTO reference_counters (prefix, last) VALUES (?, 1) "
                                      "ON CONFLICT (prefix) DO UPDATE SET last = "
                                      "reference_counters.last + 1 RETURNING last"),
                       {prefix});
        !s)
        return s.error();
    if (!q.next())
        return queryError(q);
    const int next = q.value(0).toInt();
    q.finish();
    return QString(prefix + QStringLiteral("%1").arg(next, 4, 10, QLatin1Char('0')));
}

Expected<Convention> SqlStorage::importRequest(const HabilitationRequest &input)
{
    HabilitationRequest request = input;
    request.cafDepartement = request.cafDepartement.trimmed().toUpper();
    request.provider.siret = Validation::normalizedSiret(request.provider.siret);
    for (AnnexEstablishment &ae : request.establishments)
        ae.establishment.type = ae.establishment.type.trimmed().toUpper();

    const Expected<QList<EstablishmentType>> types = establishmentTypes();
    if (!types)
        return types.error();
    if (const QList<FieldError> errors = Validation::validate(request, *types); !errors.isEmpty())
        return Error{joinErrors(errors)};
    const Expected<CafProfile> caf = this->caf(request.cafDepartement);
    if (!caf)
        return caf.error();

    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s.error();

    const Expected<qint64> providerId = upsertProvider(request.provider);
    if (!providerId)
        return providerId.error();

    // A provider has one living convention at a time: later changes are amendments.
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT reference, state FROM conventions WHERE "
                                      "provider_id = ? AND state NOT IN ('rejected', "
                                      "'cancelled', 'terminated') ORDER BY id"),
                       {*providerId});
        !s)
        return s.error();
    if (q.next()) {
        const QString state = Labels::display(
            Labels::stateFromCode(q.value(1).toString()).value_or(ConventionState::Received));
        return Error{tr("%1 already has the convention %2 (%3): a change of its annex is an "
                        "amendment, not a new request.")
                         .arg(request.provider.name, q.value(0).toString(), state)};
    }
    q.finish();

    QList<qint64> personIds, establishmentIds;
    for (const Person &p : std::as_const(request.persons)) {
        const Expected<qint64> id = upsertPerson(*providerId, p);
        if (!id)
            return id.error();
        personIds << *id;
    }
    for (const AnnexEstablishment &ae : std::as_const(request.establishments)) {
        const Expected<qint64> id = upsertEstablishment(*providerId, ae.establishment, nullptr);
        if (!id)
            return id.error();
        establishmentIds << *id;
    }

    const Expected<QString> reference = nextReference(*caf, request.receivedOn.year());
    if (!reference)
        return reference.error();
    Convention c;
    c.reference = *reference;
    c.cafId = caf->id;
    c.providerId = *providerId;
    c.state = ConventionState::Received;
    c.receivedOn = request.receivedOn;
    const Expected<qint64> newConventionId = insertId(
        q,
        QStringLiteral("INSERT INTO conventions (reference, caf_id, provider_id, "
                       "state, received_on) VALUES (?, ?, ?, ?, ?)"),
        {c.reference, c.cafId, c.providerId, Labels::code(c.state), dateValue(c.receivedOn)});
    if (!newConventionId)
        return newConventionId.error();
    c.id = *newConventionId;
    const Expected<qint64> newAnnexId =
        insertId(q,
                 QStringLiteral("INSERT INTO annex_versions (convention_id, version, "
                                "valid_from) VALUES (?, 1, NULL)"),
                 {c.id});
    if (!newAnnexId)
        return newAnnexId.error();
    const qint64 annexId = *newAnnexId;
    for (int i = 0; i < personIds.size(); ++i) {
        if (Status s = run(q,
                           QStringLiteral("INSERT INTO annex_persons (annex_id, person_id, "
                                          "position) VALUES (?, ?, ?)"),
                           {annexId, personIds.at(i), i});
            !s)
            return s.error();
    }
    for (int i = 0; i < establishmentIds.size(); ++i) {
        const Scope scope = request.establishments.at(i).scope;
        if (Status s = run(q,
                           QStringLiteral("INSERT INTO annex_establishments (annex_id, "
                                          "establishment_id, functioning, availability, "
                                          "position) VALUES (?, ?, ?, ?, ?)"),
                           {annexId, establishmentIds.at(i), scope.functioning ? 1 : 0,
                            scope.availability ? 1 : 0, i});
            !s)
            return s.error();
    }
    QJsonObject after = JsonFormat::toJson(c);
    after.insert(QStringLiteral("request"), JsonFormat::toJson(request));
    if (Status s = writeJournal(QStringLiteral("request.import"), QStringLiteral("convention"),
                                c.id, c.reference, {}, compact(after));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

QString SqlStorage::conventionWhere(const ConventionFilter &f, QVariantList *binds) const
{
    QStringList where;
    if (f.state) {
        where << QStringLiteral("c.state = ?");
        *binds << Labels::code(*f.state);
    }
    if (!f.cafDepartement.isEmpty()) {
        where << QStringLiteral("f.departement = ?");
        *binds << f.cafDepartement.trimmed().toUpper();
    }
    if (!f.provider.trimmed().isEmpty()) {
        where << QStringLiteral("p.name_key LIKE ?");
        *binds << QString(u'%' + Validation::foldKey(f.provider) + u'%');
    }
    if (!f.town.trimmed().isEmpty()) {
        where << QStringLiteral("p.town_key LIKE ?");
        *binds << QString(u'%' + Validation::foldKey(f.town) + u'%');
    }
    const QString fts = ftsQuery(f.text);
    if (!fts.isEmpty() && isPostgres()) {
        // Every word in the convention's search document (kept by triggers, as on SQLite).
        QStringList words;
        for (const QString &word : searchWords(f.text))
            words << searchPattern(word);
        where << QStringLiteral("c.id IN (SELECT convention_id FROM convention_search WHERE "
                                "words @@ to_tsquery('simple', ?))");
        *binds << words.join(QStringLiteral(" & "));
    } else if (!fts.isEmpty()) {
        // Conventions whose reference, provider, or an annexed person or establishment matches.
        where << QStringLiteral("c.id IN (SELECT rowid FROM convention_search WHERE "
                                "convention_search MATCH ?)");
        *binds << fts;
    }
    if (!f.establishmentType.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM annex_versions av JOIN "
                                "annex_establishments ae ON ae.annex_id = av.id JOIN "
                                "establishments e ON e.id = ae.establishment_id WHERE "
                                "av.convention_id = c.id AND e.type = ?)");
        *binds << f.establishmentType;
    }
    if (f.references) {
        if (f.references->isEmpty())
            where << QStringLiteral("0 = 1");
        else {
            where << QStringLiteral("c.reference IN (%1)")
                         .arg(QStringList(f.references->size(), QStringLiteral("?"))
                                  .join(QLatin1Char(',')));
            for (const QString &r : *f.references)
                *binds << r;
        }
    }
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

namespace {

/// The ORDER BY of the list of conventions; the reference breaks ties so that pages are stable.
/// `collate` follows each text key: see SqlStorage::textOrder().
QString conventionOrder(ConventionSort sort, Qt::SortOrder order, const QString &collate)
{
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (sort) {
    case ConventionSort::Reference:
        return QStringLiteral("c.reference") + collate + dir;
    case ConventionSort::State: {
        // The order of the procedure, not of the codes.
        key = QStringLiteral("CASE c.state");
        const QStringList codes = Labels::stateCodes();
        for (int i = 0; i < codes.size(); ++i)
            key += QStringLiteral(" WHEN '%1' THEN %2").arg(codes.at(i)).arg(i);
        key += QStringLiteral(" END");
        break;
    }
    case ConventionSort::Provider:
        key = QStringLiteral("p.name_key") + collate;
        break;
    case ConventionSort::Town:
        key = QStringLiteral("p.town_key") + collate;
        break;
    case ConventionSort::Received:
        key = QStringLiteral("c.received_on") + collate;
        break;
    case ConventionSort::Signed:
        key = QStringLiteral("c.signed_on") + collate;
        break;
    }
    return key + dir + QStringLiteral(", c.reference") + collate + dir;
}

} // namespace

Expected<QList<ConventionRow>> SqlStorage::conventions(const ConventionFilter &f) const
{
    QVariantList binds;
    const QString where = conventionWhere(f, &binds);
    QString sql =
        QStringLiteral("SELECT c.id, c.reference, c.state, f.departement, p.name, p.address_town, "
                       "c.received_on, c.signed_on, "
                       "(SELECT COUNT(*) FROM annex_persons ap WHERE ap.annex_id = "
                       "(SELECT MAX(av.id) FROM annex_versions av WHERE av.convention_id = c.id)), "
                       "(SELECT COUNT(*) FROM annex_establishments ae WHERE ae.annex_id = "
                       "(SELECT MAX(av.id) FROM annex_versions av WHERE av.convention_id = c.id)) "
                       "FROM conventions c JOIN providers p ON p.id = c.provider_id "
                       "JOIN cafs f ON f.id = c.caf_id");
    const QString order =
        QStringLiteral(" ORDER BY ") + conventionOrder(f.sort, f.order, textOrder());
    if (f.limit >= 0) {
        // The page is chosen first, the annex counts made for its rows only: not for every
        // row the offset skips.
        sql += QStringLiteral(" WHERE c.id IN (SELECT c.id FROM conventions c JOIN providers p "
                              "ON p.id = c.provider_id JOIN cafs f ON f.id = c.caf_id") +
               where + order + QStringLiteral(" LIMIT ? OFFSET ?)") + order;
        binds << f.limit << f.offset;
    } else {
        sql += where + order;
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (Status s = run(q, sql, binds); !s)
        return s.error();
    QList<ConventionRow> rows;
    while (q.next()) {
        ConventionRow r;
        r.id = q.value(0).toLongLong();
        r.reference = q.value(1).toString();
        r.state = Labels::stateFromCode(q.value(2).toString()).value_or(ConventionState::Received);
        r.cafDepartement = q.value(3).toString();
        r.providerName = q.value(4).toString();
        r.providerTown = q.value(5).toString();
        r.receivedOn = toDate(q.value(6));
        r.signedOn = toDate(q.value(7));
        r.persons = q.value(8).toInt();
        r.establishments = q.value(9).toInt();
        rows << r;
    }
    return rows;
}

Expected<int> SqlStorage::countConventions(const ConventionFilter &f) const
{
    QVariantList binds;
    const QString where = conventionWhere(f, &binds);
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT COUNT(*) FROM conventions c JOIN providers p ON "
                                      "p.id = c.provider_id JOIN cafs f ON f.id = c.caf_id") +
                           where,
                       binds);
        !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Expected<Convention> SqlStorage::conventionRow(const QString &reference, bool lock) const
{
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT ") + kConventionColumns +
                           QStringLiteral(" FROM conventions WHERE reference = ?") +
                           (lock ? forUpdate() : QString()),
                       {reference.trimmed().toUpper()});
        !s)
        return s.error();
    if (!q.next())
        return Error{tr("No convention has the reference \"%1\".").arg(reference)};
    return readConvention(q);
}

Expected<ConventionDetail> SqlStorage::convention(const QString &reference, QDate annexOn) const
{
    Expected<Convention> found = conventionRow(reference);
    if (!found)
        return found.error();
    ConventionDetail d;
    d.convention = std::move(found).value();
    QSqlQuery q(database());
    if (Status s = run(
            q, QStringLiteral("SELECT ") + kCafColumns + QStringLiteral(" FROM cafs WHERE id = ?"),
            {d.convention.cafId});
        !s || !q.next())
        return s ? Error{tr("The Caf of the convention \"%1\" is missing.").arg(reference)}
                 : s.error();
    d.caf = readCaf(q);
    q.finish();
    const Expected<Provider> p = provider(d.convention.providerId);
    if (!p)
        return p.error();
    d.provider = *p;

    // The version in force on the day, or the latest one.
    QString versionSql =
        QStringLiteral("SELECT id, version, valid_from, (SELECT COUNT(*) FROM annex_versions WHERE "
                       "convention_id = ?) FROM annex_versions WHERE convention_id = ?");
    QVariantList binds{d.convention.id, d.convention.id};
    if (annexOn.isValid()) {
        versionSql += QStringLiteral(" AND (valid_from IS NULL OR valid_from <= ?) ORDER BY "
                                     "valid_from IS NULL, version DESC LIMIT 1");
        binds << annexOn.toString(Qt::ISODate);
    } else {
        // The annex in force: a version being amended is not, until signed.
        versionSql += QStringLiteral(" ORDER BY valid_from IS NULL, version DESC LIMIT 1");
    }
    if (Status s = run(q, versionSql, binds); !s)
        return s.error();
    if (!q.next())
        return Error{tr("The convention \"%1\" has no annex.").arg(reference)};
    const qint64 annexId = q.value(0).toLongLong();
    d.annex.version = q.value(1).toInt();
    d.annex.validFrom = toDate(q.value(2));
    d.annexVersions = q.value(3).toInt();
    q.finish();
    if (Status s = readAnnex(annexId, &d.annex); !s)
        return s.error();
    return d;
}

Status SqlStorage::readAnnex(qint64 annexId, Annex *annex) const
{
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT ") + kPersonColumns +
                           QStringLiteral(" FROM persons WHERE id IN (SELECT person_id FROM "
                                          "annex_persons WHERE annex_id = ?) ORDER BY (SELECT "
                                          "position FROM annex_persons WHERE annex_id = ? AND "
                                          "person_id = persons.id)"),
                       {annexId, annexId});
        !s)
        return s;
    while (q.next())
        annex->persons << readPerson(q);
    if (Status s = run(q,
                       QStringLiteral("SELECT e.id, e.provider_id, e.type, e.name, e.address, "
                                      "e.postcode, e.town, e.monenfant_id, ae.functioning, "
                                      "ae.availability FROM annex_establishments ae JOIN "
                                      "establishments e ON e.id = ae.establishment_id WHERE "
                                      "ae.annex_id = ? ORDER BY ae.position"),
                       {annexId});
        !s)
        return s;
    while (q.next()) {
        annex->establishments << AnnexEstablishment{
            readEstablishment(q), Scope{q.value(8).toBool(), q.value(9).toBool()}};
    }
    return {};
}

Expected<Annex> SqlStorage::annex(const QString &reference, int version) const
{
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT v.id, v.version, v.valid_from FROM annex_versions v "
                                      "JOIN conventions c ON c.id = v.convention_id WHERE "
                                      "c.reference = ? AND v.version = ?"),
                       {reference.trimmed().toUpper(), version});
        !s)
        return s.error();
    if (!q.next()) {
        return Error{
            tr("The convention \"%1\" has no annex version %2.").arg(reference).arg(version)};
    }
    Annex a;
    const qint64 id = q.value(0).toLongLong();
    a.version = q.value(1).toInt();
    a.validFrom = toDate(q.value(2));
    q.finish();
    if (Status s = readAnnex(id, &a); !s)
        return s.error();
    return a;
}

Expected<QList<MailingItem>> SqlStorage::mailingQueue(const QString &cafDepartement) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const QString cafFilter =
        cafDepartement.isEmpty() ? QString() : QStringLiteral(" AND f.departement = ?");
    QVariantList binds;
    if (!cafDepartement.isEmpty())
        binds << cafDepartement.trimmed().toUpper() << cafDepartement.trimmed().toUpper();
    if (Status s =
            run(q,
                QStringLiteral("SELECT * FROM (SELECT c.reference AS reference, 0 AS "
                               "number, c.state, p.name AS name, p.address_postcode AS "
                               "postcode, p.address_town FROM conventions c JOIN providers p ON "
                               "p.id = c.provider_id JOIN cafs f ON f.id = c.caf_id WHERE "
                               "c.state IN ('checked', 'issued')") +
                    cafFilter +
                    QStringLiteral(" UNION ALL SELECT c.reference, a.number, a.state, "
                                   "p.name, p.address_postcode, p.address_town FROM "
                                   "amendments a JOIN conventions c ON c.id = "
                                   "a.convention_id JOIN providers p ON p.id = "
                                   "c.provider_id JOIN cafs f ON f.id = c.caf_id WHERE "
                                   "a.state = 'issued' AND c.state = 'in-force'") +
                    cafFilter +
                    QStringLiteral(") m ORDER BY postcode%1, name%1, reference%1, number")
                        .arg(textOrder()),
                binds);
        !s)
        return s.error();
    QList<MailingItem> items;
    while (q.next()) {
        items << MailingItem{
            q.value(0).toString(),
            q.value(1).toInt(),
            Labels::stateFromCode(q.value(2).toString()).value_or(ConventionState::Checked),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString()};
    }
    return items;
}

Status SqlStorage::recordMailing(const QList<MailingItem> &items, const StepInput &input,
                                 QDate today)
{
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s;
    for (const MailingItem &item : items) {
        const auto refused = [&item](const QString &why) {
            return Error{
                item.amendment
                    ? tr("%1, amendment %2: %3").arg(item.reference).arg(item.amendment).arg(why)
                    : tr("%1: %2").arg(item.reference, why)};
        };
        if (item.amendment) {
            const Expected<Amendment> a =
                recordAmendmentStep(item.reference, item.amendment, Step::Mail, input, today);
            if (!a)
                return refused(a.errorString());
            continue;
        }
        QSqlQuery q(database());
        if (Status s = run(q, QStringLiteral("SELECT state FROM conventions WHERE reference = ?"),
                           {item.reference.trimmed().toUpper()});
            !s)
            return s;
        const bool checked = q.next() && q.value(0).toString() == u"checked";
        q.finish();
        if (checked) {
            if (const Expected<Convention> c =
                    recordStep(item.reference, Step::Issue, input, today);
                !c)
                return refused(c.errorString());
        }
        if (const Expected<Convention> c = recordStep(item.reference, Step::Mail, input, today); !c)
            return refused(c.errorString());
    }
    return tx.commit();
}

Expected<QList<HabilitationRow>> SqlStorage::habilitations(const HabilitationFilter &f) const
{
    const QString day = (f.date.isValid() ? f.date : QDate::currentDate()).toString(Qt::ISODate);
    const bool anyState = f.anyState && !f.reference.trimmed().isEmpty();
    QVariantList binds;
    // The annex version of the day: the latest one in force; for one convention whatever its
    // state, the version to be signed when none is in force yet (as convention() does).
    QString version =
        anyState ? QStringLiteral("(v.valid_from IS NULL OR v.valid_from <= ?) ORDER BY "
                                  "v.valid_from IS NULL, v.version DESC")
                 : QStringLiteral("v.valid_from <= ? ORDER BY v.valid_from DESC, v.version DESC");
    binds << day;
    QStringList where;
    if (!anyState) {
        // In force on the day: signed on or before it, not yet ended (terminated_on is the
        // first day no longer in force).
        where << QStringLiteral("c.state IN (?, ?) AND c.signed_on <= ? AND (c.terminated_on "
                                "IS NULL OR c.terminated_on > ?)");
        binds << Labels::code(ConventionState::InForce) << Labels::code(ConventionState::Terminated)
              << day << day;
    }
    if (!f.reference.trimmed().isEmpty()) {
        where << QStringLiteral("c.reference = ?");
        binds << f.reference.trimmed().toUpper();
    }
    if (!f.cafDepartement.trimmed().isEmpty()) {
        where << QStringLiteral("f.departement = ?");
        binds << f.cafDepartement.trimmed().toUpper();
    }
    if (!f.provider.trimmed().isEmpty()) {
        where << QStringLiteral("p.name_key LIKE ?");
        binds << QString(u'%' + Validation::foldKey(f.provider) + u'%');
    }
    if (!f.type.trimmed().isEmpty()) {
        where << QStringLiteral("e.type = ?");
        binds << f.type.trimmed().toUpper();
    }
    if (!f.town.trimmed().isEmpty()) {
        // SQLite folds only ASCII case: the towns (a few thousand) are folded here, and the
        // matching ones bound as one JSON array.
        QSqlQuery towns(database());
        towns.setForwardOnly(true);
        if (Status s = run(towns, QStringLiteral("SELECT DISTINCT town FROM establishments")); !s)
            return s.error();
        const QString key = Validation::foldKey(f.town);
        QJsonArray matching;
        while (towns.next()) {
            const QString town = towns.value(0).toString();
            if (Validation::foldKey(town).contains(key))
                matching.append(town);
        }
        where << (isPostgres()
                      ? QStringLiteral("e.town IN (SELECT json_array_elements_text(CAST(? AS "
                                       "json)))")
                      : QStringLiteral("e.town IN (SELECT value FROM json_each(?))"));
        binds << QString::fromUtf8(QJsonDocument(matching).toJson(QJsonDocument::Compact));
    }
    const QString sql =
        QStringLiteral(
            "SELECT c.reference, f.departement, p.name, p.siret, pe.id, pe.provider_id, "
            "pe.civility, pe.last_name, pe.first_name, pe.job_title, pe.email, e.id, "
            "e.provider_id, e.type, e.name, e.address, e.postcode, e.town, e.monenfant_id, "
            "ae.functioning, ae.availability, av.version, av.valid_from, p.name_key, c.id FROM "
            "conventions c "
            "JOIN cafs f ON f.id = c.caf_id JOIN providers p ON p.id = c.provider_id "
            "JOIN annex_versions av ON av.id = (SELECT v.id FROM annex_versions v WHERE "
            "v.convention_id = c.id AND ") +
        version +
        QStringLiteral(" LIMIT 1) JOIN annex_establishments ae ON ae.annex_id = av.id "
                       "JOIN establishments e ON e.id = ae.establishment_id "
                       "JOIN annex_persons ap ON ap.annex_id = av.id "
                       "JOIN persons pe ON pe.id = ap.person_id") +
        (where.isEmpty() ? QString()
                         : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        QString();
    QList<HabilitationRow> rows;
    QStringList providerKeys;
    // A convention, a person, an establishment comes back on many rows: each is read once.
    struct ConventionCells {
        QString reference, departement, provider, siret, key;
    };
    QHash<qint64, ConventionCells> conventions;
    QHash<qint64, Person> persons;
    QHash<qint64, Establishment> establishments;
    QHash<QString, QDate> days;
    const auto add = [&](const auto &integer, const auto &text) {
        HabilitationRow r;
        const qint64 conventionId = integer(24);
        auto c = conventions.constFind(conventionId);
        if (c == conventions.cend())
            c = conventions.insert(conventionId, {text(0), text(1), text(2), text(3), text(23)});
        r.reference = c->reference;
        r.cafDepartement = c->departement;
        r.providerName = c->provider;
        r.providerSiret = c->siret;
        const qint64 personId = integer(4);
        auto p = persons.constFind(personId);
        if (p == persons.cend())
            p = persons.insert(personId, personFrom(integer, text, 4));
        r.person = *p;
        const qint64 establishmentId = integer(11);
        auto e = establishments.constFind(establishmentId);
        if (e == establishments.cend())
            e = establishments.insert(establishmentId, establishmentFrom(integer, text, 11));
        r.establishment = *e;
        r.scope = Scope{integer(19) != 0, integer(20) != 0};
        r.annexVersion = int(integer(21));
        // A few distinct days over the whole list: parsed once each.
        const QString since = text(22);
        auto known = days.constFind(since);
        if (known == days.cend())
            known = days.insert(since,
                                since.isEmpty() ? QDate() : QDate::fromString(since, Qt::ISODate));
        r.inForceSince = *known;
        rows << std::move(r);
        providerKeys << c->key;
    };
    if (isPostgres()) {
        QSqlQuery q(database());
        q.setForwardOnly(true);
        if (Status s = run(q, sql, binds); !s)
            return s.error();
        while (q.next()) {
            add([&q](int i) { return integerOf(q, i); }, [&q](int i) { return textOf(q, i); });
        }
    } else {
        SqliteRows q(database(), sql, binds);
        while (q.next())
            add([&q](int i) { return q.integer(i); }, [&q](int i) { return q.text(i); });
        if (!q.error().isEmpty())
            return Error{tr("The database refused the operation: %1").arg(q.error())};
    }
    // Sorted here rather than in SQL: SQLite's sorter copies every wide row and folds only
    // ASCII case; this is several times faster on the national list.
    QList<qsizetype> order(rows.size());
    std::iota(order.begin(), order.end(), 0);
    const auto compare = [](const QString &a, const QString &b) {
        return QString::compare(a, b, Qt::CaseInsensitive);
    };
    std::sort(order.begin(), order.end(), [&](qsizetype i, qsizetype j) {
        const HabilitationRow &a = rows.at(i);
        const HabilitationRow &b = rows.at(j);
        int c = providerKeys.at(i).compare(providerKeys.at(j));
        if (c == 0)
            c = a.providerName.compare(b.providerName);
        if (c == 0)
            c = a.reference.compare(b.reference);
        if (c == 0)
            c = compare(a.person.lastName, b.person.lastName);
        if (c == 0)
            c = compare(a.person.firstName, b.person.firstName);
        if (c == 0)
            c = compare(a.establishment.name, b.establishment.name);
        if (c == 0)
            c = a.person.id < b.person.id ? -1 : (a.person.id > b.person.id ? 1 : 0);
        if (c == 0)
            return a.establishment.id < b.establishment.id;
        return c < 0;
    });
    QList<HabilitationRow> sorted;
    sorted.reserve(rows.size());
    for (qsizetype i : std::as_const(order))
        sorted << std::move(rows[i]);
    return sorted;
}

// ---- The steps of a convention's life

Status SqlStorage::writeConvention(const Convention &c, int expectedRevision)
{
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("UPDATE conventions SET state = ?, mailed_on = ?, "
                                      "returned_on = ?, signed_on = ?, activated_on = ?, "
                                      "notice_received_on = ?, terminated_on = ?, "
                                      "cancelled_on = ?, revision = ? WHERE id = ? AND "
                                      "revision = ?"),
                       {Labels::code(c.state), dateValue(c.mailedOn), dateValue(c.returnedOn),
                        dateValue(c.signedOn), dateValue(c.activatedOn),
                        dateValue(c.noticeReceivedOn), dateValue(c.terminatedOn),
                        dateValue(c.cancelledOn), c.revision, c.id, expectedRevision});
        !s)
        return s;
    // Someone else changed it since it was read: never overwrite silently.
    if (q.numRowsAffected() != 1) {
        return Error{tr("The convention %1 was changed meanwhile by someone else; nothing was "
                        "recorded. Read it again and retry.")
                         .arg(c.reference)};
    }
    return {};
}

Status SqlStorage::writeEvent(qint64 conventionId, const QString &step, QDate date,
                              const QString &details)
{
    QSqlQuery q(database());
    return run(q,
               QStringLiteral("INSERT INTO convention_events (convention_id, step, on_date, "
                              "recorded_at, actor, details) VALUES (?, ?, ?, ?, ?, ?)"),
               {conventionId, step, dateValue(date),
                QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_actor, details});
}

Expected<Convention> SqlStorage::recordStep(const QString &reference, Step step,
                                            const StepInput &input, QDate today)
{
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s.error();
    // Read inside the write transaction, locked: the rules see what no one else can change
    // now; a second officer recording the same step waits, then is told it is done.
    const Expected<Convention> found = conventionRow(reference, true);
    if (!found)
        return found.error();
    const Convention before = *found;
    QSqlQuery q(database());
    if (const QString why = Workflow::refusal(before, step, input, today); !why.isEmpty())
        return Error{why};
    const Convention after = Workflow::apply(before, step, input);
    if (Status s = writeConvention(after, before.revision); !s)
        return s.error();
    if (step == Step::Countersign) {
        if (Status s = run(q,
                           QStringLiteral("UPDATE annex_versions SET valid_from = ? WHERE "
                                          "convention_id = ? AND version = 1 AND valid_from IS "
                                          "NULL"),
                           {dateValue(after.signedOn), after.id});
            !s)
            return s.error();
    }
    QJsonObject details;
    const auto put = [&details](const char *key, const QString &value) {
        if (!value.trimmed().isEmpty())
            details.insert(QLatin1String(key), value.trimmed());
    };
    put("reason", input.reason);
    put("tracking", input.tracking);
    put("signatory", input.signatory);
    put("providerSignedOn", JsonFormat::dateString(input.signedOn));
    put("deliberationOn", JsonFormat::dateString(input.deliberationOn));
    put("prefectureAck", input.prefectureAck);
    put("by", input.terminatedBy);
    put("registeredLetter", input.registeredLetter);
    put("letterSentOn", JsonFormat::dateString(input.letterSentOn));
    put("terminationEffective",
        step == Step::Terminate ? JsonFormat::dateString(after.terminatedOn) : QString());
    const QString detailText = details.isEmpty() ? QString() : compact(details);
    if (Status s = writeEvent(after.id, Workflow::code(step), input.date, detailText); !s)
        return s.error();
    QJsonObject afterJson = JsonFormat::toJson(after);
    if (!details.isEmpty())
        afterJson.insert(QStringLiteral("step"), details);
    if (Status s = writeJournal(QStringLiteral("convention.") + Workflow::code(step),
                                QStringLiteral("convention"), after.id, after.reference,
                                compact(JsonFormat::toJson(before)), compact(afterJson));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

namespace {
const QString kAmendmentColumns = QStringLiteral(
    "a.id, a.convention_id, a.number, a.state, a.prepared_on, a.mailed_on, a.returned_on, "
    "a.signed_on, a.cancelled_on, a.reason, a.annex_version, a.revision, a.provider_changes");

Amendment readAmendment(const QSqlQuery &q)
{
    Amendment a;
    a.id = q.value(0).toLongLong();
    a.conventionId = q.value(1).toLongLong();
    a.number = q.value(2).toInt();
    a.state = Labels::stateFromCode(q.value(3).toString()).value_or(ConventionState::Issued);
    a.preparedOn = toDate(q.value(4));
    a.mailedOn = toDate(q.value(5));
    a.returnedOn = toDate(q.value(6));
    a.signedOn = toDate(q.value(7));
    a.cancelledOn = toDate(q.value(8));
    a.reason = q.value(9).toString();
    a.annexVersion = q.value(10).toInt();
    a.revision = q.value(11).toInt();
    // What it changes of the provider, kept as JSON (schema 7).
    const QJsonObject changes = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    QList<FieldError> ignored; // written by prepareAmendment, validated then
    if (changes.contains(QLatin1String("representative"))) {
        a.representative = JsonFormat::representativeFromJson(
            changes.value(QLatin1String("representative")).toObject(), &ignored);
    }
    if (changes.contains(QLatin1String("address"))) {
        a.address = JsonFormat::addressFromJson(changes.value(QLatin1String("address")).toObject(),
                                                &ignored);
    }
    return a;
}

} // namespace

Expected<Amendment> SqlStorage::prepareAmendment(const QString &reference,
                                                 const AmendmentChanges &changes,
                                                 const QString &reason, QDate date, QDate today)
{
    const Expected<QList<EstablishmentType>> types = establishmentTypes();
    if (!types)
        return types.error();
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s.error();
    // Locked first: a second officer preparing an amendment of the same convention waits,
    // then finds this one pending.
    if (const Expected<Convention> locked = conventionRow(reference, true); !locked)
        return locked.error();
    const Expected<ConventionDetail> d = convention(reference);
    if (!d)
        return d.error();
    const Convention &c = d->convention;
    if (c.state != ConventionState::InForce) {
        return Error{tr("The convention %1 is at \"%2\": only a convention in force can be "
                        "amended.")
                         .arg(c.reference, Labels::display(c.state))};
    }
    if (!date.isValid() || date > today || date < c.signedOn) {
        return Error{tr("Amendment: the date %1 must lie between the signature (%2) and today.")
                         .arg(dates::display(date), dates::display(c.signedOn))};
    }
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT number, state FROM amendments WHERE "
                                      "convention_id = ? AND state IN ('issued', 'mailed', "
                                      "'returned')"),
                       {c.id});
        !s)
        return s.error();
    if (q.next()) {
        return Error{tr("Amendment %1 of the convention %2 is not signed yet: finish or cancel it "
                        "first.")
                         .arg(q.value(0).toInt())
                         .arg(c.reference)};
    }
    q.finish();
    QList<FieldError> errors;
    AmendmentChanges normalized = changes;
    for (AnnexEstablishment &ae : normalized.addEstablishments)
        ae.establishment.type = ae.establishment.type.trimmed().toUpper();
    Annex next = Amendments::apply(d->annex, normalized, *types, &errors);
    // A new representative or address: checked now, applied when countersigned.
    QJsonObject providerChanges;
    if (changes.representative || changes.address) {
        Provider changed = d->provider;
        if (changes.representative) {
            changed.representative = *changes.representative;
            providerChanges.insert(QStringLiteral("representative"),
                                   JsonFormat::toJson(*changes.representative));
        }
        if (changes.address) {
            changed.address = *changes.address;
            providerChanges.insert(QStringLiteral("address"), JsonFormat::toJson(*changes.address));
        }
        errors << Validation::validate(changed);
    }
    if (!errors.isEmpty())
        return Error{joinErrors(errors)};

    // The new version: the persons and establishments kept, and those added.
    if (Status s = run(q,
                       QStringLiteral("SELECT COALESCE(MAX(version), 0) + 1 FROM annex_versions "
                                      "WHERE convention_id = ?"),
                       {c.id});
        !s || !q.next())
        return s ? Error{tr("The annex versions cannot be read.")} : s.error();
    next.version = q.value(0).toInt();
    q.finish();
    const Expected<qint64> newAnnexId =
        insertId(q,
                 QStringLiteral("INSERT INTO annex_versions (convention_id, version, "
                                "valid_from) VALUES (?, ?, NULL)"),
                 {c.id, next.version});
    if (!newAnnexId)
        return newAnnexId.error();
    const qint64 annexId = *newAnnexId;
    for (int i = 0; i < next.persons.size(); ++i) {
        Person &p = next.persons[i];
        if (!p.id) {
            const Expected<qint64> id = upsertPerson(c.providerId, p);
            if (!id)
                return id.error();
            p.id = *id;
        }
        if (Status s = run(q,
                           QStringLiteral("INSERT INTO annex_persons (annex_id, person_id, "
                                          "position) VALUES (?, ?, ?)"),
                           {annexId, p.id, i});
            !s)
            return s.error();
    }
    for (int i = 0; i < next.establishments.size(); ++i) {
        AnnexEstablishment &ae = next.establishments[i];
        if (!ae.establishment.id) {
            const Expected<qint64> id =
                upsertEstablishment(c.providerId, ae.establishment, nullptr);
            if (!id)
                return id.error();
            ae.establishment.id = *id;
        }
        if (Status s = run(q,
                           QStringLiteral("INSERT INTO annex_establishments (annex_id, "
                                          "establishment_id, functioning, availability, "
                                          "position) VALUES (?, ?, ?, ?, ?)"),
                           {annexId, ae.establishment.id, ae.scope.functioning ? 1 : 0,
                            ae.scope.availability ? 1 : 0, i});
            !s)
            return s.error();
    }
    Amendment a;
    a.conventionId = c.id;
    a.state = ConventionState::Issued;
    a.preparedOn = date;
    a.reason = reason.trimmed();
    a.annexVersion = next.version;
    if (Status s = run(q,
                       QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM amendments "
                                      "WHERE convention_id = ?"),
                       {c.id});
        !s || !q.next())
        return s ? Error{tr("The amendments cannot be read.")} : s.error();
    a.number = q.value(0).toInt();
    q.finish();
    const Expected<qint64> newAmendmentId =
        insertId(q,
                 QStringLiteral("INSERT INTO amendments (convention_id, number, state, "
                                "prepared_on, reason, annex_version, provider_changes) VALUES "
                                "(?, ?, ?, ?, ?, ?, ?)"),
                 {c.id, a.number, Labels::code(a.state), dateValue(date), a.reason, a.annexVersion,
                  providerChanges.isEmpty() ? QString() : compact(providerChanges)});
    if (!newAmendmentId)
        return newAmendmentId.error();
    a.id = *newAmendmentId;
    QJsonObject details = JsonFormat::toJson(a);
    details.insert(QStringLiteral("removedPersons"),
                   QJsonArray::fromStringList(changes.removePersons));
    details.insert(QStringLiteral("removedEstablishments"),
                   QJsonArray::fromStringList(changes.removeEstablishments));
    QStringList added;
    for (const Person &p : changes.addPersons)
        added << p.email;
    for (const AnnexEstablishment &ae : changes.addEstablishments)
        added << ae.establishment.name;
    details.insert(QStringLiteral("added"), QJsonArray::fromStringList(added));
    if (changes.representative)
        details.insert(QStringLiteral("representative"), Labels::fullName(*changes.representative));
    if (changes.address) {
        details.insert(QStringLiteral("address"),
                       QString(changes.address->street + QStringLiteral(", ") +
                               changes.address->postcode + u' ' + changes.address->town));
    }
    if (Status s = writeEvent(c.id, QStringLiteral("amendment-prepare"), date, compact(details));
        !s)
        return s.error();
    QJsonObject after = JsonFormat::toJson(a);
    after.insert(QStringLiteral("annex"), JsonFormat::toJson(next));
    if (Status s =
            writeJournal(QStringLiteral("amendment.prepare"), QStringLiteral("amendment"), a.id,
                         c.reference, compact(JsonFormat::toJson(d->annex)), compact(after));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return a;
}

Expected<Amendment> SqlStorage::recordAmendmentStep(const QString &reference, int number, Step step,
                                                    const StepInput &input, QDate today)
{
    if (step != Step::Mail && step != Step::Return && step != Step::Countersign &&
        step != Step::Cancel) {
        return Error{tr("An amendment is mailed, returned, countersigned or cancelled; \"%1\" "
                        "does not apply to it.")
                         .arg(Workflow::display(step))};
    }
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s.error();
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT ") + kAmendmentColumns +
                           QStringLiteral(", c.reference, c.state FROM amendments a JOIN "
                                          "conventions c ON c.id = a.convention_id WHERE "
                                          "c.reference = ? AND a.number = ?") +
                           forUpdate(),
                       {reference.trimmed().toUpper(), number});
        !s)
        return s.error();
    if (!q.next()) {
        return Error{tr("The convention \"%1\" has no amendment %2.").arg(reference).arg(number)};
    }
    const Amendment before = readAmendment(q);
    const QString ref = q.value(13).toString();
    const ConventionState conventionState =
        Labels::stateFromCode(q.value(14).toString()).value_or(ConventionState::InForce);
    q.finish();
    if (conventionState != ConventionState::InForce && step != Step::Cancel) {
        return Error{tr("The convention %1 is at \"%2\": its amendments can only be cancelled.")
                         .arg(ref, Labels::display(conventionState))};
    }
    const Convention pseudo = Amendments::asConvention(before, ref);
    if (const QString why = Workflow::refusal(pseudo, step, input, today); !why.isEmpty())
        return Error{why};
    const Convention applied = Workflow::apply(pseudo, step, input);
    Amendment after = before;
    after.state = applied.state;
    after.mailedOn = applied.mailedOn;
    after.returnedOn = applied.returnedOn;
    after.signedOn = applied.signedOn;
    after.cancelledOn = applied.cancelledOn;
    after.revision = before.revision + 1;
    if (Status s = run(q,
                       QStringLiteral("UPDATE amendments SET state = ?, mailed_on = ?, "
                                      "returned_on = ?, signed_on = ?, cancelled_on = ?, "
                                      "revision = ? WHERE id = ? AND revision = ?"),
                       {Labels::code(after.state), dateValue(after.mailedOn),
                        dateValue(after.returnedOn), dateValue(after.signedOn),
                        dateValue(after.cancelledOn), after.revision, after.id, before.revision});
        !s)
        return s.error();
    if (step == Step::Countersign) {
        // Both signatures: the provider's new representative or address applies now.
        if (Status s = run(q,
                           QStringLiteral("SELECT a.provider_changes, c.provider_id FROM "
                                          "amendments a JOIN conventions c ON c.id = "
                                          "a.convention_id WHERE a.id = ?"),
                           {after.id});
            !s || !q.next())
            return s ? Error{tr("The amendments cannot be read.")} : s.error();
        const QString changesText = q.value(0).toString();
        const qint64 providerId = q.value(1).toLongLong();
        q.finish();
        if (!changesText.isEmpty()) {
            const Expected<Provider> current = provider(providerId);
            if (!current)
                return current.error();
            const QJsonObject o = QJsonDocument::fromJson(changesText.toUtf8()).object();
            Provider changed = *current;
            QList<FieldError> errors;
            if (o.contains(QStringLiteral("representative"))) {
                changed.representative = JsonFormat::representativeFromJson(
                    o.value(QStringLiteral("representative")).toObject(), &errors);
            }
            if (o.contains(QStringLiteral("address"))) {
                changed.address = JsonFormat::addressFromJson(
                    o.value(QStringLiteral("address")).toObject(), &errors);
            }
            if (!errors.isEmpty())
                return Error{joinErrors(errors)};
            if (Status s = updateProvider(*current, changed); !s)
                return s.error();
        }
        // And the new annex is in force from the countersignature.
        if (Status s = run(q,
                           QStringLiteral("UPDATE annex_versions SET valid_from = ? WHERE "
                                          "convention_id = ? AND version = ?"),
                           {dateValue(after.signedOn), after.conventionId, after.annexVersion});
            !s)
            return s.error();
    }
    QJsonObject details{{QStringLiteral("number"), after.number}};
    if (!input.reason.trimmed().isEmpty())
        details.insert(QStringLiteral("reason"), input.reason.trimmed());
    if (!input.signatory.trimmed().isEmpty())
        details.insert(QStringLiteral("signatory"), input.signatory.trimmed());
    if (!input.tracking.trimmed().isEmpty())
        details.insert(QStringLiteral("tracking"), input.tracking.trimmed());
    if (Status s =
            writeEvent(after.conventionId, QStringLiteral("amendment-") + Workflow::code(step),
                       input.date, compact(details));
        !s)
        return s.error();
    if (Status s = writeJournal(
            QStringLiteral("amendment.") + Workflow::code(step), QStringLiteral("amendment"),
            after.id, ref, compact(JsonFormat::toJson(before)), compact(JsonFormat::toJson(after)));
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return after;
}

Expected<QList<Amendment>> SqlStorage::amendments(const QString &reference) const
{
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT ") + kAmendmentColumns +
                           QStringLiteral(" FROM amendments a JOIN conventions c ON c.id = "
                                          "a.convention_id WHERE c.reference = ? ORDER BY "
                                          "a.number"),
                       {reference.trimmed().toUpper()});
        !s)
        return s.error();
    QList<Amendment> list;
    while (q.next())
        list << readAmendment(q);
    return list;
}

Expected<QList<ConventionEvent>> SqlStorage::events(const QString &reference) const
{
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("SELECT e.id, e.step, e.on_date, e.recorded_at, e.actor, "
                                      "e.details FROM convention_events e JOIN conventions c ON "
                                      "c.id = e.convention_id WHERE c.reference = ? ORDER BY "
                                      "e.id"),
                       {reference.trimmed().toUpper()});
        !s)
        return s.error();
    QList<ConventionEvent> list;
    while (q.next()) {
        list << ConventionEvent{q.value(0).toLongLong(),
                                q.value(1).toString(),
                                toDate(q.value(2)),
                                QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs),
                                q.value(4).toString(),
                                q.value(5).toString()};
    }
    return list;
}

Expected<int> SqlStorage::settle(QDate today)
{
    const QVariant day = dateValue(today);
    // Candidates: a notice taking effect, or an anniversary (a year after the last one
    // journaled, a few days early for 29 February) come. Checked exactly below.
    const QString nextAnniversary =
        isPostgres() ? QStringLiteral("to_char(CAST(coalesce(renewed_through, signed_on) AS date) "
                                      "+ interval '1 year' - interval '3 days', 'YYYY-MM-DD')")
                     : QStringLiteral("date(coalesce(renewed_through, signed_on), '+1 year', "
                                      "'-3 days')");
    const QString where = QStringLiteral(" FROM conventions WHERE state = 'in-force' AND "
                                         "signed_on IS NOT NULL AND (terminated_on <= ? OR ") +
                          nextAnniversary + QStringLiteral(" <= ?)");
    {
        // Most days nothing happens: do not take the write lock for nothing.
        QSqlQuery q(database());
        if (Status s = run(q, QStringLiteral("SELECT COUNT(*)") + where, {day, day}); !s)
            return s.error();
        if (!q.next() || q.value(0).toInt() == 0)
            return 0;
    }
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s.error();
    QSqlQuery q(database());
    if (Status s =
            run(q,
                QStringLiteral("SELECT ") + kConventionColumns +
                    QStringLiteral(", renewed_through") + where + QStringLiteral(" ORDER BY id"),
                {day, day});
        !s)
        return s.error();
    QList<QPair<Convention, QDate>> candidates;
    while (q.next())
        candidates << qMakePair(readConvention(q), toDate(q.value(14)));
    q.finish();
    int ended = 0;
    for (const auto &[before, renewedThrough] : std::as_const(candidates)) {
        // Every anniversary passed since the last one journaled, before any end.
        const QDate from = renewedThrough.isValid() ? renewedThrough : before.signedOn;
        QDate last = renewedThrough;
        for (int k = qMax(1, from.year() - before.signedOn.year());; ++k) {
            const QDate a = dates::anniversary(before.signedOn, k);
            if (a > today || (before.terminatedOn.isValid() && a >= before.terminatedOn))
                break;
            if (a <= from)
                continue;
            if (Status s = writeEvent(before.id, QStringLiteral("renewed"), a,
                                      compact({{QStringLiteral("year"), k + 1}}));
                !s)
                return s.error();
            if (Status s = writeJournal(QStringLiteral("convention.renewed"),
                                        QStringLiteral("convention"), before.id, before.reference,
                                        JsonFormat::dateString(last), JsonFormat::dateString(a));
                !s)
                return s.error();
            last = a;
        }
        if (last != renewedThrough) {
            if (Status s = run(q,
                               QStringLiteral("UPDATE conventions SET renewed_through = ? WHERE "
                                              "id = ?"),
                               {dateValue(last), before.id});
                !s)
                return s.error();
        }
        if (!before.terminatedOn.isValid() || before.terminatedOn > today)
            continue;
        Convention after = before;
        after.state = ConventionState::Terminated;
        ++after.revision;
        if (Status s = writeConvention(after, before.revision); !s)
            return s.error();
        if (Status s = writeEvent(after.id, QStringLiteral("terminated"), after.terminatedOn, {});
            !s)
            return s.error();
        if (Status s =
                writeJournal(QStringLiteral("convention.terminated"), QStringLiteral("convention"),
                             after.id, after.reference, compact(JsonFormat::toJson(before)),
                             compact(JsonFormat::toJson(after)));
            !s)
            return s.error();
        ++ended;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return ended;
}

int SqlStorage::reminderDelayDays() const
{
    QSqlQuery q(database());
    if (run(q, QStringLiteral("SELECT value FROM settings WHERE key = 'reminder_delay_days'")) &&
        q.next())
        return q.value(0).toInt();
    return 30;
}

Status SqlStorage::setReminderDelayDays(int days)
{
    if (days < 1 || days > 365) {
        return Error{FieldError{tr("reminder delay"), QString::number(days),
                                tr("\"%1\" days: give between 1 and 365.").arg(days)}
                         .toString()};
    }
    const int before = reminderDelayDays();
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s;
    QSqlQuery q(database());
    if (Status s = run(q,
                       QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                      "('reminder_delay_days', ?) ON CONFLICT (key) DO UPDATE "
                                      "SET value = excluded.value"),
                       {QString::number(days)});
        !s)
        return s;
    if (Status s =
            writeJournal(QStringLiteral("settings.reminder_delay_days"), QStringLiteral("settings"),
                         0, {}, QString::number(before), QString::number(days));
        !s)
        return s;
    return tx.commit();
}

Expected<QList<WorkItem>> SqlStorage::workList(QDate today) const
{
    const int delay = reminderDelayDays();
    const QDate horizon = today.addMonths(4);
    QSqlQuery q(database());
    q.setForwardOnly(true);
    // Only the conventions something can be due for; the dates are reckoned below.
    if (Status s =
            run(q, QStringLiteral(
                       "SELECT c.reference, p.name, c.state, c.received_on, c.mailed_on, "
                       "c.returned_on, c.signed_on, c.activated_on, c.terminated_on, "
                       "(SELECT MAX(on_date) FROM convention_events e WHERE e.convention_id "
                       "= c.id AND e.step = 'remind') FROM conventions c JOIN providers p ON "
                       "p.id = c.provider_id WHERE c.state IN ('received', 'checked', "
                       "'issued', 'mailed', 'returned', 'in-force')"));
        !s)
        return s.error();
    QList<WorkItem> items;
    while (q.next()) {
        const QString ref = q.value(0).toString();
        const QString name = q.value(1).toString();
        const ConventionState state =
            Labels::stateFromCode(q.value(2).toString()).value_or(ConventionState::Received);
        const QDate received = toDate(q.value(3));
        const QDate mailed = toDate(q.value(4));
        const QDate returned = toDate(q.value(5));
        const QDate signedOn = toDate(q.value(6));
        const QDate activated = toDate(q.value(7));
        const QDate terminated = toDate(q.value(8));
        const QDate reminded = toDate(q.value(9));
        const auto add = [&](WorkItem::Kind kind, QDate since, QDate due) {
            items << WorkItem{kind, ref, name, since, due};
        };
        switch (state) {
        case ConventionState::Received:
            add(WorkItem::RequestToCheck, received, received);
            break;
        case ConventionState::Checked:
            add(WorkItem::ConventionToIssue, received, received);
            break;
        case ConventionState::Issued:
            add(WorkItem::ConventionToMail, received, received);
            break;
        case ConventionState::Mailed: {
            const QDate due = (reminded.isValid() ? reminded : mailed).addDays(delay);
            if (due <= today)
                add(WorkItem::ReminderDue, mailed, due);
            break;
        }
        case ConventionState::Returned:
            add(WorkItem::ToCountersign, returned, returned);
            break;
        case ConventionState::InForce:
            if (!activated.isValid())
                add(WorkItem::ToActivate, signedOn, signedOn);
            if (terminated.isValid()) {
                if (terminated <= horizon)
                    add(WorkItem::TerminationSoon, signedOn, terminated);
            } else if (signedOn.isValid()) {
                // The last day to give notice for the next anniversary is near.
                const QDate deadline = dates::nextNoticeDeadline(signedOn, today);
                const QDate anniversary = dates::terminationDate(signedOn, today);
                if (anniversary <= horizon)
                    add(WorkItem::NoticeWindow, signedOn, deadline);
            }
            break;
        default:
            break;
        }
    }
    q.finish();
    if (Status s =
            run(q, QStringLiteral("SELECT c.reference, p.name, a.number, a.state, "
                                  "a.prepared_on, a.mailed_on, a.returned_on FROM amendments "
                                  "a JOIN conventions c ON c.id = a.convention_id JOIN "
                                  "providers p ON p.id = c.provider_id WHERE a.state IN "
                                  "('issued', 'mailed', 'returned') AND c.state = "
                                  "'in-force'"));
        !s)
        return s.error();
    while (q.next()) {
        const QString state = q.value(3).toString();
        const QDate prepared = toDate(q.value(4));
        const QDate mailed = toDate(q.value(5));
        const QDate returned = toDate(q.value(6));
        WorkItem w{WorkItem::AmendmentToMail, q.value(0).toString(), q.value(1).toString(),
                   prepared, prepared};
        w.amendment = q.value(2).toInt();
        if (state == u"mailed") {
            w.kind = WorkItem::AmendmentAwaitingReturn;
            w.since = mailed;
            w.due = mailed.addDays(delay);
        } else if (state == u"returned") {
            w.kind = WorkItem::AmendmentToCountersign;
            w.since = w.due = returned;
        }
        items << w;
    }
    std::stable_sort(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) {
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.due != b.due)
            return a.due < b.due;
        return a.reference < b.reference;
    });
    return items;
}

Expected<QList<JournalEntry>> SqlStorage::journal(const JournalFilter &f) const
{
    QStringList where;
    QVariantList binds;
    if (!f.reference.isEmpty()) {
        where << QStringLiteral("reference = ?");
        binds << f.reference.trimmed().toUpper();
    }
    if (f.day.isValid()) {
        // Stored in UTC; the day asked is a local day.
        const QDateTime start = f.day.startOfDay().toUTC();
        const QDateTime end = f.day.addDays(1).startOfDay().toUTC();
        where << QStringLiteral("at >= ? AND at < ?");
        binds << start.toString(Qt::ISODateWithMs) << end.toString(Qt::ISODateWithMs);
    }
    QString sql = QStringLiteral("SELECT id, at, actor, action, entity, entity_id, reference, "
                                 "before_data, after_data, db_user FROM journal");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY id");
    if (f.limit >= 0) {
        sql += QStringLiteral(" LIMIT ?");
        binds << f.limit;
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (Status s = run(q, sql, binds); !s)
        return s.error();
    QList<JournalEntry> list;
    while (q.next()) {
        JournalEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toLongLong();
        e.reference = q.value(6).toString();
        e.before = q.value(7).toString();
        e.after = q.value(8).toString();
        e.dbUser = q.value(9).toString();
        list << e;
    }
    return list;
}

// ---- Credentials (art. 3-2)

namespace {

const QString kIssuanceSelect = QStringLiteral(
    "SELECT pe.id, pe.provider_id, pe.civility, pe.last_name, pe.first_name, pe.job_title, "
    "pe.email, i.id, i.convention_id, c.reference, COALESCE(pi.identifier, ''), i.kind, "
    "i.issued_at, i.issued_by, i.must_change, i.notified_at, i.channel, i.superseded FROM "
    "credential_issuances i JOIN conventions c ON c.id = i.convention_id JOIN persons pe ON "
    "pe.id = i.person_id LEFT JOIN person_identifiers pi ON pi.person_id = i.person_id");

QDateTime toUtc(const QVariant &v)
{
    if (v.isNull() || v.toString().isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

CredentialIssuance readIssuance(const QSqlQuery &q)
{
    CredentialIssuance i;
    i.person = readPerson(q);
    i.id = q.value(7).toLongLong();
    i.conventionId = q.value(8).toLongLong();
    i.reference = q.value(9).toString();
    i.identifier = q.value(10).toString();
    i.kind = Credentials::kindFromCode(q.value(11).toString()).value_or(CredentialKind::Activation);
    i.issuedAt = toUtc(q.value(12));
    i.issuedBy = q.value(13).toString();
    i.mustChange = q.value(14).toBool();
    i.notifiedAt = toUtc(q.value(15));
    i.channel = q.value(16).toString();
    i.superseded = q.value(17).toBool();
    return i;
}

QJsonObject issuanceJson(const CredentialIssuance &i)
{
    // What the journal keeps of an issuance: never a password.
    QJsonObject o{{QStringLiteral("person"), i.person.id},
                  {QStringLiteral("email"), i.person.email},
                  {QStringLiteral("identifier"), i.identifier},
                  {QStringLiteral("kind"), Credentials::code(i.kind)},
                  {QStringLiteral("mustChange"), i.mustChange},
                  {QStringLiteral("issuedBy"), i.issuedBy}};
    if (i.notifiedAt.isValid()) {
        o.insert(QStringLiteral("notifiedAt"), i.notifiedAt.toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("channel"), i.channel);
    }
    return o;
}

} // namespace

Expected<QList<CredentialIssuance>>
SqlStorage::issueCredentials(const QString &reference, const QList<CredentialRequest> &requests,
                             QDate today)
{
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s.error();
    const Expected<Convention> found = conventionRow(reference, true);
    if (!found)
        return found.error();
    const Convention c = *found;
    QSqlQuery q(database());
    if (c.state != ConventionState::InForce ||
        (c.terminatedOn.isValid() && today >= c.terminatedOn)) {
        return Error{tr("The convention %1 is at \"%2\": no password can be issued for it.")
                         .arg(c.reference, Labels::display(c.state))};
    }
    if (!c.activatedOn.isValid()) {
        return Error{tr("The habilitation of the convention %1 is not activated: activate it "
                        "first.")
                         .arg(c.reference)};
    }
    if (Status s = run(q, QStringLiteral("SELECT departement FROM cafs WHERE id = ?"), {c.cafId});
        !s || !q.next())
        return s ? Error{tr("The Caf of the convention \"%1\" is missing.").arg(reference)}
                 : s.error();
    const QString departement = q.value(0).toString();
    q.finish();
    // The persons of the annex in force today.
    if (Status s = run(q,
                       QStringLiteral("SELECT ") + kPersonColumns +
                           QStringLiteral(" FROM persons WHERE id IN (SELECT ap.person_id FROM "
                                          "annex_persons ap WHERE ap.annex_id = (SELECT id FROM "
                                          "annex_versions WHERE convention_id = ? AND valid_from "
                                          "IS NOT NULL AND valid_from <= ? ORDER BY version DESC "
                                          "LIMIT 1))"),
                       {c.id, dateValue(today)});
        !s)
        return s.error();
    QHash<qint64, Person> annexPersons;
    while (q.next()) {
        const Person p = readPerson(q);
        annexPersons.insert(p.id, p);
    }
    q.finish();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QList<CredentialIssuance> issued;
    for (const CredentialRequest &r : requests) {
        const auto it = annexPersons.constFind(r.personId);
        if (it == annexPersons.constEnd()) {
            return Error{tr("The person %1 is not in the annex in force of the convention %2.")
                             .arg(r.personId)
                             .arg(c.reference)};
        }
        CredentialIssuance i;
        i.conventionId = c.id;
        i.reference = c.reference;
        i.person = *it;
        i.kind = r.kind;
        i.issuedBy = m_actor;
        i.issuedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
        if (Status s = run(q,
                           QStringLiteral("SELECT identifier FROM person_identifiers WHERE "
                                          "person_id = ?"),
                           {i.person.id});
            !s)
            return s.error();
        if (q.next()) {
            i.identifier = q.value(0).toString();
            q.finish();
        } else {
            q.finish();
            // Readable and unique: the base, then "-2", "-3"… when someone has it already.
            const QString base = Credentials::identifierBase(i.person, departement);
            for (int n = 1; i.identifier.isEmpty(); ++n) {
                const QString candidate = n == 1 ? base : base + u'-' + QString::number(n);
                if (Status s = run(q,
                                   QStringLiteral("SELECT 1 FROM person_identifiers WHERE "
                                                  "identifier = ?"),
                                   {candidate});
                    !s)
                    return s.error();
                if (!q.next())
                    i.identifier = candidate;
                q.finish();
            }
            if (Status s = run(q,
                               QStringLiteral("INSERT INTO person_identifiers (person_id, "
                                              "identifier, created_at) VALUES (?, ?, ?)"),
                               {i.person.id, i.identifier, now});
                !s)
                return s.error();
        }
        if (Status s = run(q,
                           QStringLiteral("UPDATE credential_issuances SET superseded = 1 WHERE "
                                          "convention_id = ? AND person_id = ? AND notified_at "
                                          "IS NULL AND superseded = 0"),
                           {c.id, i.person.id});
            !s)
            return s.error();
        const Expected<qint64> newIssuanceId =
            insertId(q,
                     QStringLiteral("INSERT INTO credential_issuances (convention_id, "
                                    "person_id, kind, issued_at, issued_by, must_change) "
                                    "VALUES (?, ?, ?, ?, ?, 1)"),
                     {c.id, i.person.id, Credentials::code(i.kind), now, m_actor});
        if (!newIssuanceId)
            return newIssuanceId.error();
        i.id = *newIssuanceId;
        if (Status s = writeJournal(QStringLiteral("credentials.issue"), QStringLiteral("person"),
                                    i.person.id, c.reference, {}, compact(issuanceJson(i)));
            !s)
            return s.error();
        issued << i;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return issued;
}

Status SqlStorage::markNotified(qint64 issuanceId, const QString &channel)
{
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s;
    QSqlQuery q(database());
    if (Status s = run(q, kIssuanceSelect + QStringLiteral(" WHERE i.id = ?"), {issuanceId}); !s)
        return s;
    if (!q.next())
        return Error{tr("No password was issued under the number %1.").arg(issuanceId)};
    const CredentialIssuance before = readIssuance(q);
    q.finish();
    if (before.notifiedAt.isValid() || before.superseded) {
        return Error{tr("The password issued to %1 on %2 was notified or replaced already.")
                         .arg(before.person.email, before.issuedAt.toLocalTime().toString(
                                                       QStringLiteral("dd/MM/yyyy HH:mm")))};
    }
    CredentialIssuance after = before;
    after.notifiedAt = QDateTime::currentDateTimeUtc();
    after.channel = channel;
    if (Status s = run(q,
                       QStringLiteral("UPDATE credential_issuances SET notified_at = ?, channel = "
                                      "? WHERE id = ?"),
                       {after.notifiedAt.toString(Qt::ISODateWithMs), channel, issuanceId});
        !s)
        return s;
    if (Status s = writeJournal(QStringLiteral("credentials.notified"), QStringLiteral("person"),
                                after.person.id, after.reference, compact(issuanceJson(before)),
                                compact(issuanceJson(after)));
        !s)
        return s;
    return tx.commit();
}

Expected<QList<CredentialIssuance>> SqlStorage::credentials(const QString &reference) const
{
    QSqlQuery q(database());
    if (Status s = run(q, kIssuanceSelect + QStringLiteral(" WHERE c.reference = ? ORDER BY i.id"),
                       {reference.trimmed().toUpper()});
        !s)
        return s.error();
    QList<CredentialIssuance> list;
    while (q.next())
        list << readIssuance(q);
    return list;
}

Expected<QList<Habilitation>> SqlStorage::habilitations(QDate day) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    const QVariant d = dateValue(day);
    // The annex version in force on the day of each activated convention not yet ended.
    if (Status s = run(
            q,
            QStringLiteral(
                "WITH v AS (SELECT av.convention_id AS cid, MAX(av.version) AS version FROM "
                "annex_versions av JOIN conventions c ON c.id = av.convention_id WHERE "
                "av.valid_from IS NOT NULL AND av.valid_from <= ? AND c.activated_on IS NOT NULL "
                "AND c.activated_on <= ? AND (c.terminated_on IS NULL OR c.terminated_on > ?) "
                "AND c.state IN ('in-force', 'terminated') GROUP BY av.convention_id) "
                "SELECT pe.id, pe.provider_id, pe.civility, pe.last_name, pe.first_name, "
                "pe.job_title, pe.email, c.reference, cf.departement, p.name, p.siret, "
                "COALESCE(pi.identifier, ''), e.id, e.provider_id, e.type, e.name, e.address, "
                "e.postcode, e.town, e.monenfant_id, ae.functioning, ae.availability, "
                // Since the first signed version naming the person after the last one that
                // did not: someone who left and came back is habilitated since coming back.
                "c.activated_on, (SELECT MIN(av2.valid_from) FROM annex_versions av2 JOIN "
                "annex_persons ap2 ON ap2.annex_id = av2.id WHERE av2.convention_id = c.id AND "
                "ap2.person_id = pe.id AND av2.valid_from IS NOT NULL AND av2.valid_from > "
                "COALESCE((SELECT MAX(av3.valid_from) FROM annex_versions av3 WHERE "
                "av3.convention_id = c.id AND av3.valid_from IS NOT NULL AND av3.valid_from <= ? "
                "AND NOT EXISTS (SELECT 1 FROM annex_persons ap3 WHERE ap3.annex_id = av3.id AND "
                "ap3.person_id = pe.id)), '')) "
                "FROM v JOIN annex_versions av ON av.convention_id = v.cid AND av.version = "
                "v.version JOIN conventions c ON c.id = v.cid JOIN cafs cf ON cf.id = c.caf_id "
                "JOIN providers p ON p.id = c.provider_id JOIN annex_persons ap ON ap.annex_id = "
                "av.id JOIN persons pe ON pe.id = ap.person_id JOIN annex_establishments ae ON "
                "ae.annex_id = av.id JOIN establishments e ON e.id = ae.establishment_id LEFT "
                "JOIN person_identifiers pi ON pi.person_id = pe.id ORDER BY c.reference") +
                textOrder() + QStringLiteral(", ap.position, ae.position"),
            {d, d, d, d});
        !s)
        return s.error();
    QList<Habilitation> list;
    while (q.next()) {
        Habilitation h;
        h.person = readPerson(q);
        h.reference = q.value(7).toString();
        h.cafDepartement = q.value(8).toString();
        h.providerName = q.value(9).toString();
        h.providerSiret = q.value(10).toString();
        h.identifier = q.value(11).toString();
        h.establishment = AnnexEstablishment{readEstablishment(q, 12),
                                             Scope{q.value(20).toBool(), q.value(21).toBool()}};
        h.from = qMax(toDate(q.value(22)), toDate(q.value(23)));
        list << h;
    }
    return list;
}

QString SqlStorage::setting(const QString &key) const
{
    QSqlQuery q(database());
    if (run(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) && q.next())
        return q.value(0).toString();
    return {};
}

Status SqlStorage::saveSetting(const QString &key, const QString &value)
{
    const QString before = setting(key);
    Transaction tx(database());
    if (Status s = tx.status(); !s)
        return s;
    QSqlQuery q(database());
    if (value.isEmpty()) {
        if (Status s = run(q, QStringLiteral("DELETE FROM settings WHERE key = ?"), {key}); !s)
            return s;
    } else if (Status s = run(q,
                              QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                             "ON CONFLICT (key) DO UPDATE SET value = "
                                             "excluded.value"),
                              {key, value});
               !s) {
        return s;
    }
    if (Status s = writeJournal(QStringLiteral("settings.") + key, QStringLiteral("settings"), 0,
                                {}, before, value);
        !s)
        return s;
    return tx.commit();
}

// ---- Directory lists: providers, establishments, persons

namespace {

struct DirectoryColumn {
    QString value;       ///< the SQL of the cell
    QString sort;        ///< the SQL it sorts by
    bool number = false; ///< sorts as a number, not as text
};

/// The SQL of each kind's list: its table, joins and columns, in DirectoryRow's order.
struct DirectorySql {
    QString from;
    QString id;
    QString reference; ///< the latest convention
    QString town;      ///< the column the town filter compares
    int searchKind;    ///< the rowid % 4 of search_index
    QList<DirectoryColumn> columns;
};

const DirectorySql &directorySql(Directory kind)
{
    static const QString providerLatest =
        QStringLiteral("(SELECT c.%1 FROM conventions c WHERE c.provider_id = p.id "
                       "ORDER BY c.id DESC LIMIT 1)");
    const auto annexLatest = [](const QString &table, const QString &column) {
        return QStringLiteral("(SELECT c.reference FROM %1 x JOIN annex_versions av ON av.id = "
                              "x.annex_id JOIN conventions c ON c.id = av.convention_id WHERE "
                              "x.%2 ORDER BY av.id DESC LIMIT 1)")
            .arg(table, column);
    };
    const auto plain = [](const QString &sql) {
        return DirectoryColumn{sql, sql};
    };
    const auto text = [](const QString &sql) {
        return DirectoryColumn{sql, QStringLiteral("lower(%1)").arg(sql)};
    };
    static const DirectorySql providers{
        QStringLiteral("providers p"),
        QStringLiteral("p.id"),
        providerLatest.arg(QStringLiteral("reference")),
        QStringLiteral("p.address_town"),
        1,
        {DirectoryColumn{QStringLiteral("p.name"), QStringLiteral("p.name_key")},
         plain(QStringLiteral("p.siret")), plain(QStringLiteral("p.address_postcode")),
         DirectoryColumn{QStringLiteral("p.address_town"), QStringLiteral("p.town_key")},
         DirectoryColumn{QStringLiteral("trim(p.rep_first_name || ' ' || p.rep_last_name)"),
                         QStringLiteral("lower(p.rep_last_name || ' ' || p.rep_first_name)")},
         DirectoryColumn{
             QStringLiteral("(SELECT COUNT(*) FROM conventions c WHERE c.provider_id = p.id)"),
             QStringLiteral("(SELECT COUNT(*) FROM conventions c WHERE c.provider_id = p.id)"),
             true},
         plain(providerLatest.arg(QStringLiteral("reference"))),
         plain(providerLatest.arg(QStringLiteral("state")))}};
    static const DirectorySql establishments{
        QStringLiteral("establishments e JOIN providers p ON p.id = e.provider_id"),
        QStringLiteral("e.id"),
        annexLatest(QStringLiteral("annex_establishments"),
                    QStringLiteral("establishment_id = e.id")),
        QStringLiteral("e.town"),
        3,
        {plain(QStringLiteral("e.type")), text(QStringLiteral("e.name")),
         plain(QStringLiteral("e.postcode")), text(QStringLiteral("e.town")),
         DirectoryColumn{QStringLiteral("p.name"), QStringLiteral("p.name_key")},
         plain(QStringLiteral("e.monenfant_id")),
         plain(annexLatest(QStringLiteral("annex_establishments"),
                           QStringLiteral("establishment_id = e.id")))}};
    static const DirectorySql persons{
        QStringLiteral("persons pe JOIN providers p ON p.id = pe.provider_id"),
        QStringLiteral("pe.id"),
        annexLatest(QStringLiteral("annex_persons"), QStringLiteral("person_id = pe.id")),
        QStringLiteral("p.address_town"),
        2,
        {text(QStringLiteral("pe.last_name")), text(QStringLiteral("pe.first_name")),
         text(QStringLiteral("pe.job_title")), text(QStringLiteral("pe.email")),
         DirectoryColumn{QStringLiteral("p.name"), QStringLiteral("p.name_key")},
         plain(annexLatest(QStringLiteral("annex_persons"), QStringLiteral("person_id = pe.id")))}};
    switch (kind) {
    case Directory::Establishments:
        return establishments;
    case Directory::Persons:
        return persons;
    case Directory::Providers:
        break;
    }
    return providers;
}

} // namespace

QString SqlStorage::directoryWhere(const DirectoryFilter &f, QVariantList *binds) const
{
    const DirectorySql &sql = directorySql(f.kind);
    QStringList where;
    if (isPostgres()) {
        const QString alias = sql.id.section(QLatin1Char('.'), 0, 0);
        for (const QString &word : searchWords(f.text)) {
            where << Schema::searchMatch(alias);
            *binds << searchPattern(word);
        }
    } else if (const QString fts = ftsQuery(f.text); !fts.isEmpty()) {
        // search_index's rowid is the entity's id * 4 + its kind.
        where << sql.id +
                     QStringLiteral(" IN (SELECT rowid / 4 FROM search_index WHERE "
                                    "search_index MATCH ? AND rowid % 4 = ") +
                     QString::number(sql.searchKind) + QLatin1Char(')');
        *binds << fts;
    }
    if (!f.town.isEmpty()) {
        where << sql.town + QStringLiteral(" = ?");
        *binds << f.town;
    }
    if (!f.type.isEmpty() && f.kind != Directory::Persons) {
        where << (f.kind == Directory::Establishments
                      ? QStringLiteral("e.type = ?")
                      : QStringLiteral("EXISTS (SELECT 1 FROM establishments t WHERE "
                                       "t.provider_id = p.id AND t.type = ?)"));
        *binds << f.type;
    }
    return where.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

Expected<QList<DirectoryRow>> SqlStorage::directory(const DirectoryFilter &f) const
{
    const DirectorySql &sql = directorySql(f.kind);
    QVariantList binds;
    const QString where = directoryWhere(f, &binds);
    QStringList columns;
    for (const DirectoryColumn &c : sql.columns)
        columns << c.value;
    const DirectoryColumn &sortBy =
        sql.columns.at(std::clamp(f.sortColumn, 0, int(sql.columns.size()) - 1));
    const QString dir =
        f.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString text = QStringLiteral("SELECT ") + sql.id + QStringLiteral(", ") + sql.reference +
                   QStringLiteral(", ") + columns.join(QStringLiteral(", ")) +
                   QStringLiteral(" FROM ") + sql.from + where + QStringLiteral(" ORDER BY ") +
                   sortBy.sort + (sortBy.number ? QString() : textOrder()) + dir +
                   QStringLiteral(", ") + sql.id + dir;
    if (f.limit >= 0) {
        text += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << f.limit << f.offset;
    }
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (Status s = run(q, text, binds); !s)
        return s.error();
    QList<DirectoryRow> rows;
    const int count = int(sql.columns.size());
    while (q.next()) {
        DirectoryRow r;
        r.id = q.value(0).toLongLong();
        r.reference = q.value(1).toString();
        r.cells.reserve(count);
        for (int i = 0; i < count; ++i)
            r.cells << q.value(2 + i).toString();
        rows << r;
    }
    return rows;
}

Expected<int> SqlStorage::countDirectory(const DirectoryFilter &f) const
{
    QVariantList binds;
    const QString where = directoryWhere(f, &binds);
    QSqlQuery q(database());
    if (Status s = run(
            q, QStringLiteral("SELECT COUNT(*) FROM ") + directorySql(f.kind).from + where, binds);
        !s)
        return s.error();
    return q.next() ? q.value(0).toInt() : 0;
}

Expected<QStringList> SqlStorage::directoryTowns(Directory kind) const
{
    const QString town = directorySql(kind).town;
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (Status s = run(q, QStringLiteral("SELECT DISTINCT ") + town + QStringLiteral(" FROM ") +
                              directorySql(kind).from + QStringLiteral(" WHERE ") + town +
                              QStringLiteral(" <> ''"));
        !s)
        return s.error();
    QStringList towns;
    while (q.next())
        towns << q.value(0).toString();
    // In the French order, accents and case aside.
    QCollator collator{QLocale(QLocale::French, QLocale::France)};
    std::sort(towns.begin(), towns.end(), collator);
    return towns;
}

} // namespace habilis

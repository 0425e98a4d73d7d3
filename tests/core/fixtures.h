#pragma once

#include "io/jsonformat.h"
#include "storage/sqlstorage.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace habilis::fixtures {

/// The libpq connection string of the PostgreSQL database the tests run on, when CTest
/// registered the PostgreSQL variant of a test; empty for SQLite.
inline QString testPostgres()
{
    return qEnvironmentVariable("HABILIS_TEST_PG");
}

/// PostgreSQL: a new, empty schema of the test database, first in the search path of the
/// settings returned (the extensions stay in public, shared by every schema).
inline Expected<PgSettings> freshSchema()
{
    static int counter = 0;
    const QString schema = QStringLiteral("t%1_%2_%3")
                               .arg(QCoreApplication::applicationName().toLower())
                               .arg(QCoreApplication::applicationPid())
                               .arg(++counter);
    const QString pg = testPostgres();
    {
        QSqlDatabase admin =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("fixtures-admin"));
        admin.setConnectOptions(pg);
        if (!admin.open())
            return Error{admin.lastError().text()};
        QSqlQuery q(admin);
        for (const QString &sql :
             {QStringLiteral("SET client_min_messages = warning"),
              QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public"),
              QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"),
              QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(schema),
              QStringLiteral("CREATE SCHEMA %1").arg(schema)}) {
            if (!q.exec(sql))
                return Error{q.lastError().text() + u' ' + sql};
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixtures-admin"));
    return PgSettings::parse(pg + QStringLiteral(" options=-csearch_path=%1,public").arg(schema));
}

/// A new, empty database: in memory on SQLite, a new schema on PostgreSQL.
inline Expected<std::unique_ptr<SqlStorage>> openFresh()
{
    if (testPostgres().isEmpty())
        return SqlStorage::open(QStringLiteral(":memory:"));
    const Expected<PgSettings> settings = freshSchema();
    if (!settings)
        return settings.error();
    return SqlStorage::openPostgres(*settings);
}

/// PostgreSQL: the schema that stands for the SQLite file `path` in this test process, made
/// new on first use, so that a test opening the same "file" twice finds its data again.
inline Expected<PgSettings> schemaFor(const QString &path)
{
    static QHash<QString, PgSettings> schemas;
    if (const auto it = schemas.constFind(path); it != schemas.constEnd())
        return *it;
    Expected<PgSettings> settings = freshSchema();
    if (settings)
        schemas.insert(path, *settings);
    return settings;
}

/// The test's database at `path`: that SQLite file (or ":memory:"), or on PostgreSQL the
/// schema that stands for it.
inline Expected<std::unique_ptr<SqlStorage>> openDatabase(const QString &path)
{
    if (testPostgres().isEmpty())
        return SqlStorage::open(path);
    if (path == QLatin1String(":memory:"))
        return openFresh();
    const Expected<PgSettings> settings = schemaFor(path);
    if (!settings)
        return settings.error();
    return SqlStorage::openPostgres(*settings);
}

/// openDatabase(), or the test stops.
inline std::unique_ptr<SqlStorage> database(const QString &path)
{
    auto s = openDatabase(path);
    if (!s)
        qFatal("%s", qPrintable(s.errorString()));
    return std::move(s).value();
}

/// The options that make habilis-cli work on the test's database at `path`: --db on SQLite,
/// --pg with the schema that stands for it on PostgreSQL.
inline QStringList cliDatabase(const QString &path)
{
    if (testPostgres().isEmpty())
        return {QStringLiteral("--db"), path};
    const Expected<PgSettings> settings = schemaFor(path);
    if (!settings)
        qFatal("%s", qPrintable(settings.errorString()));
    return {QStringLiteral("--pg"), settings->toString()};
}

/// openFresh(), or the test stops.
inline std::unique_ptr<SqlStorage> fresh()
{
    auto s = openFresh();
    if (!s)
        qFatal("%s", qPrintable(s.errorString()));
    return std::move(s).value();
}

inline QJsonObject readJson(const QString &name)
{
    QFile f(QStringLiteral(HABILIS_FIXTURES "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("fixture %s missing", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline CafProfile caf(const QString &name)
{
    QList<FieldError> errors;
    const CafProfile c = JsonFormat::cafFromJson(readJson(name), &errors);
    if (!errors.isEmpty())
        qFatal("fixture %s: %s", qPrintable(name), qPrintable(joinErrors(errors)));
    return c;
}

inline HabilitationRequest request(const QString &name)
{
    QList<FieldError> errors;
    const HabilitationRequest r = JsonFormat::requestFromJson(readJson(name), &errors);
    if (!errors.isEmpty())
        qFatal("fixture %s: %s", qPrintable(name), qPrintable(joinErrors(errors)));
    return r;
}

/// An SQLite database at `path`, opened (created) or the test stops.
inline std::unique_ptr<SqlStorage> open(const QString &path)
{
    auto opened = SqlStorage::open(path);
    if (!opened)
        qFatal("%s", qPrintable(opened.errorString()));
    return std::move(opened).value();
}

/// How many entries the journal has: what "nothing written" is checked against.
inline int journalSize(const Storage &storage)
{
    const auto entries = storage.journal({});
    return entries ? int(entries->size()) : -1;
}

/// The Moissac convention (CS-82-2024-0001) in the database just opened: imported, then
/// checked, printed, mailed, returned and countersigned on its real dates; in force since
/// 1 March 2024, not activated.
inline std::unique_ptr<SqlStorage> moissacInForceIn(Expected<std::unique_ptr<SqlStorage>> opened);

/// The same in a new database at `path`, or a new schema on PostgreSQL.
inline std::unique_ptr<SqlStorage> moissacInForce(const QString &path)
{
    return moissacInForceIn(openDatabase(path));
}

/// The same, always in the SQLite file at `path`.
inline std::unique_ptr<SqlStorage> moissacInForceSqlite(const QString &path)
{
    return moissacInForceIn(SqlStorage::open(path));
}

inline std::unique_ptr<SqlStorage> moissacInForceIn(Expected<std::unique_ptr<SqlStorage>> opened)
{
    if (!opened)
        qFatal("%s", qPrintable(opened.errorString()));
    std::unique_ptr<SqlStorage> s = std::move(opened).value();
    if (!s->saveCaf(caf(QStringLiteral("caf-82.json"))).ok() ||
        !s->importRequest(request(QStringLiteral("moissac-2024.json"))).ok())
        qFatal("cannot import Moissac");
    const auto on = [](QDate d) {
        StepInput in;
        in.date = d;
        return in;
    };
    StepInput ret = on(QDate(2024, 2, 28));
    ret.signatory = QStringLiteral("Romain LOPEZ, Maire");
    ret.signedOn = QDate(2024, 2, 26);
    StepInput counter = on(QDate(2024, 3, 1));
    counter.signatory = QStringLiteral("Charlotte HUBERT-BOYER, Directrice");
    for (const auto &[step, in] :
         QList<QPair<Step, StepInput>>{{Step::Check, on(QDate(2024, 1, 16))},
                                       {Step::Issue, on(QDate(2024, 1, 20))},
                                       {Step::Mail, on(QDate(2024, 1, 22))},
                                       {Step::Return, ret},
                                       {Step::Countersign, counter}}) {
        if (const auto c =
                s->recordStep(QStringLiteral("CS-82-2024-0001"), step, in, QDate(2026, 11, 22));
            !c)
            qFatal("%s", qPrintable(c.errorString()));
    }
    return s;
}

/// Everything the database holds, to look for what it must not keep (a password): on SQLite
/// the bytes of the file and of its WAL, freed pages included; on PostgreSQL every row of
/// every table of the test's schema, as text.
inline QByteArray storedBytes(const SqlStorage &storage)
{
    const QSqlDatabase db = storage.database();
    QByteArray bytes;
    if (db.driverName() != QLatin1String("QPSQL")) {
        QFile file(storage.location());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(storage.location()));
        bytes = file.readAll();
        QFile wal(storage.location() + QStringLiteral("-wal"));
        if (wal.open(QIODevice::ReadOnly))
            bytes += wal.readAll();
        return bytes;
    }
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                    "table_schema = current_schema() AND table_type = 'BASE "
                                    "TABLE'")))
        qFatal("%s", qPrintable(tables.lastError().text()));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    if (names.isEmpty())
        qFatal("no table in the test's schema");
    for (const QString &table : std::as_const(names)) {
        QSqlQuery rows(db);
        if (!rows.exec(QStringLiteral("SELECT CAST(t AS text) FROM %1 t").arg(table)))
            qFatal("%s", qPrintable(rows.lastError().text()));
        while (rows.next())
            bytes += rows.value(0).toString().toUtf8() + '\n';
    }
    return bytes;
}

/// Rows in every table: what "nothing written" is checked against.
inline QMap<QString, int> rowCounts(const QSqlDatabase &db)
{
    QMap<QString, int> counts;
    for (const char *table : {"cafs", "providers", "establishments", "persons", "conventions",
                              "annex_versions", "annex_persons", "annex_establishments", "journal",
                              "settings", "reference_counters", "establishment_types"}) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        counts.insert(QLatin1String(table), q.next() ? q.value(0).toInt() : -1);
    }
    return counts;
}

} // namespace habilis::fixtures

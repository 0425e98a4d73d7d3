#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace habilis {

/// One step of the schema: the statements that bring version-1 to `version`. The steps run in
/// one transaction with the version written last, so a failed upgrade leaves nothing behind;
/// statements that can be are written to be safe to run again (IF NOT EXISTS, ON CONFLICT DO
/// NOTHING).
struct Migration {
    int version = 0;
    QStringList statements;
};

/// The database engines Habilis runs on.
enum class Engine { SQLite, PostgreSQL };

/// The versioned schema of the database (PRAGMA user_version on SQLite).
class Schema {
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    static Engine engine(const QSqlDatabase &db);
    /// The statement that opens a write transaction on the engine of `db`.
    static QString beginWrite(const QSqlDatabase &db);
    /// The same steps on both engines: PostgreSQL's are SQLite's with identity ids, and its
    /// own search (unaccent and trigram indexes) in place of FTS5.
    static const QList<Migration> &migrations(Engine engine = Engine::SQLite);
    static int latestVersion();
    /// The statements that create the search index and its triggers and fill it from the
    /// tables; safe to run again. Bulk writers drop the insert triggers and run these after.
    static QStringList searchIndexStatements(Engine engine = Engine::SQLite);
    /// The triggers bulk writers drop (PostgreSQL: "name ON table").
    static QStringList searchInsertTriggers(Engine engine = Engine::SQLite);
    /// PostgreSQL: the condition that a row known as `alias` has the word bound to its one
    /// placeholder (SqlStorage::searchQuery); its folded words are a stored, indexed column.
    static QString searchMatch(const QString &alias);
    /// The name of that column, PostgreSQL's alone: a copy between engines leaves it out.
    static QString searchColumn();
    static int version(const QSqlDatabase &db);
    /// Writes the schema version (inside the caller's transaction).
    static Status setVersion(QSqlDatabase &db, int version);

    /// Brings the database to the last of `steps`, in one transaction: every step from the
    /// current version on, then the version written last. On failure, nothing is changed.
    static Status migrate(QSqlDatabase &db, const QList<Migration> &steps);
    /// The same, to the last of the migrations of the engine of `db`.
    static Status migrate(QSqlDatabase &db);
};

} // namespace habilis

#include "dbcopy.h"

#include "schema.h"
#include "sqlstorage.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace habilis {

namespace {

Error sqlError(const QString &table, const QSqlQuery &q)
{
    return Error{DatabaseCopy::tr("Table %1: %2").arg(table, q.lastError().text().trimmed())};
}

/// The columns of `table`, in the order of the schema (the same migrations on both engines).
Expected<QStringList> columnsOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(table)))
        return sqlError(table, q);
    QStringList columns;
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i) {
        // Computed by PostgreSQL from the others; SQLite has its own index.
        if (r.fieldName(i) != Schema::searchColumn())
            columns << r.fieldName(i);
    }
    return columns;
}

/// A value as text, the same whatever the engine returned (integer types, NULL).
QString text(const QSqlQuery &q, int i)
{
    if (q.isNull(i))
        return QStringLiteral("\\N");
    return q.value(i).toString();
}

/// Every row of `table`, by the text of its key: the engines order text differently.
Expected<QHash<QString, QStringList>> rowsOf(const QSqlDatabase &db, const QString &table,
                                             const QStringList &columns, const QStringList &key)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u", "), table)))
        return sqlError(table, q);
    QList<int> keyIndexes;
    for (const QString &k : key)
        keyIndexes << int(columns.indexOf(k));
    QHash<QString, QStringList> rows;
    while (q.next()) {
        QStringList values;
        values.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            values << text(q, i);
        QStringList keyValues;
        for (int i : std::as_const(keyIndexes))
            keyValues << values.at(i);
        rows.insert(keyValues.join(QChar(0x1f)), values);
    }
    return rows;
}

Status exec(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Error{q.lastError().text().trimmed() + u' ' + sql.left(80)};
    return {};
}

} // namespace

const QList<QPair<QString, QStringList>> &DatabaseCopy::tables()
{
    const QStringList id{QStringLiteral("id")};
    static const QList<QPair<QString, QStringList>> list{
        {QStringLiteral("settings"), {QStringLiteral("key")}},
        {QStringLiteral("establishment_types"), {QStringLiteral("code")}},
        {QStringLiteral("cafs"), id},
        {QStringLiteral("providers"), id},
        {QStringLiteral("establishments"), id},
        {QStringLiteral("persons"), id},
        {QStringLiteral("reference_counters"), {QStringLiteral("prefix")}},
        {QStringLiteral("conventions"), id},
        {QStringLiteral("annex_versions"), id},
        {QStringLiteral("annex_persons"),
         {QStringLiteral("annex_id"), QStringLiteral("person_id")}},
        {QStringLiteral("annex_establishments"),
         {QStringLiteral("annex_id"), QStringLiteral("establishment_id")}},
        {QStringLiteral("convention_events"), id},
        {QStringLiteral("amendments"), id},
        {QStringLiteral("person_identifiers"), {QStringLiteral("person_id")}},
        {QStringLiteral("credential_issuances"), id},
        {QStringLiteral("journal"), id},
    };
    return list;
}

Expected<QList<DatabaseCopy::Table>> DatabaseCopy::copy(SqlStorage &from, SqlStorage &to)
{
    if (from.schemaVersion() != to.schemaVersion()) {
        return Error{tr("The two databases have different schemas (%1 and %2).")
                         .arg(from.schemaVersion())
                         .arg(to.schemaVersion())};
    }
    QSqlDatabase source = from.database();
    QSqlDatabase target = to.database();
    for (const char *table : {"cafs", "providers", "conventions", "journal"}) {
        QSqlQuery q(target);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table)) || !q.next())
            return sqlError(QLatin1String(table), q);
        if (q.value(0).toInt() > 0) {
            return Error{tr("The database %1 is not empty: the copy goes only into a new one.")
                             .arg(to.location())};
        }
    }
    const Engine engine = Schema::engine(target);
    if (Status s = exec(target, Schema::beginWrite(target)); !s)
        return s.error();
    const auto fail = [&target](const Error &e) -> Error {
        exec(target, QStringLiteral("ROLLBACK")).ok();
        return Error{tr("Nothing was copied: %1").arg(e.message)};
    };
    // SQLite: the search index is built once at the end, not row by row.
    for (const QString &trigger : Schema::searchInsertTriggers(engine)) {
        if (Status s = exec(target, QStringLiteral("DROP TRIGGER IF EXISTS ") + trigger); !s)
            return fail(s.error());
    }
    // What a new database holds already: the types and settings of its first migrations.
    for (const char *table : {"settings", "establishment_types"}) {
        if (Status s = exec(target, QStringLiteral("DELETE FROM ") + QLatin1String(table)); !s)
            return fail(s.error());
    }
    QList<Table> copied;
    for (const auto &[table, key] : tables()) {
        const Expected<QStringList> columns = columnsOf(source, table);
        if (!columns)
            return fail(columns.error());
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns->join(u", "), table)))
            return fail(sqlError(table, read));
        QSqlQuery write(target);
        if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns->join(u", "),
                                    QStringList(columns->size(), QStringLiteral("?")).join(u", "))))
            return fail(sqlError(table, write));
        Table t{table, 0};
        while (read.next()) {
            for (int i = 0; i < columns->size(); ++i)
                write.bindValue(i, read.isNull(i) ? QVariant() : read.value(i));
            if (!write.exec())
                return fail(sqlError(table, write));
            ++t.rows;
        }
        copied << t;
        // PostgreSQL: the identity goes on after the ids copied.
        if (engine == Engine::PostgreSQL && key == QStringList{QStringLiteral("id")}) {
            if (Status s = exec(target, QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', "
                                                       "'id'), COALESCE(MAX(id), 0) + 1, false) "
                                                       "FROM %1")
                                            .arg(table));
                !s)
                return fail(s.error());
        }
    }
    for (const QString &sql : Schema::searchIndexStatements(engine)) {
        if (Status s = exec(target, sql); !s)
            return fail(s.error());
    }
    if (Status s = exec(target, QStringLiteral("COMMIT")); !s)
        return fail(s.error());
    return copied;
}

Expected<QList<DatabaseCopy::Table>> DatabaseCopy::verify(SqlStorage &a, SqlStorage &b)
{
    QList<Table> checked;
    for (const auto &[table, key] : tables()) {
        const Expected<QStringList> columns = columnsOf(a.database(), table);
        if (!columns)
            return columns.error();
        const auto left = rowsOf(a.database(), table, *columns, key);
        if (!left)
            return left.error();
        const auto right = rowsOf(b.database(), table, *columns, key);
        if (!right)
            return right.error();
        if (left->size() != right->size()) {
            return Error{tr("Table %1: %2 rows in %3, %4 in %5.")
                             .arg(table)
                             .arg(left->size())
                             .arg(a.location())
                             .arg(right->size())
                             .arg(b.location())};
        }
        for (auto it = left->cbegin(); it != left->cend(); ++it) {
            const auto other = right->constFind(it.key());
            if (other == right->cend() || *other != it.value()) {
                QString column;
                for (int i = 0; other != right->cend() && i < columns->size(); ++i) {
                    if (other->at(i) != it.value().at(i)) {
                        column = columns->at(i);
                        break;
                    }
                }
                return Error{tr("Table %1, row %2: differs (%3).")
                                 .arg(table, QString(it.key()).replace(QChar(0x1f), u'/'),
                                      column.isEmpty() ? tr("missing") : column)};
            }
        }
        checked << Table{table, int(left->size())};
    }
    return checked;
}

} // namespace habilis

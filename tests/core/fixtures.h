#pragma once

#include "io/jsonformat.h"
#include "storage/sqlstorage.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

namespace habilis::fixtures {

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

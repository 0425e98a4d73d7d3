#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace habilis {

class SqlStorage;

/// Moving a workstation to the server and back: every row of every table, ids kept, from one
/// database into an empty one of either engine, then compared row for row.
class DatabaseCopy {
    Q_DECLARE_TR_FUNCTIONS(DatabaseCopy)
public:
    struct Table {
        QString name;
        int rows = 0;
    };

    /// The tables in an order their references allow, with the columns that identify a row.
    static const QList<QPair<QString, QStringList>> &tables();

    /// Copies `from` into `to`, which must hold no Caf, provider nor convention yet, in one
    /// transaction of `to`: on failure it keeps nothing.
    static Expected<QList<Table>> copy(SqlStorage &from, SqlStorage &to);

    /// Compares both databases row for row; the tables and their rows when all are equal,
    /// else the first difference.
    static Expected<QList<Table>> verify(SqlStorage &a, SqlStorage &b);
};

} // namespace habilis

#pragma once

#include "error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace habilis {

/// One record of a CSV file and the line it starts on (1-based).
struct CsvRecord {
    int line = 0;
    QStringList fields;
};

/// RFC 4180 CSV as French spreadsheets write and read it.
class Csv {
    Q_DECLARE_TR_FUNCTIONS(Csv)
public:
    /// Parses UTF-8 text (with or without BOM). The separator is ';', ',' or tab, whichever the
    /// first line uses most. Empty lines are skipped. A broken quote is an error naming the line.
    static Expected<QList<CsvRecord>> parse(const QByteArray &data);

    /// A cell written for a spreadsheet: quoted when needed, and neutralised (a leading quote)
    /// when it begins with =, +, -, @, tab or CR, so that it is never run as a formula.
    static QString cell(const QString &value);

    /// A whole file: UTF-8 with BOM, ';' separators, CRLF line ends.
    static QByteArray write(const QList<QStringList> &rows);
};

} // namespace habilis

#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

namespace habilis {

/// A list printed as a table: A4 landscape, the title and the header row on every page,
/// page numbers. Values are painted as plain text (never markup), wrapped to their column;
/// the columns share the width as their content needs.
class TablePdf {
    Q_DECLARE_TR_FUNCTIONS(TablePdf)
public:
    QString title;
    QString subtitle;
    QStringList headers;
    int rowCount = 0;
    std::function<QStringList(int)> row; ///< the cells of row i, in the order of headers

    /// Writes the PDF (PDF/A-1b, fonts embedded) to `path`, or nothing on failure. Needs a
    /// QGuiApplication (fonts).
    Status write(const QString &path) const;
};

} // namespace habilis

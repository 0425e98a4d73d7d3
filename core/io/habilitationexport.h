#pragma once

#include "error.h"
#include "storage/storage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace habilis {

enum class ExportFormat { Csv, Xlsx, Pdf };

/// A list of habilitations to export, with the title printed above it.
struct HabilitationList {
    QString title;    ///< "Habilitations en vigueur au 23/11/2026 — Caf de la Savoie"
    QString subtitle; ///< the filters, or the provider and the annex version
    QString sheet;    ///< the name of the spreadsheet's sheet
    QList<HabilitationRow> rows;
};

/// The exports of annex lists as CSV, XLSX and PDF. The three formats come from one definition
/// of the columns (headers(), cells()), so that they never disagree.
class HabilitationExport {
    Q_DECLARE_TR_FUNCTIONS(HabilitationExport)
public:
    /// The habilitations in force on filter.date (today when null), titled with the day, the
    /// Caf and the filters.
    static Expected<HabilitationList> habilitations(const Storage &storage,
                                                    HabilitationFilter filter);
    /// Annex 1 of one convention on `date` (today when null): the version in force, or before
    /// the signature the version to be signed.
    static Expected<HabilitationList> annex(const Storage &storage, const QString &reference,
                                            QDate date = {});

    /// The French column headers.
    static QStringList headers();
    /// The cells of a row as text, in the order of headers(): scopes "oui"/"non", the day the
    /// annex came in force as DD/MM/YYYY.
    static QStringList cells(const HabilitationRow &row);

    /// "csv", "xlsx" or "pdf" (case ignored).
    static std::optional<ExportFormat> formatFromCode(const QString &code);
    /// The format a file name's extension says, if any.
    static std::optional<ExportFormat> formatFromPath(const QString &path);
    static QStringList formatCodes();

    /// The CSV bytes: UTF-8 with BOM, ';', CRLF, RFC 4180, formulas neutralised: Csv::write's
    /// format, written a row at a time.
    static QByteArray toCsv(const QList<HabilitationRow> &rows);

    /// Writes `list` to `path` in `format`; on failure, an error naming the file and nothing
    /// written at `path`.
    static Status write(const HabilitationList &list, ExportFormat format, const QString &path);
    static Status writeCsv(const HabilitationList &list, const QString &path);
    /// XLSX through libxlsxwriter: bold header row, frozen, with an autofilter; columns sized to
    /// their content; every value a string (never a formula), dates as dates.
    static Status writeXlsx(const HabilitationList &list, const QString &path);
    /// PDF, A4 landscape (TablePdf); needs a QGuiApplication.
    static Status writePdf(const HabilitationList &list, const QString &path);
};

} // namespace habilis

#include "habilitationexport.h"

#include "domain/dates.h"
#include "domain/labels.h"
#include "io/csv.h"
#include "io/tablepdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

#include <xlsxwriter.h>

#include <algorithm>
#include <memory>

namespace habilis {

namespace {

/// The columns of every format.
struct Column {
    const char *header;
    bool date; ///< a date in the spreadsheet, DD/MM/YYYY as text elsewhere
};

const Column kColumns[] = {
    {QT_TRANSLATE_NOOP("HabilitationExport", "Reference"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "Caf"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "Provider"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "SIRET"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "Civility"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "Last name"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "First name"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "Job title"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "Email"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "Type"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "Establishment"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "Address"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "Postcode"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "Town"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "Functioning"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "Availability"), false},
    {QT_TRANSLATE_NOOP("HabilitationExport", "In force since"), true},
};
constexpr int kColumnCount = int(std::size(kColumns));

QString yesNo(bool v)
{
    return v ? HabilitationExport::tr("yes") : HabilitationExport::tr("no");
}

/// libxlsxwriter wants 8-bit C strings: UTF-8, kept alive as long as the call.
struct Utf8 {
    explicit Utf8(const QString &s)
        : bytes(s.toUtf8())
    {}
    const char *c() const { return bytes.constData(); }
    QByteArray bytes;
};

Error xlsxError(const QString &path, lxw_error error)
{
    return Error{
        HabilitationExport::tr("%1: the spreadsheet cannot be written (libxlsxwriter: %2).")
            .arg(path, QString::fromUtf8(lxw_strerror(error)))};
}

} // namespace

QStringList HabilitationExport::headers()
{
    QStringList list;
    for (const Column &c : kColumns)
        list << tr(c.header);
    return list;
}

QStringList HabilitationExport::cells(const HabilitationRow &r)
{
    return {r.reference,
            r.cafDepartement,
            r.providerName,
            r.providerSiret,
            Labels::display(r.person.civility),
            r.person.lastName,
            r.person.firstName,
            r.person.jobTitle,
            r.person.email,
            r.establishment.type,
            r.establishment.name,
            r.establishment.address,
            r.establishment.postcode,
            r.establishment.town,
            yesNo(r.scope.functioning),
            yesNo(r.scope.availability),
            dates::display(r.inForceSince)};
}

std::optional<ExportFormat> HabilitationExport::formatFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == u"csv")
        return ExportFormat::Csv;
    if (c == u"xlsx")
        return ExportFormat::Xlsx;
    if (c == u"pdf")
        return ExportFormat::Pdf;
    return std::nullopt;
}

std::optional<ExportFormat> HabilitationExport::formatFromPath(const QString &path)
{
    return formatFromCode(QFileInfo(path).suffix());
}

QStringList HabilitationExport::formatCodes()
{
    return {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")};
}

Expected<HabilitationList> HabilitationExport::habilitations(const Storage &storage,
                                                             HabilitationFilter filter)
{
    if (!filter.date.isValid())
        filter.date = QDate::currentDate();
    filter.anyState = false;
    HabilitationList list;
    list.title = tr("Habilitations in force on %1").arg(dates::display(filter.date));
    if (!filter.cafDepartement.trimmed().isEmpty()) {
        const Expected<CafProfile> caf = storage.caf(filter.cafDepartement.trimmed().toUpper());
        if (!caf)
            return caf.error();
        list.title += QStringLiteral(" — ") + caf->name;
    }
    Expected<QList<HabilitationRow>> rows = storage.habilitations(filter);
    if (!rows)
        return rows.error();
    list.rows = std::move(rows).value();
    QStringList parts;
    if (!filter.reference.trimmed().isEmpty())
        parts << tr("convention: %1").arg(filter.reference.trimmed().toUpper());
    if (!filter.provider.trimmed().isEmpty())
        parts << tr("provider: %1").arg(filter.provider.trimmed());
    if (!filter.type.trimmed().isEmpty())
        parts << tr("type: %1").arg(filter.type.trimmed().toUpper());
    if (!filter.town.trimmed().isEmpty())
        parts << tr("town: %1").arg(filter.town.trimmed());
    parts << tr("%Ln line(s)", nullptr, int(list.rows.size()));
    list.subtitle = parts.join(QStringLiteral(" ; "));
    list.sheet = tr("Habilitations");
    return list;
}

Expected<HabilitationList> HabilitationExport::annex(const Storage &storage,
                                                     const QString &reference, QDate date)
{
    if (!date.isValid())
        date = QDate::currentDate();
    const Expected<ConventionDetail> detail = storage.convention(reference, date);
    if (!detail)
        return detail.error();
    HabilitationFilter filter;
    filter.date = date;
    filter.reference = detail->convention.reference;
    filter.anyState = true;
    Expected<QList<HabilitationRow>> rows = storage.habilitations(filter);
    if (!rows)
        return rows.error();
    HabilitationList list;
    list.rows = std::move(rows).value();
    list.title = tr("Annex 1 — %1").arg(detail->convention.reference);
    QString version = detail->annex.validFrom.isValid()
                          ? tr("version %1, in force since %2")
                                .arg(detail->annex.version)
                                .arg(dates::display(detail->annex.validFrom))
                          : tr("version %1, to be signed").arg(detail->annex.version);
    const Convention &c = detail->convention;
    if (c.terminatedOn.isValid() && c.terminatedOn <= date)
        version += u' ' + tr("(convention ended on %1)").arg(dates::display(c.terminatedOn));
    list.subtitle = detail->provider.name + QStringLiteral(" — ") + version +
                    QStringLiteral(" — ") + tr("%Ln line(s)", nullptr, int(list.rows.size()));
    list.sheet = tr("Annex 1");
    return list;
}

QByteArray HabilitationExport::toCsv(const QList<HabilitationRow> &rows)
{
    // Csv::write's format, a row at a time: the national list is not copied into a table first.
    QString out;
    out.reserve(rows.size() * 200 + 300);
    out += QChar(0xFEFF);
    const auto line = [&out](const QStringList &values) {
        for (qsizetype c = 0; c < values.size(); ++c) {
            if (c > 0)
                out += QLatin1Char(';');
            out += Csv::cell(values.at(c));
        }
        out += QLatin1String("\r\n");
    };
    line(headers());
    for (const HabilitationRow &r : rows)
        line(cells(r));
    return out.toUtf8();
}

Status HabilitationExport::write(const HabilitationList &list, ExportFormat format,
                                 const QString &path)
{
    switch (format) {
    case ExportFormat::Csv:
        return writeCsv(list, path);
    case ExportFormat::Xlsx:
        return writeXlsx(list, path);
    case ExportFormat::Pdf:
        return writePdf(list, path);
    }
    return Error{tr("%1: unknown export format.").arg(path)};
}

Status HabilitationExport::writeCsv(const HabilitationList &list, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(list.rows)) < 0 || !file.commit())
        return Error{tr("%1: the file cannot be written (%2).").arg(path, file.errorString())};
    return {};
}

Status HabilitationExport::writeXlsx(const HabilitationList &list, const QString &path)
{
    // Excel's limit, header included.
    if (list.rows.size() >= 1048576) {
        return Error{tr("%1: %2 lines are more than a spreadsheet holds (1 048 575); filter the "
                        "list.")
                         .arg(path)
                         .arg(list.rows.size())};
    }
    // Written beside the target, then renamed: a failure leaves no half-written file.
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".habilis-XXXXXX.xlsx")));
    if (!temp.open())
        return Error{tr("%1: the file cannot be written (%2).").arg(path, temp.errorString())};
    temp.close();

    // Constant memory: each row goes to a temporary file as soon as written, so that the
    // national list does not sit in memory twice.
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray tempName = QFile::encodeName(temp.fileName());
    lxw_workbook *workbook = workbook_new_opt(tempName.constData(), &options);
    if (!workbook)
        return Error{tr("%1: the spreadsheet cannot be created.").arg(path)};

    const Utf8 title(list.title), creator(QStringLiteral("Habilis"));
    lxw_doc_properties properties{};
    properties.title = const_cast<char *>(title.c());
    properties.author = const_cast<char *>(creator.c());
    workbook_set_properties(workbook, &properties);

    // Sheet names: at most 31 characters, none of []:*?/\ (tr() texts are plain words).
    const Utf8 sheetName(list.sheet.isEmpty() ? tr("Habilitations") : list.sheet.left(31));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName.c());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "dd/mm/yyyy");
    lxw_error error = sheet ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;

    // Widths that fit: the longest value of each column, in characters, within bounds.
    const QStringList head = headers();
    QList<int> widths;
    for (const QString &h : head)
        widths << int(h.size()) + 2;
    for (const HabilitationRow &r : list.rows) {
        const QStringList values = cells(r);
        for (int c = 0; c < kColumnCount; ++c)
            widths[c] = std::max(widths.at(c), int(values.at(c).size()));
    }
    for (int c = 0; c < kColumnCount && !error; ++c) {
        error = worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                                     std::clamp(widths.at(c) + 1, 6, 60), nullptr);
    }
    if (!error) {
        worksheet_freeze_panes(sheet, 1, 0);
        error = worksheet_autofilter(sheet, 0, 0, lxw_row_t(list.rows.size()),
                                     lxw_col_t(kColumnCount - 1));
    }
    for (int c = 0; c < kColumnCount && !error; ++c)
        error = worksheet_write_string(sheet, 0, lxw_col_t(c), Utf8(head.at(c)).c(), bold);

    // Strings are written as strings: a value beginning with = stays text, never a formula.
    lxw_row_t row = 1;
    for (auto it = list.rows.cbegin(); it != list.rows.cend() && !error; ++it, ++row) {
        const QStringList values = cells(*it);
        for (int c = 0; c < kColumnCount && !error; ++c) {
            if (kColumns[c].date) {
                const QDate d = it->inForceSince;
                if (d.isValid()) {
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0};
                    error = worksheet_write_datetime(sheet, row, lxw_col_t(c), &dt, dateFormat);
                }
            } else if (!values.at(c).isEmpty()) {
                error = worksheet_write_string(sheet, row, lxw_col_t(c), Utf8(values.at(c)).c(),
                                               nullptr);
            }
        }
    }
    // Closing writes the file and frees the workbook, even after an error.
    const lxw_error closed = workbook_close(workbook);
    if (error)
        return xlsxError(path, error);
    if (closed)
        return xlsxError(path, closed);
    if (QFile::exists(path) && !QFile::remove(path))
        return Error{tr("%1: the file cannot be replaced.").arg(path)};
    if (!QFile::rename(temp.fileName(), path))
        return Error{tr("%1: the file cannot be replaced.").arg(path)};
    temp.setAutoRemove(false);
    return {};
}

Status HabilitationExport::writePdf(const HabilitationList &list, const QString &path)
{
    TablePdf table;
    table.title = list.title;
    table.subtitle = list.subtitle;
    table.headers = headers();
    table.rowCount = int(list.rows.size());
    table.row = [&list](int i) {
        return cells(list.rows.at(i));
    };
    return table.write(path);
}

} // namespace habilis

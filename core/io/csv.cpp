#include "csv.h"

#include <QStringDecoder>

namespace habilis {

Expected<QList<CsvRecord>> Csv::parse(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(data);
    if (decoder.hasError()) {
        return Error{tr("The file is not in UTF-8. In the spreadsheet, save it as \"CSV UTF-8\".")};
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    // The separator the header uses most, outside quotes.
    QChar separator = QLatin1Char(';');
    {
        int semicolons = 0, commas = 0, tabs = 0;
        bool quoted = false;
        for (QChar c : text) {
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && (c == u'\n' || c == u'\r'))
                break;
            else if (!quoted && c == u';')
                ++semicolons;
            else if (!quoted && c == u',')
                ++commas;
            else if (!quoted && c == u'\t')
                ++tabs;
        }
        if (commas > semicolons && commas >= tabs)
            separator = QLatin1Char(',');
        else if (tabs > semicolons && tabs > commas)
            separator = QLatin1Char('\t');
    }

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    int recordLine = 1;
    bool quoted = false;    // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and is closed
    bool fieldStarted = false;
    const auto endField = [&]() {
        record.fields << field;
        field.clear();
        wasQuoted = false;
        fieldStarted = false;
    };
    const auto endRecord = [&]() {
        endField();
        const bool empty = record.fields.size() == 1 && record.fields.constFirst().isEmpty();
        if (!empty) {
            record.line = recordLine;
            records << record;
        }
        record = CsvRecord();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == separator) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else if (wasQuoted) {
            return Error{tr("line %1: unexpected text after a closing quote (a quote inside a "
                            "quoted cell is written twice: \"\").")
                             .arg(line)};
        } else if (c == u'"') {
            if (fieldStarted) {
                return Error{tr("line %1: a quote in the middle of an unquoted cell (put the "
                                "whole cell in quotes and write the quote twice).")
                                 .arg(line)};
            }
            quoted = true;
            fieldStarted = true;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return Error{tr("line %1: a quoted cell is never closed (missing \").").arg(recordLine)};
    }
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

QString Csv::cell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty()) {
        const QChar first = v.at(0);
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            v.prepend(QLatin1Char('\''));
    }
    if (v.contains(QLatin1Char(';')) || v.contains(QLatin1Char('"')) ||
        v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r')) ||
        v.contains(QLatin1Char(','))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

QByteArray Csv::write(const QList<QStringList> &rows)
{
    QString out;
    out += QChar(0xFEFF);
    for (const QStringList &row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString &v : row)
            cells << cell(v);
        out += cells.join(QLatin1Char(';'));
        out += QLatin1String("\r\n");
    }
    return out.toUtf8();
}

} // namespace habilis

#include "tablepdf.h"

#include "documents/pdfwriter.h"
#include "domain/dates.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace habilis {

namespace {

constexpr int kMaxLines = 3; // a cell longer than this is elided

QString oneLine(const QString &text)
{
    return text.simplified();
}

/// `text` cut into at most `maxLines` lines of `width`: at word boundaries, or anywhere for a
/// word too long (an email); the last line elided.
QStringList wrap(const QString &text, const QFont &font, const QFontMetricsF &fm,
                 QPaintDevice *device, qreal width, int maxLines)
{
    if (text.isEmpty())
        return {};
    if (fm.horizontalAdvance(text) <= width)
        return {text};
    QTextLayout layout(text, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QStringList lines;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            lines << fm.elidedText(text.mid(line.textStart()).trimmed(), Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

/// The lines of the cells, wrapped once for every cell of the same text in the same column:
/// values repeat down a column. Bounded, so that memory stays flat.
class CellLines {
public:
    template <typename Wrap>
    const QStringList &lines(qsizetype column, const QString &text, const Wrap &wrap)
    {
        const QString key = QString::number(column) + QChar(0x1f) + text;
        auto it = m_lines.constFind(key);
        if (it == m_lines.cend()) {
            if (m_lines.size() >= 200000)
                m_lines.clear();
            it = m_lines.insert(key, wrap());
        }
        return *it;
    }

private:
    QHash<QString, QStringList> m_lines;
};

} // namespace

Status TablePdf::write(const QString &path) const
{
    // Fonts live in QtGui and need its application object; a console tool must create one.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return Error{tr("%1: the PDF cannot be written without the graphical libraries (no "
                        "QGuiApplication).")
                         .arg(path)};
    }
    const qsizetype columns = headers.size();
    if (columns == 0)
        return Error{tr("%1: the table to print has no columns.").arg(path)};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("%1: the file cannot be written (%2).").arg(path, file.errorString())};

    // Habilis's own PDF writer (documents/pdfwriter.h): A4 landscape, PDF/A-1b, fonts
    // embedded once as subsets; the national list is thousands of pages.
    constexpr int dpi = 300;
    const QSizeF paper = pdf::Canvas::a4LandscapePoints();
    pdf::Writer writer(&file, title, dpi, paper);
    pdf::Canvas canvas(writer.resources(), dpi, paper);
    QPaintDevice *device = &canvas;
    const auto mm = [](qreal v) {
        return v * dpi / 25.4;
    };
    const QPointF margin(mm(10), mm(10));
    const QRectF page(QPointF(0, 0),
                      QSizeF(canvas.width() - 2 * margin.x(), canvas.height() - 2 * margin.y()));

    QFont body;
    body.setFamilies({QStringLiteral("DejaVu Sans Condensed"), QStringLiteral("DejaVu Sans"),
                      QStringLiteral("Liberation Sans Narrow"), QStringLiteral("Sans Serif")});
    body.setPointSizeF(6.5);
    QFont bold = body;
    bold.setBold(true);
    QFont titleFont = bold;
    titleFont.setPointSizeF(11);
    QFont subtitleFont = body;
    subtitleFont.setPointSizeF(8);
    const QFontMetricsF fm(body, device);
    const QFontMetricsF boldFm(bold, device);
    const QFontMetricsF titleFm(titleFont, device);
    const QFontMetricsF subtitleFm(subtitleFont, device);

    // Columns: each as wide as its content (a sample of rows) and its header's longest word;
    // when that is too wide, the columns wider than a common cap are cut to it (the narrow ones
    // keep their width).
    const qreal pad = mm(1.0);
    QList<qreal> natural, floor;
    for (qsizetype c = 0; c < columns; ++c) {
        qreal word = 0;
        for (const QString &w : headers.at(c).split(u' '))
            word = std::max(word, boldFm.horizontalAdvance(w));
        floor << word + 2 * pad;
        natural << std::max(floor.constLast(),
                            boldFm.horizontalAdvance(headers.at(c)) / 2 + 2 * pad);
    }
    const int stride = std::max(1, rowCount / 2000);
    for (int i = 0; i < rowCount; i += stride) {
        const QStringList cells = row(i);
        for (qsizetype c = 0; c < columns && c < cells.size(); ++c) {
            natural[c] = std::max(
                natural.at(c),
                std::min(fm.horizontalAdvance(oneLine(cells.at(c))) + 2 * pad, page.width() / 4));
        }
    }
    // Short values (a reference, a SIRET, a date) are never cut: their column keeps its width
    // when the sum of these floors allows it.
    QList<qreal> unbroken = floor;
    for (qsizetype c = 0; c < columns; ++c) {
        if (natural.at(c) <= mm(22))
            unbroken[c] = natural.at(c);
    }
    if (std::accumulate(unbroken.begin(), unbroken.end(), 0.0) <= page.width())
        floor = unbroken;
    const auto widthsFor = [&](qreal cap) {
        QList<qreal> w;
        for (qsizetype c = 0; c < columns; ++c)
            w << std::max(floor.at(c), std::min(natural.at(c), cap));
        return w;
    };
    const auto sumOf = [](const QList<qreal> &w) {
        return std::accumulate(w.begin(), w.end(), 0.0);
    };
    // The widest cap that fits (the sum grows with the cap).
    qreal low = 0, high = page.width();
    for (int k = 0; k < 40; ++k) {
        const qreal mid = (low + high) / 2;
        (sumOf(widthsFor(mid)) <= page.width() ? low : high) = mid;
    }
    QList<qreal> width = widthsFor(low);
    // Spare room is shared out; floors wider than the page shrink everything alike.
    const qreal sum = sumOf(width);
    for (qreal &w : width)
        w *= page.width() / sum;
    QList<qreal> left;
    qreal x = 0;
    for (qreal w : width) {
        left << x;
        x += w;
    }
    const auto textWidth = [&](qsizetype c) {
        return width.at(c) - 2 * pad;
    };

    // The top of every page: title, subtitle, header row.
    const qreal titleHeight =
        titleFm.lineSpacing() + (subtitle.isEmpty() ? 0 : subtitleFm.lineSpacing()) + mm(2);
    QList<QStringList> headerLines;
    int headerRows = 1;
    for (qsizetype c = 0; c < columns; ++c) {
        headerLines << wrap(headers.at(c), bold, boldFm, device, textWidth(c), kMaxLines);
        headerRows = std::max(headerRows, int(headerLines.constLast().size()));
    }
    const qreal headerHeight = headerRows * boldFm.lineSpacing() + 2 * pad;
    const qreal footerHeight = fm.lineSpacing() + mm(2);
    const qreal bodyTop = titleHeight + headerHeight;
    const qreal bodyBottom = page.height() - footerHeight;

    CellLines wrapped;
    const auto cellLines = [&](qsizetype c, const QString &text) -> const QStringList & {
        return wrapped.lines(c, text,
                             [&] { return wrap(text, body, fm, device, textWidth(c), kMaxLines); });
    };

    // First pass: the height of every row, hence the pages (the total is printed on each).
    QList<quint8> lines(rowCount, 1);
    QList<int> pageStarts{0};
    qreal y = bodyTop;
    for (int i = 0; i < rowCount; ++i) {
        const QStringList cells = row(i);
        int n = 1;
        for (qsizetype c = 0; c < columns && c < cells.size(); ++c)
            n = std::max(n, int(cellLines(c, oneLine(cells.at(c))).size()));
        lines[i] = quint8(n);
        const qreal h = n * fm.lineSpacing() + 2 * pad;
        if (y + h > bodyBottom && y > bodyTop) {
            pageStarts << i;
            y = bodyTop;
        }
        y += h;
    }
    const int pages = int(pageStarts.size());

    QPainter painter;
    if (!painter.begin(device))
        return Error{tr("%1: the PDF cannot be written.").arg(path)};
    // Rules and fills through the painter, text from its glyphs (pdf::Content::addText), both
    // in the page's content, in the order painted.
    painter.translate(margin);
    pdf::Content content;
    pdf::TextCache shaped;
    const auto drawText = [&](QPointF baseline, const QString &text, const QFont &font) {
        content.addText(writer.resources(), text, font, device, baseline + margin, Qt::black,
                        &shaped);
    };
    const QColor headerFill(225, 225, 225);
    const QColor stripeFill(244, 244, 244);
    const QPen rule(QColor(150, 150, 150), mm(0.15));
    for (int p = 0; p < pages; ++p) {
        content = pdf::Content();
        canvas.setTarget(&content);
        drawText(QPointF(0, titleFm.ascent()),
                 titleFm.elidedText(title, Qt::ElideRight, page.width()), titleFont);
        if (!subtitle.isEmpty()) {
            drawText(QPointF(0, titleFm.lineSpacing() + subtitleFm.ascent()),
                     subtitleFm.elidedText(subtitle, Qt::ElideRight, page.width()), subtitleFont);
        }
        painter.fillRect(QRectF(0, titleHeight, page.width(), headerHeight), headerFill);
        for (qsizetype c = 0; c < columns; ++c) {
            const QStringList &hl = headerLines.at(c);
            for (qsizetype l = 0; l < hl.size(); ++l) {
                drawText(QPointF(left.at(c) + pad, titleHeight + pad + boldFm.ascent() +
                                                       qreal(l) * boldFm.lineSpacing()),
                         hl.at(l), bold);
            }
        }
        painter.setPen(rule);
        painter.drawLine(QPointF(0, bodyTop), QPointF(page.width(), bodyTop));

        y = bodyTop;
        const int end = p + 1 < pages ? pageStarts.at(p + 1) : rowCount;
        for (int i = pageStarts.at(p); i < end; ++i) {
            const qreal h = lines.at(i) * fm.lineSpacing() + 2 * pad;
            if (i % 2 == 1)
                painter.fillRect(QRectF(0, y, page.width(), h), stripeFill);
            const QStringList cells = row(i);
            for (qsizetype c = 0; c < columns && c < cells.size(); ++c) {
                const QStringList cl = cellLines(c, oneLine(cells.at(c)));
                for (qsizetype l = 0; l < cl.size(); ++l) {
                    drawText(QPointF(left.at(c) + pad,
                                     y + pad + fm.ascent() + qreal(l) * fm.lineSpacing()),
                             cl.at(l), body);
                }
            }
            y += h;
            painter.setPen(rule);
            painter.drawLine(QPointF(0, y), QPointF(page.width(), y));
        }
        if (rowCount == 0)
            drawText(QPointF(pad, bodyTop + pad + fm.ascent()), tr("No line."), body);

        const qreal footerBase = page.height() - fm.descent();
        const QString pageText = tr("Page %1 of %2").arg(p + 1).arg(pages);
        const qreal pageTextWidth = fm.horizontalAdvance(pageText);
        drawText(QPointF(page.width() - pageTextWidth, footerBase), pageText, body);
        drawText(
            QPointF(0, footerBase),
            fm.elidedText(tr("Habilis, %1 — %2").arg(dates::display(QDate::currentDate()), title),
                          Qt::ElideRight, page.width() - pageTextWidth - mm(5)),
            body);
        canvas.setTarget(nullptr);
        if (!writer.addPage({writer.addContent(content)}))
            return Error{tr("%1: the file cannot be written (%2).").arg(path, file.errorString())};
    }
    if (!painter.end() || !writer.finish())
        return Error{tr("%1: the PDF cannot be written.").arg(path)};
    if (!file.commit())
        return Error{tr("%1: the file cannot be written (%2).").arg(path, file.errorString())};
    return {};
}

} // namespace habilis

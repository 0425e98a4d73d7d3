#include "renderer.h"

#include "postal.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPagedPaintDevice>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>
#include <QThread>
#include <QThreadPool>
#include <QUrl>

#include <qrencode.h>

namespace habilis {

namespace {

constexpr double kMmPerInch = 25.4;
const QString kFontFamily = QStringLiteral("Liberation Sans");
const QColor kFooterColor(90, 90, 90);

QFont documentFont(double points)
{
    QFont f(kFontFamily);
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    return f;
}

/// A document laid out for the device, so that its points are the printer's points.
void prepare(QTextDocument &doc, QPaintDevice *device)
{
    doc.documentLayout()->setPaintDevice(device);
    doc.setDefaultFont(documentFont(10));
    doc.setDocumentMargin(0);
    doc.setUndoRedoEnabled(false);
    // No layout until the content is complete: a null page size makes Qt skip it, where the
    // default one would lay setHtml() out unwrapped only to lay it out again.
    doc.setPageSize(QSizeF(0, 0));
}

/// Lays `doc` out once, at `size`, keeping each line's shaped glyphs for the painting:
/// without the cache, every page and every copy shapes its text again.
void layOutOnce(QTextDocument &doc, QSizeF size)
{
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next())
        b.layout()->setCacheEnabled(true);
    doc.setPageSize(size);
}

void drawPage(QPainter &painter, QTextDocument &doc, QPointF topLeft, QSizeF page, int index)
{
    painter.save();
    painter.translate(topLeft.x(), topLeft.y() - index * page.height());
    const QRectF view(0, index * page.height(), page.width(), page.height());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = view;
    ctx.palette.setColor(QPalette::Text, Qt::black);
    doc.documentLayout()->draw(&painter, ctx);
    painter.restore();
}

QColor textColor(const QTextCharFormat &format)
{
    return format.foreground().style() == Qt::NoBrush ? QColor(Qt::black)
                                                      : format.foreground().color();
}

/// The number or letter of an item of an ordered list, which Qt's layout paints itself: at
/// the place and in the layout QTextDocumentLayout gives it (drawListItem() in Qt 6.4).
void addListMarker(pdf::Content &content, pdf::Resources &resources, const QTextBlock &block,
                   QPointF blockTopLeft, QPointF shift, double top, double height)
{
    const QTextList *list = block.textList();
    const QTextLayout *textLayout = block.layout();
    if (!list || textLayout->lineCount() == 0)
        return;
    int style = list->format().style();
    if (block.blockFormat().hasProperty(QTextFormat::ListStyle))
        style = block.blockFormat().intProperty(QTextFormat::ListStyle);
    switch (style) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        break;
    default:
        return; // discs, circles and squares are shapes, drawn through the canvas
    }
    const QTextLine first = textLayout->lineAt(0);
    const double middle = blockTopLeft.y() + first.y() + first.height() / 2;
    if (middle < top || middle >= top + height)
        return;
    QPaintDevice *device = block.document()->documentLayout()->paintDevice();
    const QFont font(block.charFormat().font(), device);
    const QFontMetricsF metrics(font);
    const QString itemText = list->itemText(block);
    const Qt::LayoutDirection direction = block.textDirection();
    QPointF pos = blockTopLeft.toPoint() + first.naturalTextRect().topLeft().toPoint();
    double x;
    if (direction == Qt::RightToLeft) {
        pos.rx() += first.naturalTextRect().width();
        x = pos.x() + metrics.horizontalAdvance(u' ');
    } else {
        x = pos.x() - metrics.horizontalAdvance(u' ') - metrics.horizontalAdvance(itemText);
    }
    QTextLayout marker(itemText, font, device);
    QTextOption option(Qt::AlignLeft | Qt::AlignAbsolute);
    option.setTextDirection(direction);
    marker.setTextOption(option);
    marker.beginLayout();
    QTextLine line = marker.createLine();
    if (line.isValid())
        line.setLeadingIncluded(true);
    marker.endLayout();
    for (const QGlyphRun &run : marker.glyphRuns())
        content.addGlyphs(resources, run, shift + QPointF(x, pos.y()),
                          textColor(block.charFormat()), itemText);
}

/// Qt's layout repeats a table's header rows on each page the table runs on, painting their
/// text again where no line of the document lies: none are repeated, so that the printer, the
/// preview and the PDF show the same pages.
void noRepeatedHeaders(QTextFrame *frame)
{
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child)) {
            QTextTableFormat format = table->format();
            if (format.headerRowCount() > 0) {
                format.setHeaderRowCount(0);
                table->setFormat(format);
            }
        }
        noRepeatedHeaders(child);
    }
}

/// The text of `doc` whose lines lie on the band [top, top + height), placed at `origin`:
/// from the glyphs the layout shaped, with no second shaping.
void addDocumentText(pdf::Content &content, pdf::Resources &resources, const QTextDocument &doc,
                     QPointF origin, double top, double height)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextLayout *textLayout = b.layout();
        if (!b.isVisible() || !textLayout || textLayout->lineCount() == 0)
            continue;
        const QRectF box = layout->blockBoundingRect(b);
        if (box.bottom() < top || box.top() >= top + height)
            continue;
        const QString text = b.text();
        const QPointF shift = origin - QPointF(0, top);
        const QPointF at = shift + box.topLeft();
        addListMarker(content, resources, b, box.topLeft(), shift, top, height);
        for (int i = 0; i < textLayout->lineCount(); ++i) {
            const QTextLine line = textLayout->lineAt(i);
            // The layout moves a line that would straddle two pages to the next one.
            const double middle = box.top() + line.y() + line.height() / 2;
            if (middle < top || middle >= top + height)
                continue;
            const int lineStart = line.textStart();
            const int lineEnd = lineStart + line.textLength();
            for (QTextBlock::iterator it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const int fragmentStart = fragment.position() - b.position();
                const int start = std::max(fragmentStart, lineStart);
                const int end = std::min(fragmentStart + fragment.length(), lineEnd);
                if (start >= end)
                    continue;
                const QTextCharFormat format = fragment.charFormat();
                const QColor color = textColor(format);
                const QString part = text.mid(start, end - start);
                for (const QGlyphRun &run : line.glyphRuns(start, end - start)) {
                    // The runs sit on the line's baseline; QTextLine::draw() raises and
                    // lowers them by a share of the font's height.
                    const QRawFont font = run.rawFont();
                    const double fontHeight = font.ascent() + font.descent();
                    const auto align = format.verticalAlignment();
                    double raise = 0;
                    if (align == QTextCharFormat::AlignSuperScript ||
                        align == QTextCharFormat::AlignSubScript ||
                        align == QTextCharFormat::AlignBaseline) {
                        raise = fontHeight * format.baselineOffset() / 100;
                        if (align == QTextCharFormat::AlignSuperScript)
                            raise += fontHeight * format.superScriptBaseline() / 100;
                        else if (align == QTextCharFormat::AlignSubScript)
                            raise -= fontHeight * format.subScriptBaseline() / 100;
                    }
                    content.addGlyphs(resources, run, at - QPointF(0, raise), color, part);
                }
            }
        }
    }
}

/// Clips what follows to `rect`, until the matching "Q".
void clipTo(pdf::Content &content, const QRectF &rect)
{
    content.ops += "q " + QByteArray::number(rect.left(), 'f', 2) + ' ' +
                   QByteArray::number(rect.top(), 'f', 2) + ' ' +
                   QByteArray::number(rect.width(), 'f', 2) + ' ' +
                   QByteArray::number(rect.height(), 'f', 2) + " re W n\n";
}

} // namespace

PageRenderer::PageRenderer(QPagedPaintDevice *device, PageSetup setup)
    : m_device(device)
    , m_dpi(device->logicalDpiX())
    , m_setup(std::move(setup))
{}

PageRenderer::PageRenderer(pdf::Writer *writer, PageSetup setup)
    : m_writer(writer)
    , m_dpi(writer->dpi())
    , m_setup(std::move(setup))
{}

PageRenderer::~PageRenderer()
{
    if (m_painter.isActive())
        m_painter.end();
    // Its documents go before the thread that owns their fonts.
    if (m_layoutThreads)
        m_layoutThreads->waitForDone();
}

QThreadPool &PageRenderer::layoutThreads()
{
    if (!m_layoutThreads) {
        m_layoutThreads = std::make_unique<QThreadPool>();
        m_layoutThreads->setMaxThreadCount(m_writer ? QThread::idealThreadCount() : 1);
        m_layoutThreads->setExpiryTimeout(-1);
    }
    return *m_layoutThreads;
}

double PageRenderer::px(double mm) const
{
    return mm / kMmPerInch * m_dpi;
}

QImage PageRenderer::qrCode(const QString &text)
{
    const QByteArray data = text.toUtf8();
    QRcode *code = QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return {};
    const int quiet = 4;
    const int modules = code->width + 2 * quiet;
    // Three pixels a module: about 26 mm once the text layout scales it for print.
    const int scale = 3;
    QImage image(modules * scale, modules * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) {
                for (int dy = 0; dy < scale; ++dy) {
                    for (int dx = 0; dx < scale; ++dx)
                        image.setPixel((x + quiet) * scale + dx, (y + quiet) * scale + dy,
                                       qRgb(0, 0, 0));
                }
            }
        }
    }
    QRcode_free(code);
    return image;
}

QRectF PageRenderer::addressBox() const
{
    const QRectF window = m_setup.window;
    const QRectF pad = m_setup.windowPadding;
    return {window.left() + pad.left(), window.top() + pad.top(),
            window.width() - pad.left() - pad.width(), window.height() - pad.top() - pad.height()};
}

QFont PageRenderer::addressFont(const QStringList &lines, QPaintDevice *device) const
{
    const QRectF box = addressBox();
    // The largest size from 10 points down at which every line fits the window.
    QFont font = documentFont(10);
    for (double pt = 10; pt >= 7; pt -= 0.5) {
        font.setPointSizeF(pt);
        const QFontMetricsF fm(font, device);
        double widest = 0;
        for (const QString &line : lines)
            widest = std::max(widest, fm.horizontalAdvance(line));
        if (widest <= px(box.width()) && fm.lineSpacing() * lines.size() <= px(box.height()))
            break;
    }
    return font;
}

void PageRenderer::paintAddress(const QStringList &lines)
{
    const QRectF box = addressBox();
    const QFont font = addressFont(lines, m_device);
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    const QFontMetricsF fm(font, m_device);
    double y = px(box.top()) + fm.ascent();
    for (const QString &line : lines) {
        m_painter.drawText(QPointF(px(box.left()), y), line);
        y += fm.lineSpacing();
    }
}

QString PageRenderer::footerText(const PrintPart &part, int page, int pages, int copy) const
{
    QStringList bits{part.reference, part.title};
    if (part.copies > 1)
        bits << tr("copy %1 of %2").arg(copy).arg(part.copies);
    bits << tr("page %1 / %2").arg(page).arg(pages);
    return bits.join(QStringLiteral("  ·  "));
}

QRectF PageRenderer::footerRect() const
{
    const QMarginsF &m = m_setup.margins;
    return {px(m.left()), px(297 - m.bottom() + 6), px(210 - m.left() - m.right()), px(5)};
}

void PageRenderer::paintFooter(const PrintPart &part, int page, int pages, int copy)
{
    m_painter.setFont(documentFont(7.5));
    m_painter.setPen(kFooterColor);
    m_painter.drawText(footerRect(), Qt::AlignHCenter | Qt::AlignTop,
                       footerText(part, page, pages, copy));
}

LaidOutPart PageRenderer::layOut(const PrintPart &part) const
{
    if (!m_writer)
        return layOut(part, m_device);
    // A canvas of its own: layOut() runs on the layout thread while this one paints.
    pdf::Canvas canvas(m_writer->resources(), m_dpi, m_writer->pagePoints());
    LaidOutPart out = layOut(part, &canvas);
    drawPdfPages(out, canvas);
    // The documents go now, on the thread that laid them out, before the canvas they measure.
    out.body.reset();
    out.head.reset();
    return out;
}

LaidOutPart PageRenderer::layOut(const PrintPart &part, QPaintDevice *device) const
{
    const QMarginsF &m = m_setup.margins;
    LaidOutPart out;
    out.part = part;
    out.body = std::make_shared<QTextDocument>();
    QTextDocument &doc = *out.body;
    prepare(doc, device);
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("habilis:qrcode")),
                    qrCode(part.reference));
    doc.setHtml(part.html);
    noRepeatedHeaders(doc.rootFrame());

    if (!part.addressLines.isEmpty()) {
        out.head = std::make_shared<QTextDocument>();
        QTextDocument &head = *out.head;
        prepare(head, device);
        head.setHtml(part.letterheadHtml);
        layOutOnce(head, QSizeF(px(m_setup.window.left() - m.left() - 5), -1));
        // The body starts below the window and the letterhead, on the first page only.
        const double headBottom = m.top() + head.size().height() / px(1);
        const double start = std::max(m_setup.window.bottom(), headBottom) + 8;
        // The layout ignores the top margin of a frame's first block: an empty block goes
        // first, and the margin on the next one makes up the rest of the distance.
        QTextCursor cursor(&doc);
        const QTextBlockFormat original = cursor.blockFormat();
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        // The empty block (it keeps the formats of the template's first one) is measured in a
        // document of its own, so that the body is laid out only once.
        QTextDocument empty;
        prepare(empty, device);
        QTextCursor(&empty).setBlockFormat(doc.begin().blockFormat());
        QTextCursor(&empty).setBlockCharFormat(doc.begin().charFormat());
        empty.setPageSize(contentSize());
        const double spacer = empty.documentLayout()->blockBoundingRect(empty.begin()).height();
        QTextBlockFormat shifted = original;
        // Block margins are in 96 dpi pixels, which the layout scales to the device.
        const double toLayout = 96.0 / m_dpi;
        shifted.setTopMargin(std::max(0.0, px(start - m.top()) - spacer) * toLayout);
        cursor.setBlockFormat(shifted);
    }
    layOutOnce(doc, contentSize());
    out.pages = doc.pageCount();
    return out;
}

void PageRenderer::drawPdfPages(LaidOutPart &out, pdf::Canvas &canvas) const
{
    const QMarginsF &m = m_setup.margins;
    const PrintPart &part = out.part;
    pdf::Resources &resources = m_writer->resources();
    const QPointF origin(px(m.left()), px(m.top()));
    const QSizeF size = contentSize();
    QPainter painter(&canvas);
    for (int page = 0; page < out.pages; ++page) {
        pdf::Content content;
        canvas.setTarget(&content);
        if (out.head && page == 0) {
            const QSizeF headSize(out.head->textWidth(), px(297));
            clipTo(content, QRectF(origin, headSize));
            drawPage(painter, *out.head, origin, headSize, 0);
            addDocumentText(content, resources, *out.head, origin, 0, headSize.height());
            content.ops += "Q\n";
            const QFont font = addressFont(part.addressLines, &canvas);
            const QFontMetricsF fm(font, &canvas);
            const QRectF box = addressBox();
            double y = px(box.top());
            for (const QString &line : part.addressLines) {
                content.addText(resources, line, font, &canvas,
                                QPointF(px(box.left()), y + fm.ascent()), Qt::black);
                y += fm.lineSpacing();
            }
            painter.setPen(QPen(QColor(150, 150, 150), px(0.2)));
            for (double mark : m_setup.foldMarks)
                painter.drawLine(QPointF(px(3), px(mark)), QPointF(px(7), px(mark)));
        }
        clipTo(content, QRectF(origin, size));
        drawPage(painter, *out.body, origin, size, page);
        addDocumentText(content, resources, *out.body, origin, page * size.height(), size.height());
        content.ops += "Q\n";
        canvas.setTarget(nullptr);
        out.pdfPages << std::move(content);
    }
    const QFont footerFont = documentFont(7.5);
    const QFontMetricsF footerMetrics(footerFont, &canvas);
    const QRectF footer = footerRect();
    for (int copy = 1; copy <= part.copies; ++copy) {
        for (int page = 0; page < out.pages; ++page) {
            pdf::Content content;
            const QString text = footerText(part, page + 1, out.pages, copy);
            const double width = footerMetrics.horizontalAdvance(text);
            content.addText(resources, text, footerFont, &canvas,
                            QPointF(footer.left() + (footer.width() - width) / 2,
                                    footer.top() + footerMetrics.ascent()),
                            kFooterColor);
            out.pdfFooters << std::move(content);
        }
    }
}

Status PageRenderer::paintPdf(const LaidOutPart &laidOut)
{
    QList<int> pages;
    for (int copy = 0; copy < laidOut.part.copies; ++copy) {
        for (int page = 0; page < laidOut.pages; ++page) {
            // The second copy draws the first one's page again: only its footer is new.
            if (copy == 0)
                pages << m_writer->addContent(laidOut.pdfPages.value(page));
            const int footer =
                m_writer->addContent(laidOut.pdfFooters.value(copy * laidOut.pages + page));
            if (!m_writer->addPage({pages[page], footer}))
                return Error{tr("The printing stopped: the file could not be written.")};
            ++m_pages;
        }
    }
    return {};
}

QSizeF PageRenderer::contentSize() const
{
    const QMarginsF &m = m_setup.margins;
    return {px(210 - m.left() - m.right()), px(297 - m.top() - m.bottom())};
}

Status PageRenderer::render(const PrintPart &part)
{
    return paint(layOut(part));
}

Status PageRenderer::paint(const LaidOutPart &laidOut)
{
    if (m_writer)
        return paintPdf(laidOut);
    if (!m_painter.isActive() && !m_painter.begin(m_device))
        return Error{tr("The printing cannot start: the printer or the file refuses it.")};
    const QMarginsF &m = m_setup.margins;
    const PrintPart &part = laidOut.part;
    for (int copy = 1; copy <= part.copies; ++copy) {
        for (int page = 0; page < laidOut.pages; ++page) {
            if (m_pages > 0 && !m_device->newPage())
                return Error{tr("The printing stopped: no new page could be started.")};
            ++m_pages;
            if (laidOut.head && page == 0) {
                drawPage(m_painter, *laidOut.head, QPointF(px(m.left()), px(m.top())),
                         QSizeF(laidOut.head->textWidth(), px(297)), 0);
                paintAddress(part.addressLines);
                m_painter.setPen(QPen(QColor(150, 150, 150), px(0.2)));
                for (double y : m_setup.foldMarks)
                    m_painter.drawLine(QPointF(px(3), px(y)), QPointF(px(7), px(y)));
            }
            drawPage(m_painter, *laidOut.body, QPointF(px(m.left()), px(m.top())), contentSize(),
                     page);
            paintFooter(part, page + 1, laidOut.pages, copy);
        }
    }
    return {};
}

Status PageRenderer::finish()
{
    if (m_writer && !m_writer->finish())
        return Error{tr("The printing could not be finished.")};
    if (m_painter.isActive() && !m_painter.end())
        return Error{tr("The printing could not be finished.")};
    return {};
}

Expected<std::unique_ptr<PdfOutput>> PdfOutput::create(const QString &path, const QString &title,
                                                       const PageSetup &setup)
{
    std::unique_ptr<PdfOutput> out(new PdfOutput);
    out->m_path = path;
    out->m_file = std::make_unique<QSaveFile>(path);
    if (!out->m_file->open(QIODevice::WriteOnly)) {
        return Error{tr("The file %1 cannot be written: %2.")
                         .arg(QFileInfo(path).absoluteFilePath(), out->m_file->errorString())};
    }
    // 300 dots an inch for the layout: the positions of the glyphs, not a raster.
    out->m_writer = std::make_unique<pdf::Writer>(out->m_file.get(), title, 300);
    out->m_renderer = std::make_unique<PageRenderer>(out->m_writer.get(), setup);
    return out;
}

PdfOutput::~PdfOutput()
{
    // Without commit() the temporary file is dropped: no half-written PDF is left.
    m_renderer.reset();
    m_writer.reset();
    if (m_file)
        m_file->cancelWriting();
}

Status PdfOutput::commit()
{
    if (Status s = m_renderer->finish(); !s)
        return s;
    m_renderer.reset();
    m_writer.reset();
    if (!m_file->commit()) {
        return Error{tr("The file %1 cannot be written: %2.")
                         .arg(QFileInfo(m_path).absoluteFilePath(), m_file->errorString())};
    }
    return {};
}

} // namespace habilis

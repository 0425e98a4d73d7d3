#include "renderer.h"

#include "postal.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QThreadPool>
#include <QUrl>

#include <qrencode.h>

namespace habilis {

namespace {

constexpr double kMmPerInch = 25.4;
const QString kFontFamily = QStringLiteral("Liberation Sans");

QFont documentFont(double points)
{
    QFont f(kFontFamily);
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    return f;
}

/// A document laid out for the device, so that its points are the printer's points.
void prepare(QTextDocument &doc, QPagedPaintDevice *device)
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

} // namespace

PageRenderer::PageRenderer(QPagedPaintDevice *device, PageSetup setup)
    : m_device(device)
    , m_setup(std::move(setup))
{}

PageRenderer::~PageRenderer()
{
    if (m_painter.isActive())
        m_painter.end();
    // Its documents go before the thread that owns their fonts.
    if (m_layoutThread)
        m_layoutThread->waitForDone();
}

QThreadPool &PageRenderer::layoutThread()
{
    if (!m_layoutThread) {
        m_layoutThread = std::make_unique<QThreadPool>();
        m_layoutThread->setMaxThreadCount(1);
        m_layoutThread->setExpiryTimeout(-1);
    }
    return *m_layoutThread;
}

double PageRenderer::px(double mm) const
{
    return mm / kMmPerInch * m_device->logicalDpiX();
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

void PageRenderer::paintAddress(const QStringList &lines)
{
    const QRectF window = m_setup.window;
    const QRectF pad = m_setup.windowPadding;
    const QRectF box(window.left() + pad.left(), window.top() + pad.top(),
                     window.width() - pad.left() - pad.width(),
                     window.height() - pad.top() - pad.height());
    // The largest size from 10 points down at which every line fits the window.
    QFont font = documentFont(10);
    for (double pt = 10; pt >= 7; pt -= 0.5) {
        font.setPointSizeF(pt);
        const QFontMetricsF fm(font, m_device);
        double widest = 0;
        for (const QString &line : lines)
            widest = std::max(widest, fm.horizontalAdvance(line));
        if (widest <= px(box.width()) && fm.lineSpacing() * lines.size() <= px(box.height()))
            break;
    }
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    const QFontMetricsF fm(font, m_device);
    double y = px(box.top()) + fm.ascent();
    for (const QString &line : lines) {
        m_painter.drawText(QPointF(px(box.left()), y), line);
        y += fm.lineSpacing();
    }
}

void PageRenderer::paintFooter(const PrintPart &part, int page, int pages, int copy)
{
    const QRectF paper(0, 0, 210, 297);
    const QMarginsF &m = m_setup.margins;
    QStringList bits{part.reference, part.title};
    if (part.copies > 1)
        bits << tr("copy %1 of %2").arg(copy).arg(part.copies);
    bits << tr("page %1 / %2").arg(page).arg(pages);
    m_painter.setFont(documentFont(7.5));
    m_painter.setPen(QColor(90, 90, 90));
    const QRectF line(px(m.left()), px(paper.height() - m.bottom() + 6),
                      px(210 - m.left() - m.right()), px(5));
    m_painter.drawText(line, Qt::AlignHCenter | Qt::AlignTop, bits.join(QStringLiteral("  ·  ")));
}

LaidOutPart PageRenderer::layOut(const PrintPart &part) const
{
    const QMarginsF &m = m_setup.margins;
    LaidOutPart out;
    out.part = part;
    out.body = std::make_shared<QTextDocument>();
    QTextDocument &doc = *out.body;
    prepare(doc, m_device);
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("habilis:qrcode")),
                    qrCode(part.reference));
    doc.setHtml(part.html);

    if (!part.addressLines.isEmpty()) {
        out.head = std::make_shared<QTextDocument>();
        QTextDocument &head = *out.head;
        prepare(head, m_device);
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
        prepare(empty, m_device);
        QTextCursor(&empty).setBlockFormat(doc.begin().blockFormat());
        QTextCursor(&empty).setBlockCharFormat(doc.begin().charFormat());
        empty.setPageSize(contentSize());
        const double spacer = empty.documentLayout()->blockBoundingRect(empty.begin()).height();
        QTextBlockFormat shifted = original;
        // Block margins are in 96 dpi pixels, which the layout scales to the device.
        const double toLayout = 96.0 / m_device->logicalDpiY();
        shifted.setTopMargin(std::max(0.0, px(start - m.top()) - spacer) * toLayout);
        cursor.setBlockFormat(shifted);
    }
    layOutOnce(doc, contentSize());
    out.pages = doc.pageCount();
    return out;
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
    if (m_painter.isActive() && !m_painter.end())
        return Error{tr("The printing could not be finished.")};
    return {};
}

void PdfOutput::setUp(QPdfWriter &writer, const QString &title)
{
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    writer.setResolution(300);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Habilis"));
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
    out->m_writer = std::make_unique<QPdfWriter>(out->m_file.get());
    setUp(*out->m_writer, title);
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

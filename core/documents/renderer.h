#pragma once

#include "documents.h"
#include "error.h"
#include "pdfwriter.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include <memory>

class QPagedPaintDevice;
class QSaveFile;
class QTextDocument;
class QThreadPool;

namespace habilis {

/// A part laid out for the renderer's device, ready to paint.
struct LaidOutPart {
    PrintPart part;
    std::shared_ptr<QTextDocument> body;
    std::shared_ptr<QTextDocument> head; ///< the letterhead, for a letter
    int pages = 0;                       ///< pages of one copy
    /// For Habilis's own PDF writer, the pages drawn already (then there are no documents):
    /// each page once, whatever the copies, and the footer of every copy's page.
    QList<pdf::Content> pdfPages;
    QList<pdf::Content> pdfFooters; ///< copy by copy, page by page
};

/// Paints documents on the A4 pages of a paged device: a PDF file or, from the window, a
/// printer. Letters get the Caf's letterhead, the address block in the envelope window and
/// fold marks; every page a footer with the reference and the page number.
class PageRenderer {
    Q_DECLARE_TR_FUNCTIONS(PageRenderer)
public:
    /// The device must be set to A4 with no margins: the renderer places everything.
    PageRenderer(QPagedPaintDevice *device, PageSetup setup);
    /// Renders into Habilis's own PDF writer: the pages are drawn as they are laid out, and
    /// the copies of a page share its content.
    PageRenderer(pdf::Writer *writer, PageSetup setup);
    ~PageRenderer();
    PageRenderer(const PageRenderer &) = delete;
    PageRenderer &operator=(const PageRenderer &) = delete;

    /// Paints every copy of `part`, from a new page.
    Status render(const PrintPart &part);
    /// Lays `part` out for the device. It paints nothing, so it may run on another thread
    /// while this one paints: a batch lays the next pack out as it paints the current one.
    /// The documents belong to the thread that laid them out, which must delete them.
    LaidOutPart layOut(const PrintPart &part) const;
    /// Paints every copy of a part laid out by layOut().
    Status paint(const LaidOutPart &part);
    /// The threads that lay parts out beside the painting one. For a device of Qt's, one
    /// thread, which deletes the documents and lives as long as the renderer: the glyphs it
    /// shapes belong to its font cache, which Qt's PDF engine reads again at finish(). For
    /// Habilis's PDF writer, one a core: a part laid out is already drawn and owns no document.
    QThreadPool &layoutThreads();
    /// Pages painted so far.
    int pageCount() const { return m_pages; }
    /// Ends the painting; the device is complete.
    Status finish();

    /// The QR code of `text`, white quiet zone included, about 26 mm wide once printed.
    static QImage qrCode(const QString &text);

private:
    double px(double mm) const;
    QSizeF contentSize() const;
    LaidOutPart layOut(const PrintPart &part, QPaintDevice *device) const;
    void drawPdfPages(LaidOutPart &part, pdf::Canvas &canvas) const;
    QFont addressFont(const QStringList &lines, QPaintDevice *device) const;
    QRectF addressBox() const;
    QString footerText(const PrintPart &part, int page, int pages, int copy) const;
    QRectF footerRect() const;
    void paintAddress(const QStringList &lines);
    void paintFooter(const PrintPart &part, int page, int pages, int copy);
    Status paintPdf(const LaidOutPart &part);

    QPagedPaintDevice *m_device = nullptr;
    pdf::Writer *m_writer = nullptr;
    int m_dpi;
    PageSetup m_setup;
    QPainter m_painter;
    int m_pages = 0;
    std::unique_ptr<QThreadPool> m_layoutThreads;
};

/// A PDF file (PDF/A-1b, A4, fonts embedded) that is either complete or not written at all:
/// it is written to a temporary file and put in place by commit().
class PdfOutput {
    Q_DECLARE_TR_FUNCTIONS(PdfOutput)
    // Written by Habilis's own PDF writer (pdfwriter.h); the printer keeps Qt's devices.
public:
    static Expected<std::unique_ptr<PdfOutput>> create(const QString &path, const QString &title,
                                                       const PageSetup &setup = {});
    ~PdfOutput();

    PageRenderer &renderer() { return *m_renderer; }
    Status add(const PrintPart &part) { return m_renderer->render(part); }
    int pageCount() const { return m_renderer->pageCount(); }
    /// Finishes the PDF and puts it in place. Without it, nothing is written.
    Status commit();

private:
    PdfOutput() = default;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<pdf::Writer> m_writer;
    std::unique_ptr<PageRenderer> m_renderer;
};

} // namespace habilis

#pragma once

#include "documents.h"
#include "error.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>

#include <memory>

class QPagedPaintDevice;
class QPdfWriter;
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
};

/// Paints documents on the A4 pages of a paged device: a PDF file or, from the window, a
/// printer. Letters get the Caf's letterhead, the address block in the envelope window and
/// fold marks; every page a footer with the reference and the page number.
class PageRenderer {
    Q_DECLARE_TR_FUNCTIONS(PageRenderer)
public:
    /// The device must be set to A4 with no margins: the renderer places everything.
    PageRenderer(QPagedPaintDevice *device, PageSetup setup);
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
    /// The one thread that lays parts out beside the painting one, and deletes them. It lives
    /// as long as the renderer: the glyphs it shapes belong to its font cache, which the PDF
    /// engine reads again when it embeds the fonts at finish().
    QThreadPool &layoutThread();
    /// Pages painted so far.
    int pageCount() const { return m_pages; }
    /// Ends the painting; the device is complete.
    Status finish();

    /// The QR code of `text`, white quiet zone included, about 26 mm wide once printed.
    static QImage qrCode(const QString &text);

private:
    double px(double mm) const;
    QSizeF contentSize() const;
    void paintAddress(const QStringList &lines);
    void paintFooter(const PrintPart &part, int page, int pages, int copy);

    QPagedPaintDevice *m_device;
    PageSetup m_setup;
    QPainter m_painter;
    int m_pages = 0;
    std::unique_ptr<QThreadPool> m_layoutThread;
};

/// A PDF file (PDF/A-1b, A4, fonts embedded) that is either complete or not written at all:
/// it is written to a temporary file and put in place by commit().
class PdfOutput {
    Q_DECLARE_TR_FUNCTIONS(PdfOutput)
public:
    static Expected<std::unique_ptr<PdfOutput>> create(const QString &path, const QString &title,
                                                       const PageSetup &setup = {});
    ~PdfOutput();

    PageRenderer &renderer() { return *m_renderer; }
    Status add(const PrintPart &part) { return m_renderer->render(part); }
    int pageCount() const { return m_renderer->pageCount(); }
    /// Finishes the PDF and puts it in place. Without it, nothing is written.
    Status commit();

    /// The settings every PDF of Habilis gets: A4, no device margins, PDF/A-1b.
    static void setUp(QPdfWriter &writer, const QString &title);

private:
    PdfOutput() = default;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<QPdfWriter> m_writer;
    std::unique_ptr<PageRenderer> m_renderer;
};

} // namespace habilis

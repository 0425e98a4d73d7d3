#pragma once

#include <QByteArray>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QMutex>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QRawFont>
#include <QSet>
#include <QString>
#include <QTransform>

#include <atomic>
#include <memory>

class QGlyphRun;
class QIODevice;

/// Habilis writes its own PDF files: a batch of a thousand mailing packs is mostly the same
/// few fonts and the second copy of each convention, which Qt's PDF engine would paint again
/// glyph by glyph. This writer keeps the text as one TJ array per run, shares a page's content
/// between its copies and embeds each font once, subset. The printer and the preview still go
/// through QPainter on Qt's own devices.
namespace habilis::pdf {

/// The fonts and images met while laying pages out. The threads that lay pages out add to it;
/// the writer reads it at the end. Thread-safe.
class Resources {
public:
    Resources();
    ~Resources();
    Resources(const Resources &) = delete;
    Resources &operator=(const Resources &) = delete;

    /// The index of `font` (its face, whatever the size), noting the glyphs of `run` as used
    /// and what characters of `text` they show, for the text to be found and copied.
    struct Use {
        int font = -1; ///< -1: no TrueType program to embed (CFF, Type 1): draw the outlines
        const QList<double> *advances = nullptr; ///< per glyph, in thousandths of an em
        bool syntheticBold = false;
        bool syntheticItalic = false;
    };
    Use useFont(const QGlyphRun &run, const QString &text);
    /// A name for a new image: /Im<n>.
    int newImage() { return m_images.fetch_add(1); }

    struct Font;
    /// The fonts in index order; only once every page is laid out.
    QList<const Font *> fonts() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, int> m_index; ///< face → index, or -1 for a face drawn as outlines
    QList<std::shared_ptr<Font>> m_fonts;
    std::atomic<int> m_images{0};
};

struct Content;

/// Lines of text laid out once and drawn again wherever asked: a table repeats its values
/// (a Caf, a town, "oui") thousands of times. For one thread, one Resources and one device
/// (its entries name their fonts and were measured there); bounded, so memory stays flat.
class TextCache {
public:
    explicit TextCache(qsizetype capacity = 100000)
        : m_capacity(capacity)
    {}

private:
    friend struct Content;
    struct Entry {
        QByteArray ops;
        QSet<int> fonts;
    };
    qsizetype m_capacity;
    QHash<QString, Entry> m_entries;
};

/// What one page, or one layer of a page, draws: PDF operators in the coordinates of the
/// layout (device pixels, y down), and the fonts and images they name.
struct Content {
    QByteArray ops;
    QSet<int> fonts;
    QList<QPair<int, QImage>> images;

    /// `text` laid out in `run`, placed at `offset`, in `color`.
    void addGlyphs(Resources &resources, const QGlyphRun &run, QPointF offset, const QColor &color,
                   const QString &text);
    /// One line of `text` in `font` (measured on `device`), its baseline starting at `origin`;
    /// laid out once for all the lines of the same text, font and colour with a `cache`.
    void addText(Resources &resources, const QString &text, const QFont &font, QPaintDevice *device,
                 QPointF origin, const QColor &color, TextCache *cache = nullptr);
};

/// A paint device drawing into a Content: what QTextDocument's layout draws besides its text
/// (table borders, backgrounds, bullets, rules, images). Text items are left out: the caller
/// adds the text from the layout's glyph runs, which carry the glyphs QTextItem hides.
class Canvas : public QPaintDevice {
public:
    Canvas(Resources &resources, int dpi, QSizeF pagePoints = a4Points());
    ~Canvas() override;
    /// Where the next painting goes; none between pages.
    void setTarget(Content *content);
    QPaintEngine *paintEngine() const override;
    static QSizeF a4Points() { return {595.2756, 841.8898}; }
    static QSizeF a4LandscapePoints() { return a4Points().transposed(); }

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    class Engine;
    std::unique_ptr<Engine> m_engine;
    int m_dpi;
    QSizeF m_page;
};

/// A PDF/A-1b file written as pages come: A4 pages, each made of content streams, which
/// pages may share.
class Writer {
public:
    /// Pages of `pagePoints` (A4 portrait unless said), drawn at `dpi` by the canvas.
    Writer(QIODevice *device, const QString &title, int dpi,
           QSizeF pagePoints = Canvas::a4Points());
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    Resources &resources() { return m_resources; }
    int dpi() const { return m_dpi; }
    QSizeF pagePoints() const { return m_page; }
    /// Writes `content` as a stream; its number, to give addPage().
    int addContent(const Content &content);
    /// A page drawing `contents` in order (numbers from addContent()).
    bool addPage(const QList<int> &contents);
    int pageCount() const { return int(m_pages.size()); }
    /// The fonts, the page tree and the file's trailer. False if the device refused a write
    /// or Qt's sRGB profile, which PDF/A needs, is missing.
    bool finish();

private:
    int reserve() { return ++m_objects; }
    void begin(int object);
    void write(const QByteArray &bytes);
    void writeStream(int object, const QByteArray &dict, const QByteArray &data, bool compress,
                     int level = 6);
    void writeFont(int index, const Resources::Font &font);

    QIODevice *m_device;
    QString m_title;
    int m_dpi;
    QSizeF m_page;
    QDateTime m_created;
    Resources m_resources;
    bool m_ok = true;
    qint64 m_offset = 0;
    int m_objects = 0;
    QHash<int, qint64> m_offsets;
    int m_pagesObject;
    QList<int> m_nodes; ///< the page tree's nodes under the root, a thousand pages each
    QList<int> m_pages;
    QHash<int, int> m_fontObjects;  ///< font index → Type0 font object
    QHash<int, int> m_imageObjects; ///< image name → image object
    struct Names {
        QSet<int> fonts;
        QList<int> images;
    };
    QHash<int, Names> m_contentResources; ///< stream → the resources its operators name
};

} // namespace habilis::pdf

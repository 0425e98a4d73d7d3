#include "pdfwriter.h"

#include <QCryptographicHash>
#include <QFile>
#include <QGlyphRun>
#include <QIODevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QUuid>
#include <QtEndian>

#include <algorithm>
#include <cmath>

namespace habilis::pdf {

namespace {

constexpr int kPagesANode = 1000;

/// A number as PDF writes it, two decimals at most: fast, for every glyph run and line.
void appendNumber(QByteArray &out, double value)
{
    long long hundredths = std::llround(value * 100);
    if (hundredths < 0) {
        out += '-';
        hundredths = -hundredths;
    }
    char digits[24];
    int n = 0;
    long long whole = hundredths / 100;
    do {
        digits[n++] = char('0' + whole % 10);
        whole /= 10;
    } while (whole > 0);
    while (n > 0)
        out += digits[--n];
    const int fraction = int(hundredths % 100);
    if (fraction != 0) {
        out += '.';
        out += char('0' + fraction / 10);
        if (fraction % 10 != 0)
            out += char('0' + fraction % 10);
    }
}

void appendNumbers(QByteArray &out, std::initializer_list<double> values)
{
    for (double v : values) {
        appendNumber(out, v);
        out += ' ';
    }
}

void appendHex4(QByteArray &out, quint32 value)
{
    static const char hex[] = "0123456789ABCDEF";
    out += hex[(value >> 12) & 0xF];
    out += hex[(value >> 8) & 0xF];
    out += hex[(value >> 4) & 0xF];
    out += hex[value & 0xF];
}

/// Alpha has no place in PDF/A-1: a colour is flattened on the white paper.
QColor opaque(const QColor &c)
{
    if (c.alpha() == 255)
        return c;
    const double a = c.alphaF();
    return QColor::fromRgbF(float(c.redF() * a + 1 - a), float(c.greenF() * a + 1 - a),
                            float(c.blueF() * a + 1 - a));
}

void appendColor(QByteArray &out, const QColor &color, const char *op)
{
    const QColor c = opaque(color);
    appendNumbers(out, {c.redF(), c.greenF(), c.blueF()});
    out += op;
    out += '\n';
}

void appendPath(QByteArray &ops, const QPainterPath &path)
{
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            appendNumbers(ops, {e.x, e.y});
            ops += "m\n";
        } else if (e.isLineTo()) {
            appendNumbers(ops, {e.x, e.y});
            ops += "l\n";
        } else if (e.isCurveTo() && i + 2 < path.elementCount()) {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element end = path.elementAt(i + 2);
            appendNumbers(ops, {e.x, e.y, c2.x, c2.y, end.x, end.y});
            ops += "c\n";
            i += 2;
        }
    }
}

quint16 u16(const QByteArray &table, int offset)
{
    if (offset + 2 > table.size())
        return 0;
    return qFromBigEndian<quint16>(table.constData() + offset);
}

qint16 s16(const QByteArray &table, int offset)
{
    return qint16(u16(table, offset));
}

quint32 u32(const QByteArray &table, int offset)
{
    if (offset + 4 > table.size())
        return 0;
    return qFromBigEndian<quint32>(table.constData() + offset);
}

/// A name PDF accepts: letters and digits only.
QByteArray pdfName(const QString &text)
{
    QByteArray out;
    for (QChar c : text) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += char(c.unicode());
    }
    return out.isEmpty() ? QByteArrayLiteral("Font") : out;
}

/// A text string in UTF-16BE with its byte order mark, as hex.
QByteArray pdfText(const QString &text)
{
    QByteArray out = "<FEFF";
    for (QChar c : text)
        appendHex4(out, c.unicode());
    out += '>';
    return out;
}

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

// -- Resources --------------------------------------------------------------------------------

struct Resources::Font {
    QByteArray name; ///< PostScript-like name without the subset tag
    bool italic = false;
    QHash<QByteArray, QByteArray> tables;
    int unitsPerEm = 1000;
    int glyphCount = 0;
    QList<double> advances;          ///< per glyph, in thousandths of an em
    QList<bool> used;                ///< per glyph
    QHash<quint32, QString> unicode; ///< glyph → the characters it shows
    QSet<char32_t> seen;             ///< characters already looked up
    bool syntheticBold = false;      ///< bold asked of a face that is not
    bool syntheticItalic = false;    ///< italic asked of a face that is not
};

Resources::Resources() = default;
Resources::~Resources() = default;

Resources::Use Resources::useFont(const QGlyphRun &run, const QString &text)
{
    const QRawFont raw = run.rawFont();
    const QString key = raw.familyName() + u'/' + raw.styleName() + u'/' +
                        QString::number(raw.weight()) + u'/' + QString::number(raw.style());
    QMutexLocker lock(&m_mutex);
    auto known = m_index.constFind(key);
    int index = known == m_index.cend() ? -2 : *known;
    if (index == -1)
        return {};
    if (index == -2) {
        // PDF/A-1 embeds TrueType programs as they are; a face with CFF or Type 1 outlines
        // would need a CFF writer: its glyphs are drawn as outlines instead.
        for (const char *tag : {"glyf", "loca", "head", "hhea", "hmtx", "maxp"}) {
            if (raw.fontTable(tag).isEmpty()) {
                m_index.insert(key, -1);
                return {};
            }
        }
        auto font = std::make_shared<Font>();
        font->name = pdfName(raw.familyName()) + '-' + pdfName(raw.styleName());
        for (const char *tag : {"head", "hhea", "maxp", "hmtx", "loca", "glyf", "cvt ", "fpgm",
                                "prep", "OS/2", "post"}) {
            const QByteArray table = raw.fontTable(tag);
            if (!table.isEmpty())
                font->tables.insert(tag, table);
        }
        const QByteArray &head = font->tables[QByteArrayLiteral("head")];
        const QByteArray &hmtx = font->tables[QByteArrayLiteral("hmtx")];
        font->unitsPerEm = std::max<int>(16, u16(head, 18));
        font->glyphCount = u16(font->tables[QByteArrayLiteral("maxp")], 4);
        const int metrics = u16(font->tables[QByteArrayLiteral("hhea")], 34);
        font->advances.resize(font->glyphCount);
        double last = 0;
        for (int g = 0; g < font->glyphCount; ++g) {
            if (g < metrics)
                last = u16(hmtx, g * 4) * 1000.0 / font->unitsPerEm;
            font->advances[g] = last;
        }
        // Qt draws a face that lacks the weight or slant asked for by emboldening or
        // slanting it: what the face's own tables say it is tells.
        const QByteArray os2 = font->tables.value(QByteArrayLiteral("OS/2"));
        const QByteArray post = font->tables.value(QByteArrayLiteral("post"));
        const bool faceItalic = (u16(os2, 62) & 0x201) != 0 || (u16(head, 44) & 0x2) != 0 ||
                                (post.size() >= 8 && u32(post, 4) != 0);
        const int faceWeight = os2.size() >= 6 ? u16(os2, 4) : 400;
        font->syntheticBold = raw.weight() >= QFont::DemiBold && faceWeight < 550;
        font->syntheticItalic = raw.style() != QFont::StyleNormal && !faceItalic;
        font->italic = faceItalic;
        font->used.resize(font->glyphCount);
        if (font->glyphCount > 0)
            font->used[0] = true; // .notdef, always in a subset
        index = int(m_fonts.size());
        m_fonts << font;
        m_index.insert(key, index);
    }
    Font &font = *m_fonts[index];
    for (quint32 g : run.glyphIndexes()) {
        if (g < quint32(font.glyphCount))
            font.used[g] = true;
    }
    // Characters map to glyphs one to one in our fonts (no ligature in Liberation): the
    // font's own cmap tells which glyph shows which character.
    for (char32_t c : text.toUcs4()) {
        if (font.seen.contains(c))
            continue;
        font.seen.insert(c);
        const QString one = QString::fromUcs4(&c, 1);
        const QList<quint32> glyphs = raw.glyphIndexesForString(one);
        if (glyphs.size() == 1 && glyphs[0] != 0 && !font.unicode.contains(glyphs[0]))
            font.unicode.insert(glyphs[0], one);
    }
    return {index, &font.advances, font.syntheticBold, font.syntheticItalic};
}

QList<const Resources::Font *> Resources::fonts() const
{
    QMutexLocker lock(&m_mutex);
    QList<const Font *> out;
    for (const auto &f : m_fonts)
        out << f.get();
    return out;
}

// -- Content ----------------------------------------------------------------------------------

void Content::addGlyphs(Resources &resources, const QGlyphRun &run, QPointF offset,
                        const QColor &color, const QString &text)
{
    const QList<quint32> glyphs = run.glyphIndexes();
    const QList<QPointF> positions = run.positions();
    if (glyphs.isEmpty() || positions.size() != glyphs.size())
        return;
    const Resources::Use use = resources.useFont(run, text);
    if (!use.advances) {
        // The page looks the same; the text of this face cannot be selected or searched.
        QPainterPath outlines;
        const QRawFont raw = run.rawFont();
        for (qsizetype i = 0; i < glyphs.size(); ++i)
            outlines.addPath(raw.pathForGlyph(glyphs[i]).translated(positions[i] + offset));
        appendColor(ops, color, "rg");
        appendPath(ops, outlines);
        ops += "f\n";
        return;
    }
    const int font = use.font;
    const QList<double> &advances = *use.advances;
    fonts.insert(font);
    const double size = run.rawFont().pixelSize();
    ops += "BT\n";
    appendColor(ops, color, "rg");
    ops += "/F";
    appendNumber(ops, font);
    ops += ' ';
    appendNumber(ops, size);
    ops += " Tf\n";
    // A face that has no italic is slanted, one that has no bold drawn twice a little apart,
    // as Qt's own PDF engine does.
    const double slant = use.syntheticItalic ? 0.3 : 0;
    const qsizetype count = glyphs.size();
    const auto show = [&](double dx) {
        qsizetype i = 0;
        while (i < count) {
            // One TJ per baseline (marks may sit on another): kerning and justification go
            // in as adjustments, in thousandths of the text size.
            const QPointF start = positions[i] + offset;
            ops += "1 0 ";
            appendNumbers(ops, {slant, -1, start.x() + dx, start.y()});
            ops += "Tm [<";
            double pen = positions[i].x();
            for (;;) {
                appendHex4(ops, glyphs[i]);
                const qsizetype next = i + 1;
                if (next == count || positions[next].y() != positions[i].y()) {
                    i = next;
                    break;
                }
                // The viewer advances by the widths of /W, which are rounded.
                pen += std::round(glyphs[i] < quint32(advances.size()) ? advances[glyphs[i]] : 0) *
                       size / 1000;
                const double adjust = std::round((pen - positions[next].x()) * 1000 / size);
                if (adjust != 0) {
                    ops += "> ";
                    appendNumber(ops, adjust);
                    ops += " <";
                    pen -= adjust * size / 1000;
                }
                i = next;
            }
            ops += ">] TJ\n";
        }
    };
    show(0);
    if (use.syntheticBold) {
        // The second pass is not text: copied or searched, the words come once.
        ops += "/Span << /ActualText () >> BDC\n";
        show(0.5 * run.rawFont().lineThickness());
        ops += "EMC\n";
    }
    ops += "ET\n";
}

void Content::addText(Resources &resources, const QString &text, const QFont &font,
                      QPaintDevice *device, QPointF origin, const QColor &color, TextCache *cache)
{
    if (cache) {
        const QString key =
            font.key() + QChar(0x1f) + QString::number(color.rgba()) + QChar(0x1f) + text;
        auto entry = cache->m_entries.constFind(key);
        if (entry == cache->m_entries.cend()) {
            Content shaped;
            shaped.addText(resources, text, font, device, QPointF(0, 0), color);
            if (cache->m_entries.size() >= cache->m_capacity)
                cache->m_entries.clear();
            entry = cache->m_entries.insert(key, {shaped.ops, shaped.fonts});
        }
        ops += "q 1 0 0 1 ";
        appendNumbers(ops, {origin.x(), origin.y()});
        ops += "cm\n";
        ops += entry->ops;
        ops += "Q\n";
        fonts.unite(entry->fonts);
        return;
    }
    QTextLayout layout(text, font, device);
    layout.beginLayout();
    const QTextLine line = layout.createLine();
    layout.endLayout();
    if (!line.isValid())
        return;
    const QPointF shift = origin - QPointF(0, line.ascent());
    for (const QGlyphRun &run : layout.glyphRuns())
        addGlyphs(resources, run, shift, color, text);
}

// -- Canvas -----------------------------------------------------------------------------------

class Canvas::Engine : public QPaintEngine {
public:
    explicit Engine(Resources &resources)
        : QPaintEngine(QPaintEngine::AllFeatures)
        , m_resources(resources)
    {}

    Content *target = nullptr;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &changed) override
    {
        if (changed.state() & DirtyTransform)
            m_transform = changed.transform();
        if (changed.state() & DirtyPen)
            m_pen = changed.pen();
        if (changed.state() & DirtyBrush)
            m_brush = changed.brush();
    }

    void drawRects(const QRectF *rects, int count) override
    {
        QPainterPath path;
        for (int i = 0; i < count; ++i)
            path.addRect(rects[i]);
        drawPath(path);
    }

    void drawLines(const QLineF *lines, int count) override
    {
        if (!target || m_pen.style() == Qt::NoPen || m_pen.color().alpha() == 0)
            return;
        QByteArray &ops = target->ops;
        stroke();
        for (int i = 0; i < count; ++i) {
            const QLineF l = m_transform.map(lines[i]);
            appendNumbers(ops, {l.x1(), l.y1()});
            ops += "m ";
            appendNumbers(ops, {l.x2(), l.y2()});
            ops += "l S\n";
        }
    }

    void drawEllipse(const QRectF &rect) override
    {
        QPainterPath path;
        path.addEllipse(rect);
        drawPath(path);
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        QPainterPath path;
        path.setFillRule(mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
        path.addPolygon(QPolygonF(QList<QPointF>(points, points + count)));
        if (mode != PolylineMode)
            path.closeSubpath();
        const QBrush brush = m_brush;
        if (mode == PolylineMode)
            m_brush = Qt::NoBrush;
        drawPath(path);
        m_brush = brush;
    }

    void drawPath(const QPainterPath &source) override
    {
        if (!target)
            return;
        // Fully transparent paint leaves no trace; PDF/A-1 has no transparency to give it.
        const bool fill = m_brush.style() != Qt::NoBrush && m_brush.color().alpha() > 0;
        const bool draw = m_pen.style() != Qt::NoPen && m_pen.color().alpha() > 0;
        if (!fill && !draw)
            return;
        QByteArray &ops = target->ops;
        if (fill)
            appendColor(ops, m_brush.color(), "rg");
        if (draw)
            stroke();
        const QPainterPath path = m_transform.map(source);
        appendPath(ops, path);
        const bool evenOdd = path.fillRule() == Qt::OddEvenFill;
        if (fill && draw)
            ops += evenOdd ? "B*\n" : "B\n";
        else if (fill)
            ops += evenOdd ? "f*\n" : "f\n";
        else
            ops += "S\n";
    }

    void drawPixmap(const QRectF &rect, const QPixmap &pixmap, const QRectF &source) override
    {
        drawImage(rect, pixmap.toImage(), source, Qt::AutoColor);
    }

    void drawImage(const QRectF &rect, const QImage &image, const QRectF &source,
                   Qt::ImageConversionFlags) override
    {
        if (!target || image.isNull())
            return;
        QImage part = source == QRectF(image.rect()) ? image : image.copy(source.toAlignedRect());
        const int name = m_resources.newImage();
        target->images << qMakePair(name, part);
        const QRectF r = m_transform.mapRect(rect);
        QByteArray &ops = target->ops;
        ops += "q ";
        appendNumbers(ops, {r.width(), 0, 0, -r.height(), r.left(), r.bottom()});
        ops += "cm /Im";
        appendNumber(ops, name);
        ops += " Do Q\n";
    }

    void drawTextItem(const QPointF &, const QTextItem &) override
    {
        // The text comes from the layout's glyph runs (Content::addGlyphs).
    }

private:
    void stroke()
    {
        QByteArray &ops = target->ops;
        appendColor(ops, m_pen.color(), "RG");
        double width = m_pen.widthF();
        if (!m_pen.isCosmetic())
            width *= std::sqrt(std::abs(m_transform.determinant()));
        appendNumber(ops, std::max(width, 1.0));
        ops += " w ";
        const int cap = m_pen.capStyle() == Qt::FlatCap    ? 0
                        : m_pen.capStyle() == Qt::RoundCap ? 1
                                                           : 2;
        const int join = m_pen.joinStyle() == Qt::RoundJoin   ? 1
                         : m_pen.joinStyle() == Qt::BevelJoin ? 2
                                                              : 0;
        appendNumbers(ops, {double(cap)});
        ops += "J ";
        appendNumbers(ops, {double(join)});
        ops += "j\n";
    }

    Resources &m_resources;
    QTransform m_transform;
    QPen m_pen;
    QBrush m_brush;
};

Canvas::Canvas(Resources &resources, int dpi, QSizeF pagePoints)
    : m_engine(std::make_unique<Engine>(resources))
    , m_dpi(dpi)
    , m_page(pagePoints)
{}

Canvas::~Canvas() = default;

void Canvas::setTarget(Content *content)
{
    m_engine->target = content;
}

QPaintEngine *Canvas::paintEngine() const
{
    return m_engine.get();
}

int Canvas::metric(PaintDeviceMetric metric) const
{
    switch (metric) {
    case PdmWidth:
        return qRound(m_page.width() / 72 * m_dpi);
    case PdmHeight:
        return qRound(m_page.height() / 72 * m_dpi);
    case PdmWidthMM:
        return qRound(m_page.width() * 25.4 / 72);
    case PdmHeightMM:
        return qRound(m_page.height() * 25.4 / 72);
    case PdmNumColors:
        return INT_MAX;
    case PdmDepth:
        return 32;
    case PdmDpiX:
    case PdmDpiY:
    case PdmPhysicalDpiX:
    case PdmPhysicalDpiY:
        return m_dpi;
    case PdmDevicePixelRatio:
        return 1;
    case PdmDevicePixelRatioScaled:
        return int(devicePixelRatioFScale());
    default:
        return QPaintDevice::metric(metric);
    }
}

// -- Writer -----------------------------------------------------------------------------------

namespace {

/// The TrueType program of `font` keeping only the glyphs used (and the parts of composite
/// ones); glyph numbers stay, so the PDF maps characters to glyphs as laid out.
QByteArray subsetTrueType(const Resources::Font &font, QList<bool> used)
{
    const QByteArray head = font.tables.value("head");
    const QByteArray loca = font.tables.value("loca");
    const QByteArray glyf = font.tables.value("glyf");
    const bool longLoca = s16(head, 50) == 1;
    const auto offset = [&](int g) -> quint32 {
        return longLoca ? u32(loca, g * 4) : quint32(u16(loca, g * 2)) * 2;
    };
    // Composite glyphs are drawn from other glyphs: those are needed too.
    QList<int> pending;
    for (int g = 0; g < font.glyphCount; ++g) {
        if (used[g])
            pending << g;
    }
    while (!pending.isEmpty()) {
        const int g = pending.takeLast();
        const quint32 start = offset(g), end = offset(g + 1);
        if (end <= start || end > quint32(glyf.size()) || s16(glyf, int(start)) >= 0)
            continue;
        int p = int(start) + 10;
        for (;;) {
            const quint16 flags = u16(glyf, p);
            const quint16 component = u16(glyf, p + 2);
            if (component < font.glyphCount && !used[component]) {
                used[component] = true;
                pending << component;
            }
            p += 4 + ((flags & 0x1) ? 4 : 2);
            if (flags & 0x8)
                p += 2;
            else if (flags & 0x40)
                p += 4;
            else if (flags & 0x80)
                p += 8;
            if (!(flags & 0x20) || p >= int(end))
                break;
        }
    }
    QByteArray newGlyf, newLoca;
    for (int g = 0; g <= font.glyphCount; ++g) {
        char b[4];
        qToBigEndian<quint32>(quint32(newGlyf.size()), b);
        newLoca.append(b, 4);
        if (g == font.glyphCount)
            break;
        const quint32 start = offset(g), end = offset(g + 1);
        if (used[g] && end > start && end <= quint32(glyf.size())) {
            newGlyf.append(glyf.constData() + start, end - start);
            while (newGlyf.size() % 4)
                newGlyf += '\0';
        }
    }
    QByteArray newHead = head;
    if (newHead.size() >= 54) {
        qToBigEndian<quint32>(0, newHead.data() + 8); // checkSumAdjustment: not computed
        qToBigEndian<qint16>(1, newHead.data() + 50); // long loca
    }
    QMap<QByteArray, QByteArray> tables; // sorted by tag, as the directory must be
    for (auto it = font.tables.cbegin(); it != font.tables.cend(); ++it) {
        if (it.key() != "post")
            tables.insert(it.key(), it.value());
    }
    tables.insert("head", newHead);
    tables.insert("loca", newLoca);
    tables.insert("glyf", newGlyf);

    const auto checksum = [](const QByteArray &data) {
        quint32 sum = 0;
        QByteArray padded = data;
        while (padded.size() % 4)
            padded += '\0';
        for (int i = 0; i < padded.size(); i += 4)
            sum += qFromBigEndian<quint32>(padded.constData() + i);
        return sum;
    };
    const int count = int(tables.size());
    int power = 1, log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    QByteArray out(12 + 16 * count, '\0');
    char *d = out.data();
    qToBigEndian<quint32>(0x00010000, d);
    qToBigEndian<quint16>(quint16(count), d + 4);
    qToBigEndian<quint16>(quint16(power * 16), d + 6);
    qToBigEndian<quint16>(quint16(log2), d + 8);
    qToBigEndian<quint16>(quint16(count * 16 - power * 16), d + 10);
    int entry = 12;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        QByteArray tag = it.key().leftJustified(4, ' ', true);
        const quint32 at = quint32(out.size());
        memcpy(out.data() + entry, tag.constData(), 4);
        qToBigEndian<quint32>(checksum(it.value()), out.data() + entry + 4);
        qToBigEndian<quint32>(at, out.data() + entry + 8);
        qToBigEndian<quint32>(quint32(it.value().size()), out.data() + entry + 12);
        entry += 16;
        out += it.value();
        while (out.size() % 4)
            out += '\0';
    }
    return out;
}

QByteArray toUnicodeCMap(const QHash<quint32, QString> &unicode)
{
    QList<quint32> glyphs = unicode.keys();
    std::sort(glyphs.begin(), glyphs.end());
    QByteArray out = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                     "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                     "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                     "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (qsizetype i = 0; i < glyphs.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, glyphs.size() - i);
        out += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype j = i; j < i + n; ++j) {
            out += '<';
            appendHex4(out, glyphs[j]);
            out += "> <";
            for (QChar c : unicode[glyphs[j]])
                appendHex4(out, c.unicode());
            out += ">\n";
        }
        out += "endbfchar\n";
    }
    out += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return out;
}

} // namespace

Writer::Writer(QIODevice *device, const QString &title, int dpi, QSizeF pagePoints)
    : m_device(device)
    , m_title(title)
    , m_dpi(dpi)
    , m_page(pagePoints)
    , m_created(QDateTime::currentDateTimeUtc())
{
    // PDF 1.4, the base of PDF/A-1; the comment of high bytes says the file is binary.
    write("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    m_pagesObject = reserve();
}

Writer::~Writer() = default;

void Writer::write(const QByteArray &bytes)
{
    if (!m_ok)
        return;
    if (m_device->write(bytes) != bytes.size())
        m_ok = false;
    m_offset += bytes.size();
}

void Writer::begin(int object)
{
    m_offsets.insert(object, m_offset);
    write(QByteArray::number(object) + " 0 obj\n");
}

void Writer::writeStream(int object, const QByteArray &dict, const QByteArray &data, bool compress,
                         int level)
{
    begin(object);
    QByteArray body;
    QByteArray header = "<<" + dict;
    if (compress) {
        // qCompress is zlib with the length in front: the rest is what FlateDecode reads.
        const QByteArray packed = qCompress(data, level);
        body = packed.mid(4);
        header += " /Filter /FlateDecode";
    } else {
        body = data;
    }
    header += " /Length " + QByteArray::number(body.size()) + " >>\nstream\n";
    write(header);
    write(body);
    write("\nendstream\nendobj\n");
}

int Writer::addContent(const Content &content)
{
    Names resources;
    resources.fonts = content.fonts;
    for (const auto &[name, image] : content.images) {
        resources.images << name;
        if (m_imageObjects.contains(name))
            continue;
        const int object = reserve();
        m_imageObjects.insert(name, object);
        QImage flat = image;
        if (image.hasAlphaChannel()) {
            // No transparency in PDF/A-1: the image as it shows on the white paper.
            flat = QImage(image.size(), QImage::Format_RGB32);
            flat.fill(Qt::white);
            QPainter painter(&flat);
            painter.drawImage(flat.rect(), image);
        }
        const bool gray = flat.allGray();
        const QImage pixels =
            flat.convertToFormat(gray ? QImage::Format_Grayscale8 : QImage::Format_RGB888);
        QByteArray data;
        const int rowBytes = pixels.width() * (gray ? 1 : 3);
        data.reserve(rowBytes * pixels.height());
        for (int y = 0; y < pixels.height(); ++y)
            data.append(reinterpret_cast<const char *>(pixels.constScanLine(y)), rowBytes);
        writeStream(object,
                    " /Type /XObject /Subtype /Image /Width " + QByteArray::number(pixels.width()) +
                        " /Height " + QByteArray::number(pixels.height()) + " /ColorSpace " +
                        (gray ? "/DeviceGray" : "/DeviceRGB") + " /BitsPerComponent 8",
                    data, true);
    }
    const int object = reserve();
    // Device pixels, y down, to PDF points, y up; each stream leaves the state as it found it.
    QByteArray ops = "q ";
    const double scale = 72.0 / m_dpi;
    appendNumbers(ops, {scale, 0, 0, -scale, 0, m_page.height()});
    ops += "cm\n";
    ops += content.ops;
    ops += "Q\n";
    // Level 1: text streams shrink nearly as much as at the default level, several times faster.
    writeStream(object, {}, ops, true, 1);
    m_contentResources.insert(object, resources);
    return object;
}

bool Writer::addPage(const QList<int> &contents)
{
    // The page tree in nodes of a thousand pages: PDF/A-1 caps an array at 8191 elements.
    if (m_pages.size() % kPagesANode == 0)
        m_nodes << reserve();
    const int object = reserve();
    m_pages << object;
    QByteArray fonts, images, refs;
    QSet<int> seen;
    for (int c : contents) {
        refs += QByteArray::number(c) + " 0 R ";
        const Names names = m_contentResources.value(c);
        for (int index : names.fonts) {
            if (seen.contains(index))
                continue;
            seen.insert(index);
            int &font = m_fontObjects[index];
            if (font == 0)
                font = reserve();
            fonts += "/F" + QByteArray::number(index) + ' ' + QByteArray::number(font) + " 0 R ";
        }
        for (int i : names.images) {
            images += "/Im" + QByteArray::number(i) + ' ' +
                      QByteArray::number(m_imageObjects.value(i)) + " 0 R ";
        }
    }
    QByteArray page =
        "<< /Type /Page /Parent " + QByteArray::number(m_nodes.last()) + " 0 R /MediaBox [0 0 ";
    appendNumbers(page, {m_page.width(), m_page.height()});
    page += "] /Contents [" + refs + "] /Resources << /ProcSet [/PDF /Text /ImageB /ImageC]";
    if (!fonts.isEmpty())
        page += " /Font << " + fonts + ">>";
    if (!images.isEmpty())
        page += " /XObject << " + images + ">>";
    page += " >> >>\nendobj\n";
    begin(object);
    write(page);
    return m_ok;
}

void Writer::writeFont(int index, const Resources::Font &font)
{
    const int type0 = m_fontObjects.value(index);
    const int cidFont = reserve(), descriptor = reserve(), file = reserve(), toUnicode = reserve(),
              cidSet = reserve();
    // The subset's tag: six capitals, different for each font of the file.
    QByteArray tag;
    for (int i = 0, n = index; i < 6; ++i, n /= 26)
        tag += char('A' + n % 26);
    const QByteArray name = tag + '+' + font.name;
    const double em = 1000.0 / font.unitsPerEm;
    const QByteArray &head = font.tables["head"];
    const QByteArray &hhea = font.tables["hhea"];
    const QByteArray os2 = font.tables.value("OS/2");
    const QByteArray post = font.tables.value("post");

    begin(type0);
    write("<< /Type /Font /Subtype /Type0 /BaseFont /" + name +
          " /Encoding /Identity-H /DescendantFonts [" + QByteArray::number(cidFont) +
          " 0 R] /ToUnicode " + QByteArray::number(toUnicode) + " 0 R >>\nendobj\n");

    // Consecutive glyphs share one entry: "first [w w w]".
    QByteArray widths = "[";
    QByteArray set((font.glyphCount + 7) / 8, '\0');
    int g = 0;
    while (g < font.glyphCount) {
        if (!font.used[g]) {
            ++g;
            continue;
        }
        widths += QByteArray::number(g) + " [";
        // PDF/A-1 caps an array at 8191 elements.
        for (int run = 0; g < font.glyphCount && font.used[g] && run < 4096; ++g, ++run) {
            set[g / 8] = char(set[g / 8] | (0x80 >> (g % 8)));
            appendNumber(widths, std::round(font.advances[g]));
            widths += ' ';
        }
        widths += "] ";
    }
    widths += ']';
    begin(cidFont);
    write("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
          " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
          " /FontDescriptor " +
          QByteArray::number(descriptor) + " 0 R /CIDToGIDMap /Identity /DW 0 /W " + widths +
          " >>\nendobj\n");

    const double ascent = s16(hhea, 4) * em, descent = s16(hhea, 6) * em;
    const double capHeight = (os2.size() >= 90 && u16(os2, 0) >= 2) ? s16(os2, 88) * em : ascent;
    const double italicAngle = post.size() >= 8 ? qint32(u32(post, 4)) / 65536.0 : 0;
    QByteArray d = "<< /Type /FontDescriptor /FontName /" + name + " /Flags " +
                   QByteArray::number(4 | (font.italic ? 64 : 0)) + " /FontBBox [";
    appendNumbers(d, {std::round(s16(head, 36) * em), std::round(s16(head, 38) * em),
                      std::round(s16(head, 40) * em), std::round(s16(head, 42) * em)});
    d += "] /ItalicAngle ";
    appendNumbers(d, {italicAngle});
    d += "/Ascent ";
    appendNumbers(d, {std::round(ascent)});
    d += "/Descent ";
    appendNumbers(d, {std::round(descent)});
    d += "/CapHeight ";
    appendNumbers(d, {std::round(capHeight)});
    d += "/StemV 80 /FontFile2 " + QByteArray::number(file) + " 0 R /CIDSet " +
         QByteArray::number(cidSet) + " 0 R >>\nendobj\n";
    begin(descriptor);
    write(d);

    const QByteArray program = subsetTrueType(font, font.used);
    writeStream(file, " /Length1 " + QByteArray::number(program.size()), program, true);
    writeStream(toUnicode, {}, toUnicodeCMap(font.unicode), true);
    writeStream(cidSet, {}, set, true);
}

bool Writer::finish()
{
    const QList<const Resources::Font *> fonts = m_resources.fonts();
    for (auto it = m_fontObjects.cbegin(); it != m_fontObjects.cend(); ++it)
        writeFont(it.key(), *fonts[it.key()]);

    QByteArray nodes;
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        const QList<int> pages = m_pages.mid(n * kPagesANode, kPagesANode);
        QByteArray kids;
        for (int p : pages)
            kids += QByteArray::number(p) + " 0 R ";
        begin(m_nodes[n]);
        write("<< /Type /Pages /Parent " + QByteArray::number(m_pagesObject) + " 0 R /Count " +
              QByteArray::number(pages.size()) + " /Kids [" + kids + "] >>\nendobj\n");
        nodes += QByteArray::number(m_nodes[n]) + " 0 R ";
    }
    begin(m_pagesObject);
    write("<< /Type /Pages /Count " + QByteArray::number(m_pages.size()) + " /Kids [" + nodes +
          "] >>\nendobj\n");

    // PDF/A-1b: the same title and dates in the Info dictionary and in the XMP metadata.
    const QByteArray pdfDate =
        m_created.toString(QStringLiteral("'D:'yyyyMMddHHmmss")).toLatin1() + "+00'00'";
    const QByteArray xmpDate =
        m_created.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + "+00:00";
    const int info = reserve();
    begin(info);
    write("<< /Title " + pdfText(m_title) + " /Creator (Habilis) /Producer (Habilis) " +
          "/CreationDate (" + pdfDate + ") /ModDate (" + pdfDate + ") >>\nendobj\n");

    const QByteArray xmp =
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" +
        xmlEscaped(m_title) +
        "</rdf:li></rdf:Alt></dc:title></rdf:Description>\n"
        "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" "
        "pdf:Producer=\"Habilis\"/>\n"
        "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
        "xmp:CreatorTool=\"Habilis\" xmp:CreateDate=\"" +
        xmpDate + "\" xmp:ModifyDate=\"" + xmpDate +
        "\"/>\n"
        "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" "
        "pdfaid:part=\"1\" pdfaid:conformance=\"B\"/>\n"
        "</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
    const int metadata = reserve();
    writeStream(metadata, " /Type /Metadata /Subtype /XML", xmp, false);

    // The output intent names the colour space of the pages: sRGB, Qt's ICC profile (v2, as
    // PDF/A-1 requires).
    QFile iccFile(QStringLiteral(":/qpdf/sRGB2014.icc"));
    if (!iccFile.open(QIODevice::ReadOnly))
        return false;
    const QByteArray icc = iccFile.readAll();
    if (icc.isEmpty())
        return false;
    const int profile = reserve();
    writeStream(profile, " /N 3", icc, true);
    const int intent = reserve();
    begin(intent);
    write("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB) "
          "/Info (sRGB IEC61966-2.1) /DestOutputProfile " +
          QByteArray::number(profile) + " 0 R >>\nendobj\n");

    const int catalog = reserve();
    begin(catalog);
    write("<< /Type /Catalog /Pages " + QByteArray::number(m_pagesObject) + " 0 R /Metadata " +
          QByteArray::number(metadata) + " 0 R /OutputIntents [" + QByteArray::number(intent) +
          " 0 R] >>\nendobj\n");

    const qint64 xref = m_offset;
    QByteArray table = "xref\n0 " + QByteArray::number(m_objects + 1) + "\n0000000000 65535 f \n";
    for (int i = 1; i <= m_objects; ++i) {
        table += QByteArray::number(m_offsets.value(i, 0)).rightJustified(10, '0');
        table += m_offsets.contains(i) ? " 00000 n \n" : " 00000 f \n";
    }
    write(table);
    const QByteArray seed = QUuid::createUuid().toRfc4122() + m_title.toUtf8() + pdfDate;
    const QByteArray id = QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex();
    write("trailer\n<< /Size " + QByteArray::number(m_objects + 1) + " /Root " +
          QByteArray::number(catalog) + " 0 R /Info " + QByteArray::number(info) + " 0 R /ID [<" +
          id + "> <" + id + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n");
    return m_ok;
}

} // namespace habilis::pdf

#include "template.h"

#include <QRegularExpression>

#include <optional>

namespace habilis {

struct Template::Node {
    enum Kind { Text, Value, Section, Inverted };
    Kind kind = Text;
    QString text; ///< the text, or the name
    int line = 1;
    QList<Node> children;
};

namespace {

int lineAt(const QString &text, qsizetype pos)
{
    return int(QStringView(text).left(pos).count(u'\n')) + 1;
}

QString where(const QString &origin, int line)
{
    return origin.isEmpty() ? Template::tr("line %1").arg(line)
                            : Template::tr("%1, line %2").arg(origin).arg(line);
}

/// A name found in the scopes, innermost first; "a.b" walks into nested hashes.
const QVariant *lookup(const QList<const QVariantHash *> &scopes, const QString &name)
{
    const QStringList parts = name.split(u'.');
    for (qsizetype i = scopes.size() - 1; i >= 0; --i) {
        const QVariantHash *hash = scopes.at(i);
        const QVariant *value = nullptr;
        for (const QString &part : parts) {
            const auto it = hash ? hash->constFind(part) : QVariantHash::const_iterator();
            if (!hash || it == hash->constEnd()) {
                value = nullptr;
                break;
            }
            value = &it.value();
            hash = value->typeId() == QMetaType::QVariantHash
                       ? static_cast<const QVariantHash *>(value->constData())
                       : nullptr;
        }
        if (value)
            return value;
    }
    return nullptr;
}

bool truthy(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::QVariantList:
        return !v.toList().isEmpty();
    case QMetaType::QString:
        return !v.toString().trimmed().isEmpty();
    case QMetaType::QVariantHash:
        return true;
    default:
        return v.isValid() && !v.isNull();
    }
}

struct Renderer {
    const QString &origin;
    QList<const QVariantHash *> scopes;
    QString out;
    std::optional<Error> error;

    void unknown(const Template::Node &n)
    {
        error = Error{Template::tr("Template %1: the placeholder \"%2\" is unknown.")
                          .arg(where(origin, n.line), n.text)};
    }

    void run(const QList<Template::Node> &nodes)
    {
        for (const Template::Node &n : nodes) {
            if (error)
                return;
            switch (n.kind) {
            case Template::Node::Text:
                out += n.text;
                break;
            case Template::Node::Value: {
                const QVariant *v = lookup(scopes, n.text);
                if (!v)
                    return unknown(n);
                if (v->typeId() == QMetaType::Bool)
                    // The documents are French whatever the interface's language.
                    out += v->toBool() ? QStringLiteral("oui") : QStringLiteral("non");
                else
                    out += v->toString().toHtmlEscaped();
                break;
            }
            case Template::Node::Section: {
                const QVariant *v = lookup(scopes, n.text);
                if (!v)
                    return unknown(n);
                if (v->typeId() == QMetaType::QVariantList) {
                    for (const QVariant &item :
                         *static_cast<const QVariantList *>(v->constData())) {
                        const QVariantHash hash = item.toHash();
                        scopes.append(&hash);
                        run(n.children);
                        scopes.removeLast();
                    }
                } else if (v->typeId() == QMetaType::QVariantHash) {
                    scopes.append(static_cast<const QVariantHash *>(v->constData()));
                    run(n.children);
                    scopes.removeLast();
                } else if (truthy(*v)) {
                    run(n.children);
                }
                break;
            }
            case Template::Node::Inverted: {
                const QVariant *v = lookup(scopes, n.text);
                if (!v)
                    return unknown(n);
                if (!truthy(*v))
                    run(n.children);
                break;
            }
            }
        }
    }
};

} // namespace

Expected<Template> Template::parse(const QString &text, const QString &origin)
{
    // A stack of open sections; the root collects the top-level nodes.
    QList<Node> stack{Node{}};
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        if (open < 0) {
            stack.last().children.append(Node{Node::Text, text.mid(pos), lineAt(text, pos), {}});
            break;
        }
        if (open > pos)
            stack.last().children.append(
                Node{Node::Text, text.mid(pos, open - pos), lineAt(text, pos), {}});
        const int line = lineAt(text, open);
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return Error{
                tr("Template %1: \"{{\" is never closed by \"}}\".").arg(where(origin, line))};
        const QString tag = text.mid(open + 2, close - open - 2).trimmed();
        pos = close + 2;
        if (tag.startsWith(u'!'))
            continue;
        const QChar sigil = tag.isEmpty() ? QChar() : tag.front();
        const bool hasSigil = sigil == u'#' || sigil == u'^' || sigil == u'/';
        const QString name = hasSigil ? tag.mid(1).trimmed() : tag;
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*"
                                                             "(\\.[A-Za-z_][A-Za-z0-9_]*)*$"));
        if (!valid.match(name).hasMatch())
            return Error{tr("Template %1: \"{{%2}}\" is not a placeholder name.")
                             .arg(where(origin, line), tag)};
        if (sigil == u'#' || sigil == u'^') {
            stack.append(Node{sigil == u'#' ? Node::Section : Node::Inverted, name, line, {}});
        } else if (sigil == u'/') {
            if (stack.size() < 2 || stack.last().text != name)
                return Error{tr("Template %1: \"{{/%2}}\" closes no open section.")
                                 .arg(where(origin, line), name)};
            Node done = stack.takeLast();
            stack.last().children.append(std::move(done));
        } else {
            stack.last().children.append(Node{Node::Value, name, line, {}});
        }
    }
    if (stack.size() > 1)
        return Error{tr("Template %1: the section \"%2\" is never closed.")
                         .arg(where(origin, stack.last().line), stack.last().text)};
    Template t;
    t.m_origin = origin;
    t.m_nodes = std::make_shared<const QList<Node>>(std::move(stack.first().children));
    return t;
}

Expected<QString> Template::render(const QVariantHash &context) const
{
    Renderer r{m_origin, {&context}, {}, {}};
    if (m_nodes)
        r.run(*m_nodes);
    if (r.error)
        return *r.error;
    return r.out;
}

} // namespace habilis

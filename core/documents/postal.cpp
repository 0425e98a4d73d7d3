#include "postal.h"

namespace habilis::postal {

namespace {

/// At most 38 characters, cut between words where there is a space to cut at.
QString cut(const QString &line)
{
    if (line.size() <= kMaxLineLength)
        return line;
    const qsizetype space = line.lastIndexOf(u' ', kMaxLineLength);
    return (space > kMaxLineLength / 2 ? line.left(space) : line.left(kMaxLineLength)).trimmed();
}

} // namespace

QString plainCapitals(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            out += c.toUpper();
        else if (!out.isEmpty() && !out.endsWith(u' '))
            out += u' ';
    }
    // Ligatures the decomposition keeps.
    out.replace(QChar(0x0152), QLatin1String("OE")).replace(QChar(0x00C6), QLatin1String("AE"));
    return out.trimmed();
}

QStringList addressLines(const QString &name, const PostalAddress &address)
{
    QStringList tail;
    for (const QString &s : {address.recipient, address.building}) {
        if (!s.trimmed().isEmpty())
            tail << cut(s.simplified());
    }
    for (const QString &s : {address.street, address.poBox}) {
        if (!s.trimmed().isEmpty())
            tail << cut(plainCapitals(s));
    }
    QString city = address.postcode.trimmed() + u' ' + plainCapitals(address.town);
    if (address.cedex)
        city += QStringLiteral(" CEDEX");
    tail << cut(city);

    QStringList lines;
    const QString n = name.simplified();
    if (n.size() > kMaxLineLength && tail.size() + 2 <= kMaxLines) {
        // Break the name at the last space that leaves a first line of 38 characters at most.
        const qsizetype space = n.lastIndexOf(u' ', kMaxLineLength);
        if (space > 0) {
            lines << n.left(space) << cut(n.mid(space + 1));
        } else {
            lines << cut(n);
        }
    } else {
        lines << cut(n);
    }
    lines << tail;
    while (lines.size() > kMaxLines)
        lines.removeAt(1); // the person or service goes first: the post needs the rest
    return lines;
}

} // namespace habilis::postal

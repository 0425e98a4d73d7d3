#include "mailmessage.h"

#include <QLocale>
#include <QRandomGenerator>

namespace habilis {

namespace {

bool isPlainAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

} // namespace

QByteArray MailMessage::encodeHeaderText(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // Encoded words of at most 75 characters, never splitting a UTF-8 sequence (RFC 2047 5).
    QList<QByteArray> words;
    QByteArray chunk;
    const auto flush = [&]() {
        if (!chunk.isEmpty())
            words << "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString one(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size())
            one += text.at(++i);
        const QByteArray bytes = one.toUtf8();
        if (((chunk.size() + bytes.size() + 2) / 3) * 4 > 48)
            flush();
        chunk += bytes;
    }
    flush();
    return words.join("\r\n ");
}

QByteArray MailMessage::quotedPrintable(const QString &text)
{
    QByteArray out;
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QList<QByteArray> lines = normalised.toUtf8().split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QByteArray &line = lines.at(n);
        QByteArray encoded;
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray piece;
            // Trailing white space would be lost on the way: encode it.
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            if (column + piece.size() > 75) {
                encoded += "=\r\n";
                column = 0;
            }
            encoded += piece;
            column += int(piece.size());
        }
        out += encoded;
        if (n + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray MailMessage::mailbox(const Mailbox &m)
{
    const QByteArray address = '<' + m.address.trimmed().toLatin1() + '>';
    if (m.name.trimmed().isEmpty())
        return address;
    QString name = m.name.trimmed();
    if (isPlainAscii(name)) {
        name.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        return '"' + name.toLatin1() + "\" " + address;
    }
    return encodeHeaderText(name) + ' ' + address;
}

QString MailMessage::newMessageId(const QString &address)
{
    QString domain = address.section(u'@', 1).trimmed();
    if (domain.isEmpty())
        domain = QStringLiteral("habilis.invalid");
    const quint64 a = QRandomGenerator::system()->generate64();
    const quint64 b = QRandomGenerator::system()->generate64();
    return QStringLiteral("habilis.%1.%2@%3")
        .arg(QString::number(a, 36), QString::number(b, 36), domain);
}

QByteArray MailMessage::toBytes() const
{
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTime();
    const QString id = messageId.isEmpty() ? newMessageId(from.address) : messageId;
    QByteArray out;
    out += "Date: " + when.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    out += "From: " + mailbox(from) + "\r\n";
    out += "To: " + mailbox(to) + "\r\n";
    out += "Subject: " + encodeHeaderText(subject) + "\r\n";
    out += "Message-ID: <" + id.toLatin1() + ">\r\n";
    if (unsent)
        out += "X-Unsent: 1\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n";
    out += "\r\n";
    out += quotedPrintable(body);
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

} // namespace habilis

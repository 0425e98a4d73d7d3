#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace habilis {

/// A mailbox: a display name (any language) and an address.
struct Mailbox {
    QString name;
    QString address;
};

/// A plain-text email, written as RFC 5322 / MIME bytes in UTF-8.
struct MailMessage {
    Mailbox from;
    Mailbox to;
    QString subject;
    QString body; ///< plain text, '\n' line ends
    QDateTime date;
    QString messageId;   ///< without angle brackets; made up when empty
    bool unsent = false; ///< a draft: "X-Unsent: 1", so that mail clients open it for sending

    /// The message as it goes on the wire or into a .eml file: CRLF line ends, non-ASCII
    /// header text as RFC 2047 encoded words, the body in quoted-printable UTF-8.
    QByteArray toBytes() const;

    /// RFC 2047 "B" encoded words for `text`, or the text itself when it is plain ASCII.
    static QByteArray encodeHeaderText(const QString &text);
    /// Quoted-printable (RFC 2045) of UTF-8 text, CRLF line ends, lines of at most 76.
    static QByteArray quotedPrintable(const QString &text);
    static QByteArray mailbox(const Mailbox &m);
    /// A new unique Message-ID for the domain of `address`.
    static QString newMessageId(const QString &address);
};

} // namespace habilis

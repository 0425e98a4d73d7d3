#include "transport.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <curl/curl.h>

#include <cstring>
#include <memory>

namespace habilis {

DraftWriter::DraftWriter(QString folder)
    : m_folder(std::move(folder))
{}

QString DraftWriter::safeFileName(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.unicode() < 0x20 || QStringLiteral("/\\:*?\"<>|").contains(c))
            out += u'_';
        else
            out += c;
    }
    return out.trimmed().left(150);
}

Expected<QString> DraftWriter::deliver(const MailMessage &message)
{
    if (!QDir().mkpath(m_folder))
        return Error{tr("The folder of the drafts \"%1\" cannot be created.").arg(m_folder)};
    const QString base =
        safeFileName(message.to.name.isEmpty() ? message.to.address : message.to.name) +
        QStringLiteral(" - ") + safeFileName(message.subject);
    QString path = QDir(m_folder).filePath(base + QStringLiteral(".eml"));
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(m_folder).filePath(base + QStringLiteral(" (%1).eml").arg(n));
    MailMessage draft = message;
    draft.unsent = true;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return Error{tr("The draft \"%1\" cannot be written: %2").arg(path, f.errorString())};
    }
    f.write(draft.toBytes());
    if (!f.commit()) {
        return Error{tr("The draft \"%1\" cannot be written: %2").arg(path, f.errorString())};
    }
    return path;
}

int SmtpSettings::effectivePort() const
{
    if (port > 0)
        return port;
    switch (security) {
    case SmtpSecurity::None:
        return 25;
    case SmtpSecurity::StartTls:
        return 587;
    case SmtpSecurity::Tls:
        return 465;
    }
    return 25;
}

QString SmtpSettings::code(SmtpSecurity s)
{
    switch (s) {
    case SmtpSecurity::None:
        return QStringLiteral("none");
    case SmtpSecurity::StartTls:
        return QStringLiteral("starttls");
    case SmtpSecurity::Tls:
        return QStringLiteral("tls");
    }
    return {};
}

std::optional<SmtpSecurity> SmtpSettings::securityFromCode(const QString &text)
{
    for (SmtpSecurity s : {SmtpSecurity::None, SmtpSecurity::StartTls, SmtpSecurity::Tls}) {
        if (code(s) == text.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

SmtpSender::SmtpSender(SmtpSettings settings)
    : m_settings(std::move(settings))
{
    curl_global_init(CURL_GLOBAL_DEFAULT);
}

namespace {

struct Upload {
    QByteArray data;
    qsizetype offset = 0;
};

size_t readChunk(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype left = upload->data.size() - upload->offset;
    const qsizetype n = qMin(left, qsizetype(size * count));
    std::memcpy(buffer, upload->data.constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

struct CurlDeleter {
    void operator()(CURL *c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};

} // namespace

Expected<QString> SmtpSender::deliver(const MailMessage &message)
{
    const QString where =
        QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.effectivePort());
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return Error{tr("The SMTP relay %1 cannot be used: libcurl did not start.").arg(where)};
    const QByteArray url = (m_settings.security == SmtpSecurity::Tls ? QByteArray("smtps://")
                                                                     : QByteArray("smtp://")) +
                           where.toUtf8();
    const QByteArray from = '<' + message.from.address.trimmed().toUtf8() + '>';
    const QByteArray to = '<' + message.to.address.trimmed().toUtf8() + '>';
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    std::unique_ptr<curl_slist, SlistDeleter> recipients(
        curl_slist_append(nullptr, to.constData()));
    Upload upload{message.toBytes(), 0};
    char errorBuffer[CURL_ERROR_SIZE] = {};
    CURL *c = curl.get();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(c, CURLOPT_READFUNCTION, &readChunk);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 10L);
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
    if (m_settings.security == SmtpSecurity::StartTls)
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!m_settings.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    const CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK) {
        const QString detail =
            QString::fromUtf8(*errorBuffer ? errorBuffer : curl_easy_strerror(rc));
        if (rc == CURLE_COULDNT_CONNECT || rc == CURLE_COULDNT_RESOLVE_HOST ||
            rc == CURLE_OPERATION_TIMEDOUT) {
            return Error{tr("The SMTP relay %1 cannot be reached; the email to %2 was not sent: "
                            "%3")
                             .arg(where, message.to.address, detail)};
        }
        return Error{tr("The SMTP relay %1 refused the email to %2: %3")
                         .arg(where, message.to.address, detail)};
    }
    return where;
}

} // namespace habilis

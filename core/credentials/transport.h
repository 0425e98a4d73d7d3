#pragma once

#include "error.h"
#include "mailmessage.h"

#include <QCoreApplication>
#include <QString>

namespace habilis {

/// Where notices go: the Caf's SMTP relay, or drafts the officer sends from a mail client.
class MailTransport {
public:
    virtual ~MailTransport() = default;
    /// Sends or writes one message; returns where it went (a file, a relay), for the officer.
    virtual Expected<QString> deliver(const MailMessage &message) = 0;
    /// "smtp" or "draft", as the issuance records it.
    virtual QString channel() const = 0;
};

/// Writes each message as a .eml draft (X-Unsent: 1) in a folder, with a readable file name.
class DraftWriter final : public MailTransport {
    Q_DECLARE_TR_FUNCTIONS(DraftWriter)
public:
    explicit DraftWriter(QString folder);
    Expected<QString> deliver(const MailMessage &message) override;
    QString channel() const override { return QStringLiteral("draft"); }
    QString folder() const { return m_folder; }
    /// A file name from free text: no path separators nor characters file systems refuse.
    static QString safeFileName(const QString &text);

private:
    QString m_folder;
};

enum class SmtpSecurity { None, StartTls, Tls };

/// How to reach the Caf's relay. The password comes from the environment or is asked; it is
/// never stored.
struct SmtpSettings {
    QString host;
    int port = 0; ///< 0: 25, 587 with STARTTLS, 465 with TLS
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user;
    QString password;
    int timeoutSeconds = 30;

    int effectivePort() const;
    static QString code(SmtpSecurity s);
    static std::optional<SmtpSecurity> securityFromCode(const QString &text);
};

/// Sends through an SMTP relay with libcurl (STARTTLS or implicit TLS, optional login).
class SmtpSender final : public MailTransport {
    Q_DECLARE_TR_FUNCTIONS(SmtpSender)
public:
    explicit SmtpSender(SmtpSettings settings);
    Expected<QString> deliver(const MailMessage &message) override;
    QString channel() const override { return QStringLiteral("smtp"); }

private:
    SmtpSettings m_settings;
};

} // namespace habilis

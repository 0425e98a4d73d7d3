#pragma once

#include "credentials.h"
#include "storage/storage.h"
#include "transport.h"

#include <QCoreApplication>
#include <QSet>

#include <memory>

namespace habilis {

/// How this database sends the notices: the settings table, one key each.
struct NoticeSettings {
    int passwordLength = PasswordGenerator::kDefaultLength;
    bool twoEmails = false; ///< identifier and password in two separate emails
    SmtpSettings smtp;      ///< no host: the notices are written as drafts
    QString sender;         ///< From address; the Caf's email when empty

    static NoticeSettings load(const Storage &storage);

    /// The keys of the settings table.
    static const QString kPasswordLength;
    static const QString kTwoEmails;
    static const QString kSmtpHost;
    static const QString kSmtpPort;
    static const QString kSmtpSecurity;
    static const QString kSmtpUser;
    static const QString kSender;

    /// The value as stored, or an error in French naming the setting and the value.
    static Expected<QString> checked(const QString &key, const QString &text);
    /// Checks, then writes the value, journaled.
    static Status save(Storage &storage, const QString &key, const QString &text);

    /// Where drafts go by default: ~/Documents/Habilis/brouillons.
    static QString defaultDraftsFolder();
    /// True when sending needs the relay's password and none was given.
    bool needsPassword() const { return !smtp.host.isEmpty() && !smtp.user.isEmpty(); }
    /// The way the notices leave: drafts in `draftsFolder` when it is given or no relay is
    /// set, else the relay with `password` (never stored).
    std::unique_ptr<MailTransport> transport(const QString &draftsFolder,
                                             const QString &password) const;
};

/// What became of one person's notice.
struct NoticeResult {
    CredentialIssuance issuance;
    bool notified = false;
    QStringList deliveredTo; ///< the files written or the relay, one per email
    QString error;           ///< why the person was not notified
};

/// Issues the passwords (art. 3-2) and gives them to the persons by email or draft. A password
/// lives only in memory and in the email: a notice that failed cannot be sent again, so
/// notifyPending() draws a new password for it.
class CredentialService {
    Q_DECLARE_TR_FUNCTIONS(CredentialService)
public:
    CredentialService(Storage &storage, MailTransport &transport, NoticeSettings settings);

    /// Records the activation on `date` when not done yet, then notifies every person of the
    /// annex in force who has not received a password.
    Expected<QList<NoticeResult>> activate(const QString &reference, QDate date, QDate today);
    /// A new password for every person of the annex in force who has none notified: persons
    /// added by an amendment, and notices that failed. With `only`, just these persons.
    Expected<QList<NoticeResult>> notifyPending(const QString &reference, QDate today,
                                                const QSet<qint64> &only = {});
    /// Who would get a password from notifyPending(): nothing is written, nothing sent.
    static Expected<QList<CredentialRequest>> pending(const Storage &storage,
                                                      const QString &reference, QDate today,
                                                      const QSet<qint64> &only = {});
    /// A new password for the person with this email (a lost password).
    Expected<QList<NoticeResult>> reset(const QString &reference, const QString &email,
                                        QDate today);

private:
    /// The From of the notices: the sender set, else the Caf's email.
    Expected<Mailbox> sender(const ConventionDetail &d) const;
    Expected<QList<NoticeResult>>
    issueAndSend(const QString &reference, const QList<CredentialRequest> &requests, QDate today);

    Storage &m_storage;
    MailTransport &m_transport;
    NoticeSettings m_settings;
    PasswordGenerator m_generator;
};

} // namespace habilis

#include "credentialservice.h"

#include "domain/dates.h"
#include "domain/validation.h"
#include "notice.h"

#include <QDir>
#include <QSet>
#include <QStandardPaths>

namespace habilis {

const QString NoticeSettings::kPasswordLength = QStringLiteral("password_length");
const QString NoticeSettings::kTwoEmails = QStringLiteral("two_emails");
const QString NoticeSettings::kSmtpHost = QStringLiteral("smtp_host");
const QString NoticeSettings::kSmtpPort = QStringLiteral("smtp_port");
const QString NoticeSettings::kSmtpSecurity = QStringLiteral("smtp_security");
const QString NoticeSettings::kSmtpUser = QStringLiteral("smtp_user");
const QString NoticeSettings::kSender = QStringLiteral("mail_sender");

namespace {
Error fieldError(const QString &field, const QString &value, const QString &message)
{
    return Error{FieldError{field, value, message}.toString()};
}
} // namespace

NoticeSettings NoticeSettings::load(const Storage &storage)
{
    NoticeSettings s;
    bool ok = false;
    const int length = storage.setting(kPasswordLength).toInt(&ok);
    if (ok && length >= PasswordGenerator::kMinimumLength)
        s.passwordLength = qMin(length, int(PasswordGenerator::kMaximumLength));
    s.twoEmails = storage.setting(kTwoEmails) == u"1";
    s.smtp.host = storage.setting(kSmtpHost);
    s.smtp.port = storage.setting(kSmtpPort).toInt();
    s.smtp.security = SmtpSettings::securityFromCode(storage.setting(kSmtpSecurity))
                          .value_or(SmtpSecurity::StartTls);
    s.smtp.user = storage.setting(kSmtpUser);
    s.sender = storage.setting(kSender);
    return s;
}

Expected<QString> NoticeSettings::checked(const QString &key, const QString &text)
{
    const QString v = text.trimmed();
    bool ok = false;
    if (key == kPasswordLength) {
        const int n = v.toInt(&ok);
        if (!ok || n < PasswordGenerator::kMinimumLength || n > PasswordGenerator::kMaximumLength) {
            return fieldError(CredentialService::tr("password length"), text,
                              CredentialService::tr("\"%1\": give a whole number from %2 to %3.")
                                  .arg(text)
                                  .arg(PasswordGenerator::kMinimumLength)
                                  .arg(PasswordGenerator::kMaximumLength));
        }
        return QString::number(n);
    }
    if (key == kTwoEmails) {
        if (v.toLower() != u"on" && v.toLower() != u"off")
            return fieldError(CredentialService::tr("two emails"), text,
                              CredentialService::tr("\"%1\": give on or off.").arg(text));
        return v.toLower() == u"on" ? QStringLiteral("1") : QString();
    }
    if (key == kSmtpHost) {
        for (QChar c : v) {
            if (!(c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u':' || c == u'[' ||
                  c == u']')) {
                return fieldError(CredentialService::tr("SMTP relay"), text,
                                  CredentialService::tr("\"%1\" is not a host name.").arg(text));
            }
        }
        return v;
    }
    if (key == kSmtpPort) {
        const int port = v.toInt(&ok);
        if (!v.isEmpty() && (!ok || port < 1 || port > 65535)) {
            return fieldError(
                CredentialService::tr("SMTP port"), text,
                CredentialService::tr("\"%1\": give a port from 1 to 65535.").arg(text));
        }
        return v.isEmpty() ? QString() : QString::number(port);
    }
    if (key == kSmtpSecurity) {
        const std::optional<SmtpSecurity> s = SmtpSettings::securityFromCode(v);
        if (!s) {
            return fieldError(
                CredentialService::tr("SMTP security"), text,
                CredentialService::tr("\"%1\": give none, starttls or tls.").arg(text));
        }
        return SmtpSettings::code(*s);
    }
    if (key == kSmtpUser)
        return v;
    if (key == kSender) {
        if (!v.isEmpty()) {
            if (const QString why = Validation::checkEmail(v); !why.isEmpty())
                return fieldError(CredentialService::tr("sender address"), text, why);
        }
        return v;
    }
    return Error{CredentialService::tr("Unknown setting \"%1\".").arg(key)};
}

Status NoticeSettings::save(Storage &storage, const QString &key, const QString &text)
{
    const Expected<QString> v = checked(key, text);
    if (!v)
        return v.error();
    return storage.saveSetting(key, *v);
}

QString NoticeSettings::defaultDraftsFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .filePath(QStringLiteral("Habilis/brouillons"));
}

std::unique_ptr<MailTransport> NoticeSettings::transport(const QString &draftsFolder,
                                                         const QString &password) const
{
    if (!draftsFolder.isEmpty() || smtp.host.isEmpty())
        return std::make_unique<DraftWriter>(draftsFolder.isEmpty() ? defaultDraftsFolder()
                                                                    : draftsFolder);
    SmtpSettings settings = smtp;
    settings.password = password;
    return std::make_unique<SmtpSender>(settings);
}

CredentialService::CredentialService(Storage &storage, MailTransport &transport,
                                     NoticeSettings settings)
    : m_storage(storage)
    , m_transport(transport)
    , m_settings(std::move(settings))
{}

Expected<QList<NoticeResult>> CredentialService::activate(const QString &reference, QDate date,
                                                          QDate today)
{
    const Expected<ConventionDetail> d = m_storage.convention(reference);
    if (!d)
        return d.error();
    // Refused before anything is recorded when the emails could not leave.
    if (const Expected<Mailbox> from = sender(*d); !from)
        return from.error();
    if (!d->convention.activatedOn.isValid()) {
        StepInput in;
        in.date = date;
        if (const Expected<Convention> c =
                m_storage.recordStep(reference, Step::Activate, in, today);
            !c)
            return c.error();
    }
    return notifyPending(reference, today);
}

Expected<QList<NoticeResult>>
CredentialService::notifyPending(const QString &reference, QDate today, const QSet<qint64> &only)
{
    const Expected<QList<CredentialRequest>> requests = pending(m_storage, reference, today, only);
    if (!requests)
        return requests.error();
    if (requests->isEmpty())
        return QList<NoticeResult>();
    return issueAndSend(reference, *requests, today);
}

Expected<QList<CredentialRequest>> CredentialService::pending(const Storage &storage,
                                                              const QString &reference, QDate today,
                                                              const QSet<qint64> &only)
{
    const Expected<ConventionDetail> d = storage.convention(reference, today);
    if (!d)
        return d.error();
    if (!d->convention.activatedOn.isValid()) {
        return Error{tr("The habilitation of the convention %1 is not activated: activate it "
                        "first.")
                         .arg(d->convention.reference)};
    }
    const Expected<QList<CredentialIssuance>> issued = storage.credentials(reference);
    if (!issued)
        return issued.error();
    // Who was in the annex the day of the activation gets an activation notice; the others
    // came with an amendment.
    const Expected<ConventionDetail> atActivation =
        storage.convention(reference, d->convention.activatedOn);
    if (!atActivation)
        return atActivation.error();
    QSet<qint64> initial;
    for (const Person &p : atActivation->annex.persons)
        initial.insert(p.id);
    QList<CredentialRequest> requests;
    for (const Person &p : d->annex.persons) {
        if (!only.isEmpty() && !only.contains(p.id))
            continue;
        bool notified = false;
        std::optional<CredentialKind> pendingKind;
        for (const CredentialIssuance &i : *issued) {
            if (i.person.id != p.id || i.superseded)
                continue;
            if (i.notifiedAt.isValid())
                notified = true;
            else
                pendingKind = i.kind;
        }
        if (notified)
            continue;
        requests << CredentialRequest{p.id, pendingKind.value_or(initial.contains(p.id)
                                                                     ? CredentialKind::Activation
                                                                     : CredentialKind::Amendment)};
    }
    return requests;
}

Expected<QList<NoticeResult>> CredentialService::reset(const QString &reference,
                                                       const QString &email, QDate today)
{
    const Expected<ConventionDetail> d = m_storage.convention(reference, today);
    if (!d)
        return d.error();
    for (const Person &p : d->annex.persons) {
        if (p.email.trimmed().compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return issueAndSend(reference, {CredentialRequest{p.id, CredentialKind::Reset}}, today);
    }
    return Error{FieldError{tr("email"), email,
                            tr("\"%1\" is not the email of a person of the annex in force of the "
                               "convention %2.")
                                .arg(email, d->convention.reference)}
                     .toString()};
}

Expected<Mailbox> CredentialService::sender(const ConventionDetail &d) const
{
    const Mailbox from{d.caf.name, m_settings.sender.isEmpty() ? d.caf.email : m_settings.sender};
    if (from.address.trimmed().isEmpty()) {
        return Error{tr("No sender address for the emails: give the Caf %1 an email, or set one "
                        "(settings smtp --sender).")
                         .arg(d.caf.departement)};
    }
    return from;
}

Expected<QList<NoticeResult>>
CredentialService::issueAndSend(const QString &reference, const QList<CredentialRequest> &requests,
                                QDate today)
{
    const Expected<ConventionDetail> d = m_storage.convention(reference, today);
    if (!d)
        return d.error();
    const Expected<Mailbox> from = sender(*d);
    if (!from)
        return from.error();
    const Expected<QList<CredentialIssuance>> issued =
        m_storage.issueCredentials(reference, requests, today);
    if (!issued)
        return issued.error();
    QList<NoticeResult> results;
    for (const CredentialIssuance &i : *issued) {
        NoticeResult r;
        r.issuance = i;
        // The password exists only here and in the emails.
        QString password = m_generator.generate(m_settings.passwordLength);
        const QList<MailMessage> messages = Notice::compose(*d, i.person, i.identifier, password,
                                                            i.kind, *from, m_settings.twoEmails);
        password.fill(u' ');
        for (const MailMessage &m : messages) {
            const Expected<QString> where = m_transport.deliver(m);
            if (!where) {
                r.error = where.errorString();
                break;
            }
            r.deliveredTo << *where;
        }
        if (r.error.isEmpty()) {
            if (Status s = m_storage.markNotified(i.id, m_transport.channel()); !s)
                r.error = s.errorString();
            else
                r.notified = true;
        }
        results << r;
    }
    return results;
}

} // namespace habilis

#include "notice.h"

#include "domain/labels.h"

#include <QRegularExpression>

namespace habilis {

QString Notice::scopeText(const Scope &scope)
{
    QStringList parts;
    if (scope.functioning)
        parts << tr("functioning information");
    if (scope.availability)
        parts << tr("availability");
    return parts.join(QStringLiteral(", "));
}

QList<MailMessage> Notice::compose(const ConventionDetail &d, const Person &person,
                                   const QString &identifier, const QString &password,
                                   CredentialKind kind, const Mailbox &sender, bool twoEmails)
{
    const QString name =
        QStringList{Labels::display(person.civility), person.firstName, person.lastName}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(u' ');
    const QString greeting = tr("Hello %1,").arg(name);
    QString intro;
    switch (kind) {
    case CredentialKind::Activation:
        intro = tr("%1 has activated the habilitation of %2 (convention %3): you may now enter "
                   "on monenfant.fr the information of the establishments below.")
                    .arg(d.caf.name, d.provider.name, d.convention.reference);
        break;
    case CredentialKind::Amendment:
        intro = tr("An amendment to the convention %3 between %1 and %2 names you among the "
                   "persons habilitated to enter on monenfant.fr the information of the "
                   "establishments below.")
                    .arg(d.caf.name, d.provider.name, d.convention.reference);
        break;
    case CredentialKind::Reset:
        intro = tr("As asked, here is a new password for your habilitation on monenfant.fr, for "
                   "%1 (convention %2 with %3). The previous password no longer works.")
                    .arg(d.provider.name, d.convention.reference, d.caf.name);
        break;
    }
    QStringList establishments;
    for (const AnnexEstablishment &ae : d.annex.establishments) {
        establishments << QStringLiteral("- ") +
                              tr("%1, %2 %3: %4")
                                  .arg(ae.establishment.name, ae.establishment.postcode,
                                       ae.establishment.town, scopeText(ae.scope));
    }
    const QString change =
        tr("This password is temporary: you must change it at your first login. Your new "
           "password must have at least %1 characters.")
            .arg(PasswordGenerator::kMinimumLength);
    const QString rules =
        tr("Rules of article 3-4 of the convention:") + u'\n' + QStringLiteral("- ") +
        tr("your identifier and your password are personal: never give them to anyone, not even "
           "a colleague;") +
        u'\n' + QStringLiteral("- ") +
        tr("when you leave your post or change duties, %1 must tell %2, so that your "
           "habilitation ends;")
            .arg(d.provider.name, d.caf.name) +
        u'\n' + QStringLiteral("- ") +
        tr("if you lose your password, ask %1 for a new one.").arg(d.caf.name);
    QStringList signature{tr("Kind regards,"), d.caf.name};
    if (!d.caf.email.isEmpty())
        signature << d.caf.email;
    if (!d.caf.phone.isEmpty())
        signature << d.caf.phone;
    const QString closing = signature.join(u'\n');
    const QString idLine = tr("Your identifier: %1").arg(identifier);
    const QString passwordLine = tr("Your temporary password: %1").arg(password);

    MailMessage base;
    base.from = sender;
    base.to = Mailbox{name, person.email};
    base.date = QDateTime::currentDateTime();
    QList<MailMessage> out;
    if (!twoEmails) {
        MailMessage m = base;
        m.subject = tr("Your access to monenfant.fr for %1").arg(d.provider.name);
        m.body =
            QStringList{
                greeting, intro,  establishments.join(u'\n'), idLine + u'\n' + passwordLine, change,
                rules,    closing}
                .join(QStringLiteral("\n\n")) +
            u'\n';
        out << m;
        return out;
    }
    MailMessage first = base;
    first.subject =
        tr("Your access to monenfant.fr for %1 (1/2): your identifier").arg(d.provider.name);
    first.body = QStringList{greeting,
                             intro,
                             establishments.join(u'\n'),
                             idLine,
                             tr("Your temporary password comes in a second email."),
                             rules,
                             closing}
                     .join(QStringLiteral("\n\n")) +
                 u'\n';
    MailMessage second = base;
    second.subject =
        tr("Your access to monenfant.fr for %1 (2/2): your password").arg(d.provider.name);
    second.body =
        QStringList{greeting,
                    tr("Here is the temporary password that goes with the identifier sent to you "
                       "in a first email (convention %1).")
                        .arg(d.convention.reference),
                    passwordLine,
                    change,
                    rules,
                    closing}
            .join(QStringLiteral("\n\n")) +
        u'\n';
    out << first << second;
    return out;
}

} // namespace habilis

#pragma once

#include "credentials.h"
#include "mailmessage.h"
#include "storage/storage.h"

#include <QCoreApplication>
#include <QList>

namespace habilis {

/// The email that gives a person their identifier and initial password (art. 3-2), with the
/// rules of art. 3-4. In the users' language (French).
class Notice {
    Q_DECLARE_TR_FUNCTIONS(Notice)
public:
    /// One email, or two when `twoEmails`: the first with the identifier and never the
    /// password, the second with the password and never the identifier.
    static QList<MailMessage> compose(const ConventionDetail &detail, const Person &person,
                                      const QString &identifier, const QString &password,
                                      CredentialKind kind, const Mailbox &sender, bool twoEmails);
    /// "informations de fonctionnement, disponibilités"
    static QString scopeText(const Scope &scope);
};

} // namespace habilis

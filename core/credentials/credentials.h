#pragma once

#include "domain/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QRandomGenerator>
#include <QString>

#include <optional>

namespace habilis {

/// Why a password was issued (art. 3-2).
enum class CredentialKind {
    Activation, ///< the habilitation is activated
    Amendment,  ///< a person added by an amendment
    Reset,      ///< a lost password
};

/// One password issued to a person. The password itself is never kept: only who, when, by
/// whom, why, and whether the person was told.
struct CredentialIssuance {
    qint64 id = 0;
    qint64 conventionId = 0;
    QString reference;
    Person person;
    QString identifier;
    CredentialKind kind = CredentialKind::Activation;
    QDateTime issuedAt; ///< UTC
    QString issuedBy;   ///< OS login
    bool mustChange = true;
    QDateTime notifiedAt;    ///< UTC; null until the email is sent or the draft written
    QString channel;         ///< "smtp" or "draft"
    bool superseded = false; ///< a newer password was issued before this one was notified
};

/// What to issue: a person of the annex in force, and why.
struct CredentialRequest {
    qint64 personId = 0;
    CredentialKind kind = CredentialKind::Activation;
};

/// A person habilitated on a day, for one establishment of the annex in force.
struct Habilitation {
    QString reference;
    QString cafDepartement;
    QString providerName;
    QString providerSiret;
    Person person;
    QString identifier;
    AnnexEstablishment establishment;
    QDate from; ///< habilitated since: the activation, or the amendment that added the person
};

/// Codes and rules of the credentials, without a database.
class Credentials {
    Q_DECLARE_TR_FUNCTIONS(Credentials)
public:
    static QString code(CredentialKind kind);
    static std::optional<CredentialKind> kindFromCode(const QString &text);
    static QString display(CredentialKind kind);
    /// The readable base of a person's identifier: département, initial and last name, in
    /// lower-case ASCII ("82-ablachier"). Storage adds "-2", "-3"… when it is taken.
    static QString identifierBase(const Person &person, const QString &departement);
};

/// Initial passwords (art. 3-2): alphanumeric, case-sensitive, drawn from the system's
/// cryptographic generator, with a lower-case letter, an upper-case letter and a digit, and
/// none of the characters people confuse (0 O 1 l I).
class PasswordGenerator {
public:
    static constexpr int kMinimumLength = 8;
    static constexpr int kDefaultLength = 8;
    static constexpr int kMaximumLength = 64;

    static QString lowerCase();
    static QString upperCase();
    static QString digits();
    static QString alphabet();
    /// True when `password` follows the rules above.
    static bool isAcceptable(const QString &password);

    explicit PasswordGenerator(QRandomGenerator *source = QRandomGenerator::system());
    /// A uniform integer in [0, n), without modulo bias (rejection sampling).
    quint32 uniform(quint32 n);
    /// A password of `length` characters (at least kMinimumLength), uniform over the
    /// acceptable ones.
    QString generate(int length = kDefaultLength);

private:
    QRandomGenerator *m_source;
};

} // namespace habilis

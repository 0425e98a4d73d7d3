#include "credentials.h"

namespace habilis {

QString Credentials::code(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Activation:
        return QStringLiteral("activation");
    case CredentialKind::Amendment:
        return QStringLiteral("amendment");
    case CredentialKind::Reset:
        return QStringLiteral("reset");
    }
    return {};
}

std::optional<CredentialKind> Credentials::kindFromCode(const QString &text)
{
    for (CredentialKind k :
         {CredentialKind::Activation, CredentialKind::Amendment, CredentialKind::Reset}) {
        if (code(k) == text)
            return k;
    }
    return std::nullopt;
}

QString Credentials::display(CredentialKind kind)
{
    switch (kind) {
    case CredentialKind::Activation:
        return tr("activation");
    case CredentialKind::Amendment:
        return tr("added by an amendment");
    case CredentialKind::Reset:
        return tr("new password");
    }
    return {};
}

namespace {
QString asciiLetters(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D).toLower()) {
        if (c >= u'a' && c <= u'z')
            out += c;
    }
    return out;
}
} // namespace

QString Credentials::identifierBase(const Person &person, const QString &departement)
{
    const QString first = asciiLetters(person.firstName);
    QString last = asciiLetters(person.lastName).left(20);
    if (last.isEmpty())
        last = asciiLetters(person.email.section(u'@', 0, 0)).left(20);
    if (last.isEmpty())
        last = QStringLiteral("agent");
    return departement.toLower() + u'-' + first.left(1) + last;
}

QString PasswordGenerator::lowerCase()
{
    return QStringLiteral("abcdefghijkmnopqrstuvwxyz"); // no l
}

QString PasswordGenerator::upperCase()
{
    return QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ"); // no I, O
}

QString PasswordGenerator::digits()
{
    return QStringLiteral("23456789"); // no 0, 1
}

QString PasswordGenerator::alphabet()
{
    return lowerCase() + upperCase() + digits();
}

bool PasswordGenerator::isAcceptable(const QString &password)
{
    if (password.size() < kMinimumLength)
        return false;
    bool lower = false;
    bool upper = false;
    bool digit = false;
    for (QChar c : password) {
        if (lowerCase().contains(c))
            lower = true;
        else if (upperCase().contains(c))
            upper = true;
        else if (digits().contains(c))
            digit = true;
        else
            return false;
    }
    return lower && upper && digit;
}

PasswordGenerator::PasswordGenerator(QRandomGenerator *source)
    : m_source(source)
{}

quint32 PasswordGenerator::uniform(quint32 n)
{
    // Values at or above the last whole multiple of n would favour the small remainders.
    const quint64 range = quint64(1) << 32;
    const quint64 limit = range - range % n;
    for (;;) {
        const quint32 v = m_source->generate();
        if (v < limit)
            return v % n;
    }
}

QString PasswordGenerator::generate(int length)
{
    length = qBound(kMinimumLength, length, kMaximumLength);
    const QString chars = alphabet();
    // Drawing again when a class is missing keeps every acceptable password equally likely.
    for (;;) {
        QString password;
        password.reserve(length);
        for (int i = 0; i < length; ++i)
            password += chars.at(int(uniform(quint32(chars.size()))));
        if (isAcceptable(password))
            return password;
    }
}

} // namespace habilis

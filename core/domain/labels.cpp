#include "labels.h"

#include <array>

namespace habilis {

namespace {
const std::array<ProviderKind, 5> kKinds = {ProviderKind::Commune, ProviderKind::Intercommunalite,
                                            ProviderKind::Association, ProviderKind::Entreprise,
                                            ProviderKind::Autre};
const std::array<ConventionState, 9> kStates = {
    ConventionState::Received, ConventionState::Checked,   ConventionState::Rejected,
    ConventionState::Issued,   ConventionState::Mailed,    ConventionState::Returned,
    ConventionState::InForce,  ConventionState::Cancelled, ConventionState::Terminated};
} // namespace

QString Labels::code(Civility c)
{
    switch (c) {
    case Civility::Madame:
        return QStringLiteral("madame");
    case Civility::Monsieur:
        return QStringLiteral("monsieur");
    case Civility::None:
        break;
    }
    return {};
}

QString Labels::code(ProviderKind k)
{
    switch (k) {
    case ProviderKind::Commune:
        return QStringLiteral("commune");
    case ProviderKind::Intercommunalite:
        return QStringLiteral("intercommunalite");
    case ProviderKind::Association:
        return QStringLiteral("association");
    case ProviderKind::Entreprise:
        return QStringLiteral("entreprise");
    case ProviderKind::Autre:
        break;
    }
    return QStringLiteral("autre");
}

QString Labels::code(ConventionState s)
{
    switch (s) {
    case ConventionState::Received:
        return QStringLiteral("received");
    case ConventionState::Checked:
        return QStringLiteral("checked");
    case ConventionState::Rejected:
        return QStringLiteral("rejected");
    case ConventionState::Issued:
        return QStringLiteral("issued");
    case ConventionState::Mailed:
        return QStringLiteral("mailed");
    case ConventionState::Returned:
        return QStringLiteral("returned");
    case ConventionState::InForce:
        return QStringLiteral("in-force");
    case ConventionState::Cancelled:
        return QStringLiteral("cancelled");
    case ConventionState::Terminated:
        break;
    }
    return QStringLiteral("terminated");
}

std::optional<Civility> Labels::civilityFromCode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return Civility::None;
    if (t == u"madame" || t == u"mme" || t == u"mme." || t == u"mrs")
        return Civility::Madame;
    if (t == u"monsieur" || t == u"m." || t == u"m" || t == u"mr" || t == u"mr.")
        return Civility::Monsieur;
    return std::nullopt;
}

std::optional<ProviderKind> Labels::providerKindFromCode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (ProviderKind k : kKinds) {
        if (code(k) == t)
            return k;
    }
    return std::nullopt;
}

std::optional<ConventionState> Labels::stateFromCode(const QString &text)
{
    const QString t = text.trimmed().toLower();
    for (ConventionState s : kStates) {
        if (code(s) == t)
            return s;
    }
    return std::nullopt;
}

QStringList Labels::providerKindCodes()
{
    QStringList list;
    for (ProviderKind k : kKinds)
        list << code(k);
    return list;
}

QStringList Labels::stateCodes()
{
    QStringList list;
    for (ConventionState s : kStates)
        list << code(s);
    return list;
}

QString Labels::display(Civility c)
{
    switch (c) {
    case Civility::Madame:
        return tr("Madam", "civility, written in full");
    case Civility::Monsieur:
        return tr("Mister", "civility, written in full");
    case Civility::None:
        break;
    }
    return {};
}

QString Labels::shortDisplay(Civility c)
{
    switch (c) {
    case Civility::Madame:
        return tr("Mrs", "civility, abbreviated");
    case Civility::Monsieur:
        return tr("Mr", "civility, abbreviated");
    case Civility::None:
        break;
    }
    return {};
}

QString Labels::display(ProviderKind k)
{
    switch (k) {
    case ProviderKind::Commune:
        return tr("Municipality");
    case ProviderKind::Intercommunalite:
        return tr("Intermunicipality");
    case ProviderKind::Association:
        return tr("Association");
    case ProviderKind::Entreprise:
        return tr("Company");
    case ProviderKind::Autre:
        break;
    }
    return tr("Other");
}

QString Labels::display(ConventionState s)
{
    switch (s) {
    case ConventionState::Received:
        return tr("Request received");
    case ConventionState::Checked:
        return tr("Request checked");
    case ConventionState::Rejected:
        return tr("Request rejected");
    case ConventionState::Issued:
        return tr("Convention issued");
    case ConventionState::Mailed:
        return tr("Mailed for signature");
    case ConventionState::Returned:
        return tr("Signed copy returned");
    case ConventionState::InForce:
        return tr("In force");
    case ConventionState::Cancelled:
        return tr("Cancelled");
    case ConventionState::Terminated:
        break;
    }
    return tr("Terminated");
}

QString Labels::fullName(const Representative &r)
{
    QStringList parts;
    if (r.civility != Civility::None)
        parts << display(r.civility);
    if (!r.firstName.isEmpty())
        parts << r.firstName;
    if (!r.lastName.isEmpty())
        parts << r.lastName.toUpper();
    return parts.join(QLatin1Char(' '));
}

} // namespace habilis

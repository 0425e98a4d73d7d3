#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace habilis {

/// Stable codes (storage, JSON, command line) and display names (translated) of the enums.
class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    static QString code(Civility c);
    static QString code(ProviderKind k);
    static QString code(ConventionState s);
    static std::optional<Civility> civilityFromCode(const QString &text);
    static std::optional<ProviderKind> providerKindFromCode(const QString &text);
    static std::optional<ConventionState> stateFromCode(const QString &text);
    static QStringList providerKindCodes();
    static QStringList stateCodes();

    static QString display(Civility c);      ///< "Madame", "Monsieur", ""
    static QString shortDisplay(Civility c); ///< "Mme", "M.", ""
    static QString display(ProviderKind k);
    static QString display(ConventionState s);
    /// "Monsieur Romain LOPEZ"
    static QString fullName(const Representative &r);
};

} // namespace habilis

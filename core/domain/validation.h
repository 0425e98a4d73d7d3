#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace habilis {

/// One invalid field: which field (as a person names it), the value typed, and why.
struct FieldError {
    QString field;
    QString value;
    QString message; ///< already names the value

    QString toString() const;
};

/// Joins errors into one text, a line each.
QString joinErrors(const QList<FieldError> &errors);

/// Checks of what a person types. Every failure names the field and the value, in French once
/// translated. Pure functions: no database.
class Validation {
    Q_DECLARE_TR_FUNCTIONS(Validation)
public:
    // Single values; each returns an empty message when valid.
    static bool luhn(QStringView digits);
    static QString normalizedSiret(const QString &text); ///< digits only
    static QString checkSiretOrSiren(const QString &text);
    static QString checkEmail(const QString &text);
    static QString checkPostcode(const QString &text);
    static QString checkDepartement(const QString &text);
    static QString checkPhone(const QString &text);
    static QString checkMonEnfantId(const QString &text);

    static bool isValidSiret(const QString &text);
    static bool isValidSiren(const QString &text);
    static bool isValidDepartement(const QString &text);

    // Whole records; `context` prefixes field names ("person 2").
    static QList<FieldError> validate(const CafProfile &caf);
    static QList<FieldError> validate(const Provider &provider);
    static QList<FieldError> validate(const Establishment &e, const QList<EstablishmentType> &types,
                                      const QString &context = {});
    static QList<FieldError> validate(const Person &p, const QString &context = {});
    static QList<FieldError> validate(const AnnexEstablishment &e,
                                      const QList<EstablishmentType> &types,
                                      const QString &context = {});
    /// The whole request: provider, persons, establishments, no duplicates, at least one of each.
    static QList<FieldError> validate(const HabilitationRequest &request,
                                      const QList<EstablishmentType> &types);
    /// Duplicates within one annex: the same person (email, or name and first name) or the same
    /// establishment (monenfant.fr identifier, or type, name and postcode) twice.
    static QList<FieldError> checkDuplicates(const QList<Person> &persons,
                                             const QList<AnnexEstablishment> &establishments);

    /// Lower case, accents removed, spaces folded: the key that tells two names apart.
    static QString foldKey(const QString &text);
};

} // namespace habilis

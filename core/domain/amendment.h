#pragma once

#include "types.h"
#include "validation.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace habilis {

/// What an amendment (avenant) changes in Annex 1.
struct AmendmentChanges {
    QStringList removePersons; ///< emails of the persons who leave
    QList<Person> addPersons;
    QStringList removeEstablishments; ///< names, monenfant.fr identifiers, or "#id"
    QList<AnnexEstablishment> addEstablishments;
    std::optional<Representative> representative; ///< a new representative of the provider
    std::optional<PostalAddress> address;         ///< a new address of the provider

    bool isEmpty() const
    {
        return removePersons.isEmpty() && addPersons.isEmpty() && removeEstablishments.isEmpty() &&
               addEstablishments.isEmpty() && !representative && !address;
    }
};

/// A numbered amendment. Its state follows the convention's: Issued (prepared), Mailed,
/// Returned, InForce (both signatures: its annex is in force) or Cancelled.
struct Amendment {
    qint64 id = 0;
    qint64 conventionId = 0;
    int number = 0;
    ConventionState state = ConventionState::Issued;
    QDate preparedOn;
    QDate mailedOn;
    QDate returnedOn;
    QDate signedOn;
    QDate cancelledOn;
    QString reason;
    int annexVersion = 0; ///< the annex version it produces once signed
    int revision = 1;
    std::optional<Representative> representative; ///< the provider's new representative
    std::optional<PostalAddress> address;         ///< the provider's new address
};

/// The rules of amendments, without a database.
class Amendments {
    Q_DECLARE_TR_FUNCTIONS(Amendments)
public:
    /// The annex `current` once `changes` apply; the errors name the person or establishment.
    static Annex apply(const Annex &current, const AmendmentChanges &changes,
                       const QList<EstablishmentType> &types, QList<FieldError> *errors);
    /// The amendment seen as a convention, so that the rules of the steps apply to it.
    static Convention asConvention(const Amendment &a, const QString &reference);
    /// "CS-82-2024-0001, avenant 2"
    static QString label(const QString &reference, int number);
};

} // namespace habilis

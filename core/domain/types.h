#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace habilis {

enum class Civility { None, Madame, Monsieur };

/// A French postal address, in the fields of NF Z10-011 (lines 2 to 6; line 1 is the name).
struct PostalAddress {
    QString recipient;  ///< line 2: person or service
    QString building;   ///< line 3: building, floor, residence
    QString street;     ///< line 4: number and street
    QString poBox;      ///< line 5: BP, CS, TSA, lieu-dit
    QString postcode;   ///< line 6: five digits
    QString town;       ///< line 6
    bool cedex = false; ///< line 6 ends with CEDEX

    bool operator==(const PostalAddress &o) const;
    bool operator!=(const PostalAddress &o) const { return !(*this == o); }
};

/// Who signs for a party, with their title ("Maire", "Directrice").
struct Representative {
    Civility civility = Civility::None;
    QString firstName;
    QString lastName;
    QString title;

    bool operator==(const Representative &o) const;
    bool operator!=(const Representative &o) const { return !(*this == o); }
};

/// The departmental Caf that signs the conventions.
struct CafProfile {
    qint64 id = 0;
    QString departement; ///< "01".."95", "2A", "2B", "971".."976"
    QString name;        ///< "Caf de la Savoie"
    Representative director;
    PostalAddress address;
    QString signingTown; ///< "Fait à Chambéry"
    QString email;
    QString phone;

    bool operator==(const CafProfile &o) const;
};

enum class ProviderKind { Commune, Intercommunalite, Association, Entreprise, Autre };

/// The fournisseur de données: the partner that signs and manages establishments.
struct Provider {
    qint64 id = 0;
    ProviderKind kind = ProviderKind::Commune;
    QString name;
    QString siret; ///< SIRET (14 digits) or SIREN (9 digits), or empty
    Representative representative;
    PostalAddress address;
    QString email;
    QString phone;
};

/// An entry of the configurable list of establishment types.
struct EstablishmentType {
    QString code;                 ///< "EAJE", "ALSH"...
    QString label;                ///< "Établissement d'accueil du jeune enfant"
    bool hasAvailability = false; ///< only EAJE publish free places
};

struct Establishment {
    qint64 id = 0;
    qint64 providerId = 0;
    QString type; ///< code of an EstablishmentType
    QString name;
    QString address;
    QString postcode;
    QString town;
    QString monEnfantId; ///< optional identifier on monenfant.fr
};

/// A person the provider names to be habilitated (Annex 1).
struct Person {
    qint64 id = 0;
    qint64 providerId = 0;
    Civility civility = Civility::None;
    QString lastName;
    QString firstName;
    QString jobTitle;
    QString email;
};

/// What a person may publish for an establishment.
struct Scope {
    bool functioning = false;  ///< informations de fonctionnement
    bool availability = false; ///< disponibilités (EAJE only)

    bool operator==(const Scope &o) const
    {
        return functioning == o.functioning && availability == o.availability;
    }
};

struct AnnexEstablishment {
    Establishment establishment;
    Scope scope;
};

/// One version of Annex 1: the persons and the establishments with their scopes.
struct Annex {
    int version = 1;
    QDate validFrom; ///< null for a version not yet signed
    QList<Person> persons;
    QList<AnnexEstablishment> establishments;
};

/// Where a convention stands in the procedure (DESIGN.md, articles 3 to 5).
enum class ConventionState {
    Received,   ///< request received, acknowledged
    Checked,    ///< request checked by the Caf
    Rejected,   ///< request rejected
    Issued,     ///< documents generated
    Mailed,     ///< sent by post for signature
    Returned,   ///< signed copy back from the provider
    InForce,    ///< countersigned by the Caf
    Cancelled,  ///< never returned, cancelled
    Terminated, ///< ended by notice, after its effective date
};

struct Convention {
    qint64 id = 0;
    QString reference; ///< "CS-73-2025-0001"
    qint64 cafId = 0;
    qint64 providerId = 0;
    ConventionState state = ConventionState::Received;
    QDate receivedOn;
    QDate mailedOn;
    QDate returnedOn;
    QDate signedOn; ///< signature date: the effective date
    QDate activatedOn;
    QDate noticeReceivedOn;
    QDate terminatedOn; ///< first day no longer in force
    QDate cancelledOn;
    int revision = 1; ///< bumped on every change, for optimistic locking
};

/// A habilitation request as art. 3-1 describes it.
struct HabilitationRequest {
    QString cafDepartement;
    QDate receivedOn;
    Provider provider;
    QList<AnnexEstablishment> establishments;
    QList<Person> persons;
};

} // namespace habilis

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace habilis::demo {

/// A département and its Caf.
struct Departement {
    QString code;        ///< "01".."95" (no "20"), "2A", "2B", "971".."976"
    QString name;        ///< "Savoie"
    QString cafName;     ///< "Caf de la Savoie"
    QString cafStreet;   ///< the street of the Caf's seat
    QString cafPostcode; ///< a CEDEX postcode in the prefecture
    QString prefecture;  ///< "Chambéry"
};

/// A real commune with its postcode.
struct Town {
    QString name;
    QString postcode;
    QString departement;
};

const QList<Departement> &departements(); ///< the 101 départements that have a Caf
const QList<Town> &towns();               ///< real communes, at least 3 a département
const QStringList &femaleFirstNames();
const QStringList &maleFirstNames();
const QStringList &lastNames(); ///< with accents, hyphens, apostrophes and particles
const QStringList &streetNames();
const QStringList &jobTitles();
const QStringList &eajeNames();
const QStringList &leisureNames();
const QStringList &associationNames();
const QStringList &companyNames();

} // namespace habilis::demo

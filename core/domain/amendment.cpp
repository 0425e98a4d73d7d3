#include "amendment.h"

namespace habilis {

Annex Amendments::apply(const Annex &current, const AmendmentChanges &changes,
                        const QList<EstablishmentType> &types, QList<FieldError> *errors)
{
    Annex next = current;
    next.version = current.version + 1;
    next.validFrom = QDate();
    if (changes.isEmpty()) {
        errors->append(FieldError{tr("amendment"), QString(),
                                  tr("it changes nothing: name a person or an establishment to "
                                     "add or remove.")});
        return next;
    }
    for (const QString &email : changes.removePersons) {
        const auto it =
            std::find_if(next.persons.begin(), next.persons.end(), [&](const Person &p) {
                return p.email.compare(email.trimmed(), Qt::CaseInsensitive) == 0;
            });
        if (it == next.persons.end()) {
            errors->append(FieldError{tr("person to remove"), email,
                                      tr("\"%1\" is not in the annex in force.").arg(email)});
        } else {
            next.persons.erase(it);
        }
    }
    for (const QString &key : changes.removeEstablishments) {
        const QString folded = Validation::foldKey(key);
        // "#42" names the establishment by its id: two of an annex may share a name.
        bool byId = false;
        const qint64 id = key.startsWith(u'#') ? key.mid(1).toLongLong(&byId) : 0;
        const auto it =
            std::find_if(next.establishments.begin(), next.establishments.end(),
                         [&](const AnnexEstablishment &e) {
                             if (byId)
                                 return e.establishment.id == id;
                             return Validation::foldKey(e.establishment.name) == folded ||
                                    (!e.establishment.monEnfantId.isEmpty() &&
                                     e.establishment.monEnfantId == key.trimmed());
                         });
        if (it == next.establishments.end()) {
            errors->append(FieldError{tr("establishment to remove"), key,
                                      tr("\"%1\" is not in the annex in force.").arg(key)});
        } else {
            next.establishments.erase(it);
        }
    }
    for (int i = 0; i < changes.addPersons.size(); ++i) {
        *errors << Validation::validate(changes.addPersons.at(i), tr("person added %1").arg(i + 1));
        next.persons << changes.addPersons.at(i);
    }
    for (int i = 0; i < changes.addEstablishments.size(); ++i) {
        *errors << Validation::validate(changes.addEstablishments.at(i), types,
                                        tr("establishment added %1").arg(i + 1));
        next.establishments << changes.addEstablishments.at(i);
    }
    if (next.persons.isEmpty()) {
        errors->append(FieldError{tr("persons"), QString(),
                                  tr("the annex would name no one: terminate the convention "
                                     "instead, or add a person.")});
    }
    if (next.establishments.isEmpty()) {
        errors->append(FieldError{tr("establishments"), QString(),
                                  tr("the annex would have no establishment: terminate the "
                                     "convention instead, or add one.")});
    }
    *errors << Validation::checkDuplicates(next.persons, next.establishments);
    return next;
}

Convention Amendments::asConvention(const Amendment &a, const QString &reference)
{
    Convention c;
    c.id = a.id;
    c.reference = label(reference, a.number);
    c.state = a.state;
    c.receivedOn = a.preparedOn;
    c.mailedOn = a.mailedOn;
    c.returnedOn = a.returnedOn;
    c.signedOn = a.signedOn;
    c.cancelledOn = a.cancelledOn;
    c.revision = a.revision;
    return c;
}

QString Amendments::label(const QString &reference, int number)
{
    return tr("%1, amendment %2").arg(reference).arg(number);
}

} // namespace habilis

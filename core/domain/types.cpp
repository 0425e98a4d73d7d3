#include "types.h"

namespace habilis {

bool PostalAddress::operator==(const PostalAddress &o) const
{
    return recipient == o.recipient && building == o.building && street == o.street &&
           poBox == o.poBox && postcode == o.postcode && town == o.town && cedex == o.cedex;
}

bool Representative::operator==(const Representative &o) const
{
    return civility == o.civility && firstName == o.firstName && lastName == o.lastName &&
           title == o.title;
}

bool CafProfile::operator==(const CafProfile &o) const
{
    return departement == o.departement && name == o.name && director == o.director &&
           address == o.address && signingTown == o.signingTown && email == o.email &&
           phone == o.phone;
}

} // namespace habilis

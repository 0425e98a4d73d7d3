#pragma once

#include "domain/types.h"

#include <QStringList>

namespace habilis::postal {

/// Characters a line of a French postal address may hold (NF Z10-011).
constexpr int kMaxLineLength = 38;
/// Lines an address block may hold (NF Z10-011).
constexpr int kMaxLines = 6;

/// The address block of a letter to `name` at `address`, as NF Z10-011 orders it: name,
/// person or service, building, number and street, BP/lieu-dit, postcode and TOWN (CEDEX).
/// From line 4 on: capitals, no accents, no punctuation. At most 6 lines of 38 characters:
/// a longer name goes on two lines when there is room, and is cut otherwise.
QStringList addressLines(const QString &name, const PostalAddress &address);

/// `text` in capitals without accents nor punctuation, spaces collapsed: "Saint-Étienne,"
/// gives "SAINT ETIENNE".
QString plainCapitals(const QString &text);

} // namespace habilis::postal

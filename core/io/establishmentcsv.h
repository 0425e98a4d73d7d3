#pragma once

#include "domain/types.h"
#include "error.h"

#include <QCoreApplication>

namespace habilis {

/// Establishments from a spreadsheet. Header row (any order, case and accents ignored):
/// type; nom; adresse; code_postal; commune; identifiant_monenfant. Type, nom, code_postal and
/// commune are required.
class EstablishmentCsv {
    Q_DECLARE_TR_FUNCTIONS(EstablishmentCsv)
public:
    /// Every error names the file, the line, the column and the value; none is partial.
    static Expected<QList<Establishment>> read(const QByteArray &data, const QString &fileName,
                                               const QList<EstablishmentType> &types);
    static QStringList columns();
};

} // namespace habilis

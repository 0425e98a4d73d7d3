#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace habilis {

class SqlStorage;

/// What the demo generator wrote.
struct DemoCounts {
    int cafs = 0;
    int providers = 0;
    int conventions = 0;
    int establishments = 0;
    int persons = 0;
};

/// Fills an empty database with a realistic dataset: French names with accents, hyphens and
/// apostrophes, real towns and postcodes, every state and date of the procedure.
class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
public:
    enum class Scale {
        Small,    ///< one Caf, 60 providers: for trying the application
        National, ///< 101 Cafs, 30 000 providers and conventions, ~60 000 establishments and
                  ///< persons
    };

    /// `today` anchors the dates; the same seed gives the same data. One transaction.
    static Expected<DemoCounts> generate(SqlStorage &storage, Scale scale, QDate today,
                                         quint32 seed = 2026);
};

} // namespace habilis

#pragma once

#include "domain/types.h"
#include "error.h"

#include <QWizard>

namespace habilis {

class CafForm;
class Storage;

/// The first start of Habilis on a workstation: where the database lives, and the profile of
/// the Caf it works for. It writes nothing itself; main (or a test) opens the database it
/// chose and calls apply().
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePage, DatabasePage, CafPage, SummaryPage };

    explicit FirstRunWizard(QString databasePath, QWidget *parent = nullptr);

    /// The database file chosen, absolute: the one given, or another the officer chose.
    QString databasePath() const;
    /// The Caf profile typed.
    CafProfile caf() const;

    /// Saves `caf` in `storage` as the workstation's Caf (saveCaf, then setDefaultCaf): what
    /// main does once the wizard is accepted.
    static Status apply(Storage &storage, const CafProfile &caf);

private:
    CafForm *m_cafForm = nullptr;
};

} // namespace habilis

#pragma once

#include "domain/types.h"
#include "error.h"

#include <QWizard>

namespace habilis {

class CafForm;
class Storage;

/// Why the SQLite file `file` (absolute) cannot hold the database of Habilis; empty when it
/// can: an existing SQLite file that can be read and written, or a new one in a folder that can
/// be written.
QString databaseFileProblem(const QString &file);

/// The first start of Habilis on a workstation: where the database lives (a file, or the
/// office's PostgreSQL server), and the profile of the Caf it works for. It writes nothing itself;
/// Startup (or a test) opens the database it chose and calls apply() when savesCaf(). An existing
/// file is opened when the database page is left: one Habilis cannot use is refused there, and one
/// that already has its Caf profiles keeps them (the Caf page is skipped).
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { WelcomePage, DatabasePage, CafPage, SummaryPage };

    explicit FirstRunWizard(QString databasePath, QWidget *parent = nullptr);

    /// The database file chosen, absolute: the one given, or another the officer chose.
    QString databasePath() const;
    /// The PostgreSQL server chosen in place of a file (a libpq connection string without
    /// password); empty when a file was chosen.
    QString databaseServer() const;
    /// The password the officer typed to reach that server, when libpq found none; in memory,
    /// for this run only.
    QString serverPassword() const;
    /// The Caf profile typed.
    CafProfile caf() const;
    /// The Caf profiles the chosen file already has, known once the database page is left.
    QList<CafProfile> existingCafs() const;
    /// Whether the profile typed is to be saved: not when the file already has its profiles,
    /// which are kept.
    bool savesCaf() const;

    /// Saves `caf` in `storage` as the workstation's Caf (saveCaf, then setDefaultCaf): what
    /// main does once the wizard is accepted.
    static Status apply(Storage &storage, const CafProfile &caf);

private:
    CafForm *m_cafForm = nullptr;
};

} // namespace habilis

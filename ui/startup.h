#pragma once

#include "storage/sqlstorage.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

namespace habilis {

class FirstRunWizard;

/// What a start asks the officer, and how it says why Habilis cannot start. On a screen it asks
/// with dialogs; on a platform without one (offscreen, minimal) it asks nothing and prints;
/// tests answer in the officer's place.
class StartupOfficer {
public:
    /// What to do when the remembered database file cannot be found.
    enum class Missing { Locate, Create, Quit };

    virtual ~StartupOfficer() = default;
    /// False without a screen: no wizard, no question, the failures printed.
    virtual bool interactive() const = 0;
    /// Runs the first-run wizard; true when it was finished, false when cancelled.
    virtual bool runWizard(FirstRunWizard &wizard) = 0;
    /// The remembered database `path` cannot be found: locate it, create a new database there,
    /// or quit.
    virtual Missing missingDatabase(const QString &path) = 0;
    /// The database file the officer locates in place of `path`; empty when cancelled.
    virtual QString locateDatabase(const QString &path) = 0;
    /// Says why Habilis stops.
    virtual void fail(const QString &message) = 0;
    /// The password of a PostgreSQL database libpq found none for; empty when cancelled. It
    /// is kept in memory for this connection only.
    virtual QString databasePassword(const QString &connection) = 0;
};

/// Dialogs on a screen; on the offscreen and minimal platforms, no question and each failure
/// printed as qCritical("Habilis: …"), since a message box there would wait for ever.
std::unique_ptr<StartupOfficer> platformOfficer();

/// The decisions of the window's start, out of main() so that they are tested: which database
/// (--db, else HABILIS_DB, else the remembered server or file, else the default); a remembered file
/// gone missing (a network drive not mounted), which is never silently replaced by an empty
/// one; whether this is a first run (a new file, or one without a Caf profile), when the
/// wizard asks for the file and the profile and writes only once finished; which file is
/// remembered; and the notices that took effect since the last run.
class Startup {
    Q_DECLARE_TR_FUNCTIONS(Startup)
public:
    struct Result {
        /// The database the window shows; null when Habilis stops, with exitCode (0 when the
        /// officer chose to quit, 1 on a failure).
        std::unique_ptr<SqlStorage> storage;
        int exitCode = 0;
    };

    explicit Startup(StartupOfficer &officer);

    /// `databaseOption` is the value of --db, empty when not given; `today` settles the
    /// notices.
    Result run(const QString &databaseOption, QDate today = QDate::currentDate());
    /// The shared PostgreSQL database of `connection` (a libpq connection string): the
    /// password asked when libpq finds none; a database without a Caf profile gets the
    /// wizard's Caf page on a screen, and is refused without one.
    Result runPostgres(const QString &connection, QDate today = QDate::currentDate());

private:
    Result failed(const QString &message);
    /// The server the first-run wizard chose: opened with the password typed there, the Caf
    /// profile saved when it has none, and remembered.
    Result openChosenServer(const FirstRunWizard &wizard, QDate today);

    StartupOfficer &m_officer;
};

} // namespace habilis

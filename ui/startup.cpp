#include "startup.h"

#include "firstrunwizard.h"
#include "i18n.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace habilis {

namespace {

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QString missingText(const QString &path)
{
    return Startup::tr("The database file \"%1\" that this workstation uses cannot be found.")
        .arg(QDir::toNativeSeparators(path));
}

class DialogOfficer final : public StartupOfficer {
public:
    bool interactive() const override { return true; }

    bool runWizard(FirstRunWizard &wizard) override { return wizard.exec() == QDialog::Accepted; }

    Missing missingDatabase(const QString &path) override
    {
        QMessageBox box(QMessageBox::Warning, Startup::tr("Habilis"), missingText(path),
                        QMessageBox::NoButton);
        box.setInformativeText(
            Startup::tr("If it is on a network drive or a removable disk, connect it and start "
                        "Habilis again. If it was moved, locate it. Creating a new database "
                        "there starts again from nothing."));
        QPushButton *locate =
            box.addButton(Startup::tr("&Locate the file…"), QMessageBox::AcceptRole);
        QPushButton *create =
            box.addButton(Startup::tr("&Create a new database"), QMessageBox::DestructiveRole);
        QPushButton *quit = box.addButton(Startup::tr("&Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(locate);
        box.setEscapeButton(quit);
        box.exec();
        if (box.clickedButton() == locate)
            return Missing::Locate;
        if (box.clickedButton() == create)
            return Missing::Create;
        return Missing::Quit;
    }

    QString locateDatabase(const QString &path) override
    {
        return QFileDialog::getOpenFileName(nullptr, Startup::tr("Locate the database"),
                                            QFileInfo(path).absolutePath(),
                                            Startup::tr("Habilis database (*.sqlite);;All files "
                                                        "(*)"));
    }

    void fail(const QString &message) override
    {
        QMessageBox::critical(nullptr, Startup::tr("Habilis"), message);
    }

    QString databasePassword(const QString &connection) override
    {
        return QInputDialog::getText(
            nullptr, Startup::tr("Habilis"),
            Startup::tr("Password of the PostgreSQL database:\n%1").arg(connection),
            QLineEdit::Password);
    }
};

class ConsoleOfficer final : public StartupOfficer {
public:
    bool interactive() const override { return false; }
    bool runWizard(FirstRunWizard &) override { return false; }
    Missing missingDatabase(const QString &) override { return Missing::Quit; }
    QString locateDatabase(const QString &) override { return {}; }
    void fail(const QString &message) override { qCritical("Habilis: %s", qPrintable(message)); }
    QString databasePassword(const QString &) override { return {}; }
};

} // namespace

std::unique_ptr<StartupOfficer> platformOfficer()
{
    const QString platform = QGuiApplication::platformName();
    if (platform == u"offscreen" || platform == u"minimal")
        return std::make_unique<ConsoleOfficer>();
    return std::make_unique<DialogOfficer>();
}

Startup::Startup(StartupOfficer &officer)
    : m_officer(officer)
{}

Startup::Result Startup::failed(const QString &message)
{
    m_officer.fail(message);
    return {nullptr, 1};
}

Startup::Result Startup::run(const QString &databaseOption, QDate today)
{
    const DatabaseLocation where =
        databaseOption.isEmpty() ? databaseLocation()
                                 : DatabaseLocation{databaseOption, DatabaseSource::Option, {}};
    // The office's server, chosen in the settings or at the first start.
    if (!where.server.isEmpty())
        return runPostgres(where.server, today);
    QString path = absolute(where.path);
    // A file named for this run (--db, HABILIS_DB) is not remembered, unless the wizard chose
    // another one.
    const bool oneOff =
        where.source == DatabaseSource::Option || where.source == DatabaseSource::Environment;
    bool remember = false;
    const bool interactive = m_officer.interactive();

    // The remembered file is missing (a network drive not mounted): not a first run, and never
    // an empty database created in its place without the officer saying so.
    if (where.source == DatabaseSource::Remembered && !QFileInfo::exists(path)) {
        if (!interactive) {
            return failed(missingText(path) + u' ' +
                          tr("Connect the drive it is on, or start Habilis with --db FILE."));
        }
        for (;;) {
            const StartupOfficer::Missing choice = m_officer.missingDatabase(path);
            if (choice == StartupOfficer::Missing::Quit)
                return {};
            if (choice == StartupOfficer::Missing::Create)
                break; // a first run on this path: the wizard, then the file
            if (const QString located = m_officer.locateDatabase(path); !located.isEmpty()) {
                path = absolute(located);
                remember = true;
                break;
            }
        }
    }

    // A new file is created only once the wizard is finished, so that cancelling writes
    // nothing; without a screen there is no wizard, and the file is opened (created) at once.
    std::unique_ptr<SqlStorage> storage;
    if (!interactive || QFileInfo::exists(path)) {
        auto opened = SqlStorage::open(path);
        if (!opened)
            return failed(opened.errorString());
        storage = std::move(opened).value();
    }
    bool firstRun = !storage;
    if (storage) {
        const Expected<QList<CafProfile>> cafs = storage->cafs();
        if (!cafs)
            return failed(cafs.errorString());
        firstRun = cafs->isEmpty();
    }

    if (firstRun && interactive) {
        FirstRunWizard wizard(path);
        if (!m_officer.runWizard(wizard))
            return {};
        if (const QString server = wizard.databaseServer(); !server.isEmpty())
            return openChosenServer(wizard, today);
        const QString chosen = wizard.databasePath();
        if (!storage || chosen != path) {
            storage.reset();
            auto opened = SqlStorage::open(chosen);
            if (!opened)
                return failed(opened.errorString());
            storage = std::move(opened).value();
        }
        // A file that already has its Caf profiles keeps them.
        if (wizard.savesCaf()) {
            if (const Status s = FirstRunWizard::apply(*storage, wizard.caf()); !s)
                return failed(s.errorString());
        }
        if (!oneOff || chosen != path)
            remember = true;
        path = chosen;
    }
    if (remember)
        rememberDatabasePath(path);

    // Notices that took effect since the last run end their conventions now.
    if (const Expected<int> ended = storage->settle(today); !ended)
        return failed(ended.errorString());
    return {std::move(storage), 0};
}

Startup::Result Startup::openChosenServer(const FirstRunWizard &wizard, QDate today)
{
    const QString server = wizard.databaseServer();
    auto opened = SqlStorage::openLocation(QStringLiteral("pg:") + server, wizard.serverPassword());
    if (!opened)
        return failed(opened.errorString());
    std::unique_ptr<SqlStorage> storage = std::move(opened).value();
    if (wizard.savesCaf()) {
        if (const Status s = FirstRunWizard::apply(*storage, wizard.caf()); !s)
            return failed(s.errorString());
    }
    rememberDatabaseServer(server);
    if (const Expected<int> ended = storage->settle(today); !ended)
        return failed(ended.errorString());
    return {std::move(storage), 0};
}

Startup::Result Startup::runPostgres(const QString &connection, QDate today)
{
    const QString location = QStringLiteral("pg:") + connection;
    auto opened = SqlStorage::openLocation(location);
    if (!opened && SqlStorage::wantsPassword(opened.errorString()) && m_officer.interactive()) {
        const QString password = m_officer.databasePassword(connection);
        if (password.isEmpty())
            return {};
        opened = SqlStorage::openLocation(location, password);
    }
    if (!opened) {
        return failed(opened.errorString() + u' ' +
                      tr("Start Habilis with --db FILE to work on a file of this workstation "
                         "meanwhile."));
    }
    std::unique_ptr<SqlStorage> storage = std::move(opened).value();
    const Expected<QList<CafProfile>> cafs = storage->cafs();
    if (!cafs)
        return failed(cafs.errorString());
    if (cafs->isEmpty()) {
        if (!m_officer.interactive()) {
            return failed(tr("The database %1 has no Caf profile yet: set one with "
                             "\"habilis-cli --pg … caf set\".")
                              .arg(connection));
        }
        // The file page does not apply to a server: the profile alone is asked.
        FirstRunWizard wizard(location);
        wizard.setStartId(FirstRunWizard::CafPage);
        if (!m_officer.runWizard(wizard))
            return {};
        if (const Status s = FirstRunWizard::apply(*storage, wizard.caf()); !s)
            return failed(s.errorString());
    }
    if (const Expected<int> ended = storage->settle(today); !ended)
        return failed(ended.errorString());
    return {std::move(storage), 0};
}

} // namespace habilis

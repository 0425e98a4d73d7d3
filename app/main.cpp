#include "firstrunwizard.h"
#include "i18n.h"
#include "mainwindow.h"
#include "storage/sqlstorage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

#include <memory>

namespace {

QString absolute(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("habilis"));
    QApplication::setApplicationDisplayName(QStringLiteral("Habilis"));
    QApplication::setApplicationVersion(QStringLiteral(HABILIS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("fr.caf.habilis"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/habilis.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::tr("The database file."),
                                      QApplication::tr("file"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::tr("The language: fr or en."),
                                        QApplication::tr("language"));
    const QCommandLineOption pgOption(
        QStringLiteral("pg"),
        QApplication::tr("A shared PostgreSQL database: a libpq connection string such as "
                         "\"host=… dbname=… user=…\" (default: HABILIS_PG); the password comes "
                         "from PGPASSWORD, ~/.pgpass or a service file."),
        QApplication::tr("connection"));
    parser.addOption(dbOption);
    parser.addOption(pgOption);
    parser.addOption(langOption);
    parser.process(app);
    habilis::installTranslators(app, parser.value(langOption));

    // --db, else HABILIS_DB, else the file the first run chose, else the user's data folder.
    QString path;
    bool named = true;
    if (parser.isSet(dbOption)) {
        path = parser.value(dbOption);
    } else if (!qEnvironmentVariableIsEmpty("HABILIS_DB")) {
        path = habilis::defaultDatabasePath();
    } else {
        named = false;
        path = habilis::FirstRunWizard::rememberedDatabasePath();
        if (path.isEmpty())
            path = habilis::defaultDatabasePath();
    }

    // PostgreSQL: --pg, else HABILIS_PG unless --db names a file.
    QString pg = parser.value(pgOption);
    if (pg.isEmpty() && !parser.isSet(dbOption))
        pg = qEnvironmentVariable("HABILIS_PG");

    std::unique_ptr<habilis::SqlStorage> storage;
    const auto open = [&storage, &pg](const QString &file) {
        auto opened = pg.isEmpty() ? habilis::SqlStorage::open(file)
                                   : habilis::SqlStorage::openLocation(QStringLiteral("pg:") + pg);
        // No password where libpq looks (PGPASSWORD, ~/.pgpass, a service file): asked, kept
        // in memory for this connection only.
        if (!opened && !pg.isEmpty() && habilis::SqlStorage::wantsPassword(opened.errorString())) {
            bool ok = false;
            const QString password = QInputDialog::getText(
                nullptr, QApplication::tr("Habilis"),
                QApplication::tr("Password of the PostgreSQL database:\n%1").arg(pg),
                QLineEdit::Password, {}, &ok);
            if (ok && !password.isEmpty())
                opened = habilis::SqlStorage::openLocation(QStringLiteral("pg:") + pg, password);
        }
        if (!opened) {
            QMessageBox::critical(nullptr, QApplication::tr("Habilis"), opened.errorString());
            return false;
        }
        storage = std::move(opened).value();
        return true;
    };

    // The first run asks questions: not on a platform without a screen (scripts, smoke tests).
    const QString platform = QGuiApplication::platformName();
    const bool interactive = platform != u"offscreen" && platform != u"minimal";
    // A new file is created only once the wizard is done, so that cancelling writes nothing.
    if ((!interactive || QFileInfo::exists(path) || !pg.isEmpty()) && !open(path))
        return 1;
    bool firstRun = !storage;
    if (storage) {
        const auto cafs = storage->cafs();
        firstRun = cafs && cafs->isEmpty();
    }
    if (firstRun && interactive) {
        habilis::FirstRunWizard wizard(path);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        const QString chosen = wizard.databasePath();
        if (pg.isEmpty() && (!storage || chosen != absolute(path))) {
            storage.reset();
            if (!open(chosen))
                return 1;
        }
        if (const habilis::Status s = habilis::FirstRunWizard::apply(*storage, wizard.caf()); !s) {
            QMessageBox::critical(nullptr, QApplication::tr("Habilis"), s.errorString());
            return 1;
        }
        // A file named by --db or HABILIS_DB stays a one-off unless the officer chose another.
        if (pg.isEmpty() && (!named || chosen != absolute(path)))
            habilis::FirstRunWizard::rememberDatabasePath(chosen);
    }

    // Notices that took effect since the last run end their conventions now.
    if (const auto ended = storage->settle(QDate::currentDate()); !ended) {
        QMessageBox::critical(nullptr, QApplication::tr("Habilis"), ended.errorString());
        return 1;
    }
    habilis::MainWindow window(storage.get());
    window.show();
    return app.exec();
}

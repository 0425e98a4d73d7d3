#include "firstrunwizard.h"
#include "i18n.h"
#include "mainwindow.h"
#include "storage/sqlstorage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
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
    // QSettings() (the window's size, the lists' columns) under ~/.config/habilis, beside the
    // remembered database, not under "Unknown Organization".
    QApplication::setOrganizationName(QStringLiteral("habilis"));
    QApplication::setOrganizationDomain(QStringLiteral("habilis"));
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
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);
    habilis::installTranslators(app, parser.value(langOption));

    // --db, else HABILIS_DB, else the file the first run chose, else the user's data folder.
    const bool named = parser.isSet(dbOption) || !qEnvironmentVariableIsEmpty("HABILIS_DB");
    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : habilis::defaultDatabasePath();

    std::unique_ptr<habilis::SqlStorage> storage;
    const auto open = [&storage](const QString &file) {
        auto opened = habilis::SqlStorage::open(file);
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
    if ((!interactive || QFileInfo::exists(path)) && !open(path))
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
        if (!storage || chosen != absolute(path)) {
            storage.reset();
            if (!open(chosen))
                return 1;
        }
        // A file that already has its Caf profiles keeps them.
        if (wizard.savesCaf()) {
            if (const habilis::Status s = habilis::FirstRunWizard::apply(*storage, wizard.caf());
                !s) {
                QMessageBox::critical(nullptr, QApplication::tr("Habilis"), s.errorString());
                return 1;
            }
        }
        // A file named by --db or HABILIS_DB stays a one-off unless the officer chose another.
        if (!named || chosen != absolute(path))
            habilis::rememberDatabasePath(chosen);
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

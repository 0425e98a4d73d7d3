#include "i18n.h"
#include "mainwindow.h"
#include "startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QIcon>

#include <memory>

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

    // Which database, a first run or not, a remembered file gone missing: decided by Startup.
    const std::unique_ptr<habilis::StartupOfficer> officer = habilis::platformOfficer();
    // PostgreSQL: --pg, else HABILIS_PG unless --db names a file.
    QString pg = parser.value(pgOption);
    if (pg.isEmpty() && !parser.isSet(dbOption))
        pg = qEnvironmentVariable("HABILIS_PG");
    habilis::Startup startup(*officer);
    habilis::Startup::Result started =
        pg.isEmpty() ? startup.run(parser.value(dbOption), QDate::currentDate())
                     : startup.runPostgres(pg, QDate::currentDate());
    if (!started.storage)
        return started.exitCode;
    habilis::MainWindow window(started.storage.get());
    window.show();
    return app.exec();
}

#include "i18n.h"
#include "mainwindow.h"
#include "storage/sqlstorage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

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
    parser.addOption(dbOption);
    parser.addOption(langOption);
    parser.process(app);
    habilis::installTranslators(app, parser.value(langOption));

    const QString path =
        parser.isSet(dbOption) ? parser.value(dbOption) : habilis::defaultDatabasePath();
    auto storage = habilis::SqlStorage::open(path);
    if (!storage) {
        QMessageBox::critical(nullptr, QApplication::tr("Habilis"), storage.errorString());
        return 1;
    }
    // Notices that took effect since the last run end their conventions now.
    if (const auto ended = (*storage)->settle(QDate::currentDate()); !ended) {
        QMessageBox::critical(nullptr, QApplication::tr("Habilis"), ended.errorString());
        return 1;
    }
    habilis::MainWindow window(storage->get());
    window.show();
    return app.exec();
}

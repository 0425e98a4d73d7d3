#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <memory>

namespace habilis {

QString preferredLanguage()
{
    const QString lang = qEnvironmentVariable("HABILIS_LANG").trimmed().toLower();
    return lang.isEmpty() ? QStringLiteral("fr") : lang;
}

QString installTranslators(QCoreApplication &app, const QString &language)
{
    const QString lang = language.isEmpty() ? preferredLanguage() : language;
    if (lang == u"en") {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::France));
        return lang;
    }
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/habilis_fr.qm")))
        QCoreApplication::installTranslator(own);
    else
        qWarning("Habilis: the French translation is missing from the build.");
    return QStringLiteral("fr");
}

namespace {

const QString kDatabasePathKey = QStringLiteral("database/path");
const QString kDatabaseServerKey = QStringLiteral("database/server");

/// Explicit names: QSettings() would take the program's own, which differ between habilis and
/// habilis-cli.
std::unique_ptr<QSettings> sharedSettings()
{
    return std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                       QStringLiteral("habilis"), QStringLiteral("habilis"));
}

} // namespace

QString standardDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/habilis/habilis.sqlite");
}

QString rememberedDatabasePath()
{
    const auto settings = sharedSettings();
    if (settings->contains(kDatabasePathKey))
        return settings->value(kDatabasePathKey).toString();
    // Before the organization name was set, the window kept the file in its own QSettings(),
    // which Qt names "Unknown Organization": adopted once, so that it is not lost.
    QSettings earlier(QSettings::NativeFormat, QSettings::UserScope,
                      QStringLiteral("Unknown Organization"), QStringLiteral("habilis"));
    const QString path = earlier.value(kDatabasePathKey).toString();
    if (!path.isEmpty()) {
        settings->setValue(kDatabasePathKey, path);
        settings->sync();
        earlier.remove(kDatabasePathKey);
    }
    return path;
}

void rememberDatabasePath(const QString &path)
{
    const auto settings = sharedSettings();
    if (path.isEmpty()) {
        settings->remove(kDatabasePathKey);
    } else {
        settings->setValue(kDatabasePathKey, QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
        settings->remove(kDatabaseServerKey);
    }
    settings->sync();
}

QString rememberedDatabaseServer()
{
    return sharedSettings()->value(kDatabaseServerKey).toString();
}

void rememberDatabaseServer(const QString &connection)
{
    const auto settings = sharedSettings();
    if (connection.isEmpty())
        settings->remove(kDatabaseServerKey);
    else
        settings->setValue(kDatabaseServerKey, connection);
    settings->sync();
}

DatabaseLocation databaseLocation()
{
    if (const QString env = qEnvironmentVariable("HABILIS_DB"); !env.isEmpty())
        return {env, DatabaseSource::Environment, {}};
    if (const QString server = rememberedDatabaseServer(); !server.isEmpty())
        return {QString(), DatabaseSource::Remembered, server};
    if (const QString remembered = rememberedDatabasePath(); !remembered.isEmpty())
        return {remembered, DatabaseSource::Remembered, {}};
    return {standardDatabasePath(), DatabaseSource::Default, {}};
}

QString defaultDatabasePath()
{
    const DatabaseLocation where = databaseLocation();
    return where.server.isEmpty() ? where.path : QStringLiteral("pg:") + where.server;
}

} // namespace habilis

#include "i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

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

QString defaultDatabasePath()
{
    const QString env = qEnvironmentVariable("HABILIS_DB");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/habilis/habilis.sqlite");
}

} // namespace habilis

#pragma once

#include <QString>

class QCoreApplication;

namespace habilis {

/// Installs the translators of Habilis and of Qt for `language` ("fr" by default: the users'
/// language; "en" keeps the source texts). Returns the language installed.
QString installTranslators(QCoreApplication &app, const QString &language = {});

/// The language asked by HABILIS_LANG, else French.
QString preferredLanguage();

/// Where the database lives unless --db says otherwise: $HABILIS_DB, else
/// ~/.local/share/habilis/habilis.sqlite (the user's data folder).
QString defaultDatabasePath();

} // namespace habilis

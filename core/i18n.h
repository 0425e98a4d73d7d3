#pragma once

#include <QString>

class QCoreApplication;

namespace habilis {

/// Installs the translators of Habilis and of Qt for `language` ("fr" by default: the users'
/// language; "en" keeps the source texts). Returns the language installed.
QString installTranslators(QCoreApplication &app, const QString &language = {});

/// The language asked by HABILIS_LANG, else French.
QString preferredLanguage();

/// How the database file of this workstation was named.
enum class DatabaseSource {
    Option,      ///< --db FILE, for one run (databaseLocation() never returns it)
    Environment, ///< the environment variable HABILIS_DB
    Remembered,  ///< the file the first run chose, remembered for the next starts
    Default,     ///< standardDatabasePath()
};

struct DatabaseLocation {
    QString path; ///< the SQLite file; empty when `server` is set
    DatabaseSource source = DatabaseSource::Default;
    QString server; ///< a PostgreSQL server's libpq connection string, chosen in the settings
};

/// The database of this workstation when --db names none, as the window and habilis-cli both
/// choose it: $HABILIS_DB, else the remembered server (rememberedDatabaseServer()), else the
/// remembered file (rememberedDatabasePath()), else standardDatabasePath().
DatabaseLocation databaseLocation();
/// databaseLocation()'s file, or "pg:" and its server.
QString defaultDatabasePath();
/// ~/.local/share/habilis/habilis.sqlite: the user's data folder.
QString standardDatabasePath();
/// The database file remembered on this workstation (absolute), empty when none. It is kept in
/// the user's settings of Habilis, QSettings(NativeFormat, UserScope, "habilis", "habilis")
/// under "database/path" (~/.config/habilis/habilis.conf): the same for the window and
/// habilis-cli, whatever their application names.
QString rememberedDatabasePath();
/// Remembers `path` (made absolute) for the next starts, in place of a server; an empty path
/// forgets it.
void rememberDatabasePath(const QString &path);
/// The PostgreSQL server remembered on this workstation (a libpq connection string without
/// password), under "database/server"; empty when it uses a file.
QString rememberedDatabaseServer();
/// Remembers the server of `connection` for the next starts, in place of the file; empty
/// forgets it (the remembered file, if any, is used again).
void rememberDatabaseServer(const QString &connection);

} // namespace habilis

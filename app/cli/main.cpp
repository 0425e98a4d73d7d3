#include "cli.h"

#include <QDir>
#include <QGuiApplication>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // Documents are laid out with Qt's text engine, which needs a QGuiApplication; the command
    // line never shows a window, so it needs no display either.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a desktop session (cron, ssh) Qt warns on every run; give it the folder it
    // would pick anyway, private to the user.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString dir =
            QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
        if (QDir().mkpath(dir) &&
            QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(dir));
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("habilis"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HABILIS_VERSION));
    habilis::Cli cli(QCoreApplication::arguments());
    return cli.run();
}

#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("habilis"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HABILIS_VERSION));
    habilis::Cli cli(QCoreApplication::arguments());
    return cli.run();
}

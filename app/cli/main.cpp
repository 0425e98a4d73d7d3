#include "cli.h"

#include <QGuiApplication>

#include <memory>

namespace {

/// The exports paint PDF with QtGui's fonts, which need a QGuiApplication; the other commands
/// stay a plain console program.
bool needsGui(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "export") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
        // A console tool shows no window, even where there is no display.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("habilis"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HABILIS_VERSION));
    habilis::Cli cli(QCoreApplication::arguments());
    return cli.run();
}

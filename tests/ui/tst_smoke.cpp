// Starts the real application, as an officer would: on a database that has its Caf profile, on
// the file the workstation remembers, and on files it cannot use, where it must say why and
// exit instead of waiting for ever behind a message box nobody sees.
#include "../core/fixtures.h"
#include "testmain.h"

#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

using namespace habilis;

namespace {

/// A workstation of its own in `home`: settings, data, no HABILIS_DB, no screen.
QProcessEnvironment workstation(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("HABILIS_DB"));
    return env;
}

/// What the window remembered there, as its first run writes it.
void remember(const QTemporaryDir &home, const QString &path)
{
    QSettings(home.filePath(QStringLiteral("config/habilis/habilis.conf")), QSettings::IniFormat)
        .setValue(QStringLiteral("database/path"), path);
}

QString moissacDatabase(const QString &path)
{
    auto s = fixtures::moissacInForce(path);
    if (!s->setDefaultCaf(QStringLiteral("82")).ok())
        qFatal("cannot choose the Caf");
    return path;
}

} // namespace

class TestSmoke : public QObject {
    Q_OBJECT

    /// Starts Habilis with `args` and checks that it stays up three seconds, its window open on
    /// its work list, with nothing reported.
    static bool staysUp(const QTemporaryDir &home, const QStringList &args)
    {
        QProcess app;
        app.setProcessEnvironment(workstation(home));
        app.start(QStringLiteral(HABILIS_APP), args);
        if (!app.waitForStarted(10000))
            return false;
        const bool up = !app.waitForFinished(3000) && app.state() == QProcess::Running;
        app.terminate();
        app.waitForFinished(10000);
        const QString errors = QString::fromUtf8(app.readAllStandardError());
        if (!up || errors.contains(QStringLiteral("Habilis:")))
            qWarning("%s", qPrintable(errors));
        return up && !errors.contains(QStringLiteral("Habilis:"));
    }

    /// Starts Habilis with `args`, expecting it to stop with 1; returns its standard error.
    static QString refused(const QTemporaryDir &home, const QStringList &args)
    {
        QProcess app;
        app.setProcessEnvironment(workstation(home));
        app.start(QStringLiteral(HABILIS_APP), args);
        if (!app.waitForFinished(10000)) {
            app.kill();
            app.waitForFinished();
            return QStringLiteral("still running: a message box waits on a platform without a "
                                  "screen");
        }
        const QString errors = QString::fromUtf8(app.readAllStandardError());
        return app.exitStatus() == QProcess::NormalExit && app.exitCode() == 1
                   ? errors
                   : QStringLiteral("exit code %1: %2").arg(app.exitCode()).arg(errors);
    }

private slots:
    void startsAndStaysUp()
    {
        const QTemporaryDir home;
        const QString db = moissacDatabase(home.filePath(QStringLiteral("smoke.sqlite")));
        QVERIFY(staysUp(home, {QStringLiteral("--db"), db}));
    }

    void startsOnTheRememberedDatabase()
    {
        const QTemporaryDir home;
        const QString db =
            moissacDatabase(home.filePath(QStringLiteral("sauvegarde/caf82.sqlite")));
        remember(home, db);
        QVERIFY(staysUp(home, {}));
        // That file was opened, not a new one in the data folder.
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("data/habilis/habilis.sqlite"))));
    }

    void refusesADatabaseItCannotOpen()
    {
        // A folder given as the database.
        const QTemporaryDir home;
        const QString folder = home.filePath(QStringLiteral("dossier"));
        QVERIFY(QDir().mkpath(folder));
        const QString errors = refused(home, {QStringLiteral("--db"), folder});
        QVERIFY2(errors.contains(QStringLiteral("Habilis: ")), qPrintable(errors));
        QVERIFY2(errors.contains(folder), qPrintable(errors));
    }

    void reportsAMissingRememberedDatabase()
    {
        // The remembered file is on a drive that is not mounted: no empty database instead.
        const QTemporaryDir home;
        const QString gone = home.filePath(QStringLiteral("reseau/habilis/caf82.sqlite"));
        remember(home, gone);
        const QString errors = refused(home, {});
        QVERIFY2(errors.contains(QStringLiteral("Habilis: ")), qPrintable(errors));
        QVERIFY2(errors.contains(gone), qPrintable(errors));
        QVERIFY(!QFileInfo::exists(gone));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("reseau"))));
        QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("data/habilis/habilis.sqlite"))));
    }

    void tellsItsVersion()
    {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(HABILIS_APP), {QStringLiteral("--version")});
        QVERIFY(app.waitForFinished(10000));
        QCOMPARE(app.exitCode(), 0);
        QVERIFY(app.readAllStandardOutput().contains(HABILIS_VERSION));
    }
};

HABILIS_TEST_GUILESS_MAIN(TestSmoke)
#include "tst_smoke.moc"

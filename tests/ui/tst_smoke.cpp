// Starts the real application, as an officer would, on a database that has its Caf profile.
#include "../core/fixtures.h"
#include "testmain.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace habilis;

class TestSmoke : public QObject {
    Q_OBJECT

private slots:
    void startsAndStaysUp()
    {
        const QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("smoke.sqlite"));
        {
            auto s = fixtures::moissacInForce(db);
            QVERIFY(s->setDefaultCaf(QStringLiteral("82")).ok());
        }
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(HABILIS_APP), {QStringLiteral("--db"), db});
        QVERIFY(app.waitForStarted(10000));
        // Up for three seconds: the window is open on its work list, nothing failed.
        QVERIFY(!app.waitForFinished(3000));
        QCOMPARE(app.state(), QProcess::Running);
        app.terminate();
        QVERIFY(app.waitForFinished(10000));
        const QString errors = QString::fromUtf8(app.readAllStandardError());
        QVERIFY2(!errors.contains(QStringLiteral("Habilis:")), qPrintable(errors));
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

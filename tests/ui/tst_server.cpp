// The office's PostgreSQL server chosen from the window: in the settings, at the first start,
// remembered for the next ones; and two officers' settings on the same server. Registered only
// when CTest has a test server (HABILIS_TEST_PG).
#include "../core/fixtures.h"
#include "credentials/credentialservice.h"
#include "fakeofficer.h"
#include "firstrunwizard.h"
#include "i18n.h"
#include "serverform.h"
#include "settingsdialog.h"
#include "startup.h"
#include "testmain.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace habilis;

namespace {

template <typename T> T *child(const QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

/// A new schema of the test server, as the connection string an officer's fields give.
QString freshServer()
{
    const Expected<PgSettings> s = fixtures::freshSchema();
    if (!s)
        qFatal("%s", qPrintable(s.errorString()));
    return s->toString();
}

/// Chooses the server `connection` in a dialog or wizard page that has the server form.
void chooseServer(const QObject *parent, const QString &connection)
{
    child<QRadioButton>(parent, QStringLiteral("useServerRadioButton"))->setChecked(true);
    child<ServerForm>(parent, QStringLiteral("serverForm"))->setConnection(connection);
}

} // namespace

class TestServer : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    CafProfile m_caf73;

private slots:
    void initTestCase()
    {
        QVERIFY(!fixtures::testPostgres().isEmpty());
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("HABILIS_DB");
        QStandardPaths::setTestModeEnabled(true);
        m_caf73 = fixtures::caf(QStringLiteral("caf-73.json"));
    }

    void init()
    {
        rememberDatabaseServer({});
        rememberDatabasePath({});
    }

    void settingsChooseTheServerForTheNextStart()
    {
        // A workstation on its own file moves to the office's server, still empty.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("poste.sqlite"));
        rememberDatabasePath(file);
        auto local = fixtures::open(file);
        QVERIFY(local->saveCaf(m_caf73).ok());
        QVERIFY(local->setDefaultCaf(QStringLiteral("73")).ok());
        const QString server = freshServer();
        {
            SettingsDialog dialog(local.get());
            chooseServer(&dialog, server);
            QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
            child<QPushButton>(&dialog, QStringLiteral("testServerButton"))->click();
            const QString status =
                child<QLabel>(&dialog, QStringLiteral("serverStatusLabel"))->text();
            QVERIFY2(status.contains(QStringLiteral("vide")), qPrintable(status));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(rememberedDatabaseServer(), server);
        QCOMPARE(databaseLocation().server, server);
        QCOMPARE(defaultDatabasePath(), QStringLiteral("pg:") + server);
        local.reset();

        // The next start opens the server; without a Caf profile there, the officer types it.
        FakeOfficer officer;
        officer.wizard = [this](FirstRunWizard &w) {
            w.restart();
            if (w.currentId() != FirstRunWizard::CafPage)
                return false;
            w.findChild<CafForm *>(QStringLiteral("cafForm"))->setProfile(m_caf73);
            w.next();
            w.accept();
            return w.result() == QDialog::Accepted;
        };
        Startup::Result r = Startup(officer).run({});
        QVERIFY2(r.storage, qPrintable(officer.failures.join(u'\n')));
        QCOMPARE(officer.wizards, 1);
        QCOMPARE(r.storage->location(), QStringLiteral("pg:") + server);
        QCOMPARE(r.storage->defaultCaf(), QStringLiteral("73"));
        r.storage.reset();

        // Back to the file: the server is forgotten, the file opened again.
        FakeOfficer again;
        r = Startup(again).run({});
        QVERIFY(r.storage);
        QCOMPARE(again.wizards, 0);
        {
            SettingsDialog dialog(r.storage.get());
            QVERIFY(
                child<QRadioButton>(&dialog, QStringLiteral("useServerRadioButton"))->isChecked());
            child<QRadioButton>(&dialog, QStringLiteral("useFileRadioButton"))->setChecked(true);
            child<QLineEdit>(&dialog, QStringLiteral("databaseFileLineEdit"))->setText(file);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QVERIFY(rememberedDatabaseServer().isEmpty());
        QCOMPARE(databaseLocation().path, file);
    }

    void unreachableServerIsNotChosen()
    {
        QTemporaryDir dir;
        auto local = fixtures::open(dir.filePath(QStringLiteral("poste.sqlite")));
        QVERIFY(local->saveCaf(m_caf73).ok());
        SettingsDialog dialog(local.get());
        // Nothing listens on port 1: refused at once.
        chooseServer(&dialog, QStringLiteral("host=127.0.0.1 port=1 dbname=habilis"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString error = child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text();
        QVERIFY2(error.contains(QStringLiteral("ne peut pas être ouverte")), qPrintable(error));
        QVERIFY(rememberedDatabaseServer().isEmpty());
    }

    void serverFieldsAreChecked()
    {
        auto local = fixtures::open(QStringLiteral(":memory:"));
        SettingsDialog dialog(local.get());
        chooseServer(&dialog, QStringLiteral("host=pg.caf73.local dbname=habilis"));
        child<QLineEdit>(&dialog, QStringLiteral("serverHostLineEdit"))->setText(QString());
        const QString problems = dialog.problems().join(u'\n');
        QVERIFY2(problems.contains(QStringLiteral("hôte du serveur")), qPrintable(problems));
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("okButton"))->isEnabled());
    }

    void firstStartOnTheServerKeepsItsCaf()
    {
        // The office's server already has its Caf: a new workstation just connects.
        const QString server = freshServer();
        {
            auto s = SqlStorage::openLocation(QStringLiteral("pg:") + server);
            QVERIFY2(s, qPrintable(s.errorString()));
            QVERIFY(saveWorkstationCaf(**s, m_caf73).ok());
        }
        FakeOfficer officer;
        QString summary;
        officer.wizard = [&](FirstRunWizard &w) {
            w.restart();
            w.next();
            if (w.currentId() != FirstRunWizard::DatabasePage)
                return false;
            chooseServer(&w, server);
            w.next();
            if (w.currentId() != FirstRunWizard::SummaryPage)
                return false;
            summary = w.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
            w.accept();
            return w.result() == QDialog::Accepted;
        };
        Startup::Result r = Startup(officer).run({});
        QVERIFY2(r.storage, qPrintable(officer.failures.join(u'\n')));
        QCOMPARE(r.storage->location(), QStringLiteral("pg:") + server);
        QVERIFY2(summary.contains(QStringLiteral("serveur PostgreSQL")), qPrintable(summary));
        QVERIFY2(summary.contains(m_caf73.name), qPrintable(summary));
        QCOMPARE(rememberedDatabaseServer(), server);
        QVERIFY(!QFileInfo::exists(standardDatabasePath())); // no file made on the side
    }

    void firstStartOnAnEmptyServerAsksTheCaf()
    {
        const QString server = freshServer();
        FakeOfficer officer;
        officer.wizard = [&](FirstRunWizard &w) {
            w.restart();
            w.next();
            chooseServer(&w, server);
            w.next();
            if (w.currentId() != FirstRunWizard::CafPage)
                return false;
            w.findChild<CafForm *>(QStringLiteral("cafForm"))->setProfile(m_caf73);
            w.next();
            w.accept();
            return w.result() == QDialog::Accepted;
        };
        Startup::Result r = Startup(officer).run({});
        QVERIFY2(r.storage, qPrintable(officer.failures.join(u'\n')));
        QCOMPARE(r.storage->defaultCaf(), QStringLiteral("73"));
        QVERIFY(*r.storage->caf(QStringLiteral("73")) == m_caf73);
    }

    void wizardSaysWhenTheServerCannotBeReached()
    {
        FakeOfficer officer;
        QString status;
        officer.wizard = [&](FirstRunWizard &w) {
            w.restart();
            w.next();
            chooseServer(&w, QStringLiteral("host=127.0.0.1 port=1 dbname=habilis"));
            w.next();
            status = w.findChild<QLabel *>(QStringLiteral("databaseStatusLabel"))->text();
            return w.currentId() != FirstRunWizard::DatabasePage; // still there: cancelled
        };
        Startup::Result r = Startup(officer).run({});
        QVERIFY(!r.storage);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(status.contains(QStringLiteral("ne peut pas être ouverte")), qPrintable(status));
        QVERIFY(rememberedDatabaseServer().isEmpty());
        QVERIFY(!QFileInfo::exists(standardDatabasePath()));
    }

    void serverWithoutCafAndWithoutScreen()
    {
        const QString server = freshServer();
        FakeOfficer officer;
        officer.screen = false;
        const Startup::Result r = Startup(officer).runPostgres(server);
        QVERIFY(!r.storage);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(officer.wizards, 0);
        QCOMPARE(officer.failures.size(), 1);
        QVERIFY2(officer.failures.constFirst().contains(QStringLiteral("caf set")),
                 qPrintable(officer.failures.constFirst()));
    }

    void unreachableServerAtStartSaysHowToGoOn()
    {
        rememberDatabaseServer(QStringLiteral("host=127.0.0.1 port=1 dbname=habilis"));
        FakeOfficer officer;
        const Startup::Result r = Startup(officer).run({});
        QVERIFY(!r.storage);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(officer.passwordQuestions, 0);
        QVERIFY2(officer.failures.constFirst().contains(QStringLiteral("--db")),
                 qPrintable(officer.failures.constFirst()));
    }

    void twoOfficersSettingsOnTheServer()
    {
        const QString server = freshServer();
        auto mine = SqlStorage::openLocation(QStringLiteral("pg:") + server);
        auto theirs = SqlStorage::openLocation(QStringLiteral("pg:") + server);
        QVERIFY(mine && theirs);
        QVERIFY(saveWorkstationCaf(**mine, m_caf73).ok());
        SettingsDialog dialog(mine->get());
        // Meanwhile, the other officer sets the reminder delay and the SMTP relay.
        QVERIFY((*theirs)->setReminderDelayDays(45).ok());
        QVERIFY(NoticeSettings::save(**theirs, NoticeSettings::kSmtpHost,
                                     QStringLiteral("smtp.caf73.local"))
                    .ok());
        const int journal = fixtures::journalSize(**theirs);

        // The same field: refused, nothing written, what was typed kept.
        child<QSpinBox>(&dialog, QStringLiteral("reminderDelaySpinBox"))->setValue(20);
        child<QLineEdit>(&dialog, QStringLiteral("signingTownLineEdit"))
            ->setText(QStringLiteral("Chambéry cedex"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString error = child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text();
        QVERIFY2(error.contains(QStringLiteral("Un autre agent")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("délai de relance")), qPrintable(error));
        QCOMPARE((*theirs)->reminderDelayDays(), 45);
        QCOMPARE((*theirs)->caf(QStringLiteral("73"))->signingTown, m_caf73.signingTown);
        QCOMPARE(fixtures::journalSize(**theirs), journal);
        QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("reminderDelaySpinBox"))->value(), 20);

        // Another field than theirs: saved, and theirs kept.
        child<QSpinBox>(&dialog, QStringLiteral("reminderDelaySpinBox"))->setValue(45);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE((*theirs)->caf(QStringLiteral("73"))->signingTown,
                 QStringLiteral("Chambéry cedex"));
        QCOMPARE(NoticeSettings::load(**theirs).smtp.host, QStringLiteral("smtp.caf73.local"));
        QCOMPARE((*theirs)->reminderDelayDays(), 45);
    }
};

HABILIS_TEST_GUI_MAIN(TestServer)
#include "tst_server.moc"

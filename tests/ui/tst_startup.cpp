// The decisions of the window's start, with the officer's answers given by the test.
#include "../core/fixtures.h"
#include "fakeofficer.h"
#include "firstrunwizard.h"
#include "i18n.h"
#include "settingsdialog.h"
#include "startup.h"
#include "testmain.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <functional>

using namespace habilis;

namespace {

QString clean(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

/// The officer goes through the wizard: the database `file` (as offered when empty), the Caf
/// `caf` typed, Finish. Fails the wizard (returns false) when a page is not the one expected.
std::function<bool(FirstRunWizard &)> finish(const CafProfile &caf, const QString &file = {})
{
    return [caf, file](FirstRunWizard &w) {
        w.restart();
        w.next();
        if (w.currentId() != FirstRunWizard::DatabasePage)
            return false;
        if (!file.isEmpty())
            w.findChild<QLineEdit *>(QStringLiteral("databasePathLineEdit"))->setText(file);
        w.next();
        if (w.currentId() != FirstRunWizard::CafPage)
            return false;
        w.findChild<CafForm *>(QStringLiteral("cafForm"))->setProfile(caf);
        w.next();
        if (w.currentId() != FirstRunWizard::SummaryPage)
            return false;
        w.accept();
        return w.result() == QDialog::Accepted;
    };
}

} // namespace

class TestStartup : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir *m_dir = nullptr;
    CafProfile m_caf73;

    QString file(const QString &name) const { return m_dir->filePath(name); }

private slots:
    void initTestCase()
    {
        // The remembered file and the default one in a home of the test's own.
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
        rememberDatabasePath({});
        QVERIFY(standardDatabasePath().startsWith(m_home.path()));
        QDir(QFileInfo(standardDatabasePath()).absolutePath()).removeRecursively();
        QVERIFY(!QFileInfo::exists(standardDatabasePath()));
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        delete m_dir;
        m_dir = nullptr;
        qunsetenv("HABILIS_DB");
    }

    void platformWithoutScreenAsksNothing()
    {
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("offscreen"));
        QVERIFY(!platformOfficer()->interactive());
    }

    void firstRunSavesTheCafAndRemembersTheFile()
    {
        FakeOfficer officer;
        officer.wizard = finish(m_caf73);
        Startup::Result r = Startup(officer).run({});
        QVERIFY2(r.storage, qPrintable(officer.failures.join(u'\n')));
        QCOMPARE(officer.wizards, 1);
        QCOMPARE(r.storage->location(), clean(standardDatabasePath()));
        QCOMPARE(r.storage->defaultCaf(), QStringLiteral("73"));
        QVERIFY(*r.storage->caf(QStringLiteral("73")) == m_caf73);
        QCOMPARE(rememberedDatabasePath(), clean(standardDatabasePath()));
        r.storage.reset();

        // The next start opens it, without a wizard.
        FakeOfficer again;
        r = Startup(again).run({});
        QVERIFY(r.storage);
        QCOMPARE(again.wizards, 0);
        QCOMPARE(r.storage->location(), clean(standardDatabasePath()));
    }

    void cancelledWizardWritesNothing()
    {
        // Cancelled on the Caf page, after a file was chosen.
        const QString chosen = file(QStringLiteral("sauvegarde/caf73.sqlite"));
        FakeOfficer officer;
        officer.wizard = [&](FirstRunWizard &w) {
            w.restart();
            w.next();
            w.findChild<QLineEdit *>(QStringLiteral("databasePathLineEdit"))->setText(chosen);
            w.next();
            w.findChild<CafForm *>(QStringLiteral("cafForm"))->setProfile(m_caf73);
            w.reject();
            return false;
        };
        Startup::Result r = Startup(officer).run({});
        QVERIFY(!r.storage);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(officer.wizards, 1);
        QVERIFY(officer.failures.isEmpty());
        QVERIFY(!QFileInfo::exists(standardDatabasePath()));
        QVERIFY(!QFileInfo::exists(QFileInfo(standardDatabasePath()).absolutePath()));
        QVERIFY(!QFileInfo::exists(chosen));
        QVERIFY(rememberedDatabasePath().isEmpty());

        // The same with --db naming a new file.
        const QString named = file(QStringLiteral("nouvelle.sqlite"));
        FakeOfficer second;
        r = Startup(second).run(named);
        QVERIFY(!r.storage);
        QCOMPARE(second.wizards, 1);
        QVERIFY(!QFileInfo::exists(named));
        QVERIFY(rememberedDatabasePath().isEmpty());
    }

    void existingDatabaseWithCafSkipsTheCafPage()
    {
        // The officer points the wizard at the database the office already has.
        const QString existing = file(QStringLiteral("caf73.sqlite"));
        CafProfile kept = m_caf73;
        kept.phone = QStringLiteral("04 79 70 00 00");
        {
            auto s = fixtures::open(existing);
            QVERIFY(s->saveCaf(kept).ok());
        }
        FakeOfficer officer;
        bool skipped = false;
        officer.wizard = [&](FirstRunWizard &w) {
            w.restart();
            w.next();
            w.findChild<QLineEdit *>(QStringLiteral("databasePathLineEdit"))->setText(existing);
            w.next();
            skipped = w.currentId() == FirstRunWizard::SummaryPage;
            w.accept();
            return true;
        };
        Startup::Result r = Startup(officer).run({});
        QVERIFY2(r.storage, qPrintable(officer.failures.join(u'\n')));
        QVERIFY(skipped);
        QCOMPARE(r.storage->location(), existing);
        // Its profile is kept as it was: nothing saved over it.
        QCOMPARE(r.storage->cafs()->size(), 1);
        QVERIFY(*r.storage->caf(QStringLiteral("73")) == kept);
        QCOMPARE(fixtures::journalSize(*r.storage), 1);
        QCOMPARE(rememberedDatabasePath(), existing);
        QVERIFY(!QFileInfo::exists(standardDatabasePath()));
    }

    void existingDatabaseWithoutCafStartsTheWizard()
    {
        const QString empty = file(QStringLiteral("vide.sqlite"));
        fixtures::open(empty);
        FakeOfficer officer;
        officer.wizard = finish(m_caf73);
        Startup::Result r = Startup(officer).run(empty);
        QVERIFY2(r.storage, qPrintable(officer.failures.join(u'\n')));
        QCOMPARE(officer.wizards, 1);
        QCOMPARE(r.storage->location(), empty);
        QCOMPARE(r.storage->defaultCaf(), QStringLiteral("73"));
    }

    void rememberedFileIsUsed()
    {
        const QString remembered = file(QStringLiteral("caf73.sqlite"));
        {
            auto s = fixtures::open(remembered);
            QVERIFY(s->saveCaf(m_caf73).ok());
        }
        rememberDatabasePath(remembered);
        FakeOfficer officer;
        Startup::Result r = Startup(officer).run({});
        QVERIFY(r.storage);
        QCOMPARE(officer.wizards, 0);
        QCOMPARE(r.storage->location(), remembered);
        QVERIFY(!QFileInfo::exists(standardDatabasePath()));

        // --db and HABILIS_DB come before it, for one run.
        const QString other = file(QStringLiteral("autre.sqlite"));
        {
            auto s = fixtures::open(other);
            QVERIFY(s->saveCaf(fixtures::caf(QStringLiteral("caf-82.json"))).ok());
        }
        r = Startup(officer).run(other);
        QCOMPARE(r.storage->location(), other);
        qputenv("HABILIS_DB", QFile::encodeName(other));
        r = Startup(officer).run({});
        QCOMPARE(r.storage->location(), other);
        QCOMPARE(rememberedDatabasePath(), remembered);
    }

    void namedFileIsNotRemembered()
    {
        // A first run on a file named by --db: the profile is saved, the file not remembered.
        const QString named = file(QStringLiteral("essai.sqlite"));
        FakeOfficer officer;
        officer.wizard = finish(m_caf73);
        Startup::Result r = Startup(officer).run(named);
        QVERIFY2(r.storage, qPrintable(officer.failures.join(u'\n')));
        QCOMPARE(r.storage->location(), named);
        QCOMPARE(r.storage->defaultCaf(), QStringLiteral("73"));
        QVERIFY(rememberedDatabasePath().isEmpty());
        r.storage.reset();

        // Nor by HABILIS_DB.
        const QString fromEnv = file(QStringLiteral("env.sqlite"));
        qputenv("HABILIS_DB", QFile::encodeName(fromEnv));
        r = Startup(officer).run({});
        QVERIFY(r.storage);
        QCOMPARE(r.storage->location(), fromEnv);
        QVERIFY(rememberedDatabasePath().isEmpty());
        r.storage.reset();

        // Unless the officer chose another file in the wizard: that one is the workstation's.
        const QString chosen = file(QStringLiteral("choisi.sqlite"));
        officer.wizard = finish(m_caf73, chosen);
        r = Startup(officer).run(file(QStringLiteral("autre.sqlite")));
        QVERIFY2(r.storage, qPrintable(officer.failures.join(u'\n')));
        QCOMPARE(r.storage->location(), chosen);
        QCOMPARE(rememberedDatabasePath(), chosen);
        QVERIFY(!QFileInfo::exists(file(QStringLiteral("autre.sqlite"))));
    }

    void missingRememberedFileWithoutScreen()
    {
        const QString gone = file(QStringLiteral("reseau/caf73.sqlite"));
        rememberDatabasePath(gone);
        FakeOfficer officer;
        officer.screen = false;
        Startup::Result r = Startup(officer).run({});
        QVERIFY(!r.storage);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(officer.failures.size(), 1);
        QVERIFY2(officer.failures.first().contains(gone), qPrintable(officer.failures.first()));
        QVERIFY(officer.missing.isEmpty());
        QVERIFY(!QFileInfo::exists(gone));
        QVERIFY(!QFileInfo::exists(standardDatabasePath()));
        QCOMPARE(rememberedDatabasePath(), gone);
    }

    void missingRememberedFileQuit()
    {
        const QString gone = file(QStringLiteral("reseau/caf73.sqlite"));
        rememberDatabasePath(gone);
        FakeOfficer officer;
        officer.answers = {StartupOfficer::Missing::Quit};
        Startup::Result r = Startup(officer).run({});
        QVERIFY(!r.storage);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(officer.missing, QStringList{gone});
        QCOMPARE(officer.wizards, 0); // not taken for a first run
        QVERIFY(officer.failures.isEmpty());
        QVERIFY(!QFileInfo::exists(gone));
        QVERIFY(!QFileInfo::exists(standardDatabasePath()));
        QCOMPARE(rememberedDatabasePath(), gone);
    }

    void missingRememberedFileLocated()
    {
        const QString gone = file(QStringLiteral("reseau/caf73.sqlite"));
        const QString moved = file(QStringLiteral("disque/caf73.sqlite"));
        {
            auto s = fixtures::open(moved);
            QVERIFY(s->saveCaf(m_caf73).ok());
        }
        rememberDatabasePath(gone);
        FakeOfficer officer;
        // The file dialog cancelled: asked again; then the file located.
        officer.answers = {StartupOfficer::Missing::Locate, StartupOfficer::Missing::Locate};
        officer.located = {QString(), moved};
        Startup::Result r = Startup(officer).run({});
        QVERIFY2(r.storage, qPrintable(officer.failures.join(u'\n')));
        QCOMPARE(officer.missing, (QStringList{gone, gone}));
        QCOMPARE(officer.locates, 2);
        QCOMPARE(officer.wizards, 0);
        QCOMPARE(r.storage->location(), moved);
        QCOMPARE(rememberedDatabasePath(), moved);
        QVERIFY(!QFileInfo::exists(gone));
    }

    void missingRememberedFileCreatedAgain()
    {
        const QString gone = file(QStringLiteral("reseau/caf73.sqlite"));
        rememberDatabasePath(gone);
        FakeOfficer officer;
        officer.answers = {StartupOfficer::Missing::Create};
        QString offered;
        officer.wizard = [&](FirstRunWizard &w) {
            offered = w.databasePath();
            return finish(m_caf73)(w);
        };
        Startup::Result r = Startup(officer).run({});
        QVERIFY2(r.storage, qPrintable(officer.failures.join(u'\n')));
        QCOMPARE(offered, gone); // the wizard starts on the remembered file
        QCOMPARE(r.storage->location(), gone);
        QCOMPARE(r.storage->defaultCaf(), QStringLiteral("73"));
        QCOMPARE(rememberedDatabasePath(), gone);
    }

    void databaseThatCannotBeOpened_data()
    {
        QTest::addColumn<bool>("screen");
        QTest::newRow("window") << true;
        QTest::newRow("without screen") << false;
    }

    void databaseThatCannotBeOpened()
    {
        QFETCH(bool, screen);
        // A folder given as the database, and a file of a newer Habilis.
        const QString newer = file(QStringLiteral("future.sqlite"));
        {
            auto s = fixtures::open(newer);
            QSqlQuery q(s->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        for (const QString &path : {m_dir->path(), newer}) {
            FakeOfficer officer;
            officer.screen = screen;
            Startup::Result r = Startup(officer).run(path);
            QVERIFY(!r.storage);
            QCOMPARE(r.exitCode, 1);
            QCOMPARE(officer.failures.size(), 1);
            QVERIFY2(officer.failures.first().contains(path), qPrintable(officer.failures.first()));
            QCOMPARE(officer.wizards, 0);
        }
    }

    void withoutScreenNoWizard()
    {
        // Scripts and smoke tests: the file is opened (created) at once, nothing asked.
        const QString named = file(QStringLiteral("script.sqlite"));
        FakeOfficer officer;
        officer.screen = false;
        Startup::Result r = Startup(officer).run(named);
        QVERIFY(r.storage);
        QCOMPARE(officer.wizards, 0);
        QVERIFY(QFileInfo::exists(named));
        QVERIFY(r.storage->cafs()->isEmpty());
        QVERIFY(rememberedDatabasePath().isEmpty());
    }

    void noticesAreSettled()
    {
        // A notice received in time ends the convention on its anniversary: the start settles it.
        const QString path = file(QStringLiteral("moissac.sqlite"));
        const QDate ends(2025, 3, 1); // Moissac's first anniversary
        {
            auto s = fixtures::moissacInForce(path);
            QVERIFY(s->setDefaultCaf(QStringLiteral("82")).ok());
            StepInput notice;
            notice.date = QDate(2024, 11, 20);
            notice.terminatedBy = QStringLiteral("provider");
            notice.registeredLetter = QStringLiteral("1A 234 567 8901 2");
            const auto t = s->recordStep(QStringLiteral("CS-82-2024-0001"), Step::Terminate, notice,
                                         notice.date);
            QVERIFY2(t.ok(), qPrintable(t.errorString()));
            QCOMPARE(t->terminatedOn, ends);
            QVERIFY(t->state != ConventionState::Terminated);
        }
        FakeOfficer officer;
        Startup::Result r = Startup(officer).run(path, ends);
        QVERIFY(r.storage);
        QCOMPARE(r.storage->convention(QStringLiteral("CS-82-2024-0001"))->convention.state,
                 ConventionState::Terminated);
    }
};

HABILIS_TEST_GUI_MAIN(TestStartup)
#include "tst_startup.moc"

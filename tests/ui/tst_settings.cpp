#include "../core/fixtures.h"
#include "credentials/credentialservice.h"
#include "documents/documents.h"
#include "domain/labels.h"
#include "firstrunwizard.h"
#include "settingsdialog.h"
#include "testmain.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace habilis;

namespace {

/// A child the test needs; without it the test cannot go on.
template <typename T> T *child(const QObject *parent, const QString &name)
{
    T *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return w;
}

QLineEdit *line(const QObject *parent, const char *name)
{
    return child<QLineEdit>(parent, QLatin1String(name));
}

/// Types a Caf profile into a CafForm, field by field as an officer would.
void fillCaf(const QObject *form, const CafProfile &caf)
{
    auto *dept = child<QComboBox>(form, QStringLiteral("cafDepartementComboBox"));
    dept->setCurrentIndex(dept->findData(caf.departement));
    line(form, "cafNameLineEdit")->setText(caf.name);
    auto *civility = child<QComboBox>(form, QStringLiteral("directorCivilityComboBox"));
    civility->setCurrentIndex(civility->findData(Labels::code(caf.director.civility)));
    line(form, "directorFirstNameLineEdit")->setText(caf.director.firstName);
    line(form, "directorLastNameLineEdit")->setText(caf.director.lastName);
    line(form, "directorTitleLineEdit")->setText(caf.director.title);
    line(form, "addressRecipientLineEdit")->setText(caf.address.recipient);
    line(form, "addressBuildingLineEdit")->setText(caf.address.building);
    line(form, "addressStreetLineEdit")->setText(caf.address.street);
    line(form, "addressPoBoxLineEdit")->setText(caf.address.poBox);
    line(form, "addressPostcodeLineEdit")->setText(caf.address.postcode);
    line(form, "addressTownLineEdit")->setText(caf.address.town);
    child<QCheckBox>(form, QStringLiteral("addressCedexCheckBox"))->setChecked(caf.address.cedex);
    line(form, "signingTownLineEdit")->setText(caf.signingTown);
    line(form, "cafEmailLineEdit")->setText(caf.email);
    line(form, "cafPhoneLineEdit")->setText(caf.phone);
}

void setWindow(const QObject *dialog, const QRectF &w)
{
    child<QDoubleSpinBox>(dialog, QStringLiteral("windowLeftSpinBox"))->setValue(w.left());
    child<QDoubleSpinBox>(dialog, QStringLiteral("windowTopSpinBox"))->setValue(w.top());
    child<QDoubleSpinBox>(dialog, QStringLiteral("windowWidthSpinBox"))->setValue(w.width());
    child<QDoubleSpinBox>(dialog, QStringLiteral("windowHeightSpinBox"))->setValue(w.height());
}

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase()
    {
        // The remembered database lives in the test's own settings, in a home of its own.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_DATA_HOME");
        qunsetenv("HABILIS_DB");
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        rememberDatabasePath({});
    }

    void loadsTheStoredSettings()
    {
        QTemporaryDir dir;
        auto storage = fixtures::open(dir.filePath(QStringLiteral("habilis.sqlite")));
        const CafProfile caf = fixtures::caf(QStringLiteral("caf-73.json"));
        QVERIFY(storage->saveCaf(caf).ok());
        QVERIFY(storage->setReminderDelayDays(21).ok());
        QVERIFY(
            NoticeSettings::save(*storage, NoticeSettings::kSmtpPort, QStringLiteral("2525")).ok());
        SettingsDialog dialog(storage.get());
        auto *dept = child<QComboBox>(&dialog, QStringLiteral("cafDepartementComboBox"));
        QCOMPARE(dept->currentData().toString(), QStringLiteral("73"));
        QVERIFY(!dept->isEnabled()); // an existing profile keeps its département
        QCOMPARE(line(&dialog, "cafNameLineEdit")->text(), caf.name);
        QCOMPARE(line(&dialog, "addressPoBoxLineEdit")->text(), caf.address.poBox);
        QVERIFY(child<QCheckBox>(&dialog, QStringLiteral("addressCedexCheckBox"))->isChecked());
        QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("reminderDelaySpinBox"))->value(), 21);
        QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("passwordLengthSpinBox"))->value(),
                 PasswordGenerator::kDefaultLength);
        QCOMPARE(child<QSpinBox>(&dialog, QStringLiteral("smtpPortSpinBox"))->value(), 2525);
        QVERIFY(child<QRadioButton>(&dialog, QStringLiteral("builtInTemplatesRadioButton"))
                    ->isChecked());
        QCOMPARE(child<QDoubleSpinBox>(&dialog, QStringLiteral("windowTopSpinBox"))->value(),
                 PageSetup{}.window.top());
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(child<QLabel>(&dialog, QStringLiteral("errorLabel"))->isHidden());

        // Nothing changed: OK writes nothing.
        const int before = fixtures::journalSize(*storage);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(fixtures::journalSize(*storage), before);
    }

    void savesWhatTheCommandLineSaves()
    {
        QTemporaryDir dir;
        auto storage = fixtures::open(dir.filePath(QStringLiteral("habilis.sqlite")));
        QVERIFY(storage->saveCaf(fixtures::caf(QStringLiteral("caf-73.json"))).ok());
        const QString templates = dir.filePath(QStringLiteral("modeles"));
        QVERIFY(QDir().mkpath(templates));
        writeFile(templates + QStringLiteral("/convention.html"),
                  Documents::builtInTemplate(DocumentKind::Convention));

        SettingsDialog dialog(storage.get());
        CafProfile expected = fixtures::caf(QStringLiteral("caf-73.json"));
        expected.director.civility = Civility::Madame;
        expected.director.firstName = QStringLiteral("Hélène");
        expected.director.lastName = QStringLiteral("DUPONT-FERRIÈRE");
        expected.director.title = QStringLiteral("Directrice");
        expected.email = QStringLiteral("habilitations@caf73.fr");
        expected.phone = QStringLiteral("04 79 70 00 00");
        fillCaf(&dialog, expected);
        line(&dialog, "cafEmailLineEdit")->setText(QStringLiteral("  habilitations@caf73.fr "));
        child<QSpinBox>(&dialog, QStringLiteral("reminderDelaySpinBox"))->setValue(45);
        child<QSpinBox>(&dialog, QStringLiteral("passwordLengthSpinBox"))->setValue(12);
        child<QCheckBox>(&dialog, QStringLiteral("twoEmailsCheckBox"))->setChecked(true);
        line(&dialog, "smtpHostLineEdit")->setText(QStringLiteral("smtp.caf73.fr"));
        child<QSpinBox>(&dialog, QStringLiteral("smtpPortSpinBox"))->setValue(465);
        auto *security = child<QComboBox>(&dialog, QStringLiteral("smtpSecurityComboBox"));
        security->setCurrentIndex(security->findData(QStringLiteral("tls")));
        line(&dialog, "smtpUserLineEdit")->setText(QStringLiteral("habilis"));
        line(&dialog, "senderLineEdit")->setText(QStringLiteral("habilitations@caf73.fr"));
        child<QRadioButton>(&dialog, QStringLiteral("customTemplatesRadioButton"))
            ->setChecked(true);
        line(&dialog, "templatesLineEdit")->setText(templates);
        setWindow(&dialog, QRectF(105, 40, 95, 45.5));
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
        QVERIFY(child<QPushButton>(&dialog, QStringLiteral("okButton"))->isEnabled());

        const int before = fixtures::journalSize(*storage);
        QTest::mouseClick(child<QPushButton>(&dialog, QStringLiteral("okButton")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const Expected<CafProfile> caf = storage->caf(QStringLiteral("73"));
        QVERIFY(caf.ok());
        QVERIFY(*caf == expected);
        QCOMPARE(storage->defaultCaf(), QStringLiteral("73"));
        QCOMPARE(storage->reminderDelayDays(), 45);
        const NoticeSettings n = NoticeSettings::load(*storage);
        QCOMPARE(n.passwordLength, 12);
        QVERIFY(n.twoEmails);
        QCOMPARE(n.smtp.host, QStringLiteral("smtp.caf73.fr"));
        QCOMPARE(n.smtp.port, 465);
        QCOMPARE(n.smtp.security, SmtpSecurity::Tls);
        QCOMPARE(n.smtp.user, QStringLiteral("habilis"));
        QCOMPARE(n.sender, QStringLiteral("habilitations@caf73.fr"));
        // Stored as `habilis-cli settings …` stores them.
        QCOMPARE(storage->setting(NoticeSettings::kTwoEmails), QStringLiteral("1"));
        QCOMPARE(storage->setting(NoticeSettings::kSmtpSecurity), QStringLiteral("tls"));
        QCOMPARE(storage->setting(QStringLiteral("documents.window")),
                 QStringLiteral("105;40;95;45.5"));
        QCOMPARE(DocumentSettings::templatesDir(*storage), QFileInfo(templates).absoluteFilePath());
        QCOMPARE(DocumentSettings::pageSetup(*storage).window, QRectF(105, 40, 95, 45.5));
        // One journal entry per change: the Caf, the delay, 7 notice settings, 2 documents.
        QCOMPARE(fixtures::journalSize(*storage), before + 11);

        // Back to the built-in templates and the default window; only those two are written.
        SettingsDialog again(storage.get());
        QCOMPARE(child<QSpinBox>(&again, QStringLiteral("passwordLengthSpinBox"))->value(), 12);
        QCOMPARE(line(&again, "templatesLineEdit")->text(),
                 QFileInfo(templates).absoluteFilePath());
        child<QRadioButton>(&again, QStringLiteral("builtInTemplatesRadioButton"))
            ->setChecked(true);
        QTest::mouseClick(child<QPushButton>(&again, QStringLiteral("windowDefaultButton")),
                          Qt::LeftButton);
        again.accept();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QCOMPARE(fixtures::journalSize(*storage), before + 13);
        QVERIFY(DocumentSettings::templatesDir(*storage).isEmpty());
        QCOMPARE(DocumentSettings::pageSetup(*storage).window, PageSetup{}.window);
        QCOMPARE(NoticeSettings::load(*storage).smtp.host, QStringLiteral("smtp.caf73.fr"));
    }

    void oneMistakeRefusesEverything_data()
    {
        QTest::addColumn<QString>("mistake");
        QTest::addColumn<QString>("shown"); // the value the error must name
        QTest::addColumn<int>("tab");
        QTest::newRow("Caf email") << QStringLiteral("email") << QStringLiteral("contact@caf73")
                                   << int(SettingsDialog::CafTab);
        QTest::newRow("postcode") << QStringLiteral("postcode") << QStringLiteral("7302")
                                  << int(SettingsDialog::CafTab);
        QTest::newRow("sender") << QStringLiteral("sender") << QStringLiteral("habilitations.caf73")
                                << int(SettingsDialog::NoticesTab);
        QTest::newRow("SMTP host") << QStringLiteral("host") << QStringLiteral("smtp caf73")
                                   << int(SettingsDialog::NoticesTab);
        QTest::newRow("window off the page")
            << QStringLiteral("window") << QStringLiteral("150;35;100;45")
            << int(SettingsDialog::DocumentsTab);
        QTest::newRow("window too small")
            << QStringLiteral("small") << QStringLiteral("100;35;60;45")
            << int(SettingsDialog::DocumentsTab);
        QTest::newRow("templates folder missing")
            << QStringLiteral("folder") << QStringLiteral("absent")
            << int(SettingsDialog::DocumentsTab);
        QTest::newRow("broken template")
            << QStringLiteral("template") << QStringLiteral("relance.html")
            << int(SettingsDialog::DocumentsTab);
    }

    void oneMistakeRefusesEverything()
    {
        QFETCH(QString, mistake);
        QFETCH(QString, shown);
        QFETCH(int, tab);
        QTemporaryDir dir;
        auto storage = fixtures::open(dir.filePath(QStringLiteral("habilis.sqlite")));
        QVERIFY(storage->saveCaf(fixtures::caf(QStringLiteral("caf-73.json"))).ok());
        const int journalBefore = fixtures::journalSize(*storage);
        const QMap<QString, int> rowsBefore = fixtures::rowCounts(storage->database());

        SettingsDialog dialog(storage.get());
        // Good changes on every tab…
        line(&dialog, "cafPhoneLineEdit")->setText(QStringLiteral("04 79 70 00 00"));
        child<QSpinBox>(&dialog, QStringLiteral("reminderDelaySpinBox"))->setValue(60);
        child<QSpinBox>(&dialog, QStringLiteral("passwordLengthSpinBox"))->setValue(16);
        line(&dialog, "smtpHostLineEdit")->setText(QStringLiteral("smtp.caf73.fr"));
        setWindow(&dialog, QRectF(95, 40, 100, 45));
        // … and one mistake.
        if (mistake == u"email") {
            line(&dialog, "cafEmailLineEdit")->setText(shown);
        } else if (mistake == u"postcode") {
            line(&dialog, "addressPostcodeLineEdit")->setText(shown);
        } else if (mistake == u"sender") {
            line(&dialog, "senderLineEdit")->setText(shown);
        } else if (mistake == u"host") {
            line(&dialog, "smtpHostLineEdit")->setText(shown);
        } else if (mistake == u"window") {
            setWindow(&dialog, QRectF(150, 35, 100, 45));
        } else if (mistake == u"small") {
            setWindow(&dialog, QRectF(100, 35, 60, 45));
        } else {
            QString folder = dir.filePath(shown);
            if (mistake == u"template") {
                folder = dir.filePath(QStringLiteral("modeles"));
                QVERIFY(QDir().mkpath(folder));
                writeFile(folder + QStringLiteral("/relance.html"),
                          QStringLiteral("<p>{{#persons}}{{last_name}}</p>"));
            }
            child<QRadioButton>(&dialog, QStringLiteral("customTemplatesRadioButton"))
                ->setChecked(true);
            line(&dialog, "templatesLineEdit")->setText(folder);
        }

        auto *error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(shown), qPrintable(error->text()));
        QCOMPARE(dialog.problems().size(), 1);
        QVERIFY(!child<QPushButton>(&dialog, QStringLiteral("okButton"))->isEnabled());
        auto *tabs = child<QTabWidget>(&dialog, QStringLiteral("settingsTabWidget"));
        tabs->setCurrentIndex(SettingsDialog::ProcedureTab);

        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(tabs->currentIndex(), tab); // shows where the mistake is
        QCOMPARE(fixtures::journalSize(*storage), journalBefore);
        QCOMPARE(fixtures::rowCounts(storage->database()), rowsBefore);
        QCOMPARE(storage->reminderDelayDays(), 30);
        QCOMPARE(NoticeSettings::load(*storage).passwordLength, PasswordGenerator::kDefaultLength);
    }

    void aFailureHalfWayWritesNothing()
    {
        QTemporaryDir dir;
        auto storage = fixtures::open(dir.filePath(QStringLiteral("habilis.sqlite")));
        const CafProfile caf = fixtures::caf(QStringLiteral("caf-73.json"));
        QVERIFY(storage->saveCaf(caf).ok());
        const int journalBefore = fixtures::journalSize(*storage);
        const QMap<QString, int> rowsBefore = fixtures::rowCounts(storage->database());
        // The database refuses the last write of OK, the envelope window, once the Caf, the
        // delay and the relay are written.
        QSqlQuery q(storage->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON settings "
                                      "WHEN NEW.key = 'documents.window' "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));

        SettingsDialog dialog(storage.get());
        line(&dialog, "cafPhoneLineEdit")->setText(QStringLiteral("04 79 70 00 00"));
        child<QSpinBox>(&dialog, QStringLiteral("reminderDelaySpinBox"))->setValue(60);
        line(&dialog, "smtpHostLineEdit")->setText(QStringLiteral("smtp.caf73.fr"));
        setWindow(&dialog, QRectF(95, 40, 100, 45));
        QVERIFY(dialog.problems().isEmpty());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        auto *error = child<QLabel>(&dialog, QStringLiteral("errorLabel"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("disk full")), qPrintable(error->text()));
        // Nothing of it is kept.
        QCOMPARE(fixtures::journalSize(*storage), journalBefore);
        QCOMPARE(fixtures::rowCounts(storage->database()), rowsBefore);
        QVERIFY(*storage->caf(QStringLiteral("73")) == caf);
        QCOMPARE(storage->reminderDelayDays(), 30);
        QVERIFY(NoticeSettings::load(*storage).smtp.host.isEmpty());

        // The cause gone, OK again writes everything that was typed.
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(fixtures::journalSize(*storage), journalBefore + 4);
        QCOMPARE(storage->caf(QStringLiteral("73"))->phone, QStringLiteral("04 79 70 00 00"));
        QCOMPARE(storage->reminderDelayDays(), 60);
        QCOMPARE(NoticeSettings::load(*storage).smtp.host, QStringLiteral("smtp.caf73.fr"));
        QCOMPARE(DocumentSettings::pageSetup(*storage).window, QRectF(95, 40, 100, 45));
    }

    void workstationCafIsOneTransaction()
    {
        auto storage = fixtures::open(QStringLiteral(":memory:"));
        QVERIFY(storage->saveCaf(fixtures::caf(QStringLiteral("caf-82.json"))).ok());
        QCOMPARE(storage->defaultCaf(), QStringLiteral("82"));
        // The profile is saved, then choosing it fails.
        QSqlQuery q(storage->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON settings "
                                      "WHEN NEW.key = 'default_caf' "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const Status s =
            FirstRunWizard::apply(*storage, fixtures::caf(QStringLiteral("caf-73.json")));
        QVERIFY(!s.ok());
        QVERIFY2(s.errorString().contains(QStringLiteral("disk full")),
                 qPrintable(s.errorString()));
        QVERIFY(!storage->caf(QStringLiteral("73")).ok());
        QCOMPARE(storage->cafs()->size(), 1);
        QCOMPARE(storage->defaultCaf(), QStringLiteral("82"));
    }

    void anotherOfficersChangeIsNeverOverwritten()
    {
        // Two officers on one database: each has the settings open.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("habilis.sqlite"));
        auto mine = fixtures::open(path);
        auto theirs = fixtures::open(path);
        const CafProfile caf = fixtures::caf(QStringLiteral("caf-73.json"));
        QVERIFY(saveWorkstationCaf(*mine, caf).ok());
        SettingsDialog dialog(mine.get());
        CafProfile changed = caf;
        changed.phone = QStringLiteral("04 79 00 00 01");
        QVERIFY(theirs->saveCaf(changed).ok());
        QVERIFY(theirs
                    ->saveSetting(QStringLiteral("documents.window"),
                                  DocumentSettings::windowText(QRectF(95, 40, 100, 45)))
                    .ok());
        const int journal = fixtures::journalSize(*theirs);

        // Both changed the Caf profile: mine is refused, theirs stays, what I typed too.
        line(&dialog, "cafPhoneLineEdit")->setText(QStringLiteral("04 79 00 00 02"));
        child<QSpinBox>(&dialog, QStringLiteral("reminderDelaySpinBox"))->setValue(12);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        const QString error = child<QLabel>(&dialog, QStringLiteral("errorLabel"))->text();
        QVERIFY2(error.contains(QStringLiteral("Un autre agent a modifié le profil de la Caf")),
                 qPrintable(error));
        QCOMPARE(theirs->caf(QStringLiteral("73"))->phone, changed.phone);
        QCOMPARE(theirs->reminderDelayDays(), 30);
        QCOMPARE(fixtures::journalSize(*theirs), journal);
        QCOMPARE(line(&dialog, "cafPhoneLineEdit")->text(), QStringLiteral("04 79 00 00 02"));

        // Only what they did not change: saved, and their envelope window kept.
        line(&dialog, "cafPhoneLineEdit")->setText(caf.phone);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(theirs->reminderDelayDays(), 12);
        QCOMPARE(theirs->caf(QStringLiteral("73"))->phone, changed.phone);
        QCOMPARE(DocumentSettings::pageSetup(*theirs).window, QRectF(95, 40, 100, 45));
    }

    void anotherFileForTheNextStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("habilis.sqlite"));
        auto storage = fixtures::open(path);
        SettingsDialog dialog(storage.get());
        const QString other = dir.filePath(QStringLiteral("archives/caf73.sqlite"));
        child<QLineEdit>(&dialog, QStringLiteral("databaseFileLineEdit"))->setText(dir.path());
        QVERIFY2(dialog.problems().join(u'\n').contains(QStringLiteral("est un dossier")),
                 qPrintable(dialog.problems().join(u'\n')));
        child<QLineEdit>(&dialog, QStringLiteral("databaseFileLineEdit"))->setText(other);
        QVERIFY(dialog.problems().isEmpty());
        const int journal = fixtures::journalSize(*storage);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(rememberedDatabasePath(), other);
        QCOMPARE(fixtures::journalSize(*storage), journal); // the workstation's, not the data's
        QVERIFY(!QFileInfo::exists(other));                 // created at the next start
        rememberDatabasePath({});
    }

    void withoutCafTheOtherSettingsSave()
    {
        auto storage = fixtures::open(QStringLiteral(":memory:"));
        SettingsDialog dialog(storage.get());
        auto *dept = child<QComboBox>(&dialog, QStringLiteral("cafDepartementComboBox"));
        QVERIFY(dept->isEnabled());
        QCOMPARE(dept->currentIndex(), -1);
        QVERIFY(!child<QLabel>(&dialog, QStringLiteral("cafNoteLabel"))->isHidden());
        QVERIFY(dialog.problems().isEmpty()); // an untouched empty profile is no mistake
        child<QSpinBox>(&dialog, QStringLiteral("reminderDelaySpinBox"))->setValue(20);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(storage->reminderDelayDays(), 20);
        QVERIFY(storage->cafs()->isEmpty());

        // Choosing a département starts a profile: then it must be whole.
        SettingsDialog second(storage.get());
        auto *dept2 = child<QComboBox>(&second, QStringLiteral("cafDepartementComboBox"));
        dept2->setCurrentIndex(dept2->findData(QStringLiteral("82")));
        QCOMPARE(line(&second, "cafNameLineEdit")->text(),
                 QStringLiteral("Caf de Tarn-et-Garonne"));
        QVERIFY(!second.problems().isEmpty());
        second.accept();
        QVERIFY(second.result() != QDialog::Accepted);
        QVERIFY(storage->cafs()->isEmpty());
        // Filled in, it becomes the workstation's Caf.
        const CafProfile caf82 = fixtures::caf(QStringLiteral("caf-82.json"));
        fillCaf(&second, caf82);
        QVERIFY2(second.problems().isEmpty(), qPrintable(second.problems().join(u'\n')));
        second.accept();
        QCOMPARE(second.result(), int(QDialog::Accepted));
        QCOMPARE(storage->defaultCaf(), QStringLiteral("82"));
        QVERIFY(*storage->caf(QStringLiteral("82")) == caf82);
    }

    void departementsOfTheWizard()
    {
        QTemporaryDir dir;
        FirstRunWizard wizard(dir.filePath(QStringLiteral("habilis.sqlite")));
        auto *dept = child<QComboBox>(&wizard, QStringLiteral("cafDepartementComboBox"));
        QCOMPARE(dept->count(), 101);
        for (const char *code : {"01", "19", "2A", "2B", "21", "95", "971", "974", "976"})
            QVERIFY2(dept->findData(QLatin1String(code)) >= 0, code);
        for (const char *code : {"20", "96", "975"})
            QVERIFY2(dept->findData(QLatin1String(code)) < 0, code);
        // The name is prefilled, until the officer writes their own.
        dept->setCurrentIndex(dept->findData(QStringLiteral("2A")));
        QCOMPARE(line(&wizard, "cafNameLineEdit")->text(),
                 QStringLiteral("Caf de la Corse-du-Sud"));
        dept->setCurrentIndex(dept->findData(QStringLiteral("73")));
        QCOMPARE(line(&wizard, "cafNameLineEdit")->text(), QStringLiteral("Caf de la Savoie"));
        line(&wizard, "cafNameLineEdit")->setText(QStringLiteral("Caf de Savoie"));
        dept->setCurrentIndex(dept->findData(QStringLiteral("74")));
        QCOMPARE(line(&wizard, "cafNameLineEdit")->text(), QStringLiteral("Caf de Savoie"));
    }

    void wizardOnAnEmptyDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("donnees/habilis.sqlite"));
        FirstRunWizard wizard(path);
        wizard.restart();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::WelcomePage));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::DatabasePage));
        QCOMPARE(wizard.databasePath(), QDir::cleanPath(QFileInfo(path).absoluteFilePath()));
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::CafPage));

        // Empty, then with a bad postcode: Next refuses, and says why.
        QVERIFY(!wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::CafPage));
        const CafProfile expected = fixtures::caf(QStringLiteral("caf-73.json"));
        fillCaf(&wizard, expected);
        line(&wizard, "addressPostcodeLineEdit")->setText(QStringLiteral("7302"));
        QVERIFY(!wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::CafPage));
        auto *error = child<QLabel>(wizard.currentPage(), QStringLiteral("errorLabel"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("7302")), qPrintable(error->text()));
        // The line typed wrong is marked as it is typed, as in the request dialogs.
        QVERIFY(line(&wizard, "addressPostcodeLineEdit")->property("invalid").toBool());

        line(&wizard, "addressPostcodeLineEdit")->setText(expected.address.postcode);
        QVERIFY(!line(&wizard, "addressPostcodeLineEdit")->property("invalid").toBool());
        QVERIFY(wizard.currentPage()->isComplete());
        QVERIFY(error->isHidden());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::SummaryPage));
        const QString summary =
            child<QLabel>(wizard.currentPage(), QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(QStringLiteral("73023 CHAMBERY CEDEX")), qPrintable(summary));
        QVERIFY(wizard.caf() == expected);
        wizard.accept();
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        // The wizard itself writes nothing.
        QVERIFY(!QFileInfo::exists(path));

        // What main does with it.
        auto storage = fixtures::open(wizard.databasePath());
        QVERIFY(storage->cafs()->isEmpty());
        const Status applied = FirstRunWizard::apply(*storage, wizard.caf());
        QVERIFY2(applied.ok(), qPrintable(applied.errorString()));
        QCOMPARE(storage->cafs()->size(), 1);
        QCOMPARE(storage->defaultCaf(), QStringLiteral("73"));
        QVERIFY(*storage->caf(QStringLiteral("73")) == expected);
        // apply() checks too.
        CafProfile bad = expected;
        bad.address.postcode = QStringLiteral("7302");
        QVERIFY(!FirstRunWizard::apply(*storage, bad).ok());
        QVERIFY(*storage->caf(QStringLiteral("73")) == expected);
    }

    void wizardChoosesAnotherFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("habilis.sqlite"));
        FirstRunWizard wizard(path);
        wizard.restart();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::DatabasePage));
        auto *file = line(&wizard, "databasePathLineEdit");
        auto *status = child<QLabel>(&wizard, QStringLiteral("databaseStatusLabel"));

        // A folder, and a file that is not SQLite, are refused without being touched.
        file->setText(dir.path());
        QVERIFY(!wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::DatabasePage));
        const QString notes = dir.filePath(QStringLiteral("notes.txt"));
        writeFile(notes, QStringLiteral("pas une base"));
        file->setText(notes);
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY2(status->text().contains(QStringLiteral("notes.txt")), qPrintable(status->text()));

        // Another file, in a folder still to create (a backed-up drive, say).
        const QString other = dir.filePath(QStringLiteral("sauvegarde/caf73.sqlite"));
        file->setText(other);
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::CafPage));
        QCOMPARE(wizard.databasePath(), QDir::cleanPath(other));

        // Cancelled: nothing anywhere.
        wizard.reject();
        QVERIFY(!QFileInfo::exists(other));
        QVERIFY(!QFileInfo::exists(path));
    }

    void wizardKeepsTheCafOfAnExistingDatabase()
    {
        QTemporaryDir dir;
        const QString existing = dir.filePath(QStringLiteral("caf73.sqlite"));
        const CafProfile caf73 = fixtures::caf(QStringLiteral("caf-73.json"));
        {
            auto s = fixtures::open(existing);
            QVERIFY(s->saveCaf(caf73).ok());
        }
        FirstRunWizard wizard(dir.filePath(QStringLiteral("habilis.sqlite")));
        wizard.restart();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::DatabasePage));
        auto *file = line(&wizard, "databasePathLineEdit");
        file->setText(existing);
        wizard.next();
        // Nothing to type: the file's profile is kept.
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::SummaryPage));
        QVERIFY(!wizard.savesCaf());
        QCOMPARE(wizard.existingCafs().size(), 1);
        const QString summary =
            child<QLabel>(wizard.currentPage(), QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(caf73.name), qPrintable(summary));
        QVERIFY2(summary.contains(existing), qPrintable(summary));

        // Back, and a new file: the Caf page again, and nothing created.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::DatabasePage));
        const QString fresh = dir.filePath(QStringLiteral("neuve.sqlite"));
        file->setText(fresh);
        QVERIFY(wizard.savesCaf());
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::CafPage));
        QVERIFY(!QFileInfo::exists(fresh));

        // An existing database without a profile asks for one too.
        wizard.back();
        const QString empty = dir.filePath(QStringLiteral("vide.sqlite"));
        fixtures::open(empty);
        file->setText(empty);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::CafPage));
        QVERIFY(wizard.savesCaf());

        // Looking at the existing file changed nothing in it.
        auto s = fixtures::open(existing);
        QVERIFY(*s->caf(QStringLiteral("73")) == caf73);
        QCOMPARE(fixtures::journalSize(*s), 1);
    }

    void wizardRefusesADatabaseItCannotOpen_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason"); // what the message must say besides the file
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("plus récente");
        QTest::newRow("damaged") << QStringLiteral("damaged") << QString();
    }

    void wizardRefusesADatabaseItCannotOpen()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("caf73.sqlite"));
        if (kind == u"newer") {
            auto s = fixtures::open(path);
            QSqlQuery q(s->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        } else {
            // An SQLite header, then garbage.
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\xff'));
        }
        const QByteArray before = [&path] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();

        FirstRunWizard wizard(dir.filePath(QStringLiteral("habilis.sqlite")));
        wizard.restart();
        wizard.next();
        line(&wizard, "databasePathLineEdit")->setText(path);
        wizard.next();
        // Said on the database page, before the Caf is typed.
        QCOMPARE(wizard.currentId(), int(FirstRunWizard::DatabasePage));
        const QString status =
            child<QLabel>(&wizard, QStringLiteral("databaseStatusLabel"))->text();
        QVERIFY2(status.contains(QDir::toNativeSeparators(path)), qPrintable(status));
        QVERIFY2(status.contains(reason), qPrintable(status));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void adoptsTheFileRememberedByAnEarlierVersion()
    {
        // Earlier, the window kept it in its QSettings() without an organization name.
        QSettings earlier(QSettings::NativeFormat, QSettings::UserScope,
                          QStringLiteral("Unknown Organization"), QStringLiteral("habilis"));
        earlier.setValue(QStringLiteral("database/path"),
                         QStringLiteral("/srv/caf73/habilis.sqlite"));
        earlier.sync();
        QCOMPARE(rememberedDatabasePath(), QStringLiteral("/srv/caf73/habilis.sqlite"));
        QCOMPARE(databaseLocation().source, DatabaseSource::Remembered);
        earlier.sync();
        QVERIFY(!earlier.contains(QStringLiteral("database/path")));
        QCOMPARE(QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("habilis"),
                           QStringLiteral("habilis"))
                     .value(QStringLiteral("database/path"))
                     .toString(),
                 QStringLiteral("/srv/caf73/habilis.sqlite"));
        // Forgotten, it stays forgotten.
        rememberDatabasePath({});
        QVERIFY(rememberedDatabasePath().isEmpty());
    }

    void showsTheDatabaseInUse()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("caf73.sqlite"));
        auto storage = fixtures::open(path);
        // Remembered: the window and habilis-cli open it.
        rememberDatabasePath(path);
        {
            SettingsDialog dialog(storage.get());
            auto *file = line(&dialog, "databaseLineEdit");
            QVERIFY(file->isReadOnly());
            QCOMPARE(file->text(), QDir::toNativeSeparators(path));
            const QString note =
                child<QLabel>(&dialog, QStringLiteral("databaseNoteLabel"))->text();
            QVERIFY2(note.contains(QStringLiteral("habilis-cli")), qPrintable(note));
            QVERIFY2(note.contains(QStringLiteral("mémorisé")), qPrintable(note));
        }
        // Named by --db: habilis-cli opens another one, which the note names.
        const QString other = dir.filePath(QStringLiteral("autre.sqlite"));
        rememberDatabasePath(other);
        {
            SettingsDialog dialog(storage.get());
            QCOMPARE(line(&dialog, "databaseLineEdit")->text(), QDir::toNativeSeparators(path));
            const QString note =
                child<QLabel>(&dialog, QStringLiteral("databaseNoteLabel"))->text();
            QVERIFY2(note.contains(QStringLiteral("--db")), qPrintable(note));
            QVERIFY2(note.contains(QDir::toNativeSeparators(other)), qPrintable(note));
        }
        rememberDatabasePath({});
        QVERIFY(rememberedDatabasePath().isEmpty());
    }

    void databasePathIsSharedWithTheCommandLine()
    {
        // Not the program's own QSettings(): the names habilis-cli uses too.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("donnees/../caf73.sqlite"));
        QCOMPARE(databaseLocation().source, DatabaseSource::Default);
        QCOMPARE(defaultDatabasePath(), standardDatabasePath());
        rememberDatabasePath(path);
        const QString clean = dir.filePath(QStringLiteral("caf73.sqlite"));
        QCOMPARE(QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("habilis"),
                           QStringLiteral("habilis"))
                     .value(QStringLiteral("database/path"))
                     .toString(),
                 clean);
        QVERIFY(!QSettings().contains(QStringLiteral("database/path")));
        QCOMPARE(databaseLocation().source, DatabaseSource::Remembered);
        QCOMPARE(defaultDatabasePath(), clean);
        // HABILIS_DB comes first.
        qputenv("HABILIS_DB", "/tmp/habilis-env.sqlite");
        QCOMPARE(databaseLocation().source, DatabaseSource::Environment);
        QCOMPARE(defaultDatabasePath(), QStringLiteral("/tmp/habilis-env.sqlite"));
        qunsetenv("HABILIS_DB");
        rememberDatabasePath({});
        QCOMPARE(defaultDatabasePath(), standardDatabasePath());
    }
};

HABILIS_TEST_GUI_MAIN(TestSettings)
#include "tst_settings.moc"

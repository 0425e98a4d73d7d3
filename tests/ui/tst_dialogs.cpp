#include "../core/fixtures.h"
#include "amendmentdialog.h"
#include "formparts.h"
#include "requestdialog.h"
#include "testmain.h"

#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace habilis;

namespace {

const QString kMoissac = QStringLiteral("CS-82-2024-0001");

HabilitationRequest moissac()
{
    return fixtures::request(QStringLiteral("moissac-2024.json"));
}

/// Types `text` into a cell the way an officer does: the cell's editor, then Enter.
bool typeInCell(QTableWidget *table, int row, int column, const QString &text)
{
    QTableWidgetItem *item = table->item(row, column);
    if (!item)
        return false;
    const QModelIndex index = table->model()->index(row, column);
    table->setCurrentItem(item);
    if (!table->indexWidget(index)) // a new line's first cell is already being edited
        table->editItem(item);
    auto *editor = qobject_cast<QLineEdit *>(table->indexWidget(index));
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits and closes the editor a moment later.
    return QTest::qWaitFor([&] { return item->text() == text && !table->indexWidget(index); });
}

} // namespace

class TestDialogs : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;

    /// A new database on disk with the Caf of Tarn-et-Garonne.
    std::unique_ptr<SqlStorage> newStorage()
    {
        auto opened = fixtures::openDatabase(
            m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_databases)));
        if (!opened)
            qFatal("%s", qPrintable(opened.errorString()));
        std::unique_ptr<SqlStorage> s = std::move(opened).value();
        if (!s->saveCaf(fixtures::caf(QStringLiteral("caf-82.json"))).ok())
            qFatal("cannot save the Caf");
        return s;
    }

    std::unique_ptr<SqlStorage> moissacInForce()
    {
        return fixtures::moissacInForce(
            m_dir.filePath(QStringLiteral("amend%1.sqlite").arg(++m_databases)));
    }

    template <typename T> static T *child(const QWidget *dialog, const char *name)
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }

    /// Shows a page of the request: 0 the provider, 1 the persons, 2 the establishments.
    static void showPage(const RequestDialog &dialog, int page)
    {
        child<QTabWidget>(&dialog, "requestTabs")->setCurrentIndex(page);
    }

private slots:
    void initTestCase()
    {
        // The drafts go to the test's own data folder.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { QFile::remove(RequestDialog::draftPath()); }
    void cleanup() { QFile::remove(RequestDialog::draftPath()); }

    void recordsTheMoissacRequest()
    {
        auto s = newStorage();
        RequestDialog dialog(s.get(), QDate(2024, 1, 16));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = child<QPushButton>(&dialog, "okButton");
        auto *error = child<QLabel>(&dialog, "errorLabel");
        auto *name = child<QLineEdit>(&dialog, "providerNameLineEdit");
        auto *siret = child<QLineEdit>(&dialog, "siretLineEdit");
        auto *persons = child<QTableWidget>(&dialog, "personsTable");
        auto *received = child<QDateEdit>(&dialog, "receivedDateEdit");
        QVERIFY(ok && error && name && siret && persons && received);
        QVERIFY(dialog.isFormEmpty());
        QVERIFY(!ok->isEnabled());
        QCOMPARE(received->date(), QDate(2024, 1, 16));
        QCOMPARE(received->maximumDate(), QDate(2024, 1, 16)); // never in the future

        // The request, but the provider's name, SIRET and a job title typed by hand.
        HabilitationRequest r = moissac();
        r.provider.name.clear();
        r.provider.siret.clear();
        dialog.setRequest(r);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!error->text().isEmpty());
        QTest::keyClicks(name, QStringLiteral("Commune de Moissac"));
        QTest::keyClicks(siret, QStringLiteral("218 201 127"));
        QVERIFY(!siret->property("invalid").toBool());
        QCOMPARE(persons->rowCount(), 2);
        showPage(dialog, 1);
        QVERIFY(typeInCell(persons, 0, PersonTable::JobTitleColumn,
                           QStringLiteral("Coordinatrice enfance")));
        QVERIFY2(ok->isEnabled(), qPrintable(error->text()));
        QCOMPARE(dialog.request().provider.name, QStringLiteral("Commune de Moissac"));
        const auto *tabs = child<QTabWidget>(&dialog, "requestTabs");
        QVERIFY(tabs->tabText(1).endsWith(QStringLiteral("(2)")));
        QVERIFY(tabs->tabText(2).endsWith(QStringLiteral("(11)")));

        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY2(dialog.reference().startsWith(QStringLiteral("CS-82-2024-")),
                 qPrintable(dialog.reference()));
        const Expected<ConventionDetail> d = s->convention(dialog.reference());
        QVERIFY2(d.ok(), qPrintable(d.errorString()));
        QCOMPARE(d->convention.state, ConventionState::Received);
        QCOMPARE(d->convention.receivedOn, QDate(2024, 1, 15));
        QCOMPARE(d->provider.name, QStringLiteral("Commune de Moissac"));
        QCOMPARE(d->provider.siret, QStringLiteral("218201127"));
        QCOMPARE(d->provider.representative.lastName, QStringLiteral("LOPEZ"));
        QCOMPARE(d->annex.persons.size(), 2);
        QCOMPARE(d->annex.persons.at(0).jobTitle, QStringLiteral("Coordinatrice enfance"));
        QCOMPARE(d->annex.establishments.size(), 11);
        const auto grapillous =
            std::find_if(d->annex.establishments.cbegin(), d->annex.establishments.cend(),
                         [](const AnnexEstablishment &e) {
                             return e.establishment.name == QStringLiteral("EAJE - Les Grapillous");
                         });
        QVERIFY(grapillous != d->annex.establishments.cend());
        QVERIFY(grapillous->scope.availability);
        // Recorded: no draft left behind.
        QVERIFY(!QFile::exists(RequestDialog::draftPath()));
    }

    void wrongValueDisablesRecording_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("wrong");
        QTest::newRow("SIRET") << QStringLiteral("siretLineEdit") << QStringLiteral("218201128");
        QTest::newRow("SIREN too short")
            << QStringLiteral("siretLineEdit") << QStringLiteral("21820112");
        QTest::newRow("email") << QStringLiteral("providerEmailLineEdit")
                               << QStringLiteral("mairie@moissac");
        QTest::newRow("postcode") << QStringLiteral("addressPostcodeLineEdit")
                                  << QStringLiteral("8220");
        QTest::newRow("phone") << QStringLiteral("providerPhoneLineEdit")
                               << QStringLiteral("05 63 04");
    }

    void wrongValueDisablesRecording()
    {
        QFETCH(QString, field);
        QFETCH(QString, wrong);
        auto s = newStorage();
        RequestDialog dialog(s.get(), QDate(2024, 1, 16));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setRequest(moissac());
        auto *ok = child<QPushButton>(&dialog, "okButton");
        auto *error = child<QLabel>(&dialog, "errorLabel");
        auto *edit = dialog.findChild<QLineEdit *>(field);
        QVERIFY(ok && error && edit);
        QVERIFY2(ok->isEnabled(), qPrintable(error->text()));
        const QString right = edit->text();

        edit->clear();
        QTest::keyClicks(edit, wrong);
        QVERIFY(!ok->isEnabled());
        QVERIFY(edit->property("invalid").toBool());
        QVERIFY2(edit->toolTip().contains(wrong), qPrintable(edit->toolTip()));
        // The message names the value typed.
        QVERIFY2(error->text().contains(wrong), qPrintable(error->text()));
        QVERIFY(!error->isHidden());

        edit->clear();
        QTest::keyClicks(edit, right);
        QVERIFY2(ok->isEnabled(), qPrintable(error->text()));
        QVERIFY(!edit->property("invalid").toBool());
    }

    void wrongCellDisablesRecording()
    {
        auto s = newStorage();
        RequestDialog dialog(s.get(), QDate(2024, 1, 16));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setRequest(moissac());
        auto *ok = child<QPushButton>(&dialog, "okButton");
        auto *error = child<QLabel>(&dialog, "errorLabel");
        auto *persons = child<QTableWidget>(&dialog, "personsTable");
        auto *establishments = child<QTableWidget>(&dialog, "establishmentsTable");
        auto *tabs = child<QTabWidget>(&dialog, "requestTabs");
        QVERIFY(ok && error && persons && establishments && tabs);
        QVERIFY(ok->isEnabled());

        showPage(dialog, 1);
        QVERIFY(typeInCell(persons, 1, PersonTable::EmailColumn, QStringLiteral("s.fontanie@")));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!tabs->tabIcon(1).isNull()); // the page says something is wrong in it
        const QTableWidgetItem *email = persons->item(1, PersonTable::EmailColumn);
        QVERIFY(!email->data(AnnexTableEditor::InvalidRole).toString().isEmpty());
        QVERIFY2(error->text().contains(QStringLiteral("s.fontanie@")), qPrintable(error->text()));
        QVERIFY(typeInCell(persons, 1, PersonTable::EmailColumn,
                           QStringLiteral("s.fontanie@moissac.fr")));
        QVERIFY(email->data(AnnexTableEditor::InvalidRole).toString().isEmpty());
        QVERIFY(ok->isEnabled());
        QVERIFY(tabs->tabIcon(1).isNull());

        showPage(dialog, 2);
        QVERIFY(typeInCell(establishments, 2, EstablishmentTable::PostcodeColumn,
                           QStringLiteral("822OO")));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(error->text().contains(QStringLiteral("822OO")), qPrintable(error->text()));

        // The same person twice: each line is right, the annex is not.
        QVERIFY(typeInCell(establishments, 2, EstablishmentTable::PostcodeColumn,
                           QStringLiteral("82200")));
        showPage(dialog, 1);
        QVERIFY(typeInCell(persons, 1, PersonTable::EmailColumn,
                           QStringLiteral("a.blachier@moissac.fr")));
        QVERIFY(!ok->isEnabled());
        QVERIFY(error->text().contains(QStringLiteral("a.blachier@moissac.fr")));
    }

    void refusalKeepsTheDialogOpen()
    {
        auto s = newStorage();
        QVERIFY(s->importRequest(moissac()).ok());
        const QMap<QString, int> before = fixtures::rowCounts(s->database());

        RequestDialog dialog(s.get(), QDate(2024, 1, 16));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setRequest(moissac());
        auto *ok = child<QPushButton>(&dialog, "okButton");
        auto *error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(ok && error);
        QVERIFY(ok->isEnabled()); // the request itself is right
        QTest::mouseClick(ok, Qt::LeftButton);

        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.reference().isEmpty());
        QVERIFY2(error->text().contains(kMoissac), qPrintable(error->text()));
        QCOMPARE(fixtures::rowCounts(s->database()), before);
        // Nothing typed is lost, not even by a crash now.
        QCOMPARE(dialog.request().provider.name, QStringLiteral("Commune de Moissac"));
        QCOMPARE(dialog.request().persons.size(), 2);
        QCOMPARE(dialog.request().establishments.size(), 11);
        QVERIFY(QFile::exists(RequestDialog::draftPath()));
        // The next change puts the checks back in place of the refusal.
        auto *phone = child<QLineEdit>(&dialog, "providerPhoneLineEdit");
        QTest::keyClicks(phone, QStringLiteral("05 63 04 63 63"));
        QVERIFY(!error->text().contains(kMoissac));
    }

    void availabilityOnlyForEaje()
    {
        auto s = newStorage();
        RequestDialog dialog(s.get(), QDate(2024, 1, 16));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        HabilitationRequest r = moissac();
        QCOMPARE(r.establishments.at(3).establishment.type, QStringLiteral("LAEP"));
        r.establishments[3].scope.availability = true;
        dialog.setRequest(r);
        auto *ok = child<QPushButton>(&dialog, "okButton");
        auto *error = child<QLabel>(&dialog, "errorLabel");
        auto *table = child<QTableWidget>(&dialog, "establishmentsTable");
        QVERIFY(ok && error && table);
        showPage(dialog, 2);

        QVERIFY(!ok->isEnabled());
        QTableWidgetItem *laep = table->item(3, EstablishmentTable::AvailabilityColumn);
        QVERIFY(!laep->data(AnnexTableEditor::InvalidRole).toString().isEmpty());
        QVERIFY2(error->text().contains(QStringLiteral("LAEP")), qPrintable(error->text()));
        // Refused, not dropped: the officer takes it back.
        QVERIFY(laep->flags().testFlag(Qt::ItemIsEnabled));
        laep->setCheckState(Qt::Unchecked);
        QVERIFY2(ok->isEnabled(), qPrintable(error->text()));
        QVERIFY(laep->data(AnnexTableEditor::InvalidRole).toString().isEmpty());
        // Now it cannot be ticked; an EAJE's can.
        QVERIFY(!laep->flags().testFlag(Qt::ItemIsEnabled));
        QVERIFY(table->item(0, EstablishmentTable::AvailabilityColumn)
                    ->flags()
                    .testFlag(Qt::ItemIsEnabled));

        // An EAJE turned ALSH keeps its tick, refused until taken back.
        table->item(0, EstablishmentTable::TypeColumn)->setText(QStringLiteral("ALSH"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!table->item(0, EstablishmentTable::AvailabilityColumn)
                     ->data(AnnexTableEditor::InvalidRole)
                     .toString()
                     .isEmpty());
        QVERIFY(dialog.request().establishments.at(0).scope.availability);
        table->item(0, EstablishmentTable::TypeColumn)->setText(QStringLiteral("EAJE"));
        QVERIFY(ok->isEnabled());
    }

    void addingLinesByHand()
    {
        auto s = newStorage();
        RequestDialog dialog(s.get(), QDate(2024, 1, 16));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        HabilitationRequest r = moissac();
        r.persons.removeLast();
        r.establishments = r.establishments.mid(0, 1);
        dialog.setRequest(r);
        auto *persons = child<QTableWidget>(&dialog, "personsTable");
        auto *add = child<QPushButton>(&dialog, "personsAddButton");
        auto *remove = child<QPushButton>(&dialog, "personsRemoveButton");
        auto *ok = child<QPushButton>(&dialog, "okButton");
        QVERIFY(persons && add && remove && ok);
        QVERIFY(ok->isEnabled());
        showPage(dialog, 1);

        // An empty line is ignored; a line begun must be finished.
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(persons->rowCount(), 2);
        QCOMPARE(dialog.request().persons.size(), 1);
        QVERIFY(typeInCell(persons, 1, PersonTable::LastNameColumn, QStringLiteral("Fontanie")));
        QCOMPARE(dialog.request().persons.size(), 2);
        QVERIFY(!ok->isEnabled());
        QVERIFY(typeInCell(persons, 1, PersonTable::FirstNameColumn, QStringLiteral("Sebastien")));
        QVERIFY(typeInCell(persons, 1, PersonTable::EmailColumn,
                           QStringLiteral("s.fontanie@moissac.fr")));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.request().persons.at(1).email, QStringLiteral("s.fontanie@moissac.fr"));

        persons->setCurrentCell(0, PersonTable::EmailColumn);
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(persons->rowCount(), 1);
        QCOMPARE(dialog.request().persons.at(0).lastName, QStringLiteral("Fontanie"));
        QVERIFY(ok->isEnabled());
    }

    void draftIsKeptThenRestored()
    {
        auto s = newStorage();
        const QString draft = RequestDialog::draftPath();
        {
            RequestDialog first(s.get(), QDate(2024, 1, 16));
            first.show();
            QVERIFY(QTest::qWaitForWindowExposed(&first));
            QVERIFY(child<QLabel>(&first, "draftLabel")->isHidden());
            first.setRequest(moissac());
            auto *phone = child<QLineEdit>(&first, "providerPhoneLineEdit");
            QTest::keyClicks(phone, QStringLiteral("05 63 04 63 63"));
            // Written a moment after the last change, not on every key.
            QVERIFY(!QFile::exists(draft));
            QTRY_VERIFY(QFile::exists(draft));
            QFile file(draft);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QList<FieldError> errors;
            const HabilitationRequest saved = JsonFormat::requestFromJson(
                QJsonDocument::fromJson(file.readAll()).object(), &errors);
            QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));
            QCOMPARE(saved.provider.phone, QStringLiteral("05 63 04 63 63"));
            first.reject(); // Escape keeps what was typed
            QVERIFY(QFile::exists(draft));
        }

        RequestDialog second(s.get(), QDate(2024, 1, 16));
        second.show();
        QVERIFY(QTest::qWaitForWindowExposed(&second));
        auto *label = child<QLabel>(&second, "draftLabel");
        QVERIFY(!label->isHidden());
        QVERIFY(!label->text().isEmpty());
        const HabilitationRequest restored = second.request();
        QCOMPARE(restored.cafDepartement, QStringLiteral("82"));
        QCOMPARE(restored.receivedOn, QDate(2024, 1, 15));
        QCOMPARE(restored.provider.name, QStringLiteral("Commune de Moissac"));
        QCOMPARE(restored.provider.phone, QStringLiteral("05 63 04 63 63"));
        QCOMPARE(restored.provider.representative.title, QStringLiteral("Maire"));
        QCOMPARE(restored.persons.size(), 2);
        QCOMPARE(restored.persons.at(1).civility, Civility::Monsieur);
        QCOMPARE(restored.establishments.size(), 11);
        QVERIFY(restored.establishments.at(0).scope.availability);
        QVERIFY(!restored.establishments.at(3).scope.availability);

        auto *ok = child<QPushButton>(&second, "okButton");
        QVERIFY2(ok->isEnabled(), qPrintable(child<QLabel>(&second, "errorLabel")->text()));
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(second.result(), int(QDialog::Accepted));
        QVERIFY(!QFile::exists(draft));
        // The next request starts empty.
        RequestDialog third(s.get(), QDate(2024, 1, 16));
        QVERIFY(third.isFormEmpty());
        QVERIFY(child<QLabel>(&third, "draftLabel")->isHidden());
    }

    void draftIsDiscarded()
    {
        auto s = newStorage();
        const QString draft = RequestDialog::draftPath();
        {
            RequestDialog first(s.get(), QDate(2024, 1, 16));
            first.setRequest(moissac());
            // Closed with its parent before the timer fired: kept all the same.
        }
        QVERIFY(QFile::exists(draft));

        RequestDialog second(s.get(), QDate(2024, 1, 16));
        QCOMPARE(second.request().provider.name, QStringLiteral("Commune de Moissac"));
        auto *discard = child<QPushButton>(&second, "discardDraftButton");
        QVERIFY(discard && discard->isEnabled());
        discard->click();
        QVERIFY(!QFile::exists(draft));
        QVERIFY(second.isFormEmpty());
        QVERIFY(child<QLabel>(&second, "draftLabel")->isHidden());
        QCOMPARE(second.request().receivedOn, QDate(2024, 1, 16));
        QCOMPARE(second.request().cafDepartement, QStringLiteral("82"));
        // An empty form leaves no draft when closed.
        second.reject();
        QVERIFY(!QFile::exists(draft));
    }

    void amendmentForADeparture()
    {
        auto s = moissacInForce();
        const QDate today(2024, 6, 1);
        AmendmentDialog dialog(s.get(), kMoissac, today);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = child<QPushButton>(&dialog, "okButton");
        auto *error = child<QLabel>(&dialog, "errorLabel");
        auto *reason = child<QLineEdit>(&dialog, "reasonLineEdit");
        auto *date = child<QDateEdit>(&dialog, "dateEdit");
        auto *persons = child<QListWidget>(&dialog, "removePersonsList");
        auto *establishments = child<QListWidget>(&dialog, "removeEstablishmentsList");
        QVERIFY(ok && error && reason && date && persons && establishments);
        QVERIFY(child<QLabel>(&dialog, "conventionLabel")->text().contains(kMoissac));
        QCOMPARE(persons->count(), 2);
        QCOMPARE(establishments->count(), 11);
        QCOMPARE(date->date(), today);
        QVERIFY(!ok->isEnabled());

        dialog.markLeaving(QStringLiteral("A.Blachier@moissac.fr"));
        QCOMPARE(persons->item(0)->checkState(), Qt::Checked);
        QCOMPARE(persons->item(1)->checkState(), Qt::Unchecked);
        QVERIFY2(reason->text().contains(QStringLiteral("Aurélie BLACHIER")),
                 qPrintable(reason->text()));
        QVERIFY2(ok->isEnabled(), qPrintable(error->text()));
        const QString why = reason->text();
        QCOMPARE(dialog.changes().removePersons,
                 QStringList{QStringLiteral("a.blachier@moissac.fr")});

        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.number(), 1);
        const Expected<QList<Amendment>> amendments = s->amendments(kMoissac);
        QVERIFY(amendments.ok());
        QCOMPARE(amendments->size(), 1);
        const Amendment &a = amendments->at(0);
        QCOMPARE(a.number, 1);
        QCOMPARE(a.reason, why);
        QCOMPARE(a.preparedOn, today);
        QCOMPARE(a.state, ConventionState::Issued);
        const Expected<Annex> next = s->annex(kMoissac, a.annexVersion);
        QVERIFY(next.ok());
        QCOMPARE(next->version, 2);
        QCOMPARE(next->persons.size(), 1);
        QCOMPARE(next->persons.at(0).email, QStringLiteral("s.fontanie@moissac.fr"));
        QCOMPARE(next->establishments.size(), 11);
    }

    void untickingTakesTheProposedReasonBack()
    {
        auto s = moissacInForce();
        AmendmentDialog dialog(s.get(), kMoissac, QDate(2024, 6, 1));
        auto *reason = child<QLineEdit>(&dialog, "reasonLineEdit");
        auto *persons = child<QListWidget>(&dialog, "removePersonsList");
        QVERIFY(reason && persons);
        dialog.markLeaving(QStringLiteral("s.fontanie@moissac.fr"));
        QVERIFY(!reason->text().isEmpty());
        persons->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(reason->text().isEmpty());
        // A reason the officer typed stays.
        QTest::keyClicks(reason, QStringLiteral("Mutation"));
        dialog.markLeaving(QStringLiteral("s.fontanie@moissac.fr"));
        QCOMPARE(reason->text(), QStringLiteral("Mutation"));
        // Someone who is not in the annex is named, not ticked.
        dialog.markLeaving(QStringLiteral("nobody@moissac.fr"));
        QVERIFY(child<QLabel>(&dialog, "errorLabel")
                    ->text()
                    .contains(QStringLiteral("nobody@moissac.fr")));
    }

    void amendmentAddsAPerson()
    {
        auto s = moissacInForce();
        AmendmentDialog dialog(s.get(), kMoissac, QDate(2024, 6, 1));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = child<QPushButton>(&dialog, "okButton");
        auto *error = child<QLabel>(&dialog, "errorLabel");
        auto *reason = child<QLineEdit>(&dialog, "reasonLineEdit");
        auto *table = child<QTableWidget>(&dialog, "addPersonsTable");
        auto *add = child<QPushButton>(&dialog, "addPersonsAddButton");
        QVERIFY(ok && error && reason && table && add);

        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(typeInCell(table, 0, PersonTable::LastNameColumn, QStringLiteral("DURAND")));
        QVERIFY(typeInCell(table, 0, PersonTable::FirstNameColumn, QStringLiteral("Lea")));
        QVERIFY(typeInCell(table, 0, PersonTable::JobTitleColumn,
                           QStringLiteral("Directrice de creche")));
        QVERIFY(
            typeInCell(table, 0, PersonTable::EmailColumn, QStringLiteral("l.durand@moissac.fr")));
        table->item(0, PersonTable::CivilityColumn)->setText(QStringLiteral("madame"));
        QVERIFY(!ok->isEnabled()); // no reason yet
        QTest::keyClicks(reason, QStringLiteral("Arrivee de Lea DURAND"));
        QVERIFY2(ok->isEnabled(), qPrintable(error->text()));

        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.number(), 1);
        const Expected<Annex> next = s->annex(kMoissac, 2);
        QVERIFY(next.ok());
        QCOMPARE(next->persons.size(), 3);
        const Person &lea = next->persons.at(2);
        QCOMPARE(lea.email, QStringLiteral("l.durand@moissac.fr"));
        QCOMPARE(lea.civility, Civility::Madame);
        QCOMPARE(lea.jobTitle, QStringLiteral("Directrice de creche"));
    }

    void amendmentNeedsAChangeAndAReason()
    {
        auto s = moissacInForce();
        AmendmentDialog dialog(s.get(), kMoissac, QDate(2024, 6, 1));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = child<QPushButton>(&dialog, "okButton");
        auto *error = child<QLabel>(&dialog, "errorLabel");
        auto *reason = child<QLineEdit>(&dialog, "reasonLineEdit");
        auto *persons = child<QListWidget>(&dialog, "removePersonsList");
        auto *establishments = child<QListWidget>(&dialog, "removeEstablishmentsList");
        auto *representative = child<QGroupBox>(&dialog, "representativeGroupBox");
        auto *title = child<QLineEdit>(&dialog, "representativeTitleLineEdit");
        auto *tabs = child<QTabWidget>(&dialog, "changesTabs");
        QVERIFY(ok && error && reason && persons && establishments && representative && title &&
                tabs);

        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(reason, QStringLiteral("Changements"));
        QVERIFY(!ok->isEnabled()); // a reason, but no change
        // A representative box ticked but left as it was changes nothing.
        representative->setChecked(true);
        QVERIFY(!dialog.changes().representative.has_value());
        QVERIFY(!ok->isEnabled());

        QListWidgetItem *laep = establishments->item(3);
        QVERIFY(laep->text().contains(QStringLiteral("LAEP La Môme")));
        laep->setCheckState(Qt::Checked);
        QVERIFY2(ok->isEnabled(), qPrintable(error->text()));
        reason->clear();
        QVERIFY(!ok->isEnabled()); // a change, but no reason
        QTest::keyClicks(reason, QStringLiteral("Fermeture du LAEP, nouvelle qualite du Maire"));
        QVERIFY(ok->isEnabled());

        // Everyone leaving would leave an annex naming no one.
        persons->item(0)->setCheckState(Qt::Checked);
        persons->item(1)->setCheckState(Qt::Checked);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!error->text().isEmpty());
        persons->item(0)->setCheckState(Qt::Unchecked);
        persons->item(1)->setCheckState(Qt::Unchecked);
        QVERIFY(ok->isEnabled());

        tabs->setCurrentWidget(representative->parentWidget());
        title->clear();
        QTest::keyClicks(title, QStringLiteral("Maire honoraire"));
        QVERIFY(dialog.changes().representative.has_value());
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Expected<QList<Amendment>> amendments = s->amendments(kMoissac);
        QVERIFY(amendments.ok());
        QCOMPARE(amendments->size(), 1);
        QVERIFY(amendments->at(0).representative.has_value());
        QCOMPARE(amendments->at(0).representative->title, QStringLiteral("Maire honoraire"));
        QCOMPARE(amendments->at(0).representative->lastName, QStringLiteral("LOPEZ"));
        QVERIFY(!amendments->at(0).address.has_value());
        const Expected<Annex> next = s->annex(kMoissac, 2);
        QVERIFY(next.ok());
        QCOMPARE(next->establishments.size(), 10);
        QVERIFY(std::none_of(next->establishments.cbegin(), next->establishments.cend(),
                             [](const AnnexEstablishment &e) {
                                 return e.establishment.type == QStringLiteral("LAEP");
                             }));
    }

    void amendmentRefusalKeepsTheDialogOpen()
    {
        auto s = moissacInForce();
        const QDate today(2024, 6, 1);
        // One amendment at a time: another one is under way.
        AmendmentChanges other;
        other.removeEstablishments << QStringLiteral("LAEP La Môme");
        QVERIFY(
            s->prepareAmendment(kMoissac, other, QStringLiteral("Fermeture"), today, today).ok());

        AmendmentDialog dialog(s.get(), kMoissac, today);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = child<QPushButton>(&dialog, "okButton");
        auto *error = child<QLabel>(&dialog, "errorLabel");
        QVERIFY(ok && error);
        dialog.markLeaving(QStringLiteral("s.fontanie@moissac.fr"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.number(), 0);
        QVERIFY2(error->text().contains(kMoissac), qPrintable(error->text()));
        const Expected<QList<Amendment>> amendments = s->amendments(kMoissac);
        QVERIFY(amendments.ok());
        QCOMPARE(amendments->size(), 1);
        // What was ticked is still ticked.
        QCOMPARE(dialog.changes().removePersons,
                 QStringList{QStringLiteral("s.fontanie@moissac.fr")});
    }

    void unknownConventionSaysSo()
    {
        auto s = newStorage();
        AmendmentDialog dialog(s.get(), QStringLiteral("CS-82-2024-0999"), QDate(2024, 6, 1));
        QVERIFY(!child<QPushButton>(&dialog, "okButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "errorLabel")
                    ->text()
                    .contains(QStringLiteral("CS-82-2024-0999")));
        dialog.accept();
        QCOMPARE(dialog.number(), 0);
    }
};

HABILIS_TEST_GUI_MAIN(TestDialogs)
#include "tst_dialogs.moc"

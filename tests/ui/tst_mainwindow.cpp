#include "../core/fixtures.h"
#include "conventiontablemodel.h"
#include "conventionview.h"
#include "directorymodel.h"
#include "mainwindow.h"
#include "testmain.h"
#include "worklistmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>

using namespace habilis;

class TestMainWindow : public QObject {
    Q_OBJECT

    std::unique_ptr<SqlStorage> m_storage;

private slots:
    void initTestCase()
    {
        // The window's remembered state lives in the test's own settings.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        auto s = fixtures::openDatabase(QStringLiteral(":memory:"));
        QVERIFY(s.ok());
        m_storage = std::move(s).value();
        QVERIFY(m_storage->saveCaf(fixtures::caf(QStringLiteral("caf-82.json"))).ok());
        QVERIFY(m_storage->saveCaf(fixtures::caf(QStringLiteral("caf-73.json"))).ok());
        QVERIFY(
            m_storage->importRequest(fixtures::request(QStringLiteral("moissac-2024.json"))).ok());
        QVERIFY(
            m_storage->importRequest(fixtures::request(QStringLiteral("porte-de-savoie-2025.json")))
                .ok());
    }

    void modelIsConsistent()
    {
        ConventionTableModel model(m_storage.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Qt 6.4's tester fetches more while it still sees the reset in flight; the paging is
        // tested below by hand.
        tester.setUseFetchMore(false);
        model.setFilter({});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.totalCount(), 2);
        QCOMPARE(model.index(0, ConventionTableModel::Reference).data().toString(),
                 QStringLiteral("CS-73-2025-0001"));
        QCOMPARE(model.index(1, ConventionTableModel::State).data().toString(),
                 QStringLiteral("Demande reçue"));
        QCOMPARE(model.index(1, ConventionTableModel::Establishments).data().toInt(), 11);
        QCOMPARE(model.headerData(ConventionTableModel::Provider, Qt::Horizontal).toString(),
                 QStringLiteral("Fournisseur"));
        ConventionFilter f;
        f.text = QStringLiteral("sebastien");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
    }

    void searchAsYouType()
    {
        MainWindow window(m_storage.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Caf de Tarn-et-Garonne")));
        window.showPage(MainWindow::Conventions);
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("conventionTableView"));
        auto *state = window.findChild<QComboBox *>(QStringLiteral("stateComboBox"));
        QVERIFY(search && table && state);
        QCOMPARE(table->model()->rowCount(), 2);
        // Read when first shown, the list sizes its columns to what it shows: whole references.
        const int reference =
            table->fontMetrics().horizontalAdvance(table->model()->index(0, 0).data().toString());
        QVERIFY2(table->columnWidth(0) > reference,
                 qPrintable(QStringLiteral("%1 <= %2").arg(table->columnWidth(0)).arg(reference)));
        QTest::keyClicks(search, QStringLiteral("LUTINS"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("CS-73-2025-0001"));
        search->clear();
        QTRY_COMPARE(table->model()->rowCount(), 2);
        state->setCurrentIndex(state->findData(QStringLiteral("in-force")));
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void fetchesPageByPage()
    {
        auto s = fixtures::openDatabase(QStringLiteral(":memory:"));
        QVERIFY(s.ok());
        QVERIFY((*s)->saveCaf(fixtures::caf(QStringLiteral("caf-73.json"))).ok());
        for (int i = 0; i < 450; ++i) {
            HabilitationRequest r = fixtures::request(QStringLiteral("porte-de-savoie-2025.json"));
            r.provider.name = QStringLiteral("Association %1").arg(i);
            r.provider.siret.clear();
            QVERIFY((*s)->importRequest(r).ok());
        }
        ConventionTableModel model(s->get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Qt 6.4's tester fetches more while it still sees the reset in flight; the paging is
        // tested below by hand.
        tester.setUseFetchMore(false);
        model.setFilter({});
        QCOMPARE(model.totalCount(), 450);
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
    }

    void directoriesAreConsistent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("found");
        QTest::newRow("providers") << int(Directory::Providers) << 2 << QStringLiteral("porte")
                                   << QStringLiteral("Commune de Porte-de-Savoie");
        QTest::newRow("establishments")
            << int(Directory::Establishments) << 12 << QStringLiteral("lutins granier")
            << QStringLiteral("ALSH Périscolaire Multisites Les "
                              "Lutins du Granier");
        QTest::newRow("persons") << int(Directory::Persons) << 4 << QStringLiteral("SEBASTIEN")
                                 << QStringLiteral("FONTANIE");
    }

    void directoriesAreConsistent()
    {
        QFETCH(int, kind);
        QFETCH(int, rows);
        QFETCH(QString, search);
        QFETCH(QString, found);
        DirectoryModel model(m_storage.get(), Directory(kind));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setFilter({});
        QCOMPARE(model.rowCount(), rows);
        QCOMPARE(model.totalCount(), rows);
        // Accents and case aside, every word a prefix.
        DirectoryFilter f;
        f.text = search;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY2(model.index(0, kind == int(Directory::Persons) ? 0 : 1).data().toString() ==
                         found ||
                     model.index(0, 0).data().toString() == found,
                 qPrintable(model.index(0, 0).data().toString()));
        QVERIFY(!model.reference(0).isEmpty());
        // Sorted by the database, both ways.
        model.setFilter({});
        model.sort(0, Qt::AscendingOrder);
        const QString first = model.index(0, 0).data().toString();
        model.sort(0, Qt::DescendingOrder);
        QCOMPARE(model.index(rows - 1, 0).data().toString(), first);
        QVERIFY(model.index(0, 0).data().toString() >= first);
    }

    void directoryFilters()
    {
        DirectoryModel establishments(m_storage.get(), Directory::Establishments);
        DirectoryFilter f;
        f.town = QStringLiteral("Moissac");
        establishments.setFilter(f);
        QCOMPARE(establishments.rowCount(), 11);
        f.type = QStringLiteral("LAEP");
        establishments.setFilter(f);
        QCOMPARE(establishments.rowCount(), 1);
        QCOMPARE(establishments.index(0, 1).data().toString(), QStringLiteral("LAEP La Môme"));
        DirectoryModel providers(m_storage.get(), Directory::Providers);
        DirectoryFilter byType;
        byType.type = QStringLiteral("LAEP");
        providers.setFilter(byType);
        QCOMPARE(providers.rowCount(), 1);
        QCOMPARE(providers.index(0, 0).data().toString(), QStringLiteral("Commune de Moissac"));
        const auto towns = m_storage->directoryTowns(Directory::Providers);
        QVERIFY(towns.ok());
        QCOMPARE(*towns,
                 (QStringList{QStringLiteral("Moissac"), QStringLiteral("Porte-de-Savoie")}));
    }

    void workListIsConsistent()
    {
        const QTemporaryDir dir;
        auto s = fixtures::moissacInForce(dir.filePath(QStringLiteral("w.sqlite")));
        WorkListModel model(s.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh(QDate(2024, 3, 2));
        // In force, not activated: one task, under its kind, the count in the title.
        QCOMPARE(model.totalCount(), 1);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex branch = model.index(0, 0);
        QCOMPARE(model.rowCount(branch), 1);
        QVERIFY(branch.data().toString().endsWith(QStringLiteral("(1)")));
        const QModelIndex task = model.index(0, WorkListModel::What, branch);
        QCOMPARE(task.data().toString(), QStringLiteral("CS-82-2024-0001"));
        QCOMPARE(model.item(task)->kind, WorkItem::ToActivate);
        QCOMPARE(model.parent(task), branch);
        QVERIFY(!model.item(branch));
    }

    void scannedSlipOpensTheConvention()
    {
        const QTemporaryDir dir;
        auto opened = fixtures::openDatabase(dir.filePath(QStringLiteral("scan.sqlite")));
        QVERIFY(opened.ok());
        auto s = std::move(opened).value();
        QVERIFY(s->saveCaf(fixtures::caf(QStringLiteral("caf-82.json"))).ok());
        QVERIFY(s->importRequest(fixtures::request(QStringLiteral("moissac-2024.json"))).ok());
        StepInput in;
        in.date = QDate(2024, 1, 20);
        for (Step step : {Step::Check, Step::Issue, Step::Mail})
            QVERIFY(s->recordStep(QStringLiteral("CS-82-2024-0001"), step, in, in.date).ok());

        MainWindow window(s.get());
        window.setToday(QDate(2024, 2, 28));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        search->setFocus();
        // The scanner types the code and Enter, faster than any debounce.
        QTest::keyClicks(search, QStringLiteral("cs-82-2024-0001"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(window.currentPage(), MainWindow::Detail);
        QCOMPARE(window.conventionView()->reference(), QStringLiteral("CS-82-2024-0001"));
        QPushButton *ret = window.conventionView()->stepButton(Step::Return);
        QVERIFY(!ret->isHidden());
        QTRY_VERIFY(ret->hasFocus());
        QVERIFY(window.conventionView()->stepButton(Step::Countersign)->isHidden());
        QVERIFY(search->text().isEmpty());
        // An unknown code says so and stays where it is.
        QTest::keyClicks(search, QStringLiteral("CS-82-2024-0999"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("CS-82-2024-0999")));
    }

    void detailShowsEveryVersion()
    {
        const QTemporaryDir dir;
        auto s = fixtures::moissacInForce(dir.filePath(QStringLiteral("v.sqlite")));
        AmendmentChanges changes;
        changes.removePersons << QStringLiteral("a.blachier@moissac.fr");
        const auto a =
            s->prepareAmendment(QStringLiteral("CS-82-2024-0001"), changes,
                                QStringLiteral("Départ"), QDate(2024, 6, 1), QDate(2024, 6, 1));
        QVERIFY2(a.ok(), qPrintable(a.errorString()));
        ConventionView view(s.get());
        QVERIFY(view.show(QStringLiteral("cs-82-2024-0001"), QDate(2024, 6, 2)));
        auto *versions = view.findChild<QComboBox *>(QStringLiteral("annexVersionComboBox"));
        auto *persons = view.findChild<QTableWidget *>(QStringLiteral("personsTable"));
        QCOMPARE(versions->count(), 2);
        QCOMPARE(versions->itemText(0),
                 QStringLiteral("Version 1, en vigueur à compter du 01/03/2024"));
        QCOMPARE(persons->rowCount(), 2);
        versions->setCurrentIndex(1);
        QCOMPARE(persons->rowCount(), 1);
        QCOMPARE(persons->item(0, 1)->text(), QStringLiteral("FONTANIE"));
        auto *dates = view.findChild<QLabel *>(QStringLiteral("datesLabel"));
        QVERIFY(dates->text().contains(QStringLiteral("01/03/2025"))); // next anniversary
        QVERIFY(dates->text().contains(QStringLiteral("01/12/2024"))); // notice deadline
        // One amendment at a time: the one prepared is to be mailed.
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("amendButton"))->isEnabled());
        QVERIFY(view.findChild<QPushButton *>(QStringLiteral("amendment_mailButton"))->isEnabled());
        QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("amendment_countersignButton"))
                     ->isEnabled());
    }

    void stateIsRemembered()
    {
        {
            MainWindow window(m_storage.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showPage(MainWindow::Persons);
            auto *table = window.findChild<QTableView *>(QStringLiteral("personsTableView"));
            table->sortByColumn(0, Qt::DescendingOrder);
            window.close();
        }
        MainWindow window(m_storage.get());
        QCOMPARE(window.currentPage(), MainWindow::Persons);
        auto *table = window.findChild<QTableView *>(QStringLiteral("personsTableView"));
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), 0);
        QCOMPARE(table->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(window.directoryModel(Directory::Persons)->index(0, 0).data().toString(),
                 QStringLiteral("LE CERF"));
    }
};

HABILIS_TEST_GUI_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// The life of a convention driven through the real main window, offscreen: every action is a
// click on the window, every dialog is answered as an officer would, none blocks.
#include "../core/fixtures.h"
#include "amendmentdialog.h"
#include "batchdialog.h"
#include "conventiontablemodel.h"
#include "conventionview.h"
#include "documentdialog.h"
#include "exportdialog.h"
#include "io/csv.h"
#include "mainwindow.h"
#include "requestdialog.h"
#include "stepdialog.h"
#include "testmain.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace habilis;

namespace {

const QString kRef = QStringLiteral("CS-82-2024-0001");

/// The dialog of type D the window has open now (closed ones may wait for their deletion).
template <typename D> D *openDialog(QWidget *window)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const QList<D *> all = window->findChildren<D *>();
    for (D *d : all) {
        if (d->isVisible())
            return d;
    }
    return nullptr;
}

void click(QPushButton *button)
{
    QVERIFY(button);
    QVERIFY2(button->isVisible() && button->isEnabled(), qPrintable(button->objectName()));
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestLife : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Drafts of the password emails and remembered window state stay in the test's folders.
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        qunsetenv("XDG_DOCUMENTS_DIR");
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void wholeLife()
    {
        auto opened = fixtures::openDatabase(m_home.filePath(QStringLiteral("life.sqlite")));
        QVERIFY(opened.ok());
        std::unique_ptr<SqlStorage> storage = std::move(opened).value();
        QVERIFY(storage->saveCaf(fixtures::caf(QStringLiteral("caf-82.json"))).ok());
        QVERIFY(storage->setDefaultCaf(QStringLiteral("82")).ok());

        MainWindow window(storage.get());
        window.setToday(QDate(2024, 1, 15));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConventionView *view = window.conventionView();
        const auto state = [&] {
            return storage->convention(kRef)->convention.state;
        };

        // 1. The request arrives: File > New request.
        window.findChild<QAction *>(QStringLiteral("newRequestAction"))->trigger();
        auto *request = openDialog<RequestDialog>(&window);
        QVERIFY(request);
        request->setRequest(fixtures::request(QStringLiteral("moissac-2024.json")));
        request->accept();
        QCOMPARE(window.currentPage(), MainWindow::Detail);
        QCOMPARE(view->reference(), kRef);
        QCOMPARE(state(), ConventionState::Received);

        // 2. Checked.
        window.setToday(QDate(2024, 1, 16));
        click(view->stepButton(Step::Check));
        auto *step = openDialog<StepDialog>(&window);
        QVERIFY(step);
        QCOMPARE(step->step(), Step::Check);
        click(step->findChild<QPushButton *>(QStringLiteral("recordButton")));
        QCOMPARE(state(), ConventionState::Checked);

        // 3. Previewed, saved as PDF: the convention is printed.
        click(view->findChild<QPushButton *>(QStringLiteral("previewButton")));
        auto *documents = openDialog<DocumentDialog>(&window);
        QVERIFY(documents);
        QVERIFY(!documents->currentKind().has_value()); // the whole pack
        const QString pack = m_home.filePath(QStringLiteral("pack.pdf"));
        QVERIFY(documents->savePdf(pack));
        QVERIFY(QFileInfo(pack).size() > 10000);
        QCOMPARE(state(), ConventionState::Issued);
        documents->close();

        // 4. The batch of the day: printed into one PDF, then posted.
        window.setToday(QDate(2024, 1, 22));
        window.findChild<QAction *>(QStringLiteral("batchPrintAction"))->trigger();
        auto *batch = openDialog<BatchDialog>(&window);
        QVERIFY(batch);
        QCOMPARE(batch->items().size(), 1);
        QVERIFY(batch->printToPdf(m_home.filePath(QStringLiteral("batch.pdf"))));
        click(batch->findChild<QPushButton *>(QStringLiteral("recordMailingButton")));
        QCOMPARE(state(), ConventionState::Mailed);
        QVERIFY(batch->items().isEmpty());
        batch->close();

        // 5. The signed copy comes back: its slip is scanned into the search field.
        window.setToday(QDate(2024, 2, 28));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
        window.showPage(MainWindow::Work);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        search->setFocus();
        QTest::keyClicks(search, kRef);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(window.currentPage(), MainWindow::Detail);
        QTRY_VERIFY(view->stepButton(Step::Return)->hasFocus());
        QTest::keyClick(view->stepButton(Step::Return), Qt::Key_Space);
        step = openDialog<StepDialog>(&window);
        QVERIFY(step);
        QCOMPARE(step->step(), Step::Return);
        auto *record = step->findChild<QPushButton *>(QStringLiteral("recordButton"));
        step->findChild<QDateEdit *>(QStringLiteral("signedOnDateEdit"))->setDate({2024, 2, 26});
        // A wrong prefecture number is refused as it is typed, naming it.
        auto *ack = step->findChild<QLineEdit *>(QStringLiteral("prefectureAckLineEdit"));
        QTest::keyClicks(ack, QStringLiteral("082-21820112"));
        QVERIFY(!record->isEnabled());
        QVERIFY(step->findChild<QLabel *>(QStringLiteral("errorLabel"))
                    ->text()
                    .contains(QStringLiteral("082-21820112")));
        ack->clear();
        QVERIFY(record->isEnabled());
        QCOMPARE(step->input().signatory, QStringLiteral("Monsieur Romain LOPEZ"));
        click(record);
        QCOMPARE(state(), ConventionState::Returned);

        // 6. Countersigned: in force, with its dates.
        window.setToday(QDate(2024, 3, 1));
        click(view->stepButton(Step::Countersign));
        step = openDialog<StepDialog>(&window);
        QVERIFY(step);
        QVERIFY(step->findChild<QLabel *>(QStringLiteral("consequenceLabel"))
                    ->text()
                    .contains(QStringLiteral("01/03/2025")));
        click(step->findChild<QPushButton *>(QStringLiteral("recordButton")));
        QCOMPARE(state(), ConventionState::InForce);
        const QString dates = view->findChild<QLabel *>(QStringLiteral("datesLabel"))->text();
        QVERIFY2(dates.contains(QStringLiteral("01/12/2024")),
                 qPrintable(dates)); // notice deadline

        // 7. Activated: each person gets a password, written as a draft (no relay set).
        click(view->stepButton(Step::Activate));
        step = openDialog<StepDialog>(&window);
        QVERIFY(step);
        click(step->findChild<QPushButton *>(QStringLiteral("recordButton")));
        QVERIFY(storage->convention(kRef)->convention.activatedOn.isValid());
        auto *report = window.findChild<QMessageBox *>(QStringLiteral("noticeReport"));
        QVERIFY(report);
        QVERIFY(report->text().contains(QStringLiteral("82-ablachier")));
        const QDir drafts(NoticeSettings::defaultDraftsFolder());
        QVERIFY(drafts.absolutePath().startsWith(m_home.path()));
        QCOMPARE(drafts.entryList({QStringLiteral("*.eml")}, QDir::Files).size(), 2);
        report->close();
        const auto issued = storage->credentials(kRef);
        QVERIFY(issued.ok());
        QCOMPARE(issued->size(), 2);

        // 8. A person leaves: an amendment, mailed, returned, countersigned.
        window.setToday(QDate(2024, 6, 3));
        click(view->findChild<QPushButton *>(QStringLiteral("amendButton")));
        auto *amendment = openDialog<AmendmentDialog>(&window);
        QVERIFY(amendment);
        amendment->markLeaving(QStringLiteral("a.blachier@moissac.fr"));
        amendment->accept();
        QVERIFY(!amendment->isVisible());
        view->findChild<QTabWidget *>(QStringLiteral("conventionTabs"))->setCurrentIndex(2);
        const auto amendmentStep = [&](const QString &button, Step expected) {
            click(view->findChild<QPushButton *>(button));
            auto *d = openDialog<StepDialog>(&window);
            QVERIFY(d);
            QCOMPARE(d->step(), expected);
            click(d->findChild<QPushButton *>(QStringLiteral("recordButton")));
        };
        amendmentStep(QStringLiteral("amendment_mailButton"), Step::Mail);
        window.setToday(QDate(2024, 6, 20));
        click(view->findChild<QPushButton *>(QStringLiteral("amendment_returnButton")));
        step = openDialog<StepDialog>(&window);
        QVERIFY(step);
        step->findChild<QDateEdit *>(QStringLiteral("signedOnDateEdit"))->setDate({2024, 6, 12});
        click(step->findChild<QPushButton *>(QStringLiteral("recordButton")));
        window.setToday(QDate(2024, 6, 24));
        amendmentStep(QStringLiteral("amendment_countersignButton"), Step::Countersign);
        const auto amendments = storage->amendments(kRef);
        QVERIFY(amendments.ok());
        QCOMPARE(amendments->size(), 1);
        QCOMPARE(amendments->constFirst().state, ConventionState::InForce);
        const auto annex = storage->convention(kRef, QDate(2024, 6, 25));
        QCOMPARE(annex->annex.persons.size(), 1);
        QCOMPARE(annex->annex.persons.constFirst().lastName, QStringLiteral("FONTANIE"));

        // The annex in force, exported from the convention.
        click(view->findChild<QPushButton *>(QStringLiteral("exportAnnexButton")));
        auto *exporting = openDialog<ExportDialog>(&window);
        QVERIFY(exporting);
        const QString csv = m_home.filePath(QStringLiteral("annexe.csv"));
        exporting->findChild<QLineEdit *>(QStringLiteral("pathLineEdit"))->setText(csv);
        exporting->accept();
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("FONTANIE")));
        QVERIFY(!text.contains(QStringLiteral("BLACHIER")));
        // The same as PDF: written beside the window, whole.
        click(view->findChild<QPushButton *>(QStringLiteral("exportAnnexButton")));
        exporting = openDialog<ExportDialog>(&window);
        QVERIFY(exporting);
        auto *format = exporting->findChild<QComboBox *>(QStringLiteral("formatComboBox"));
        format->setCurrentIndex(format->findData(QStringLiteral("pdf")));
        const QString pdf =
            exporting->findChild<QLineEdit *>(QStringLiteral("pathLineEdit"))->text();
        // In the folder of the last export.
        QCOMPARE(QFileInfo(pdf).absolutePath(), QFileInfo(csv).absolutePath());
        exporting->accept();
        QVERIFY(!exporting->isVisible());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5) == "%PDF-");

        // 9. The provider gives notice in time: the convention ends on the next anniversary.
        window.setToday(QDate(2024, 11, 15));
        click(view->stepButton(Step::Terminate));
        step = openDialog<StepDialog>(&window);
        QVERIFY(step);
        record = step->findChild<QPushButton *>(QStringLiteral("recordButton"));
        QVERIFY(!record->isEnabled()); // the registered letter's number is required
        QTest::keyClicks(step->findChild<QLineEdit *>(QStringLiteral("letterLineEdit")),
                         QStringLiteral("1A 234 567 8901 2"));
        QVERIFY(step->findChild<QLabel *>(QStringLiteral("consequenceLabel"))
                    ->text()
                    .contains(QStringLiteral("01/03/2025")));
        click(record);
        QCOMPARE(storage->convention(kRef)->convention.terminatedOn, QDate(2025, 3, 1));

        // On the anniversary the convention ends, and nobody is habilitated any more.
        QCOMPARE(*storage->settle(QDate(2025, 3, 1)), 1);
        window.setToday(QDate(2025, 3, 1));
        QCOMPARE(state(), ConventionState::Terminated);
        QVERIFY(view->stepButton(Step::Terminate)->isHidden());
        QVERIFY(storage->habilitations(QDate(2025, 3, 1))->isEmpty());
        const auto events = storage->events(kRef);
        QVERIFY(events.ok());
        QVERIFY(events->size() >= 8);
    }

    void activationRefusedWithoutSender()
    {
        const QTemporaryDir dir;
        auto s = fixtures::moissacInForce(dir.filePath(QStringLiteral("a.sqlite")));
        CafProfile caf = *s->caf(QStringLiteral("82"));
        caf.email.clear();
        QVERIFY(s->saveCaf(caf).ok());
        MainWindow window(s.get());
        window.setToday(QDate(2024, 3, 4));
        window.show();
        QVERIFY(window.openConvention(kRef));
        click(window.conventionView()->stepButton(Step::Activate));
        auto *step = openDialog<StepDialog>(&window);
        QVERIFY(step);
        click(step->findChild<QPushButton *>(QStringLiteral("recordButton")));
        // Nothing recorded, the dialog open with the reason.
        QVERIFY(step->isVisible());
        QVERIFY(!step->findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
        QVERIFY(!s->convention(kRef)->convention.activatedOn.isValid());
        QVERIFY(s->credentials(kRef)->isEmpty());
        step->reject();
    }

    void batchCancelledLeavesNothing()
    {
        const QTemporaryDir dir;
        auto s = twoRequestsChecked(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(s->setDefaultCaf(QStringLiteral("73")).ok());
        BatchDialog batch(s.get(), QDate(2024, 1, 20));
        // The workstation's Caf only: Porte-de-Savoie, not Moissac.
        QCOMPARE(batch.items().size(), 1);
        QCOMPARE(batch.items().constFirst().reference, QStringLiteral("CS-73-2024-0001"));
        // The officer cancels as soon as the progress shows.
        QTimer::singleShot(0, &batch, [&batch] {
            for (auto *p : batch.findChildren<QProgressDialog *>())
                p->cancel();
        });
        const QString pdf = dir.filePath(QStringLiteral("lot.pdf"));
        QVERIFY(!batch.printToPdf(pdf));
        QVERIFY(!QFileInfo::exists(pdf));
        QVERIFY(!batch.findChild<QLabel *>(QStringLiteral("statusLabel"))->text().isEmpty());
        for (const MailingItem &i : batch.items())
            QCOMPARE(s->convention(i.reference)->convention.state, ConventionState::Checked);
    }

    void stepRecordedMeanwhileIsRefused()
    {
        const QTemporaryDir dir;
        auto s = twoRequestsChecked(dir.filePath(QStringLiteral("m.sqlite")));
        StepDialog dialog(s.get(), kRef, 0, Step::Issue, QDate(2024, 1, 20));
        // Another officer records it first, from another workstation.
        StepInput in;
        in.date = QDate(2024, 1, 19);
        QVERIFY(s->recordStep(kRef, Step::Issue, in, QDate(2024, 1, 20)).ok());
        const qsizetype before = s->events(kRef)->size();
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible()); // still open: what was typed is kept
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
        QCOMPARE(s->events(kRef)->size(), before); // issued once, by the other officer
    }

    void listExportedAsCsv()
    {
        const QTemporaryDir dir;
        auto s = twoRequestsChecked(dir.filePath(QStringLiteral("l.sqlite")));
        MainWindow window(s.get());
        window.setToday(QDate(2024, 1, 20));
        window.showPage(MainWindow::Conventions);
        const QString path = dir.filePath(QStringLiteral("conventions.csv"));
        QVERIFY(exportListCsv(window.conventionModel(), path).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // a French spreadsheet reads UTF-8
        const auto records = Csv::parse(bytes);
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 3);
        QVERIFY(records->at(1).fields.join(u' ').contains(QStringLiteral("Commune de Moissac")) ||
                records->at(2).fields.join(u' ').contains(QStringLiteral("Commune de Moissac")));
    }

private:
    /// Moissac and Porte-de-Savoie received and checked.
    static std::unique_ptr<SqlStorage> twoRequestsChecked(const QString &path)
    {
        auto opened = fixtures::openDatabase(path);
        if (!opened)
            qFatal("%s", qPrintable(opened.errorString()));
        std::unique_ptr<SqlStorage> s = std::move(opened).value();
        for (const char *caf : {"caf-82.json", "caf-73.json"})
            (void)s->saveCaf(fixtures::caf(QString::fromLatin1(caf)));
        StepInput in;
        in.date = QDate(2024, 1, 16);
        for (const char *r : {"moissac-2024.json", "porte-de-savoie-2025.json"}) {
            HabilitationRequest req = fixtures::request(QString::fromLatin1(r));
            req.receivedOn = QDate(2024, 1, 15);
            const auto c = s->importRequest(req);
            if (!c || !s->recordStep(c->reference, Step::Check, in, in.date))
                qFatal("cannot prepare %s", r);
        }
        return s;
    }

    QTemporaryDir m_home;
};

HABILIS_TEST_GUI_MAIN(TestLife)
#include "tst_life.moc"

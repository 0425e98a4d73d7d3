// The window's actions: each opens its dialog without blocking the window (open(), not exec()),
// and reads everything again once the dialog has recorded something.
#include "amendmentdialog.h"
#include "batchdialog.h"
#include "conventiontablemodel.h"
#include "conventionview.h"
#include "credentials/credentialservice.h"
#include "directorymodel.h"
#include "documentdialog.h"
#include "domain/labels.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "printing.h"
#include "requestdialog.h"
#include "settingsdialog.h"
#include "stepdialog.h"
#include "worklistmodel.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

namespace habilis {

namespace {

/// Shows a dialog window-modal and deletes it once closed.
template <typename D> D *openDialog(D *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString personName(const Person &p)
{
    return QStringList{p.firstName, p.lastName.toUpper()}
        .filter(QRegularExpression(QStringLiteral("\\S")))
        .join(u' ');
}

} // namespace

void MainWindow::runStep(const QString &reference, Step step)
{
    auto *dialog = new StepDialog(m_storage, reference, 0, step, m_today, this);
    if (!dialog->isValid()) {
        statusBar()->showMessage(dialog->lastError(), 8000);
        delete dialog;
        return;
    }
    if (step == Step::Activate) {
        dialog->setRecorder([this, reference](const StepInput &in) -> Status {
            const Expected<QList<NoticeResult>> results =
                sendNotices(reference, true, [&](CredentialService &service) {
                    return service.activate(reference, in.date, m_today);
                });
            if (results)
                return {};
            // Recorded, then a notice could not be prepared: the step stands, say what failed.
            const Expected<ConventionDetail> d = m_storage->convention(reference, m_today);
            if (d && d->convention.activatedOn.isValid()) {
                showProblem(tr("Passwords of %1").arg(reference), results.errorString());
                return {};
            }
            return results.error();
        });
    }
    connect(dialog, &QDialog::accepted, this, [this, reference, step] {
        statusBar()->showMessage(tr("%1: %2 recorded.").arg(reference, Workflow::display(step)),
                                 8000);
        refresh();
    });
    openDialog(dialog);
}

void MainWindow::runAmendmentStep(const QString &reference, int number, Step step)
{
    auto *dialog = new StepDialog(m_storage, reference, number, step, m_today, this);
    if (!dialog->isValid()) {
        statusBar()->showMessage(dialog->lastError(), 8000);
        delete dialog;
        return;
    }
    connect(dialog, &QDialog::accepted, this, [this, reference, number, step] {
        statusBar()->showMessage(tr("%1, amendment %2: %3 recorded.")
                                     .arg(reference)
                                     .arg(number)
                                     .arg(Workflow::display(step)),
                                 8000);
        refresh();
        // The persons an amendment adds to an activated convention get their passwords now.
        if (step == Step::Countersign) {
            const Expected<ConventionDetail> d = m_storage->convention(reference, m_today);
            if (d && d->convention.activatedOn.isValid())
                notifyPending(reference, true);
        }
    });
    openDialog(dialog);
}

void MainWindow::showProblem(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("problemBox"));
    openDialog(box);
}

Expected<QList<NoticeResult>> MainWindow::sendNotices(
    const QString &reference, bool sends,
    const std::function<Expected<QList<NoticeResult>>(CredentialService &)> &action)
{
    const NoticeSettings settings = NoticeSettings::load(*m_storage);
    // The relay's password is never stored: from the environment, or asked now.
    QString password = qEnvironmentVariable("HABILIS_SMTP_PASSWORD");
    if (sends && settings.needsPassword() && password.isEmpty()) {
        bool ok = false;
        password = QInputDialog::getText(this, tr("SMTP relay"),
                                         tr("Password of %1 on the relay %2 (it is not kept):")
                                             .arg(settings.smtp.user, settings.smtp.host),
                                         QLineEdit::Password, QString(), &ok);
        if (!ok || password.isEmpty())
            return Error{tr("Nothing was sent: the relay's password was not given.")};
    }
    const std::unique_ptr<MailTransport> transport = settings.transport({}, password);
    CredentialService service(*m_storage, *transport, settings);
    // The relay may take seconds an email: say that the window works.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Expected<QList<NoticeResult>> results = action(service);
    QApplication::restoreOverrideCursor();
    if (results)
        showNoticeReport(reference, *results, transport->channel());
    return results;
}

void MainWindow::showNoticeReport(const QString &reference, const QList<NoticeResult> &results,
                                  const QString &channel)
{
    if (results.isEmpty()) {
        statusBar()->showMessage(tr("%1: nobody is waiting for a password.").arg(reference), 8000);
        return;
    }
    QStringList done;
    QStringList failed;
    for (const NoticeResult &r : results) {
        const QString who =
            tr("%1 <%2>, identifier %3")
                .arg(personName(r.issuance.person), r.issuance.person.email, r.issuance.identifier);
        if (r.notified)
            done << who.toHtmlEscaped();
        else
            failed << QString(who + QStringLiteral(": ") + r.error).toHtmlEscaped();
    }
    QString text = tr("<p><b>%1: %n person(s) notified.</b></p>", nullptr, int(done.size()))
                       .arg(reference.toHtmlEscaped());
    if (!done.isEmpty())
        text += QStringLiteral("<ul><li>") + done.join(QStringLiteral("</li><li>")) +
                QStringLiteral("</li></ul>");
    if (channel == u"draft") {
        text += tr("<p>The emails were written as drafts in %1: open them in the mail client, "
                   "send them, then delete them (each holds a password).</p>")
                    .arg(QDir::toNativeSeparators(NoticeSettings::defaultDraftsFolder())
                             .toHtmlEscaped());
    }
    if (!failed.isEmpty()) {
        text += tr("<p><b>Not notified:</b></p>") + QStringLiteral("<ul><li>") +
                failed.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>") +
                tr("<p>Their passwords were not kept: \"Send the pending passwords\" draws new "
                   "ones and sends them.</p>");
    }
    auto *box = new QMessageBox(failed.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Passwords of %1").arg(reference), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("noticeReport"));
    box->setTextFormat(Qt::RichText);
    openDialog(box);
}

void MainWindow::notifyPending(const QString &reference, bool quiet)
{
    const Expected<QList<CredentialRequest>> waiting =
        CredentialService::pending(*m_storage, reference, m_today);
    if (!waiting) {
        showProblem(tr("Passwords of %1").arg(reference), waiting.errorString());
        return;
    }
    if (waiting->isEmpty()) {
        if (!quiet)
            statusBar()->showMessage(tr("%1: nobody is waiting for a password.").arg(reference),
                                     8000);
        return;
    }
    const Expected<QList<NoticeResult>> results =
        sendNotices(reference, true, [&](CredentialService &service) {
            return service.notifyPending(reference, m_today);
        });
    if (!results)
        showProblem(tr("Passwords of %1").arg(reference), results.errorString());
    refresh();
}

void MainWindow::resetPassword(const QString &reference, const QString &email)
{
    if (QMessageBox::question(this, tr("New password"),
                              tr("Draw a new password for %1 and send it by email? The current "
                                 "one stops being the one Habilis gave.")
                                  .arg(email)) != QMessageBox::Yes)
        return;
    const Expected<QList<NoticeResult>> results =
        sendNotices(reference, true, [&](CredentialService &service) {
            return service.reset(reference, email, m_today);
        });
    if (!results)
        showProblem(tr("Passwords of %1").arg(reference), results.errorString());
    refresh();
}

void MainWindow::newRequest()
{
    auto *dialog = new RequestDialog(m_storage, m_today, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString reference = dialog->reference();
        statusBar()->showMessage(tr("Request recorded: %1.").arg(reference), 8000);
        refresh();
        openConvention(reference);
    });
    openDialog(dialog);
}

void MainWindow::prepareAmendment(const QString &reference, const QString &leavingEmail)
{
    auto *dialog = new AmendmentDialog(m_storage, reference, m_today, this);
    if (!leavingEmail.isEmpty())
        dialog->markLeaving(leavingEmail);
    connect(dialog, &QDialog::accepted, this, [this, dialog, reference] {
        statusBar()->showMessage(
            tr("Amendment %1 of %2 prepared: print it and mail it for signature.")
                .arg(dialog->number())
                .arg(reference),
            8000);
        refresh();
    });
    openDialog(dialog);
}

void MainWindow::previewDocuments(const QString &reference, int amendment)
{
    auto *dialog = new DocumentDialog(m_storage, reference, amendment, m_today, this);
    connect(dialog, &DocumentDialog::recorded, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
        refresh();
    });
    openDialog(dialog);
}

void MainWindow::printDocuments(const QString &reference, int amendment)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the mailing pack of %1").arg(reference));
    Printing::limitOptions(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Printing::setUp(printer, reference);
    DocumentJob job(m_storage, reference, amendment, m_today);
    if (Status s = job.print(printer, std::nullopt); !s) {
        QMessageBox::warning(this, tr("Printing"), s.errorString());
        return;
    }
    const Expected<bool> printed = job.recordPrinted(std::nullopt);
    statusBar()->showMessage(
        printed ? tr("%1: sent to the printer.").arg(reference) : printed.errorString(), 8000);
    refresh();
}

void MainWindow::saveDocumentsPdf(const QString &reference, int amendment)
{
    DocumentJob job(m_storage, reference, amendment, m_today);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the mailing pack as PDF"),
        QDir(folder).filePath(job.suggestedFileName(std::nullopt)), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = job.writePdf(path, std::nullopt); !s) {
        QMessageBox::warning(this, tr("PDF"), s.errorString());
        return;
    }
    const Expected<bool> printed = job.recordPrinted(std::nullopt);
    statusBar()->showMessage(printed ? tr("Saved: %1").arg(QDir::toNativeSeparators(path))
                                     : printed.errorString(),
                             8000);
    refresh();
}

void MainWindow::printBatch()
{
    auto *dialog = new BatchDialog(m_storage, m_today, this);
    connect(dialog, &BatchDialog::recorded, this, [this](const QString &message) {
        statusBar()->showMessage(message, 8000);
        refresh();
    });
    openDialog(dialog);
}

void MainWindow::exportHabilitations(const QString &reference)
{
    auto *dialog = new ExportDialog(m_storage, reference, m_today, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(
            tr("Exported: %1").arg(QDir::toNativeSeparators(dialog->writtenPath())), 8000);
    });
    openDialog(dialog);
}

void MainWindow::exportCurrentList()
{
    QAbstractItemModel *model = nullptr;
    QString name;
    switch (currentPage()) {
    case Work:
        model = m_workModel;
        name = tr("work-list");
        break;
    case Conventions:
        model = m_conventionModel;
        name = tr("conventions");
        break;
    case Providers:
    case Establishments:
    case Persons: {
        const Directory kind = Directory(currentPage() - Providers);
        model = directoryModel(kind);
        name = kind == Directory::Providers        ? tr("providers")
               : kind == Directory::Establishments ? tr("establishments")
                                                   : tr("persons");
        break;
    }
    case Detail:
        exportHabilitations(m_view->reference());
        return;
    case PageCount:
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export this list"),
        QDir(folder).filePath(name + u'-' + m_today.toString(Qt::ISODate) + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = exportListCsv(model, path); !s) {
        QMessageBox::warning(this, tr("Export"), s.errorString());
        return;
    }
    statusBar()->showMessage(tr("Exported: %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::editSettings()
{
    auto *dialog = new SettingsDialog(m_storage, this);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (const Expected<CafProfile> caf = m_storage->caf(m_storage->defaultCaf()))
            setWindowTitle(caf->name);
        statusBar()->showMessage(tr("Settings saved."), 5000);
        refresh();
    });
    openDialog(dialog);
}

} // namespace habilis

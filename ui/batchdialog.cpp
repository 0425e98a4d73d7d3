#include "batchdialog.h"

#include "documents/renderer.h"
#include "domain/amendment.h"
#include "domain/dates.h"
#include "domain/labels.h"
#include "printing.h"
#include "stepdialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace habilis {

BatchDialog::BatchDialog(Storage *storage, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_today(today)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, 5, this))
    , m_pdf(new QPushButton(tr("Save as one P&DF…"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_postedOn(makeDateEdit(today, this))
    , m_tracking(new QLineEdit(this))
    , m_record(new QPushButton(tr("&Record the mailing"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("batchDialog"));
    setWindowTitle(tr("Print everything waiting to be mailed"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("batchTable"));
    m_table->setAccessibleName(tr("Mailings of the batch"));
    m_table->setHorizontalHeaderLabels(
        {tr("Postcode"), tr("Town"), tr("Provider"), tr("Document"), tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_pdf->setObjectName(QStringLiteral("batchPdfButton"));
    m_print->setObjectName(QStringLiteral("batchPrintButton"));
    connect(m_pdf, &QPushButton::clicked, this, [this] {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the batch as PDF"),
            QDir(folder).filePath(tr("Mailings of %1.pdf").arg(m_today.toString(Qt::ISODate))),
            tr("PDF documents (*.pdf)"));
        if (!path.isEmpty())
            printToPdf(path);
    });
    connect(m_print, &QPushButton::clicked, this, &BatchDialog::printToPrinter);

    auto *posted = new QGroupBox(tr("Once the envelopes are posted"), this);
    auto *form = new QFormLayout(posted);
    m_postedOn->setObjectName(QStringLiteral("postedOnDateEdit"));
    m_postedOn->setMaximumDate(today);
    m_postedOn->setAccessibleName(tr("Posted on"));
    form->addRow(tr("P&osted on:"), m_postedOn);
    m_tracking->setObjectName(QStringLiteral("trackingLineEdit"));
    m_tracking->setAccessibleName(tr("Tracking number"));
    form->addRow(tr("&Tracking number (optional):"), m_tracking);
    m_record->setObjectName(QStringLiteral("recordMailingButton"));
    m_record->setToolTip(tr("Records the mailing of every item of the batch in one go: all of "
                            "them, or none."));
    form->addRow(QString(), m_record);
    connect(m_record, &QPushButton::clicked, this, &BatchDialog::recordMailed);

    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Result"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *printRow = new QHBoxLayout;
    printRow->addStretch(1);
    printRow->addWidget(m_pdf);
    printRow->addWidget(m_print);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(printRow);
    layout->addWidget(posted);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 600);
    reload();
}

void BatchDialog::reload()
{
    const Expected<QList<MailingItem>> queue = m_storage->mailingQueue(m_storage->defaultCaf());
    m_items = queue ? *queue : QList<MailingItem>();
    if (!queue)
        report(queue.errorString(), true);
    m_table->setRowCount(int(m_items.size()));
    for (int i = 0; i < m_items.size(); ++i) {
        const MailingItem &item = m_items.at(i);
        const QString what =
            item.amendment > 0 ? Amendments::label(item.reference, item.amendment) : item.reference;
        const QStringList cells{item.postcode, item.town, item.providerName, what,
                                Labels::display(item.state)};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        m_items.isEmpty()
            ? tr("Nothing is waiting to be mailed.")
            : tr("%n mailing(s) waiting, in the order the post office likes (by postcode). Each "
                 "pack is the cover letter with its return slip and the document in two copies.",
                 nullptr, int(m_items.size())));
    for (QWidget *w : {static_cast<QWidget *>(m_pdf), static_cast<QWidget *>(m_print),
                       static_cast<QWidget *>(m_record)})
        w->setEnabled(!m_items.isEmpty());
}

void BatchDialog::report(const QString &message, bool error)
{
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_status->setText(message);
}

std::function<bool(int, int)> BatchDialog::progress(const QString &title)
{
    // The dialog lives as long as the job: the callback is only called during it.
    auto dialog =
        std::make_shared<QProgressDialog>(title, tr("Cancel"), 0, int(m_items.size()), this);
    dialog->setObjectName(QStringLiteral("batchProgressDialog"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(0);
    return [dialog](int done, int total) {
        dialog->setMaximum(total);
        dialog->setLabelText(
            tr("Pack %1 of %2…").arg(done + 1 > total ? total : done + 1).arg(total));
        dialog->setValue(done);
        QApplication::processEvents();
        return !dialog->wasCanceled();
    };
}

bool BatchDialog::printToPdf(const QString &path)
{
    Expected<std::unique_ptr<PdfOutput>> pdf =
        PdfOutput::create(path, tr("Mailings of %1").arg(dates::display(m_today)),
                          DocumentSettings::pageSetup(*m_storage));
    if (!pdf) {
        report(pdf.errorString(), true);
        return false;
    }
    const Documents documents(DocumentSettings::templatesDir(*m_storage));
    const Expected<BatchResult> done =
        printBatch(*m_storage, documents, m_items, (*pdf)->renderer(), m_today,
                   progress(tr("Writing the PDF of the batch…")));
    if (!done) {
        // Cancelled or failed: the PDF is not committed, so no file is left behind.
        report(done.errorString(), true);
        return false;
    }
    if (Status s = (*pdf)->commit(); !s) {
        report(s.errorString(), true);
        return false;
    }
    report(tr("%n mailing pack(s), %1 pages, saved in %2. Once the envelopes are posted, "
              "record the mailing below.",
              nullptr, done->packs)
               .arg(done->pages)
               .arg(QDir::toNativeSeparators(path)),
           false);
    m_printed = true;
    m_record->setDefault(true);
    return true;
}

bool BatchDialog::printToPrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    Printing::limitOptions(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Printing::setUp(printer, tr("Mailings of %1").arg(dates::display(m_today)));
    const Documents documents(DocumentSettings::templatesDir(*m_storage));
    const Expected<BatchResult> done = Printing::printBatch(
        printer, *m_storage, documents, m_items, m_today, progress(tr("Printing the batch…")));
    if (!done) {
        report(done.errorString(), true);
        return false;
    }
    report(tr("%n mailing pack(s), %1 pages, sent to %2. Once the envelopes are posted, record "
              "the mailing below.",
              nullptr, done->packs)
               .arg(done->pages)
               .arg(printer.printerName()),
           false);
    m_printed = true;
    m_record->setDefault(true);
    return true;
}

bool BatchDialog::recordMailed()
{
    StepInput in;
    in.date = m_postedOn->date();
    in.tracking = m_tracking->text().trimmed();
    const int count = int(m_items.size());
    // Printed yesterday and posted today is common; recording without printing is a slip.
    if (!m_printed &&
        QMessageBox::question(
            this, windowTitle(),
            tr("These %n mailing(s) were not printed from this window just now. Record that they "
               "were posted on %1 all the same?",
               nullptr, count)
                .arg(dates::display(in.date))) != QMessageBox::Yes)
        return false;
    if (Status s = m_storage->recordMailing(m_items, in, m_today); !s) {
        report(s.errorString(), true);
        return false;
    }
    const QString message =
        tr("Mailing of %n item(s) recorded on %1.", nullptr, count).arg(dates::display(in.date));
    reload();
    report(message, false);
    emit recorded(message);
    return true;
}

} // namespace habilis

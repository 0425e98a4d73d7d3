#include "documentdialog.h"

#include "documents/renderer.h"
#include "domain/dates.h"
#include "printing.h"
#include "stepdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace habilis {

DocumentJob::DocumentJob(Storage *storage, QString reference, int amendment, QDate today)
    : m_storage(storage)
    , m_reference(std::move(reference))
    , m_amendment(amendment)
    , m_today(today)
{}

QList<std::optional<DocumentKind>> DocumentJob::available() const
{
    QList<std::optional<DocumentKind>> list{std::nullopt};
    if (m_amendment > 0)
        return list << DocumentKind::AmendmentLetter << DocumentKind::Amendment;
    list << DocumentKind::CoverLetter << DocumentKind::Convention;
    const Expected<ConventionDetail> d = m_storage->convention(m_reference, m_today);
    if (!d)
        return list;
    const Convention &c = d->convention;
    if (c.state == ConventionState::Mailed)
        list << DocumentKind::Reminder;
    if (c.state == ConventionState::InForce || c.state == ConventionState::Terminated)
        list << DocumentKind::Termination;
    if (c.noticeReceivedOn.isValid())
        list << DocumentKind::TerminationAck;
    return list;
}

QString DocumentJob::display(std::optional<DocumentKind> kind)
{
    return kind ? Documents::display(*kind) : tr("Mailing pack (letter and two copies)");
}

Expected<QList<PrintPart>> DocumentJob::parts(std::optional<DocumentKind> kind) const
{
    const Documents documents(DocumentSettings::templatesDir(*m_storage));
    const Expected<Documents::Facts> facts =
        Documents::facts(*m_storage, m_reference, m_amendment, m_today);
    if (!facts)
        return facts.error();
    if (!kind)
        return documents.mailingPack(*facts);
    const Expected<PrintPart> part = documents.part(*kind, *facts);
    if (!part)
        return part.error();
    return QList<PrintPart>{*part};
}

Status DocumentJob::writePdf(const QString &path, std::optional<DocumentKind> kind) const
{
    const Expected<QList<PrintPart>> list = parts(kind);
    if (!list)
        return list.error();
    Expected<std::unique_ptr<PdfOutput>> pdf =
        PdfOutput::create(path, m_reference, DocumentSettings::pageSetup(*m_storage));
    if (!pdf)
        return pdf.error();
    for (const PrintPart &part : *list) {
        if (Status s = (*pdf)->add(part); !s)
            return s;
    }
    return (*pdf)->commit();
}

Status DocumentJob::print(QPrinter &printer, std::optional<DocumentKind> kind) const
{
    const Expected<QList<PrintPart>> list = parts(kind);
    if (!list)
        return list.error();
    return Printing::print(printer, *list, DocumentSettings::pageSetup(*m_storage));
}

Expected<bool> DocumentJob::recordPrinted(std::optional<DocumentKind> kind)
{
    if (kind || m_amendment > 0)
        return false;
    const Expected<ConventionDetail> d = m_storage->convention(m_reference, m_today);
    if (!d)
        return d.error();
    if (d->convention.state != ConventionState::Checked)
        return false;
    StepInput in;
    in.date = m_today;
    const Expected<Convention> c = m_storage->recordStep(m_reference, Step::Issue, in, m_today);
    if (!c)
        return c.error();
    return true;
}

QString DocumentJob::suggestedFileName(std::optional<DocumentKind> kind) const
{
    QString name = m_reference;
    if (m_amendment > 0)
        name += tr(" - amendment %1").arg(m_amendment);
    name += QStringLiteral(" - ") + display(kind);
    // No characters a file system refuses.
    name.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|])")), QStringLiteral("-"));
    return name + QStringLiteral(".pdf");
}

DocumentDialog::DocumentDialog(Storage *storage, const QString &reference, int amendment,
                               QDate today, QWidget *parent)
    : QDialog(parent)
    , m_job(storage, reference, amendment, today)
    , m_kind(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_printer(std::make_unique<QPrinter>(QPrinter::HighResolution))
{
    setObjectName(QStringLiteral("documentDialog"));
    setWindowTitle(amendment > 0 ? tr("Documents of %1, amendment %2").arg(reference).arg(amendment)
                                 : tr("Documents of %1").arg(reference));
    Printing::setUp(*m_printer, reference);
    m_preview = new QPrintPreviewWidget(m_printer.get(), this);
    m_preview->setObjectName(QStringLiteral("printPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        if (Status s = m_job.print(*printer, currentKind()); !s)
            m_status->setText(s.errorString());
    });

    m_kind->setObjectName(QStringLiteral("documentComboBox"));
    m_kind->setAccessibleName(tr("Document"));
    for (const std::optional<DocumentKind> &k : m_job.available())
        m_kind->addItem(DocumentJob::display(k), k ? int(*k) : -1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_status->clear();
        m_preview->updatePreview();
    });
    auto *kindLabel = new QLabel(tr("&Document:"), this);
    kindLabel->setBuddy(m_kind);

    auto *zoomIn = new QPushButton(tr("Zoom &in"), this);
    connect(zoomIn, &QPushButton::clicked, m_preview, [this] { m_preview->zoomIn(); });
    auto *zoomOut = new QPushButton(tr("Zoom &out"), this);
    connect(zoomOut, &QPushButton::clicked, m_preview, [this] { m_preview->zoomOut(); });
    auto *fit = new QPushButton(tr("&Whole page"), this);
    connect(fit, &QPushButton::clicked, m_preview, &QPrintPreviewWidget::fitInView);
    auto *top = new QHBoxLayout;
    top->addWidget(kindLabel);
    top->addWidget(m_kind, 1);
    top->addWidget(zoomOut);
    top->addWidget(zoomIn);
    top->addWidget(fit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    QPushButton *pdfButton = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("pdfButton"));
    connect(printButton, &QPushButton::clicked, this, &DocumentDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &DocumentDialog::choosePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Result"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // A page and a half high, but never taller than the screen: the buttons stay reachable.
    const QRect screen = this->screen()->availableGeometry();
    resize(qMin(900, screen.width() - 40), qMin(1000, screen.height() - 80));
}

DocumentDialog::~DocumentDialog()
{
    // The preview paints on m_printer: it goes first.
    delete m_preview;
}

std::optional<DocumentKind> DocumentDialog::currentKind() const
{
    const int k = m_kind->currentData().toInt();
    return k < 0 ? std::nullopt : std::optional<DocumentKind>(DocumentKind(k));
}

bool DocumentDialog::savePdf(const QString &path)
{
    if (Status s = m_job.writePdf(path, currentKind()); !s) {
        m_status->setText(s.errorString());
        return false;
    }
    afterOutput(tr("Saved: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void DocumentDialog::afterOutput(QString message)
{
    const Expected<bool> printed = m_job.recordPrinted(currentKind());
    if (!printed)
        message += QStringLiteral(" — ") + printed.errorString();
    else if (*printed)
        message += QStringLiteral(" — ") + tr("the convention is recorded as printed.");
    m_status->setText(message);
    emit recorded(message);
}

void DocumentDialog::choosePdf()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), QDir(folder).filePath(m_job.suggestedFileName(currentKind())),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void DocumentDialog::print()
{
    QPrintDialog dialog(m_printer.get(), this);
    Printing::limitOptions(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The dialog may have changed the page: the renderer places everything on a whole A4.
    Printing::setUp(*m_printer, m_job.suggestedFileName(currentKind()));
    if (Status s = m_job.print(*m_printer, currentKind()); !s) {
        m_status->setText(s.errorString());
        return;
    }
    afterOutput(tr("Sent to the printer %1.").arg(m_printer->printerName()));
}

} // namespace habilis

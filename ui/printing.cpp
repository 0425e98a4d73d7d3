#include "printing.h"

#include "documents/renderer.h"

#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>

namespace habilis {

void Printing::limitOptions(QPrintDialog &dialog)
{
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
    dialog.setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    dialog.setOption(QAbstractPrintDialog::PrintSelection, false);
}

void Printing::setUp(QPrinter &printer, const QString &jobName)
{
    printer.setDocName(jobName);
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

Status Printing::print(QPrinter &printer, const QList<PrintPart> &parts, const PageSetup &setup)
{
    PageRenderer renderer(&printer, setup);
    for (const PrintPart &part : parts) {
        if (Status s = renderer.render(part); !s)
            return s;
    }
    return renderer.finish();
}

Expected<BatchResult> Printing::printBatch(QPrinter &printer, const Storage &storage,
                                           const Documents &documents,
                                           const QList<MailingItem> &items, QDate today,
                                           const std::function<bool(int, int)> &progress)
{
    PageRenderer renderer(&printer, DocumentSettings::pageSetup(storage));
    Expected<BatchResult> result =
        habilis::printBatch(storage, documents, items, renderer, today, progress);
    if (!result) {
        // A cancelled job is dropped by the printer, not half printed.
        printer.abort();
        return result;
    }
    if (Status s = renderer.finish(); !s)
        return s.error();
    return result;
}

} // namespace habilis

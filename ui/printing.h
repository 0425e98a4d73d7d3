#pragma once

#include "documents/documents.h"
#include "error.h"

#include <QCoreApplication>

class QPrintDialog;
class QPrinter;

namespace habilis {

/// Printing on a real printer: the printer is chosen once (one dialog, by the window), then
/// every letter and convention of a pack or a batch goes to it as one job, A4, with the
/// renderer placing everything on the whole sheet.
class Printing {
public:
    /// The whole pack or batch is printed and recorded: no page ranges nor selection.
    static void limitOptions(QPrintDialog &dialog);
    /// Sets the printer to A4, full page, no margins of its own.
    static void setUp(QPrinter &printer, const QString &jobName);
    /// Prints `parts` as one job.
    static Status print(QPrinter &printer, const QList<PrintPart> &parts,
                        const PageSetup &setup = {});
    /// Prints the mailing packs of `items` as one job; see printBatch() for `progress`.
    static Expected<BatchResult> printBatch(QPrinter &printer, const Storage &storage,
                                            const Documents &documents,
                                            const QList<MailingItem> &items, QDate today,
                                            const std::function<bool(int, int)> &progress = {});
};

} // namespace habilis

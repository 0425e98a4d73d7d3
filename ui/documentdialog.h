#pragma once

#include "documents/documents.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;

namespace habilis {

/// The documents of one convention (or of one of its amendments) as the window prints them:
/// the mailing pack or one document, to a PDF file or a printer, with the Caf's templates and
/// envelope window. Printing the pack of a checked convention records it as printed.
class DocumentJob {
    Q_DECLARE_TR_FUNCTIONS(DocumentJob)
public:
    /// `amendment` 0: the convention's own documents.
    DocumentJob(Storage *storage, QString reference, int amendment, QDate today);

    /// The documents this convention has now: the pack, and each letter that applies.
    QList<std::optional<DocumentKind>> available() const;
    static QString display(std::optional<DocumentKind> kind);
    /// The parts of the pack (no kind) or of one document.
    Expected<QList<PrintPart>> parts(std::optional<DocumentKind> kind) const;
    /// Writes a whole PDF file, or nothing.
    Status writePdf(const QString &path, std::optional<DocumentKind> kind) const;
    /// Prints as one job on a printer already chosen.
    Status print(QPrinter &printer, std::optional<DocumentKind> kind) const;
    /// After the pack went out: a convention only checked is recorded as printed (issued).
    /// Returns whether it recorded anything, or the error.
    Expected<bool> recordPrinted(std::optional<DocumentKind> kind);
    /// A file name for the PDF: "CS-82-2024-0001 - Dossier d'envoi.pdf".
    QString suggestedFileName(std::optional<DocumentKind> kind) const;

private:
    Storage *m_storage;
    QString m_reference;
    int m_amendment;
    QDate m_today;
};

/// Shows a convention's documents as they will print, and prints them or saves them as PDF.
class DocumentDialog : public QDialog {
    Q_OBJECT
public:
    DocumentDialog(Storage *storage, const QString &reference, int amendment, QDate today,
                   QWidget *parent = nullptr);
    ~DocumentDialog() override;

    QPrintPreviewWidget *preview() const { return m_preview; }
    /// The document shown: the pack, or one document.
    std::optional<DocumentKind> currentKind() const;
    /// Saves what is shown as a PDF at `path`; false with the reason in the dialog.
    bool savePdf(const QString &path);

signals:
    /// Something was recorded (the convention printed): the window reads it again.
    void recorded(const QString &message);

private:
    void choosePdf();
    void print();
    /// The pack went out: records a checked convention as printed, and says so.
    void afterOutput(QString message);

    DocumentJob m_job;
    QComboBox *m_kind;
    QPrintPreviewWidget *m_preview;
    QLabel *m_status;
    std::unique_ptr<QPrinter> m_printer;
};

} // namespace habilis

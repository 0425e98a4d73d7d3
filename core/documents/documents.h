#pragma once

#include "domain/amendment.h"
#include "error.h"
#include "storage/storage.h"
#include "template.h"

#include <QCoreApplication>
#include <QHash>
#include <QMarginsF>
#include <QRectF>
#include <QStringList>
#include <QVariantHash>

#include <functional>
#include <optional>

namespace habilis {

class PageRenderer;

/// The documents Habilis prints. They are French legal documents, whatever the language of
/// the interface.
enum class DocumentKind {
    Convention,      ///< the convention with its Annex 1, signed in two copies
    CoverLetter,     ///< to the representative: sign both copies, return one; return slip
    Amendment,       ///< an avenant with the new Annex 1
    AmendmentLetter, ///< cover letter of an amendment
    Reminder,        ///< the convention was mailed and not returned
    Termination,     ///< the Caf ends the convention (registered letter)
    TerminationAck,  ///< acknowledgement of the provider's notice
};

/// Where things go on an A4 page, in millimetres. The envelope window is configurable
/// because envelopes and printers differ (DESIGN.md: DL 110×220).
struct PageSetup {
    QMarginsF margins{20, 15, 20, 18}; ///< left, top, right, bottom
    QRectF window{100, 35, 100, 45};   ///< the address window of a DL envelope
    QRectF windowPadding{6, 5, 4, 4};  ///< inside the window: left, top, right, bottom
    QList<double> foldMarks{99, 198};  ///< from the top; none when empty
};

/// What the renderer needs to print one document: its HTML, and for a letter the address
/// block and the letterhead.
struct PrintPart {
    DocumentKind kind = DocumentKind::Convention;
    QString reference;        ///< for the footer and the return slip's code
    QString title;            ///< for the footer
    QString html;             ///< the body
    QString letterheadHtml;   ///< letters: top left of the first page
    QStringList addressLines; ///< letters: placed in the envelope window
    int copies = 1;
};

/// The templates of the documents, and the values their placeholders take.
class Documents {
    Q_DECLARE_TR_FUNCTIONS(Documents)
public:
    /// Templates are read from `templatesDir` where a file of the documented name is there,
    /// else the built-in ones are used.
    explicit Documents(QString templatesDir = {});

    /// The file name of a template: "convention.html", "lettre-envoi.html"…
    static QString fileName(DocumentKind kind);
    static QList<DocumentKind> kinds();
    /// "convention", "letter"… as the command line names them.
    static QString code(DocumentKind kind);
    static std::optional<DocumentKind> kindFromCode(const QString &code);
    /// The name of a document for a person: "Convention", "Lettre d'envoi"…
    static QString display(DocumentKind kind);
    /// The built-in text of a template, to start a Caf's own from.
    static QString builtInTemplate(DocumentKind kind);
    /// The built-in letterhead (letterhead.html / en-tete.html in a Caf's folder).
    static QString letterheadFileName();

    /// The values of the placeholders for a convention (and an amendment, a notice…).
    /// Every name is documented in the README ("Document templates").
    struct Facts {
        ConventionDetail detail;
        QList<ConventionEvent> events;
        std::optional<Amendment> amendment;
        std::optional<Annex> previousAnnex; ///< for an amendment: the annex it replaces
        QDate today;
    };
    /// The facts of a convention, or of its amendment `amendment` (> 0), from the storage.
    static Expected<Facts> facts(const Storage &storage, const QString &reference, int amendment,
                                 QDate today);
    static QVariantHash context(const Facts &facts);

    /// The parts to print for `kind`: letters get their letterhead and address block.
    Expected<PrintPart> part(DocumentKind kind, const Facts &facts) const;

    /// The parts of a mailing pack: the cover letter and the convention in two copies (or an
    /// amendment's letter and the amendment in two copies).
    Expected<QList<PrintPart>> mailingPack(const Facts &facts) const;

private:
    Expected<Template> load(const QString &fileName, const QString &builtIn) const;

    QString m_dir;
    mutable QHash<QString, Template> m_cache;
};

/// A document's settings kept in the database: the Caf's templates folder and the position
/// of the envelope window.
struct DocumentSettings {
    Q_DECLARE_TR_FUNCTIONS(DocumentSettings)
public:
    static PageSetup pageSetup(const Storage &storage);
    static QString templatesDir(const Storage &storage);
    /// "100;35;100;45": left, top, width, height in millimetres.
    static QString windowText(const QRectF &window);
    /// The window from its text; the error names the field and the value.
    static Expected<QRectF> windowFromText(const QString &text);
};

/// Prints the mailing pack of every item, in order, through `renderer`. `progress(done, total)`
/// is called before each pack and after the last; it returns false to cancel, and then the
/// result is an error and the caller drops what was rendered.
struct BatchResult {
    int packs = 0;
    int pages = 0;
};
Expected<BatchResult> printBatch(const Storage &storage, const Documents &documents,
                                 const QList<MailingItem> &items, PageRenderer &renderer,
                                 QDate today, const std::function<bool(int, int)> &progress = {});

/// French long date: "1er mars 2024".
QString frenchLongDate(QDate d);

} // namespace habilis

// habilis-cli: the documents, the batch of mailings and their settings.
#include "cli.h"
#include "commandparser.h"
#include "documents/documents.h"
#include "documents/renderer.h"
#include "domain/dates.h"
#include "domain/labels.h"
#include "io/jsonformat.h"
#include "storage/sqlstorage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace habilis {

using cli::addGlobal;
using cli::CommandParser;
using cli::jsonOption;
using cli::kJson;

namespace {

const QString kOut = QStringLiteral("out");
const QString kTemplates = QStringLiteral("templates");

QCommandLineOption templatesOption()
{
    return {kTemplates,
            Cli::tr("A folder of templates that replace the built-in ones (default: the setting "
                    "\"settings templates\")."),
            Cli::tr("folder")};
}

/// "CS-73-2025-0001" or "CS-73-2025-0001 avenant 2": a line of a batch list.
QString itemLine(const MailingItem &item)
{
    return item.amendment ? QStringLiteral("%1 avenant %2").arg(item.reference).arg(item.amendment)
                          : item.reference;
}

} // namespace

int Cli::print(const QStringList &args)
{
    QStringList kinds{QStringLiteral("pack")};
    for (DocumentKind k : Documents::kinds())
        kinds << Documents::code(k);
    CommandParser p(tr("Print a convention's mailing pack (the cover letter and the convention "
                       "in two copies), or one of its documents, to a PDF file. Nothing is "
                       "recorded: record the mailing with \"step REF mail\" or a batch."),
                    tr("reference"));
    addGlobal(p.parser());
    p->addOption({QStringLiteral("document"),
                  tr("What to print: %1 (default: pack).").arg(kinds.join(QStringLiteral(", "))),
                  tr("document")});
    p->addOption({QStringLiteral("amendment"),
                  tr("The amendment's number, for its pack or documents."), tr("number")});
    p->addOption({kOut, tr("The PDF file to write."), tr("file")});
    p->addOption(
        {QStringLiteral("date"), tr("The date of the letters (default: today)."), tr("date")});
    p->addOption(templatesOption());
    if (const int code = p.parse(args, m_out, m_err, 1, 1); code >= 0)
        return code;
    const QString reference = p->positionalArguments().constFirst();
    const QString what = p->value(QStringLiteral("document")).trimmed().toLower();
    const std::optional<DocumentKind> kind =
        what.isEmpty() || what == u"pack" ? std::nullopt : Documents::kindFromCode(what);
    if (!what.isEmpty() && what != u"pack" && !kind) {
        return fail(
            FieldError{
                QStringLiteral("--document"), what,
                tr("\"%1\" is not a document (%2).").arg(what, kinds.join(QStringLiteral(", ")))}
                .toString(),
            Usage);
    }
    if (!p->isSet(kOut))
        return fail(tr("--out: name the PDF file to write."), Usage);
    int amendment = 0;
    if (p->isSet(QStringLiteral("amendment"))) {
        bool ok = false;
        amendment = p->value(QStringLiteral("amendment")).toInt(&ok);
        if (!ok || amendment < 1) {
            return fail(FieldError{QStringLiteral("--amendment"),
                                   p->value(QStringLiteral("amendment")),
                                   tr("give the amendment's number: 1, 2…")}
                            .toString(),
                        Usage);
        }
    }
    QDate date = QDate::currentDate();
    if (!readDate(p.parser(), &date))
        return Usage;
    if (!openStorage())
        return Failure;
    const QString dir =
        p->isSet(kTemplates) ? p->value(kTemplates) : DocumentSettings::templatesDir(*m_storage);
    const Documents documents(dir);
    const Expected<Documents::Facts> facts =
        Documents::facts(*m_storage, reference, amendment, date);
    if (!facts)
        return fail(facts.errorString());
    Expected<QList<PrintPart>> parts = QList<PrintPart>{};
    if (kind) {
        const Expected<PrintPart> one = documents.part(*kind, *facts);
        if (!one)
            return fail(one.errorString());
        parts = QList<PrintPart>{*one};
    } else {
        parts = documents.mailingPack(*facts);
        if (!parts)
            return fail(parts.errorString());
    }
    const QString out = p->value(kOut);
    Expected<std::unique_ptr<PdfOutput>> pdf = PdfOutput::create(
        out, facts->detail.convention.reference, DocumentSettings::pageSetup(*m_storage));
    if (!pdf)
        return fail(pdf.errorString());
    for (const PrintPart &part : *parts) {
        if (Status s = (*pdf)->add(part); !s)
            return fail(s.errorString());
    }
    const int pages = (*pdf)->pageCount();
    if (Status s = (*pdf)->commit(); !s)
        return fail(s.errorString());
    m_out << tr("%1: %n page(s) written to %2.", nullptr, pages)
                 .arg(facts->detail.convention.reference, QDir::toNativeSeparators(out))
          << Qt::endl;
    return Success;
}

int Cli::batchList(const QStringList &args)
{
    CommandParser p(tr("What is waiting to be mailed: conventions checked or printed, amendments "
                       "prepared; in the order of the post (postcode)."));
    addGlobal(p.parser());
    p->addOption({QStringLiteral("caf"), tr("Only this Caf (département)."), tr("dept")});
    p->addOption(jsonOption());
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    const Expected<QList<MailingItem>> items =
        m_storage->mailingQueue(p->value(QStringLiteral("caf")));
    if (!items)
        return fail(items.errorString());
    if (p->isSet(kJson)) {
        QJsonArray a;
        for (const MailingItem &i : *items) {
            a.append(QJsonObject{{QStringLiteral("reference"), i.reference},
                                 {QStringLiteral("amendment"), i.amendment},
                                 {QStringLiteral("state"), Labels::code(i.state)},
                                 {QStringLiteral("provider"), i.providerName},
                                 {QStringLiteral("postcode"), i.postcode},
                                 {QStringLiteral("town"), i.town}});
        }
        m_out << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented)) << Qt::flush;
        return Success;
    }
    for (const MailingItem &i : *items)
        m_out << i.postcode << "  " << itemLine(i) << "  " << i.providerName << '\n';
    m_out << tr("%n item(s) waiting to be mailed.", nullptr, int(items->size())) << Qt::endl;
    return Success;
}

int Cli::batchPrint(const QStringList &args)
{
    CommandParser p(tr("Print the mailing pack of everything waiting to be mailed as one PDF, "
                       "ordered by postcode, and write the list of what it holds. Nothing is "
                       "recorded until \"batch mailed LIST\"."));
    addGlobal(p.parser());
    p->addOption({kOut, tr("The PDF file to write."), tr("file")});
    p->addOption({QStringLiteral("list"),
                  tr("The list of the batch (default: the PDF's name with .txt)."), tr("file")});
    p->addOption({QStringLiteral("caf"), tr("Only this Caf (département)."), tr("dept")});
    p->addOption(
        {QStringLiteral("date"), tr("The date of the letters (default: today)."), tr("date")});
    p->addOption(templatesOption());
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    if (!p->isSet(kOut))
        return fail(tr("--out: name the PDF file to write."), Usage);
    QDate date = QDate::currentDate();
    if (!readDate(p.parser(), &date))
        return Usage;
    if (!openStorage())
        return Failure;
    const Expected<QList<MailingItem>> items =
        m_storage->mailingQueue(p->value(QStringLiteral("caf")));
    if (!items)
        return fail(items.errorString());
    if (items->isEmpty()) {
        m_out << tr("Nothing is waiting to be mailed.") << Qt::endl;
        return Success;
    }
    const QString out = p->value(kOut);
    const QFileInfo outInfo(out);
    const QString listPath =
        p->isSet(QStringLiteral("list"))
            ? p->value(QStringLiteral("list"))
            : outInfo.dir().filePath(outInfo.completeBaseName() + QStringLiteral(".txt"));
    const QString dir =
        p->isSet(kTemplates) ? p->value(kTemplates) : DocumentSettings::templatesDir(*m_storage);
    Expected<std::unique_ptr<PdfOutput>> pdf =
        PdfOutput::create(out, tr("Mailings of %1").arg(dates::display(date)),
                          DocumentSettings::pageSetup(*m_storage));
    if (!pdf)
        return fail(pdf.errorString());
    const Expected<BatchResult> done =
        printBatch(*m_storage, Documents(dir), *items, (*pdf)->renderer(), date);
    if (!done)
        return fail(done.errorString());
    QSaveFile list(listPath);
    if (!list.open(QIODevice::WriteOnly))
        return fail(tr("The file %1 cannot be written: %2.").arg(listPath, list.errorString()));
    for (const MailingItem &i : *items)
        list.write((itemLine(i) + u'\n').toUtf8());
    if (Status s = (*pdf)->commit(); !s)
        return fail(s.errorString());
    if (!list.commit())
        return fail(tr("The file %1 cannot be written: %2.").arg(listPath, list.errorString()));
    m_out << tr("%n mailing pack(s), %1 pages, written to %2; the list is in %3.", nullptr,
                done->packs)
                 .arg(done->pages)
                 .arg(QDir::toNativeSeparators(out), QDir::toNativeSeparators(listPath))
          << '\n'
          << tr("Once mailed: %1 batch mailed %2").arg(QStringLiteral("habilis-cli"), listPath)
          << Qt::endl;
    return Success;
}

int Cli::batchMailed(const QStringList &args)
{
    CommandParser p(tr("Record the mailing of every convention and amendment of a printed batch, "
                       "in one transaction: all are recorded, or none."),
                    tr("list"), tr("The list written by \"batch print\"."));
    addGlobal(p.parser());
    p->addOption(
        {QStringLiteral("date"), tr("The day of the mailing (default: today)."), tr("date")});
    p->addOption({QStringLiteral("tracking"), tr("The postal tracking number."), tr("text")});
    if (const int code = p.parse(args, m_out, m_err, 1, 1); code >= 0)
        return code;
    StepInput in;
    in.date = QDate::currentDate();
    if (!readDate(p.parser(), &in.date))
        return Usage;
    in.tracking = p->value(QStringLiteral("tracking"));
    const QString path = p->positionalArguments().constFirst();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("The file %1 cannot be read: %2.").arg(path, f.errorString()));
    QList<MailingItem> items;
    int lineNumber = 0;
    static const QRegularExpression shape(QStringLiteral("^(\\S+)(?:\\s+avenant\\s+(\\d+))?$"));
    for (const QString &raw : QString::fromUtf8(f.readAll()).split(u'\n')) {
        ++lineNumber;
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch m = shape.match(line);
        if (!m.hasMatch()) {
            return fail(
                FieldError{tr("%1, line %2").arg(path).arg(lineNumber), line,
                           tr("\"%1\" is not a reference, nor \"REF avenant N\".").arg(line)}
                    .toString());
        }
        MailingItem item;
        item.reference = m.captured(1);
        item.amendment = m.captured(2).toInt();
        items << item;
    }
    if (items.isEmpty())
        return fail(tr("The list %1 is empty: nothing was recorded.").arg(path));
    if (!openStorage())
        return Failure;
    if (Status s = m_storage->recordMailing(items, in, QDate::currentDate()); !s)
        return fail(tr("%1 Nothing was recorded.").arg(s.errorString()));
    m_out << tr("Mailing on %1 recorded for %n item(s).", nullptr, int(items.size()))
                 .arg(dates::display(in.date))
          << Qt::endl;
    return Success;
}

int Cli::settingsTemplates(const QStringList &args)
{
    CommandParser p(tr("Show, or set, the folder of the Caf's own document templates. A template "
                       "found there (same file name as a built-in one) replaces it; \"-\" goes "
                       "back to the built-in templates."),
                    tr("[folder]"));
    addGlobal(p.parser());
    if (const int code = p.parse(args, m_out, m_err, 0, 1); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    const QString key = QStringLiteral("documents.templates_dir");
    if (!p->positionalArguments().isEmpty()) {
        QString dir = p->positionalArguments().constFirst();
        if (dir == u"-") {
            dir.clear();
        } else {
            const QFileInfo info(dir);
            if (!info.isDir()) {
                return fail(
                    FieldError{tr("templates folder"), dir, tr("\"%1\" is not a folder.").arg(dir)}
                        .toString());
            }
            dir = info.absoluteFilePath();
            // Every template there must parse, so that a mistake shows now and not when printing.
            for (DocumentKind k : Documents::kinds()) {
                const QString file = QDir(dir).filePath(Documents::fileName(k));
                if (!QFileInfo::exists(file))
                    continue;
                QFile f(file);
                if (!f.open(QIODevice::ReadOnly))
                    return fail(
                        tr("The template %1 cannot be read: %2.").arg(file, f.errorString()));
                if (const Expected<Template> t =
                        Template::parse(QString::fromUtf8(f.readAll()), file);
                    !t)
                    return fail(t.errorString());
            }
        }
        if (Status s = m_storage->saveSetting(key, dir); !s)
            return fail(s.errorString());
    }
    const QString dir = m_storage->setting(key);
    if (dir.isEmpty())
        m_out << tr("The built-in templates are used.") << Qt::endl;
    else
        m_out << tr("Templates of %1 replace the built-in ones.").arg(dir) << Qt::endl;
    return Success;
}

int Cli::settingsEnvelope(const QStringList &args)
{
    CommandParser p(tr("Show, or set, where the address block is printed: the window of the "
                       "envelope, in millimetres from the top-left corner of the A4 page "
                       "(default: DL envelope, 100;35;100;45)."),
                    tr("[left;top;width;height]"));
    addGlobal(p.parser());
    if (const int code = p.parse(args, m_out, m_err, 0, 1); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    const QString key = QStringLiteral("documents.window");
    if (!p->positionalArguments().isEmpty()) {
        const Expected<QRectF> w =
            DocumentSettings::windowFromText(p->positionalArguments().constFirst());
        if (!w)
            return fail(w.errorString());
        if (Status s = m_storage->saveSetting(key, DocumentSettings::windowText(*w)); !s)
            return fail(s.errorString());
    }
    const QRectF w = DocumentSettings::pageSetup(*m_storage).window;
    m_out << tr("Envelope window: %1 mm from the left, %2 mm from the top, %3 × %4 mm.")
                 .arg(w.left())
                 .arg(w.top())
                 .arg(w.width())
                 .arg(w.height())
          << Qt::endl;
    return Success;
}

} // namespace habilis

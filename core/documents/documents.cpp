#include "documents.h"

#include "domain/dates.h"
#include "postal.h"
#include "renderer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <QSet>

#include <deque>

namespace habilis {

namespace {

struct KindInfo {
    DocumentKind kind;
    const char *code;
    const char *file;
    const char *display;
};

// The documents are French whatever the interface's language: their names too.
const KindInfo kKinds[] = {
    {DocumentKind::Convention, "convention", "convention.html", "Convention"},
    {DocumentKind::CoverLetter, "letter", "lettre-envoi.html", "Lettre d'envoi"},
    {DocumentKind::Amendment, "amendment", "avenant.html", "Avenant"},
    {DocumentKind::AmendmentLetter, "amendment-letter", "lettre-avenant.html",
     "Lettre d'envoi de l'avenant"},
    {DocumentKind::Reminder, "reminder", "relance.html", "Lettre de relance"},
    {DocumentKind::Termination, "termination", "resiliation.html", "Lettre de résiliation"},
    {DocumentKind::TerminationAck, "termination-ack", "accuse-resiliation.html",
     "Accusé de réception de la résiliation"},
};

const KindInfo &info(DocumentKind kind)
{
    for (const KindInfo &k : kKinds) {
        if (k.kind == kind)
            return k;
    }
    return kKinds[0];
}

bool isLetter(DocumentKind kind)
{
    return kind != DocumentKind::Convention && kind != DocumentKind::Amendment;
}

QString civilityWord(Civility c)
{
    switch (c) {
    case Civility::Madame:
        return QStringLiteral("Madame");
    case Civility::Monsieur:
        return QStringLiteral("Monsieur");
    case Civility::None:
        break;
    }
    return {};
}

QString civilityShort(Civility c)
{
    switch (c) {
    case Civility::Madame:
        return QStringLiteral("Mme");
    case Civility::Monsieur:
        return QStringLiteral("M.");
    case Civility::None:
        break;
    }
    return {};
}

QString joinWords(std::initializer_list<QString> words)
{
    QStringList parts;
    for (const QString &w : words) {
        if (!w.trimmed().isEmpty())
            parts << w.trimmed();
    }
    return parts.join(u' ');
}

QString fullName(const Representative &r)
{
    return joinWords({civilityWord(r.civility), r.firstName, r.lastName.toUpper()});
}

QString shortName(const Representative &r)
{
    return joinWords({civilityShort(r.civility), r.firstName, r.lastName.toUpper()});
}

/// "Monsieur le Maire", "Madame la Présidente", else "Madame, Monsieur".
QString salutation(const Representative &r)
{
    const QString title = r.title.trimmed();
    if (r.civility == Civility::None)
        return QStringLiteral("Madame, Monsieur");
    if (title.isEmpty() || title.contains(u' '))
        return civilityWord(r.civility);
    const QChar first = title.normalized(QString::NormalizationForm_D).front().toLower();
    const bool vowel = QStringLiteral("aeiouyh").contains(first);
    const QString article = vowel                            ? QStringLiteral("l'")
                            : r.civility == Civility::Madame ? QStringLiteral("la ")
                                                             : QStringLiteral("le ");
    return civilityWord(r.civility) + u' ' + article + title.front().toUpper() + title.mid(1);
}

QString oneLine(const PostalAddress &a)
{
    QStringList parts;
    for (const QString &s : {a.building, a.street, a.poBox}) {
        if (!s.trimmed().isEmpty())
            parts << s.trimmed();
    }
    QString city = joinWords({a.postcode, a.town.toUpper()});
    if (a.cedex)
        city += QStringLiteral(" Cedex");
    parts << city;
    return parts.join(QStringLiteral(", "));
}

QVariantList lines(const PostalAddress &a)
{
    QVariantList out;
    for (const QString &s : {a.recipient, a.building, a.street, a.poBox}) {
        if (!s.trimmed().isEmpty())
            out << QVariantHash{{QStringLiteral("line"), s.trimmed()}};
    }
    QString city = joinWords({a.postcode, a.town.toUpper()});
    if (a.cedex)
        city += QStringLiteral(" CEDEX");
    out << QVariantHash{{QStringLiteral("line"), city}};
    return out;
}

QVariantHash personHash(const Person &p)
{
    return {{QStringLiteral("civility"), civilityWord(p.civility)},
            {QStringLiteral("last_name"), p.lastName.toUpper()},
            {QStringLiteral("first_name"), p.firstName},
            {QStringLiteral("job_title"), p.jobTitle},
            {QStringLiteral("email"), p.email}};
}

QVariantHash establishmentHash(const AnnexEstablishment &ae)
{
    const Establishment &e = ae.establishment;
    QStringList scope;
    if (ae.scope.functioning)
        scope << QStringLiteral("fonctionnement");
    if (ae.scope.availability)
        scope << QStringLiteral("disponibilités");
    return {{QStringLiteral("type"), e.type},
            {QStringLiteral("name"), e.name},
            {QStringLiteral("address"), e.address},
            {QStringLiteral("postcode"), e.postcode},
            {QStringLiteral("town"), e.town},
            {QStringLiteral("monenfant_id"), e.monEnfantId},
            {QStringLiteral("functioning"),
             ae.scope.functioning ? QStringLiteral("oui") : QStringLiteral("non")},
            {QStringLiteral("availability"),
             ae.scope.availability ? QStringLiteral("oui") : QStringLiteral("non")},
            {QStringLiteral("scope"), scope.join(QStringLiteral(", "))}};
}

QString personKey(const Person &p)
{
    return p.email.trimmed().toLower();
}

QString establishmentKey(const Establishment &e)
{
    return e.id ? QString::number(e.id) : e.type + u'|' + e.name + u'|' + e.postcode;
}

QString nameOf(const QString &cafName)
{
    // "Caf de la Savoie" → "de la Savoie", for "la Caisse d'allocations familiales de la Savoie".
    const QString n = cafName.trimmed();
    if (n.startsWith(QLatin1String("Caf "), Qt::CaseInsensitive))
        return n.mid(4);
    return n;
}

} // namespace

QString frenchLongDate(QDate d)
{
    if (!d.isValid())
        return {};
    static const QLocale french(QLocale::French, QLocale::France);
    const QString rest = french.toString(d, QStringLiteral("MMMM yyyy"));
    return (d.day() == 1 ? QStringLiteral("1er") : QString::number(d.day())) + u' ' + rest;
}

Documents::Documents(QString templatesDir)
    : m_dir(std::move(templatesDir))
{}

QString Documents::fileName(DocumentKind kind)
{
    return QLatin1String(info(kind).file);
}

QList<DocumentKind> Documents::kinds()
{
    QList<DocumentKind> out;
    for (const KindInfo &k : kKinds)
        out << k.kind;
    return out;
}

QString Documents::code(DocumentKind kind)
{
    return QLatin1String(info(kind).code);
}

std::optional<DocumentKind> Documents::kindFromCode(const QString &code)
{
    for (const KindInfo &k : kKinds) {
        if (code.trimmed().compare(QLatin1String(k.code), Qt::CaseInsensitive) == 0)
            return k.kind;
    }
    return std::nullopt;
}

QString Documents::display(DocumentKind kind)
{
    return QString::fromUtf8(info(kind).display);
}

QString Documents::letterheadFileName()
{
    return QStringLiteral("en-tete.html");
}

QString Documents::builtInTemplate(DocumentKind kind)
{
    QFile f(QStringLiteral(":/templates/") + fileName(kind));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

Expected<Template> Documents::load(const QString &name, const QString &builtIn) const
{
    if (const auto it = m_cache.constFind(name); it != m_cache.constEnd())
        return *it;
    QString text;
    QString origin = name;
    if (!m_dir.isEmpty() && QFileInfo::exists(QDir(m_dir).filePath(name))) {
        origin = QDir(m_dir).filePath(name);
        QFile f(origin);
        if (!f.open(QIODevice::ReadOnly))
            return Error{tr("The template %1 cannot be read: %2.").arg(origin, f.errorString())};
        text = QString::fromUtf8(f.readAll());
    } else {
        QFile f(builtIn);
        if (!f.open(QIODevice::ReadOnly))
            return Error{tr("The built-in template %1 is missing from this build.").arg(name)};
        text = QString::fromUtf8(f.readAll());
    }
    Expected<Template> t = Template::parse(text, origin);
    if (t)
        m_cache.insert(name, *t);
    return t;
}

QVariantHash Documents::context(const Facts &facts)
{
    const ConventionDetail &d = facts.detail;
    const Convention &c = d.convention;
    const CafProfile &caf = d.caf;
    const Provider &p = d.provider;

    QVariantHash cafHash{
        {QStringLiteral("name"), caf.name},
        {QStringLiteral("name_of"), nameOf(caf.name)},
        {QStringLiteral("departement"), caf.departement},
        {QStringLiteral("director"), fullName(caf.director)},
        {QStringLiteral("director_short"), shortName(caf.director)},
        {QStringLiteral("director_title"), caf.director.title},
        {QStringLiteral("address"), oneLine(caf.address)},
        {QStringLiteral("address_lines"), lines(caf.address)},
        {QStringLiteral("signing_town"), caf.signingTown},
        {QStringLiteral("email"), caf.email},
        {QStringLiteral("phone"), caf.phone},
    };
    QVariantHash providerHash{
        {QStringLiteral("name"), p.name},
        {QStringLiteral("siret"), p.siret},
        {QStringLiteral("representative"), fullName(p.representative)},
        {QStringLiteral("representative_short"), shortName(p.representative)},
        {QStringLiteral("representative_title"), p.representative.title},
        {QStringLiteral("salutation"), salutation(p.representative)},
        {QStringLiteral("address"), oneLine(p.address)},
        {QStringLiteral("address_lines"), lines(p.address)},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("phone"), p.phone},
    };
    QVariantList persons;
    for (const Person &person : d.annex.persons)
        persons << personHash(person);
    QVariantList establishments;
    for (const AnnexEstablishment &ae : d.annex.establishments)
        establishments << establishmentHash(ae);

    // The latest notice of termination, from the steps recorded.
    QJsonObject notice;
    for (const ConventionEvent &e : facts.events) {
        if (e.step == u"terminate")
            notice = QJsonDocument::fromJson(e.details.toUtf8()).object();
    }
    const QVariantHash termination{
        {QStringLiteral("letter"), notice.value(QLatin1String("registeredLetter")).toString()},
        {QStringLiteral("by"), notice.value(QLatin1String("by")).toString()},
        {QStringLiteral("notice_received_on"), frenchLongDate(c.noticeReceivedOn)},
        {QStringLiteral("effective_on"), frenchLongDate(c.terminatedOn)},
    };

    QVariant amendment = false;
    if (facts.amendment) {
        const Amendment &a = *facts.amendment;
        QVariantList removedPersons, addedPersons, removedEstablishments, addedEstablishments;
        if (facts.previousAnnex) {
            QSet<QString> before, after;
            for (const Person &x : facts.previousAnnex->persons)
                before.insert(personKey(x));
            for (const Person &x : d.annex.persons) {
                after.insert(personKey(x));
                if (!before.contains(personKey(x)))
                    addedPersons << personHash(x);
            }
            for (const Person &x : facts.previousAnnex->persons) {
                if (!after.contains(personKey(x)))
                    removedPersons << personHash(x);
            }
            before.clear();
            after.clear();
            for (const AnnexEstablishment &x : facts.previousAnnex->establishments)
                before.insert(establishmentKey(x.establishment));
            for (const AnnexEstablishment &x : d.annex.establishments) {
                after.insert(establishmentKey(x.establishment));
                if (!before.contains(establishmentKey(x.establishment)))
                    addedEstablishments << establishmentHash(x);
            }
            for (const AnnexEstablishment &x : facts.previousAnnex->establishments) {
                if (!after.contains(establishmentKey(x.establishment)))
                    removedEstablishments << establishmentHash(x);
            }
        }
        amendment = QVariantHash{
            {QStringLiteral("number"), QString::number(a.number)},
            {QStringLiteral("reason"), a.reason},
            {QStringLiteral("prepared_on"), frenchLongDate(a.preparedOn)},
            {QStringLiteral("mailed_on"), frenchLongDate(a.mailedOn)},
            {QStringLiteral("signed_on"), frenchLongDate(a.signedOn)},
            {QStringLiteral("removed_persons"), removedPersons},
            {QStringLiteral("added_persons"), addedPersons},
            {QStringLiteral("removed_establishments"), removedEstablishments},
            {QStringLiteral("added_establishments"), addedEstablishments},
            {QStringLiteral("new_representative"),
             a.representative
                 ? fullName(*a.representative) + QStringLiteral(", ") + a.representative->title
                 : QString()},
            {QStringLiteral("new_address"), a.address ? oneLine(*a.address) : QString()},
        };
    }

    const QDate today = facts.today.isValid() ? facts.today : QDate::currentDate();
    const QDate next = c.signedOn.isValid() ? dates::nextAnniversary(c.signedOn, today) : QDate();
    return {
        {QStringLiteral("reference"), c.reference},
        {QStringLiteral("caf"), cafHash},
        {QStringLiteral("provider"), providerHash},
        {QStringLiteral("persons"), persons},
        {QStringLiteral("establishments"), establishments},
        {QStringLiteral("annex_version"), QString::number(d.annex.version)},
        {QStringLiteral("today"), frenchLongDate(today)},
        {QStringLiteral("received_on"), frenchLongDate(c.receivedOn)},
        {QStringLiteral("mailed_on"), frenchLongDate(c.mailedOn)},
        {QStringLiteral("returned_on"), frenchLongDate(c.returnedOn)},
        {QStringLiteral("signed_on"), frenchLongDate(c.signedOn)},
        {QStringLiteral("effective_on"), frenchLongDate(c.signedOn)},
        {QStringLiteral("next_anniversary"), frenchLongDate(next)},
        {QStringLiteral("notice_deadline"),
         frenchLongDate(next.isValid() ? dates::noticeDeadline(next) : QDate())},
        {QStringLiteral("termination"), termination},
        {QStringLiteral("amendment"), amendment},
    };
}

Expected<PrintPart> Documents::part(DocumentKind kind, const Facts &facts) const
{
    const Expected<Template> body =
        load(fileName(kind), QStringLiteral(":/templates/") + fileName(kind));
    if (!body)
        return body.error();
    const QVariantHash values = context(facts);
    Expected<QString> html = body->render(values);
    if (!html)
        return html.error();
    PrintPart part;
    part.kind = kind;
    part.reference = facts.detail.convention.reference;
    part.title = display(kind);
    if (facts.amendment &&
        (kind == DocumentKind::Amendment || kind == DocumentKind::AmendmentLetter))
        part.title += QStringLiteral(" n° %1").arg(facts.amendment->number);
    part.html = std::move(html).value();
    if (isLetter(kind)) {
        const Expected<Template> head =
            load(letterheadFileName(), QStringLiteral(":/templates/") + letterheadFileName());
        if (!head)
            return head.error();
        Expected<QString> headHtml = head->render(values);
        if (!headHtml)
            return headHtml.error();
        part.letterheadHtml = std::move(headHtml).value();
        const Provider &p = facts.detail.provider;
        PostalAddress to = p.address;
        if (to.recipient.trimmed().isEmpty()) {
            // To the representative, with the title when the line allows it.
            const QString who =
                joinWords({civilityWord(p.representative.civility), p.representative.firstName,
                           p.representative.lastName.toUpper()});
            const QString withTitle = p.representative.title.trimmed().isEmpty()
                                          ? who
                                          : who + QStringLiteral(", ") + p.representative.title;
            to.recipient = withTitle.size() <= postal::kMaxLineLength ? withTitle : who;
        }
        part.addressLines = postal::addressLines(p.name, to);
    }
    return part;
}

Expected<QList<PrintPart>> Documents::mailingPack(const Facts &facts) const
{
    const bool amendment = facts.amendment.has_value();
    Expected<PrintPart> letter =
        part(amendment ? DocumentKind::AmendmentLetter : DocumentKind::CoverLetter, facts);
    if (!letter)
        return letter.error();
    Expected<PrintPart> document =
        part(amendment ? DocumentKind::Amendment : DocumentKind::Convention, facts);
    if (!document)
        return document.error();
    document.value().copies = 2; // "fait en double exemplaire"
    return QList<PrintPart>{std::move(letter).value(), std::move(document).value()};
}

Expected<Documents::Facts> Documents::facts(const Storage &storage, const QString &reference,
                                            int amendment, QDate today)
{
    Facts f;
    f.today = today;
    Expected<ConventionDetail> detail = storage.convention(reference);
    if (!detail)
        return detail.error();
    f.detail = std::move(detail).value();
    Expected<QList<ConventionEvent>> events = storage.events(reference);
    if (!events)
        return events.error();
    f.events = std::move(events).value();
    if (amendment <= 0)
        return f;
    const Expected<QList<Amendment>> list = storage.amendments(reference);
    if (!list)
        return list.error();
    for (const Amendment &a : *list) {
        if (a.number == amendment)
            f.amendment = a;
    }
    if (!f.amendment) {
        return Error{
            tr("The convention \"%1\" has no amendment %2.").arg(reference).arg(amendment)};
    }
    // The annex it replaces: the one in force the day before it took effect, or today's.
    if (f.amendment->signedOn.isValid()) {
        const Expected<ConventionDetail> before =
            storage.convention(reference, f.amendment->signedOn.addDays(-1));
        if (!before)
            return before.error();
        f.previousAnnex = before->annex;
    } else {
        f.previousAnnex = f.detail.annex;
    }
    // Until it is signed, the amendment's new representative and address are not the
    // provider's yet; its documents show them.
    if (f.amendment->representative)
        f.detail.provider.representative = *f.amendment->representative;
    if (f.amendment->address)
        f.detail.provider.address = *f.amendment->address;
    Expected<Annex> annex = storage.annex(reference, f.amendment->annexVersion);
    if (!annex)
        return annex.error();
    f.detail.annex = std::move(annex).value();
    return f;
}

PageSetup DocumentSettings::pageSetup(const Storage &storage)
{
    PageSetup setup;
    if (const Expected<QRectF> w =
            windowFromText(storage.setting(QStringLiteral("documents.window")));
        w)
        setup.window = *w;
    return setup;
}

QString DocumentSettings::templatesDir(const Storage &storage)
{
    return storage.setting(QStringLiteral("documents.templates_dir"));
}

QString DocumentSettings::windowText(const QRectF &w)
{
    return QStringLiteral("%1;%2;%3;%4").arg(w.left()).arg(w.top()).arg(w.width()).arg(w.height());
}

Expected<QRectF> DocumentSettings::windowFromText(const QString &text)
{
    if (text.trimmed().isEmpty())
        return PageSetup{}.window;
    const QStringList parts = text.split(u';');
    bool ok = parts.size() == 4;
    QList<double> v;
    for (const QString &p : parts) {
        bool one = false;
        v << p.trimmed().toDouble(&one);
        ok = ok && one;
    }
    const QString field = tr("envelope window");
    if (!ok) {
        return Error{FieldError{field, text,
                                tr("\"%1\" is not left;top;width;height in "
                                   "millimetres.")
                                    .arg(text)}
                         .toString()};
    }
    const QRectF r(v[0], v[1], v[2], v[3]);
    // On the page, and large enough for 6 lines of 38 characters.
    if (r.left() < 0 || r.top() < 0 || r.right() > 210 || r.bottom() > 297 || r.width() < 80 ||
        r.height() < 35) {
        return Error{FieldError{field, text,
                                tr("the window %1 must lie on the A4 page (210 × 297 mm) and be "
                                   "at least 80 mm wide and 35 mm high.")
                                    .arg(text)}
                         .toString()};
    }
    return r;
}

Expected<BatchResult> printBatch(const Storage &storage, const Documents &documents,
                                 const QList<MailingItem> &items, PageRenderer &renderer,
                                 QDate today, const std::function<bool(int, int)> &progress)
{
    using LaidOut = QList<LaidOutPart>;
    // A pipeline over the cores: this thread reads the next packs and paints the oldest one
    // while the renderer's layout threads lay the next ones out. Documents are deleted by the
    // thread that laid them out (their layout's timers live there).
    QThreadPool &workers = renderer.layoutThreads();
    const auto dispose = [&workers](LaidOut parts) {
        // Cleared on a worker, whichever thread drops the empty list last.
        auto doomed = std::make_shared<LaidOut>(std::move(parts));
        workers.start([doomed] { doomed->clear(); });
    };
    // Enough packs ahead to keep every layout thread busy, not more: memory stays flat.
    const size_t ahead = size_t(workers.maxThreadCount()) + 1;
    std::deque<QFuture<LaidOut>> queue;
    const auto paintOldest = [&]() -> Status {
        LaidOut parts = queue.front().result();
        queue.pop_front();
        Status status;
        for (const LaidOutPart &part : parts) {
            if (status = renderer.paint(part); !status)
                break;
        }
        dispose(std::move(parts));
        return status;
    };
    const auto dropQueue = [&] {
        for (QFuture<LaidOut> &f : queue)
            dispose(f.result());
        queue.clear();
    };
    const auto cancelled = [&]() -> Error {
        dropQueue();
        return Error{Documents::tr("The printing was cancelled: nothing was recorded.")};
    };

    BatchResult result;
    const int total = int(items.size());
    const int firstPage = renderer.pageCount();
    int started = 0;
    for (const MailingItem &item : items) {
        if (progress && !progress(started++, total))
            return cancelled();
        const Expected<Documents::Facts> facts =
            Documents::facts(storage, item.reference, item.amendment, today);
        Expected<QList<PrintPart>> pack =
            facts ? documents.mailingPack(*facts) : Expected<QList<PrintPart>>(facts.error());
        if (!pack) {
            dropQueue();
            return pack.error();
        }
        queue.push_back(QtConcurrent::run(&workers, [&renderer, parts = std::move(pack).value()] {
            LaidOut out;
            for (const PrintPart &part : parts)
                out << renderer.layOut(part);
            return out;
        }));
        if (queue.size() >= ahead) {
            if (Status s = paintOldest(); !s) {
                dropQueue();
                return s.error();
            }
            ++result.packs;
        }
    }
    while (!queue.empty()) {
        if (Status s = paintOldest(); !s) {
            dropQueue();
            return s.error();
        }
        ++result.packs;
    }
    if (progress && !progress(result.packs, total))
        return cancelled();
    result.pages = renderer.pageCount() - firstPage;
    return result;
}

} // namespace habilis

#include "documents/documents.h"
#include "documents/postal.h"
#include "documents/renderer.h"
#include "documents/template.h"
#include "fixtures.h"
#include "testmain.h"

#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QRawFont>
#include <QRegularExpression>
#include <QTemporaryDir>

Q_DECLARE_METATYPE(habilis::PostalAddress)

using namespace habilis;

namespace {

const QDate kToday(2026, 11, 22);

/// The text of a PDF in the order it was drawn (pdftotext -raw), white space folded.
QString pdfText(const QString &pdf, int firstPage = 0, int lastPage = 0)
{
    QStringList args{QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (firstPage > 0)
        args << QStringLiteral("-f") << QString::number(firstPage);
    if (lastPage > 0)
        args << QStringLiteral("-l") << QString::number(lastPage);
    args << pdf << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext failed on %s (poppler-utils is installed by scripts/deps.sh)",
               qPrintable(pdf));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

/// Fails on the first text of `expected` that is missing, or that comes before the previous.
void verifyInOrder(const QString &text, const QStringList &expected)
{
    qsizetype from = 0;
    for (const QString &e : expected) {
        const qsizetype at = text.indexOf(e.simplified(), from);
        if (at < 0) {
            const bool elsewhere = text.contains(e.simplified());
            QFAIL(qPrintable(QStringLiteral("\"%1\" %2")
                                 .arg(e, elsewhere ? QStringLiteral("is out of order")
                                                   : QStringLiteral("is missing"))));
        }
        from = at + e.simplified().size();
    }
}

struct WordBox {
    QString word;
    QRectF box; ///< in millimetres
};

/// The words of a page with their boxes (pdftotext -bbox), in millimetres.
QList<WordBox> pdfWords(const QString &pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
             QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext -bbox failed on %s", qPrintable(pdf));
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" "
                       "yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<WordBox> words;
    const double mm = 25.4 / 72;
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QRectF box(QPointF(m.captured(1).toDouble() * mm, m.captured(2).toDouble() * mm),
                         QPointF(m.captured(3).toDouble() * mm, m.captured(4).toDouble() * mm));
        words << WordBox{m.captured(5), box};
    }
    return words;
}

StepInput on(QDate d)
{
    StepInput in;
    in.date = d;
    return in;
}

} // namespace

class TestDocuments : public QObject {
    Q_OBJECT

    std::unique_ptr<SqlStorage> m_storage;
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// Imports a fixture request and takes it to `last` with the dates of the seed.
    QString importTo(const QString &cafFile, const QString &requestFile, Step last, QDate start)
    {
        const CafProfile caf = fixtures::caf(cafFile);
        if (!m_storage->caf(caf.departement))
            [&] {
                QVERIFY2(m_storage->saveCaf(caf).ok(), "caf");
            }();
        const Expected<Convention> c = m_storage->importRequest(fixtures::request(requestFile));
        if (!c)
            qFatal("%s", qPrintable(c.errorString()));
        const QString ref = c->reference;
        StepInput ret = on(start.addDays(20));
        ret.signatory = QStringLiteral("Le maire");
        ret.signedOn = start.addDays(15);
        StepInput countersign = on(start.addDays(25));
        countersign.signatory = QStringLiteral("La directrice");
        const QList<QPair<Step, StepInput>> steps{{Step::Check, on(start)},
                                                  {Step::Issue, on(start)},
                                                  {Step::Mail, on(start.addDays(5))},
                                                  {Step::Return, ret},
                                                  {Step::Countersign, countersign}};
        for (const auto &[step, in] : steps) {
            const Expected<Convention> r = m_storage->recordStep(ref, step, in, kToday);
            if (!r)
                qFatal("%s", qPrintable(r.errorString()));
            if (step == last)
                break;
        }
        return ref;
    }

    QString printPack(const QString &ref, const QString &file, int amendment = 0)
    {
        const Expected<Documents::Facts> facts =
            Documents::facts(*m_storage, ref, amendment, kToday);
        if (!facts)
            qFatal("%s", qPrintable(facts.errorString()));
        const Expected<QList<PrintPart>> pack = Documents().mailingPack(*facts);
        if (!pack)
            qFatal("%s", qPrintable(pack.errorString()));
        Expected<std::unique_ptr<PdfOutput>> pdf = PdfOutput::create(path(file), ref);
        if (!pdf)
            qFatal("%s", qPrintable(pdf.errorString()));
        for (const PrintPart &part : *pack) {
            if (Status s = (*pdf)->add(part); !s)
                qFatal("%s", qPrintable(s.errorString()));
        }
        if (Status s = (*pdf)->commit(); !s)
            qFatal("%s", qPrintable(s.errorString()));
        return path(file);
    }

    /// Paints `parts` with Qt's own PDF engine (as the printer is driven) and checks that
    /// every word of `ours` is where Qt put it, within a tenth of a millimetre, and the other
    /// way round. The number of words compared.
    int wordsAsQtPlacesThem(const QList<PrintPart> &parts, const QString &ours)
    {
        const QString qt = path(QStringLiteral("qt.pdf"));
        int pages = 0;
        {
            QPdfWriter writer(qt);
            writer.setResolution(300);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                             QMarginsF(0, 0, 0, 0)));
            PageRenderer renderer(&writer, PageSetup{});
            for (const PrintPart &part : parts) {
                if (!renderer.render(part).ok())
                    qFatal("Qt's engine refused the part");
            }
            if (!renderer.finish().ok())
                qFatal("Qt's engine could not finish");
            pages = renderer.pageCount();
        }
        const auto near = [](const WordBox &a, const WordBox &b) {
            return a.word == b.word && std::abs(a.box.left() - b.box.left()) < 0.1 &&
                   std::abs(a.box.top() - b.box.top()) < 0.1 &&
                   std::abs(a.box.right() - b.box.right()) < 0.1;
        };
        int words = 0;
        const PageSetup setup;
        const double bodyBottom = 297 - setup.margins.bottom();
        for (int page = 1; page <= pages; ++page) {
            const QList<WordBox> mine = pdfWords(ours, page);
            const QList<WordBox> theirs = pdfWords(qt, page);
            for (const WordBox &w : mine) {
                if (!std::any_of(theirs.begin(), theirs.end(),
                                 [&](const WordBox &t) { return near(w, t); })) {
                    QTest::qFail(qPrintable(QStringLiteral("page %1: \"%2\" at %3, %4 mm")
                                                .arg(page)
                                                .arg(w.word)
                                                .arg(w.box.left())
                                                .arg(w.box.top())),
                                 __FILE__, __LINE__);
                    return 0;
                }
            }
            for (const WordBox &t : theirs) {
                // Qt's engine also paints, out of sight under the clip, the line that
                // starts the next page; that one is not on the page.
                const double middle = t.box.center().y();
                if (middle > bodyBottom && middle < bodyBottom + 5)
                    continue;
                if (!std::any_of(mine.begin(), mine.end(),
                                 [&](const WordBox &w) { return near(w, t); })) {
                    QTest::qFail(
                        qPrintable(
                            QStringLiteral("page %1: \"%2\" is missing").arg(page).arg(t.word)),
                        __FILE__, __LINE__);
                    return 0;
                }
                ++words;
            }
        }
        return words;
    }

    struct Band {
        int ink = 0;      ///< dark pixels
        double slant = 0; ///< centre of the top quarter's ink minus the bottom quarter's, px
    };
    /// The lines of ink of a page rendered at 100 dpi, top to bottom.
    QList<Band> inkBands(const QString &pdf)
    {
        const QString png = pdf + QStringLiteral("-page");
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-gray"),
                      QStringLiteral("-singlefile"), QStringLiteral("-png"), pdf, png});
        if (!render.waitForFinished(60000) || render.exitCode() != 0)
            qFatal("pdftoppm failed on %s", qPrintable(pdf));
        const QImage page(png + QStringLiteral(".png"));
        const auto dark = [&](int x, int y) {
            return qGray(page.pixel(x, y)) < 128;
        };
        QList<Band> bands;
        int y = 0;
        while (y < page.height()) {
            const auto inkOn = [&](int row) {
                for (int x = 0; x < page.width(); ++x) {
                    if (dark(x, row))
                        return true;
                }
                return false;
            };
            if (!inkOn(y)) {
                ++y;
                continue;
            }
            const int top = y;
            while (y < page.height() && inkOn(y))
                ++y;
            const int bottom = y;
            Band band;
            const auto centre = [&](int from, int to) {
                double sum = 0;
                int n = 0;
                for (int row = from; row < to; ++row) {
                    for (int x = 0; x < page.width(); ++x) {
                        if (dark(x, row)) {
                            sum += x;
                            ++n;
                        }
                    }
                }
                return n > 0 ? sum / n : 0.0;
            };
            for (int row = top; row < bottom; ++row) {
                for (int x = 0; x < page.width(); ++x)
                    band.ink += dark(x, row);
            }
            const int quarter = std::max(1, (bottom - top) / 4);
            band.slant = centre(top, top + quarter) - centre(bottom - quarter, bottom);
            bands << band;
        }
        return bands;
    }

private slots:
    void init()
    {
        Expected<std::unique_ptr<SqlStorage>> s =
            fixtures::openDatabase(QStringLiteral(":memory:"));
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        m_storage = std::move(s).value();
    }

    void templates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("escaped") << QStringLiteral("<p>{{provider.name}}</p>")
                                 << QStringLiteral("<p>&lt;b&gt;Crèche &amp; Cie&lt;/b&gt;</p>");
        QTest::newRow("list") << QStringLiteral(
                                     "{{#persons}}[{{name}} {{provider.name}}]{{/persons}}")
                              << QStringLiteral(
                                     "[A &lt;b&gt;Crèche &amp; Cie&lt;/b&gt;][B &lt;b&gt;Crèche "
                                     "&amp; Cie&lt;/b&gt;]");
        QTest::newRow("inverted on empty")
            << QStringLiteral("{{^signed}}....{{/signed}}{{#signed}}x{{/signed}}")
            << QStringLiteral("....");
        QTest::newRow("comment") << QStringLiteral("a{{! not printed }}b") << QStringLiteral("ab");
        QTest::newRow("empty list") << QStringLiteral("{{#none}}x{{/none}}{{^none}}aucun{{/none}}")
                                    << QStringLiteral("aucun");
    }

    void templates()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QVariantHash context{
            {QStringLiteral("provider"),
             QVariantHash{{QStringLiteral("name"), QStringLiteral("<b>Crèche & Cie</b>")}}},
            {QStringLiteral("persons"),
             QVariantList{QVariantHash{{QStringLiteral("name"), QStringLiteral("A")}},
                          QVariantHash{{QStringLiteral("name"), QStringLiteral("B")}}}},
            {QStringLiteral("signed"), QString()},
            {QStringLiteral("none"), QVariantList{}},
        };
        const Expected<Template> t = Template::parse(text);
        QVERIFY2(t.ok(), qPrintable(t.errorString()));
        const Expected<QString> out = t->render(context);
        QVERIFY2(out.ok(), qPrintable(out.errorString()));
        QCOMPARE(*out, expected);
    }

    void templateErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unknown placeholder")
            << QStringLiteral("a\n{{provider.nom}}")
            << QStringList{QStringLiteral("lettre.html, ligne 2"), QStringLiteral("provider.nom"),
                           QStringLiteral("inconnu")};
        QTest::newRow("unclosed section")
            << QStringLiteral("{{#persons}}x")
            << QStringList{QStringLiteral("persons"), QStringLiteral("jamais fermée")};
        QTest::newRow("wrong closing") << QStringLiteral("{{#persons}}x{{/people}}")
                                       << QStringList{QStringLiteral("{{/people}}")};
        QTest::newRow("unclosed tag")
            << QStringLiteral("{{name") << QStringList{QStringLiteral("{{")};
    }

    void templateErrors()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QVariantHash context{{QStringLiteral("provider"), QVariantHash{}},
                                   {QStringLiteral("persons"), QVariantList{QVariantHash{}}}};
        const Expected<Template> t = Template::parse(text, QStringLiteral("lettre.html"));
        const QString message = t ? t->render(context).errorString() : t.errorString();
        QVERIFY(!message.isEmpty());
        for (const QString &e : expected)
            QVERIFY2(message.contains(e), qPrintable(message));
    }

    void builtInTemplatesUseDocumentedNames()
    {
        // Every built-in template renders against the facts of a real convention.
        const QString ref =
            importTo(QStringLiteral("caf-82.json"), QStringLiteral("moissac-2024.json"),
                     Step::Countersign, QDate(2024, 1, 20));
        const Expected<Documents::Facts> facts = Documents::facts(*m_storage, ref, 0, kToday);
        QVERIFY2(facts.ok(), qPrintable(facts.errorString()));
        const Documents documents;
        for (DocumentKind k : Documents::kinds()) {
            if (k == DocumentKind::Amendment || k == DocumentKind::AmendmentLetter)
                continue; // need an amendment: addressed in amendmentPack()
            const Expected<PrintPart> part = documents.part(k, *facts);
            QVERIFY2(part.ok(), qPrintable(Documents::fileName(k) + u": " + part.errorString()));
            QVERIFY(!part->html.isEmpty());
        }
    }

    void addressBlock_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<PostalAddress>("address");
        QTest::addColumn<QStringList>("expected");
        PostalAddress moissac;
        moissac.recipient = QStringLiteral("Monsieur Romain LOPEZ, Maire");
        moissac.street = QStringLiteral("3 place Roger Delthil");
        moissac.postcode = QStringLiteral("82200");
        moissac.town = QStringLiteral("Moissac");
        QTest::newRow("Moissac") << QStringLiteral("Commune de Moissac") << moissac
                                 << QStringList{QStringLiteral("Commune de Moissac"),
                                                QStringLiteral("Monsieur Romain LOPEZ, Maire"),
                                                QStringLiteral("3 PLACE ROGER DELTHIL"),
                                                QStringLiteral("82200 MOISSAC")};
        PostalAddress full;
        full.recipient = QStringLiteral("Service Petite Enfance");
        full.building = QStringLiteral("Bâtiment B, 2e étage");
        full.street = QStringLiteral("12, rue de l'Église");
        full.poBox = QStringLiteral("BP 42");
        full.postcode = QStringLiteral("73011");
        full.town = QStringLiteral("Chambéry");
        full.cedex = true;
        QTest::newRow("every line, long name")
            << QStringLiteral("Communauté d'agglomération Grand Chambéry Métropole") << full
            << QStringList{QStringLiteral("Communauté d'agglomération Grand"),
                           QStringLiteral("Service Petite Enfance"),
                           QStringLiteral("Bâtiment B, 2e étage"),
                           QStringLiteral("12 RUE DE L EGLISE"),
                           QStringLiteral("BP 42"),
                           QStringLiteral("73011 CHAMBERY CEDEX")};
        PostalAddress shortOne;
        shortOne.street = QStringLiteral("1 rue Haute");
        shortOne.postcode = QStringLiteral("01000");
        shortOne.town = QStringLiteral("Saint-Denis-lès-Bourg");
        QTest::newRow("long name on two lines")
            << QStringLiteral("Association intercommunale des crèches parentales de l'Ain")
            << shortOne
            << QStringList{QStringLiteral("Association intercommunale des crèches"),
                           QStringLiteral("parentales de l'Ain"), QStringLiteral("1 RUE HAUTE"),
                           QStringLiteral("01000 SAINT DENIS LES BOURG")};
    }

    void addressBlock()
    {
        QFETCH(QString, name);
        QFETCH(PostalAddress, address);
        QFETCH(QStringList, expected);
        const QStringList lines = postal::addressLines(name, address);
        QCOMPARE(lines, expected);
        QVERIFY(lines.size() <= postal::kMaxLines);
        for (const QString &l : lines)
            QVERIFY2(l.size() <= postal::kMaxLineLength, qPrintable(l));
    }

    void moissacPack()
    {
        const QString ref =
            importTo(QStringLiteral("caf-82.json"), QStringLiteral("moissac-2024.json"),
                     Step::Countersign, QDate(2024, 1, 20));
        const QString pdf = printPack(ref, QStringLiteral("moissac.pdf"));
        const QString text = pdfText(pdf);
        // The letter, then the convention's parties, its annex in order, and the date line.
        verifyInOrder(
            text,
            {QStringLiteral("Caf de Tarn-et-Garonne"), QStringLiteral("Commune de Moissac"),
             QStringLiteral("Monsieur Romain LOPEZ, Maire"),
             QStringLiteral("3 PLACE ROGER DELTHIL"), QStringLiteral("82200 MOISSAC"),
             QStringLiteral("Montauban, le 22 novembre 2026"), QStringLiteral("Référence : ") + ref,
             QStringLiteral("Monsieur le Maire"), QStringLiteral("le 15 janvier 2024"),
             // The convention, first copy.
             QStringLiteral("CONVENTION D'HABILITATION INFORMATIQUE"),
             QStringLiteral("Commune de Moissac"), QStringLiteral("Monsieur Romain LOPEZ, Maire"),
             QStringLiteral("3 place Roger Delthil, 82200 MOISSAC"),
             QStringLiteral("Caisse d'allocations familiales de Tarn-et-Garonne"),
             QStringLiteral("Madame Charlotte HUBERT-BOYER, Directrice"),
             QStringLiteral("Article 5"),
             QStringLiteral("Fait en double exemplaire à Montauban, le 14 février 2024"),
             QStringLiteral("ANNEXE 1"), QStringLiteral("Madame BLACHIER Aurélie"),
             QStringLiteral("a.blachier@moissac.fr"), QStringLiteral("Monsieur FONTANIE Sébastien"),
             QStringLiteral("EAJE EAJE - Les Grapillous Route de Laujol 82200 oui oui"),
             QStringLiteral("LAEP LAEP La Môme 23 Faubourg Sainte Blanche 82200 oui non"),
             QStringLiteral("Alsh municipal de Montebello"),
             QStringLiteral("Mme Charlotte HUBERT-BOYER"), QStringLiteral("M. Romain LOPEZ"),
             // The second copy.
             QStringLiteral("CONVENTION D'HABILITATION INFORMATIQUE"),
             QStringLiteral("exemplaire 2 sur 2"), QStringLiteral("ANNEXE 1"),
             QStringLiteral("Alsh municipal de Montebello")});
    }

    void porteDeSavoiePack()
    {
        // Printed before the signature: the date line waits for the pen.
        const QString ref =
            importTo(QStringLiteral("caf-73.json"), QStringLiteral("porte-de-savoie-2025.json"),
                     Step::Issue, QDate(2025, 6, 20));
        const QString pdf = printPack(ref, QStringLiteral("pds.pdf"));
        const QString text = pdfText(pdf);
        const Expected<CafProfile> caf = m_storage->caf(QStringLiteral("73"));
        QVERIFY(caf.ok());
        verifyInOrder(
            text, {caf->name, QStringLiteral("Commune de Porte-de-Savoie"),
                   QStringLiteral("Monsieur Franck VILLAND, Maire"),
                   QStringLiteral("77 PLACE DE LA MAIRIE"), QStringLiteral("73800 PORTE DE SAVOIE"),
                   QStringLiteral("le 10 juin 2025"), QStringLiteral("CONVENTION D'HABILITATION"),
                   QStringLiteral("Commune de Porte-de-Savoie"),
                   QStringLiteral("Fait en double exemplaire à ") + caf->signingTown +
                       QStringLiteral(", le ....."),
                   QStringLiteral("ANNEXE 1"), QStringLiteral("LE CERF Marie-Ange"),
                   QStringLiteral("Responsable Pôle Enfance Education Culture"),
                   QStringLiteral("enfance-education@porte-de-savoie.fr"),
                   QStringLiteral("DUMOULIN Simon"), QStringLiteral("culture@porte-de-savoie.fr"),
                   QStringLiteral("ALSH ALSH Périscolaire Multisites Les Lutins du Granier"),
                   QStringLiteral("Franck VILLAND")});
    }

    void addressInTheWindow()
    {
        const QString ref =
            importTo(QStringLiteral("caf-82.json"), QStringLiteral("moissac-2024.json"),
                     Step::Issue, QDate(2024, 1, 20));
        const QString pdf = printPack(ref, QStringLiteral("window.pdf"));
        const QRectF window = PageSetup().window;
        int found = 0;
        for (const WordBox &w : pdfWords(pdf, 1)) {
            if (w.word != u"DELTHIL" && w.word != u"MOISSAC" && w.word != u"Commune" &&
                w.word != u"LOPEZ,")
                continue;
            // Only the address block's words lie right of the letterhead and above the body.
            if (w.box.top() > window.bottom() + 5)
                continue;
            ++found;
            QVERIFY2(window.contains(w.box), qPrintable(QStringLiteral("%1 at %2,%3 %4×%5 mm")
                                                            .arg(w.word)
                                                            .arg(w.box.left())
                                                            .arg(w.box.top())
                                                            .arg(w.box.width())
                                                            .arg(w.box.height())));
        }
        QCOMPARE(found, 4);
    }

    void envelopeWindowMoves()
    {
        // A Caf whose envelopes have the window on the left gets its address there.
        QVERIFY(m_storage
                    ->saveSetting(QStringLiteral("documents.window"), QStringLiteral("20;50;95;40"))
                    .ok());
        const PageSetup setup = DocumentSettings::pageSetup(*m_storage);
        QCOMPARE(setup.window, QRectF(20, 50, 95, 40));
        QVERIFY(!DocumentSettings::windowFromText(QStringLiteral("150;50;95;40")).ok());
        const QString message =
            DocumentSettings::windowFromText(QStringLiteral("abc")).errorString();
        QVERIFY2(message.contains(QStringLiteral("abc")) &&
                     message.contains(QStringLiteral("fenêtre")),
                 qPrintable(message));
    }

    void markupInNamesPrintsAsText()
    {
        const CafProfile caf = fixtures::caf(QStringLiteral("caf-82.json"));
        QVERIFY(m_storage->saveCaf(caf).ok());
        HabilitationRequest r = fixtures::request(QStringLiteral("moissac-2024.json"));
        r.provider.name = QStringLiteral("<b>Crèche & Cie</b>");
        r.provider.kind = ProviderKind::Entreprise;
        r.provider.siret.clear();
        const Expected<Convention> c = m_storage->importRequest(r);
        QVERIFY2(c.ok(), qPrintable(c.errorString()));
        QVERIFY(
            m_storage->recordStep(c->reference, Step::Check, on(QDate(2024, 1, 20)), kToday).ok());
        const QString text = pdfText(printPack(c->reference, QStringLiteral("markup.pdf")));
        QVERIFY2(text.contains(QStringLiteral("<b>Crèche & Cie</b>")), qPrintable(text.left(400)));
    }

    void amendmentPack()
    {
        const QString ref =
            importTo(QStringLiteral("caf-82.json"), QStringLiteral("moissac-2024.json"),
                     Step::Countersign, QDate(2024, 1, 20));
        AmendmentChanges changes;
        changes.removePersons << QStringLiteral("s.fontanie@moissac.fr");
        changes.removeEstablishments << QStringLiteral("LAEP La Môme");
        const Expected<Amendment> a = m_storage->prepareAmendment(
            ref, changes, QStringLiteral("départ"), QDate(2025, 3, 3), kToday);
        QVERIFY2(a.ok(), qPrintable(a.errorString()));
        const QString text = pdfText(printPack(ref, QStringLiteral("avenant.pdf"), a->number));
        verifyInOrder(text,
                      {QStringLiteral("avenant n° 1"), QStringLiteral("AVENANT N° 1"),
                       QStringLiteral("Ne sont plus habilitées : Monsieur Sébastien FONTANIE"),
                       QStringLiteral("Établissements retirés : LAEP LAEP La Môme (82200)"),
                       QStringLiteral("ANNEXE 1"), QStringLiteral("BLACHIER Aurélie")});
        // The new annex no longer names the person who left.
        const qsizetype annex = text.indexOf(QStringLiteral("ANNEXE 1"));
        QVERIFY(!text.mid(annex).contains(QStringLiteral("FONTANIE Sébastien")));
    }

    void amendmentOfTheRepresentative()
    {
        // A new mayor: the amendment names the new representative before it is signed.
        const QString ref =
            importTo(QStringLiteral("caf-82.json"), QStringLiteral("moissac-2024.json"),
                     Step::Countersign, QDate(2024, 1, 20));
        AmendmentChanges changes;
        Representative mayor;
        mayor.civility = Civility::Madame;
        mayor.firstName = QStringLiteral("Claire");
        mayor.lastName = QStringLiteral("Durand");
        mayor.title = QStringLiteral("Maire");
        changes.representative = mayor;
        const Expected<Amendment> a = m_storage->prepareAmendment(
            ref, changes, QStringLiteral("élections"), QDate(2025, 3, 3), kToday);
        QVERIFY2(a.ok(), qPrintable(a.errorString()));
        const QString text = pdfText(printPack(ref, QStringLiteral("maire.pdf"), a->number));
        verifyInOrder(text,
                      {QStringLiteral("Madame Claire DURAND, Maire"),
                       QStringLiteral("Madame la Maire"), QStringLiteral("AVENANT N° 1"),
                       QStringLiteral("représenté(e) par Madame Claire DURAND, Maire"),
                       QStringLiteral("désormais représenté par Madame Claire DURAND, Maire")});
        QVERIFY(!text.contains(QStringLiteral("Romain LOPEZ")));
    }

    void batchOrderCancelConfirm()
    {
        // Porte-de-Savoie (73800) comes before Moissac (82200) for the post.
        const QString moissac =
            importTo(QStringLiteral("caf-82.json"), QStringLiteral("moissac-2024.json"),
                     Step::Check, QDate(2024, 1, 20));
        const QString savoie =
            importTo(QStringLiteral("caf-73.json"), QStringLiteral("porte-de-savoie-2025.json"),
                     Step::Issue, QDate(2025, 6, 20));
        const Expected<QList<MailingItem>> queue = m_storage->mailingQueue({});
        QVERIFY2(queue.ok(), qPrintable(queue.errorString()));
        QCOMPARE(queue->size(), 2);
        QCOMPARE(queue->at(0).reference, savoie);
        QCOMPARE(queue->at(1).reference, moissac);
        QCOMPARE(m_storage->mailingQueue(QStringLiteral("82"))->size(), 1);

        const auto before = fixtures::rowCounts(m_storage->database());
        {
            // Cancelled after the first pack: an error, no file, nothing recorded.
            Expected<std::unique_ptr<PdfOutput>> pdf =
                PdfOutput::create(path(QStringLiteral("cancel.pdf")), {});
            QVERIFY(pdf.ok());
            QList<int> seen;
            const Expected<BatchResult> r =
                printBatch(*m_storage, Documents(), *queue, (*pdf)->renderer(), kToday,
                           [&seen](int done, int total) {
                               seen << done;
                               Q_UNUSED(total)
                               return done < 1;
                           });
            QVERIFY(!r.ok());
            QVERIFY2(r.errorString().contains(QStringLiteral("annulée")),
                     qPrintable(r.errorString()));
            QCOMPARE(seen, (QList<int>{0, 1}));
        }
        QVERIFY(!QFile::exists(path(QStringLiteral("cancel.pdf"))));
        QCOMPARE(fixtures::rowCounts(m_storage->database()), before);

        Expected<std::unique_ptr<PdfOutput>> pdf =
            PdfOutput::create(path(QStringLiteral("batch.pdf")), {});
        QVERIFY(pdf.ok());
        const Expected<BatchResult> r =
            printBatch(*m_storage, Documents(), *queue, (*pdf)->renderer(), kToday);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r->packs, 2);
        QVERIFY((*pdf)->commit().ok());
        const QString text = pdfText(path(QStringLiteral("batch.pdf")));
        verifyInOrder(text,
                      {QStringLiteral("73800 PORTE DE SAVOIE"), QStringLiteral("82200 MOISSAC")});

        // A batch with an item that cannot be mailed records nothing at all.
        QList<MailingItem> withBad = *queue;
        MailingItem unknown;
        unknown.reference = QStringLiteral("CS-99-2020-0001");
        withBad << unknown;
        const Status refused = m_storage->recordMailing(withBad, on(QDate(2025, 6, 25)), kToday);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QStringLiteral("CS-99-2020-0001")),
                 qPrintable(refused.errorString()));
        QCOMPARE(fixtures::rowCounts(m_storage->database()), before);
        QCOMPARE(m_storage->convention(moissac)->convention.state, ConventionState::Checked);

        // Confirmed: every convention of the batch is mailed, in one go.
        const Status ok = m_storage->recordMailing(*queue, on(QDate(2025, 6, 25)), kToday);
        QVERIFY2(ok.ok(), qPrintable(ok.errorString()));
        for (const QString &ref : {moissac, savoie}) {
            const Convention c = m_storage->convention(ref)->convention;
            QCOMPARE(c.state, ConventionState::Mailed);
            QCOMPARE(c.mailedOn, QDate(2025, 6, 25));
        }
        QVERIFY(m_storage->mailingQueue({})->isEmpty());
    }

    void pdfIsArchivable()
    {
        const QString ref =
            importTo(QStringLiteral("caf-82.json"), QStringLiteral("moissac-2024.json"),
                     Step::Check, QDate(2024, 1, 20));
        QFile f(printPack(ref, QStringLiteral("a1b.pdf")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // PDF/A-1b identification, and fonts embedded (FontFile2: TrueType programs).
        QVERIFY(bytes.contains("pdfaid:part=\"1\""));
        QVERIFY(bytes.contains("pdfaid:conformance=\"B\""));
        QVERIFY(bytes.contains("/FontFile2"));
        // The output intent that says what the colours are (sRGB), with its ICC profile.
        QVERIFY(bytes.contains("/OutputIntent /S /GTS_PDFA1"));
        QVERIFY(bytes.contains("/DestOutputProfile"));

        // qpdf reads the whole structure: objects, cross-reference table, every stream.
        const auto run = [](const QString &program, const QStringList &args) {
            QProcess p;
            p.start(program, args);
            if (!p.waitForFinished(60000))
                qFatal("%s did not finish (scripts/deps.sh installs it)", qPrintable(program));
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() +
                                                                  p.readAllStandardError()));
        };
        const auto [checked, report] =
            run(QStringLiteral("qpdf"), {QStringLiteral("--check"), f.fileName()});
        QVERIFY2(checked == 0 && report.contains(QStringLiteral("No syntax or stream encoding "
                                                                "errors")),
                 qPrintable(report));

        // Every font embedded, as a subset, with the map that gives its text back.
        const auto [listed, fonts] = run(QStringLiteral("pdffonts"), {f.fileName()});
        QCOMPARE(listed, 0);
        const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY2(lines.size() >= 2, qPrintable(fonts)); // regular and bold at least
        for (const QString &line : lines) {
            const QStringList cols = line.simplified().split(u' ');
            QVERIFY2(cols.size() >= 7, qPrintable(line));
            QVERIFY2(cols.at(0).contains(u'+'), qPrintable(line));
            QCOMPARE(
                cols.mid(cols.size() - 5, 3),
                QStringList({QStringLiteral("yes"), QStringLiteral("yes"), QStringLiteral("yes")}));
        }
    }

    void fontWithoutTrueTypeOutlines()
    {
        // A Caf's template may ask for a face with CFF outlines (an .otf): PDF/A-1 cannot
        // embed it as it is, so its glyphs are drawn as outlines, and the page still shows them.
        QFont nimbus(QStringLiteral("Nimbus Sans"));
        nimbus.setPixelSize(40);
        const QRawFont raw = QRawFont::fromFont(nimbus);
        QVERIFY2(raw.familyName() == QStringLiteral("Nimbus Sans") &&
                     raw.fontTable("glyf").isEmpty(),
                 "Nimbus Sans (CFF outlines) is missing: bash scripts/deps.sh");
        PrintPart part;
        part.reference = QStringLiteral("CS-82-2026-0001");
        part.html = QStringLiteral("<p style=\"font-family: 'Nimbus Sans'; font-size: 40pt\">"
                                   "MMMMMMMM</p><p>Fin de page</p>");
        const QString file = path(QStringLiteral("cff.pdf"));
        {
            auto pdf = PdfOutput::create(file, QStringLiteral("cff"));
            QVERIFY(pdf.ok());
            QVERIFY((*pdf)->add(part).ok());
            QVERIFY((*pdf)->commit().ok());
        }
        QProcess check;
        check.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
        QVERIFY(check.waitForFinished(60000));
        QCOMPARE(check.exitCode(), 0);
        QVERIFY(pdfText(file).contains(QStringLiteral("Fin de page")));
        // The big Ms are on the page: the band under the top margin is mostly ink.
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-gray"),
                      QStringLiteral("-singlefile"), QStringLiteral("-png"), file,
                      path(QStringLiteral("cff"))});
        QVERIFY(render.waitForFinished(60000));
        const QImage page(path(QStringLiteral("cff.png")));
        QVERIFY(!page.isNull());
        const double px = 50 / 25.4; // pixels a millimetre
        int ink = 0, total = 0;
        for (int y = int(17 * px); y < int(28 * px); ++y) {
            for (int x = int(22 * px); x < int(60 * px); ++x, ++total)
                ink += qGray(page.pixel(x, y)) < 128;
        }
        QVERIFY2(ink > total / 4, qPrintable(QStringLiteral("%1 of %2").arg(ink).arg(total)));
    }

    void pdfPlacesTextAsQtDoes()
    {
        // The same pack painted by Qt's own PDF engine (the way the printer is driven) and
        // written by Habilis: every word at the same place, within a tenth of a millimetre.
        const QString ref =
            importTo(QStringLiteral("caf-82.json"), QStringLiteral("moissac-2024.json"),
                     Step::Check, QDate(2024, 1, 20));
        const auto facts = Documents::facts(*m_storage, ref, 0, kToday);
        QVERIFY(facts.ok());
        const Expected<QList<PrintPart>> pack = Documents().mailingPack(*facts);
        QVERIFY(pack.ok());
        const QString ours = printPack(ref, QStringLiteral("ours.pdf"));
        const int words = wordsAsQtPlacesThem(*pack, ours);
        QVERIFY2(words > 1000, qPrintable(QString::number(words)));
        // Each line once in each copy: the heading of the annex twice, not more.
        QCOMPARE(pdfText(ours).count(QStringLiteral("ANNEXE 1 à la convention")), 2);
    }

    void facesQtEmboldensOrSlants()
    {
        // A face with no bold and no italic of its own: Qt emboldens and slants it on paper,
        // and the PDF shows it the same.
        const QString family = QStringLiteral("DejaVu Math TeX Gyre");
        QVERIFY2(QRawFont::fromFont(QFont(family)).familyName() == family,
                 "DejaVu Math TeX Gyre is missing (fonts-dejavu-extra): bash scripts/deps.sh");
        PrintPart part;
        part.reference = QStringLiteral("CS-82-2026-0001");
        const QString style = QStringLiteral("font-family: '%1'; font-size: 36pt; ").arg(family);
        part.html = QStringLiteral("<p style=\"%1\">IIIIIIII</p>"
                                   "<p style=\"%1 font-style: italic\">IIIIIIII</p>"
                                   "<p style=\"%1 font-weight: bold\">IIIIIIII</p>")
                        .arg(style);
        const QString ours = path(QStringLiteral("synthetic.pdf"));
        {
            auto pdf = PdfOutput::create(ours, QStringLiteral("synthetic"));
            QVERIFY(pdf.ok());
            QVERIFY((*pdf)->add(part).ok());
            QVERIFY((*pdf)->commit().ok());
        }
        const QString qt = path(QStringLiteral("synthetic-qt.pdf"));
        {
            QPdfWriter writer(qt);
            writer.setResolution(300);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                             QMarginsF(0, 0, 0, 0)));
            PageRenderer renderer(&writer, PageSetup{});
            QVERIFY(renderer.render(part).ok());
            QVERIFY(renderer.finish().ok());
        }
        const QList<Band> mine = inkBands(ours);
        const QList<Band> theirs = inkBands(qt);
        QVERIFY(mine.size() >= 3 && theirs.size() >= 3);
        qInfo("upright: slant %.1f / %.1f px; italic: %.1f / %.1f px; bold ink: %.2f / %.2f "
              "(ours / Qt's)",
              mine[0].slant, theirs[0].slant, mine[1].slant, theirs[1].slant,
              double(mine[2].ink) / mine[0].ink, double(theirs[2].ink) / theirs[0].ink);
        QVERIFY(std::abs(mine[0].slant) < 1.5);
        QVERIFY(theirs[1].slant > 4);
        QVERIFY(std::abs(mine[1].slant - theirs[1].slant) < 0.35 * theirs[1].slant);
        const double bold = double(mine[2].ink) / mine[0].ink;
        const double qtBold = double(theirs[2].ink) / theirs[0].ink;
        QVERIFY(qtBold > 1.15);
        QVERIFY(std::abs(bold - qtBold) < 0.5 * (qtBold - 1));
        // Drawn twice, the bold line is still one line of text.
        QCOMPARE(pdfText(ours).count(QStringLiteral("IIIIIIII")), 3);
    }

    void aLongBatchIsOneValidFile()
    {
        // 2 500 pages, two streams each, the second shared by all: a page tree of nodes small
        // enough for PDF/A-1 (no array over 8191 elements), read whole by qpdf and poppler.
        const QString file = path(QStringLiteral("long.pdf"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        pdf::Writer writer(&out, QStringLiteral("long"), 300);
        pdf::Content shared;
        shared.ops = "0 0 0 rg 100 100 200 200 re f\n";
        const int sharedStream = writer.addContent(shared);
        for (int i = 0; i < 2500; ++i) {
            pdf::Content own;
            own.ops = "0.5 0.5 0.5 rg " + QByteArray::number(i % 2000) + " 400 50 50 re f\n";
            QVERIFY(writer.addPage({writer.addContent(own), sharedStream}));
        }
        QVERIFY(writer.finish());
        out.close();
        const QByteArray bytes = [&] {
            QFile f(file);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        static const QRegularExpression kids(QStringLiteral("/Kids \\[([^\\]]*)\\]"));
        int arrays = 0;
        for (auto it = kids.globalMatch(QString::fromLatin1(bytes)); it.hasNext(); ++arrays) {
            const qsizetype refs = it.next().captured(1).count(QStringLiteral(" R"));
            QVERIFY2(refs <= 1000, qPrintable(QString::number(refs)));
        }
        QCOMPARE(arrays, 4); // the root and three nodes
        QProcess check;
        check.start(QStringLiteral("qpdf"), {QStringLiteral("--check"), file});
        QVERIFY(check.waitForFinished(60000));
        QCOMPARE(check.exitCode(), 0);
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {file});
        QVERIFY(info.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+2500\\b"))));
    }

    void pdfOfACafsOwnMarkup()
    {
        // What a Caf's own template may hold beyond ours: numbered lists (their numbers are
        // painted by Qt's layout, not in the text), superscripts and subscripts, a table with
        // a header row over two pages, a half-transparent colour.
        QString html = QStringLiteral(
            "<p>Le 1<sup>er</sup> mars, H<sub>2</sub>O, M<sup>me</sup> Dupont.</p>"
            "<ol><li>premier point</li><li>deuxième point</li></ol>"
            "<ol style=\"list-style-type: upper-roman\"><li>alpha</li><li>beta</li>"
            "<li>gamma</li><li>delta</li></ol>"
            "<p style=\"color: rgba(0, 0, 255, 50%)\">Texte bleu pâle</p>"
            "<table border=\"1\"><thead><tr><th>Nom</th><th>Courriel</th></tr></thead>");
        for (int i = 1; i <= 90; ++i)
            html += QStringLiteral("<tr><td>Personne %1</td><td>p%1@exemple.fr</td></tr>").arg(i);
        html += QStringLiteral("</table>");
        PrintPart part;
        part.reference = QStringLiteral("CS-82-2026-0001");
        part.title = QStringLiteral("Essai");
        part.html = html;
        const QString ours = path(QStringLiteral("markup.pdf"));
        {
            auto pdf = PdfOutput::create(ours, QStringLiteral("markup"));
            QVERIFY(pdf.ok());
            QVERIFY((*pdf)->add(part).ok());
            QVERIFY((*pdf)->pageCount() >= 2);
            QVERIFY((*pdf)->commit().ok());
        }
        const int words = wordsAsQtPlacesThem({part}, ours);
        QVERIFY(words > 200);
        // The header row once, on the first page: not repeated, on paper as in the PDF.
        QCOMPARE(pdfText(ours).count(QStringLiteral("Nom Courriel")), 1);
        verifyInOrder(pdfText(ours),
                      {QStringLiteral("1. premier point"), QStringLiteral("2. deuxième point"),
                       QStringLiteral("I. alpha"), QStringLiteral("IV. delta"),
                       QStringLiteral("Texte bleu pâle"), QStringLiteral("Personne 90")});
    }
};

HABILIS_TEST_MAIN_IMPL(QGuiApplication, TestDocuments)
#include "tst_documents.moc"

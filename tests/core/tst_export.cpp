#include "fixtures.h"
#include "io/csv.h"
#include "io/habilitationexport.h"
#include "testmain.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace habilis;

namespace {

const QDate kToday(2026, 11, 22);
const QString kCreche = QStringLiteral("<b>Crèche & Cie</b>");
const QString kFormula = QStringLiteral("=HYPERLINK(\"x\")");

StepInput on(QDate d)
{
    StepInput in;
    in.date = d;
    return in;
}

/// Where the spreadsheet is read back: a python3 that has openpyxl (Debian's, installed by
/// scripts/deps.sh), else empty.
QString pythonWithOpenpyxl()
{
    QStringList candidates{QStringLiteral("/usr/bin/python3"),
                           QStandardPaths::findExecutable(QStringLiteral("python3"))};
    for (const QString &python : std::as_const(candidates)) {
        if (python.isEmpty() || !QFileInfo::exists(python))
            continue;
        QProcess p;
        p.start(python, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
        if (p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
            return python;
    }
    return {};
}

// Reads the first sheet back with openpyxl: values as text (dates as DD/MM/YYYY), cell types,
// frozen panes, autofilter, column widths, header fonts.
const char *const kReadXlsx = R"(
import datetime, json, sys
import openpyxl
from openpyxl.utils import get_column_letter
ws = openpyxl.load_workbook(sys.argv[1]).active
rows, types = [], []
for row in ws.iter_rows():
    values, kinds = [], []
    for c in row:
        v = c.value
        if isinstance(v, datetime.datetime):
            v = v.strftime('%d/%m/%Y')
        elif v is None:
            v = ''
        values.append(v)
        kinds.append(c.data_type)
    rows.append(values)
    types.append(kinds)
print(json.dumps({
    'sheet': ws.title, 'rows': rows, 'types': types, 'freeze': ws.freeze_panes,
    'filter': ws.auto_filter.ref,
    'widths': [ws.column_dimensions[get_column_letter(i + 1)].width for i in range(ws.max_column)],
    'bold': [bool(c.font.b) for c in ws[1]],
    'dateFormat': ws.cell(2, ws.max_column).number_format}))
)";

} // namespace

class TestExport : public QObject {
    Q_OBJECT

    std::unique_ptr<SqlStorage> m_storage;
    QTemporaryDir m_dir;
    QString m_crecheRef;
    QString m_marmotsRef;
    QString m_python;

    static bool record(SqlStorage &s, const QString &ref, Step step, const StepInput &in)
    {
        const auto c = s.recordStep(ref, step, in, kToday);
        if (!c)
            qWarning("%s", qPrintable(c.errorString()));
        return c.ok();
    }

    /// Check, issue, mail, return and countersign: in force from `signedOn`.
    static bool toInForce(SqlStorage &s, const QString &ref, QDate received, QDate signedOn)
    {
        StepInput ret = on(signedOn.addDays(-2));
        ret.signatory = QStringLiteral("Le représentant");
        ret.signedOn = signedOn.addDays(-4);
        StepInput counter = on(signedOn);
        counter.signatory = QStringLiteral("La directrice");
        return record(s, ref, Step::Check, on(received.addDays(1))) &&
               record(s, ref, Step::Issue, on(received.addDays(2))) &&
               record(s, ref, Step::Mail, on(received.addDays(3))) &&
               record(s, ref, Step::Return, ret) && record(s, ref, Step::Countersign, counter);
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QStringList neutralised(QStringList row)
    {
        for (QString &v : row) {
            if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v.at(0)))
                v.prepend(u'\'');
        }
        return row;
    }

    /// The habilitations in force on 1 October 2025, written out by hand from the fixtures.
    QList<QStringList> expectedOn1October2025() const
    {
        QList<QStringList> rows;
        const QStringList creche{m_crecheRef, QStringLiteral("73"), kCreche, QString()};
        const QStringList calins{QStringLiteral("EAJE"),
                                 QStringLiteral("Crèche Les Câlins"),
                                 QStringLiteral("12 rue de la Gare"),
                                 QStringLiteral("73000"),
                                 QStringLiteral("Chambéry"),
                                 QStringLiteral("oui"),
                                 QStringLiteral("oui"),
                                 QStringLiteral("01/09/2025")};
        rows << creche +
                    QStringList{QStringLiteral("Monsieur"), QStringLiteral("-2"),
                                QStringLiteral("Léon"), QStringLiteral("Gérant"),
                                QStringLiteral("leon@creche-cie.fr")} +
                    calins;
        rows << creche +
                    QStringList{QStringLiteral("Madame"), kFormula, QStringLiteral("+1"),
                                QStringLiteral("@x"), QStringLiteral("direction@creche-cie.fr")} +
                    calins;
        // Moissac after amendment 1 (1 May 2025): Aurélie BLACHIER, ten establishments.
        const HabilitationRequest moissac = fixtures::request(QStringLiteral("moissac-2024.json"));
        const QStringList order{QStringLiteral("ALAE de Chabré"),
                                QStringLiteral("ALAE de Firmin Bouisset"),
                                QStringLiteral("ALAE de Louis Gardes"),
                                QStringLiteral("ALAE de Mathaly"),
                                QStringLiteral("ALAE du Sarlac"),
                                QStringLiteral("Alsh municipal de Montebello"),
                                QStringLiteral("CENTRE DE LOISIRS MUNICIPAL ADOLESCENTS"),
                                QStringLiteral("Crèche-Halte Garderie Bulle de bébés - Centre "
                                               "social du Sarlac"),
                                QStringLiteral("EAJE - Les Grapillous"),
                                QStringLiteral("MicroCrèche ACHON")};
        for (const QString &name : order) {
            const auto it = std::find_if(
                moissac.establishments.cbegin(), moissac.establishments.cend(),
                [&](const AnnexEstablishment &ae) { return ae.establishment.name == name; });
            if (it == moissac.establishments.cend())
                qFatal("%s is not in moissac-2024.json", qPrintable(name));
            const Establishment &e = it->establishment;
            rows << QStringList{
                QStringLiteral("CS-82-2024-0001"),
                QStringLiteral("82"),
                QStringLiteral("Commune de Moissac"),
                QStringLiteral("218201127"),
                QStringLiteral("Madame"),
                QStringLiteral("BLACHIER"),
                QStringLiteral("Aurélie"),
                QString(),
                QStringLiteral("a.blachier@moissac.fr"),
                e.type,
                e.name,
                e.address,
                e.postcode,
                e.town,
                it->scope.functioning ? QStringLiteral("oui") : QStringLiteral("non"),
                it->scope.availability ? QStringLiteral("oui") : QStringLiteral("non"),
                QStringLiteral("01/05/2025")};
        }
        const QStringList lutins{
            QStringLiteral("ALSH"),
            QStringLiteral("ALSH Périscolaire Multisites Les Lutins du Granier"),
            QString(),
            QStringLiteral("73800"),
            QStringLiteral("Porte-de-Savoie"),
            QStringLiteral("oui"),
            QStringLiteral("non"),
            QStringLiteral("29/07/2025")};
        const QStringList porte{QStringLiteral("CS-73-2025-0001"), QStringLiteral("73"),
                                QStringLiteral("Commune de Porte-de-Savoie"),
                                QStringLiteral("200083681")};
        rows << porte +
                    QStringList{QString(), QStringLiteral("DUMOULIN"), QStringLiteral("Simon"),
                                QStringLiteral("Coordinateur périscolaire / culture"),
                                QStringLiteral("culture@porte-de-savoie.fr")} +
                    lutins;
        rows << porte +
                    QStringList{QString(), QStringLiteral("LE CERF"), QStringLiteral("Marie-Ange"),
                                QStringLiteral("Responsable Pôle Enfance Education Culture"),
                                QStringLiteral("enfance-education@porte-de-savoie.fr")} +
                    lutins;
        return rows;
    }

    HabilitationList listOn(QDate day, HabilitationFilter filter = {})
    {
        filter.date = day;
        Expected<HabilitationList> list = HabilitationExport::habilitations(*m_storage, filter);
        if (!list)
            qFatal("%s", qPrintable(list.errorString()));
        return std::move(list).value();
    }

    /// The people and establishments of a list, "LAST NAME / establishment".
    static QStringList who(const HabilitationList &list)
    {
        QStringList names;
        for (const HabilitationRow &r : list.rows)
            names << r.person.lastName + QStringLiteral(" / ") + r.establishment.name;
        return names;
    }

    QString pdfText(const QString &file, int page = 0)
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            return QStringLiteral("pdftotext is missing (poppler-utils): bash scripts/deps.sh");
        QStringList args;
        if (page > 0) {
            args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
                 << QString::number(page);
        }
        QProcess p;
        p.start(pdftotext, args << file << QStringLiteral("-"));
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return QStringLiteral("pdftotext failed: ") +
                   QString::fromUtf8(p.readAllStandardError());
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto opened = fixtures::openDatabase(QStringLiteral(":memory:"));
        QVERIFY(opened.ok());
        m_storage = std::move(opened).value();
        SqlStorage &s = *m_storage;
        QVERIFY(s.saveCaf(fixtures::caf(QStringLiteral("caf-82.json"))).ok());
        QVERIFY(s.saveCaf(fixtures::caf(QStringLiteral("caf-73.json"))).ok());
        QVERIFY(s.importRequest(fixtures::request(QStringLiteral("moissac-2024.json"))).ok());
        QVERIFY(
            s.importRequest(fixtures::request(QStringLiteral("porte-de-savoie-2025.json"))).ok());

        // A provider whose names look like markup and formulas.
        HabilitationRequest creche = fixtures::request(QStringLiteral("porte-de-savoie-2025.json"));
        creche.receivedOn = QDate(2025, 8, 1);
        creche.provider.kind = ProviderKind::Entreprise;
        creche.provider.name = kCreche;
        creche.provider.siret.clear();
        creche.provider.email = QStringLiteral("contact@creche-cie.fr");
        creche.provider.address.town = QStringLiteral("Chambéry");
        creche.provider.address.postcode = QStringLiteral("73000");
        creche.persons = {Person{0, 0, Civility::Madame, kFormula, QStringLiteral("+1"),
                                 QStringLiteral("@x"), QStringLiteral("direction@creche-cie.fr")},
                          Person{0, 0, Civility::Monsieur, QStringLiteral("-2"),
                                 QStringLiteral("Léon"), QStringLiteral("Gérant"),
                                 QStringLiteral("leon@creche-cie.fr")}};
        Establishment calins;
        calins.type = QStringLiteral("EAJE");
        calins.name = QStringLiteral("Crèche Les Câlins");
        calins.address = QStringLiteral("12 rue de la Gare");
        calins.postcode = QStringLiteral("73000");
        calins.town = QStringLiteral("Chambéry");
        creche.establishments = {AnnexEstablishment{calins, Scope{true, true}}};
        const auto c = s.importRequest(creche);
        QVERIFY2(c.ok(), qPrintable(c.errorString()));
        m_crecheRef = c->reference;

        // A request never signed: not in force, its annex is the one to be signed.
        HabilitationRequest marmots = creche;
        marmots.receivedOn = QDate(2025, 9, 10);
        marmots.provider.kind = ProviderKind::Association;
        marmots.provider.name = QStringLiteral("Association Les Marmots");
        marmots.provider.email = QStringLiteral("contact@marmots.fr");
        marmots.provider.address.town = QStringLiteral("Aix-les-Bains");
        marmots.provider.address.postcode = QStringLiteral("73100");
        marmots.persons = {Person{0, 0, Civility::Madame, QStringLiteral("MARTIN"),
                                  QStringLiteral("Julie"), QString(),
                                  QStringLiteral("julie@marmots.fr")}};
        Establishment mam;
        mam.type = QStringLiteral("MAM");
        mam.name = QStringLiteral("MAM Les Marmots");
        mam.postcode = QStringLiteral("73100");
        mam.town = QStringLiteral("Aix-les-Bains");
        marmots.establishments = {AnnexEstablishment{mam, Scope{true, false}}};
        const auto m = s.importRequest(marmots);
        QVERIFY2(m.ok(), qPrintable(m.errorString()));
        m_marmotsRef = m->reference;

        const QString moissac = QStringLiteral("CS-82-2024-0001");
        QVERIFY(toInForce(s, moissac, QDate(2024, 1, 15), QDate(2024, 3, 1)));
        QVERIFY(toInForce(s, QStringLiteral("CS-73-2025-0001"), QDate(2025, 6, 10),
                          QDate(2025, 7, 29)));
        QVERIFY(toInForce(s, m_crecheRef, creche.receivedOn, QDate(2025, 9, 1)));

        // Sébastien FONTANIE and the LAEP leave Moissac's annex on 1 May 2025 (amendment 1).
        AmendmentChanges leave;
        leave.removePersons << QStringLiteral("s.fontanie@moissac.fr");
        leave.removeEstablishments << QStringLiteral("LAEP La Môme");
        QVERIFY(
            s.prepareAmendment(moissac, leave, QStringLiteral("Départ"), QDate(2025, 4, 10), kToday)
                .ok());
        QVERIFY(s.recordAmendmentStep(moissac, 1, Step::Mail, on(QDate(2025, 4, 11)), kToday).ok());
        StepInput ret = on(QDate(2025, 4, 25));
        ret.signatory = QStringLiteral("Romain LOPEZ, Maire");
        ret.signedOn = QDate(2025, 4, 22);
        QVERIFY(s.recordAmendmentStep(moissac, 1, Step::Return, ret, kToday).ok());
        StepInput counter = on(QDate(2025, 5, 1));
        counter.signatory = QStringLiteral("La directrice");
        QVERIFY(s.recordAmendmentStep(moissac, 1, Step::Countersign, counter, kToday).ok());
        // Notice received on 2 December 2024: Moissac ends on 1 March 2026.
        StepInput notice = on(QDate(2024, 12, 2));
        notice.terminatedBy = QStringLiteral("provider");
        notice.registeredLetter = QStringLiteral("1A 234 567 8901 2");
        QVERIFY(record(s, moissac, Step::Terminate, notice));
        QCOMPARE(s.convention(moissac)->convention.terminatedOn, QDate(2026, 3, 1));

        m_python = pythonWithOpenpyxl();
    }

    void columns()
    {
        QCOMPARE(HabilitationExport::headers().join(u';'),
                 QStringLiteral("Référence;Caf;Fournisseur;SIRET;Civilité;Nom;Prénom;Fonction;"
                                "Courriel;Type;Établissement;Adresse;Code postal;Commune;"
                                "Fonctionnement;Disponibilités;En vigueur depuis"));
        QCOMPARE(HabilitationExport::formatFromPath(QStringLiteral("/tmp/a.XLSX")),
                 std::optional(ExportFormat::Xlsx));
        QCOMPARE(HabilitationExport::formatFromPath(QStringLiteral("liste.csv")),
                 std::optional(ExportFormat::Csv));
        QCOMPARE(HabilitationExport::formatFromCode(QStringLiteral(" PDF")),
                 std::optional(ExportFormat::Pdf));
        QVERIFY(!HabilitationExport::formatFromPath(QStringLiteral("liste.xls")));
        QVERIFY(!HabilitationExport::formatFromPath(QStringLiteral("liste")));
    }

    void rowsInForce()
    {
        const HabilitationList list = listOn(QDate(2025, 10, 1));
        QList<QStringList> cells;
        for (const HabilitationRow &r : list.rows)
            cells << HabilitationExport::cells(r);
        QCOMPARE(cells, expectedOn1October2025());
        QCOMPARE(list.title, QStringLiteral("Habilitations en vigueur au 01/10/2025"));
        QCOMPARE(list.subtitle, QStringLiteral("14 lignes"));
        QCOMPARE(list.rows.at(2).annexVersion, 2);
        QCOMPARE(list.rows.at(2).inForceSince, QDate(2025, 5, 1));
    }

    void csvReadsBack()
    {
        const HabilitationList list = listOn(QDate(2025, 10, 1));
        const QString file = path(QStringLiteral("habilitations.csv"));
        const Status written = HabilitationExport::writeCsv(list, file);
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // UTF-8 with BOM, ';', CRLF and nothing else as line end.
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFR\xC3\xA9"
                                 "f\xC3\xA9rence;Caf;Fournisseur;"));
        QCOMPARE(bytes.count("\r\n"), 15);
        QCOMPARE(bytes.count('\n'), 15);
        QVERIFY(bytes.endsWith("\r\n"));
        // The very bytes Csv::write makes of the same table.
        QList<QStringList> table{HabilitationExport::headers()};
        for (const HabilitationRow &r : list.rows)
            table << HabilitationExport::cells(r);
        QCOMPARE(bytes, Csv::write(table));
        // Formulas neutralised, quotes doubled, markup kept as text.
        QVERIFY2(bytes.contains(";\"'=HYPERLINK(\"\"x\"\")\";'+1;'@x;direction@creche-cie.fr;"),
                 bytes.constData());
        QVERIFY(bytes.contains(";Monsieur;'-2;L\xC3\xA9on;"));
        QVERIFY(bytes.contains(";<b>Cr\xC3\xA8"
                               "che & Cie</b>;"));

        const auto records = Csv::parse(bytes);
        QVERIFY2(records.ok(), qPrintable(records.errorString()));
        QCOMPARE(records->size(), 15);
        QCOMPARE(records->first().fields, HabilitationExport::headers());
        QList<QStringList> rows;
        for (qsizetype i = 1; i < records->size(); ++i)
            rows << records->at(i).fields;
        QList<QStringList> expected;
        for (const QStringList &r : expectedOn1October2025())
            expected << neutralised(r);
        QCOMPARE(rows, expected);
    }

    void xlsxReadsBack()
    {
        if (m_python.isEmpty())
            QFAIL("python3 with openpyxl is missing (python3-openpyxl): bash scripts/deps.sh");
        const HabilitationList list = listOn(QDate(2025, 10, 1));
        const QString file = path(QStringLiteral("habilitations.xlsx"));
        const Status written = HabilitationExport::writeXlsx(list, file);
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
        // Written beside the target and renamed: no temporary file is left.
        QCOMPARE(QDir(m_dir.path())
                     .entryList({QStringLiteral(".habilis-*")}, QDir::Hidden | QDir::Files),
                 QStringList());

        QProcess p;
        p.start(m_python, {QStringLiteral("-c"), QString::fromUtf8(kReadXlsx), file});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("sheet")).toString(), QStringLiteral("Habilitations"));
        QCOMPARE(o.value(QStringLiteral("freeze")).toString(), QStringLiteral("A2"));
        QCOMPARE(o.value(QStringLiteral("filter")).toString(), QStringLiteral("A1:Q15"));
        QCOMPARE(o.value(QStringLiteral("dateFormat")).toString(), QStringLiteral("dd/mm/yyyy"));
        for (const QJsonValue &b : o.value(QStringLiteral("bold")).toArray())
            QVERIFY(b.toBool());

        QList<QStringList> rows;
        for (const QJsonValue &row : o.value(QStringLiteral("rows")).toArray()) {
            QStringList cells;
            for (const QJsonValue &v : row.toArray())
                cells << v.toString();
            rows << cells;
        }
        QCOMPARE(rows.size(), 15);
        QCOMPARE(rows.takeFirst(), HabilitationExport::headers());
        // The exact values: nothing neutralised, since a string cell is never a formula.
        QCOMPARE(rows, expectedOn1October2025());
        const QJsonArray types = o.value(QStringLiteral("types")).toArray();
        for (qsizetype r = 1; r < types.size(); ++r) {
            const QJsonArray t = types.at(r).toArray();
            for (qsizetype c = 0; c < t.size(); ++c) {
                if (rows.at(r - 1).at(c).isEmpty())
                    continue;
                QCOMPARE(t.at(c).toString(), c == 16 ? QStringLiteral("d") : QStringLiteral("s"));
            }
        }
        QCOMPARE(rows.at(1).at(5), kFormula);
        // Widths fit the content: the longest email, the longest establishment.
        const QJsonArray widths = o.value(QStringLiteral("widths")).toArray();
        QCOMPARE(widths.size(), 17);
        QVERIFY(widths.at(8).toDouble() >=
                QStringLiteral("enfance-education@porte-de-savoie.fr").size());
        QVERIFY(widths.at(10).toDouble() >=
                QStringLiteral("ALSH Périscolaire Multisites Les Lutins du Granier").size());
        QVERIFY(widths.at(1).toDouble() < widths.at(2).toDouble());
    }

    void pdfPrintsText()
    {
        const HabilitationList list = listOn(QDate(2025, 10, 1));
        const QString file = path(QStringLiteral("habilitations.pdf"));
        const Status written = HabilitationExport::writePdf(list, file);
        QVERIFY2(written.ok(), qPrintable(written.errorString()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("pdfaid:part")); // PDF/A-1b
        const QString text = pdfText(file);
        for (const QString &part : {QStringLiteral("Habilitations en vigueur au 01/10/2025"),
                                    QStringLiteral("Établissement"), QStringLiteral("BLACHIER"),
                                    QStringLiteral("Page 1 sur 1")})
            QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in:\n") + text));
        // Markup and formulas are printed as the characters they are.
        HabilitationFilter chambery;
        chambery.town = QStringLiteral("chambéry");
        const QString crecheFile = path(QStringLiteral("chambery.pdf"));
        QVERIFY(
            HabilitationExport::writePdf(listOn(QDate(2025, 10, 1), chambery), crecheFile).ok());
        const QString crecheText = pdfText(crecheFile);
        for (const QString &part : {kCreche, kFormula, QStringLiteral("leon@creche-cie.fr"),
                                    QStringLiteral("commune : chambéry ; 2 lignes")})
            QVERIFY2(crecheText.contains(part),
                     qPrintable(part + QStringLiteral(" not in:\n") + crecheText));

        // The annex of one convention: the provider in the title lines, as text too.
        const auto annex = HabilitationExport::annex(*m_storage, m_crecheRef, QDate(2025, 10, 1));
        QVERIFY(annex.ok());
        const QString annexFile = path(QStringLiteral("annexe.pdf"));
        QVERIFY(HabilitationExport::writePdf(*annex, annexFile).ok());
        const QString annexText = pdfText(annexFile);
        QVERIFY2(annexText.contains(QStringLiteral("Annexe 1 — ") + m_crecheRef),
                 qPrintable(annexText));
        QVERIFY2(annexText.contains(kCreche + QStringLiteral(" — version 1, en vigueur depuis le "
                                                             "01/09/2025 — 2 lignes")),
                 qPrintable(annexText));
    }

    void pdfRepeatsTheHeader()
    {
        HabilitationList list = listOn(QDate(2025, 10, 1));
        const QList<HabilitationRow> rows = list.rows;
        for (int i = 0; i < 30; ++i)
            list.rows << rows;
        const QString file = path(QStringLiteral("long.pdf"));
        QVERIFY(HabilitationExport::writePdf(list, file).ok());
        const QString first = pdfText(file, 1);
        const QRegularExpression pages(QStringLiteral("Page 1 sur (\\d+)"));
        const auto match = pages.match(first);
        QVERIFY2(match.hasMatch(), qPrintable(first));
        const int count = match.captured(1).toInt();
        QVERIFY(count >= 3);
        for (int page = 2; page <= count; ++page) {
            const QString text = pdfText(file, page);
            for (const QString &part :
                 {list.title, QStringLiteral("Établissement"), QStringLiteral("Disponibilités"),
                  QStringLiteral("Page %1 sur %2").arg(page).arg(count)})
                QVERIFY2(text.contains(part),
                         qPrintable(part + QStringLiteral(" not in:\n") + text));
        }
    }

    void filters()
    {
        HabilitationFilter f;
        f.town = QStringLiteral("CHAMBERY");
        QCOMPARE(who(listOn(QDate(2025, 10, 1), f)),
                 (QStringList{QStringLiteral("-2 / Crèche Les Câlins"),
                              kFormula + QStringLiteral(" / Crèche Les Câlins")}));
        f.town = QStringLiteral("porte de savoie");
        QCOMPARE(listOn(QDate(2025, 10, 1), f).rows.size(), 2);
        f.town = QStringLiteral("Moissac");
        QCOMPARE(listOn(QDate(2025, 10, 1), f).rows.size(), 10);
        f = {};
        f.type = QStringLiteral("eaje");
        const HabilitationList eaje = listOn(QDate(2025, 10, 1), f);
        QCOMPARE(eaje.rows.size(), 5); // Les Câlins twice, three of Moissac's
        for (const HabilitationRow &r : eaje.rows)
            QCOMPARE(r.establishment.type, QStringLiteral("EAJE"));
        QCOMPARE(eaje.subtitle, QStringLiteral("type : EAJE ; 5 lignes"));
        f = {};
        f.provider = QStringLiteral("CRECHE");
        QCOMPARE(listOn(QDate(2025, 10, 1), f).rows.size(), 2);
        f.provider = QStringLiteral("commune de");
        QCOMPARE(listOn(QDate(2025, 10, 1), f).rows.size(), 12);
        f = {};
        f.cafDepartement = QStringLiteral("73");
        const HabilitationList savoie = listOn(QDate(2025, 10, 1), f);
        QCOMPARE(savoie.rows.size(), 4);
        QCOMPARE(savoie.title,
                 QStringLiteral("Habilitations en vigueur au 01/10/2025 — Caf de la Savoie"));
        f = {};
        f.reference = QStringLiteral("cs-73-2025-0001");
        QCOMPARE(listOn(QDate(2025, 10, 1), f).rows.size(), 2);
        // An unknown Caf is an error, not an empty list.
        f = {};
        f.cafDepartement = QStringLiteral("74");
        f.date = QDate(2025, 10, 1);
        const auto unknown = HabilitationExport::habilitations(*m_storage, f);
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.errorString().contains(QStringLiteral("74")),
                 qPrintable(unknown.errorString()));
    }

    void datesOfTheAnnexes()
    {
        // Before the amendment: both persons of Moissac, eleven establishments.
        HabilitationFilter moissac;
        moissac.reference = QStringLiteral("CS-82-2024-0001");
        const HabilitationList before = listOn(QDate(2025, 4, 30), moissac);
        QCOMPARE(before.rows.size(), 22);
        QVERIFY(who(before).contains(QStringLiteral("FONTANIE / LAEP La Môme")));
        // From its effective date, the person who left is absent.
        const HabilitationList after = listOn(QDate(2025, 5, 1), moissac);
        QCOMPARE(after.rows.size(), 10);
        for (const HabilitationRow &r : after.rows) {
            QCOMPARE(r.person.lastName, QStringLiteral("BLACHIER"));
            QCOMPARE(r.annexVersion, 2);
        }
        // Not in force before the countersignature.
        QCOMPARE(listOn(QDate(2024, 2, 29), moissac).rows.size(), 0);
        QCOMPARE(listOn(QDate(2024, 3, 1), moissac).rows.size(), 22);
        // The terminated convention, present on its last day and absent from its end, before
        // and after the day is settled.
        QCOMPARE(listOn(QDate(2026, 2, 28), moissac).rows.size(), 10);
        QCOMPARE(listOn(QDate(2026, 3, 1), moissac).rows.size(), 0);
        QCOMPARE(*m_storage->settle(QDate(2026, 3, 1)), 1);
        QCOMPARE(m_storage->convention(moissac.reference)->convention.state,
                 ConventionState::Terminated);
        QCOMPARE(listOn(QDate(2026, 2, 28), moissac).rows.size(), 10);
        QCOMPARE(listOn(QDate(2026, 3, 1), moissac).rows.size(), 0);
        QCOMPARE(listOn(QDate(2026, 3, 1)).rows.size(), 4);
        // Never signed: never in force.
        HabilitationFilter marmots;
        marmots.reference = m_marmotsRef;
        QCOMPARE(listOn(kToday, marmots).rows.size(), 0);
    }

    void annexOfOneConvention()
    {
        // In force: the version of the day.
        auto a = HabilitationExport::annex(*m_storage, QStringLiteral("cs-82-2024-0001"),
                                           QDate(2025, 4, 30));
        QVERIFY2(a.ok(), qPrintable(a.errorString()));
        QCOMPARE(a->title, QStringLiteral("Annexe 1 — CS-82-2024-0001"));
        QCOMPARE(a->subtitle, QStringLiteral("Commune de Moissac — version 1, en vigueur depuis "
                                             "le 01/03/2024 — 22 lignes"));
        QCOMPARE(a->sheet, QStringLiteral("Annexe 1"));
        a = HabilitationExport::annex(*m_storage, QStringLiteral("CS-82-2024-0001"),
                                      QDate(2025, 5, 1));
        QCOMPARE(a->rows.size(), 10);
        // After its end, the last annex, said to be over.
        a = HabilitationExport::annex(*m_storage, QStringLiteral("CS-82-2024-0001"),
                                      QDate(2026, 6, 1));
        QCOMPARE(a->rows.size(), 10);
        QVERIFY2(a->subtitle.contains(QStringLiteral("version 2, en vigueur depuis le 01/05/2025 "
                                                     "(la convention a pris fin le 01/03/2026)")),
                 qPrintable(a->subtitle));
        // Before the signature: the annex to be signed.
        a = HabilitationExport::annex(*m_storage, m_marmotsRef, kToday);
        QVERIFY(a.ok());
        QCOMPARE(a->rows.size(), 1);
        QCOMPARE(a->rows.first().person.lastName, QStringLiteral("MARTIN"));
        QVERIFY(!a->rows.first().inForceSince.isValid());
        QCOMPARE(a->subtitle,
                 QStringLiteral("Association Les Marmots — version 1, à signer — 1 ligne"));
        QCOMPARE(HabilitationExport::cells(a->rows.first()).constLast(), QString());

        const auto unknown = HabilitationExport::annex(*m_storage, QStringLiteral("CS-00"));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.errorString().contains(QStringLiteral("« CS-00 »")),
                 qPrintable(unknown.errorString()));
    }

    void failuresWriteNothing_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(ExportFormat::Csv);
        QTest::newRow("xlsx") << int(ExportFormat::Xlsx);
        QTest::newRow("pdf") << int(ExportFormat::Pdf);
    }
    void failuresWriteNothing()
    {
        QFETCH(int, format);
        const HabilitationList list = listOn(QDate(2025, 10, 1));
        const QString missing = path(QStringLiteral("absent/liste"));
        const Status s = HabilitationExport::write(list, ExportFormat(format), missing);
        QVERIFY(!s.ok());
        QVERIFY2(s.errorString().startsWith(missing + QStringLiteral(" : ")),
                 qPrintable(s.errorString()));
        QVERIFY(!QFileInfo::exists(missing));
        // An existing file is replaced whole.
        const QString existing = path(QStringLiteral("remplace"));
        QFile f(existing);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(200000, 'x'));
        f.close();
        QVERIFY(HabilitationExport::write(list, ExportFormat(format), existing).ok());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(5);
        QVERIFY(head == "\xEF\xBB\xBFR\xC3" || head == "PK\x03\x04\x14" || head == "%PDF-");
        QVERIFY(!f.readAll().contains("xxxxxxxxxx"));
        f.close();
        QFile::remove(existing);
    }
};

HABILIS_TEST_MAIN_IMPL(QGuiApplication, TestExport)

#include "tst_export.moc"

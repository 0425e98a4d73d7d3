#include "fixtures.h"
#include "testmain.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>

using namespace habilis;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &args, const QString &db = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HABILIS_LANG"), QStringLiteral("fr"));
        env.remove(QStringLiteral("HABILIS_DB"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HABILIS_CLI),
                fixtures::cliDatabase(db.isEmpty() ? m_db : db) + args);
        if (!p.waitForFinished(60000))
            qFatal("habilis-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QMap<QString, int> counts()
    {
        auto s = fixtures::openDatabase(m_db);
        if (!s)
            qFatal("%s", qPrintable(s.errorString()));
        return fixtures::rowCounts((*s)->database());
    }

    QString writeFile(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(data);
        return path;
    }

    static QString fixture(const char *name)
    {
        return QStringLiteral(HABILIS_FIXTURES "/") + QLatin1String(name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli.sqlite"));
    }

    void cafProfiles()
    {
        Run r = cli({QStringLiteral("caf"), QStringLiteral("set"), QStringLiteral("--from"),
                     fixture("caf-82.json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Caf de Tarn-et-Garonne")),
                 qPrintable(r.out + r.err));
        r = cli({QStringLiteral("caf"), QStringLiteral("set"), QStringLiteral("--from"),
                 fixture("caf-73.json")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("caf"), QStringLiteral("set"), QStringLiteral("--departement"),
                 QStringLiteral("73"), QStringLiteral("--phone"),
                 QStringLiteral("04 79 70 00 00")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("caf"), QStringLiteral("show"), QStringLiteral("73")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Monsieur Vincent CLERC, Directeur")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("73023 CHAMBÉRY CEDEX")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("04 79 70 00 00")), qPrintable(r.out));
        r = cli({QStringLiteral("caf"), QStringLiteral("show"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("departement"))
                     .toString(),
                 QStringLiteral("82"));
        r = cli({QStringLiteral("caf"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("* 82")));
    }

    void badCafInput()
    {
        const auto before = counts();
        Run r = cli({QStringLiteral("caf"), QStringLiteral("set"), QStringLiteral("--departement"),
                     QStringLiteral("73"), QStringLiteral("--email"), QStringLiteral("caf73@")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Caf, courriel : « caf73@ »")), qPrintable(r.err));
        r = cli({QStringLiteral("caf"), QStringLiteral("set"), QStringLiteral("--departement"),
                 QStringLiteral("99"), QStringLiteral("--name"), QStringLiteral("X")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("« 99 »")), qPrintable(r.err));
        QCOMPARE(counts(), before);
    }

    void importSeedRequests()
    {
        Run r = cli(
            {QStringLiteral("request"), QStringLiteral("import"), fixture("moissac-2024.json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("CS-82-2024-0001")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("2 personnes")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("11 établissements")), qPrintable(r.out));
        r = cli({QStringLiteral("request"), QStringLiteral("import"),
                 fixture("porte-de-savoie-2025.json"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .object()
                     .value(QStringLiteral("reference"))
                     .toString(),
                 QStringLiteral("CS-73-2025-0001"));
    }

    void listAndFilters()
    {
        Run r = cli({QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.indexOf(QStringLiteral("CS-73-2025-0001")) <
                r.out.indexOf(QStringLiteral("CS-82-2024-0001")));
        QVERIFY(r.out.contains(QStringLiteral("Demande reçue")));
        r = cli({QStringLiteral("list"), QStringLiteral("--text"), QStringLiteral("AURELIE"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("provider")).toString(),
                 QStringLiteral("Commune de Moissac"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("establishments")).toInt(), 11);
        r = cli({QStringLiteral("list"), QStringLiteral("--town"),
                 QStringLiteral("porte de savoie"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
        r = cli({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("in-force")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Aucune convention")));
        r = cli({QStringLiteral("list"), QStringLiteral("--provider"), QStringLiteral("moissac"),
                 QStringLiteral("--caf"), QStringLiteral("82")});
        QVERIFY(r.out.contains(QStringLiteral("CS-82-2024-0001")));
        r = cli({QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("signed")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("« signed »")), qPrintable(r.err));
    }

    void showWithDates()
    {
        // Signed on 1 March 2024, as the seed says.
        {
            auto s = fixtures::openDatabase(m_db);
            QVERIFY(s.ok());
            QSqlQuery q((*s)->database());
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE conventions SET state = 'in-force', signed_on = '2024-03-01' "
                "WHERE reference = 'CS-82-2024-0001'")));
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE annex_versions SET valid_from = '2024-03-01' WHERE convention_id = "
                "(SELECT id FROM conventions WHERE reference = 'CS-82-2024-0001')")));
        }
        Run r =
            cli({QStringLiteral("show"), QStringLiteral("CS-82-2024-0001"),
                 QStringLiteral("--date"), QStringLiteral("22/11/2026"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject d = o.value(QStringLiteral("dates")).toObject();
        QCOMPARE(d.value(QStringLiteral("effective")).toString(), QStringLiteral("2024-03-01"));
        QCOMPARE(d.value(QStringLiteral("nextAnniversary")).toString(),
                 QStringLiteral("2027-03-01"));
        QCOMPARE(d.value(QStringLiteral("noticeDeadline")).toString(),
                 QStringLiteral("2026-12-01"));
        QCOMPARE(d.value(QStringLiteral("currentPeriod"))
                     .toObject()
                     .value(QStringLiteral("index"))
                     .toInt(),
                 3);
        QCOMPARE(d.value(QStringLiteral("inForce")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("annex"))
                     .toObject()
                     .value(QStringLiteral("persons"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(o.value(QStringLiteral("provider"))
                     .toObject()
                     .value(QStringLiteral("siret"))
                     .toString(),
                 QStringLiteral("218201127"));

        r = cli({QStringLiteral("show"), QStringLiteral("CS-82-2024-0001"),
                 QStringLiteral("--date"), QStringLiteral("2026-12-02")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("01/03/2027")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Madame Aurélie BLACHIER <a.blachier@moissac.fr>")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("EAJE - Les Grapillous, Route de Laujol, 82200 "
                                               "Moissac [fonctionnement, disponibilités]")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("show"), QStringLiteral("CS-00-0000-0000")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("« CS-00-0000-0000 »")), qPrintable(r.err));
        r = cli({QStringLiteral("show"), QStringLiteral("CS-82-2024-0001"),
                 QStringLiteral("--date"), QStringLiteral("31/02/2026")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("« 31/02/2026 »")), qPrintable(r.err));
    }

    void badRequests_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        const QJsonObject good = fixtures::readJson(QStringLiteral("porte-de-savoie-2025.json"));
        const auto variant = [&good](const std::function<void(QJsonObject &)> &change) {
            QJsonObject o = good;
            o[QStringLiteral("provider")] =
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("association")},
                            {QStringLiteral("name"), QStringLiteral("Les Lutins")},
                            {QStringLiteral("representative"),
                             good[QStringLiteral("provider")][QStringLiteral("representative")]},
                            {QStringLiteral("address"),
                             good[QStringLiteral("provider")][QStringLiteral("address")]}};
            change(o);
            return QJsonDocument(o).toJson();
        };
        QTest::newRow("malformed JSON")
            << QByteArray("{\n  \"format\": \"habilis-request/1\",\n  \"caf\": 73 73\n}")
            << QStringList{QStringLiteral("bad.json, ligne 3"), QStringLiteral("JSON")};
        QTest::newRow("missing field")
            << variant([](QJsonObject &o) { o.remove(QStringLiteral("received")); })
            << QStringList{QStringLiteral("received"), QStringLiteral("obligatoire")};
        QTest::newRow("wrong type")
            << variant([](QJsonObject &o) { o[QStringLiteral("persons")] = 3; })
            << QStringList{QStringLiteral("persons"), QStringLiteral("un tableau"),
                           QStringLiteral("un nombre")};
        QTest::newRow("wrong type in a person") << variant([](QJsonObject &o) {
            QJsonArray a = o[QStringLiteral("persons")].toArray();
            QJsonObject p = a[0].toObject();
            p[QStringLiteral("email")] = true;
            a[0] = p;
            o[QStringLiteral("persons")] = a;
        }) << QStringList{QStringLiteral("persons[1].email"), QStringLiteral("un booléen")};
        QTest::newRow("invalid SIRET") << variant([](QJsonObject &o) {
            QJsonObject p = o[QStringLiteral("provider")].toObject();
            p[QStringLiteral("siret")] = QStringLiteral("200083682");
            o[QStringLiteral("provider")] = p;
        }) << QStringList{QStringLiteral("SIRET"), QStringLiteral("« 200083682 »")};
        QTest::newRow("duplicate person")
            << variant([](QJsonObject &o) {
                   QJsonArray a = o[QStringLiteral("persons")].toArray();
                   a.append(a[0]);
                   o[QStringLiteral("persons")] = a;
               })
            << QStringList{QStringLiteral("personne 3"),
                           QStringLiteral("enfance-education@porte-de-savoie.fr"),
                           QStringLiteral("déjà")};
        QTest::newRow("unknown establishment type") << variant([](QJsonObject &o) {
            QJsonArray a = o[QStringLiteral("establishments")].toArray();
            QJsonObject e = a[0].toObject();
            e[QStringLiteral("type")] = QStringLiteral("garderie");
            a[0] = e;
            o[QStringLiteral("establishments")] = a;
        }) << QStringList{QStringLiteral("établissement 1, type"), QStringLiteral("« GARDERIE »")};
        QTest::newRow("bad date") << variant([](QJsonObject &o) {
            o[QStringLiteral("received")] = QStringLiteral("2025-13-01");
        }) << QStringList{QStringLiteral("received"), QStringLiteral("« 2025-13-01 »")};
        QTest::newRow("unknown Caf")
            << variant([](QJsonObject &o) { o[QStringLiteral("caf")] = QStringLiteral("74"); })
            << QStringList{QStringLiteral("« 74 »"), QStringLiteral("caf set")};
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << QStringList{QStringLiteral("objet JSON")};
    }
    void badRequests()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const QString file = writeFile(QStringLiteral("bad.json"), json);
        const auto before = counts();
        const Run r = cli({QStringLiteral("request"), QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("habilis-cli : erreur : ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("bad.json")), qPrintable(r.err));
        for (const QString &part : expected)
            QVERIFY2(r.err.contains(part), qPrintable(r.err));
        QCOMPARE(counts(), before);
    }

    void missingFile()
    {
        const Run r = cli({QStringLiteral("request"), QStringLiteral("import"),
                           m_dir.filePath(QStringLiteral("none.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("none.json")), qPrintable(r.err));
    }

    void importEstablishmentsCsv()
    {
        Run r = cli({QStringLiteral("establishments"), QStringLiteral("import"),
                     fixture("establishments-porte-de-savoie.csv"), QStringLiteral("--provider"),
                     QStringLiteral("200 083 681")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 établissement(s) créé(s), 0 mis à jour")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("establishments"), QStringLiteral("list"),
                 QStringLiteral("--provider"), QStringLiteral("200083681"),
                 QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 3);
        // Again: nothing new.
        r = cli({QStringLiteral("establishments"), QStringLiteral("import"),
                 fixture("establishments-porte-de-savoie.csv"), QStringLiteral("--provider"),
                 QStringLiteral("200083681")});
        QVERIFY2(r.out.contains(
                     QStringLiteral("0 établissement(s) créé(s), 0 mis à jour, 2 inchangé(s)")),
                 qPrintable(r.out));
    }

    void badCsv_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("broken quote")
            << QByteArray("type;nom;code_postal;commune\r\nEAJE;\"Les Lutins;73800;Francin\r\n")
            << QStringList{QStringLiteral("bad.csv"), QStringLiteral("ligne 2"),
                           QStringLiteral("guillemet")};
        QTest::newRow("bad postcode on line 3")
            << QByteArray("type;nom;code_postal;commune\r\nRPE;A;73800;B\r\nRPE;C;738OO;D\r\n")
            << QStringList{QStringLiteral("bad.csv, ligne 3"), QStringLiteral("« 738OO »")};
        QTest::newRow("unknown type")
            << QByteArray("type;nom;code_postal;commune\r\nCRECHE;A;73800;B\r\n")
            << QStringList{QStringLiteral("bad.csv, ligne 2"), QStringLiteral("« CRECHE »")};
    }
    void badCsv()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, expected);
        const QString file = writeFile(QStringLiteral("bad.csv"), csv);
        const auto before = counts();
        const Run r = cli({QStringLiteral("establishments"), QStringLiteral("import"), file,
                           QStringLiteral("--provider"), QStringLiteral("200083681")});
        QCOMPARE(r.exitCode, 1);
        for (const QString &part : expected)
            QVERIFY2(r.err.contains(part), qPrintable(r.err));
        QCOMPARE(counts(), before);
    }

    void unknownProvider()
    {
        const Run r = cli({QStringLiteral("establishments"), QStringLiteral("list"),
                           QStringLiteral("--provider"), QStringLiteral("123456789")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("« 123456789 »")), qPrintable(r.err));
    }

    void types()
    {
        Run r = cli({QStringLiteral("types"), QStringLiteral("set"), QStringLiteral("LUDO"),
                     QStringLiteral("--label"), QStringLiteral("Ludothèque")});
        QCOMPARE(r.exitCode, 0);
        r = cli({QStringLiteral("types"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("LUDO  Ludothèque")));
        QVERIFY(r.out.contains(QStringLiteral(
            "EAJE  Établissement d'accueil du jeune enfant (publie des disponibilités)")));
    }

    void journal()
    {
        Run r = cli({QStringLiteral("journal"), QStringLiteral("--ref"),
                     QStringLiteral("CS-82-2024-0001"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        // The import, then the tacit renewals of every anniversary of 1 March 2024 passed today
        // (habilis-cli journals them when it opens the database).
        QStringList renewals;
        for (int k = 1; QDate(2024, 3, 1).addYears(k) <= QDate::currentDate(); ++k)
            renewals << QDate(2024, 3, 1).addYears(k).toString(Qt::ISODate);
        QCOMPARE(a.size(), 1 + renewals.size());
        for (int i = 0; i < renewals.size(); ++i) {
            QCOMPARE(a.at(1 + i)[QStringLiteral("action")].toString(),
                     QStringLiteral("convention.renewed"));
            QCOMPARE(a.at(1 + i)[QStringLiteral("after")].toString(), renewals.at(i));
        }
        QCOMPARE(a.at(0).toObject().value(QStringLiteral("actor")).toString(),
                 SqlStorage::systemLogin());
        QCOMPARE(a.at(0).toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("request.import"));
        r = cli({QStringLiteral("journal"), QStringLiteral("--date"),
                 QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy"))});
        QVERIFY(r.out.contains(QStringLiteral("caf.save")));
        QVERIFY(r.out.contains(QStringLiteral("establishment.create")));
    }

    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QStringList>("command");
        for (const char *c : {"caf set",
                              "caf show",
                              "caf list",
                              "caf default",
                              "request import",
                              "list",
                              "show",
                              "establishments import",
                              "establishments list",
                              "types list",
                              "types set",
                              "journal",
                              "demo",
                              "step",
                              "history",
                              "todo",
                              "settings reminder-delay",
                              "amend",
                              "amendment",
                              "activate",
                              "credentials reset",
                              "credentials notify",
                              "credentials list",
                              "habilitations export",
                              "settings password-length",
                              "settings two-emails",
                              "settings smtp"})
            QTest::newRow(c) << QString::fromLatin1(c).split(u' ');
    }
    void helpOnEveryCommand()
    {
        QFETCH(QStringList, command);
        const Run r = cli(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("habilis-cli ") + command.join(u' ')),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("--db")), qPrintable(r.out));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        const auto args = [](const char *text) {
            return QString::fromUtf8(text).split(u'|');
        };
        QTest::newRow("caf default, unknown")
            << args("caf|default|74") << 1 << QStringLiteral("« 74 »");
        QTest::newRow("caf set, bad civility")
            << args("caf|set|--director-civility|docteur") << 1 << QStringLiteral("« docteur »");
        QTest::newRow("caf set, bad cedex")
            << args("caf|set|--cedex|peut-être") << 1 << QStringLiteral("« peut-être »");
        QTest::newRow("caf set, missing file") << args("caf|set|--from|/nonexistent/caf.json") << 1
                                               << QStringLiteral("/nonexistent/caf.json");
        QTest::newRow("caf show, unknown") << args("caf|show|2C") << 1 << QStringLiteral("« 2C »");
        QTest::newRow("types set, bad code")
            << args("types|set|A B|--label|x") << 1 << QStringLiteral("« A B »");
        QTest::newRow("types set, no label")
            << args("types|set|LUDO2") << 1 << QStringLiteral("libellé");
        QTest::newRow("journal, bad date")
            << args("journal|--date|hier") << 2 << QStringLiteral("« hier »");
        QTest::newRow("list, bad limit") << args("list|--limit|-3") << 2 << QStringLiteral("-3");
        QTest::newRow("demo, bad scale")
            << args("demo|--scale|huge") << 2 << QStringLiteral("« huge »");
        QTest::newRow("show, missing reference")
            << args("show") << 2 << QStringLiteral("show --help");
        QTest::newRow("establishments, no provider")
            << args("establishments|list") << 2 << QStringLiteral("--provider");
        QTest::newRow("request, two files")
            << args("request|import|a.json|b.json") << 2 << QStringLiteral("request import --help");
    }
    void badArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const auto before = counts();
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QCOMPARE(counts(), before);
    }

    void usage()
    {
        Run r = cli({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.contains(QStringLiteral("Commandes")));
        r = cli({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("« frobnicate »")), qPrintable(r.err));
        r = cli({QStringLiteral("list"), QStringLiteral("--colour")});
        QCOMPARE(r.exitCode, 2);
        r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("show"),
                 QStringLiteral("CS-0")});
        QVERIFY2(r.err.contains(QStringLiteral("No convention has the reference \"CS-0\"")),
                 qPrintable(r.err));
    }

    void usesTheDatabaseOfTheWindow()
    {
        // A workstation of its own: the window remembered the file its first run chose.
        QTemporaryDir home;
        const QString remembered = home.filePath(QStringLiteral("sauvegarde/caf82.sqlite"));
        const QString standard = home.filePath(QStringLiteral("data/habilis/habilis.sqlite"));
        const QString conf = home.filePath(QStringLiteral("config/habilis/habilis.conf"));
        QSettings(conf, QSettings::IniFormat).setValue(QStringLiteral("database/path"), remembered);
        QVERIFY(SqlStorage::open(remembered).ok()); // created by the first run
        const auto run = [&](const QStringList &args, const QString &habilisDb = {}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("HABILIS_LANG"), QStringLiteral("fr"));
            env.insert(QStringLiteral("HOME"), home.path());
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
            env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
            env.remove(QStringLiteral("HABILIS_DB"));
            if (!habilisDb.isEmpty())
                env.insert(QStringLiteral("HABILIS_DB"), habilisDb);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(HABILIS_CLI), args);
            if (!p.waitForFinished(60000))
                qFatal("habilis-cli did not finish");
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };

        // Without --db, the remembered file: the one the window shows.
        Run r = run({QStringLiteral("caf"), QStringLiteral("set"), QStringLiteral("--from"),
                     fixture("caf-82.json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(remembered));
        QVERIFY(!QFileInfo::exists(standard));
        {
            auto s = SqlStorage::open(remembered);
            QVERIFY(s.ok());
            QCOMPARE((*s)->defaultCaf(), QStringLiteral("82"));
        }
        r = run({QStringLiteral("--help")});
        QVERIFY2(r.out.contains(remembered), qPrintable(r.out));

        // HABILIS_DB comes first, --db before it.
        const QString fromEnv = home.filePath(QStringLiteral("env.sqlite"));
        r = run({QStringLiteral("caf"), QStringLiteral("list")}, fromEnv);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(QStringLiteral("82")), qPrintable(r.out));
        QVERIFY(QFileInfo::exists(fromEnv));
        r = run({QStringLiteral("--db"), remembered, QStringLiteral("caf"), QStringLiteral("list")},
                fromEnv);
        QVERIFY2(r.out.contains(QStringLiteral("* 82")), qPrintable(r.out));

        // The remembered file gone (a network drive not mounted): refused, not made anew.
        QVERIFY(QFile::rename(remembered, remembered + QStringLiteral(".moved")));
        r = run({QStringLiteral("caf"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(remembered), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(remembered));
        QVERIFY(!QFileInfo::exists(standard));

        // Nothing remembered: the user's data folder.
        QVERIFY(QFile::remove(conf));
        r = run({QStringLiteral("caf"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(QStringLiteral("82")), qPrintable(r.out));
        QVERIFY(QFileInfo::exists(standard));
    }

    void lifeThroughTheCommandLine()
    {
        const QString ref = QStringLiteral("CS-73-2025-0001");
        const auto step = [&](const QString &args) {
            return cli(QStringList{QStringLiteral("step"), ref} + args.split(u'|'));
        };
        QCOMPARE(step(QStringLiteral("check|--date|11/06/2025")).exitCode, 0);
        QCOMPARE(step(QStringLiteral("issue|--date|12/06/2025")).exitCode, 0);
        Run r = step(QStringLiteral("mail|--date|13/06/2025|--tracking|2C 123 456 7890 1"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Envoi pour signature le 13/06/2025")),
                 qPrintable(r.out));
        // Countersigning before the signed copy is back is refused, and writes nothing.
        const auto before = counts();
        r = step(
            QStringLiteral("countersign|--date|29/07/2025|--signatory|Vincent CLERC, Directeur"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("« Envoyée pour signature »")), qPrintable(r.err));
        QCOMPARE(counts(), before);
        r = step(QStringLiteral("return|--date|28/07/2025|--signed-on|25/07/2025|--signatory|"
                                "Franck VILLAND, Maire|--deliberation-on|15/10/2025|"
                                "--prefecture-ack|073-200083681-20251015-15102025D14"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("« 073-200083681-20251015-15102025D14 »")),
                 qPrintable(r.err));
        r = step(QStringLiteral("return|--date|28/07/2025|--signed-on|25/07/2025|--signatory|"
                                "Franck VILLAND, Maire|--deliberation-on|15/10/2025|"
                                "--prefecture-ack|073-200083681-20251015-15102025D14-DE"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = step(
            QStringLiteral("countersign|--date|29/07/2025|--signatory|Vincent CLERC, Directeur"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("En vigueur")), qPrintable(r.out));
        QCOMPARE(step(QStringLiteral("activate|--date|01/08/2025")).exitCode, 0);

        r = cli({QStringLiteral("show"), ref, QStringLiteral("--date"),
                 QStringLiteral("2026-11-22"), QStringLiteral("--json")});
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("dates"))
                     .toObject()
                     .value(QStringLiteral("nextAnniversary"))
                     .toString(),
                 QStringLiteral("2027-07-29"));
        QCOMPARE(o.value(QStringLiteral("annex"))
                     .toObject()
                     .value(QStringLiteral("validFrom"))
                     .toString(),
                 QStringLiteral("2025-07-29"));

        r = cli({QStringLiteral("history"), ref});
        QCOMPARE(r.exitCode, 0);
        for (const char *line :
             {"10/06/2025  Demande reçue", "13/06/2025  Envoi pour signature (2C 123 456 7890 1)",
              "073-200083681-20251015-15102025D14-DE", "29/07/2025  Contresignature par la Caf",
              "01/08/2025  Activation de l'habilitation  — "})
            QVERIFY2(r.out.contains(QString::fromUtf8(line)), qPrintable(r.out));
        // The journal names the OS account, not what the environment claims.
        QVERIFY2(r.out.contains(QStringLiteral("Activation de l'habilitation  — ") +
                                SqlStorage::systemLogin()),
                 qPrintable(r.out));

        // Simon DUMOULIN leaves: the quick amendment.
        r = cli({QStringLiteral("amend"), ref, QStringLiteral("--date"),
                 QStringLiteral("01/09/2025"), QStringLiteral("--remove-person"),
                 QStringLiteral("culture@porte-de-savoie.fr"), QStringLiteral("--reason"),
                 QStringLiteral("Départ de l'agent")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("CS-73-2025-0001, avenant 1 préparé")),
                 qPrintable(r.out));
        r = cli({QStringLiteral("amend"), ref, QStringLiteral("--add-person"),
                 QStringLiteral("Dr;X;Y;;x@y.fr")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("« Dr;X;Y;;x@y.fr »")), qPrintable(r.err));
        const auto amendment = [&](const QString &args) {
            return cli(QStringList{QStringLiteral("amendment"), ref, QStringLiteral("1")} +
                       args.split(u'|'));
        };
        QCOMPARE(amendment(QStringLiteral("mail|--date|02/09/2025")).exitCode, 0);
        QCOMPARE(amendment(QStringLiteral("return|--date|10/09/2025|--signed-on|08/09/"
                                          "2025|--signatory|Franck VILLAND, Maire"))
                     .exitCode,
                 0);
        r = amendment(
            QStringLiteral("countersign|--date|15/09/2025|--signatory|Vincent CLERC, Directeur"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        for (const auto &[day, persons] :
             {std::pair{"2025-09-14", 2}, std::pair{"2025-09-15", 1}}) {
            r = cli({QStringLiteral("show"), ref, QStringLiteral("--date"), QLatin1String(day),
                     QStringLiteral("--json")});
            QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                         .object()[QStringLiteral("annex")][QStringLiteral("persons")]
                         .toArray()
                         .size(),
                     persons);
        }
        r = cli({QStringLiteral("history"), ref});
        QVERIFY2(r.out.contains(QStringLiteral("01/09/2025  Avenant 1 préparé")),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("culture@porte-de-savoie.fr")), qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("15/09/2025  Avenant 1 : Contresignature par la Caf")),
            qPrintable(r.out));

        // Notice from the provider, received on 2 May 2026: too late for 2026, ends in 2027.
        r = step(
            QStringLiteral("terminate|--date|02/05/2026|--by|provider|--letter|1A 234 567 8901 2|"
                           "--sent-on|30/04/2026"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("La convention prend fin le 29/07/2027")),
                 qPrintable(r.out));
        r = step(QStringLiteral("terminate|--date|03/05/2026|--by|caf|--letter|1A"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("02/05/2026")), qPrintable(r.err));
        r = step(QStringLiteral("sign"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("« sign »")), qPrintable(r.err));
    }

    void workList()
    {
        // Moissac: in force since 1 March 2024, never activated; its notice deadline is near.
        Run r =
            cli({QStringLiteral("todo"), QStringLiteral("--date"), QStringLiteral("22/11/2026")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Habilitations à activer (1)")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("CS-82-2024-0001")), qPrintable(r.out));
        r = cli({QStringLiteral("todo"), QStringLiteral("--date"), QStringLiteral("2026-11-22"),
                 QStringLiteral("--json")});
        QStringList kinds;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
            kinds << v[QStringLiteral("kind")].toString() + u' ' +
                         v[QStringLiteral("due")].toString();
        QCOMPARE(kinds, (QStringList{QStringLiteral("activate 2024-03-01"),
                                     QStringLiteral("notice 2026-12-01")}));
        r = cli(
            {QStringLiteral("settings"), QStringLiteral("reminder-delay"), QStringLiteral("45")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("45 jours")), qPrintable(r.out));
        r = cli(
            {QStringLiteral("settings"), QStringLiteral("reminder-delay"), QStringLiteral("400")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("« 400 »")), qPrintable(r.err));
    }

    void demoRefusesAFullDatabase()
    {
        const Run r = cli({QStringLiteral("demo")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("2 conventions")), qPrintable(r.err));
        // The way to an empty database of the engine in use.
        QVERIFY2(r.err.contains(fixtures::testPostgres().isEmpty() ? QStringLiteral("--db")
                                                                   : QStringLiteral("--pg")),
                 qPrintable(r.err));
        const Run small =
            cli({QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("small")},
                m_dir.filePath(QStringLiteral("demo.sqlite")));
        QVERIFY2(small.exitCode == 0, qPrintable(small.err));
        QVERIFY2(small.out.contains(QStringLiteral("60 conventions")), qPrintable(small.out));
    }

    void credentialsThroughTheCommandLine()
    {
        const QString db = m_dir.filePath(QStringLiteral("credentials.sqlite"));
        const QString ref = QStringLiteral("CS-82-2024-0001");
        const auto run = [&](const QString &args) {
            return cli(args.split(u'|'), db);
        };
        QString everything; // all the standard output and error of the commands
        const auto ok = [&](const QString &args) {
            const Run r = run(args);
            everything += r.out + r.err;
            if (r.exitCode != 0)
                qWarning("%s: %s", qPrintable(args), qPrintable(r.err));
            return r;
        };
        QCOMPARE(ok(QStringLiteral("caf|set|--from|") + fixture("caf-82.json")).exitCode, 0);
        QCOMPARE(ok(QStringLiteral("request|import|") + fixture("moissac-2024.json")).exitCode, 0);
        for (const char *step :
             {"check|--date|16/01/2024", "issue|--date|20/01/2024", "mail|--date|22/01/2024",
              "return|--date|28/02/2024|--signed-on|26/02/2024|--signatory|Romain LOPEZ, Maire",
              "countersign|--date|01/03/2024|--signatory|Charlotte HUBERT-BOYER, Directrice"}) {
            QCOMPARE(ok(QStringLiteral("step|") + ref + u'|' + QLatin1String(step)).exitCode, 0);
        }

        // Settings: checked, named in French, nothing written when wrong.
        Run r = run(QStringLiteral("settings|password-length|7"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("longueur du mot de passe : « 7 » : donnez un "
                                               "nombre entier de 8 à 64.")),
                 qPrintable(r.err));
        r = run(QStringLiteral("settings|password-length|--help"));
        QVERIFY2(r.out.contains(QStringLiteral("CNIL")) && r.out.contains(QStringLiteral("12")),
                 qPrintable(r.out));
        r = ok(QStringLiteral("settings|password-length|10"));
        QVERIFY2(r.out.contains(QStringLiteral("10 caractères")), qPrintable(r.out));
        r = run(QStringLiteral("settings|smtp|--host|smtp.caf82.example|--security|ssl"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("sécurité SMTP : « ssl »")), qPrintable(r.err));
        r = ok(QStringLiteral("settings|smtp"));
        QVERIFY2(r.out.contains(QStringLiteral("Pas de relais SMTP")), qPrintable(r.out));

        // Activation: drafts, one per person; the passwords are shown nowhere else.
        const QString drafts = m_dir.filePath(QStringLiteral("cli-drafts"));
        r = ok(QStringLiteral("activate|") + ref + QStringLiteral("|--date|04/03/2024|--drafts|") +
               drafts);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("identifiant 82-ablachier")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("2 personnes prévenues")), qPrintable(r.out));
        QVERIFY(QDir(drafts).entryList({QStringLiteral("*.eml")}).size() == 2);
        r = run(QStringLiteral("activate|") + ref + QStringLiteral("|--drafts|") + drafts);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("0 personne prévenue")), qPrintable(r.out));

        r = ok(QStringLiteral("credentials|reset|") + ref +
               QStringLiteral("|a.blachier@moissac.fr|--drafts|") + drafts);
        QVERIFY2(r.out.contains(QStringLiteral("nouveau mot de passe")), qPrintable(r.out));
        r = run(QStringLiteral("credentials|reset|") + ref + QStringLiteral("|inconnu@moissac.fr"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("courriel : « inconnu@moissac.fr »")),
                 qPrintable(r.err));

        // Sébastien FONTANIE leaves and Julie MARTIN comes: she gets her password at the
        // countersignature.
        QCOMPARE(ok(QStringLiteral("amend|") + ref +
                    QStringLiteral("|--remove-person|s.fontanie@moissac.fr|--add-person|madame;"
                                   "MARTIN;Julie;Assistante;j.martin@moissac.fr|--date|"
                                   "02/11/2026"))
                     .exitCode,
                 0);
        QCOMPARE(
            ok(QStringLiteral("amendment|") + ref + QStringLiteral("|1|mail|--date|03/11/2026"))
                .exitCode,
            0);
        QCOMPARE(ok(QStringLiteral("amendment|") + ref +
                    QStringLiteral("|1|return|--date|10/11/2026|--signed-on|09/11/2026|"
                                   "--signatory|Romain LOPEZ, Maire"))
                     .exitCode,
                 0);
        r = ok(QStringLiteral("amendment|") + ref +
               QStringLiteral("|1|countersign|--date|12/11/2026|--signatory|Charlotte "
                              "HUBERT-BOYER, Directrice|--drafts|") +
               drafts);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("identifiant 82-jmartin, ajout par avenant")),
                 qPrintable(r.out));

        r = ok(QStringLiteral("credentials|list|") + ref + QStringLiteral("|--json"));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 4);
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("reset"));
        for (const QJsonValue &v : list) {
            QCOMPARE(v.toObject().value(QStringLiteral("channel")).toString(),
                     QStringLiteral("draft"));
            QVERIFY(v.toObject().value(QStringLiteral("mustChange")).toBool());
        }
        r = ok(QStringLiteral("credentials|list|") + ref);
        QVERIFY2(r.out.contains(QStringLiteral("à changer à la première connexion, brouillon "
                                               "écrit le")),
                 qPrintable(r.out));

        // The national export: who is habilitated on a day.
        const QString csvPath = m_dir.filePath(QStringLiteral("habilitations.csv"));
        r = ok(QStringLiteral("habilitations|export|--date|11/11/2026|--out|") + csvPath);
        QVERIFY2(r.out.contains(QStringLiteral("22 habilitations en vigueur le 11/11/2026")),
                 qPrintable(r.out));
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "identifiant;civilité;nom;prénom;courriel;"));
        QVERIFY(bytes.contains("82-sfontanie;M.;FONTANIE;Sébastien;s.fontanie@moissac.fr;"
                               "CS-82-2024-0001;82;Commune de Moissac;218201127;EAJE;"
                               "EAJE - Les Grapillous;82200;Moissac;;oui;oui;04/03/2024\r\n"));
        r = ok(QStringLiteral("habilitations|export|--date|12/11/2026"));
        QVERIFY(!r.out.contains(QStringLiteral("s.fontanie@moissac.fr")));
        QVERIFY(r.out.contains(QStringLiteral(
            "82-jmartin;Mme;MARTIN;Julie;j.martin@moissac.fr;CS-82-2024-0001;82;Commune de "
            "Moissac;218201127;ALSH;ALAE du Sarlac;82200;Moissac;;oui;non;12/11/2026\r\n")));

        // The passwords: in the drafts only; not in the database, its journal, nor anything
        // the commands wrote.
        QStringList passwords;
        QDirIterator it(drafts, {QStringLiteral("*.eml")}, QDir::Files);
        const QRegularExpression re(QStringLiteral("Votre mot de passe provisoire : (\\w+)"));
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString m = re.match(QString::fromUtf8(f.readAll())).captured(1);
            QCOMPARE(m.size(), 10);
            passwords << m;
        }
        QCOMPARE(passwords.size(), 4);
        const Run journal = run(QStringLiteral("journal|--json"));
        QVERIFY(journal.out.contains(QStringLiteral("credentials.issue")));
        const QByteArray data = fixtures::storedBytes(*fixtures::database(db));
        QVERIFY(data.contains("a.blachier@moissac.fr")); // what it holds, it is read
        for (const QString &p : std::as_const(passwords)) {
            QVERIFY2(!data.contains(p.toLatin1()), qPrintable(p));
            QVERIFY2(!journal.out.contains(p), qPrintable(p));
            QVERIFY2(!everything.contains(p), qPrintable(p));
        }
    }
};

HABILIS_TEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"

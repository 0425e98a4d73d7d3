#include "io/csv.h"
#include "io/establishmentcsv.h"
#include "testmain.h"

#include <QFile>

using namespace habilis;

namespace {
QList<EstablishmentType> types()
{
    return {{QStringLiteral("EAJE"), QStringLiteral("EAJE"), true},
            {QStringLiteral("RPE"), QStringLiteral("RPE"), false}};
}
} // namespace

class TestCsv : public QObject {
    Q_OBJECT
private slots:
    void parseFrenchSpreadsheet()
    {
        const QByteArray data =
            "\xEF\xBB\xBFnom;ville\r\n\"Crèche \"\"Les Lutins\"\"; multi\";Chambéry\r\n"
            "\"deux\nlignes\";Aix\r\n\r\n";
        const auto records = Csv::parse(data);
        QVERIFY2(records.ok(), qPrintable(records.errorString()));
        QCOMPARE(records->size(), 3);
        QCOMPARE(records->at(0).fields,
                 QStringList({QStringLiteral("nom"), QStringLiteral("ville")}));
        QCOMPARE(records->at(1).fields.at(0), QStringLiteral("Crèche \"Les Lutins\"; multi"));
        QCOMPARE(records->at(1).fields.at(1), QStringLiteral("Chambéry"));
        QCOMPARE(records->at(2).fields.at(0), QStringLiteral("deux\nlignes"));
        QCOMPARE(records->at(2).line, 3);
    }

    void parseCommasAndNoBom()
    {
        const auto records = Csv::parse("a,b\n1,\"2,5\"\n");
        QVERIFY(records.ok());
        QCOMPARE(records->at(1).fields, QStringList({QStringLiteral("1"), QStringLiteral("2,5")}));
    }

    void brokenQuotes_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("line");
        QTest::newRow("never closed")
            << QByteArray("a;b\n1;\"open\n2;3\n") << QStringLiteral("ligne 2");
        QTest::newRow("text after closing quote")
            << QByteArray("a;b\n1;2\n\"x\"y;3\n") << QStringLiteral("ligne 3");
        QTest::newRow("quote inside unquoted cell")
            << QByteArray("a;b\nab\"c;2\n") << QStringLiteral("ligne 2");
    }
    void brokenQuotes()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, line);
        const auto records = Csv::parse(data);
        QVERIFY(!records.ok());
        QVERIFY2(records.errorString().contains(line), qPrintable(records.errorString()));
    }

    void notUtf8()
    {
        const auto records = Csv::parse("nom\nCr\xE8"
                                        "che\n");
        QVERIFY(!records.ok());
        QVERIFY2(records.errorString().contains(QStringLiteral("UTF-8")),
                 qPrintable(records.errorString()));
    }

    void writeForSpreadsheets()
    {
        const QByteArray out =
            Csv::write({{QStringLiteral("nom"), QStringLiteral("note")},
                        {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("a;b")},
                        {QStringLiteral("+33"), QStringLiteral("-1")},
                        {QStringLiteral("@SUM"), QStringLiteral("\tx")}});
        QVERIFY(out.startsWith("\xEF\xBB\xBF"));
        QVERIFY(out.contains("nom;note\r\n"));
        QVERIFY(out.contains("\"'=HYPERLINK(\"\"x\"\")\";\"a;b\"\r\n"));
        QVERIFY(out.contains("'+33;'-1\r\n"));
        QVERIFY(out.contains("'@SUM;'\tx\r\n"));
        // Read back: the same cells, neutralised.
        const auto back = Csv::parse(out);
        QVERIFY(back.ok());
        QCOMPARE(back->size(), 4);
        QCOMPARE(back->at(1).fields.at(0), QStringLiteral("'=HYPERLINK(\"x\")"));
        QCOMPARE(back->at(1).fields.at(1), QStringLiteral("a;b"));
    }

    void establishments()
    {
        QFile f(QStringLiteral(HABILIS_FIXTURES "/establishments-porte-de-savoie.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto list = EstablishmentCsv::read(f.readAll(), QStringLiteral("e.csv"), types());
        QVERIFY2(list.ok(), qPrintable(list.errorString()));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, QStringLiteral("Crèche \"Les Lutins\"; multi-accueil"));
        QCOMPARE(list->at(0).address, QStringLiteral("12 rue de l'École"));
        QCOMPARE(list->at(0).monEnfantId, QStringLiteral("73-000123"));
        QCOMPARE(list->at(1).type, QStringLiteral("RPE"));
    }

    void establishmentErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("bad postcode")
            << QByteArray("type;nom;code postal;commune\nEAJE;Les Lutins;7380;Chambéry\n")
            << QStringList{QStringLiteral("e.csv, ligne 2"), QStringLiteral("« 7380 »")};
        QTest::newRow("unknown type")
            << QByteArray("type;nom;code_postal;commune\nCRECHE;Les Lutins;73800;Chambéry\n")
            << QStringList{QStringLiteral("e.csv, ligne 2"), QStringLiteral("« CRECHE »")};
        QTest::newRow("missing column")
            << QByteArray("type;nom;commune\nEAJE;Les Lutins;Chambéry\n")
            << QStringList{QStringLiteral("code_postal")};
        QTest::newRow("unknown column")
            << QByteArray("type;nom;code_postal;commune;couleur\nEAJE;A;73800;B;bleu\n")
            << QStringList{QStringLiteral("« couleur »")};
        QTest::newRow("wrong cell count")
            << QByteArray("type;nom;code_postal;commune\nEAJE;A;73800\n")
            << QStringList{QStringLiteral("ligne 2"), QStringLiteral("3")};
        QTest::newRow("twice in the file")
            << QByteArray("type;nom;code_postal;commune\nEAJE;A;73800;B\nEAJE;a;73800;B\n")
            << QStringList{QStringLiteral("ligne 3"), QStringLiteral("deux fois")};
        QTest::newRow("broken quote")
            << QByteArray("type;nom;code_postal;commune\nEAJE;\"A;73800;B\n")
            << QStringList{QStringLiteral("e.csv"), QStringLiteral("ligne 2")};
        QTest::newRow("empty") << QByteArray() << QStringList{QStringLiteral("vide")};
    }
    void establishmentErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QStringList, expected);
        const auto list = EstablishmentCsv::read(data, QStringLiteral("e.csv"), types());
        QVERIFY(!list.ok());
        for (const QString &part : expected)
            QVERIFY2(list.errorString().contains(part), qPrintable(list.errorString()));
    }
};

HABILIS_TEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"

#include "fixtures.h"
#include "io/csv.h"
#include "testmain.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace habilis;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

// habilis-cli export annex | habilitations, end to end.
class TestExportCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HABILIS_LANG"), QStringLiteral("fr"));
        env.remove(QStringLiteral("HABILIS_DB"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HABILIS_CLI), fixtures::cliDatabase(m_db) + args);
        if (!p.waitForFinished(120000))
            qFatal("habilis-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QStringList split(const char *text) { return QString::fromUtf8(text).split(u'|'); }

    QByteArray read(const QString &name)
    {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("export.sqlite"));
        const QString fixtures = QStringLiteral(HABILIS_FIXTURES "/");
        for (const char *args :
             {"caf|set|--from|caf-82.json", "caf|set|--from|caf-73.json",
              "request|import|moissac-2024.json", "request|import|porte-de-savoie-2025.json"}) {
            QStringList a = split(args);
            a.last() = fixtures + a.last();
            const Run r = cli(a);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const QString ref = QStringLiteral("CS-82-2024-0001");
        for (const char *step :
             {"check|--date|20/01/2024", "issue|--date|21/01/2024", "mail|--date|01/02/2024",
              "return|--date|26/02/2024|--signed-on|20/02/2024|--signatory|Romain LOPEZ, Maire",
              "countersign|--date|01/03/2024|--signatory|Charlotte HUBERT-BOYER, Directrice"}) {
            const Run r = cli(QStringList{QStringLiteral("step"), ref} + split(step));
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
    }

    void exportAnnex()
    {
        const QString file = m_dir.filePath(QStringLiteral("annexe.csv"));
        Run r = cli({QStringLiteral("export"), QStringLiteral("annex"),
                     QStringLiteral("cs-82-2024-0001"), QStringLiteral("--out"), file,
                     QStringLiteral("--date"), QStringLiteral("01/06/2024")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("22 lignes écrites dans ") + file),
                 qPrintable(r.out));
        const auto records = Csv::parse(read(QStringLiteral("annexe.csv")));
        QVERIFY(records.ok());
        QCOMPARE(records->size(), 23);
        QCOMPARE(records->at(1).fields.mid(0, 3),
                 (QStringList{QStringLiteral("CS-82-2024-0001"), QStringLiteral("82"),
                              QStringLiteral("Commune de Moissac")}));
        // Before its signature, Porte-de-Savoie's annex is the one to be signed.
        r = cli({QStringLiteral("export"), QStringLiteral("annex"),
                 QStringLiteral("CS-73-2025-0001"), QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("porte.pdf"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 lignes écrites")), qPrintable(r.out));
        QVERIFY(read(QStringLiteral("porte.pdf")).startsWith("%PDF-"));
    }

    void exportHabilitations()
    {
        // The format from --format, whatever the extension.
        Run r = cli({QStringLiteral("export"), QStringLiteral("habilitations"),
                     QStringLiteral("--format"), QStringLiteral("XLSX"), QStringLiteral("--out"),
                     m_dir.filePath(QStringLiteral("liste.dat")), QStringLiteral("--caf"),
                     QStringLiteral("82"), QStringLiteral("--town"), QStringLiteral("MOISSAC"),
                     QStringLiteral("--date"), QStringLiteral("2025-01-01")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("22 lignes écrites")), qPrintable(r.out));
        QVERIFY(read(QStringLiteral("liste.dat")).startsWith("PK\x03\x04"));
        r = cli({QStringLiteral("export"), QStringLiteral("habilitations"), QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("eaje.csv")), QStringLiteral("--type"),
                 QStringLiteral("eaje"), QStringLiteral("--provider"), QStringLiteral("moissac"),
                 QStringLiteral("--date"), QStringLiteral("2025-01-01")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("6 lignes écrites")), qPrintable(r.out));
        // Not yet in force on that day.
        r = cli({QStringLiteral("export"), QStringLiteral("habilitations"), QStringLiteral("--out"),
                 m_dir.filePath(QStringLiteral("vide.pdf")), QStringLiteral("--date"),
                 QStringLiteral("29/02/2024")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("0 ligne écrite")), qPrintable(r.out));
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad format") << split("export|habilitations|--format|odt|--out|X.csv") << 2
                                    << QStringLiteral("--format : « odt »");
        QTest::newRow("no format") << split("export|habilitations|--out|X.txt") << 2
                                   << QStringLiteral("X.txt » ne désigne aucun format");
        QTest::newRow("no file") << split("export|habilitations|--format|csv") << 2
                                 << QStringLiteral("--out");
        QTest::newRow("bad type") << split("export|habilitations|--type|CRECHE|--out|X.csv") << 2
                                  << QStringLiteral("--type : « CRECHE »");
        QTest::newRow("bad caf") << split("export|habilitations|--caf|74|--out|X.csv") << 2
                                 << QStringLiteral("--caf : ");
        QTest::newRow("bad date")
            << split("export|annex|CS-82-2024-0001|--date|31/02/2025|--out|X.csv") << 2
            << QStringLiteral("« 31/02/2025 »");
        QTest::newRow("unknown convention") << split("export|annex|CS-82-2024-0009|--out|X.csv")
                                            << 1 << QStringLiteral("« CS-82-2024-0009 »");
        QTest::newRow("no reference")
            << split("export|annex|--out|X.csv") << 2 << QStringLiteral("export annex --help");
    }
    void refused()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        const qsizetype out = args.indexOf(QStringLiteral("--out"));
        if (out >= 0)
            args[out + 1] = m_dir.filePath(args.at(out + 1));
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        if (out >= 0)
            QVERIFY(!QFileInfo::exists(args.at(out + 1)));
    }

    void help()
    {
        for (const char *command : {"annex", "habilitations"}) {
            const Run r =
                cli({QStringLiteral("export"), QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QStringLiteral("habilis-cli export ") + QLatin1String(command)),
                     qPrintable(r.out));
            QVERIFY(r.out.contains(QStringLiteral("--format")));
        }
        const Run r = cli({QStringLiteral("help")});
        QVERIFY(r.out.contains(QStringLiteral("export habilitations")));
    }
};

HABILIS_TEST_GUILESS_MAIN(TestExportCli)

#include "tst_exportcli.moc"

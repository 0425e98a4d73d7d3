// habilis-cli print, batch and the document settings, end to end.
#include "domain/labels.h"
#include "fixtures.h"
#include "testmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace habilis;

namespace {
struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("pdftotext failed on %s", qPrintable(pdf));
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}
} // namespace

class TestPrintCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    QString m_moissac;
    QString m_savoie;

    Run cli(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HABILIS_LANG"), QStringLiteral("fr"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HABILIS_CLI), fixtures::cliDatabase(m_db) + args);
        if (!p.waitForFinished(120000))
            qFatal("habilis-cli did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QMap<QString, int> counts()
    {
        auto s = fixtures::openDatabase(m_db);
        if (!s)
            qFatal("%s", qPrintable(s.errorString()));
        return fixtures::rowCounts((*s)->database());
    }

    QString state(const QString &ref)
    {
        auto s = fixtures::openDatabase(m_db);
        return s ? Labels::code((*s)->convention(ref)->convention.state) : QString();
    }

    static QString fixture(const char *name)
    {
        return QStringLiteral(HABILIS_FIXTURES "/") + QLatin1String(name);
    }

    QString importChecked(const char *caf, const char *request, const QString &checkedOn)
    {
        if (cli({QStringLiteral("caf"), QStringLiteral("set"), QStringLiteral("--from"),
                 fixture(caf)})
                .exitCode != 0)
            qFatal("caf set failed");
        const Run r = cli({QStringLiteral("request"), QStringLiteral("import"), fixture(request),
                           QStringLiteral("--json")});
        const QString ref = QJsonDocument::fromJson(r.out.toUtf8())
                                .object()
                                .value(QStringLiteral("reference"))
                                .toString();
        if (ref.isEmpty())
            qFatal("import failed: %s", qPrintable(r.out + r.err));
        if (cli({QStringLiteral("step"), ref, QStringLiteral("check"), QStringLiteral("--date"),
                 checkedOn})
                .exitCode != 0)
            qFatal("check failed");
        return ref;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("print.sqlite"));
        m_moissac = importChecked("caf-82.json", "moissac-2024.json", QStringLiteral("20/01/2024"));
        m_savoie =
            importChecked("caf-73.json", "porte-de-savoie-2025.json", QStringLiteral("20/06/2025"));
    }

    void printPack()
    {
        const auto before = counts();
        const Run r = cli({QStringLiteral("print"), m_moissac, QStringLiteral("--out"),
                           path(QStringLiteral("pack.pdf")), QStringLiteral("--date"),
                           QStringLiteral("22/01/2024")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("pages écrites")), qPrintable(r.out));
        const QString text = pdfText(path(QStringLiteral("pack.pdf")));
        QVERIFY(text.contains(QStringLiteral("Montauban, le 22 janvier 2024")));
        QVERIFY(text.contains(QStringLiteral("exemplaire 2 sur 2")));
        QVERIFY(text.contains(QStringLiteral("Alsh municipal de Montebello")));
        // Printing records nothing.
        QCOMPARE(counts(), before);
    }

    void printOneDocument()
    {
        const Run r = cli({QStringLiteral("print"), m_moissac, QStringLiteral("--document"),
                           QStringLiteral("reminder"), QStringLiteral("--out"),
                           path(QStringLiteral("relance.pdf"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfText(path(QStringLiteral("relance.pdf"))).contains(QStringLiteral("relance")));
    }

    void printRefusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("unknown document")
            << QStringList{QStringLiteral("print"),      QStringLiteral("CS-82-2024-0001"),
                           QStringLiteral("--document"), QStringLiteral("affiche"),
                           QStringLiteral("--out"),      QStringLiteral("refused.pdf")}
            << 2 << QStringList{QStringLiteral("--document"), QStringLiteral("affiche")};
        QTest::newRow("no output")
            << QStringList{QStringLiteral("print"), QStringLiteral("CS-82-2024-0001")} << 2
            << QStringList{QStringLiteral("--out")};
        QTest::newRow("unknown convention")
            << QStringList{QStringLiteral("print"), QStringLiteral("CS-99-1999-0001"),
                           QStringLiteral("--out"), QStringLiteral("refused.pdf")}
            << 1 << QStringList{QStringLiteral("CS-99-1999-0001")};
        QTest::newRow("no such amendment")
            << QStringList{QStringLiteral("print"),       QStringLiteral("CS-82-2024-0001"),
                           QStringLiteral("--amendment"), QStringLiteral("3"),
                           QStringLiteral("--out"),       QStringLiteral("refused.pdf")}
            << 1 << QStringList{QStringLiteral("avenant 3")};
    }

    void printRefusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QStringList, expected);
        const int out = int(args.indexOf(QStringLiteral("--out")));
        if (out >= 0)
            args[out + 1] = path(args[out + 1]);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, exitCode);
        for (const QString &e : expected)
            QVERIFY2(r.err.contains(e), qPrintable(r.err));
        QVERIFY(!QFile::exists(path(QStringLiteral("refused.pdf"))));
    }

    void customTemplates()
    {
        // A Caf's cover letter replaces the built-in one; a broken template is refused.
        QDir(m_dir.path()).mkdir(QStringLiteral("modeles"));
        const QString dir = path(QStringLiteral("modeles"));
        QFile f(dir + QStringLiteral("/lettre-envoi.html"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<p>Lettre de la Caf pour {{provider.name}}, {{reference}}</p>");
        f.close();
        Run r = cli({QStringLiteral("settings"), QStringLiteral("templates"), dir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("print"), m_moissac, QStringLiteral("--document"),
                 QStringLiteral("letter"), QStringLiteral("--out"),
                 path(QStringLiteral("own.pdf"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfText(path(QStringLiteral("own.pdf")))
                    .contains(QStringLiteral("Lettre de la Caf pour Commune de Moissac, ") +
                              m_moissac));

        QDir(m_dir.path()).mkdir(QStringLiteral("casse"));
        QFile bad(path(QStringLiteral("casse/convention.html")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{{#persons}}<p>{{nom}}</p>");
        bad.close();
        r = cli({QStringLiteral("settings"), QStringLiteral("templates"),
                 path(QStringLiteral("casse"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("convention.html")) &&
                     r.err.contains(QStringLiteral("persons")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("settings"), QStringLiteral("templates")});
        QVERIFY2(r.out.contains(dir), qPrintable(r.out)); // the refused folder was not kept
        r = cli({QStringLiteral("settings"), QStringLiteral("templates"), QStringLiteral("-")});
        QVERIFY2(r.out.contains(QStringLiteral("modèles d'Habilis")), qPrintable(r.out));
    }

    void envelopeSetting()
    {
        Run r = cli({QStringLiteral("settings"), QStringLiteral("envelope"),
                     QStringLiteral("20;300;95;40")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("fenêtre de l'enveloppe")) &&
                     r.err.contains(QStringLiteral("20;300;95;40")),
                 qPrintable(r.err));
        r = cli({QStringLiteral("settings"), QStringLiteral("envelope"),
                 QStringLiteral("20;50;95;40")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("20 mm du bord gauche")), qPrintable(r.out));
        r = cli({QStringLiteral("settings"), QStringLiteral("envelope"),
                 QStringLiteral("100;35;100;45")});
        QCOMPARE(r.exitCode, 0);
    }

    void batchPrintThenMailed()
    {
        Run r = cli({QStringLiteral("batch"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        // The post's order: 73800 before 82200.
        QVERIFY2(r.out.indexOf(m_savoie) >= 0 && r.out.indexOf(m_savoie) < r.out.indexOf(m_moissac),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("2 plis attendent")));

        const auto before = counts();
        r = cli({QStringLiteral("batch"), QStringLiteral("print"), QStringLiteral("--out"),
                 path(QStringLiteral("lot.pdf"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 plis")), qPrintable(r.out));
        QCOMPARE(counts(), before); // printing is not mailing
        QFile list(path(QStringLiteral("lot.txt")));
        QVERIFY(list.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(list.readAll()), m_savoie + u'\n' + m_moissac + u'\n');
        list.close();

        // A list with a line that is not a reference: refused, nothing recorded.
        QFile bad(path(QStringLiteral("bad.txt")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write((m_savoie + QStringLiteral("\nn'importe quoi ici\n")).toUtf8());
        bad.close();
        r = cli(
            {QStringLiteral("batch"), QStringLiteral("mailed"), path(QStringLiteral("bad.txt"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("ligne 2")), qPrintable(r.err));
        QCOMPARE(counts(), before);

        r = cli({QStringLiteral("batch"), QStringLiteral("mailed"), path(QStringLiteral("lot.txt")),
                 QStringLiteral("--date"), QStringLiteral("25/06/2025")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(state(m_moissac), QStringLiteral("mailed"));
        QCOMPARE(state(m_savoie), QStringLiteral("mailed"));

        // The same list again: already mailed, so nothing is recorded twice.
        const auto after = counts();
        r = cli(
            {QStringLiteral("batch"), QStringLiteral("mailed"), path(QStringLiteral("lot.txt"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(m_savoie) &&
                     r.err.contains(QStringLiteral("Rien n'a été enregistré")),
                 qPrintable(r.err));
        QCOMPARE(counts(), after);
        r = cli({QStringLiteral("batch"), QStringLiteral("print"), QStringLiteral("--out"),
                 path(QStringLiteral("vide.pdf"))});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("Rien n'attend")));
        QVERIFY(!QFile::exists(path(QStringLiteral("vide.pdf"))));
    }
};

HABILIS_TEST_GUILESS_MAIN(TestPrintCli)
#include "tst_printcli.moc"

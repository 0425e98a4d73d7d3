// habilis-cli db copy: a workstation's SQLite database to the server and back, row for row.
// Without HABILIS_TEST_PG the middle database is a second SQLite file.
#include "fixtures.h"
#include "storage/dbcopy.h"
#include "testmain.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace habilis;

class TestDbCopy : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    /// A new, empty database elsewhere: a schema of the test server, or a file.
    QString newLocation(const QString &file)
    {
        if (fixtures::testPostgres().isEmpty())
            return QStringLiteral("sqlite:") + m_dir.filePath(file);
        const auto settings = fixtures::freshSchema();
        if (!settings)
            qFatal("%s", qPrintable(settings.errorString()));
        return QStringLiteral("pg:") + settings->toString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void thereAndBack()
    {
        // A workstation's database with a whole life in it: steps, credentials, an amendment.
        const QString original = m_dir.filePath(QStringLiteral("workstation.sqlite"));
        {
            auto s = fixtures::moissacInForceSqlite(original);
            QVERIFY(s->saveSetting(QStringLiteral("password_length"), QStringLiteral("10")).ok());
            AmendmentChanges changes;
            changes.removePersons << QStringLiteral("s.fontanie@moissac.fr");
            const auto a =
                s->prepareAmendment(QStringLiteral("CS-82-2024-0001"), changes,
                                    QStringLiteral("départ"), QDate(2025, 6, 2), QDate(2025, 6, 2));
            QVERIFY2(a.ok(), qPrintable(a.errorString()));
        }
        const QString server = newLocation(QStringLiteral("server.sqlite"));
        const QString back = m_dir.filePath(QStringLiteral("back.sqlite"));
        for (const auto &[from, to] :
             QList<QPair<QString, QString>>{{QStringLiteral("sqlite:") + original, server},
                                            {server, QStringLiteral("sqlite:") + back}}) {
            QProcess cli;
            cli.start(QStringLiteral(HABILIS_CLI),
                      {QStringLiteral("db"), QStringLiteral("copy"), QStringLiteral("--from"), from,
                       QStringLiteral("--to"), to});
            QVERIFY(cli.waitForFinished(60000));
            const QString out = QString::fromUtf8(cli.readAllStandardOutput());
            QVERIFY2(cli.exitCode() == 0,
                     qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
            QVERIFY2(out.contains(QStringLiteral("identiques")), qPrintable(out));
            QVERIFY2(out.contains(QStringLiteral("annex_persons")), qPrintable(out));
        }
        // The copy of the copy is the original, and works: search, list, next step, new ids.
        auto a = SqlStorage::open(original);
        auto b = SqlStorage::open(back);
        QVERIFY(a.ok() && b.ok());
        const auto same = DatabaseCopy::verify(**a, **b);
        QVERIFY2(same.ok(), qPrintable(same.errorString()));
        auto onServer = SqlStorage::openLocation(server);
        QVERIFY2(onServer.ok(), qPrintable(onServer.errorString()));
        for (SqlStorage *s : {b->get(), onServer->get()}) {
            ConventionFilter f;
            f.text = QStringLiteral("aurelie bulle");
            const auto rows = s->conventions(f);
            QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
            QCOMPARE(rows->size(), 1);
            QCOMPARE(s->setting(QStringLiteral("password_length")), QStringLiteral("10"));
            HabilitationRequest r = fixtures::request(QStringLiteral("moissac-2024.json"));
            r.provider.siret.clear();
            r.provider.name = QStringLiteral("Commune nouvelle");
            const auto c = s->importRequest(r);
            QVERIFY2(c.ok(), qPrintable(c.errorString()));
            QCOMPARE(c->reference, QStringLiteral("CS-82-2024-0002"));
        }
    }

    void intoANonEmptyDatabaseIsRefused()
    {
        const QString original = m_dir.filePath(QStringLiteral("full.sqlite"));
        auto a = fixtures::moissacInForceSqlite(original);
        auto b = fixtures::moissacInForceSqlite(m_dir.filePath(QStringLiteral("full2.sqlite")));
        const auto copied = DatabaseCopy::copy(*a, *b);
        QVERIFY(!copied.ok());
        QVERIFY2(copied.errorString().contains(QStringLiteral("pas vide")),
                 qPrintable(copied.errorString()));
    }
};

HABILIS_TEST_GUILESS_MAIN(TestDbCopy)
#include "tst_dbcopy.moc"

// Several officers at once on one database: separate connections, each in its own thread
// (QtSql connections belong to the thread that opened them). On SQLite a file in WAL mode;
// on PostgreSQL (HABILIS_TEST_PG) a schema of the test database.
#include "fixtures.h"
#include "testmain.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QThread>
#include <QWaitCondition>

#include <functional>

using namespace habilis;

namespace {

const QString kRef = QStringLiteral("CS-82-2024-0001");
const QDate kToday(2026, 11, 22);

/// Lets the threads start their work at the same moment.
class StartLine {
public:
    explicit StartLine(int count)
        : m_waiting(count)
    {}
    void arrive()
    {
        QMutexLocker lock(&m_mutex);
        if (--m_waiting == 0)
            m_all.wakeAll();
        else
            while (m_waiting > 0)
                m_all.wait(&m_mutex);
    }

private:
    QMutex m_mutex;
    QWaitCondition m_all;
    int m_waiting;
};

StepInput on(QDate d)
{
    StepInput in;
    in.date = d;
    return in;
}

} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_location;
    std::unique_ptr<SqlStorage> m_main;

    /// Runs `work` in `count` threads, each with its own connection, all starting at once.
    QStringList inParallel(int count, const std::function<QString(SqlStorage &, int)> &work)
    {
        StartLine start(count);
        QStringList results(count);
        QList<QThread *> threads;
        for (int i = 0; i < count; ++i) {
            threads << QThread::create([&, i] {
                auto s = SqlStorage::openLocation(m_location);
                if (!s) {
                    start.arrive();
                    results[i] = QStringLiteral("open: ") + s.errorString();
                    return;
                }
                (*s)->setActor(QStringLiteral("officer%1").arg(i));
                start.arrive();
                results[i] = work(**s, i);
            });
        }
        for (QThread *t : std::as_const(threads))
            t->start();
        for (QThread *t : std::as_const(threads)) {
            t->wait();
            delete t;
        }
        return results;
    }

    /// Moissac, mailed: the next step is its return.
    void mailedMoissac()
    {
        if (fixtures::testPostgres().isEmpty()) {
            m_location = m_dir.filePath(
                QStringLiteral("shared-%1.sqlite").arg(QTest::currentTestFunction()));
        } else {
            const auto settings = fixtures::freshSchema();
            QVERIFY2(settings.ok(), qPrintable(settings.errorString()));
            m_location = QStringLiteral("pg:") + settings->toString();
        }
        auto s = SqlStorage::openLocation(m_location);
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        m_main = std::move(s).value();
        QVERIFY(m_main->saveCaf(fixtures::caf(QStringLiteral("caf-82.json"))).ok());
        QVERIFY(m_main->importRequest(fixtures::request(QStringLiteral("moissac-2024.json"))).ok());
        for (const auto &[step, d] : QList<QPair<Step, QDate>>{{Step::Check, QDate(2024, 1, 16)},
                                                               {Step::Issue, QDate(2024, 1, 20)},
                                                               {Step::Mail, QDate(2024, 1, 22)}})
            QVERIFY(m_main->recordStep(kRef, step, on(d), kToday).ok());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { m_main.reset(); }

    void sameReturnTwiceAtOnce()
    {
        // Two officers record the same return at the same moment: one wins, the other is told
        // why, and the return is recorded once.
        mailedMoissac();
        const QStringList results = inParallel(2, [](SqlStorage &s, int i) {
            StepInput in = on(QDate(2024, 2, 28));
            in.signatory = QStringLiteral("Romain LOPEZ, Maire");
            in.signedOn = QDate(2024, 2, 26 - i);
            const auto c = s.recordStep(kRef, Step::Return, in, kToday);
            return c ? QString() : c.errorString();
        });
        QCOMPARE(results.count(QString()), 1);
        const QString refusal = results.at(results.at(0).isEmpty() ? 1 : 0);
        // In French, naming the convention and where it is now.
        QVERIFY2(refusal.contains(kRef) && refusal.contains(QStringLiteral("retour")),
                 qPrintable(refusal));
        const auto events = m_main->events(kRef);
        QVERIFY(events.ok());
        int returns = 0;
        for (const ConventionEvent &e : *events)
            returns += e.step == u"return";
        QCOMPARE(returns, 1);
        const auto c = m_main->convention(kRef);
        QVERIFY(c.ok());
        QCOMPARE(c->convention.state, ConventionState::Returned);
        QCOMPARE(c->convention.revision, 5);
        // The journal names who did it.
        const auto journal = m_main->journal({});
        QVERIFY(journal.ok());
        QStringList actors;
        for (const JournalEntry &e : *journal) {
            if (e.action == u"convention.return")
                actors << e.actor;
        }
        QCOMPARE(actors.size(), 1);
        QVERIFY(actors.first().startsWith(QStringLiteral("officer")));
    }

    void differentStepsAtOnceAreAllRecordedOnce()
    {
        // Four officers race through the whole procedure, each trying every step: every step
        // is recorded exactly once, by one of them, never lost nor doubled.
        mailedMoissac();
        const QStringList results = inParallel(4, [](SqlStorage &s, int) {
            StepInput ret = on(QDate(2024, 2, 28));
            ret.signatory = QStringLiteral("Romain LOPEZ, Maire");
            ret.signedOn = QDate(2024, 2, 26);
            StepInput counter = on(QDate(2024, 3, 1));
            counter.signatory = QStringLiteral("Charlotte HUBERT-BOYER, Directrice");
            int done = 0;
            for (const auto &[step, in] :
                 QList<QPair<Step, StepInput>>{{Step::Return, ret}, {Step::Countersign, counter}}) {
                if (s.recordStep(kRef, step, in, kToday))
                    ++done;
            }
            return QString::number(done);
        });
        int total = 0;
        for (const QString &r : results)
            total += r.toInt();
        QCOMPARE(total, 2);
        const auto c = m_main->convention(kRef);
        QVERIFY(c.ok());
        QCOMPARE(c->convention.state, ConventionState::InForce);
        QCOMPARE(c->convention.revision, 6);
        QCOMPARE(c->annex.validFrom, QDate(2024, 3, 1));
    }

    void sameAmendmentTwiceAtOnce()
    {
        // Two officers prepare an amendment of the same convention at once: one is prepared,
        // the other is told one is pending.
        mailedMoissac();
        StepInput ret = on(QDate(2024, 2, 28));
        ret.signatory = QStringLiteral("Romain LOPEZ, Maire");
        ret.signedOn = QDate(2024, 2, 26);
        StepInput counter = on(QDate(2024, 3, 1));
        counter.signatory = QStringLiteral("Charlotte HUBERT-BOYER, Directrice");
        QVERIFY(m_main->recordStep(kRef, Step::Return, ret, kToday).ok());
        QVERIFY(m_main->recordStep(kRef, Step::Countersign, counter, kToday).ok());
        const QStringList results = inParallel(2, [](SqlStorage &s, int) {
            AmendmentChanges changes;
            changes.removePersons << QStringLiteral("s.fontanie@moissac.fr");
            const auto a = s.prepareAmendment(kRef, changes, QStringLiteral("départ"),
                                              QDate(2025, 6, 2), kToday);
            return a ? QString() : a.errorString();
        });
        QCOMPARE(results.count(QString()), 1);
        const QString refusal = results.at(results.at(0).isEmpty() ? 1 : 0);
        QVERIFY2(refusal.contains(QStringLiteral("avenant 1")), qPrintable(refusal));
        const auto list = m_main->amendments(kRef);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(m_main->convention(kRef)->annexVersions, 2);
    }

    void referencesOfRequestsAtOnceAreDistinct()
    {
        // Eight requests of eight providers imported at once: eight references, no gap.
        mailedMoissac();
        const QStringList results = inParallel(8, [](SqlStorage &s, int i) {
            HabilitationRequest r = fixtures::request(QStringLiteral("moissac-2024.json"));
            r.provider.siret.clear();
            r.provider.name = QStringLiteral("Commune test %1").arg(i);
            const auto c = s.importRequest(r);
            return c ? c->reference : QStringLiteral("error: ") + c.errorString();
        });
        QStringList sorted = results;
        sorted.sort();
        QStringList expected;
        for (int n = 2; n <= 9; ++n)
            expected << QStringLiteral("CS-82-2024-%1").arg(n, 4, 10, QLatin1Char('0'));
        QCOMPARE(sorted, expected);
    }
};

HABILIS_TEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"

// habilis-concurrency-bench: several officers at once on the national dataset — listing,
// searching and recording a workflow step — with 1, 4 and 16 clients, each its own connection
// and thread. On PostgreSQL (--pg "host=… dbname=… user=…", an empty database) and on an
// SQLite file in WAL mode, for the README.
#include "demo/generator.h"
#include "storage/sqlstorage.h"

#include <QAtomicInt>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace habilis;

namespace {

enum class Work { List, Search, Step };

struct Result {
    QList<double> latencies; ///< ms
    int errors = 0;
    QString firstError;
};

double percentile(QList<double> v, int p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, v.size() * p / 100));
}

const QStringList kQueries{QStringLiteral("helene"),     QStringLiteral("HÉLÈNE"),
                           QStringLiteral("martin"),     QStringLiteral("creche lutins"),
                           QStringLiteral("saint"),      QStringLiteral("d'angelo"),
                           QStringLiteral("CS-73-2025"), QStringLiteral("zzzz")};

/// The conventions a step can be recorded for, with that step: each is taken once. Each
/// measure has its own share, [next, end).
struct StepQueue {
    QList<QPair<QString, Step>> items;
    QAtomicInt next;
    int end = 0;
};

Result runClient(const QString &location, Work work, double seconds, StepQueue *steps, quint32 seed)
{
    Result r;
    auto opened = SqlStorage::openLocation(location);
    if (!opened) {
        r.errors = 1;
        r.firstError = opened.errorString();
        return r;
    }
    SqlStorage &s = **opened;
    QRandomGenerator rng(seed);
    QElapsedTimer running;
    running.start();
    QElapsedTimer t;
    const QDate today = QDate::currentDate();
    while (running.nsecsElapsed() < qint64(seconds * 1e9)) {
        t.start();
        QString error;
        switch (work) {
        case Work::List: {
            ConventionFilter f;
            f.limit = 50;
            f.offset = int(rng.bounded(200)) * 50;
            f.sort = ConventionSort(rng.bounded(6));
            const auto total = s.countConventions(f);
            const auto rows = s.conventions(f);
            if (!total || !rows)
                error = total ? rows.errorString() : total.errorString();
            break;
        }
        case Work::Search: {
            ConventionFilter f;
            f.text = kQueries.at(int(rng.bounded(kQueries.size())));
            f.limit = 50;
            const auto total = s.countConventions(f);
            const auto rows = s.conventions(f);
            if (!total || !rows)
                error = total ? rows.errorString() : total.errorString();
            break;
        }
        case Work::Step: {
            const int i = steps->next.fetchAndAddRelaxed(1);
            if (i >= steps->end)
                return r; // this measure's share done
            StepInput in;
            in.date = today;
            const auto c =
                s.recordStep(steps->items.at(i).first, steps->items.at(i).second, in, today);
            if (!c)
                error = c.errorString();
            break;
        }
        }
        r.latencies << double(t.nsecsElapsed()) / 1e6;
        if (!error.isEmpty() && r.errors++ == 0)
            r.firstError = error;
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Several clients at once on the national "
                                                    "dataset."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("pg"),
                      QStringLiteral("An empty PostgreSQL database (libpq connection string); "
                                     "without it, an SQLite file."),
                      QStringLiteral("connection")});
    parser.addOption({QStringLiteral("clients"), QStringLiteral("Client counts (default 1,4,16)."),
                      QStringLiteral("list"), QStringLiteral("1,4,16")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Seconds per measure (default 5)."),
                      QStringLiteral("s"), QStringLiteral("5")});
    parser.process(app);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString location = parser.isSet(QStringLiteral("pg"))
                                 ? QStringLiteral("pg:") + parser.value(QStringLiteral("pg"))
                                 : dir.filePath(QStringLiteral("national.sqlite"));
    const double seconds = parser.value(QStringLiteral("seconds")).toDouble();
    out << "habilis-concurrency-bench: " << QThread::idealThreadCount() << " cores, "
        << (parser.isSet(QStringLiteral("pg")) ? QStringLiteral("PostgreSQL")
                                               : QStringLiteral("SQLite (WAL)"))
        << Qt::endl;

    auto main = SqlStorage::openLocation(location);
    if (!main) {
        out << main.errorString() << Qt::endl;
        return 1;
    }
    QElapsedTimer t;
    t.start();
    const auto counts =
        DemoGenerator::generate(**main, DemoGenerator::Scale::National, QDate::currentDate());
    if (!counts) {
        out << counts.errorString() << Qt::endl;
        return 1;
    }
    out << QStringLiteral("national dataset          %1 s  (%2 conventions)")
               .arg(double(t.nsecsElapsed()) / 1e9, 0, 'f', 1)
               .arg(counts->conventions)
        << Qt::endl;
    if ((*main)->isPostgres()) {
        QSqlQuery q((*main)->database());
        q.exec(QStringLiteral("ANALYZE"));
    }

    // The steps to record: requests to check, conventions to issue or to mail.
    StepQueue steps;
    {
        QSqlQuery q((*main)->database());
        q.exec(QStringLiteral("SELECT reference, state FROM conventions WHERE state IN "
                              "('received', 'checked', 'issued') ORDER BY id"));
        while (q.next()) {
            const QString state = q.value(1).toString();
            steps.items << qMakePair(q.value(0).toString(), state == u"received"  ? Step::Check
                                                            : state == u"checked" ? Step::Issue
                                                                                  : Step::Mail);
        }
    }
    out << steps.items.size() << " conventions with a step to record" << Qt::endl;
    out << "work     clients   operations/s   median ms   95th pct ms   errors" << Qt::endl;
    QStringList clientCounts = parser.value(QStringLiteral("clients")).split(u',');
    for (const auto &[work, name] : {std::pair{Work::List, QStringLiteral("list")},
                                     std::pair{Work::Search, QStringLiteral("search")},
                                     std::pair{Work::Step, QStringLiteral("step")}}) {
        for (int k = 0; k < clientCounts.size(); ++k) {
            const int clients = clientCounts.at(k).toInt();
            const int share = int(steps.items.size() / clientCounts.size());
            steps.next.storeRelaxed(k * share);
            steps.end = (k + 1) * share;
            QList<Result> results(clients);
            QList<QThread *> threads;
            for (int i = 0; i < clients; ++i) {
                threads << QThread::create([&, i] {
                    results[i] = runClient(location, work, seconds, &steps, quint32(i + 1));
                });
            }
            QElapsedTimer wall;
            wall.start();
            for (QThread *th : std::as_const(threads))
                th->start();
            for (QThread *th : std::as_const(threads)) {
                th->wait();
                delete th;
            }
            const double elapsed = double(wall.nsecsElapsed()) / 1e9;
            QList<double> all;
            int errors = 0;
            QString firstError;
            for (const Result &r : std::as_const(results)) {
                all << r.latencies;
                errors += r.errors;
                if (firstError.isEmpty())
                    firstError = r.firstError;
            }
            out << name.leftJustified(9) << QString::number(clients).rightJustified(7)
                << QString::number(double(all.size()) / elapsed, 'f', 1).rightJustified(15)
                << QString::number(percentile(all, 50), 'f', 2).rightJustified(12)
                << QString::number(percentile(all, 95), 'f', 2).rightJustified(14)
                << QString::number(errors).rightJustified(9)
                << (firstError.isEmpty() ? QString() : QStringLiteral("  (") + firstError + u')')
                << Qt::endl;
        }
    }
    return 0;
}

// habilis-bench: the figures of the README, on this machine.
#include "demo/generator.h"
#include "i18n.h"
#include "io/habilitationexport.h"
#include "storage/sqlstorage.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>

using namespace habilis;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QString memory()
{
    QFile f(QStringLiteral("/proc/meminfo"));
    if (f.open(QIODevice::ReadOnly)) {
        const QString first = QString::fromLatin1(f.readLine()).simplified();
        const qint64 kb = first.section(u' ', 1, 1).toLongLong();
        return QStringLiteral("%1 GiB").arg(double(kb) / 1024 / 1024, 0, 'f', 1);
    }
    return QStringLiteral("?");
}
} // namespace

int main(int argc, char *argv[])
{
    // The PDF export needs QtGui's fonts; no window is shown.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("national.sqlite"));
    out << "habilis-bench: " << QThread::idealThreadCount() << " cores, " << memory() << ", "
        << QSysInfo::prettyProductName() << Qt::endl;

    QElapsedTimer t;
    {
        auto s = SqlStorage::open(path);
        if (!s) {
            out << s.errorString() << Qt::endl;
            return 1;
        }
        t.start();
        const auto counts =
            DemoGenerator::generate(**s, DemoGenerator::Scale::National, QDate::currentDate());
        if (!counts) {
            out << counts.errorString() << Qt::endl;
            return 1;
        }
        out << QStringLiteral("create national dataset   %1 s  (%2 conventions, %3 establishments, "
                              "%4 persons)")
                   .arg(double(t.nsecsElapsed()) / 1e9, 0, 'f', 2)
                   .arg(counts->conventions)
                   .arg(counts->establishments)
                   .arg(counts->persons)
            << Qt::endl;
        QSqlQuery q((*s)->database());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    // Open the file as the application does, count and list the first page.
    QList<double> openTimes;
    for (int i = 0; i < 7; ++i) {
        t.restart();
        auto s = SqlStorage::open(path);
        ConventionFilter f;
        f.limit = 50;
        const auto total = (*s)->countConventions(f);
        const auto rows = (*s)->conventions(f);
        openTimes << double(t.nsecsElapsed()) / 1e6;
        if (!rows || rows->size() != 50 || !total) {
            out << "listing failed" << Qt::endl;
            return 1;
        }
    }
    out << QStringLiteral("open + first page         %1 ms (median of 7; first %2 ms)")
               .arg(median(openTimes), 0, 'f', 1)
               .arg(openTimes.first(), 0, 'f', 1)
        << Qt::endl;

    {
        auto s = SqlStorage::open(path);
        const QStringList queries{QStringLiteral("helene"),     QStringLiteral("HÉLÈNE"),
                                  QStringLiteral("martin"),     QStringLiteral("creche lutins"),
                                  QStringLiteral("saint"),      QStringLiteral("d'angelo"),
                                  QStringLiteral("CS-73-2025"), QStringLiteral("zzzz")};
        QList<double> all;
        for (const QString &text : queries) {
            QList<double> times;
            int hits = 0;
            for (int i = 0; i < 15; ++i) {
                t.restart();
                ConventionFilter f;
                f.text = text;
                f.limit = 50;
                const auto total = (*s)->countConventions(f);
                const auto rows = (*s)->conventions(f);
                times << double(t.nsecsElapsed()) / 1e6;
                hits = total ? *total : -1;
                if (!rows)
                    return 1;
            }
            all << times;
            out << QStringLiteral("search %1 %2 ms  (%3 conventions: count + first page)")
                       .arg(QStringLiteral("\"%1\"").arg(text).leftJustified(18))
                       .arg(median(times), 6, 'f', 2)
                       .arg(hits)
                << Qt::endl;
        }
        std::sort(all.begin(), all.end());
        out << QStringLiteral(
                   "search, all queries       median %1 ms, 95th percentile %2 ms, max %3 ms")
                   .arg(median(all), 0, 'f', 2)
                   .arg(all.at(int(all.size() * 95 / 100)), 0, 'f', 2)
                   .arg(all.last(), 0, 'f', 2)
            << Qt::endl;
    }
    // Export of every habilitation in force today: the query and the file, each format.
    {
        auto s = SqlStorage::open(path);
        t.restart();
        const auto list = HabilitationExport::habilitations(**s, HabilitationFilter{});
        if (!list) {
            out << list.errorString() << Qt::endl;
            return 1;
        }
        const double query = double(t.nsecsElapsed()) / 1e9;
        out << QStringLiteral("habilitations in force    %1 s  (%2 rows, one query)")
                   .arg(query, 0, 'f', 2)
                   .arg(list->rows.size())
            << Qt::endl;
        for (const auto &[format, name] : {std::pair{ExportFormat::Csv, QStringLiteral("csv")},
                                           std::pair{ExportFormat::Xlsx, QStringLiteral("xlsx")},
                                           std::pair{ExportFormat::Pdf, QStringLiteral("pdf")}}) {
            const QString file = dir.filePath(QStringLiteral("habilitations.") + name);
            t.restart();
            if (Status st = HabilitationExport::write(*list, format, file); !st) {
                out << st.errorString() << Qt::endl;
                return 1;
            }
            const double written = double(t.nsecsElapsed()) / 1e9;
            out << QStringLiteral("export %1 %2 s  (query + file %3 s, %4 MiB)")
                       .arg(name.leftJustified(19))
                       .arg(written, 0, 'f', 2)
                       .arg(query + written, 0, 'f', 2)
                       .arg(double(QFileInfo(file).size()) / 1048576, 0, 'f', 1)
                << Qt::endl;
        }
    }
    const qint64 size = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    out << QStringLiteral("database size             %1 MiB").arg(double(size) / 1048576, 0, 'f', 1)
        << Qt::endl;
    return 0;
}

// habilis-print-bench: pages per second and peak memory of the batch printing, and the same
// content converted by LibreOffice for comparison. Figures for the README.
#include "demo/generator.h"
#include "documents/documents.h"
#include "documents/renderer.h"
#include "storage/sqlstorage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>
#include <unistd.h>

using namespace habilis;

namespace {

QTextStream out(stdout);

/// The first `count` conventions of the dataset, as a batch to print.
QList<MailingItem> firstConventions(const SqlStorage &storage, int count)
{
    ConventionFilter filter;
    filter.limit = count;
    QList<MailingItem> items;
    const auto rows = storage.conventions(filter);
    if (rows) {
        for (const ConventionRow &r : *rows) {
            MailingItem item;
            item.reference = r.reference;
            items << item;
        }
    }
    return items;
}

long peakKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// Child: prints `packs` packs into `pdf`, then one line "pages seconds peakKiB".
int child(const QString &db, int packs, const QString &pdf)
{
    auto storage = SqlStorage::open(db);
    if (!storage)
        return 1;
    const QList<MailingItem> items = firstConventions(**storage, packs);
    auto output = PdfOutput::create(pdf, QStringLiteral("bench"));
    if (!output)
        return 1;
    QElapsedTimer t;
    t.start();
    const auto result =
        printBatch(**storage, Documents(), items, (*output)->renderer(), QDate::currentDate());
    if (!result || !(*output)->commit()) {
        out << (result ? QStringLiteral("commit failed") : result.errorString()) << Qt::endl;
        return 1;
    }
    out << result->pages << ' ' << t.nsecsElapsed() / 1e9 << ' ' << peakKiB() << Qt::endl;
    return 0;
}

struct Run {
    int pages = 0;
    double seconds = 0;
    long peak = 0;
};

Run runChild(const QString &db, int packs, const QString &pdf)
{
    QProcess p;
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), db, QString::number(packs), pdf});
    p.waitForFinished(-1);
    const QStringList f = QString::fromUtf8(p.readAllStandardOutput()).simplified().split(u' ');
    if (p.exitCode() != 0 || f.size() != 3) {
        out << "print run failed: " << f.join(u' ') << Qt::endl;
        return {};
    }
    return {f[0].toInt(), f[1].toDouble(), f[2].toLong()};
}

int pdfPages(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished();
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(QString::fromUtf8(p.readAllStandardOutput())).captured(1).toInt();
}

struct Conversion {
    int files = 0;
    int pages = 0;
    double seconds = 0;
};

/// LibreOffice converting the first `packs` packs' HTML in one command.
Conversion convert(const QString &soffice, const SqlStorage &storage, int packs)
{
    QTemporaryDir dir;
    const Documents documents;
    QStringList files;
    for (const MailingItem &item : firstConventions(storage, packs)) {
        const auto facts = Documents::facts(storage, item.reference, 0, QDate::currentDate());
        const auto pack =
            facts ? documents.mailingPack(*facts) : Expected<QList<PrintPart>>(facts.error());
        if (!pack)
            continue;
        // The same content: the letter, then the convention twice, each from a new page.
        QString html = pack->at(0).html;
        for (int copy = 0; copy < 2; ++copy)
            html += QStringLiteral("<div style=\"page-break-before: always\"></div>") +
                    pack->at(1).html;
        const QString file = dir.filePath(item.reference + QStringLiteral(".html"));
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(html.toUtf8());
        files << file;
    }
    QProcess p;
    QStringList args{QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                     QStringLiteral("pdf:writer_pdf_Export"), QStringLiteral("--outdir"),
                     dir.filePath(QStringLiteral("out"))};
    args << files;
    QElapsedTimer t;
    t.start();
    p.start(soffice, args);
    p.waitForFinished(-1);
    Conversion c;
    c.seconds = t.nsecsElapsed() / 1e9;
    c.files = int(files.size());
    for (const QString &pdf :
         QDir(dir.filePath(QStringLiteral("out"))).entryList({QStringLiteral("*.pdf")}))
        c.pages += pdfPages(dir.filePath(QStringLiteral("out/") + pdf));
    return c;
}

/// LibreOffice converting the same packs' HTML; installs it when missing and possible.
void libreOffice(const SqlStorage &storage, int packs, double ours)
{
    QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty() && getuid() == 0) {
        out << "LibreOffice missing: installing libreoffice-writer-nogui (apt-get)…" << Qt::endl;
        QProcess::execute(QStringLiteral("apt-get"),
                          {QStringLiteral("install"), QStringLiteral("-y"), QStringLiteral("-qq"),
                           QStringLiteral("--no-install-recommends"),
                           QStringLiteral("libreoffice-writer-nogui")});
        soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    }
    if (soffice.isEmpty()) {
        out << "LibreOffice: skipped, soffice is not installed and could not be (run as root, "
               "or apt-get install libreoffice-writer-nogui)."
            << Qt::endl;
        return;
    }
    // A first run makes LibreOffice's profile; a run of one pack measures its start-up, which
    // the comparison leaves out so that it is LibreOffice's pace that Habilis is held to.
    convert(soffice, storage, 1);
    const Conversion one = convert(soffice, storage, 1);
    const Conversion all = convert(soffice, storage, packs);
    const double rate = all.seconds > 0 ? all.pages / all.seconds : 0;
    const double seconds = all.seconds - one.seconds;
    const double pace = seconds > 0 ? (all.pages - one.pages) / seconds : 0;
    out << QStringLiteral("LibreOffice %1 packs: %2 pages in %3 s: %4 pages/s; without its "
                          "start-up (%5 s): %6 pages/s")
               .arg(all.files)
               .arg(all.pages)
               .arg(all.seconds, 0, 'f', 1)
               .arg(rate, 0, 'f', 1)
               .arg(one.seconds, 0, 'f', 1)
               .arg(pace, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("Habilis is %1 times faster than LibreOffice without its start-up "
                          "(%2 times with it)")
               .arg(pace > 0 ? ours / pace : 0, 0, 'f', 1)
               .arg(rate > 0 ? ours / rate : 0, 0, 'f', 1)
        << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == u"--child")
        return child(args.value(2), args.value(3).toInt(), args.value(4));

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("national.sqlite"));
    out << "habilis-print-bench: " << QThread::idealThreadCount() << " cores" << Qt::endl;
    {
        auto s = SqlStorage::open(db);
        if (!s ||
            !DemoGenerator::generate(**s, DemoGenerator::Scale::National, QDate::currentDate())) {
            out << "the national dataset could not be made" << Qt::endl;
            return 1;
        }
    }
    double rate1000 = 0;
    for (int packs : {100, 1000}) {
        const Run r = runChild(db, packs, dir.filePath(QStringLiteral("batch.pdf")));
        if (r.pages == 0)
            return 1;
        const double rate = r.pages / r.seconds;
        if (packs == 1000)
            rate1000 = rate;
        out << QStringLiteral("%1 mailing packs: %2 pages in %3 s: %4 pages/s; peak memory %5 MiB; "
                              "PDF %6 MiB")
                   .arg(packs)
                   .arg(r.pages)
                   .arg(r.seconds, 0, 'f', 1)
                   .arg(rate, 0, 'f', 0)
                   .arg(r.peak / 1024.0, 0, 'f', 0)
                   .arg(QFileInfo(dir.filePath(QStringLiteral("batch.pdf"))).size() / 1048576.0, 0,
                        'f', 1)
            << Qt::endl;
    }
    auto s = SqlStorage::open(db);
    if (s)
        libreOffice(**s, 100, rate1000);
    return 0;
}

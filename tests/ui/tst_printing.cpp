// Printing through QPrinter, as the window does: one job for a whole batch, no dialog.
#include "../core/fixtures.h"
#include "printing.h"
#include "testmain.h"

#include <QApplication>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace habilis;

namespace {
QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        qFatal("%s failed (poppler-utils is installed by scripts/deps.sh)", qPrintable(program));
    return QString::fromUtf8(p.readAllStandardOutput());
}

StepInput on(QDate d)
{
    StepInput in;
    in.date = d;
    return in;
}
} // namespace

class TestPrinting : public QObject {
    Q_OBJECT

    std::unique_ptr<SqlStorage> m_storage;
    QTemporaryDir m_dir;
    QList<MailingItem> m_queue;

private slots:
    void initTestCase()
    {
        auto s = fixtures::openDatabase(QStringLiteral(":memory:"));
        QVERIFY(s.ok());
        m_storage = std::move(s).value();
        const QDate today(2026, 11, 22);
        for (const auto &[caf, request] : {std::pair{"caf-82.json", "moissac-2024.json"},
                                           std::pair{"caf-73.json", "porte-de-savoie-2025.json"}}) {
            QVERIFY(m_storage->saveCaf(fixtures::caf(QLatin1String(caf))).ok());
            const Expected<Convention> c =
                m_storage->importRequest(fixtures::request(QLatin1String(request)));
            QVERIFY(c.ok());
            QVERIFY(
                m_storage->recordStep(c->reference, Step::Check, on(c->receivedOn), today).ok());
        }
        const auto queue = m_storage->mailingQueue({});
        QVERIFY(queue.ok());
        m_queue = *queue;
        QCOMPARE(m_queue.size(), 2);
    }

    void batchIsOneJob()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString file = m_dir.filePath(QStringLiteral("job.pdf"));
        printer.setOutputFileName(file);
        Printing::setUp(printer, QStringLiteral("Envois"));
        const Expected<BatchResult> r =
            Printing::printBatch(printer, *m_storage, Documents(), m_queue, QDate(2026, 11, 22));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r->packs, 2);
        const QString info = run(QStringLiteral("pdfinfo"), {file});
        static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        QCOMPARE(pages.match(info).captured(1).toInt(), r->pages);
        QVERIFY2(info.contains(QStringLiteral("595.276 x 841.89")) ||
                     info.contains(QStringLiteral("595 x 842")),
                 qPrintable(info));
        const QString text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), file, QStringLiteral("-")})
                .simplified();
        QVERIFY(text.indexOf(QStringLiteral("73800 PORTE DE SAVOIE")) <
                text.indexOf(QStringLiteral("82200 MOISSAC")));
    }

    void cancelledJobIsDropped()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString file = m_dir.filePath(QStringLiteral("cancelled.pdf"));
        printer.setOutputFileName(file);
        Printing::setUp(printer, QStringLiteral("Envois"));
        const Expected<BatchResult> r =
            Printing::printBatch(printer, *m_storage, Documents(), m_queue, QDate(2026, 11, 22),
                                 [](int done, int) { return done < 1; });
        QVERIFY(!r.ok());
        QVERIFY2(r.errorString().contains(QStringLiteral("annulée")), qPrintable(r.errorString()));
        QCOMPARE(m_storage->mailingQueue({})->size(), 2); // nothing recorded
    }
};

HABILIS_TEST_GUI_MAIN(TestPrinting)
#include "tst_printing.moc"

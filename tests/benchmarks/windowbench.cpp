// habilis-window-bench: how fast the window opens on the national dataset, and whether typing
// in the search field ever stalls it.
#include "demo/generator.h"
#include "i18n.h"
#include "mainwindow.h"
#include "storage/sqlstorage.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>

using namespace habilis;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

/// The longest time the event loop went without running a 1 ms timer: what a person feels as
/// a frozen window.
class StallMeter : public QObject {
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_max = std::max(m_max, m_clock.nsecsElapsed());
            m_clock.restart();
        });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    double stopMs()
    {
        m_timer.stop();
        return double(m_max) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // no saved window state between runs
    installTranslators(app, QStringLiteral("fr"));
    QTextStream out(stdout);
    out << "habilis-window-bench: " << QThread::idealThreadCount() << " cores, "
        << QSysInfo::prettyProductName() << ", platform " << QApplication::platformName()
        << Qt::endl;

    // The national dataset: the file given, or one made now.
    QTemporaryDir dir;
    QString path = app.arguments().value(1);
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("national.sqlite"));
        auto s = SqlStorage::open(path);
        if (!s) {
            out << s.errorString() << Qt::endl;
            return 1;
        }
        const auto counts =
            DemoGenerator::generate(**s, DemoGenerator::Scale::National, QDate::currentDate());
        if (!counts) {
            out << counts.errorString() << Qt::endl;
            return 1;
        }
        QSqlQuery q((*s)->database());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    // Open: the database, the notices that took effect, the window with its work list, shown.
    QList<double> opens;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        auto s = SqlStorage::open(path);
        if (!s || !(*s)->settle(QDate::currentDate())) {
            out << "cannot open " << path << Qt::endl;
            return 1;
        }
        MainWindow window(s->get());
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return 1;
        QApplication::processEvents();
        opens << double(t.nsecsElapsed()) / 1e6;
    }
    out << QStringLiteral(
               "open the window (database, work list, shown)   median %1 ms, worst %2 ms")
               .arg(median(opens), 0, 'f', 0)
               .arg(*std::max_element(opens.cbegin(), opens.cend()), 0, 'f', 0)
        << Qt::endl;

    // Typing: a person types a query at 8 keys a second on each list; the results follow.
    auto s = SqlStorage::open(path);
    MainWindow window(s->get());
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    const QStringList queries{QStringLiteral("commune de saint"), QStringLiteral("crèche"),
                              QStringLiteral("marie"), QStringLiteral("CS-73-2025"),
                              QStringLiteral("lutins chambery")};
    const QList<std::pair<MainWindow::Page, const char *>> pages{
        {MainWindow::Conventions, "conventions"},
        {MainWindow::Providers, "providers"},
        {MainWindow::Establishments, "establishments"},
        {MainWindow::Persons, "persons"}};
    StallMeter meter;
    for (const auto &[page, name] : pages) {
        window.showPage(page);
        QList<double> stalls;
        for (const QString &query : queries) {
            search->clear();
            QApplication::processEvents();
            meter.start();
            for (QChar c : query) {
                // As a keyboard sends it (QTest's key clicks know only ASCII).
                QKeyEvent press(QEvent::KeyPress, 0, Qt::NoModifier, QString(c));
                QApplication::sendEvent(search, &press);
                QTest::qWait(125);
            }
            QTest::qWait(400); // the last pause: the list follows
            stalls << meter.stopMs();
        }
        out << QStringLiteral("typing on the %1 list: longest stall %2 ms (median over %3 queries "
                              "%4 ms)")
                   .arg(QLatin1String(name))
                   .arg(*std::max_element(stalls.cbegin(), stalls.cend()), 0, 'f', 0)
                   .arg(queries.size())
                   .arg(median(stalls), 0, 'f', 0)
            << Qt::endl;
    }
    // The main screens as pictures, to look at them: HABILIS_SCREENSHOTS=folder.
    if (const QString shots = qEnvironmentVariable("HABILIS_SCREENSHOTS"); !shots.isEmpty()) {
        window.resize(1360, 800);
        search->clear();
        const auto save = [&](const QString &name) {
            QTest::qWait(300);
            window.grab().save(shots + QLatin1Char('/') + name + QStringLiteral(".png"));
        };
        for (const auto &[page, name] : pages) {
            window.showPage(page);
            save(QLatin1String(name));
        }
        window.showPage(MainWindow::Work);
        save(QStringLiteral("work"));
        search->setText(QStringLiteral("lutins"));
        window.searchEntered();
        save(QStringLiteral("search"));
        ConventionFilter inForce;
        inForce.state = ConventionState::InForce;
        inForce.limit = 1;
        if (const auto rows = (*s)->conventions(inForce); rows && !rows->isEmpty()) {
            window.openConvention(rows->constFirst().reference);
            save(QStringLiteral("detail"));
        }
    }
    return 0;
}

#include "domain/dates.h"
#include "testmain.h"

using namespace habilis;

namespace {
// An independent formulation of the rules, by calendar arithmetic rather than QDate::addYears
// and QDate::addMonths.
QDate clampedDate(int year, int month, int day)
{
    while (month < 1) {
        month += 12;
        --year;
    }
    return QDate(year, month, qMin(day, QDate(year, month, 1).daysInMonth()));
}

QDate referenceTermination(QDate effective, QDate notice)
{
    for (int k = 1; k < 200; ++k) {
        const QDate anniversary =
            clampedDate(effective.year() + k, effective.month(), effective.day());
        const QDate deadline =
            clampedDate(anniversary.year(), anniversary.month() - 3, anniversary.day());
        if (notice <= deadline)
            return anniversary;
    }
    return {};
}
} // namespace

class TestDates : public QObject {
    Q_OBJECT
private slots:
    void anniversary_data()
    {
        QTest::addColumn<QDate>("effective");
        QTest::addColumn<int>("k");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("first year") << QDate(2024, 3, 1) << 1 << QDate(2025, 3, 1);
        QTest::newRow("29 February, common year") << QDate(2024, 2, 29) << 1 << QDate(2025, 2, 28);
        QTest::newRow("29 February, back in a leap year")
            << QDate(2024, 2, 29) << 4 << QDate(2028, 2, 29);
        QTest::newRow("several years on") << QDate(2025, 7, 29) << 7 << QDate(2032, 7, 29);
        QTest::newRow("k = 0 is the effective date")
            << QDate(2025, 7, 29) << 0 << QDate(2025, 7, 29);
    }
    void anniversary()
    {
        QFETCH(QDate, effective);
        QFETCH(int, k);
        QFETCH(QDate, expected);
        QCOMPARE(dates::anniversary(effective, k), expected);
    }

    void nextAnniversary_data()
    {
        QTest::addColumn<QDate>("effective");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("on the effective date")
            << QDate(2024, 3, 1) << QDate(2024, 3, 1) << QDate(2025, 3, 1);
        QTest::newRow("the day before")
            << QDate(2024, 3, 1) << QDate(2025, 2, 28) << QDate(2025, 3, 1);
        QTest::newRow("on the anniversary")
            << QDate(2024, 3, 1) << QDate(2025, 3, 1) << QDate(2026, 3, 1);
        QTest::newRow("29 February")
            << QDate(2024, 2, 29) << QDate(2026, 1, 1) << QDate(2026, 2, 28);
        QTest::newRow("years later")
            << QDate(2025, 7, 29) << QDate(2031, 12, 31) << QDate(2032, 7, 29);
    }
    void nextAnniversary()
    {
        QFETCH(QDate, effective);
        QFETCH(QDate, day);
        QFETCH(QDate, expected);
        QCOMPARE(dates::nextAnniversary(effective, day), expected);
    }

    void period_data()
    {
        QTest::addColumn<QDate>("effective");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("index");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("first day") << QDate(2024, 3, 1) << QDate(2024, 3, 1) << 0
                                   << QDate(2024, 3, 1) << QDate(2025, 2, 28);
        QTest::newRow("first renewal") << QDate(2024, 3, 1) << QDate(2025, 3, 1) << 1
                                       << QDate(2025, 3, 1) << QDate(2026, 2, 28);
        QTest::newRow("29 February") << QDate(2024, 2, 29) << QDate(2025, 6, 1) << 1
                                     << QDate(2025, 2, 28) << QDate(2026, 2, 27);
        QTest::newRow("Moissac, today") << QDate(2024, 3, 1) << QDate(2026, 11, 22) << 2
                                        << QDate(2026, 3, 1) << QDate(2027, 2, 28);
    }
    void period()
    {
        QFETCH(QDate, effective);
        QFETCH(QDate, day);
        QFETCH(int, index);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        const dates::Period p = dates::periodOn(effective, day);
        QCOMPARE(p.index, index);
        QCOMPARE(p.start, start);
        QCOMPARE(p.end, end);
    }

    void periodBeforeEffectiveDate()
    {
        QVERIFY(!dates::periodOn(QDate(2024, 3, 1), QDate(2024, 2, 29)).start.isValid());
    }

    void termination_data()
    {
        QTest::addColumn<QDate>("effective");
        QTest::addColumn<QDate>("notice");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("exactly three months before")
            << QDate(2024, 3, 1) << QDate(2024, 12, 1) << QDate(2025, 3, 1);
        QTest::newRow("one day late")
            << QDate(2024, 3, 1) << QDate(2024, 12, 2) << QDate(2026, 3, 1);
        QTest::newRow("well before")
            << QDate(2024, 3, 1) << QDate(2024, 4, 15) << QDate(2025, 3, 1);
        QTest::newRow("before the effective date")
            << QDate(2024, 3, 1) << QDate(2024, 1, 10) << QDate(2025, 3, 1);
        QTest::newRow("on the anniversary itself")
            << QDate(2024, 3, 1) << QDate(2025, 3, 1) << QDate(2026, 3, 1);
        QTest::newRow("29 February, in time")
            << QDate(2024, 2, 29) << QDate(2024, 11, 28) << QDate(2025, 2, 28);
        QTest::newRow("29 February, one day late")
            << QDate(2024, 2, 29) << QDate(2024, 11, 29) << QDate(2026, 2, 28);
        QTest::newRow("29 February, leap anniversary")
            << QDate(2024, 2, 29) << QDate(2027, 11, 29) << QDate(2028, 2, 29);
        QTest::newRow("31 May: deadline 28 February")
            << QDate(2024, 5, 31) << QDate(2025, 2, 28) << QDate(2025, 5, 31);
        QTest::newRow("31 May: 1 March is late")
            << QDate(2024, 5, 31) << QDate(2025, 3, 1) << QDate(2026, 5, 31);
        QTest::newRow("Porte-de-Savoie, in time")
            << QDate(2025, 7, 29) << QDate(2026, 4, 29) << QDate(2026, 7, 29);
        QTest::newRow("Porte-de-Savoie, late")
            << QDate(2025, 7, 29) << QDate(2026, 4, 30) << QDate(2027, 7, 29);
        QTest::newRow("several years on")
            << QDate(2025, 7, 29) << QDate(2030, 1, 10) << QDate(2030, 7, 29);
        QTest::newRow("new year") << QDate(2023, 1, 1) << QDate(2025, 10, 1) << QDate(2026, 1, 1);
        QTest::newRow("new year, late")
            << QDate(2023, 1, 1) << QDate(2025, 10, 2) << QDate(2027, 1, 1);
    }
    void termination()
    {
        QFETCH(QDate, effective);
        QFETCH(QDate, notice);
        QFETCH(QDate, expected);
        QCOMPARE(dates::terminationDate(effective, notice), expected);
        QCOMPARE(dates::nextNoticeDeadline(effective, notice), dates::noticeDeadline(expected));
    }

    void terminationAgainstIndependentRule()
    {
        // Every signature day of three years (leap year included) against notices spread over
        // the following five years: about 20 000 cases.
        int cases = 0;
        for (QDate e(2023, 1, 1); e <= QDate(2025, 12, 31); e = e.addDays(1)) {
            for (int offset = -40; offset < 5 * 365; offset += 97 + (e.day() % 5)) {
                const QDate notice = e.addDays(offset);
                const QDate expected = referenceTermination(e, notice);
                if (dates::terminationDate(e, notice) != expected) {
                    QFAIL(
                        qPrintable(QStringLiteral("effective %1, notice %2: %3 instead of %4")
                                       .arg(e.toString(Qt::ISODate), notice.toString(Qt::ISODate),
                                            dates::terminationDate(e, notice).toString(Qt::ISODate),
                                            expected.toString(Qt::ISODate))));
                }
                ++cases;
            }
        }
        QVERIFY(cases > 15000);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("French") << QStringLiteral("29/07/2025") << QDate(2025, 7, 29);
        QTest::newRow("ISO") << QStringLiteral("2025-07-29") << QDate(2025, 7, 29);
        QTest::newRow("short") << QStringLiteral("1/3/2024") << QDate(2024, 3, 1);
        QTest::newRow("two-digit year") << QStringLiteral("01/03/24") << QDate(2024, 3, 1);
        QTest::newRow("no such day") << QStringLiteral("31/02/2025") << QDate();
        QTest::newRow("empty") << QString() << QDate();
        QTest::newRow("words") << QStringLiteral("demain") << QDate();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(dates::parse(text), expected);
    }
};

HABILIS_TEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"

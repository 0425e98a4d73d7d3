#include "demo/generator.h"
#include "domain/dates.h"
#include "domain/labels.h"
#include "domain/validation.h"
#include "fixtures.h"
#include "storage/schema.h"
#include "testmain.h"

#include <QSet>

using namespace habilis;

class TestDemo : public QObject {
    Q_OBJECT

    std::unique_ptr<SqlStorage> m_national;
    DemoCounts m_counts;

private slots:
    void initTestCase()
    {
        auto s = fixtures::openDatabase(QStringLiteral(":memory:"));
        QVERIFY(s.ok());
        m_national = std::move(s).value();
        const auto counts = DemoGenerator::generate(*m_national, DemoGenerator::Scale::National,
                                                    QDate(2026, 11, 22));
        QVERIFY2(counts.ok(), qPrintable(counts.errorString()));
        m_counts = *counts;
    }

    void nationalScale()
    {
        QCOMPARE(m_counts.cafs, 101);
        QCOMPARE(m_counts.providers, 30000);
        QCOMPARE(m_counts.conventions, 30000);
        QVERIFY(m_counts.establishments > 57000 && m_counts.establishments < 63000);
        QVERIFY(m_counts.persons > 57000 && m_counts.persons < 63000);
        const auto rows = fixtures::rowCounts(m_national->database());
        QCOMPARE(rows.value(QStringLiteral("conventions")), 30000);
        QCOMPARE(rows.value(QStringLiteral("persons")), m_counts.persons);
        QCOMPARE(rows.value(QStringLiteral("journal")), 1);
    }

    void searchTriggersAreBack()
    {
        // The generator drops the insert triggers for its bulk and must put them back.
        const auto triggers = [](const QSqlDatabase &db) {
            QSqlQuery q(db);
            q.exec(fixtures::testPostgres().isEmpty()
                       ? QStringLiteral("SELECT group_concat(name) FROM (SELECT name FROM "
                                        "sqlite_master WHERE type = 'trigger' ORDER BY name)")
                       : QStringLiteral("SELECT string_agg(t.tgname, ',' ORDER BY t.tgname) FROM "
                                        "pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN "
                                        "pg_namespace n ON n.oid = c.relnamespace WHERE NOT "
                                        "t.tgisinternal AND n.nspname = current_schema()"));
            return q.next() ? q.value(0).toString() : QString();
        };
        auto fresh = fixtures::openDatabase(QStringLiteral(":memory:"));
        QVERIFY(fresh.ok());
        QVERIFY(!triggers((*fresh)->database()).isEmpty());
        QCOMPARE(triggers(m_national->database()), triggers((*fresh)->database()));
    }

    void everyStateIsThere()
    {
        for (const QString &code : Labels::stateCodes()) {
            ConventionFilter f;
            f.state = Labels::stateFromCode(code);
            const auto n = m_national->countConventions(f);
            QVERIFY(n.ok());
            QVERIFY2(*n > 0, qPrintable(code));
        }
    }

    void datesFollowTheRules()
    {
        QSqlQuery q(m_national->database());
        QVERIFY(q.exec(QStringLiteral("SELECT reference, state, received_on, mailed_on, signed_on, "
                                      "notice_received_on, terminated_on FROM conventions")));
        int terminated = 0;
        QSet<QString> references;
        while (q.next()) {
            const QString ref = q.value(0).toString();
            QVERIFY2(!references.contains(ref), qPrintable(ref));
            references.insert(ref);
            const QString state = q.value(1).toString();
            const QDate received = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            const QDate mailed = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            const QDate signedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            const QDate notice = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            const QDate end = QDate::fromString(q.value(6).toString(), Qt::ISODate);
            QVERIFY(received.isValid() && received <= QDate(2026, 11, 22));
            QVERIFY2(ref.contains(QString::number(received.year())), qPrintable(ref));
            if (mailed.isValid())
                QVERIFY(mailed >= received);
            if (state == u"in-force" || state == u"terminated")
                QVERIFY2(signedOn.isValid() && signedOn > received, qPrintable(ref));
            if (state == u"terminated") {
                ++terminated;
                QCOMPARE(end, dates::terminationDate(signedOn, notice));
                QVERIFY(end <= QDate(2026, 11, 22));
            }
        }
        QCOMPARE(references.size(), 30000);
        QVERIFY(terminated > 100);
    }

    void recordsPassValidation()
    {
        const auto types = m_national->establishmentTypes();
        QVERIFY(types.ok());
        ConventionFilter f;
        f.limit = 300;
        f.offset = 5000;
        const auto rows = m_national->conventions(f);
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 300);
        bool accents = false, hyphens = false, apostrophes = false;
        for (const ConventionRow &r : *rows) {
            const auto d = m_national->convention(r.reference);
            QVERIFY(d.ok());
            QList<FieldError> errors = Validation::validate(d->provider);
            for (const Person &p : d->annex.persons) {
                errors << Validation::validate(p);
                accents = accents || Validation::foldKey(p.firstName) != p.firstName.toLower();
                hyphens = hyphens || p.lastName.contains(u'-') || p.firstName.contains(u'-');
                apostrophes = apostrophes || p.lastName.contains(u'\'');
            }
            for (const AnnexEstablishment &e : d->annex.establishments)
                errors << Validation::validate(e, *types);
            errors << Validation::checkDuplicates(d->annex.persons, d->annex.establishments);
            QVERIFY2(errors.isEmpty(), qPrintable(r.reference + u' ' + joinErrors(errors)));
            QVERIFY(!d->annex.persons.isEmpty() && !d->annex.establishments.isEmpty());
        }
        QVERIFY(accents && hyphens && apostrophes);
    }

    void searchFindsAccentedNames()
    {
        ConventionFilter f;
        f.text = QStringLiteral("helene");
        const auto plain = m_national->countConventions(f);
        f.text = QStringLiteral("HÉLÈNE");
        const auto accented = m_national->countConventions(f);
        QVERIFY(plain.ok() && accented.ok());
        QVERIFY(*plain > 0);
        QCOMPARE(*plain, *accented);
    }

    void sameSeedSameData()
    {
        auto a = fixtures::openDatabase(QStringLiteral(":memory:"));
        auto b = fixtures::openDatabase(QStringLiteral(":memory:"));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(
            DemoGenerator::generate(**a, DemoGenerator::Scale::Small, QDate(2026, 11, 22), 7).ok());
        QVERIFY(
            DemoGenerator::generate(**b, DemoGenerator::Scale::Small, QDate(2026, 11, 22), 7).ok());
        ConventionFilter f;
        const auto ra = (*a)->conventions(f);
        const auto rb = (*b)->conventions(f);
        QCOMPARE(ra->size(), 60);
        for (int i = 0; i < ra->size(); ++i)
            QCOMPARE(ra->at(i).providerName, rb->at(i).providerName);
    }

    void refusesAFullDatabase()
    {
        const auto before = fixtures::rowCounts(m_national->database());
        const auto again =
            DemoGenerator::generate(*m_national, DemoGenerator::Scale::Small, QDate(2026, 11, 22));
        QVERIFY(!again.ok());
        QVERIFY2(again.errorString().contains(QStringLiteral("30000")),
                 qPrintable(again.errorString()));
        QCOMPARE(fixtures::rowCounts(m_national->database()), before);
    }

    // Last: it moves the database a week on.
    void noRenewalBacklog()
    {
        // The generator writes the renewals up to its day as history: opening the database on
        // that day journals nothing, the next anniversaries one entry each.
        QCOMPARE(*m_national->settle(QDate(2026, 11, 22)), 0);
        QCOMPARE(m_national->journal({})->size(), 1);
        // Expected: the in-force conventions with an anniversary from 23 to 30 November.
        int expected = 0;
        {
            QSqlQuery q(m_national->database());
            QVERIFY(q.exec(QStringLiteral("SELECT signed_on, terminated_on FROM conventions "
                                          "WHERE state = 'in-force'")));
            while (q.next()) {
                const QDate e = QDate::fromString(q.value(0).toString(), Qt::ISODate);
                const QDate end = QDate::fromString(q.value(1).toString(), Qt::ISODate);
                for (int k = 1; k < 10; ++k) {
                    const QDate a = dates::anniversary(e, k);
                    if (a > QDate(2026, 11, 22) && a <= QDate(2026, 11, 30) &&
                        (!end.isValid() || a < end))
                        ++expected;
                }
            }
        }
        const auto ended = m_national->settle(QDate(2026, 11, 30));
        QVERIFY(ended.ok());
        JournalFilter f;
        const auto entries = m_national->journal(f);
        int renewed = 0;
        for (const JournalEntry &e : *entries)
            renewed += e.action == u"convention.renewed";
        QVERIFY(expected > 100);
        QCOMPARE(renewed, expected);
    }
};

HABILIS_TEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"

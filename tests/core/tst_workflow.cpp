#include "domain/workflow.h"
#include "fixtures.h"
#include "testmain.h"

#include <QJsonDocument>

Q_DECLARE_METATYPE(habilis::StepInput)

using namespace habilis;

namespace {
const QDate kToday(2026, 11, 22);

Convention at(ConventionState state)
{
    Convention c;
    c.id = 1;
    c.reference = QStringLiteral("CS-82-2024-0001");
    c.state = state;
    c.receivedOn = QDate(2024, 1, 15);
    if (state >= ConventionState::Mailed && state != ConventionState::Cancelled)
        c.mailedOn = QDate(2024, 2, 1);
    if (state >= ConventionState::Returned && state != ConventionState::Cancelled)
        c.returnedOn = QDate(2024, 2, 26);
    if (state == ConventionState::InForce || state == ConventionState::Terminated)
        c.signedOn = QDate(2024, 3, 1);
    return c;
}

StepInput on(QDate d)
{
    StepInput in;
    in.date = d;
    return in;
}
} // namespace

class TestWorkflow : public QObject {
    Q_OBJECT

    std::unique_ptr<SqlStorage> m_storage;

private slots:
    void refusals_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("step");
        QTest::addColumn<StepInput>("input");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, ConventionState s, Step st, StepInput in,
                            QStringList expected) {
            QTest::newRow(name) << int(s) << int(st) << in << expected;
        };
        StepInput ret = on(QDate(2024, 2, 26));
        ret.signatory = QStringLiteral("Romain LOPEZ, Maire");
        ret.signedOn = QDate(2024, 2, 20);

        row("countersign a convention never returned", ConventionState::Mailed, Step::Countersign,
            on(QDate(2024, 3, 1)),
            {QStringLiteral("Envoyée pour signature"), QStringLiteral("CS-82-2024-0001")});
        row("mail a rejected request", ConventionState::Rejected, Step::Mail, on(QDate(2024, 2, 1)),
            {QStringLiteral("Demande rejetée")});
        StepInput early = ret;
        early.date = QDate(2024, 1, 30);
        early.signedOn = QDate(2024, 1, 30);
        row("return before the mailing", ConventionState::Mailed, Step::Return, early,
            {QStringLiteral("30/01/2024"), QStringLiteral("01/02/2024")});
        StepInput future = ret;
        future.signedOn = QDate(2024, 3, 10);
        row("provider's signature after the return", ConventionState::Mailed, Step::Return, future,
            {QStringLiteral("10/03/2024")});
        row("a step in the future", ConventionState::Received, Step::Check, on(QDate(2026, 11, 23)),
            {QStringLiteral("23/11/2026"), QStringLiteral("futur")});
        StepInput noSignatory = ret;
        noSignatory.signatory.clear();
        row("return without signatory", ConventionState::Mailed, Step::Return, noSignatory,
            {QStringLiteral("signataire")});
        StepInput badAck = ret;
        badAck.prefectureAck = QStringLiteral("082-21820112-20240903-CM-DE");
        row("bad prefecture acknowledgement", ConventionState::Mailed, Step::Return, badAck,
            {QStringLiteral("« 082-21820112-20240903-CM-DE »")});
        row("reject without a reason", ConventionState::Checked, Step::Reject,
            on(QDate(2024, 1, 20)), {QStringLiteral("motif")});
        row("cancel a convention in force", ConventionState::InForce, Step::Cancel,
            on(QDate(2024, 6, 1)), {QStringLiteral("En vigueur")});
        StepInput notice = on(QDate(2024, 9, 1));
        notice.terminatedBy = QStringLiteral("provider");
        row("terminate without letter number", ConventionState::InForce, Step::Terminate, notice,
            {QStringLiteral("recommandée")});
        notice.registeredLetter = QStringLiteral("1A 234 567 8901 2");
        notice.terminatedBy = QStringLiteral("mairie");
        row("terminate by whom", ConventionState::InForce, Step::Terminate, notice,
            {QStringLiteral("« mairie »")});
        notice.terminatedBy = QStringLiteral("caf");
        row("terminate a terminated convention", ConventionState::Terminated, Step::Terminate,
            notice, {QStringLiteral("Résiliée")});
        row("activate before signature", ConventionState::Returned, Step::Activate,
            on(QDate(2024, 3, 2)), {QStringLiteral("Exemplaire signé retourné")});
    }
    void refusals()
    {
        QFETCH(int, state);
        QFETCH(int, step);
        QFETCH(StepInput, input);
        QFETCH(QStringList, expected);
        const QString why =
            Workflow::refusal(at(ConventionState(state)), Step(step), input, kToday);
        QVERIFY(!why.isEmpty());
        for (const QString &part : expected)
            QVERIFY2(why.contains(part), qPrintable(why));
    }

    void terminateTwice()
    {
        Convention c = at(ConventionState::InForce);
        StepInput in = on(QDate(2024, 12, 1));
        in.terminatedBy = QStringLiteral("provider");
        in.registeredLetter = QStringLiteral("1A 234 567 8901 2");
        QVERIFY(Workflow::refusal(c, Step::Terminate, in, kToday).isEmpty());
        c = Workflow::apply(c, Step::Terminate, in);
        QCOMPARE(c.terminatedOn, QDate(2025, 3, 1));
        const QString why = Workflow::refusal(c, Step::Terminate, in, kToday);
        QVERIFY2(why.contains(QStringLiteral("01/03/2025")), qPrintable(why));
    }

    void prefectureAck_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Porte-de-Savoie")
            << QStringLiteral("073-200083681-20251015-15102025D14-DE") << true;
        QTest::newRow("Moissac") << QStringLiteral("082-218201127-20240903-CM20240903_07-DE")
                                 << true;
        QTest::newRow("Corsica") << QStringLiteral("02A-212000046-20250102-D1-DE") << true;
        QTest::newRow("no such day")
            << QStringLiteral("073-200083681-20251315-15102025D14-DE") << false;
        QTest::newRow("short SIREN")
            << QStringLiteral("073-20008368-20251015-15102025D14-DE") << false;
        QTest::newRow("no nature") << QStringLiteral("073-200083681-20251015-15102025D14") << false;
    }
    void prefectureAck()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Workflow::isValidPrefectureAck(text), valid);
    }

    void lifeOfMoissac()
    {
        auto opened = fixtures::openFresh();
        QVERIFY(opened.ok());
        m_storage = std::move(opened).value();
        SqlStorage &s = *m_storage;
        QVERIFY(s.saveCaf(fixtures::caf(QStringLiteral("caf-82.json"))).ok());
        QVERIFY(s.importRequest(fixtures::request(QStringLiteral("moissac-2024.json"))).ok());
        const QString ref = QStringLiteral("CS-82-2024-0001");
        const auto record = [&](Step step, const StepInput &in) {
            const auto c = s.recordStep(ref, step, in, kToday);
            if (!c)
                qWarning("%s", qPrintable(c.errorString()));
            return c.ok();
        };
        QVERIFY(record(Step::Check, on(QDate(2024, 1, 16))));
        QVERIFY(record(Step::Issue, on(QDate(2024, 1, 20))));
        StepInput mail = on(QDate(2024, 1, 22));
        mail.tracking = QStringLiteral("2C 123 456 7890 1");
        QVERIFY(record(Step::Mail, mail));
        QVERIFY(record(Step::Remind, on(QDate(2024, 2, 23))));
        StepInput ret = on(QDate(2024, 2, 28));
        ret.signatory = QStringLiteral("Romain LOPEZ, Maire");
        ret.signedOn = QDate(2024, 2, 26);
        ret.deliberationOn = QDate(2024, 2, 20);
        ret.prefectureAck = QStringLiteral("082-218201127-20240220-CM20240220_07-DE");
        QVERIFY(record(Step::Return, ret));
        StepInput counter = on(QDate(2024, 3, 1));
        counter.signatory = QStringLiteral("Charlotte HUBERT-BOYER, Directrice");
        QVERIFY(record(Step::Countersign, counter));
        QVERIFY(record(Step::Activate, on(QDate(2024, 3, 4))));

        auto d = s.convention(ref, QDate(2025, 1, 1));
        QVERIFY(d.ok());
        QCOMPARE(d->convention.state, ConventionState::InForce);
        QCOMPARE(d->convention.signedOn, QDate(2024, 3, 1));
        QCOMPARE(d->annex.validFrom, QDate(2024, 3, 1));

        // A person and the LAEP leave: amendment 1, in force once countersigned on 1 May 2025.
        AmendmentChanges leave;
        leave.removePersons << QStringLiteral("S.Fontanie@moissac.fr");
        leave.removeEstablishments << QStringLiteral("laep la mome");
        auto a = s.prepareAmendment(ref, leave, QStringLiteral("Départ de l'agent"),
                                    QDate(2025, 4, 10), kToday);
        QVERIFY2(a.ok(), qPrintable(a.errorString()));
        QCOMPARE(a->number, 1);
        QCOMPARE(a->annexVersion, 2);
        // One amendment at a time; and only what is in the annex can leave.
        const auto second = s.prepareAmendment(ref, leave, {}, QDate(2025, 4, 11), kToday);
        QVERIFY(!second.ok());
        QVERIFY2(second.errorString().contains(QStringLiteral("avenant 1")) ||
                     second.errorString().contains(QStringLiteral("Avenant 1")),
                 qPrintable(second.errorString()));
        QCOMPARE(s.convention(ref)->annex.version, 1); // not in force before signature
        const auto amend = [&](Step st, const StepInput &in) {
            const auto r = s.recordAmendmentStep(ref, 1, st, in, kToday);
            if (!r)
                qWarning("%s", qPrintable(r.errorString()));
            return r.ok();
        };
        QVERIFY(!amend(Step::Countersign, counter)); // never returned
        const auto amendmentItems = [&](QDate day) {
            QStringList list;
            const auto items = s.workList(day);
            for (const WorkItem &w : *items) {
                if (w.amendment)
                    list << Workflow::kindCode(w.kind) + u' ' + w.due.toString(Qt::ISODate);
            }
            return list;
        };
        QCOMPARE(amendmentItems(QDate(2025, 4, 10)),
                 QStringList{QStringLiteral("amendment-mail 2025-04-10")});
        QVERIFY(amend(Step::Mail, on(QDate(2025, 4, 11))));
        QCOMPARE(amendmentItems(QDate(2025, 4, 12)),
                 QStringList{QStringLiteral("amendment-return 2025-05-11")});
        StepInput aret = on(QDate(2025, 4, 25));
        aret.signatory = QStringLiteral("Romain LOPEZ, Maire");
        aret.signedOn = QDate(2025, 4, 22);
        QVERIFY(amend(Step::Return, aret));
        QCOMPARE(amendmentItems(QDate(2025, 4, 25)),
                 QStringList{QStringLiteral("amendment-countersign 2025-04-25")});
        StepInput acounter = on(QDate(2025, 5, 1));
        acounter.signatory = QStringLiteral("Charlotte HUBERT-BOYER, Directrice");
        QVERIFY(amend(Step::Countersign, acounter));
        auto was = s.convention(ref, QDate(2025, 4, 30));
        QCOMPARE(was->annex.version, 1);
        QCOMPARE(was->annex.persons.size(), 2);
        QCOMPARE(was->annex.establishments.size(), 11);
        auto is = s.convention(ref, QDate(2025, 5, 1));
        QCOMPARE(is->annex.version, 2);
        QCOMPARE(is->annex.validFrom, QDate(2025, 5, 1));
        QCOMPARE(is->annex.persons.size(), 1);
        QCOMPARE(is->annex.persons.first().lastName, QStringLiteral("BLACHIER"));
        QCOMPARE(is->annex.establishments.size(), 10);
        QCOMPARE(s.convention(ref)->annex.version, 2);
        QCOMPARE(s.amendments(ref)->first().state, ConventionState::InForce);
        QCOMPARE(amendmentItems(QDate(2025, 5, 1)), QStringList{});
        AmendmentChanges unknown;
        unknown.removePersons << QStringLiteral("personne@ailleurs.fr");
        const auto bad = s.prepareAmendment(ref, unknown, {}, QDate(2025, 6, 1), kToday);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.errorString().contains(QStringLiteral("« personne@ailleurs.fr »")),
                 qPrintable(bad.errorString()));

        // Notice received one day late for 2025: the convention ends on 1 March 2026.
        StepInput notice = on(QDate(2024, 12, 2));
        notice.terminatedBy = QStringLiteral("provider");
        notice.registeredLetter = QStringLiteral("1A 234 567 8901 2");
        notice.letterSentOn = QDate(2024, 11, 29);
        QVERIFY(record(Step::Terminate, notice));
        QCOMPARE(s.convention(ref)->convention.terminatedOn, QDate(2026, 3, 1));
        QCOMPARE(*s.settle(QDate(2026, 2, 28)), 0);
        QCOMPARE(s.convention(ref)->convention.state, ConventionState::InForce);
        QCOMPARE(*s.settle(QDate(2026, 3, 1)), 1);
        QCOMPARE(s.convention(ref)->convention.state, ConventionState::Terminated);
        QCOMPARE(*s.settle(QDate(2026, 3, 2)), 0);

        // Read-only from then on.
        const auto late = s.recordStep(ref, Step::Activate, on(QDate(2026, 3, 2)), kToday);
        QVERIFY(!late.ok());

        const auto events = s.events(ref);
        QVERIFY(events.ok());
        QStringList steps;
        for (const ConventionEvent &e : *events)
            steps << e.step;
        QCOMPARE(steps,
                 (QStringList{QStringLiteral("check"), QStringLiteral("issue"),
                              QStringLiteral("mail"), QStringLiteral("remind"),
                              QStringLiteral("return"), QStringLiteral("countersign"),
                              QStringLiteral("activate"), QStringLiteral("amendment-prepare"),
                              QStringLiteral("amendment-mail"), QStringLiteral("amendment-return"),
                              QStringLiteral("amendment-countersign"), QStringLiteral("terminate"),
                              QStringLiteral("renewed"), QStringLiteral("terminated")}));
        // The tacit renewal of 1 March 2025 is journaled; 1 March 2026 is the end, not one.
        QCOMPARE(events->at(12).date, QDate(2025, 3, 1));
        QVERIFY(events->at(4).details.contains(
            QStringLiteral("082-218201127-20240220-CM20240220_07-DE")));
        QVERIFY(events->at(11).details.contains(QStringLiteral("2026-03-01")));
        JournalFilter jf;
        jf.reference = ref;
        QCOMPARE(s.journal(jf)->size(), 1 + 9 + 4 + 1);

        // Terminated: no amendment any more.
        AmendmentChanges more;
        more.removePersons << QStringLiteral("a.blachier@moissac.fr");
        const auto late2 = s.prepareAmendment(ref, more, {}, QDate(2026, 3, 2), kToday);
        QVERIFY(!late2.ok());
        QVERIFY2(late2.errorString().contains(QStringLiteral("Résiliée")),
                 qPrintable(late2.errorString()));
    }

    void workListOnFixedDates()
    {
        auto opened = fixtures::openFresh();
        QVERIFY(opened.ok());
        SqlStorage &s = **opened;
        QVERIFY(s.saveCaf(fixtures::caf(QStringLiteral("caf-82.json"))).ok());
        QVERIFY(s.saveCaf(fixtures::caf(QStringLiteral("caf-73.json"))).ok());
        QVERIFY(s.importRequest(fixtures::request(QStringLiteral("moissac-2024.json"))).ok());
        QVERIFY(
            s.importRequest(fixtures::request(QStringLiteral("porte-de-savoie-2025.json"))).ok());
        const QString moissac = QStringLiteral("CS-82-2024-0001");
        const auto kinds = [&](QDate day, const QString &ref) {
            QStringList list;
            const auto items = s.workList(day);
            for (const WorkItem &w : *items) {
                if (w.reference == ref)
                    list << Workflow::kindCode(w.kind) + u' ' + w.due.toString(Qt::ISODate);
            }
            return list;
        };
        const auto step = [&](Step st, StepInput in) {
            const auto c = s.recordStep(moissac, st, in, kToday);
            QVERIFY2(c.ok(), qPrintable(c.errorString()));
        };
        QCOMPARE(kinds(QDate(2024, 1, 15), moissac),
                 QStringList{QStringLiteral("check 2024-01-15")});
        step(Step::Check, on(QDate(2024, 1, 16)));
        QCOMPARE(kinds(QDate(2024, 1, 16), moissac),
                 QStringList{QStringLiteral("issue 2024-01-15")});
        step(Step::Issue, on(QDate(2024, 1, 20)));
        QCOMPARE(kinds(QDate(2024, 1, 20), moissac),
                 QStringList{QStringLiteral("mail 2024-01-15")});
        step(Step::Mail, on(QDate(2024, 1, 22)));
        // Not returned: the reminder is due 30 days after the mailing, then 30 after the reminder.
        QCOMPARE(kinds(QDate(2024, 2, 20), moissac), QStringList{});
        QCOMPARE(kinds(QDate(2024, 2, 21), moissac),
                 QStringList{QStringLiteral("remind 2024-02-21")});
        step(Step::Remind, on(QDate(2024, 2, 21)));
        QCOMPARE(kinds(QDate(2024, 3, 21), moissac), QStringList{});
        QVERIFY(s.setReminderDelayDays(15).ok());
        QCOMPARE(kinds(QDate(2024, 3, 7), moissac),
                 QStringList{QStringLiteral("remind 2024-03-07")});
        QVERIFY(!s.setReminderDelayDays(0).ok());
        QCOMPARE(s.reminderDelayDays(), 15);
        StepInput ret = on(QDate(2024, 3, 8));
        ret.signatory = QStringLiteral("Romain LOPEZ, Maire");
        ret.signedOn = QDate(2024, 3, 5);
        step(Step::Return, ret);
        QCOMPARE(kinds(QDate(2024, 3, 8), moissac),
                 QStringList{QStringLiteral("countersign 2024-03-08")});
        StepInput counter = on(QDate(2024, 3, 11));
        counter.signatory = QStringLiteral("Charlotte HUBERT-BOYER, Directrice");
        step(Step::Countersign, counter);
        QCOMPARE(kinds(QDate(2024, 3, 11), moissac),
                 QStringList{QStringLiteral("activate 2024-03-11")});
        step(Step::Activate, on(QDate(2024, 3, 12)));
        // The anniversary of 11 March 2025 enters the four months on 11 November 2024; the last
        // day to give notice for it is 11 December 2024.
        QCOMPARE(kinds(QDate(2024, 11, 10), moissac), QStringList{});
        QCOMPARE(kinds(QDate(2024, 11, 11), moissac),
                 QStringList{QStringLiteral("notice 2024-12-11")});
        QCOMPARE(kinds(QDate(2024, 12, 11), moissac),
                 QStringList{QStringLiteral("notice 2024-12-11")});
        QCOMPARE(kinds(QDate(2024, 12, 12), moissac), QStringList{});
        StepInput notice = on(QDate(2025, 10, 1));
        notice.terminatedBy = QStringLiteral("caf");
        notice.registeredLetter = QStringLiteral("1A 234 567 8901 2");
        step(Step::Terminate, notice);
        QCOMPARE(kinds(QDate(2025, 11, 10), moissac), QStringList{});
        QCOMPARE(kinds(QDate(2025, 11, 11), moissac),
                 QStringList{QStringLiteral("termination 2026-03-11")});
        QCOMPARE(*s.settle(QDate(2026, 3, 11)), 1);
        QCOMPARE(kinds(QDate(2026, 3, 11), moissac), QStringList{});
        // The other request waits to be checked all along.
        QCOMPARE(kinds(QDate(2026, 3, 11), QStringLiteral("CS-73-2025-0001")),
                 QStringList{QStringLiteral("check 2025-06-10")});
    }

    void newRepresentativeByAmendment()
    {
        auto opened = fixtures::openFresh();
        QVERIFY(opened.ok());
        SqlStorage &s = **opened;
        QVERIFY(s.saveCaf(fixtures::caf(QStringLiteral("caf-73.json"))).ok());
        QVERIFY(
            s.importRequest(fixtures::request(QStringLiteral("porte-de-savoie-2025.json"))).ok());
        const QString ref = QStringLiteral("CS-73-2025-0001");
        const auto step = [&](Step st, StepInput in) {
            const auto c = s.recordStep(ref, st, in, kToday);
            QVERIFY2(c.ok(), qPrintable(c.errorString()));
        };
        step(Step::Check, on(QDate(2025, 6, 11)));
        step(Step::Issue, on(QDate(2025, 6, 12)));
        step(Step::Mail, on(QDate(2025, 6, 13)));
        StepInput ret = on(QDate(2025, 7, 28));
        ret.signatory = QStringLiteral("Franck VILLAND, Maire");
        ret.signedOn = QDate(2025, 7, 25);
        step(Step::Return, ret);
        StepInput counter = on(QDate(2025, 7, 29));
        counter.signatory = QStringLiteral("Vincent CLERC, Directeur");
        step(Step::Countersign, counter);

        // A new mayor and a new town hall address, by amendment.
        AmendmentChanges bad;
        bad.address = s.convention(ref)->provider.address;
        bad.address->postcode = QStringLiteral("7380");
        const auto refused = s.prepareAmendment(ref, bad, {}, QDate(2026, 4, 1), kToday);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().contains(QStringLiteral("« 7380 »")),
                 qPrintable(refused.errorString()));
        AmendmentChanges mayor;
        mayor.representative = Representative{Civility::Madame, QStringLiteral("Hélène"),
                                              QStringLiteral("DUPRÉ"), QStringLiteral("Maire")};
        PostalAddress moved = s.convention(ref)->provider.address;
        moved.street = QStringLiteral("1 place de l'Hôtel de Ville");
        mayor.address = moved;
        const auto a = s.prepareAmendment(ref, mayor, QStringLiteral("Élections municipales"),
                                          QDate(2026, 4, 1), kToday);
        QVERIFY2(a.ok(), qPrintable(a.errorString()));
        // Nothing changes until both parties have signed.
        QCOMPARE(s.convention(ref)->provider.representative.lastName, QStringLiteral("VILLAND"));
        QVERIFY(s.recordAmendmentStep(ref, 1, Step::Mail, on(QDate(2026, 4, 2)), kToday).ok());
        StepInput aret = on(QDate(2026, 4, 20));
        aret.signatory = QStringLiteral("Hélène DUPRÉ, Maire");
        aret.signedOn = QDate(2026, 4, 15);
        QVERIFY(s.recordAmendmentStep(ref, 1, Step::Return, aret, kToday).ok());
        StepInput acounter = on(QDate(2026, 4, 22));
        acounter.signatory = QStringLiteral("Vincent CLERC, Directeur");
        const auto signedAmendment =
            s.recordAmendmentStep(ref, 1, Step::Countersign, acounter, kToday);
        QVERIFY2(signedAmendment.ok(), qPrintable(signedAmendment.errorString()));
        const auto d = s.convention(ref);
        QCOMPARE(d->provider.representative.lastName, QStringLiteral("DUPRÉ"));
        QCOMPARE(d->provider.representative.civility, Civility::Madame);
        QCOMPARE(d->provider.address.street, QStringLiteral("1 place de l'Hôtel de Ville"));
        QCOMPARE(d->annex.version, 2); // every amendment yields an annex version
        QCOMPARE(d->annex.persons.size(), 2);
        bool journaled = false;
        const auto entries = s.journal({});
        for (const JournalEntry &e : *entries) {
            if (e.action == u"provider.update")
                journaled = e.before.contains(QStringLiteral("VILLAND")) &&
                            e.after.contains(QStringLiteral("DUPRÉ"));
        }
        QVERIFY(journaled);
    }

    void refusedStepWritesNothing()
    {
        SqlStorage &s = *m_storage;
        const auto before = fixtures::rowCounts(s.database());
        const auto c = s.recordStep(QStringLiteral("CS-82-2024-0001"), Step::Countersign,
                                    on(QDate(2026, 3, 5)), kToday);
        QVERIFY(!c.ok());
        QCOMPARE(fixtures::rowCounts(s.database()), before);
        QVERIFY(!s.recordStep(QStringLiteral("CS-00"), Step::Check, on(kToday), kToday).ok());
    }

    void amendmentRemovesTheEstablishmentTicked()
    {
        // Two ALAE of one commune share their name; the window names the one ticked by its id.
        Annex annex;
        annex.persons << Person{};
        for (const auto &[id, postcode] : {std::pair<qint64, const char *>{11, "82200"},
                                           std::pair<qint64, const char *>{12, "82210"}}) {
            AnnexEstablishment e;
            e.establishment.id = id;
            e.establishment.type = QStringLiteral("ALSH");
            e.establishment.name = QStringLiteral("ALAE municipal");
            e.establishment.postcode = QString::fromLatin1(postcode);
            e.scope.functioning = true;
            annex.establishments << e;
        }
        annex.persons.first().email = QStringLiteral("a@b.fr");
        AmendmentChanges changes;
        changes.removeEstablishments << QStringLiteral("#12");
        QList<FieldError> errors;
        const Annex next = Amendments::apply(annex, changes, {}, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));
        QCOMPARE(next.establishments.size(), 1);
        QCOMPARE(next.establishments.constFirst().establishment.id, qint64(11));
        // An id not in the annex is refused, naming it.
        changes.removeEstablishments = {QStringLiteral("#99")};
        errors.clear();
        Amendments::apply(annex, changes, {}, &errors);
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.constFirst().value, QStringLiteral("#99"));
    }
};

HABILIS_TEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"

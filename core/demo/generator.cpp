#include "generator.h"

#include "domain/dates.h"
#include "domain/labels.h"
#include "domain/validation.h"
#include "frenchdata.h"
#include "storage/schema.h"
#include "storage/sqlstorage.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace habilis {

namespace {

class Bulk {
public:
    Bulk(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        m_query.prepare(sql);
    }
    bool exec(const QVariantList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_query.bindValue(i, SqlStorage::bindable(values.at(i)));
        if (!m_query.exec()) {
            m_error = m_query.lastError().text();
            return false;
        }
        return true;
    }
    /// The id of the row just inserted: the statement ends with RETURNING id (both engines).
    qint64 lastId()
    {
        const qint64 id = m_query.next() ? m_query.value(0).toLongLong() : 0;
        m_query.finish();
        return id;
    }
    QString error() const { return m_error; }

private:
    QSqlQuery m_query;
    QString m_error;
};

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

/// ASCII, lower case, for email addresses and domains.
QString slug(const QString &text, QChar joiner)
{
    const QString folded = Validation::foldKey(text);
    QString out;
    for (QChar c : folded) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (!out.isEmpty() && !out.endsWith(joiner))
            out += joiner;
    }
    while (out.endsWith(joiner))
        out.chop(1);
    return out;
}

QString luhnComplete(const QString &digits)
{
    for (int d = 0; d < 10; ++d) {
        const QString candidate = digits + QString::number(d);
        if (Validation::luhn(candidate))
            return candidate;
    }
    return {};
}

struct Rng {
    explicit Rng(quint32 seed)
        : gen(seed)
    {}
    int below(int n) { return int(gen.bounded(quint32(n))); }
    template <typename L> const typename L::value_type &pick(const L &list)
    {
        return list.at(below(int(list.size())));
    }
    bool chance(int percent) { return below(100) < percent; }
    QDate dayBetween(QDate from, QDate to)
    {
        const qint64 span = from.daysTo(to);
        return span <= 0 ? from : from.addDays(gen.bounded(span + 1));
    }
    QString digits(int n)
    {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(u'0' + below(10));
        return s;
    }
    QRandomGenerator gen;
};

} // namespace

Expected<DemoCounts> DemoGenerator::generate(SqlStorage &storage, Scale scale, QDate today,
                                             quint32 seed)
{
    QSqlDatabase db = storage.database();
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM conventions")) || !q.next())
            return Error{tr("The database cannot be read: %1").arg(q.lastError().text())};
        if (const int n = q.value(0).toInt(); n > 0) {
            if (Schema::engine(db) == Engine::PostgreSQL) {
                return Error{tr("The database already holds %n convention(s): the demo data "
                                "goes only into an empty database (use --pg with a new "
                                "database).",
                                nullptr, n)};
            }
            return Error{tr("The database already holds %n convention(s): the demo data goes "
                            "only into an empty database (use --db with a new file).",
                            nullptr, n)};
        }
    }
    Rng rng(seed);
    const QList<demo::Departement> &allDepts = demo::departements();
    QList<demo::Departement> depts;
    int providerTarget = 30000;
    if (scale == Scale::Small) {
        providerTarget = 60;
        const QString wanted =
            storage.defaultCaf().isEmpty() ? QStringLiteral("73") : storage.defaultCaf();
        for (const demo::Departement &d : allDepts) {
            if (d.code == wanted)
                depts << d;
        }
        if (depts.isEmpty())
            depts << allDepts.first();
    } else {
        depts = allDepts;
    }
    QHash<QString, QList<demo::Town>> townsByDept;
    for (const demo::Town &t : demo::towns())
        townsByDept[t.departement] << t;

    QSqlQuery tx(db);
    if (!tx.exec(Schema::beginWrite(db)))
        return Error{tr("The database cannot be written: %1").arg(tx.lastError().text())};
    const auto fail = [&db](const QString &what) -> Error {
        QSqlQuery rollback(db);
        rollback.exec(QStringLiteral("ROLLBACK"));
        return Error{tr("The demo data could not be written: %1").arg(what)};
    };

    // Indexing row by row through the triggers is several times slower than indexing the
    // tables at the end: drop the insert triggers for the bulk, in this transaction.
    for (const QString &trigger : Schema::searchInsertTriggers(Schema::engine(db))) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("DROP TRIGGER IF EXISTS ") + trigger))
            return fail(q.lastError().text());
    }

    DemoCounts counts;
    Bulk cafInsert(db,
                   QStringLiteral("INSERT INTO cafs (departement, name, director_civility, "
                                  "director_first_name, director_last_name, director_title, "
                                  "address_street, address_po_box, address_postcode, address_town, "
                                  "address_cedex, signing_town, email, phone) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) "
                                  "ON CONFLICT (departement) DO NOTHING"));
    Bulk cafId(db, QStringLiteral("SELECT id FROM cafs WHERE departement = ?"));
    QHash<QString, qint64> cafIds;
    for (const demo::Departement &d : std::as_const(depts)) {
        const bool woman = rng.chance(50);
        const QString first =
            woman ? rng.pick(demo::femaleFirstNames()) : rng.pick(demo::maleFirstNames());
        if (!cafInsert.exec(
                {d.code, d.cafName, Labels::code(woman ? Civility::Madame : Civility::Monsieur),
                 first, rng.pick(demo::lastNames()).toUpper(),
                 woman ? QStringLiteral("Directrice") : QStringLiteral("Directeur"), d.cafStreet,
                 QStringLiteral("CS %1").arg(rng.below(90000) + 10000), d.cafPostcode, d.prefecture,
                 d.prefecture, QStringLiteral("partenaires.cafdu%1@caf.fr").arg(d.code.toLower()),
                 QStringLiteral("09 69 32 %1 %2").arg(rng.digits(2), rng.digits(2))}))
            return fail(cafInsert.error());
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM cafs WHERE departement = ?"));
        q.addBindValue(d.code);
        if (!q.exec() || !q.next())
            return fail(q.lastError().text());
        cafIds.insert(d.code, q.value(0).toLongLong());
        ++counts.cafs;
    }
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                 "('default_caf', ?) ON CONFLICT (key) DO NOTHING"));
        q.addBindValue(depts.first().code);
        if (!q.exec())
            return fail(q.lastError().text());
    }

    Bulk providerInsert(
        db, QStringLiteral("INSERT INTO providers (kind, name, siret, rep_civility, "
                           "rep_first_name, rep_last_name, rep_title, address_street, "
                           "address_postcode, address_town, email, phone, name_key, town_key) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    Bulk establishmentInsert(
        db,
        QStringLiteral("INSERT INTO establishments (provider_id, type, name, address, "
                       "postcode, town, monenfant_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    Bulk personInsert(db, QStringLiteral("INSERT INTO persons (provider_id, civility, last_name, "
                                         "first_name, job_title, email) VALUES (?, ?, ?, ?, ?, ?) "
                                         "RETURNING id"));
    Bulk conventionInsert(
        db, QStringLiteral("INSERT INTO conventions (reference, caf_id, provider_id, state, "
                           "received_on, mailed_on, returned_on, signed_on, activated_on, "
                           "notice_received_on, terminated_on, cancelled_on, renewed_through) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    Bulk annexInsert(db, QStringLiteral("INSERT INTO annex_versions (convention_id, version, "
                                        "valid_from) VALUES (?, 1, ?) RETURNING id"));
    Bulk annexPerson(db, QStringLiteral("INSERT INTO annex_persons (annex_id, person_id, "
                                        "position) VALUES (?, ?, ?)"));
    Bulk annexEstablishment(
        db, QStringLiteral("INSERT INTO annex_establishments (annex_id, establishment_id, "
                           "functioning, availability, position) VALUES (?, ?, ?, ?, ?)"));

    QHash<QString, int> referenceCounters;
    const QStringList &streets = demo::streetNames();
    const QDate oldest = today.addYears(-6);
    int monEnfantCounter = 100000;
    QSet<QString> usedTowns;
    QHash<QString, int> usedNames;

    for (int i = 0; i < providerTarget; ++i) {
        const demo::Departement &dept = depts.at(i % depts.size());
        const QList<demo::Town> &towns = townsByDept.value(dept.code);
        const demo::Town town = towns.isEmpty()
                                    ? demo::Town{dept.prefecture, dept.cafPostcode, dept.code}
                                    : rng.pick(towns);

        // The provider: one commune (or intercommunalité) per town, associations and companies
        // anywhere, every name once.
        int kindRoll = rng.below(100);
        if (kindRoll < 78 && usedTowns.contains(town.name + u'|' + QString::number(kindRoll < 68)))
            kindRoll = 78 + rng.below(22);
        ProviderKind kind = ProviderKind::Commune;
        QString name, title;
        const bool repWoman = rng.chance(45);
        if (kindRoll < 68) {
            name = QStringLiteral("Commune de %1").arg(town.name);
            title = QStringLiteral("Maire");
            usedTowns.insert(town.name + QStringLiteral("|1"));
        } else if (kindRoll < 78) {
            kind = ProviderKind::Intercommunalite;
            name = QStringLiteral("Communauté de communes de %1").arg(town.name);
            title = repWoman ? QStringLiteral("Présidente") : QStringLiteral("Président");
            usedTowns.insert(town.name + QStringLiteral("|0"));
        } else if (kindRoll < 94) {
            kind = ProviderKind::Association;
            name = QStringLiteral("%1 %2").arg(rng.pick(demo::associationNames()), town.name);
            title = repWoman ? QStringLiteral("Présidente") : QStringLiteral("Président");
        } else {
            kind = ProviderKind::Entreprise;
            name = QStringLiteral("%1 %2").arg(rng.pick(demo::companyNames()), town.name);
            title = repWoman ? QStringLiteral("Directrice générale")
                             : QStringLiteral("Directeur général");
        }
        if (const int n = ++usedNames[name]; n > 1)
            name += QStringLiteral(" (%1)").arg(n);
        const QString siren = luhnComplete(QStringLiteral("2") + rng.digits(7));
        const QString siret = luhnComplete(siren + rng.digits(4));
        const QString domain = slug(town.name, QLatin1Char('-')) + QStringLiteral(".fr");
        const QString repFirst =
            repWoman ? rng.pick(demo::femaleFirstNames()) : rng.pick(demo::maleFirstNames());
        if (!providerInsert.exec(
                {Labels::code(kind), name, rng.chance(90) ? siret : QString(),
                 Labels::code(repWoman ? Civility::Madame : Civility::Monsieur), repFirst,
                 rng.pick(demo::lastNames()).toUpper(), title,
                 QStringLiteral("%1 %2").arg(rng.below(120) + 1).arg(rng.pick(streets)),
                 town.postcode, town.name, QString(QStringLiteral("contact@") + domain),
                 QStringLiteral("0%1 %2 %3 %4 %5")
                     .arg(rng.below(5) + 1)
                     .arg(rng.digits(2), rng.digits(2), rng.digits(2), rng.digits(2)),
                 Validation::foldKey(name), Validation::foldKey(town.name)}))
            return fail(providerInsert.error());
        const qint64 providerId = providerInsert.lastId();
        ++counts.providers;

        // Its establishments.
        QList<qint64> establishmentIds;
        QList<bool> isEaje;
        const int nEstablishments = 1 + rng.below(3);
        for (int e = 0; e < nEstablishments; ++e) {
            const int t = rng.below(100);
            QString type, ename;
            if (t < 40) {
                type = QStringLiteral("EAJE");
                static const QStringList kinds{
                    QStringLiteral("Crèche"), QStringLiteral("Multi-accueil"),
                    QStringLiteral("Micro-crèche"), QStringLiteral("Halte-garderie")};
                ename = rng.pick(kinds) + u' ' + rng.pick(demo::eajeNames());
            } else if (t < 65) {
                type = QStringLiteral("ALSH");
                ename = QStringLiteral("Accueil de loisirs ") + rng.pick(demo::leisureNames());
            } else if (t < 80) {
                type = QStringLiteral("ALAE");
                ename = QStringLiteral("ALAE ") + rng.pick(demo::leisureNames());
            } else if (t < 88) {
                type = QStringLiteral("LAEP");
                ename = QStringLiteral("LAEP ") + rng.pick(demo::leisureNames());
            } else if (t < 96) {
                type = QStringLiteral("RPE");
                ename = QStringLiteral("Relais petite enfance de ") + town.name;
            } else {
                type = QStringLiteral("MAM");
                ename = QStringLiteral("MAM ") + rng.pick(demo::eajeNames());
            }
            if (e > 0)
                ename += QStringLiteral(" %1").arg(e + 1);
            if (!establishmentInsert.exec(
                    {providerId, type, ename,
                     QStringLiteral("%1 %2").arg(rng.below(80) + 1).arg(rng.pick(streets)),
                     town.postcode, town.name,
                     rng.chance(70) ? QString::number(++monEnfantCounter) : QString()}))
                return fail(establishmentInsert.error());
            establishmentIds << establishmentInsert.lastId();
            isEaje << (type == u"EAJE");
            ++counts.establishments;
        }

        // The persons it names.
        QList<qint64> personIds;
        QSet<QString> names;
        const int nPersons = 1 + rng.below(3);
        for (int p = 0; p < nPersons; ++p) {
            bool woman = false;
            QString first, last;
            // The same person twice in one annex is refused: draw again.
            do {
                woman = rng.chance(75);
                first =
                    woman ? rng.pick(demo::femaleFirstNames()) : rng.pick(demo::maleFirstNames());
                last = rng.pick(demo::lastNames());
            } while (names.contains(Validation::foldKey(last + u' ' + first)));
            names.insert(Validation::foldKey(last + u' ' + first));
            const QString email =
                slug(first, QLatin1Char('-')) + u'.' + slug(last, QLatin1Char('-')) + u'@' + domain;
            if (!personInsert.exec(
                    {providerId,
                     rng.chance(80) ? Labels::code(woman ? Civility::Madame : Civility::Monsieur)
                                    : QString(),
                     last.toUpper(), first, rng.pick(demo::jobTitles()), email}))
                return fail(personInsert.error());
            personIds << personInsert.lastId();
            ++counts.persons;
        }

        // The convention, at a point of its life.
        const int stateRoll = rng.below(100);
        ConventionState state = ConventionState::InForce;
        QDate received, mailed, returned, signedOn, activated, notice, terminated, cancelled;
        if (stateRoll < 74) {
            received = rng.dayBetween(oldest, today.addDays(-60));
        } else if (stateRoll < 84) {
            received = rng.dayBetween(oldest, today.addYears(-1));
        } else {
            received = rng.dayBetween(today.addDays(-90), today);
        }
        mailed = received.addDays(7 + rng.below(20));
        returned = mailed.addDays(10 + rng.below(40));
        signedOn = returned.addDays(1 + rng.below(10));
        activated = signedOn.addDays(1 + rng.below(10));
        if (stateRoll < 74) {
            state = ConventionState::InForce;
            if (activated > today)
                activated = QDate();
            if (signedOn > today)
                signedOn = returned = activated = QDate(), state = ConventionState::Mailed;
        } else if (stateRoll < 84) {
            // Ended by notice: the effective date follows the three-month rule.
            notice = rng.dayBetween(signedOn.addMonths(2), today.addMonths(-1));
            terminated = dates::terminationDate(signedOn, notice);
            state = terminated <= today ? ConventionState::Terminated : ConventionState::InForce;
        } else {
            static const ConventionState early[] = {
                ConventionState::Received, ConventionState::Checked, ConventionState::Rejected,
                ConventionState::Issued,   ConventionState::Mailed,  ConventionState::Returned,
                ConventionState::Cancelled};
            state = early[rng.below(7)];
            if (state != ConventionState::Mailed && state != ConventionState::Returned &&
                state != ConventionState::Cancelled)
                mailed = QDate();
            if (state != ConventionState::Returned)
                returned = QDate();
            signedOn = activated = QDate();
            if (state == ConventionState::Cancelled) {
                mailed = received.addDays(3);
                cancelled = today;
            }
            if (mailed > today || returned > today) {
                state = ConventionState::Checked;
                mailed = returned = QDate();
            }
        }

        // The renewals up to today are history already: no backlog for settle().
        QDate renewedThrough;
        if (signedOn.isValid()) {
            for (int k = 1;; ++k) {
                const QDate a = dates::anniversary(signedOn, k);
                if (a > today || (terminated.isValid() && a >= terminated))
                    break;
                renewedThrough = a;
            }
        }
        const QString prefix = QStringLiteral("CS-%1-%2-").arg(dept.code).arg(received.year());
        const int seq = ++referenceCounters[prefix];
        const QString reference = prefix + QStringLiteral("%1").arg(seq, 4, 10, QLatin1Char('0'));
        if (!conventionInsert.exec({reference, cafIds.value(dept.code), providerId,
                                    Labels::code(state), dateValue(received), dateValue(mailed),
                                    dateValue(returned), dateValue(signedOn), dateValue(activated),
                                    dateValue(notice), dateValue(terminated), dateValue(cancelled),
                                    dateValue(renewedThrough)}))
            return fail(conventionInsert.error());
        const qint64 conventionId = conventionInsert.lastId();
        ++counts.conventions;
        if (!annexInsert.exec({conventionId, dateValue(signedOn)}))
            return fail(annexInsert.error());
        const qint64 annexId = annexInsert.lastId();
        for (int p = 0; p < personIds.size(); ++p) {
            if (!annexPerson.exec({annexId, personIds.at(p), p}))
                return fail(annexPerson.error());
        }
        for (int e = 0; e < establishmentIds.size(); ++e) {
            if (!annexEstablishment.exec(
                    {annexId, establishmentIds.at(e), 1, isEaje.at(e) ? 1 : 0, e}))
                return fail(annexEstablishment.error());
        }
    }

    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO reference_counters (prefix, last) VALUES (?, ?) "
                             "ON CONFLICT (prefix) DO UPDATE SET last = excluded.last"));
    for (auto it = referenceCounters.cbegin(); it != referenceCounters.cend(); ++it) {
        q.bindValue(0, it.key());
        q.bindValue(1, it.value());
        if (!q.exec())
            return fail(q.lastError().text());
    }
    for (const QString &sql : Schema::searchIndexStatements(Schema::engine(db))) {
        if (!q.exec(sql))
            return fail(q.lastError().text());
    }
    const QJsonObject after{{QStringLiteral("scale"), scale == Scale::National
                                                          ? QStringLiteral("national")
                                                          : QStringLiteral("small")},
                            {QStringLiteral("cafs"), counts.cafs},
                            {QStringLiteral("providers"), counts.providers},
                            {QStringLiteral("conventions"), counts.conventions},
                            {QStringLiteral("establishments"), counts.establishments},
                            {QStringLiteral("persons"), counts.persons}};
    if (Status s = storage.writeJournal(
            QStringLiteral("demo.generate"), QStringLiteral("database"), 0, {}, {},
            QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)));
        !s)
        return fail(s.errorString());
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q.lastError().text());
    return counts;
}

} // namespace habilis

#include "schema.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace habilis {

namespace {

const QString kAddressColumns = QStringLiteral(
    "address_recipient TEXT NOT NULL DEFAULT '', address_building TEXT NOT NULL DEFAULT '', "
    "address_street TEXT NOT NULL DEFAULT '', address_po_box TEXT NOT NULL DEFAULT '', "
    "address_postcode TEXT NOT NULL DEFAULT '', address_town TEXT NOT NULL DEFAULT '', "
    "address_cedex INTEGER NOT NULL DEFAULT 0");

/// The columns each entity's search covers (SQLite: FTS5 triggers; PostgreSQL: indexes).
const QList<QPair<QString, QStringList>> &searchColumns()
{
    static const QList<QPair<QString, QStringList>> columns{
        {QStringLiteral("conventions"), {QStringLiteral("reference")}},
        {QStringLiteral("providers"),
         {QStringLiteral("name"), QStringLiteral("siret"), QStringLiteral("address_town"),
          QStringLiteral("address_postcode"), QStringLiteral("rep_first_name"),
          QStringLiteral("rep_last_name")}},
        {QStringLiteral("persons"),
         {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("email"),
          QStringLiteral("job_title")}},
        {QStringLiteral("establishments"),
         {QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("town"),
          QStringLiteral("postcode"), QStringLiteral("monenfant_id")}},
    };
    return columns;
}

/// The folded text of a row of `table`: its search columns, accents and case aside.
QString searchExpression(const QString &table)
{
    QStringList parts;
    for (const auto &[t, columns] : searchColumns()) {
        if (t != table)
            continue;
        for (const QString &c : columns)
            parts << QStringLiteral("coalesce(%1, '')").arg(c);
    }
    // The words as FTS5's unicode61 sees them: letters and digits, anything else a separator.
    return QStringLiteral("to_tsvector('simple', regexp_replace(habilis_fold(%1), "
                          "'[^[:alnum:]]+', ' ', 'g'))")
        .arg(parts.join(QStringLiteral(" || ' ' || ")));
}

/// PostgreSQL's search (versions 2 and 3 on SQLite are FTS5): unaccent folds accents, each
/// entity stores its folded words (a tsvector; folding is the costly part, done once per
/// write) under a GIN index, and a search word is a prefix query, one letter a whole word,
/// as with FTS5. pg_trgm is installed for the trigram searches a DBA may add. Both extensions
/// are trusted: the owner of the database may create them.
QStringList postgresSearch()
{
    QStringList statements{
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public"),
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public"),
        // unaccent() is only STABLE (its dictionary could change): named explicitly, the
        // function can be IMMUTABLE and indexed.
        QStringLiteral("CREATE OR REPLACE FUNCTION habilis_fold(text) RETURNS text LANGUAGE sql "
                       "IMMUTABLE STRICT PARALLEL SAFE AS $$SELECT "
                       "lower(public.unaccent('public.unaccent'::regdictionary, $1))$$")};
    for (const auto &[table, columns] : searchColumns()) {
        statements << QStringLiteral("ALTER TABLE %1 ADD COLUMN IF NOT EXISTS %2 tsvector "
                                     "GENERATED ALWAYS AS (%3) STORED")
                          .arg(table, Schema::searchColumn(), searchExpression(table))
                   << QStringLiteral("CREATE INDEX IF NOT EXISTS %1_search ON %1 USING gin (%2)")
                          .arg(table, Schema::searchColumn());
    }
    return statements;
}

/// PostgreSQL's version 3: one search document per convention (its reference, provider, and
/// the persons and establishments of its annexes), as on SQLite, so that a search is one
/// index lookup; kept up to date by triggers that mirror SQLite's.
QStringList postgresConventionSearch()
{
    QStringList statements{
        QStringLiteral("CREATE TABLE IF NOT EXISTS convention_search (convention_id BIGINT "
                       "PRIMARY KEY REFERENCES conventions(id) ON DELETE CASCADE, words "
                       "tsvector NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS convention_search_words ON convention_search "
                       "USING gin (words)"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION habilis_convention_words(cid bigint) RETURNS tsvector "
            "LANGUAGE sql STABLE AS $$SELECT to_tsvector('simple', regexp_replace(habilis_fold("
            "c.reference || ' ' || p.name || ' ' || p.siret || ' ' || p.address_town || ' ' || "
            "p.address_postcode || ' ' || p.rep_first_name || ' ' || p.rep_last_name || ' ' || "
            "coalesce((SELECT string_agg(pe.first_name || ' ' || pe.last_name || ' ' || "
            "pe.email || ' ' || pe.job_title, ' ') FROM persons pe WHERE pe.id IN (SELECT "
            "ap.person_id FROM annex_persons ap JOIN annex_versions av ON av.id = ap.annex_id "
            "WHERE av.convention_id = c.id)), '') || ' ' || coalesce((SELECT string_agg(e.type "
            "|| ' ' || e.name || ' ' || e.town || ' ' || e.postcode || ' ' || e.monenfant_id, "
            "' ') FROM establishments e WHERE e.id IN (SELECT ae.establishment_id FROM "
            "annex_establishments ae JOIN annex_versions av ON av.id = ae.annex_id WHERE "
            "av.convention_id = c.id)), '')), '[^[:alnum:]]+', ' ', 'g')) FROM conventions c "
            "JOIN providers p ON p.id = c.provider_id WHERE c.id = cid$$"),
        QStringLiteral("CREATE OR REPLACE FUNCTION habilis_refresh_search(ids bigint[]) RETURNS "
                       "void LANGUAGE sql AS $$INSERT INTO convention_search (convention_id, "
                       "words) SELECT id, habilis_convention_words(id) FROM conventions WHERE id "
                       "= ANY(ids) ON CONFLICT (convention_id) DO UPDATE SET words = "
                       "excluded.words$$"),
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION habilis_search_trigger() RETURNS trigger LANGUAGE "
            "plpgsql AS $$BEGIN "
            "IF TG_TABLE_NAME = 'conventions' THEN "
            "PERFORM habilis_refresh_search(ARRAY[NEW.id]); "
            "ELSIF TG_TABLE_NAME IN ('annex_persons', 'annex_establishments') THEN "
            "IF TG_OP = 'DELETE' THEN PERFORM habilis_refresh_search(ARRAY(SELECT convention_id "
            "FROM annex_versions WHERE id = OLD.annex_id)); "
            "ELSE PERFORM habilis_refresh_search(ARRAY(SELECT convention_id FROM annex_versions "
            "WHERE id = NEW.annex_id)); END IF; "
            "ELSIF TG_TABLE_NAME = 'providers' THEN PERFORM habilis_refresh_search(ARRAY(SELECT "
            "id FROM conventions WHERE provider_id = NEW.id)); "
            "ELSIF TG_TABLE_NAME = 'persons' THEN PERFORM habilis_refresh_search(ARRAY(SELECT "
            "av.convention_id FROM annex_persons ap JOIN annex_versions av ON av.id = "
            "ap.annex_id WHERE ap.person_id = NEW.id)); "
            "ELSIF TG_TABLE_NAME = 'establishments' THEN PERFORM habilis_refresh_search(ARRAY("
            "SELECT av.convention_id FROM annex_establishments ae JOIN annex_versions av ON "
            "av.id = ae.annex_id WHERE ae.establishment_id = NEW.id)); "
            "END IF; RETURN NULL; END$$")};
    const QList<QPair<QString, QString>> triggers{
        {QStringLiteral("conventions_document_insert"), QStringLiteral("INSERT ON conventions")},
        {QStringLiteral("conventions_document_update"),
         QStringLiteral("UPDATE OF reference, provider_id ON conventions")},
        {QStringLiteral("annex_persons_document_insert"),
         QStringLiteral("INSERT ON annex_persons")},
        {QStringLiteral("annex_persons_document_delete"),
         QStringLiteral("DELETE ON annex_persons")},
        {QStringLiteral("annex_establishments_document_insert"),
         QStringLiteral("INSERT ON annex_establishments")},
        {QStringLiteral("annex_establishments_document_delete"),
         QStringLiteral("DELETE ON annex_establishments")},
        {QStringLiteral("providers_document_update"), QStringLiteral("UPDATE ON providers")},
        {QStringLiteral("persons_document_update"), QStringLiteral("UPDATE ON persons")},
        {QStringLiteral("establishments_document_update"),
         QStringLiteral("UPDATE ON establishments")}};
    for (const auto &[name, event] : triggers) {
        statements << QStringLiteral("CREATE OR REPLACE TRIGGER %1 AFTER %2 FOR EACH ROW EXECUTE "
                                     "FUNCTION habilis_search_trigger()")
                          .arg(name, event);
    }
    // Every convention at once (an array of all the ids would be compared row by row), with
    // fresh statistics: after a bulk load the planner would otherwise scan for each one.
    statements << QStringLiteral("ANALYZE conventions, providers, persons, establishments, "
                                 "annex_versions, annex_persons, annex_establishments");
    statements << QStringLiteral("INSERT INTO convention_search (convention_id, words) SELECT "
                                 "id, habilis_convention_words(id) FROM conventions ON CONFLICT "
                                 "(convention_id) DO UPDATE SET words = excluded.words");
    return statements;
}

/// The PostgreSQL form of a statement of the SQLite schema: identity ids. BY DEFAULT, so that
/// a database copied from SQLite keeps its ids.
QString forPostgres(QString sql)
{
    static const QRegularExpression id(QStringLiteral("\\bid INTEGER PRIMARY KEY"));
    return sql.replace(id,
                       QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
}

QList<Migration> buildMigrations()
{
    QList<Migration> steps;
    // Version 1: the domain and the journal.
    steps << Migration{
        1,
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, "
                           "value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS cafs (id INTEGER PRIMARY KEY, "
                           "departement TEXT NOT NULL UNIQUE, name TEXT NOT NULL, "
                           "director_civility TEXT NOT NULL DEFAULT '', "
                           "director_first_name TEXT NOT NULL DEFAULT '', "
                           "director_last_name TEXT NOT NULL DEFAULT '', "
                           "director_title TEXT NOT NULL DEFAULT '', ") +
                kAddressColumns +
                QStringLiteral(", signing_town TEXT NOT NULL DEFAULT '', "
                               "email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                               "revision INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS establishment_types (code TEXT PRIMARY KEY, "
                           "label TEXT NOT NULL, has_availability INTEGER NOT NULL DEFAULT 0, "
                           "position INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("INSERT INTO establishment_types VALUES "
                           "('EAJE', 'Établissement d''accueil du jeune enfant', 1, 1), "
                           "('ALSH', 'Accueil de loisirs sans hébergement', 0, 2), "
                           "('ALAE', 'Accueil de loisirs associé à l''école', 0, 3), "
                           "('LAEP', 'Lieu d''accueil enfants-parents', 0, 4), "
                           "('RPE', 'Relais petite enfance', 0, 5), "
                           "('MAM', 'Maison d''assistants maternels', 0, 6) "
                           "ON CONFLICT (code) DO NOTHING"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS providers (id INTEGER PRIMARY KEY, "
                           "kind TEXT NOT NULL, name TEXT NOT NULL, "
                           "siret TEXT NOT NULL DEFAULT '', "
                           "rep_civility TEXT NOT NULL DEFAULT '', "
                           "rep_first_name TEXT NOT NULL DEFAULT '', "
                           "rep_last_name TEXT NOT NULL DEFAULT '', "
                           "rep_title TEXT NOT NULL DEFAULT '', ") +
                kAddressColumns +
                QStringLiteral(
                    ", email TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', "
                    "name_key TEXT NOT NULL DEFAULT '', town_key TEXT NOT NULL DEFAULT '', "
                    "revision INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS providers_siret ON providers(siret)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS providers_name_key ON providers(name_key)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS establishments (id INTEGER PRIMARY KEY, "
                           "provider_id INTEGER NOT NULL REFERENCES providers(id), "
                           "type TEXT NOT NULL REFERENCES establishment_types(code), "
                           "name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '', "
                           "postcode TEXT NOT NULL, town TEXT NOT NULL, "
                           "monenfant_id TEXT NOT NULL DEFAULT '', "
                           "revision INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS establishments_provider "
                           "ON establishments(provider_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS persons (id INTEGER PRIMARY KEY, "
                           "provider_id INTEGER NOT NULL REFERENCES providers(id), "
                           "civility TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL, "
                           "first_name TEXT NOT NULL, job_title TEXT NOT NULL DEFAULT '', "
                           "email TEXT NOT NULL, revision INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS persons_provider ON persons(provider_id)"),
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS reference_counters (prefix TEXT PRIMARY KEY, "
                "last INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS conventions (id INTEGER PRIMARY KEY, "
                           "reference TEXT NOT NULL UNIQUE, "
                           "caf_id INTEGER NOT NULL REFERENCES cafs(id), "
                           "provider_id INTEGER NOT NULL REFERENCES providers(id), "
                           "state TEXT NOT NULL, received_on TEXT, mailed_on TEXT, "
                           "returned_on TEXT, signed_on TEXT, activated_on TEXT, "
                           "notice_received_on TEXT, terminated_on TEXT, cancelled_on TEXT, "
                           "revision INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS conventions_provider "
                           "ON conventions(provider_id)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS conventions_state ON conventions(state)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS annex_versions (id INTEGER PRIMARY KEY, "
                           "convention_id INTEGER NOT NULL REFERENCES conventions(id), "
                           "version INTEGER NOT NULL, valid_from TEXT, "
                           "UNIQUE (convention_id, version))"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS annex_persons ("
                           "annex_id INTEGER NOT NULL REFERENCES annex_versions(id), "
                           "person_id INTEGER NOT NULL REFERENCES persons(id), "
                           "position INTEGER NOT NULL, PRIMARY KEY (annex_id, person_id))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS annex_persons_person "
                           "ON annex_persons(person_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS annex_establishments ("
                           "annex_id INTEGER NOT NULL REFERENCES annex_versions(id), "
                           "establishment_id INTEGER NOT NULL REFERENCES establishments(id), "
                           "functioning INTEGER NOT NULL, availability INTEGER NOT NULL, "
                           "position INTEGER NOT NULL, PRIMARY KEY (annex_id, establishment_id))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS annex_establishments_establishment "
                           "ON annex_establishments(establishment_id)"),
            QStringLiteral("CREATE TABLE IF NOT EXISTS journal (id INTEGER PRIMARY KEY, "
                           "at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, "
                           "entity TEXT NOT NULL, entity_id INTEGER, "
                           "reference TEXT NOT NULL DEFAULT '', "
                           "before_data TEXT NOT NULL DEFAULT '', "
                           "after_data TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS journal_at ON journal(at)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS journal_reference ON journal(reference)"),
        }};

    // Version 2: accent- and case-insensitive search (FTS5), kept up to date by triggers.
    // rowid = entity id * 4 + kind (0 convention, 1 provider, 2 person, 3 establishment),
    // so that a row is found again without a scan.
    const auto body = [](const QStringList &cols) {
        QStringList parts;
        for (const QString &c : cols)
            parts << QStringLiteral("coalesce(new.%1, '')").arg(c);
        return parts.join(QStringLiteral(" || ' ' || "));
    };
    const auto triggers = [&body](const QString &table, int kind, const QStringList &cols) {
        const auto rowid = [kind](const QString &alias) -> QString {
            return alias + QStringLiteral(".id * 4 + ") + QString::number(kind);
        };
        return QStringList{
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_search_insert AFTER INSERT ON %1 "
                           "BEGIN INSERT INTO search_index(rowid, body) VALUES (%2, %3); END")
                .arg(table, rowid(QStringLiteral("new")), body(cols)),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_search_update AFTER UPDATE ON %1 "
                           "BEGIN DELETE FROM search_index WHERE rowid = %2; "
                           "INSERT INTO search_index(rowid, body) VALUES (%3, %4); END")
                .arg(table, rowid(QStringLiteral("old")), rowid(QStringLiteral("new")), body(cols)),
            QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_search_delete AFTER DELETE ON %1 "
                           "BEGIN DELETE FROM search_index WHERE rowid = %2; END")
                .arg(table, rowid(QStringLiteral("old"))),
            QStringLiteral("INSERT OR REPLACE INTO search_index(rowid, body) SELECT %1, %2 FROM %3 "
                           "AS new")
                .arg(rowid(QStringLiteral("new")), body(cols), table),
        };
    };
    Migration search{2,
                     {QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING "
                                     "fts5(body, tokenize = 'unicode61 remove_diacritics 2')")}};
    search.statements << triggers(QStringLiteral("conventions"), 0, {QStringLiteral("reference")});
    search.statements << triggers(
        QStringLiteral("providers"), 1,
        {QStringLiteral("name"), QStringLiteral("siret"), QStringLiteral("address_town"),
         QStringLiteral("address_postcode"), QStringLiteral("rep_first_name"),
         QStringLiteral("rep_last_name")});
    search.statements << triggers(QStringLiteral("persons"), 2,
                                  {QStringLiteral("first_name"), QStringLiteral("last_name"),
                                   QStringLiteral("email"), QStringLiteral("job_title")});
    search.statements << triggers(QStringLiteral("establishments"), 3,
                                  {QStringLiteral("type"), QStringLiteral("name"),
                                   QStringLiteral("town"), QStringLiteral("postcode"),
                                   QStringLiteral("monenfant_id")});
    steps << search;

    // Version 3: one search document per convention (its reference, provider, and every person
    // and establishment of its annexes), so that a text search finds conventions directly.
    const auto rebuild = [](const QString &where) -> QString {
        return QStringLiteral(
                   "INSERT OR REPLACE INTO convention_search(rowid, body) SELECT c.id, "
                   "c.reference || ' ' || p.name || ' ' || p.siret || ' ' || p.address_town || "
                   "' ' || p.address_postcode || ' ' || p.rep_first_name || ' ' || "
                   "p.rep_last_name || ' ' || coalesce((SELECT group_concat(pe.first_name || ' ' "
                   "|| pe.last_name || ' ' || pe.email || ' ' || pe.job_title, ' ') FROM persons "
                   "pe WHERE pe.id IN (SELECT ap.person_id FROM annex_persons ap JOIN "
                   "annex_versions av ON av.id = ap.annex_id WHERE av.convention_id = c.id)), "
                   "'') || ' ' || coalesce((SELECT group_concat(e.type || ' ' || e.name || ' ' || "
                   "e.town || ' ' || e.postcode || ' ' || e.monenfant_id, ' ') FROM "
                   "establishments e WHERE e.id IN (SELECT ae.establishment_id FROM "
                   "annex_establishments ae JOIN annex_versions av ON av.id = ae.annex_id WHERE "
                   "av.convention_id = c.id)), '') FROM conventions c JOIN providers p ON p.id = "
                   "c.provider_id WHERE ") +
               where + QLatin1Char(';');
    };
    const auto trigger = [](const QString &name, const QString &event,
                            const QString &statements) -> QString {
        return QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1 AFTER %2 BEGIN %3 END")
            .arg(name, event, statements);
    };
    const QString ofAnnex =
        QStringLiteral("c.id IN (SELECT convention_id FROM annex_versions WHERE id = %1.annex_id)");
    Migration conventionSearch{
        3,
        {QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS convention_search USING "
                        "fts5(body, tokenize = 'unicode61 remove_diacritics 2')"),
         trigger(QStringLiteral("conventions_document_insert"),
                 QStringLiteral("INSERT ON conventions"), rebuild(QStringLiteral("c.id = new.id"))),
         trigger(QStringLiteral("conventions_document_update"),
                 QStringLiteral("UPDATE OF reference, provider_id ON conventions"),
                 rebuild(QStringLiteral("c.id = new.id"))),
         trigger(QStringLiteral("conventions_document_delete"),
                 QStringLiteral("DELETE ON conventions"),
                 QStringLiteral("DELETE FROM convention_search WHERE rowid = old.id;")),
         trigger(QStringLiteral("annex_persons_document_insert"),
                 QStringLiteral("INSERT ON annex_persons"), rebuild(ofAnnex.arg(u"new"))),
         trigger(QStringLiteral("annex_persons_document_delete"),
                 QStringLiteral("DELETE ON annex_persons"), rebuild(ofAnnex.arg(u"old"))),
         trigger(QStringLiteral("annex_establishments_document_insert"),
                 QStringLiteral("INSERT ON annex_establishments"), rebuild(ofAnnex.arg(u"new"))),
         trigger(QStringLiteral("annex_establishments_document_delete"),
                 QStringLiteral("DELETE ON annex_establishments"), rebuild(ofAnnex.arg(u"old"))),
         trigger(QStringLiteral("providers_document_update"), QStringLiteral("UPDATE ON providers"),
                 rebuild(QStringLiteral("c.provider_id = new.id"))),
         trigger(QStringLiteral("persons_document_update"), QStringLiteral("UPDATE ON persons"),
                 rebuild(QStringLiteral(
                     "c.id IN (SELECT av.convention_id FROM annex_persons ap JOIN annex_versions "
                     "av ON av.id = ap.annex_id WHERE ap.person_id = new.id)"))),
         trigger(QStringLiteral("establishments_document_update"),
                 QStringLiteral("UPDATE ON establishments"),
                 rebuild(QStringLiteral(
                     "c.id IN (SELECT av.convention_id FROM annex_establishments ae JOIN "
                     "annex_versions av ON av.id = ae.annex_id WHERE ae.establishment_id = "
                     "new.id)"))),
         rebuild(QStringLiteral("1")).chopped(1)}};
    steps << conventionSearch;

    // Version 4: the steps of each convention's life, with their date, author and details.
    steps << Migration{
        4,
        {QStringLiteral("CREATE TABLE IF NOT EXISTS convention_events (id INTEGER PRIMARY KEY, "
                        "convention_id INTEGER NOT NULL REFERENCES conventions(id), "
                        "step TEXT NOT NULL, on_date TEXT NOT NULL, recorded_at TEXT NOT NULL, "
                        "actor TEXT NOT NULL, details TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS convention_events_convention ON "
                        "convention_events(convention_id)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS conventions_terminated_on ON "
                        "conventions(terminated_on)")}};

    // Version 5: amendments (avenants); each produces an annex version once both signed.
    steps << Migration{
        5,
        {QStringLiteral("CREATE TABLE IF NOT EXISTS amendments (id INTEGER PRIMARY KEY, "
                        "convention_id INTEGER NOT NULL REFERENCES conventions(id), "
                        "number INTEGER NOT NULL, state TEXT NOT NULL, prepared_on TEXT, "
                        "mailed_on TEXT, returned_on TEXT, signed_on TEXT, cancelled_on TEXT, "
                        "reason TEXT NOT NULL DEFAULT '', annex_version INTEGER NOT NULL, "
                        "revision INTEGER NOT NULL DEFAULT 1, UNIQUE (convention_id, number))")}};

    // Version 6: the last anniversary whose tacit renewal is journaled.
    steps << Migration{6,
                       {QStringLiteral("ALTER TABLE conventions ADD COLUMN renewed_through TEXT")}};

    // Version 7: an amendment may also change the provider's representative or address,
    // applied when it is countersigned.
    steps << Migration{7,
                       {QStringLiteral("ALTER TABLE amendments ADD COLUMN provider_changes TEXT "
                                       "NOT NULL DEFAULT ''")}};
    // Version 8: credentials (art. 3-2). A person's identifier, and each password issued:
    // when, to whom, by whom, why, whether the person was told. Never the password.
    steps << Migration{
        8,
        {QStringLiteral("CREATE TABLE IF NOT EXISTS person_identifiers (person_id INTEGER "
                        "PRIMARY KEY REFERENCES persons(id), identifier TEXT NOT NULL UNIQUE, "
                        "created_at TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS credential_issuances (id INTEGER PRIMARY KEY, "
                        "convention_id INTEGER NOT NULL REFERENCES conventions(id), "
                        "person_id INTEGER NOT NULL REFERENCES persons(id), kind TEXT NOT NULL, "
                        "issued_at TEXT NOT NULL, issued_by TEXT NOT NULL, "
                        "must_change INTEGER NOT NULL DEFAULT 1, notified_at TEXT, "
                        "channel TEXT NOT NULL DEFAULT '', superseded INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS credential_issuances_convention ON "
                        "credential_issuances(convention_id, person_id)")}};
    // Version 9: on a shared server, the database user beside the OS login in the journal.
    steps << Migration{9,
                       {QStringLiteral("ALTER TABLE journal ADD COLUMN db_user TEXT NOT NULL "
                                       "DEFAULT ''")}};
    // Version 10: PostgreSQL sorts the lists by code points (SqlStorage::textOrder()); its
    // indexes in that order. SQLite's default order is already that one: nothing to do.
    steps << Migration{10, {}};
    return steps;
}

Status exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return Error{Schema::tr("The database could not be updated: %1 (%2)")
                         .arg(q.lastError().text(), sql.left(80))};
    }
    return {};
}

} // namespace

const QList<Migration> &Schema::migrations(Engine engine)
{
    static const QList<Migration> sqlite = buildMigrations();
    static const QList<Migration> postgres = [] {
        QList<Migration> steps = buildMigrations();
        for (Migration &m : steps) {
            if (m.version == 2)
                m.statements = postgresSearch();
            else if (m.version == 3)
                m.statements = postgresConventionSearch();
            else if (m.version == 10)
                m.statements = {
                    QStringLiteral("CREATE INDEX IF NOT EXISTS providers_name_key_c ON "
                                   "providers(name_key COLLATE \"C\")"),
                    QStringLiteral("CREATE INDEX IF NOT EXISTS conventions_reference_c ON "
                                   "conventions(reference COLLATE \"C\")")};
            else {
                for (QString &sql : m.statements)
                    sql = forPostgres(sql);
            }
        }
        return steps;
    }();
    return engine == Engine::PostgreSQL ? postgres : sqlite;
}

QString Schema::searchMatch(const QString &alias)
{
    return alias + u'.' + searchColumn() + QStringLiteral(" @@ to_tsquery('simple', ?)");
}

QString Schema::searchColumn()
{
    return QStringLiteral("search_words");
}

QStringList Schema::searchIndexStatements(Engine engine)
{
    QStringList statements;
    for (const Migration &m : migrations(engine)) {
        if (m.version == 2 || m.version == 3)
            statements << m.statements;
    }
    return statements;
}

QStringList Schema::searchInsertTriggers(Engine engine)
{
    // PostgreSQL names a trigger with its table.
    if (engine == Engine::PostgreSQL) {
        return {QStringLiteral("conventions_document_insert ON conventions"),
                QStringLiteral("annex_persons_document_insert ON annex_persons"),
                QStringLiteral("annex_establishments_document_insert ON annex_establishments")};
    }
    return {QStringLiteral("conventions_search_insert"),
            QStringLiteral("providers_search_insert"),
            QStringLiteral("persons_search_insert"),
            QStringLiteral("establishments_search_insert"),
            QStringLiteral("conventions_document_insert"),
            QStringLiteral("annex_persons_document_insert"),
            QStringLiteral("annex_establishments_document_insert")};
}

Engine Schema::engine(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL" ? Engine::PostgreSQL : Engine::SQLite;
}

QString Schema::beginWrite(const QSqlDatabase &db)
{
    // SQLite: take the write lock at once, so that two writers wait for each other (busy
    // timeout) instead of failing half-way. PostgreSQL locks rows as they are written.
    return engine(db) == Engine::SQLite ? QStringLiteral("BEGIN IMMEDIATE")
                                        : QStringLiteral("BEGIN");
}

int Schema::latestVersion()
{
    return migrations().constLast().version;
}

int Schema::version(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (engine(db) == Engine::PostgreSQL) {
        // No table yet (in the schemas of the search path): a new database.
        if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) ||
            !q.next())
            return -1;
        if (!q.value(0).toBool())
            return 0;
        if (q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) &&
            q.next())
            return q.value(0).toInt();
        return -1;
    }
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Status Schema::setVersion(QSqlDatabase &db, int version)
{
    if (engine(db) == Engine::PostgreSQL) {
        if (Status s = exec(db, QStringLiteral("DELETE FROM schema_version")); !s)
            return s;
        return exec(
            db, QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version));
    }
    return exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

Status Schema::migrate(QSqlDatabase &db)
{
    return migrate(db, migrations(engine(db)));
}

Status Schema::migrate(QSqlDatabase &db, const QList<Migration> &steps)
{
    const bool postgres = engine(db) == Engine::PostgreSQL;
    if (postgres) {
        // PostgreSQL has no user_version: a table holds it, locked while migrating so that
        // two Habilis starting at once on a new database migrate it once.
        if (Status s = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version "
                                               "(version INTEGER NOT NULL)"));
            !s)
            return s;
    }
    if (postgres) {
        if (Status s = exec(db, beginWrite(db)); !s)
            return s;
        if (Status s =
                exec(db, QStringLiteral("LOCK TABLE schema_version IN SHARE ROW EXCLUSIVE MODE"));
            !s) {
            exec(db, QStringLiteral("ROLLBACK")).ok();
            return s;
        }
    }
    const auto end = [&db, postgres](Status s) {
        if (postgres)
            exec(db, QString::fromLatin1(s ? "COMMIT" : "ROLLBACK")).ok();
        return s;
    };
    const int from = version(db);
    if (from < 0)
        return end(Error{tr("The database cannot be read: %1").arg(db.lastError().text())});
    const int to = steps.isEmpty() ? from : steps.constLast().version;
    if (from > to) {
        return end(Error{tr("This database was written by a newer Habilis (schema %1, this "
                            "version reads up to %2). Update Habilis.")
                             .arg(from)
                             .arg(to)});
    }
    if (from == to)
        return end({});
    if (!postgres) {
        if (Status s = exec(db, beginWrite(db)); !s)
            return s;
    }
    for (const Migration &m : steps) {
        if (m.version <= from)
            continue;
        for (const QString &sql : m.statements) {
            if (Status s = exec(db, sql); !s) {
                exec(db, QStringLiteral("ROLLBACK")).ok();
                return s;
            }
        }
    }
    // The version is written last, inside the transaction.
    if (Status s = setVersion(db, to); !s) {
        exec(db, QStringLiteral("ROLLBACK")).ok();
        return s;
    }
    if (Status s = exec(db, QStringLiteral("COMMIT")); !s) {
        exec(db, QStringLiteral("ROLLBACK")).ok();
        return s;
    }
    return {};
}

} // namespace habilis

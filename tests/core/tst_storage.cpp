#include "domain/labels.h"
#include "fixtures.h"
#include "storage/schema.h"
#include "testmain.h"

#include <array>

#include <QJsonDocument>
#include <QSqlError>
#include <QTemporaryDir>

using namespace habilis;

class TestStorage : public QObject {
    Q_OBJECT

    std::unique_ptr<SqlStorage> openMemory()
    {
        auto s = fixtures::openFresh();
        if (!s)
            qFatal("%s", qPrintable(s.errorString()));
        return std::move(s).value();
    }

    std::unique_ptr<SqlStorage> withMoissac()
    {
        auto s = openMemory();
        const auto caf = s->saveCaf(fixtures::caf(QStringLiteral("caf-82.json")));
        if (!caf)
            qFatal("%s", qPrintable(caf.errorString()));
        const auto c = s->importRequest(fixtures::request(QStringLiteral("moissac-2024.json")));
        if (!c)
            qFatal("%s", qPrintable(c.errorString()));
        return s;
    }

    static QString frenchDatabaseName() { return QStringLiteral("habilis_test_fr"); }

    /// Runs `sql` on the test server, outside any database of a test.
    static void onServer(const QString &sql)
    {
        {
            QSqlDatabase admin =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("server-admin"));
            admin.setConnectOptions(fixtures::testPostgres());
            if (!admin.open())
                qFatal("%s", qPrintable(admin.lastError().text()));
            QSqlQuery q(admin);
            if (!q.exec(sql))
                qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("server-admin"));
    }

    /// PostgreSQL: a new database whose text sorts the French way (ICU), as on a server
    /// installed in France; SQLite: a new database.
    static std::unique_ptr<SqlStorage> frenchDatabase()
    {
        if (fixtures::testPostgres().isEmpty())
            return fixtures::fresh();
        dropFrenchDatabase();
        onServer(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' "
                                "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' LOCALE_PROVIDER icu "
                                "ICU_LOCALE 'fr-FR'")
                     .arg(frenchDatabaseName()));
        const Expected<PgSettings> parsed = PgSettings::parse(fixtures::testPostgres());
        if (!parsed)
            qFatal("%s", qPrintable(parsed.errorString()));
        PgSettings settings = *parsed;
        settings.dbname = frenchDatabaseName();
        auto opened = SqlStorage::openPostgres(settings);
        if (!opened)
            qFatal("%s", qPrintable(opened.errorString()));
        return std::move(opened).value();
    }

    static void dropFrenchDatabase()
    {
        if (!fixtures::testPostgres().isEmpty())
            onServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                         .arg(frenchDatabaseName()));
    }

private slots:
    void openSetsPragmas()
    {
        if (!fixtures::testPostgres().isEmpty()) {
            // PostgreSQL: the schema, its search extensions, quiet notices.
            auto s = fixtures::openFresh();
            QVERIFY2(s.ok(), qPrintable(s.errorString()));
            QCOMPARE((*s)->schemaVersion(), Schema::latestVersion());
            QVERIFY((*s)->isPostgres());
            QSqlQuery q((*s)->database());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_extension WHERE extname IN "
                                          "('unaccent', 'pg_trgm')")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 2);
            QVERIFY(q.exec(QStringLiteral("SHOW client_min_messages")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("warning"));
            QVERIFY(q.exec(QStringLiteral("SELECT habilis_fold('Élodie CŒUR')")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("elodie coeur"));
            return;
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/folder/habilis.sqlite"));
        auto s = SqlStorage::open(path);
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QCOMPARE((*s)->schemaVersion(), Schema::latestVersion());
        QSqlQuery q((*s)->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
        QCOMPARE(q.value(0).toInt(), 5000);
    }

    void foreignKeysAreEnforced()
    {
        auto s = openMemory();
        QSqlQuery q(s->database());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO persons (provider_id, last_name, first_name, "
                                       "email) VALUES (999, 'A', 'B', 'c@d.fr')")));
    }

    /// The statements of the schema-1 fixture, an SQLite dump with Moissac in it.
    static QStringList schemaV1()
    {
        QFile f(QStringLiteral(HABILIS_FIXTURES "/schema-v1.sql"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("schema-v1.sql missing");
        QStringList statements;
        for (const QString &sql : QString::fromUtf8(f.readAll()).split(QStringLiteral(";\n"))) {
            if (!sql.trimmed().isEmpty())
                statements << sql;
        }
        return statements;
    }

    void migrateFromVersion1()
    {
        // A database of schema 1 (before the search index), with Moissac in it.
        QTemporaryDir dir;
        QString location = dir.filePath(QStringLiteral("v1.sqlite"));
        if (fixtures::testPostgres().isEmpty()) {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(location);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &sql : schemaV1())
                QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + sql));
            QCOMPARE(Schema::version(db), 1);
            db.close();
        } else {
            // PostgreSQL: its schema 1, then the rows of the same dump.
            const auto settings = fixtures::freshSchema();
            QVERIFY2(settings.ok(), qPrintable(settings.errorString()));
            location = QStringLiteral("pg:") + settings->toString();
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("v1"));
            db.setConnectOptions(settings->toString());
            QVERIFY2(db.open(), qPrintable(db.lastError().text()));
            QVERIFY(Schema::migrate(db, Schema::migrations(Engine::PostgreSQL).mid(0, 1)).ok());
            QSqlQuery q(db);
            // The types are in schema 1 already.
            for (const QString &sql : schemaV1()) {
                if (sql.startsWith(QStringLiteral("INSERT")) &&
                    !sql.contains(QStringLiteral("establishment_types")))
                    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + sql));
            }
            QCOMPARE(Schema::version(db), 1);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        auto s = SqlStorage::openLocation(location);
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QCOMPARE((*s)->schemaVersion(), Schema::latestVersion());
        // The data is there, and the new search index covers it.
        ConventionFilter f;
        f.text = QStringLiteral("aurelie");
        const auto rows = (*s)->conventions(f);
        QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().providerName, QStringLiteral("Commune de Moissac"));
    }

    void failedMigrationChangesNothing()
    {
        auto s = openMemory();
        QSqlDatabase db = s->database();
        QList<Migration> steps = Schema::migrations(Schema::engine(db));
        steps << Migration{Schema::latestVersion() + 1,
                           {QStringLiteral("CREATE TABLE half_done (x INTEGER)"),
                            QStringLiteral("ALTER TABLE no_such_table ADD COLUMN y TEXT")}};
        const Status st = Schema::migrate(db, steps);
        QVERIFY(!st.ok());
        QVERIFY2(st.errorString().contains(QStringLiteral("no_such_table")),
                 qPrintable(st.errorString()));
        QCOMPARE(Schema::version(db), Schema::latestVersion());
        QVERIFY(!db.tables().contains(QStringLiteral("half_done")));
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        QString location = dir.filePath(QStringLiteral("future.sqlite"));
        if (!fixtures::testPostgres().isEmpty()) {
            const auto settings = fixtures::freshSchema();
            QVERIFY2(settings.ok(), qPrintable(settings.errorString()));
            location = QStringLiteral("pg:") + settings->toString();
        }
        {
            auto s = SqlStorage::openLocation(location);
            QVERIFY2(s.ok(), qPrintable(s.errorString()));
            QSqlDatabase db = (*s)->database();
            QVERIFY(Schema::setVersion(db, 99).ok());
        }
        auto s = SqlStorage::openLocation(location);
        QVERIFY(!s.ok());
        QVERIFY2(s.errorString().contains(QStringLiteral("plus récente")),
                 qPrintable(s.errorString()));
        // A file is named; a server database is named by its connection.
        if (!location.startsWith(QStringLiteral("pg:")))
            QVERIFY2(s.errorString().contains(location), qPrintable(s.errorString()));
    }

    void cafProfileIsJournaled()
    {
        auto s = openMemory();
        s->setActor(QStringLiteral("agent.caf73"));
        CafProfile caf = fixtures::caf(QStringLiteral("caf-73.json"));
        const auto saved = s->saveCaf(caf);
        QVERIFY2(saved.ok(), qPrintable(saved.errorString()));
        QCOMPARE(s->defaultCaf(), QStringLiteral("73"));
        QCOMPARE(*s->caf(QStringLiteral("73")), *saved);

        caf.director.lastName = QStringLiteral("NOUVEAU");
        QVERIFY(s->saveCaf(caf).ok());
        QVERIFY(s->saveCaf(caf).ok()); // unchanged: no entry
        const auto entries = s->journal({});
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 2);
        const JournalEntry &update = entries->at(1);
        QCOMPARE(update.action, QStringLiteral("caf.save"));
        QCOMPARE(update.actor, QStringLiteral("agent.caf73"));
        QVERIFY(update.before.contains(QStringLiteral("CLERC")));
        QVERIFY(update.after.contains(QStringLiteral("NOUVEAU")));
        QVERIFY(qAbs(update.at.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QVERIFY(entries->at(0).before.isEmpty());
        // On a server, the database user too: the OS login alone can be anyone's.
        if (s->isPostgres()) {
            QSqlQuery q(s->database());
            QVERIFY(q.exec(QStringLiteral("SELECT current_user")) && q.next());
            QVERIFY(!q.value(0).toString().isEmpty());
            QCOMPARE(update.dbUser, q.value(0).toString());
        } else {
            QCOMPARE(update.dbUser, QString());
        }
        QCOMPARE(s->databaseUser(), update.dbUser);
    }

    void invalidCafWritesNothing()
    {
        auto s = openMemory();
        const auto before = fixtures::rowCounts(s->database());
        CafProfile caf = fixtures::caf(QStringLiteral("caf-73.json"));
        caf.address.postcode = QStringLiteral("7302");
        const auto saved = s->saveCaf(caf);
        QVERIFY(!saved.ok());
        QVERIFY2(saved.errorString().contains(QStringLiteral("« 7302 »")),
                 qPrintable(saved.errorString()));
        QCOMPARE(fixtures::rowCounts(s->database()), before);
    }

    void importMoissac()
    {
        auto s = withMoissac();
        const auto d = s->convention(QStringLiteral("CS-82-2024-0001"));
        QVERIFY2(d.ok(), qPrintable(d.errorString()));
        QCOMPARE(d->convention.state, ConventionState::Received);
        QCOMPARE(d->convention.receivedOn, QDate(2024, 1, 15));
        QCOMPARE(d->caf.name, QStringLiteral("Caf de Tarn-et-Garonne"));
        QCOMPARE(d->provider.representative.lastName, QStringLiteral("LOPEZ"));
        QCOMPARE(d->annex.persons.size(), 2);
        QCOMPARE(d->annex.persons.at(0).firstName, QStringLiteral("Aurélie"));
        QCOMPARE(d->annex.persons.at(1).email, QStringLiteral("s.fontanie@moissac.fr"));
        QCOMPARE(d->annex.establishments.size(), 11);
        QCOMPARE(d->annex.establishments.at(0).establishment.name,
                 QStringLiteral("EAJE - Les Grapillous"));
        QCOMPARE(d->annex.establishments.at(0).scope, (Scope{true, true}));
        QCOMPARE(d->annex.establishments.at(3).establishment.type, QStringLiteral("LAEP"));
        QCOMPARE(d->annex.establishments.at(3).scope, (Scope{true, false}));
        QCOMPARE(d->annex.establishments.at(10).establishment.name,
                 QStringLiteral("Alsh municipal de Montebello"));

        JournalFilter jf;
        jf.reference = QStringLiteral("CS-82-2024-0001");
        const auto entries = s->journal(jf);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().action, QStringLiteral("request.import"));
        QVERIFY(entries->first().after.contains(QStringLiteral("BLACHIER")));
        // The creations of the provider, persons and establishments are journaled too.
        QCOMPARE(s->journal({})->size(), 1 + 1 + 1 + 2 + 11);
    }

    void secondRequestOfALivingConventionIsRefused()
    {
        auto s = withMoissac();
        const auto before = fixtures::rowCounts(s->database());
        HabilitationRequest again = fixtures::request(QStringLiteral("moissac-2024.json"));
        again.persons[0].lastName = QStringLiteral("AUTRE"); // would be an update, rolled back
        const auto c = s->importRequest(again);
        QVERIFY(!c.ok());
        QVERIFY2(c.errorString().contains(QStringLiteral("CS-82-2024-0001")),
                 qPrintable(c.errorString()));
        QVERIFY2(c.errorString().contains(QStringLiteral("avenant")), qPrintable(c.errorString()));
        QCOMPARE(fixtures::rowCounts(s->database()), before);
        QCOMPARE(s->convention(QStringLiteral("CS-82-2024-0001"))->annex.persons.at(0).lastName,
                 QStringLiteral("BLACHIER"));
    }

    void changesOfPersonalDataAreJournaled()
    {
        auto s = withMoissac();
        // The first convention ended; a new request renames a person and changes the mayor.
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE conventions SET state = 'terminated'")));
        HabilitationRequest again = fixtures::request(QStringLiteral("moissac-2024.json"));
        again.receivedOn = QDate(2026, 9, 1);
        again.persons[0].lastName = QStringLiteral("BLACHIER-MARTIN");
        again.provider.representative.firstName = QStringLiteral("Jean");
        const auto c = s->importRequest(again);
        QVERIFY2(c.ok(), qPrintable(c.errorString()));
        QCOMPARE(c->reference, QStringLiteral("CS-82-2026-0001"));
        const auto entries = s->journal({});
        QVERIFY(entries.ok());
        QStringList actions;
        for (const JournalEntry &e : *entries) {
            if (e.action == u"person.update") {
                QVERIFY(e.before.contains(QStringLiteral("\"BLACHIER\"")));
                QVERIFY(e.after.contains(QStringLiteral("BLACHIER-MARTIN")));
            }
            if (e.action == u"provider.update") {
                QVERIFY(e.before.contains(QStringLiteral("Romain")));
                QVERIFY(e.after.contains(QStringLiteral("Jean")));
            }
            actions << e.action;
        }
        QCOMPARE(actions.count(QStringLiteral("person.update")), 1);
        QCOMPARE(actions.count(QStringLiteral("provider.update")), 1);
        // The same persons and establishments, not copies.
        QCOMPARE(fixtures::rowCounts(s->database()).value(QStringLiteral("persons")), 2);
        QCOMPARE(fixtures::rowCounts(s->database()).value(QStringLiteral("establishments")), 11);
    }

    void requestForUnknownCafIsRefused()
    {
        auto s = openMemory();
        const auto c = s->importRequest(fixtures::request(QStringLiteral("moissac-2024.json")));
        QVERIFY(!c.ok());
        QVERIFY2(c.errorString().contains(QStringLiteral("« 82 »")), qPrintable(c.errorString()));
        QCOMPARE(fixtures::rowCounts(s->database()).value(QStringLiteral("providers")), 0);
    }

    void failureHalfWayWritesNothing()
    {
        auto s = openMemory();
        QVERIFY(s->saveCaf(fixtures::caf(QStringLiteral("caf-82.json"))).ok());
        const auto before = fixtures::rowCounts(s->database());
        // The database refuses the annex after the provider, persons and establishments went in.
        QSqlQuery q(s->database());
        if (s->isPostgres()) {
            QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION refuse() RETURNS trigger LANGUAGE "
                                          "plpgsql AS $$BEGIN RAISE EXCEPTION 'disk full'; "
                                          "END$$")));
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON annex_persons "
                                          "FOR EACH ROW EXECUTE FUNCTION refuse()")));
        } else {
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON annex_persons "
                                          "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        }
        const auto c = s->importRequest(fixtures::request(QStringLiteral("moissac-2024.json")));
        QVERIFY(!c.ok());
        QVERIFY2(c.errorString().contains(QStringLiteral("disk full")),
                 qPrintable(c.errorString()));
        QCOMPARE(fixtures::rowCounts(s->database()), before);
        // Once the cause is gone, the same request goes through with the first reference.
        QVERIFY(q.exec(s->isPostgres() ? QStringLiteral("DROP TRIGGER refuse ON annex_persons")
                                       : QStringLiteral("DROP TRIGGER refuse")));
        const auto ok = s->importRequest(fixtures::request(QStringLiteral("moissac-2024.json")));
        QVERIFY2(ok.ok(), qPrintable(ok.errorString()));
        QCOMPARE(ok->reference, QStringLiteral("CS-82-2024-0001"));
    }

    void inTransactionIsAllOrNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("habilis.sqlite"));
        auto opened = SqlStorage::open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorString()));
        std::unique_ptr<SqlStorage> s = std::move(opened).value();
        auto other = SqlStorage::open(path); // another officer's connection to the same file
        QVERIFY(other.ok());
        const auto before = fixtures::rowCounts(s->database());
        const CafProfile caf73 = fixtures::caf(QStringLiteral("caf-73.json"));

        // The work saves a profile, then fails: the profile is gone, and nobody ever saw it.
        bool seenOutside = true;
        Status st = s->inTransaction([&]() -> Status {
            if (const auto saved = s->saveCaf(caf73); !saved)
                return saved.error();
            if (s->cafs()->isEmpty()) // inside, the transaction sees its own write
                return Error{QStringLiteral("the save is not visible inside")};
            seenOutside = !(*other)->cafs()->isEmpty();
            return Error{QStringLiteral("arrêt demandé")};
        });
        QVERIFY(!st.ok());
        QCOMPARE(st.errorString(), QStringLiteral("arrêt demandé"));
        QVERIFY(!seenOutside);
        QVERIFY(s->cafs()->isEmpty());
        QCOMPARE(fixtures::rowCounts(s->database()), before);
        QVERIFY(s->journal({})->isEmpty());

        // The second write fails in the database: the first one, committed on its own
        // otherwise, is rolled back with it.
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON settings "
                                      "WHEN NEW.key = 'documents.window' "
                                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        st = s->inTransaction([&]() -> Status {
            if (const auto saved = s->saveCaf(caf73); !saved)
                return saved.error();
            return s->saveSetting(QStringLiteral("documents.window"),
                                  QStringLiteral("100;35;100;45"));
        });
        QVERIFY(!st.ok());
        QVERIFY2(st.errorString().contains(QStringLiteral("disk full")),
                 qPrintable(st.errorString()));
        QVERIFY(s->cafs()->isEmpty());
        QVERIFY(s->defaultCaf().isEmpty());
        QCOMPARE(fixtures::rowCounts(s->database()), before);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));

        // Nested: the inner work succeeds, the outer one fails after it; nothing is kept.
        st = s->inTransaction([&]() -> Status {
            if (Status inner = s->inTransaction([&]() -> Status {
                    if (const auto saved = s->saveCaf(caf73); !saved)
                        return saved.error();
                    return s->setReminderDelayDays(45);
                });
                !inner)
                return inner;
            return Error{QStringLiteral("refus après coup")};
        });
        QVERIFY(!st.ok());
        QVERIFY(s->cafs()->isEmpty());
        QCOMPARE(s->reminderDelayDays(), 30);
        QCOMPARE(fixtures::rowCounts(s->database()), before);

        // Everything succeeds: one commit, every write and its journal entry kept.
        st = s->inTransaction([&]() -> Status {
            if (const auto saved = s->saveCaf(caf73); !saved)
                return saved.error();
            if (Status d = s->setReminderDelayDays(45); !d)
                return d;
            return s->saveSetting(QStringLiteral("documents.window"),
                                  QStringLiteral("100;35;100;45"));
        });
        QVERIFY2(st.ok(), qPrintable(st.errorString()));
        QCOMPARE((*other)->defaultCaf(), QStringLiteral("73"));
        QCOMPARE((*other)->cafs()->size(), 1);
        QCOMPARE((*other)->reminderDelayDays(), 45);
        QCOMPARE((*other)->setting(QStringLiteral("documents.window")),
                 QStringLiteral("100;35;100;45"));
        QCOMPARE(s->journal({})->size(), 3);
    }

    void referencesFollowEachOther()
    {
        auto s = withMoissac();
        QVERIFY(s->saveCaf(fixtures::caf(QStringLiteral("caf-73.json"))).ok());
        const auto pds =
            s->importRequest(fixtures::request(QStringLiteral("porte-de-savoie-2025.json")));
        QVERIFY2(pds.ok(), qPrintable(pds.errorString()));
        QCOMPARE(pds->reference, QStringLiteral("CS-73-2025-0001"));
        HabilitationRequest other = fixtures::request(QStringLiteral("porte-de-savoie-2025.json"));
        other.provider.name = QStringLiteral("Association Les Lutins");
        other.provider.siret.clear();
        const auto second = s->importRequest(other);
        QVERIFY2(second.ok(), qPrintable(second.errorString()));
        QCOMPARE(second->reference, QStringLiteral("CS-73-2025-0002"));
    }

    void searchIgnoresAccentsAndCase_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("references");
        const QString moissac = QStringLiteral("CS-82-2024-0001");
        const QString pds = QStringLiteral("CS-73-2025-0001");
        QTest::newRow("person, no accent") << QStringLiteral("sebastien") << QStringList{moissac};
        QTest::newRow("person, capitals") << QStringLiteral("SÉBASTIEN") << QStringList{moissac};
        QTest::newRow("person, prefix") << QStringLiteral("blach") << QStringList{moissac};
        QTest::newRow("establishment") << QStringLiteral("grapillous") << QStringList{moissac};
        QTest::newRow("establishment, two words")
            << QStringLiteral("lutins granier") << QStringList{pds};
        QTest::newRow("provider") << QStringLiteral("porte savoie") << QStringList{pds};
        QTest::newRow("compound first name") << QStringLiteral("marie-ange") << QStringList{pds};
        QTest::newRow("email") << QStringLiteral("culture@porte") << QStringList{pds};
        QTest::newRow("reference") << QStringLiteral("CS-73-2025-0001") << QStringList{pds};
        QTest::newRow("everything") << QStringLiteral("commune") << QStringList{pds, moissac};
        QTest::newRow("nothing") << QStringLiteral("zzzz") << QStringList{};
        QTest::newRow("quotes are text") << QStringLiteral("\"grapillous") << QStringList{moissac};
    }
    void searchIgnoresAccentsAndCase()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, references);
        auto s = withMoissac();
        QVERIFY(s->saveCaf(fixtures::caf(QStringLiteral("caf-73.json"))).ok());
        QVERIFY(
            s->importRequest(fixtures::request(QStringLiteral("porte-de-savoie-2025.json"))).ok());
        ConventionFilter f;
        f.text = text;
        const auto rows = s->conventions(f);
        QVERIFY2(rows.ok(), qPrintable(rows.errorString()));
        QStringList found;
        for (const ConventionRow &r : *rows)
            found << r.reference;
        QCOMPARE(found, references);
        QCOMPARE(*s->countConventions(f), int(references.size()));
    }

    void searchFollowsChanges()
    {
        // The search documents follow a person's or an establishment's change.
        auto s = withMoissac();
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE persons SET last_name = 'ZÉBULON' WHERE email = "
                                      "'s.fontanie@moissac.fr'")));
        QVERIFY(q.exec(QStringLiteral("UPDATE establishments SET name = 'Crèche Xylophone' "
                                      "WHERE name LIKE '%Bulle de b%'")));
        QCOMPARE(q.numRowsAffected(), 1);
        const auto count = [&s](const QString &text) {
            ConventionFilter f;
            f.text = text;
            return *s->countConventions(f);
        };
        QCOMPARE(count(QStringLiteral("zebulon")), 1);
        QCOMPARE(count(QStringLiteral("fontanie")), 1); // still in the email
        QCOMPARE(count(QStringLiteral("xylophone")), 1);
        QCOMPARE(count(QStringLiteral("bulle")), 0);
    }

    void directorySearchIgnoresAccentsAndCase()
    {
        auto s = withMoissac();
        QVERIFY(s->saveCaf(fixtures::caf(QStringLiteral("caf-73.json"))).ok());
        QVERIFY(
            s->importRequest(fixtures::request(QStringLiteral("porte-de-savoie-2025.json"))).ok());
        const auto find = [&s](Directory kind, const QString &text) {
            DirectoryFilter f;
            f.kind = kind;
            f.text = text;
            const auto rows = s->directory(f);
            QStringList first;
            for (const DirectoryRow &r : *rows)
                first << r.cells.value(0);
            if (*s->countDirectory(f) != first.size())
                first << QStringLiteral("count differs");
            return first;
        };
        QCOMPARE(find(Directory::Persons, QStringLiteral("SÉBASTIEN")),
                 QStringList{QStringLiteral("FONTANIE")});
        QCOMPARE(find(Directory::Persons, QStringLiteral("blach")),
                 QStringList{QStringLiteral("BLACHIER")});
        QCOMPARE(find(Directory::Providers, QStringLiteral("porte savoie")).size(), 1);
        QCOMPARE(find(Directory::Establishments, QStringLiteral("grapillous")).size(), 1);
        QCOMPARE(find(Directory::Establishments, QStringLiteral("zzzz")), QStringList{});
        QCOMPARE(find(Directory::Providers, QStringLiteral("commune")).size(), 2);
    }

    void listsSortByCodePointsWhateverTheServer()
    {
        // A server installed in France may sort text the French way (ICU: "école" before
        // "espace", "association" before "CCAS"); the lists, their pages and the post must
        // still come in the order SQLite gives them.
        std::unique_ptr<SqlStorage> s = frenchDatabase();
        QVERIFY(s->saveCaf(fixtures::caf(QStringLiteral("caf-82.json"))).ok());
        const HabilitationRequest moissac = fixtures::request(QStringLiteral("moissac-2024.json"));
        const QList<std::array<const char *, 3>> providers{
            {"Commune de Moissac", "espace Bambins", "ZOLA"},
            {"association Les Lutins", "école Les Lutins", "ÉMERY"},
            {"CCAS de Moissac", "Relais Petite Enfance", "MARTIN"}};
        int n = 0;
        for (const auto &[provider, establishment, person] : providers) {
            HabilitationRequest r = moissac;
            r.provider.name = QString::fromUtf8(provider);
            r.provider.siret.clear();
            r.establishments.resize(1);
            r.establishments[0].establishment.name = QString::fromUtf8(establishment);
            r.persons.resize(1);
            r.persons[0].lastName = QString::fromUtf8(person);
            r.persons[0].email = QStringLiteral("agent%1@moissac.fr").arg(++n);
            const Expected<Convention> c = s->importRequest(r);
            QVERIFY2(c.ok(), qPrintable(c.errorString()));
            StepInput in;
            in.date = QDate(2024, 1, 16);
            QVERIFY(s->recordStep(c->reference, Step::Check, in, in.date).ok());
        }

        // The post, by postcode then name: capitals first, as their code points say.
        const Expected<QList<MailingItem>> queue = s->mailingQueue({});
        QVERIFY2(queue.ok(), qPrintable(queue.errorString()));
        QStringList post;
        for (const MailingItem &i : *queue)
            post << i.providerName;
        QCOMPARE(post, (QStringList{QStringLiteral("CCAS de Moissac"),
                                    QStringLiteral("Commune de Moissac"),
                                    QStringLiteral("association Les Lutins")}));

        const auto column = [&s](Directory kind, int sortColumn, int offset, int limit) {
            DirectoryFilter f;
            f.kind = kind;
            f.sortColumn = sortColumn;
            f.offset = offset;
            f.limit = limit;
            const Expected<QList<DirectoryRow>> rows = s->directory(f);
            if (!rows)
                qFatal("%s", qPrintable(rows.errorString()));
            QStringList cells;
            for (const DirectoryRow &r : *rows)
                cells << r.cells.at(sortColumn);
            return cells;
        };
        // Establishments by name, one page of two then the rest: "é" after every letter.
        QCOMPARE(column(Directory::Establishments, 1, 0, 2),
                 (QStringList{QStringLiteral("espace Bambins"),
                              QStringLiteral("Relais Petite Enfance")}));
        QCOMPARE(column(Directory::Establishments, 1, 2, 2),
                 QStringList{QStringLiteral("école Les Lutins")});
        QCOMPARE(column(Directory::Persons, 0, 0, -1),
                 (QStringList{QStringLiteral("MARTIN"), QStringLiteral("ZOLA"),
                              QStringLiteral("ÉMERY")}));
        s.reset();
        dropFrenchDatabase();
    }

    void filters()
    {
        auto s = withMoissac();
        QVERIFY(s->saveCaf(fixtures::caf(QStringLiteral("caf-73.json"))).ok());
        QVERIFY(
            s->importRequest(fixtures::request(QStringLiteral("porte-de-savoie-2025.json"))).ok());
        ConventionFilter f;
        f.town = QStringLiteral("porte de savoie");
        QCOMPARE(s->conventions(f)->size(), 1);
        f = {};
        f.provider = QStringLiteral("MOISSAC");
        QCOMPARE(s->conventions(f)->first().reference, QStringLiteral("CS-82-2024-0001"));
        QCOMPARE(s->conventions(f)->first().persons, 2);
        QCOMPARE(s->conventions(f)->first().establishments, 11);
        f = {};
        f.state = ConventionState::InForce;
        QCOMPARE(s->conventions(f)->size(), 0);
        f.state = ConventionState::Received;
        f.cafDepartement = QStringLiteral("73");
        QCOMPARE(s->conventions(f)->size(), 1);
        f = {};
        f.limit = 1;
        f.offset = 1;
        QCOMPARE(s->conventions(f)->first().reference, QStringLiteral("CS-82-2024-0001"));
    }

    void annexOnADay()
    {
        auto s = withMoissac();
        // Signed on 1 March 2024; a second version from 1 May 2025 without the LAEP.
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE annex_versions SET valid_from = '2024-03-01'")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO annex_versions (convention_id, version, valid_from) "
                                  "SELECT convention_id, 2, '2025-05-01' FROM annex_versions")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO annex_persons SELECT 2, person_id, position FROM annex_persons")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO annex_establishments SELECT 2, ae.establishment_id, "
            "functioning, availability, position FROM annex_establishments ae "
            "JOIN establishments e ON e.id = ae.establishment_id WHERE e.type <> 'LAEP'")));
        const QString ref = QStringLiteral("CS-82-2024-0001");
        QCOMPARE(s->convention(ref, QDate(2025, 4, 30))->annex.version, 1);
        QCOMPARE(s->convention(ref, QDate(2025, 4, 30))->annex.establishments.size(), 11);
        QCOMPARE(s->convention(ref, QDate(2025, 5, 1))->annex.version, 2);
        QCOMPARE(s->convention(ref, QDate(2025, 5, 1))->annex.establishments.size(), 10);
        QCOMPARE(s->convention(ref)->annex.version, 2);
        QCOMPARE(s->convention(ref)->annexVersions, 2);
        QVERIFY(!s->convention(QStringLiteral("CS-82-2024-9999")).ok());
    }

    void importEstablishments()
    {
        auto s = withMoissac();
        const auto provider = s->findProvider(QStringLiteral("218 201 127"));
        QVERIFY2(provider.ok(), qPrintable(provider.errorString()));
        Establishment added;
        added.type = QStringLiteral("rpe");
        added.name = QStringLiteral("Relais petite enfance de Moissac");
        added.postcode = QStringLiteral("82200");
        added.town = QStringLiteral("Moissac");
        Establishment changed = s->establishments(provider->id)->first();
        changed.address = QStringLiteral("Route de Laujol, bâtiment B");
        const auto counts = s->importEstablishments(provider->id, {added, changed});
        QVERIFY2(counts.ok(), qPrintable(counts.errorString()));
        QCOMPARE(counts->created, 1);
        QCOMPARE(counts->updated, 1);
        QCOMPARE(s->establishments(provider->id)->size(), 12);
        QCOMPARE(s->establishments(provider->id)->first().address,
                 QStringLiteral("Route de Laujol, bâtiment B"));

        const auto before = fixtures::rowCounts(s->database());
        Establishment bad = added;
        bad.name = QStringLiteral("Autre relais");
        bad.postcode = QStringLiteral("822");
        QVERIFY(!s->importEstablishments(provider->id, {changed, bad}).ok());
        QCOMPARE(fixtures::rowCounts(s->database()), before);
    }

    void establishmentTypesAreConfigurable()
    {
        auto s = openMemory();
        QVERIFY(
            s->saveEstablishmentType({QStringLiteral("ludo"), QStringLiteral("Ludothèque"), false})
                .ok());
        const auto types = s->establishmentTypes();
        QVERIFY(types.ok());
        QCOMPARE(types->last().code, QStringLiteral("LUDO"));
        QCOMPARE(types->first().code, QStringLiteral("EAJE"));
        QVERIFY(types->first().hasAvailability);
        const Status bad =
            s->saveEstablishmentType({QStringLiteral("x y"), QStringLiteral("?"), false});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.errorString().contains(QStringLiteral("« x y »")),
                 qPrintable(bad.errorString()));
    }

    void pgSettings()
    {
        // A libpq connection string, read and written back; a password is refused.
        const auto s = PgSettings::parse(
            QStringLiteral("host=db.caf port=5433 dbname=habilis user='jean dupont' "
                           "sslmode=require options='-c search_path=a\\'b'"));
        QVERIFY2(s.ok(), qPrintable(s.errorString()));
        QCOMPARE(s->host, QStringLiteral("db.caf"));
        QCOMPARE(s->port, 5433);
        QCOMPARE(s->dbname, QStringLiteral("habilis"));
        QCOMPARE(s->user, QStringLiteral("jean dupont"));
        QCOMPARE(s->extra.size(), 2);
        QCOMPARE(s->extra.at(1).second, QStringLiteral("-c search_path=a'b"));
        const auto again = PgSettings::parse(s->toString());
        QVERIFY(again.ok());
        QCOMPARE(again->toString(), s->toString());
        QCOMPARE(again->user, s->user);
        const auto withPassword = PgSettings::parse(QStringLiteral("host=x password=secret"));
        QVERIFY(!withPassword.ok());
        QVERIFY2(withPassword.errorString().contains(QStringLiteral("PGPASSWORD")),
                 qPrintable(withPassword.errorString()));
        QVERIFY(!PgSettings::parse(QStringLiteral("host=x port=abc")).ok());
        QVERIFY(!PgSettings::parse(QStringLiteral("host=x user='open")).ok());
        QVERIFY(!PgSettings::parse(QStringLiteral("justaword")).ok());
        QVERIFY(SqlStorage::wantsPassword(
            QStringLiteral("connection to server failed: fe_sendauth: no password supplied")));
        QVERIFY(!SqlStorage::wantsPassword(QStringLiteral("could not connect to server")));
    }

    void ftsQueryIsSafe()
    {
        QCOMPARE(SqlStorage::ftsQuery(QStringLiteral("Hélène \"OR\" d'Angelo*")),
                 QStringLiteral("\"Hélène\"* \"OR\"* \"d\" \"Angelo\"*"));
        QCOMPARE(SqlStorage::ftsQuery(QStringLiteral("  ")), QString());
    }
};

HABILIS_TEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"

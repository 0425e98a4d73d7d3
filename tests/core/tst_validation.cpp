#include "domain/labels.h"
#include "domain/validation.h"
#include "testmain.h"

using namespace habilis;

namespace {
HabilitationRequest moissac()
{
    HabilitationRequest r;
    r.cafDepartement = QStringLiteral("82");
    r.receivedOn = QDate(2024, 1, 15);
    r.provider.name = QStringLiteral("Commune de Moissac");
    r.provider.siret = QStringLiteral("218201127");
    r.provider.representative = {Civility::Monsieur, QStringLiteral("Romain"),
                                 QStringLiteral("LOPEZ"), QStringLiteral("Maire")};
    r.provider.address.street = QStringLiteral("3 place Roger Delthil");
    r.provider.address.postcode = QStringLiteral("82200");
    r.provider.address.town = QStringLiteral("Moissac");
    Person p;
    p.civility = Civility::Madame;
    p.lastName = QStringLiteral("BLACHIER");
    p.firstName = QStringLiteral("Aurélie");
    p.email = QStringLiteral("a.blachier@moissac.fr");
    r.persons << p;
    AnnexEstablishment e;
    e.establishment.type = QStringLiteral("EAJE");
    e.establishment.name = QStringLiteral("EAJE - Les Grapillous");
    e.establishment.postcode = QStringLiteral("82200");
    e.establishment.town = QStringLiteral("Moissac");
    e.scope = {true, true};
    r.establishments << e;
    return r;
}

QList<EstablishmentType> types()
{
    return {{QStringLiteral("EAJE"), QStringLiteral("EAJE"), true},
            {QStringLiteral("ALSH"), QStringLiteral("ALSH"), false}};
}
} // namespace

class TestValidation : public QObject {
    Q_OBJECT
private slots:
    void siret_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Moissac SIREN") << QStringLiteral("218201127") << true;
        QTest::newRow("Porte-de-Savoie SIREN") << QStringLiteral("200083681") << true;
        QTest::newRow("SIREN with spaces") << QStringLiteral("218 201 127") << true;
        QTest::newRow("SIREN, wrong check digit") << QStringLiteral("218201128") << false;
        QTest::newRow("SIRET") << QStringLiteral("73282932000074") << true;
        QTest::newRow("SIRET, wrong check digit") << QStringLiteral("73282932000075") << false;
        QTest::newRow("La Poste head office, Luhn") << QStringLiteral("35600000000048") << true;
        QTest::newRow("La Poste, digit sum multiple of 5")
            << QStringLiteral("35600000000015") << true;
        QTest::newRow("La Poste, digit sum not a multiple of 5")
            << QStringLiteral("35600000000016") << false;
        QTest::newRow("too short") << QStringLiteral("1234") << false;
        QTest::newRow("letters") << QStringLiteral("21820112A") << false;
        QTest::newRow("empty is allowed") << QString() << true;
    }
    void siret()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const QString message = Validation::checkSiretOrSiren(text);
        QCOMPARE(message.isEmpty(), valid);
        if (!valid)
            QVERIFY2(message.contains(text), qPrintable(message));
    }

    void email_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("a.blachier@moissac.fr") << true;
        QTest::newRow("hyphenated domain") << QStringLiteral("culture@porte-de-savoie.fr") << true;
        QTest::newRow("plus") << QStringLiteral("enfance+caf@mairie.fr") << true;
        QTest::newRow("no at") << QStringLiteral("a.blachier.moissac.fr") << false;
        QTest::newRow("no domain") << QStringLiteral("a.blachier@") << false;
        QTest::newRow("no dot in domain") << QStringLiteral("a@moissac") << false;
        QTest::newRow("space") << QStringLiteral("a blachier@moissac.fr") << false;
        QTest::newRow("two at") << QStringLiteral("a@b@moissac.fr") << false;
        QTest::newRow("accent") << QStringLiteral("aurélie@moissac.fr") << false;
    }
    void email()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Validation::checkEmail(text).isEmpty(), valid);
    }

    void postcode_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("Moissac") << QStringLiteral("82200") << true;
        QTest::newRow("CEDEX") << QStringLiteral("73023") << true;
        QTest::newRow("Corsica") << QStringLiteral("20000") << true;
        QTest::newRow("Réunion") << QStringLiteral("97400") << true;
        QTest::newRow("four digits") << QStringLiteral("8220") << false;
        QTest::newRow("six digits") << QStringLiteral("822000") << false;
        QTest::newRow("00") << QStringLiteral("00100") << false;
        QTest::newRow("letters") << QStringLiteral("2A000") << false;
    }
    void postcode()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Validation::checkPostcode(text).isEmpty(), valid);
    }

    void departement_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        for (const char *ok : {"01", "09", "19", "21", "2A", "2B", "73", "82", "95", "971", "976"})
            QTest::newRow(ok) << QString::fromLatin1(ok) << true;
        for (const char *ko : {"00", "1", "20", "96", "97", "977", "2C", "100", "", "7 3"})
            QTest::newRow(qPrintable(QStringLiteral("not ") + QString::fromLatin1(ko)))
                << QString::fromLatin1(ko) << false;
    }
    void departement()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Validation::isValidDepartement(text), valid);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("spaces") << QStringLiteral("04 79 70 00 00") << true;
        QTest::newRow("dots") << QStringLiteral("05.63.04.63.63") << true;
        QTest::newRow("international") << QStringLiteral("+33 4 79 70 00 00") << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("nine digits") << QStringLiteral("04 79 70 00 0") << false;
        QTest::newRow("letters") << QStringLiteral("mairie") << false;
    }
    void phone()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(Validation::checkPhone(text).isEmpty(), valid);
    }

    void validRequest()
    {
        const QList<FieldError> errors = Validation::validate(moissac(), types());
        QVERIFY2(errors.isEmpty(), qPrintable(joinErrors(errors)));
    }

    void messagesNameFieldAndValueInFrench()
    {
        HabilitationRequest r = moissac();
        r.persons[0].email = QStringLiteral("a.blachier@");
        const QList<FieldError> errors = Validation::validate(r, types());
        QCOMPARE(errors.size(), 1);
        const QString text = errors.first().toString();
        QVERIFY2(text.contains(QStringLiteral("personne 1")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("courriel")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("« a.blachier@ »")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("adresse électronique")), qPrintable(text));
    }

    void requiredFields()
    {
        HabilitationRequest r = moissac();
        r.provider.name.clear();
        r.persons[0].lastName = QStringLiteral("  ");
        const QString text = joinErrors(Validation::validate(r, types()));
        QVERIFY2(text.contains(QStringLiteral("fournisseur, nom : ce champ est obligatoire")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("personne 1, nom : ce champ est obligatoire")),
                 qPrintable(text));
    }

    void duplicatePerson()
    {
        HabilitationRequest r = moissac();
        Person twin = r.persons.first();
        twin.email = QStringLiteral("A.Blachier@Moissac.fr");
        r.persons << twin;
        const QString text = joinErrors(Validation::validate(r, types()));
        QVERIFY2(text.contains(QStringLiteral("personne 2")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("déjà")), qPrintable(text));

        // The same name with accents or case changed is the same person.
        r = moissac();
        Person same = r.persons.first();
        same.firstName = QStringLiteral("AURELIE");
        same.email = QStringLiteral("aurelie.b@moissac.fr");
        r.persons << same;
        QVERIFY(!Validation::validate(r, types()).isEmpty());
    }

    void duplicateEstablishment()
    {
        HabilitationRequest r = moissac();
        AnnexEstablishment twin = r.establishments.first();
        twin.establishment.name = QStringLiteral("eaje  les grapillous");
        r.establishments << twin;
        const QString text = joinErrors(Validation::validate(r, types()));
        QVERIFY2(text.contains(QStringLiteral("établissement 2")), qPrintable(text));
    }

    void unknownTypeAndAvailability()
    {
        HabilitationRequest r = moissac();
        r.establishments[0].establishment.type = QStringLiteral("CRECHE");
        QString text = joinErrors(Validation::validate(r, types()));
        QVERIFY2(text.contains(QStringLiteral("« CRECHE »")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("EAJE, ALSH")), qPrintable(text));

        r = moissac();
        r.establishments[0].establishment.type = QStringLiteral("ALSH");
        text = joinErrors(Validation::validate(r, types()));
        QVERIFY2(text.contains(QStringLiteral("disponibilit")), qPrintable(text));

        r = moissac();
        r.establishments[0].scope = {false, false};
        QVERIFY(!Validation::validate(r, types()).isEmpty());
    }

    void emptyAnnex()
    {
        HabilitationRequest r = moissac();
        r.persons.clear();
        r.establishments.clear();
        QCOMPARE(Validation::validate(r, types()).size(), 2);
    }

    void cafProfile()
    {
        CafProfile caf;
        caf.departement = QStringLiteral("20");
        caf.name = QStringLiteral("Caf de Corse");
        caf.director = {Civility::Madame, QStringLiteral("Anne"), QStringLiteral("CASANOVA"),
                        QStringLiteral("Directrice")};
        caf.address.street = QStringLiteral("1 boulevard Sampiero");
        caf.address.postcode = QStringLiteral("20000");
        caf.address.town = QStringLiteral("Ajaccio");
        caf.signingTown = QStringLiteral("Ajaccio");
        const QString text = joinErrors(Validation::validate(caf));
        QVERIFY2(text.contains(QStringLiteral("« 20 »")), qPrintable(text));
        caf.departement = QStringLiteral("2A");
        QVERIFY(Validation::validate(caf).isEmpty());
    }

    void addressLinesFitTheEnvelope()
    {
        HabilitationRequest r = moissac();
        r.provider.address.street = QString(39, QLatin1Char('x'));
        const QString text = joinErrors(Validation::validate(r, types()));
        QVERIFY2(text.contains(QStringLiteral("au plus 38")), qPrintable(text));
    }

    void foldKey()
    {
        QCOMPARE(Validation::foldKey(QStringLiteral("Hélène  D'ANGELO-Réault")),
                 QStringLiteral("helene d angelo reault"));
    }

    void civilities()
    {
        QCOMPARE(Labels::civilityFromCode(QStringLiteral("Mme")), Civility::Madame);
        QCOMPARE(Labels::civilityFromCode(QStringLiteral("M.")), Civility::Monsieur);
        QCOMPARE(Labels::civilityFromCode(QString()), Civility::None);
        QVERIFY(!Labels::civilityFromCode(QStringLiteral("Dr")));
        QCOMPARE(Labels::display(Civility::Madame), QStringLiteral("Madame"));
    }
};

HABILIS_TEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"

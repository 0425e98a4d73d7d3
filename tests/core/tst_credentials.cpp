#include "credentials/credentialservice.h"
#include "credentials/notice.h"
#include "fixtures.h"
#include "testmain.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>

using namespace habilis;

namespace {
const QDate kToday(2026, 11, 22);
const QString kRef = QStringLiteral("CS-82-2024-0001");

StepInput on(QDate d)
{
    StepInput in;
    in.date = d;
    return in;
}

/// The chi-square value a statistic with `df` degrees of freedom exceeds with probability
/// 0.0001 (Wilson-Hilferty; z of the upper 0.0001 tail of the normal law).
double chiSquareCritical(int df)
{
    const double z = 3.7190164854556804;
    const double k = 2.0 / (9.0 * df);
    return df * std::pow(1.0 - k + z * std::sqrt(k), 3);
}

double chiSquare(const QList<double> &observed, const QList<double> &expected)
{
    double x = 0;
    for (qsizetype i = 0; i < observed.size(); ++i)
        x += (observed.at(i) - expected.at(i)) * (observed.at(i) - expected.at(i)) / expected.at(i);
    return x;
}

/// A transport that refuses everything, as a relay that is down.
class RefusingTransport final : public MailTransport {
public:
    Expected<QString> deliver(const MailMessage &) override
    {
        return Error{QStringLiteral("Le relais SMTP est hors service.")};
    }
    QString channel() const override { return QStringLiteral("smtp"); }
};

/// Every password of the .eml drafts of a folder.
QStringList passwordsIn(const QString &folder)
{
    QStringList list;
    QDirIterator it(folder, {QStringLiteral("*.eml")}, QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read a draft");
        const QString text = QString::fromUtf8(f.readAll());
        const QRegularExpression re(QStringLiteral("Votre mot de passe provisoire : (\\w+)"));
        for (auto m = re.globalMatch(text); m.hasNext();)
            list << m.next().captured(1);
    }
    return list;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCredentials : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    /// The Moissac convention, in force since 1 March 2024, not activated.
    std::unique_ptr<SqlStorage> moissac(const QString &file)
    {
        return fixtures::moissacInForce(m_dir.filePath(file));
    }

    static Status amendAndSign(SqlStorage &s, const AmendmentChanges &changes, QDate signedOn)
    {
        const auto a = s.prepareAmendment(kRef, changes, QStringLiteral("Changement d'agent"),
                                          signedOn.addDays(-20), kToday);
        if (!a)
            return a.error();
        StepInput ret = on(signedOn.addDays(-5));
        ret.signatory = QStringLiteral("Romain LOPEZ, Maire");
        ret.signedOn = signedOn.addDays(-6);
        StepInput counter = on(signedOn);
        counter.signatory = QStringLiteral("Charlotte HUBERT-BOYER, Directrice");
        for (const auto &[step, in] :
             QList<QPair<Step, StepInput>>{{Step::Mail, on(signedOn.addDays(-19))},
                                           {Step::Return, ret},
                                           {Step::Countersign, counter}}) {
            if (const auto r = s.recordAmendmentStep(kRef, a->number, step, in, kToday); !r)
                return r.error();
        }
        return {};
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void generatorRules()
    {
        const QString alphabet = PasswordGenerator::alphabet();
        QCOMPARE(alphabet.size(), 57);
        for (QChar c : {u'0', u'O', u'1', u'l', u'I'})
            QVERIFY2(!alphabet.contains(c), qPrintable(QString(c)));
        PasswordGenerator g;
        for (int i = 0; i < 100000; ++i) {
            const QString p = g.generate();
            QCOMPARE(p.size(), 8);
            QVERIFY2(PasswordGenerator::isAcceptable(p), qPrintable(p));
        }
        QCOMPARE(g.generate(12).size(), 12);
        QCOMPARE(g.generate(4).size(), 8); // never shorter than the convention says
        QVERIFY(!PasswordGenerator::isAcceptable(QStringLiteral("abcdefgh")));
        QVERIFY(PasswordGenerator::isAcceptable(QStringLiteral("Abcdefg2")));
        QVERIFY(!PasswordGenerator::isAcceptable(QStringLiteral("Abcdef0h2")));
        QVERIFY(!PasswordGenerator::isAcceptable(QStringLiteral("Ab2")));
    }

    void generatorIsUniform()
    {
        // Every acceptable password is equally likely, so a character of a class appears at a
        // position in proportion to the strings that complete the other two classes.
        const int draws = 100000;
        const int length = 8;
        const QString alphabet = PasswordGenerator::alphabet();
        const double n = alphabet.size();
        const double sizes[3] = {double(PasswordGenerator::lowerCase().size()),
                                 double(PasswordGenerator::upperCase().size()),
                                 double(PasswordGenerator::digits().size())};
        const auto completing = [&](int cls) {
            const double b = sizes[(cls + 1) % 3];
            const double c = sizes[(cls + 2) % 3];
            return std::pow(n, length - 1) - std::pow(n - b, length - 1) -
                   std::pow(n - c, length - 1) + std::pow(n - b - c, length - 1);
        };
        double total = 0;
        for (int cls = 0; cls < 3; ++cls)
            total += sizes[cls] * completing(cls);
        QList<double> expected;
        for (QChar ch : alphabet) {
            const int cls = PasswordGenerator::lowerCase().contains(ch)   ? 0
                            : PasswordGenerator::upperCase().contains(ch) ? 1
                                                                          : 2;
            expected << draws * completing(cls) / total;
        }
        QList<QList<double>> counts(length, QList<double>(alphabet.size(), 0));
        PasswordGenerator g;
        for (int i = 0; i < draws; ++i) {
            const QString p = g.generate(length);
            for (int pos = 0; pos < length; ++pos)
                counts[pos][alphabet.indexOf(p.at(pos))] += 1;
        }
        const double critical = chiSquareCritical(int(alphabet.size()) - 1);
        for (int pos = 0; pos < length; ++pos) {
            const double x = chiSquare(counts.at(pos), expected);
            QVERIFY2(
                x < critical,
                qPrintable(
                    QStringLiteral("position %1: chi2 %2 >= %3").arg(pos).arg(x).arg(critical)));
        }
        // The same statistic sees the bias of a modulo on 6 random bits.
        QList<double> biased(alphabet.size(), 0);
        for (int i = 0; i < draws; ++i)
            biased[int(QRandomGenerator::global()->bounded(64) % 57)] += 1;
        QList<double> flat(alphabet.size(), double(draws) / alphabet.size());
        QVERIFY(chiSquare(biased, flat) > critical);
    }

    void identifiers()
    {
        Person p;
        p.firstName = QStringLiteral("Aurélie");
        p.lastName = QStringLiteral("BLACHIER");
        QCOMPARE(Credentials::identifierBase(p, QStringLiteral("82")),
                 QStringLiteral("82-ablachier"));
        p.firstName = QStringLiteral("Éric");
        p.lastName = QStringLiteral("D'ANGELO-MARTÍN");
        QCOMPARE(Credentials::identifierBase(p, QStringLiteral("2A")),
                 QStringLiteral("2a-edangelomartin"));
    }

    void activationKeepsNoPassword()
    {
        std::unique_ptr<SqlStorage> s = moissac(QStringLiteral("activation.sqlite"));
        const QString drafts = m_dir.filePath(QStringLiteral("drafts-activation"));
        DraftWriter writer(drafts);
        CredentialService service(*s, writer, NoticeSettings::load(*s));
        const auto results = service.activate(kRef, QDate(2024, 3, 4), kToday);
        QVERIFY2(results.ok(), qPrintable(results.errorString()));
        QCOMPARE(results->size(), 2);
        for (const NoticeResult &r : *results) {
            QVERIFY2(r.notified, qPrintable(r.error));
            QCOMPARE(r.deliveredTo.size(), 1);
            QVERIFY(QFile::exists(r.deliveredTo.first()));
        }
        QCOMPARE(results->at(0).issuance.identifier, QStringLiteral("82-ablachier"));
        QCOMPARE(results->at(1).issuance.identifier, QStringLiteral("82-sfontanie"));
        QCOMPARE(s->convention(kRef)->convention.activatedOn, QDate(2024, 3, 4));

        // What is kept: to whom, when, by whom, why, must change, notified.
        const auto list = s->credentials(kRef);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        for (const CredentialIssuance &i : *list) {
            QCOMPARE(i.kind, CredentialKind::Activation);
            QCOMPARE(i.issuedBy, s->actor());
            QVERIFY(i.mustChange);
            QVERIFY(i.notifiedAt.isValid());
            QCOMPARE(i.channel, QStringLiteral("draft"));
            QVERIFY(qAbs(i.issuedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        }

        // The passwords are in the drafts, and nowhere in the database, its WAL or journal.
        const QStringList passwords = passwordsIn(drafts);
        QCOMPARE(passwords.size(), 2);
        const auto journal = s->journal({});
        QVERIFY(journal.ok());
        QString journalText;
        for (const JournalEntry &e : *journal)
            journalText += e.action + e.before + e.after;
        QVERIFY(journalText.contains(QStringLiteral("credentials.issue")));
        QVERIFY(journalText.contains(QStringLiteral("82-ablachier")));
        const QString path = s->location();
        QByteArray bytes;
        if (s->isPostgres()) {
            // No file on this side of the server: every row of every table, as text.
            QSqlQuery tables(s->database());
            QVERIFY(tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                               "WHERE table_schema = current_schema()")));
            while (tables.next()) {
                QSqlQuery rows(s->database());
                QVERIFY(rows.exec(QStringLiteral("SELECT CAST(t AS text) FROM %1 t")
                                      .arg(tables.value(0).toString())));
                while (rows.next())
                    bytes += rows.value(0).toString().toUtf8();
            }
        } else {
            bytes = fileBytes(path) + fileBytes(path + QStringLiteral("-wal"));
        }
        QVERIFY(bytes.size() > 4096);
        for (const QString &p : passwords) {
            QVERIFY(PasswordGenerator::isAcceptable(p));
            QVERIFY2(!bytes.contains(p.toLatin1()), qPrintable(p));
            QVERIFY2(!journalText.contains(p), qPrintable(p));
        }
        const bool postgres = s->isPostgres();
        s.reset();
        const QByteArray closed = postgres ? QByteArray() : fileBytes(path);
        for (const QString &p : passwords)
            QVERIFY2(!closed.contains(p.toLatin1()), qPrintable(p));
    }

    void resetAndNotify()
    {
        std::unique_ptr<SqlStorage> s = moissac(QStringLiteral("reset.sqlite"));
        const QString drafts = m_dir.filePath(QStringLiteral("drafts-reset"));
        DraftWriter writer(drafts);
        RefusingTransport down;
        // The relay is down: the activation is recorded, the passwords are not notified.
        CredentialService failing(*s, down, NoticeSettings::load(*s));
        auto results = failing.activate(kRef, QDate(2024, 3, 4), kToday);
        QVERIFY(results.ok());
        QCOMPARE(results->size(), 2);
        QVERIFY(!results->at(0).notified);
        QCOMPARE(results->at(0).error, QStringLiteral("Le relais SMTP est hors service."));
        const auto pending = s->credentials(kRef);
        for (const CredentialIssuance &i : *pending)
            QVERIFY(!i.notifiedAt.isValid());
        // Who waits, asked without sending anything: both persons.
        const auto waiting = CredentialService::pending(*s, kRef, kToday);
        QVERIFY(waiting.ok());
        QCOMPARE(waiting->size(), 2);
        QCOMPARE(s->credentials(kRef)->size(), 2);
        // Sent again later: new passwords, the failed ones superseded.
        CredentialService service(*s, writer, NoticeSettings::load(*s));
        results = service.notifyPending(kRef, kToday);
        QVERIFY(results.ok());
        QCOMPARE(results->size(), 2);
        QVERIFY(results->at(0).notified);
        auto list = s->credentials(kRef);
        QCOMPARE(list->size(), 4);
        QVERIFY(list->at(0).superseded && list->at(1).superseded);
        QVERIFY(list->at(2).notifiedAt.isValid() && list->at(3).notifiedAt.isValid());
        // Nothing pending any more.
        QCOMPARE(CredentialService::pending(*s, kRef, kToday)->size(), 0);
        QCOMPARE(service.notifyPending(kRef, kToday)->size(), 0);

        // A lost password: a new one, same identifier, kind "reset".
        results = service.reset(kRef, QStringLiteral("S.Fontanie@moissac.fr"), kToday);
        QVERIFY2(results.ok(), qPrintable(results.errorString()));
        QCOMPARE(results->size(), 1);
        QCOMPARE(results->at(0).issuance.kind, CredentialKind::Reset);
        QCOMPARE(results->at(0).issuance.identifier, QStringLiteral("82-sfontanie"));
        QVERIFY(results->at(0).notified);
        QFile draft(results->at(0).deliveredTo.first());
        QVERIFY(draft.open(QIODevice::ReadOnly));
        const QByteArray eml = draft.readAll();
        QVERIFY(eml.contains("X-Unsent: 1"));
        QVERIFY(eml.contains("nouveau mot de passe"));

        const auto before = fixtures::rowCounts(s->database());
        const auto unknown = service.reset(kRef, QStringLiteral("x@moissac.fr"), kToday);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.errorString(),
                 QStringLiteral("courriel : « x@moissac.fr » n'est le courriel d'aucune personne "
                                "de l'annexe en vigueur de la convention CS-82-2024-0001."));
        QCOMPARE(fixtures::rowCounts(s->database()), before);
    }

    void noSenderNoActivation()
    {
        // A Caf without an email and no sender set: the emails could not leave, so the
        // activation is refused before anything is recorded.
        std::unique_ptr<SqlStorage> s = moissac(QStringLiteral("nosender.sqlite"));
        CafProfile caf = *s->caf(QStringLiteral("82"));
        caf.email.clear();
        QVERIFY(s->saveCaf(caf).ok());
        DraftWriter writer(m_dir.filePath(QStringLiteral("drafts-nosender")));
        CredentialService service(*s, writer, NoticeSettings::load(*s));
        const auto before = fixtures::rowCounts(s->database());
        const auto results = service.activate(kRef, QDate(2024, 3, 4), kToday);
        QVERIFY(!results.ok());
        QVERIFY2(results.errorString().contains(QStringLiteral("82")),
                 qPrintable(results.errorString()));
        QVERIFY(!s->convention(kRef)->convention.activatedOn.isValid());
        QCOMPARE(fixtures::rowCounts(s->database()), before);
    }

    void refusedBeforeActivation()
    {
        std::unique_ptr<SqlStorage> s = moissac(QStringLiteral("refused.sqlite"));
        const auto d = s->convention(kRef);
        const auto r = s->issueCredentials(
            kRef, {CredentialRequest{d->annex.persons.first().id, CredentialKind::Reset}}, kToday);
        QVERIFY(!r.ok());
        QCOMPARE(r.errorString(),
                 QStringLiteral("L'habilitation de la convention CS-82-2024-0001 n'est pas "
                                "activée : activez-la d'abord."));
        QCOMPARE(s->credentials(kRef)->size(), 0);
    }

    void amendmentsAndDeactivation()
    {
        std::unique_ptr<SqlStorage> s = moissac(QStringLiteral("amend.sqlite"));
        const QString drafts = m_dir.filePath(QStringLiteral("drafts-amend"));
        DraftWriter writer(drafts);
        CredentialService service(*s, writer, NoticeSettings::load(*s));
        QVERIFY(service.activate(kRef, QDate(2024, 3, 4), kToday).ok());
        // Before the activation nobody is habilitated; after it, 2 persons × 11 establishments.
        QCOMPARE(s->habilitations(QDate(2024, 3, 3))->size(), 0);
        auto h = s->habilitations(QDate(2024, 3, 4));
        QCOMPARE(h->size(), 22);
        QCOMPARE(h->first().identifier, QStringLiteral("82-ablachier"));
        QCOMPARE(h->first().from, QDate(2024, 3, 4));
        QCOMPARE(h->first().providerSiret, QStringLiteral("218201127"));

        // Sébastien FONTANIE leaves and Julie MARTIN comes, from 2 May 2025.
        AmendmentChanges changes;
        changes.removePersons << QStringLiteral("s.fontanie@moissac.fr");
        Person julie;
        julie.civility = Civility::Madame;
        julie.lastName = QStringLiteral("MARTIN");
        julie.firstName = QStringLiteral("Julie");
        julie.email = QStringLiteral("j.martin@moissac.fr");
        changes.addPersons << julie;
        const Status signedAmendment = amendAndSign(*s, changes, QDate(2025, 5, 2));
        QVERIFY2(signedAmendment.ok(), qPrintable(signedAmendment.errorString()));
        const auto results = service.notifyPending(kRef, kToday);
        QVERIFY(results.ok());
        QCOMPARE(results->size(), 1);
        QCOMPARE(results->at(0).issuance.person.email, QStringLiteral("j.martin@moissac.fr"));
        QCOMPARE(results->at(0).issuance.kind, CredentialKind::Amendment);
        QCOMPARE(results->at(0).issuance.identifier, QStringLiteral("82-jmartin"));

        const auto emails = [&](QDate day) {
            QStringList list;
            const auto all = s->habilitations(day);
            for (const Habilitation &x : *all) {
                if (!list.contains(x.person.email))
                    list << x.person.email;
            }
            return list;
        };
        QCOMPARE(emails(QDate(2025, 5, 1)), (QStringList{QStringLiteral("a.blachier@moissac.fr"),
                                                         QStringLiteral("s.fontanie@moissac.fr")}));
        QCOMPARE(emails(QDate(2025, 5, 2)), (QStringList{QStringLiteral("a.blachier@moissac.fr"),
                                                         QStringLiteral("j.martin@moissac.fr")}));
        const auto sinceAmendment = s->habilitations(QDate(2025, 5, 2));
        for (const Habilitation &x : *sinceAmendment) {
            QCOMPARE(x.from, x.person.email == u"j.martin@moissac.fr" ? QDate(2025, 5, 2)
                                                                      : QDate(2024, 3, 4));
        }

        // Sébastien FONTANIE comes back on 1 July 2025: habilitated since then, not since 2024.
        AmendmentChanges back;
        Person sebastien;
        sebastien.civility = Civility::Monsieur;
        sebastien.lastName = QStringLiteral("FONTANIE");
        sebastien.firstName = QStringLiteral("Sébastien");
        sebastien.email = QStringLiteral("s.fontanie@moissac.fr");
        back.addPersons << sebastien;
        const Status cameBack = amendAndSign(*s, back, QDate(2025, 7, 1));
        QVERIFY2(cameBack.ok(), qPrintable(cameBack.errorString()));
        const auto sinceBack = s->habilitations(QDate(2025, 7, 1));
        QVERIFY(sinceBack.ok());
        for (const Habilitation &x : *sinceBack) {
            if (x.person.email == u"s.fontanie@moissac.fr")
                QCOMPARE(x.from, QDate(2025, 7, 1));
        }
        QCOMPARE(emails(QDate(2025, 7, 1)).size(), 3);

        // The convention is terminated: nobody is habilitated from its end.
        StepInput notice = on(QDate(2025, 11, 20));
        notice.terminatedBy = QStringLiteral("provider");
        notice.registeredLetter = QStringLiteral("1A 234 567 8901 2");
        notice.letterSentOn = QDate(2025, 11, 18);
        const auto t = s->recordStep(kRef, Step::Terminate, notice, kToday);
        QVERIFY2(t.ok(), qPrintable(t.errorString()));
        QCOMPARE(t->terminatedOn, QDate(2026, 3, 1));
        QCOMPARE(emails(QDate(2026, 2, 28)).size(), 3);
        QCOMPARE(emails(QDate(2026, 3, 1)).size(), 0);
    }

    void settings()
    {
        std::unique_ptr<SqlStorage> s = moissac(QStringLiteral("settings.sqlite"));
        QCOMPARE(NoticeSettings::load(*s).passwordLength, 8);
        const Status bad =
            NoticeSettings::save(*s, NoticeSettings::kPasswordLength, QStringLiteral("7"));
        QCOMPARE(bad.errorString(),
                 QStringLiteral("longueur du mot de passe : « 7 » : donnez un nombre entier de 8 "
                                "à 64."));
        QVERIFY(
            NoticeSettings::save(*s, NoticeSettings::kPasswordLength, QStringLiteral("12")).ok());
        QVERIFY(NoticeSettings::save(*s, NoticeSettings::kTwoEmails, QStringLiteral("on")).ok());
        QCOMPARE(NoticeSettings::save(*s, NoticeSettings::kSmtpSecurity, QStringLiteral("ssl"))
                     .errorString(),
                 QStringLiteral("sécurité SMTP : « ssl » : donnez none, starttls ou tls."));
        QCOMPARE(NoticeSettings::save(*s, NoticeSettings::kSmtpPort, QStringLiteral("70000"))
                     .errorString(),
                 QStringLiteral("port SMTP : « 70000 » : donnez un port de 1 à 65535."));
        QVERIFY(NoticeSettings::save(*s, NoticeSettings::kSmtpHost,
                                     QStringLiteral("smtp.caf82.example"))
                    .ok());
        QVERIFY(
            NoticeSettings::save(*s, NoticeSettings::kSmtpSecurity, QStringLiteral("TLS")).ok());
        const NoticeSettings n = NoticeSettings::load(*s);
        QCOMPARE(n.passwordLength, 12);
        QVERIFY(n.twoEmails);
        QCOMPARE(n.smtp.host, QStringLiteral("smtp.caf82.example"));
        QCOMPARE(n.smtp.security, SmtpSecurity::Tls);
        QCOMPARE(n.smtp.effectivePort(), 465);

        // Twelve characters, two drafts: the password never in the identifier's email.
        const QString drafts = m_dir.filePath(QStringLiteral("drafts-two"));
        DraftWriter writer(drafts);
        CredentialService service(*s, writer, n);
        const auto results = service.activate(kRef, QDate(2024, 3, 4), kToday);
        QVERIFY(results.ok());
        QCOMPARE(results->at(0).deliveredTo.size(), 2);
        const QStringList passwords = passwordsIn(drafts);
        QCOMPARE(passwords.size(), 2);
        for (const QString &p : passwords)
            QCOMPARE(p.size(), 12);
        for (const NoticeResult &r : *results) {
            const QByteArray first = fileBytes(r.deliveredTo.at(0));
            const QByteArray second = fileBytes(r.deliveredTo.at(1));
            QVERIFY(first.contains(r.issuance.identifier.toLatin1()));
            QVERIFY(!second.contains(r.issuance.identifier.toLatin1()));
            for (const QString &p : passwords)
                QVERIFY(!first.contains(p.toLatin1()));
        }
    }
};

HABILIS_TEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"

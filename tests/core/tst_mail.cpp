#include "credentials/notice.h"
#include "credentials/transport.h"
#include "fixtures.h"
#include "mail/mailtools.h"
#include "testmain.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace habilis;

class TestMail : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static MailMessage sample()
    {
        MailMessage m;
        m.from = Mailbox{QStringLiteral("Caf de Tarn-et-Garonne"),
                         QStringLiteral("habilitations@caf82.example")};
        m.to = Mailbox{QStringLiteral("Madame Aurélie BLACHIER"),
                       QStringLiteral("a.blachier@moissac.fr")};
        m.subject = QStringLiteral("Vos accès à monenfant.fr pour la Crèche-Halte Garderie Bulle "
                                   "de bébés - Centre social du Sarlac");
        m.body = QStringLiteral(
            "Bonjour Madame Aurélie BLACHIER,\n\n"
            "Une ligne très longue qui dépasse largement les soixante-seize caractères permis "
            "par la norme pour le quoted-printable, avec des accents : é è à ç ô œ « » €.\n"
            "From the start of a line, a = sign, and a trailing space \n"
            ". a line that starts with a dot\n");
        m.date = QDateTime(QDate(2026, 11, 23), QTime(10, 30), QTimeZone::utc());
        return m;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void headersAndBodyParsedBack()
    {
        const MailMessage m = sample();
        const QByteArray bytes = m.toBytes();
        // 7-bit on the wire, lines of at most 78 characters, CRLF.
        for (const QByteArray &line : bytes.split('\n')) {
            QVERIFY2(line.size() <= 79, line.constData());
            for (char c : line)
                QVERIFY(static_cast<unsigned char>(c) < 128);
        }
        QVERIFY(!bytes.contains("X-Unsent"));
        const QString path = m_dir.filePath(QStringLiteral("sample.eml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const QJsonObject o = mailtools::parse(path);
        QVERIFY(!o.isEmpty());
        QCOMPARE(o.value(QStringLiteral("defects")).toArray().size(), 0);
        QCOMPARE(o.value(QStringLiteral("subject")).toString(), m.subject);
        QCOMPARE(o.value(QStringLiteral("fromName")).toString(), m.from.name);
        QCOMPARE(o.value(QStringLiteral("fromAddress")).toString(), m.from.address);
        QCOMPARE(o.value(QStringLiteral("toName")).toString(), m.to.name);
        QCOMPARE(o.value(QStringLiteral("toAddress")).toString(), m.to.address);
        QCOMPARE(o.value(QStringLiteral("date")).toString(),
                 QStringLiteral("2026-11-23T10:30:00+00:00"));
        QVERIFY(o.value(QStringLiteral("messageId")).toString().endsWith(u"@caf82.example>"));
        QCOMPARE(o.value(QStringLiteral("contentType")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(o.value(QStringLiteral("charset")).toString(), QStringLiteral("utf-8"));
        QCOMPARE(o.value(QStringLiteral("body")).toString(), m.body);
    }

    void draftsAreUnsentAndNamed()
    {
        const QString folder = m_dir.filePath(QStringLiteral("brouillons"));
        DraftWriter writer(folder);
        MailMessage m = sample();
        m.subject = QStringLiteral("Vos accès : 1/2");
        const Expected<QString> first = writer.deliver(m);
        QVERIFY2(first.ok(), qPrintable(first.errorString()));
        const Expected<QString> second = writer.deliver(m);
        QVERIFY(second.ok());
        QCOMPARE(QFileInfo(*first).fileName(),
                 QStringLiteral("Madame Aurélie BLACHIER - Vos accès _ 1_2.eml"));
        QCOMPARE(QFileInfo(*second).fileName(),
                 QStringLiteral("Madame Aurélie BLACHIER - Vos accès _ 1_2 (2).eml"));
        const QJsonObject o = mailtools::parse(*first);
        QCOMPARE(o.value(QStringLiteral("unsent")).toString(), QStringLiteral("1"));
        QCOMPARE(o.value(QStringLiteral("subject")).toString(), m.subject);
        QCOMPARE(o.value(QStringLiteral("body")).toString(), m.body);

        // A folder that cannot be made: a clear error, nothing written.
        QFile blocker(m_dir.filePath(QStringLiteral("fichier")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        DraftWriter bad(m_dir.filePath(QStringLiteral("fichier/sous-dossier")));
        const Expected<QString> refused = bad.deliver(m);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorString().startsWith(u"Le dossier des brouillons « "),
                 qPrintable(refused.errorString()));
    }

    void noticeInFrench()
    {
        auto opened = fixtures::openDatabase(QStringLiteral(":memory:"));
        QVERIFY(opened.ok());
        SqlStorage &s = **opened;
        QVERIFY(s.saveCaf(fixtures::caf(QStringLiteral("caf-82.json"))).ok());
        QVERIFY(s.importRequest(fixtures::request(QStringLiteral("moissac-2024.json"))).ok());
        const auto d = s.convention(QStringLiteral("CS-82-2024-0001"));
        QVERIFY(d.ok());
        const Person &aurelie = d->annex.persons.first();
        const Mailbox sender{d->caf.name, QStringLiteral("habilitations@caf82.example")};
        const QList<MailMessage> one =
            Notice::compose(*d, aurelie, QStringLiteral("82-ablachier"), QStringLiteral("Kx7pQm2a"),
                            CredentialKind::Activation, sender, false);
        QCOMPARE(one.size(), 1);
        const MailMessage &m = one.first();
        QCOMPARE(m.subject, QStringLiteral("Vos accès à monenfant.fr pour Commune de Moissac"));
        QCOMPARE(m.to.address, QStringLiteral("a.blachier@moissac.fr"));
        for (const char *expected :
             {"Bonjour Madame Aurélie BLACHIER,",
              "La Caf de Tarn-et-Garonne a activé l'habilitation de Commune de Moissac "
              "(convention CS-82-2024-0001)",
              "- EAJE - Les Grapillous, 82200 Moissac : informations de fonctionnement, "
              "disponibilités",
              "- LAEP La Môme, 82200 Moissac : informations de fonctionnement\n",
              "Votre identifiant : 82-ablachier\nVotre mot de passe provisoire : Kx7pQm2a",
              "vous devez le changer à votre première connexion",
              "Règles de l'article 3-4 de la convention :", "ne les communiquez jamais à personne",
              "Commune de Moissac doit en informer la Caf de Tarn-et-Garonne"}) {
            QVERIFY2(m.body.contains(QString::fromUtf8(expected)), expected);
        }
        const QList<MailMessage> two =
            Notice::compose(*d, aurelie, QStringLiteral("82-ablachier"), QStringLiteral("Kx7pQm2a"),
                            CredentialKind::Reset, sender, true);
        QCOMPARE(two.size(), 2);
        QVERIFY(two.at(0).body.contains(QStringLiteral("82-ablachier")));
        QVERIFY(!two.at(0).body.contains(QStringLiteral("Kx7pQm2a")));
        QVERIFY(!two.at(0).toBytes().contains("Kx7pQm2a"));
        QVERIFY(two.at(1).body.contains(QStringLiteral("Kx7pQm2a")));
        QVERIFY(!two.at(1).body.contains(QStringLiteral("82-ablachier")));
        QVERIFY(two.at(0).body.contains(QStringLiteral("nouveau mot de passe")));
    }
};

HABILIS_TEST_GUILESS_MAIN(TestMail)
#include "tst_mail.moc"

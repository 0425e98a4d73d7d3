#include "credentials/credentialservice.h"
#include "fixtures.h"
#include "mail/mailtools.h"
#include "testmain.h"

#include <QDir>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace habilis;

namespace {
const QDate kToday(2026, 11, 22);
const QString kRef = QStringLiteral("CS-82-2024-0001");

/// An SMTP server of Debian's python3-aiosmtpd on 127.0.0.1 (tests/mail/smtpserver.py).
class SmtpServer {
public:
    SmtpServer(const QString &folder, const QStringList &refused = {})
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        QStringList args{QStringLiteral(HABILIS_MAIL_SCRIPTS "/smtpserver.py"), folder};
        for (const QString &r : refused)
            args << QStringLiteral("--refuse") << r;
        m_process.start(QStringLiteral(HABILIS_PYTHON), args);
        if (m_process.waitForReadyRead(20000))
            m_port = m_process.readLine().trimmed().toInt();
    }
    ~SmtpServer()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    int port() const { return m_port; }
    QString error() { return QString::fromUtf8(m_process.readAllStandardError()); }

    /// The messages received, in order: envelope and the parsed email.
    QList<QPair<QJsonObject, QJsonObject>> received() const
    {
        QList<QPair<QJsonObject, QJsonObject>> list;
        for (int n = 1;; ++n) {
            QFile envelope(QDir(m_folder).filePath(QStringLiteral("%1.json").arg(n)));
            if (!envelope.open(QIODevice::ReadOnly))
                break;
            list << qMakePair(
                QJsonDocument::fromJson(envelope.readAll()).object(),
                mailtools::parse(QDir(m_folder).filePath(QStringLiteral("%1.eml").arg(n))));
        }
        return list;
    }

private:
    QString m_folder;
    QProcess m_process;
    int m_port = 0;
};

QString passwordOf(const QString &body)
{
    static const QRegularExpression re(QStringLiteral("Votre mot de passe provisoire : (\\w+)"));
    return re.match(body).captured(1);
}
} // namespace

class TestSmtp : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<SqlStorage> moissac(const QString &file)
    {
        return fixtures::moissacInForce(m_dir.filePath(file));
    }

    static SmtpSettings relay(int port)
    {
        SmtpSettings smtp;
        smtp.host = QStringLiteral("127.0.0.1");
        smtp.port = port;
        smtp.security = SmtpSecurity::None;
        smtp.timeoutSeconds = 20;
        return smtp;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void oneEmailEach()
    {
        SmtpServer server(m_dir.filePath(QStringLiteral("one")));
        // python3-aiosmtpd is required (scripts/deps.sh installs it): no server, a failure.
        QVERIFY2(server.port() > 0, qPrintable(server.error()));
        std::unique_ptr<SqlStorage> s = moissac(QStringLiteral("one.sqlite"));
        NoticeSettings settings;
        settings.sender = QStringLiteral("habilitations@caf82.example");
        SmtpSender sender(relay(server.port()));
        CredentialService service(*s, sender, settings);
        const auto results = service.activate(kRef, QDate(2024, 3, 4), kToday);
        QVERIFY2(results.ok(), qPrintable(results.errorString()));
        QCOMPARE(results->size(), 2);
        for (const NoticeResult &r : *results)
            QVERIFY2(r.notified, qPrintable(r.error));
        const auto list = s->credentials(kRef);
        QCOMPARE(list->at(0).channel, QStringLiteral("smtp"));

        const auto received = server.received();
        QCOMPARE(received.size(), 2);
        const QJsonObject envelope = received.at(0).first;
        const QJsonObject mail = received.at(0).second;
        QCOMPARE(envelope.value(QStringLiteral("from")).toString(),
                 QStringLiteral("habilitations@caf82.example"));
        QCOMPARE(envelope.value(QStringLiteral("to")).toArray(),
                 QJsonArray{QStringLiteral("a.blachier@moissac.fr")});
        QCOMPARE(received.at(1).first.value(QStringLiteral("to")).toArray(),
                 QJsonArray{QStringLiteral("s.fontanie@moissac.fr")});
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(),
                 QStringLiteral("Vos accès à monenfant.fr pour Commune de Moissac"));
        QCOMPARE(mail.value(QStringLiteral("toName")).toString(),
                 QStringLiteral("Madame Aurélie BLACHIER"));
        QCOMPARE(mail.value(QStringLiteral("fromName")).toString(),
                 QStringLiteral("Caf de Tarn-et-Garonne"));
        QVERIFY(mail.value(QStringLiteral("unsent")).toString().isEmpty());
        const QString body = mail.value(QStringLiteral("body")).toString();
        QVERIFY2(body.contains(QStringLiteral("Crèche-Halte Garderie Bulle de bébés")),
                 qPrintable(body));
        QVERIFY(body.contains(QStringLiteral("Votre identifiant : 82-ablachier")));
        const QString password = passwordOf(body);
        QVERIFY2(PasswordGenerator::isAcceptable(password), qPrintable(password));
        QCOMPARE(password.size(), 8);
        // Not kept by Habilis: nowhere in the database (on SQLite, nor in its WAL).
        const QByteArray bytes = fixtures::storedBytes(*s);
        QVERIFY(bytes.contains("a.blachier@moissac.fr")); // what it holds, it is read
        QVERIFY(!bytes.contains(password.toLatin1()));
    }

    void twoEmailsEach()
    {
        SmtpServer server(m_dir.filePath(QStringLiteral("two")));
        QVERIFY2(server.port() > 0, qPrintable(server.error()));
        std::unique_ptr<SqlStorage> s = moissac(QStringLiteral("two.sqlite"));
        NoticeSettings settings;
        settings.twoEmails = true;
        settings.passwordLength = 12;
        SmtpSender sender(relay(server.port()));
        CredentialService service(*s, sender, settings);
        const auto results = service.activate(kRef, QDate(2024, 3, 4), kToday);
        QVERIFY(results.ok());
        const auto received = server.received();
        QCOMPARE(received.size(), 4);
        for (int i = 0; i < 4; i += 2) {
            const QJsonObject identifierMail = received.at(i).second;
            const QJsonObject passwordMail = received.at(i + 1).second;
            QCOMPARE(received.at(i).first.value(QStringLiteral("to")),
                     received.at(i + 1).first.value(QStringLiteral("to")));
            // The sender is the Caf's email when none is set.
            QCOMPARE(identifierMail.value(QStringLiteral("fromAddress")).toString(),
                     fixtures::caf(QStringLiteral("caf-82.json")).email);
            QVERIFY(identifierMail.value(QStringLiteral("subject"))
                        .toString()
                        .endsWith(QStringLiteral("(1/2) : votre identifiant")));
            QVERIFY(passwordMail.value(QStringLiteral("subject"))
                        .toString()
                        .endsWith(QStringLiteral("(2/2) : votre mot de passe")));
            const QString password =
                passwordOf(passwordMail.value(QStringLiteral("body")).toString());
            QCOMPARE(password.size(), 12);
            QVERIFY(PasswordGenerator::isAcceptable(password));
            const QString identifierBody = identifierMail.value(QStringLiteral("body")).toString();
            QVERIFY(identifierBody.contains(QStringLiteral("Votre identifiant : 82-")));
            QVERIFY(!identifierBody.contains(password));
            QVERIFY(!identifierBody.contains(QStringLiteral("mot de passe provisoire :")));
            QFile raw(m_dir.filePath(QStringLiteral("two/%1.eml").arg(i + 1)));
            QVERIFY(raw.open(QIODevice::ReadOnly));
            QVERIFY(!raw.readAll().contains(password.toLatin1()));
        }
    }

    void refusedRecipient()
    {
        SmtpServer server(m_dir.filePath(QStringLiteral("refusing")),
                          {QStringLiteral("s.fontanie@moissac.fr")});
        QVERIFY2(server.port() > 0, qPrintable(server.error()));
        std::unique_ptr<SqlStorage> s = moissac(QStringLiteral("refused.sqlite"));
        SmtpSender sender(relay(server.port()));
        CredentialService service(*s, sender, NoticeSettings{});
        const auto results = service.activate(kRef, QDate(2024, 3, 4), kToday);
        QVERIFY(results.ok());
        QCOMPARE(results->size(), 2);
        QVERIFY(results->at(0).notified);
        QVERIFY(!results->at(1).notified);
        const QString expected = QStringLiteral("Le relais SMTP 127.0.0.1:%1 a refusé le courriel "
                                                "à s.fontanie@moissac.fr : ")
                                     .arg(server.port());
        QVERIFY2(results->at(1).error.startsWith(expected), qPrintable(results->at(1).error));
        QVERIFY2(results->at(1).error.contains(QStringLiteral("550")),
                 qPrintable(results->at(1).error));
        const auto list = s->credentials(kRef);
        QVERIFY(list->at(0).notifiedAt.isValid());
        QVERIFY(!list->at(1).notifiedAt.isValid());
        QCOMPARE(server.received().size(), 1);
    }

    void relayDown()
    {
        // A port nobody listens on: bound by a server, then closed.
        int port = 0;
        {
            SmtpServer gone(m_dir.filePath(QStringLiteral("gone")));
            QVERIFY2(gone.port() > 0, qPrintable(gone.error()));
            port = gone.port();
        }
        std::unique_ptr<SqlStorage> s = moissac(QStringLiteral("down.sqlite"));
        SmtpSender sender(relay(port));
        CredentialService service(*s, sender, NoticeSettings{});
        const auto results = service.activate(kRef, QDate(2024, 3, 4), kToday);
        QVERIFY(results.ok());
        for (const NoticeResult &r : *results) {
            QVERIFY(!r.notified);
            QVERIFY2(r.error.startsWith(QStringLiteral("Le relais SMTP 127.0.0.1:%1 est "
                                                       "injoignable ; le courriel à ")
                                            .arg(port)),
                     qPrintable(r.error));
        }
        const auto list = s->credentials(kRef);
        QCOMPARE(list->size(), 2);
        for (const CredentialIssuance &i : *list)
            QVERIFY(!i.notifiedAt.isValid());
        // The activation itself is recorded: the Caf did activate.
        QCOMPARE(s->convention(kRef)->convention.activatedOn, QDate(2024, 3, 4));
    }
};

HABILIS_TEST_GUILESS_MAIN(TestSmtp)
#include "tst_smtp.moc"

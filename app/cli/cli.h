#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class QCommandLineParser;

namespace habilis {

class SqlStorage;
class MailTransport;
class CredentialService;
struct NoticeSettings;
struct NoticeResult;

/// habilis-cli: every capability of the core from the command line.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    explicit Cli(QStringList arguments);
    ~Cli();
    int run();

private:
    using Handler = int (Cli::*)(const QStringList &args);

    int cafSet(const QStringList &args);
    int cafShow(const QStringList &args);
    int cafList(const QStringList &args);
    int cafDefault(const QStringList &args);
    int requestImport(const QStringList &args);
    int list(const QStringList &args);
    int show(const QStringList &args);
    int establishmentsImport(const QStringList &args);
    int establishmentsList(const QStringList &args);
    int typesList(const QStringList &args);
    int typesSet(const QStringList &args);
    int journal(const QStringList &args);
    int step(const QStringList &args);
    int history(const QStringList &args);
    int todo(const QStringList &args);
    int amend(const QStringList &args);
    int amendment(const QStringList &args);
    int settingsReminder(const QStringList &args);
    int demo(const QStringList &args);
    int dbCopy(const QStringList &args);
    // Printing (printcommands.cpp).
    int print(const QStringList &args);
    int batchList(const QStringList &args);
    int batchPrint(const QStringList &args);
    int batchMailed(const QStringList &args);
    int settingsTemplates(const QStringList &args);
    int settingsEnvelope(const QStringList &args);
    int exportAnnex(const QStringList &args);
    int exportHabilitations(const QStringList &args);
    int activate(const QStringList &args);
    int credentialsReset(const QStringList &args);
    int credentialsNotify(const QStringList &args);
    int credentialsList(const QStringList &args);
    int habilitationsExport(const QStringList &args);
    int settingsPasswordLength(const QStringList &args);
    int settingsTwoEmails(const QStringList &args);
    int settingsSmtp(const QStringList &args);

    /// The relay when one is set, else .eml drafts in --drafts or the default folder; null
    /// (and the error said) when the relay needs a password that is not given.
    std::unique_ptr<MailTransport> transport(const QCommandLineParser &parser,
                                             const NoticeSettings &settings);
    /// Opens the storage, runs `action` with the credential service over the relay or the
    /// drafts, and reports what became of each notice.
    int notices(const QCommandLineParser &parser, const QString &reference,
                const std::function<Expected<QList<NoticeResult>>(CredentialService &)> &action);
    /// Prints what became of each notice; Failure when one was not sent.
    int report(const QString &reference, const QList<NoticeResult> &results);

    bool openStorage();
    /// Reads --date when given; false (and the error said) when it is not a date.
    bool readDate(const QCommandLineParser &parser, QDate *date,
                  const QString &option = QStringLiteral("date"));
    int fail(const QString &message, int code = Failure);
    void printUsage();

    QStringList m_arguments;
    QString m_program;
    QString m_dbPath;
    QString m_pg; ///< --pg: a PostgreSQL connection string
    /// Reads a line from the terminal without echoing it.
    QString askPassword(const QString &prompt);

    std::unique_ptr<SqlStorage> m_storage;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace habilis

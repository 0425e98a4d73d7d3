#include "cli.h"
#include "commandparser.h"

#include "demo/generator.h"
#include "domain/dates.h"
#include "domain/labels.h"
#include "domain/validation.h"
#include "i18n.h"
#include "io/establishmentcsv.h"
#include "io/habilitationexport.h"
#include "io/jsonformat.h"
#include "storage/dbcopy.h"
#include "storage/sqlstorage.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include "credentials/credentialservice.h"
#include "credentials/notice.h"
#include "io/csv.h"
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace habilis {

namespace {

using cli::addGlobal;
using cli::CommandParser;
using cli::jsonOption;
using cli::kDb;
using cli::kJson;
using cli::kLang;
using cli::kPg;

struct CommandInfo {
    QStringList words;
    const char *summary;
};

// The commands, for the general help. Their summaries are translated in Cli::printUsage().
const CommandInfo kCommands[] = {
    {{QStringLiteral("caf"), QStringLiteral("set")},
     QT_TRANSLATE_NOOP("Cli", "Create or change the profile of a Caf")},
    {{QStringLiteral("caf"), QStringLiteral("show")},
     QT_TRANSLATE_NOOP("Cli", "Show the profile of a Caf")},
    {{QStringLiteral("caf"), QStringLiteral("list")},
     QT_TRANSLATE_NOOP("Cli", "List the Caf profiles")},
    {{QStringLiteral("caf"), QStringLiteral("default")},
     QT_TRANSLATE_NOOP("Cli", "Choose the Caf this workstation works for")},
    {{QStringLiteral("request"), QStringLiteral("import")},
     QT_TRANSLATE_NOOP("Cli", "Import a habilitation request (JSON)")},
    {{QStringLiteral("list")}, QT_TRANSLATE_NOOP("Cli", "List the conventions")},
    {{QStringLiteral("show")}, QT_TRANSLATE_NOOP("Cli", "Show one convention with its dates")},
    {{QStringLiteral("establishments"), QStringLiteral("import")},
     QT_TRANSLATE_NOOP("Cli", "Import a provider's establishments (CSV)")},
    {{QStringLiteral("establishments"), QStringLiteral("list")},
     QT_TRANSLATE_NOOP("Cli", "List a provider's establishments")},
    {{QStringLiteral("types"), QStringLiteral("list")},
     QT_TRANSLATE_NOOP("Cli", "List the establishment types")},
    {{QStringLiteral("types"), QStringLiteral("set")},
     QT_TRANSLATE_NOOP("Cli", "Add or change an establishment type")},
    {{QStringLiteral("step")}, QT_TRANSLATE_NOOP("Cli", "Record a step of a convention's life")},
    {{QStringLiteral("history")}, QT_TRANSLATE_NOOP("Cli", "The steps of a convention, in order")},
    {{QStringLiteral("amend")},
     QT_TRANSLATE_NOOP("Cli", "Prepare an amendment: persons or establishments leave or come")},
    {{QStringLiteral("amendment")},
     QT_TRANSLATE_NOOP("Cli", "Mail, return, countersign or cancel an amendment")},
    {{QStringLiteral("todo")}, QT_TRANSLATE_NOOP("Cli", "What is due today and soon")},
    {{QStringLiteral("settings"), QStringLiteral("reminder-delay")},
     QT_TRANSLATE_NOOP("Cli", "Show or set the days before a reminder is due")},
    {{QStringLiteral("settings"), QStringLiteral("templates")},
     QT_TRANSLATE_NOOP("Cli", "Show or set the folder of the Caf's document templates")},
    {{QStringLiteral("settings"), QStringLiteral("envelope")},
     QT_TRANSLATE_NOOP("Cli", "Show or set the position of the envelope window")},
    {{QStringLiteral("print")},
     QT_TRANSLATE_NOOP("Cli", "Print a convention's mailing pack or one of its documents (PDF)")},
    {{QStringLiteral("batch"), QStringLiteral("list")},
     QT_TRANSLATE_NOOP("Cli", "What is waiting to be mailed, in postal order")},
    {{QStringLiteral("batch"), QStringLiteral("print")},
     QT_TRANSLATE_NOOP("Cli", "Print everything waiting to be mailed as one PDF")},
    {{QStringLiteral("batch"), QStringLiteral("mailed")},
     QT_TRANSLATE_NOOP("Cli", "Record that a printed batch was mailed")},
    {{QStringLiteral("settings"), QStringLiteral("password-length")},
     QT_TRANSLATE_NOOP("Cli", "Show or set the length of the initial passwords")},
    {{QStringLiteral("settings"), QStringLiteral("two-emails")},
     QT_TRANSLATE_NOOP("Cli", "Identifier and password in one email or in two")},
    {{QStringLiteral("settings"), QStringLiteral("smtp")},
     QT_TRANSLATE_NOOP("Cli", "Show or set the Caf's SMTP relay")},
    {{QStringLiteral("activate")},
     QT_TRANSLATE_NOOP("Cli", "Activate a habilitation and send the passwords")},
    {{QStringLiteral("credentials"), QStringLiteral("reset")},
     QT_TRANSLATE_NOOP("Cli", "A new password for a person who lost theirs")},
    {{QStringLiteral("credentials"), QStringLiteral("notify")},
     QT_TRANSLATE_NOOP("Cli", "Send the passwords not sent yet (new persons, failures)")},
    {{QStringLiteral("credentials"), QStringLiteral("list")},
     QT_TRANSLATE_NOOP("Cli", "The passwords issued for a convention (never the passwords)")},
    {{QStringLiteral("habilitations"), QStringLiteral("export")},
     QT_TRANSLATE_NOOP("Cli", "Who is habilitated on a day, for the national system (CSV)")},
    {{QStringLiteral("journal")}, QT_TRANSLATE_NOOP("Cli", "Read the audit journal")},
    {{QStringLiteral("demo")}, QT_TRANSLATE_NOOP("Cli", "Fill an empty database with demo data")},
    {{QStringLiteral("db"), QStringLiteral("copy")},
     QT_TRANSLATE_NOOP("Cli", "Copy a database into a new one (SQLite, PostgreSQL), verified")},
    {{QStringLiteral("export"), QStringLiteral("annex")},
     QT_TRANSLATE_NOOP("Cli", "Export a convention's Annex 1 (CSV, XLSX, PDF)")},
    {{QStringLiteral("export"), QStringLiteral("habilitations")},
     QT_TRANSLATE_NOOP("Cli", "Export the habilitations in force (CSV, XLSX, PDF)")},
};

// Qt 6.4's French catalogue lacks these texts of QCommandLineParser; ours carries them.
[[maybe_unused]] const char *const kQtHelpTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
};

QString jsonText(const QJsonValue &v)
{
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

QString orDash(const QString &s)
{
    return s.isEmpty() ? QStringLiteral("—") : s;
}

QString addressText(const PostalAddress &a)
{
    QStringList parts;
    for (const QString &s : {a.recipient, a.building, a.street, a.poBox}) {
        if (!s.isEmpty())
            parts << s;
    }
    QString last = a.postcode + u' ' + a.town.toUpper();
    if (a.cedex)
        last += QStringLiteral(" CEDEX");
    parts << last;
    return parts.join(QStringLiteral(", "));
}

QString pad(const QString &s, int width)
{
    return s.size() >= width ? s.left(width - 1) + QStringLiteral("… ")
                             : s.leftJustified(width + 1);
}

} // namespace

Cli::Cli(QStringList arguments)
    : m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{
    m_program = QFileInfo(m_arguments.value(0, QStringLiteral("habilis-cli"))).fileName();
}

Cli::~Cli() = default;

int Cli::fail(const QString &message, int code)
{
    m_err << tr("%1: error: %2").arg(m_program, message) << Qt::endl;
    return code;
}

void Cli::printUsage()
{
    m_out << tr("Usage: %1 [--db FILE | --pg CONNECTION] [--lang fr|en] COMMAND [options]")
                 .arg(m_program)
          << "\n\n"
          << tr("Habilis: the conventions d'habilitation informatique « Structures » of a Caf.")
          << "\n\n"
          << tr("Commands:") << "\n";
    for (const CommandInfo &c : kCommands) {
        m_out << "  " << c.words.join(u' ').leftJustified(24) << tr(c.summary) << "\n";
    }
    m_out << "\n"
          << tr("Global options:") << "\n"
          << "  --db FILE               "
          << tr("the database file (default: %1)").arg(defaultDatabasePath()) << "\n"
          << "  --pg CONNECTION         "
          << tr("a shared PostgreSQL database, e.g. \"host=server dbname=habilis user=dupont\" "
                "(or HABILIS_PG); the password from PGPASSWORD, ~/.pgpass or a service file")
          << "\n"
          << "  --lang fr|en            " << tr("the language of messages (default: fr)") << "\n\n"
          << tr("Each command has its own --help, for example: %1 list --help").arg(m_program)
          << Qt::endl;
}

bool Cli::readDate(const QCommandLineParser &parser, QDate *date, const QString &option)
{
    if (!parser.isSet(option))
        return true;
    const QString v = parser.value(option);
    const QDate d = dates::parse(v);
    if (!d.isValid()) {
        fail(FieldError{QStringLiteral("--") + option, v,
                        tr("\"%1\" is not a date (DD/MM/YYYY or YYYY-MM-DD).").arg(v)}
                 .toString(),
             Usage);
        return false;
    }
    *date = d;
    return true;
}

QString Cli::askPassword(const QString &prompt)
{
    m_err << prompt << Qt::flush;
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    m_err << Qt::endl;
    return password;
}

bool Cli::openStorage()
{
    if (!m_pg.isEmpty() && !m_dbPath.isEmpty()) {
        fail(tr("Give --db or --pg, not both."), Usage);
        return false;
    }
    // --pg, else --db, else HABILIS_PG, else the window's database: HABILIS_DB, else the
    // remembered server or file, else the default.
    QString pg = m_pg;
    if (pg.isEmpty() && m_dbPath.isEmpty())
        pg = qEnvironmentVariable("HABILIS_PG");
    const DatabaseLocation where = m_dbPath.isEmpty()
                                       ? databaseLocation()
                                       : DatabaseLocation{m_dbPath, DatabaseSource::Option, {}};
    // The server the window's settings chose for this workstation.
    if (pg.isEmpty())
        pg = where.server;
    // A remembered file gone missing (a network drive not mounted) is not replaced by an empty
    // one created in its place.
    if (pg.isEmpty() && where.source == DatabaseSource::Remembered &&
        !QFileInfo::exists(where.path)) {
        fail(tr("The database file \"%1\" that this workstation uses cannot be found. Connect the "
                "drive it is on, or name a file with --db.")
                 .arg(QDir::toNativeSeparators(where.path)));
        return false;
    }
    Expected<std::unique_ptr<SqlStorage>> s =
        pg.isEmpty() ? SqlStorage::open(where.path)
                     : SqlStorage::openLocation(QStringLiteral("pg:") + pg);
    // No password where libpq looks: asked on the terminal, never kept.
    if (!s && !pg.isEmpty() && SqlStorage::wantsPassword(s.errorString()) && isatty(STDIN_FILENO)) {
        const QString password = askPassword(tr("PostgreSQL password: "));
        if (!password.isEmpty())
            s = SqlStorage::openLocation(QStringLiteral("pg:") + pg, password);
    }
    if (!s) {
        fail(s.errorString());
        return false;
    }
    m_storage = std::move(s).value();
    // Notices that took effect since the last run end their conventions now.
    if (const Expected<int> ended = m_storage->settle(QDate::currentDate()); !ended) {
        fail(ended.errorString());
        return false;
    }
    return true;
}

int Cli::run()
{
    // Global options come before the command; find them and the command words.
    QString lang;
    QStringList words;
    QStringList rest{m_arguments.value(0)};
    bool wantHelp = false;
    for (int i = 1; i < m_arguments.size(); ++i) {
        const QString &a = m_arguments.at(i);
        const auto takeValue = [&](const QString &name, QString *target) {
            if (a == u"--" + name) {
                *target = m_arguments.value(++i);
                return true;
            }
            if (a.startsWith(u"--" + name + u'=')) {
                *target = a.mid(name.size() + 3);
                return true;
            }
            return false;
        };
        if (takeValue(kDb, &m_dbPath) || takeValue(kLang, &lang) || takeValue(kPg, &m_pg))
            continue;
        const bool groupWord =
            words.size() == 1 && (words.first() == u"caf" || words.first() == u"request" ||
                                  words.first() == u"establishments" || words.first() == u"types" ||
                                  words.first() == u"settings" || words.first() == u"batch" ||
                                  words.first() == u"export" || words.first() == u"credentials" ||
                                  words.first() == u"habilitations" || words.first() == u"db");
        if (!a.startsWith(u'-') && (words.isEmpty() || groupWord) && rest.size() == 1) {
            words << a;
            continue;
        }
        if (words.isEmpty() && (a == u"--help" || a == u"-h"))
            wantHelp = true;
        rest << a;
    }
    installTranslators(*QCoreApplication::instance(), lang);

    if (words.isEmpty() || words.first() == u"help") {
        printUsage();
        return words.isEmpty() && !wantHelp ? Usage : Success;
    }
    const QString command = words.join(u' ');
    static const QHash<QString, Handler> handlers{
        {QStringLiteral("caf set"), &Cli::cafSet},
        {QStringLiteral("caf show"), &Cli::cafShow},
        {QStringLiteral("caf list"), &Cli::cafList},
        {QStringLiteral("caf default"), &Cli::cafDefault},
        {QStringLiteral("request import"), &Cli::requestImport},
        {QStringLiteral("list"), &Cli::list},
        {QStringLiteral("show"), &Cli::show},
        {QStringLiteral("establishments import"), &Cli::establishmentsImport},
        {QStringLiteral("establishments list"), &Cli::establishmentsList},
        {QStringLiteral("types list"), &Cli::typesList},
        {QStringLiteral("types set"), &Cli::typesSet},
        {QStringLiteral("journal"), &Cli::journal},
        {QStringLiteral("step"), &Cli::step},
        {QStringLiteral("history"), &Cli::history},
        {QStringLiteral("todo"), &Cli::todo},
        {QStringLiteral("amend"), &Cli::amend},
        {QStringLiteral("amendment"), &Cli::amendment},
        {QStringLiteral("settings reminder-delay"), &Cli::settingsReminder},
        {QStringLiteral("demo"), &Cli::demo},
        {QStringLiteral("db copy"), &Cli::dbCopy},
        {QStringLiteral("print"), &Cli::print},
        {QStringLiteral("batch list"), &Cli::batchList},
        {QStringLiteral("batch print"), &Cli::batchPrint},
        {QStringLiteral("batch mailed"), &Cli::batchMailed},
        {QStringLiteral("settings templates"), &Cli::settingsTemplates},
        {QStringLiteral("settings envelope"), &Cli::settingsEnvelope},
        {QStringLiteral("activate"), &Cli::activate},
        {QStringLiteral("credentials reset"), &Cli::credentialsReset},
        {QStringLiteral("credentials notify"), &Cli::credentialsNotify},
        {QStringLiteral("credentials list"), &Cli::credentialsList},
        {QStringLiteral("habilitations export"), &Cli::habilitationsExport},
        {QStringLiteral("settings password-length"), &Cli::settingsPasswordLength},
        {QStringLiteral("settings two-emails"), &Cli::settingsTwoEmails},
        {QStringLiteral("settings smtp"), &Cli::settingsSmtp},
        {QStringLiteral("export annex"), &Cli::exportAnnex},
        {QStringLiteral("export habilitations"), &Cli::exportHabilitations},
    };
    const auto it = handlers.find(command);
    if (it == handlers.end()) {
        fail(tr("unknown command \"%1\".").arg(command), Usage);
        printUsage();
        return Usage;
    }
    rest[0] = m_program + u' ' + command;
    return (this->*it.value())(rest);
}

int Cli::cafSet(const QStringList &args)
{
    CommandParser p(tr("Create or change the profile of a Caf. Options change only the fields "
                       "they name; --from reads a whole profile from a JSON file."));
    addGlobal(p.parser());
    const QList<QPair<QString, QString>> fields{
        {QStringLiteral("departement"), tr("Département code: 01 to 95, 2A, 2B, 971 to 976.")},
        {QStringLiteral("name"), tr("Name, for example \"Caf de la Savoie\".")},
        {QStringLiteral("director-civility"), tr("Director's civility: madame or monsieur.")},
        {QStringLiteral("director-first-name"), tr("Director's first name.")},
        {QStringLiteral("director-last-name"), tr("Director's last name.")},
        {QStringLiteral("director-title"), tr("Director's title, for example \"Directeur\".")},
        {QStringLiteral("recipient"), tr("Address: person or service.")},
        {QStringLiteral("building"), tr("Address: building.")},
        {QStringLiteral("street"), tr("Address: number and street.")},
        {QStringLiteral("po-box"), tr("Address: BP, CS or TSA.")},
        {QStringLiteral("postcode"), tr("Address: postcode.")},
        {QStringLiteral("town"), tr("Address: town.")},
        {QStringLiteral("cedex"), tr("Address: yes if the postcode is a CEDEX.")},
        {QStringLiteral("signing-town"), tr("The town where conventions are signed.")},
        {QStringLiteral("email"), tr("Email address.")},
        {QStringLiteral("phone"), tr("Phone number.")},
    };
    for (const auto &f : fields)
        p->addOption({f.first, f.second, tr("value")});
    p->addOption({QStringLiteral("from"), tr("A JSON file with the whole profile."), tr("file")});
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    if (!openStorage())
        return Failure;

    CafProfile caf;
    if (p->isSet(QStringLiteral("from"))) {
        const QString file = p->value(QStringLiteral("from"));
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(tr("%1: the file cannot be read (%2).").arg(file, f.errorString()));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            return fail(tr("%1: not valid JSON at character %2: %3.")
                            .arg(file)
                            .arg(pe.offset)
                            .arg(doc.isObject() || pe.error != QJsonParseError::NoError
                                     ? pe.errorString()
                                     : tr("an object is expected")));
        }
        QList<FieldError> errors;
        caf = JsonFormat::cafFromJson(doc.object(), &errors);
        if (!errors.isEmpty()) {
            QStringList lines;
            for (const FieldError &e : std::as_const(errors))
                lines << file + QStringLiteral(": ") + e.toString();
            return fail(lines.join(u'\n'));
        }
    } else {
        QString dept = p->value(QStringLiteral("departement"));
        if (dept.isEmpty())
            dept = m_storage->defaultCaf();
        if (dept.isEmpty())
            return fail(tr("--departement is required for the first Caf profile."), Usage);
        if (const Expected<CafProfile> existing = m_storage->caf(dept))
            caf = *existing;
        caf.departement = dept;
    }
    const auto set = [&](const char *name, QString *target) {
        if (p->isSet(QLatin1String(name)))
            *target = p->value(QLatin1String(name)).trimmed();
    };
    set("departement", &caf.departement);
    set("name", &caf.name);
    if (p->isSet(QStringLiteral("director-civility"))) {
        const QString v = p->value(QStringLiteral("director-civility"));
        const auto c = Labels::civilityFromCode(v);
        if (!c) {
            return fail(FieldError{tr("director's civility"), v,
                                   tr("\"%1\" is not a civility (madame, monsieur).").arg(v)}
                            .toString());
        }
        caf.director.civility = *c;
    }
    set("director-first-name", &caf.director.firstName);
    set("director-last-name", &caf.director.lastName);
    set("director-title", &caf.director.title);
    set("recipient", &caf.address.recipient);
    set("building", &caf.address.building);
    set("street", &caf.address.street);
    set("po-box", &caf.address.poBox);
    set("postcode", &caf.address.postcode);
    set("town", &caf.address.town);
    if (p->isSet(QStringLiteral("cedex"))) {
        const QString v = p->value(QStringLiteral("cedex")).toLower();
        if (v != u"yes" && v != u"no" && v != u"oui" && v != u"non") {
            return fail(
                FieldError{tr("CEDEX"), v, tr("\"%1\" is neither yes nor no.").arg(v)}.toString());
        }
        caf.address.cedex = v == u"yes" || v == u"oui";
    }
    set("signing-town", &caf.signingTown);
    set("email", &caf.email);
    set("phone", &caf.phone);

    const Expected<CafProfile> saved = m_storage->saveCaf(caf);
    if (!saved)
        return fail(saved.errorString());
    m_out << tr("Caf profile saved: %1 (%2).").arg(saved->name, saved->departement) << Qt::endl;
    return Success;
}

int Cli::cafShow(const QStringList &args)
{
    CommandParser p(tr("Show the profile of a Caf (the workstation's Caf by default)."),
                    tr("[département]"));
    addGlobal(p.parser());
    p->addOption(jsonOption());
    if (const int code = p.parse(args, m_out, m_err, 0, 1); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    QString dept = p->positionalArguments().value(0);
    if (dept.isEmpty())
        dept = m_storage->defaultCaf();
    if (dept.isEmpty())
        return fail(tr("no Caf profile yet; create one with: %1 caf set").arg(m_program));
    const Expected<CafProfile> caf = m_storage->caf(dept);
    if (!caf)
        return fail(caf.errorString());
    if (p->isSet(kJson)) {
        m_out << jsonText(JsonFormat::toJson(*caf)) << Qt::flush;
        return Success;
    }
    m_out << caf->name << " (" << caf->departement << ")\n"
          << tr("Director: %1, %2").arg(Labels::fullName(caf->director), caf->director.title)
          << "\n"
          << tr("Address: %1").arg(addressText(caf->address)) << "\n"
          << tr("Conventions signed in: %1").arg(caf->signingTown) << "\n"
          << tr("Email: %1").arg(orDash(caf->email)) << "\n"
          << tr("Phone: %1").arg(orDash(caf->phone)) << Qt::endl;
    return Success;
}

int Cli::cafList(const QStringList &args)
{
    CommandParser p(tr("List the Caf profiles."));
    addGlobal(p.parser());
    p->addOption(jsonOption());
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    const Expected<QList<CafProfile>> list = m_storage->cafs();
    if (!list)
        return fail(list.errorString());
    const QString current = m_storage->defaultCaf();
    if (p->isSet(kJson)) {
        QJsonArray a;
        for (const CafProfile &c : *list)
            a.append(JsonFormat::toJson(c));
        m_out << jsonText(a) << Qt::flush;
        return Success;
    }
    for (const CafProfile &c : *list) {
        m_out << (c.departement == current ? u'*' : u' ') << ' ' << c.departement.leftJustified(4)
              << c.name << "\n";
    }
    m_out << Qt::flush;
    return Success;
}

int Cli::cafDefault(const QStringList &args)
{
    CommandParser p(tr("Choose the Caf this workstation works for."), tr("département"));
    addGlobal(p.parser());
    if (const int code = p.parse(args, m_out, m_err, 1, 1); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    if (Status s = m_storage->setDefaultCaf(p->positionalArguments().constFirst()); !s)
        return fail(s.errorString());
    m_out << tr("This workstation now works for the Caf %1.").arg(m_storage->defaultCaf())
          << Qt::endl;
    return Success;
}

int Cli::requestImport(const QStringList &args)
{
    CommandParser p(tr("Import a habilitation request (art. 3-1) from a JSON file in the format "
                       "habilis-request/1 described in the README. Nothing is written if any "
                       "field is wrong."),
                    tr("file.json"));
    addGlobal(p.parser());
    p->addOption(jsonOption());
    if (const int code = p.parse(args, m_out, m_err, 1, 1); code >= 0)
        return code;
    const QString file = p->positionalArguments().constFirst();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("%1: the file cannot be read (%2).").arg(file, f.errorString()));
    const QByteArray data = f.readAll();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const int line = int(data.left(pe.offset).count('\n')) + 1;
        return fail(
            tr("%1, line %2: not valid JSON: %3.").arg(file).arg(line).arg(pe.errorString()));
    }
    if (!doc.isObject())
        return fail(tr("%1: a JSON object is expected.").arg(file));
    QList<FieldError> errors;
    const HabilitationRequest request = JsonFormat::requestFromJson(doc.object(), &errors);
    if (!errors.isEmpty()) {
        QStringList lines;
        for (const FieldError &e : std::as_const(errors))
            lines << file + QStringLiteral(": ") + e.toString();
        return fail(lines.join(u'\n'));
    }
    if (!openStorage())
        return Failure;
    const Expected<Convention> c = m_storage->importRequest(request);
    if (!c) {
        QStringList lines = c.errorString().split(u'\n');
        for (QString &l : lines)
            l = file + QStringLiteral(": ") + l;
        return fail(lines.join(u'\n'));
    }
    if (p->isSet(kJson)) {
        m_out << jsonText(JsonFormat::toJson(*c)) << Qt::flush;
        return Success;
    }
    m_out << tr("Request recorded: convention %1 for %2 (%n person(s), ", nullptr,
                int(request.persons.size()))
                 .arg(c->reference, request.provider.name)
          << tr("%n establishment(s)).", nullptr, int(request.establishments.size())) << Qt::endl;
    return Success;
}

int Cli::list(const QStringList &args)
{
    CommandParser p(tr("List the conventions, filtered. Text filters ignore case and accents."));
    addGlobal(p.parser());
    p->addOption({QStringLiteral("state"),
                  tr("Only this state: %1.").arg(Labels::stateCodes().join(QStringLiteral(", "))),
                  tr("state")});
    p->addOption({QStringLiteral("caf"), tr("Only this Caf (département)."), tr("département")});
    p->addOption({QStringLiteral("provider"), tr("Part of the provider's name."), tr("text")});
    p->addOption({QStringLiteral("town"), tr("The provider's town."), tr("text")});
    p->addOption({QStringLiteral("text"),
                  tr("Free text: reference, provider, person, establishment."), tr("text")});
    p->addOption({QStringLiteral("limit"), tr("At most this many lines (default 100, 0 for all)."),
                  tr("n"), QStringLiteral("100")});
    p->addOption(
        {QStringLiteral("offset"), tr("Skip this many lines."), tr("n"), QStringLiteral("0")});
    p->addOption(jsonOption());
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    ConventionFilter f;
    if (p->isSet(QStringLiteral("state"))) {
        const QString v = p->value(QStringLiteral("state"));
        f.state = Labels::stateFromCode(v);
        if (!f.state) {
            return fail(FieldError{QStringLiteral("--state"), v,
                                   tr("\"%1\" is not a state (%2).")
                                       .arg(v, Labels::stateCodes().join(QStringLiteral(", ")))}
                            .toString(),
                        Usage);
        }
    }
    bool okLimit = false, okOffset = false;
    const int limit = p->value(QStringLiteral("limit")).toInt(&okLimit);
    f.offset = p->value(QStringLiteral("offset")).toInt(&okOffset);
    if (!okLimit || limit < 0 || !okOffset || f.offset < 0) {
        const QString bad =
            okLimit && limit >= 0 ? QStringLiteral("--offset") : QStringLiteral("--limit");
        const QString value = p->value(bad.mid(2));
        return fail(
            FieldError{bad, value, tr("\"%1\" is not a whole number, 0 or more.").arg(value)}
                .toString(),
            Usage);
    }
    f.limit = limit == 0 ? -1 : limit;
    f.cafDepartement = p->value(QStringLiteral("caf"));
    f.provider = p->value(QStringLiteral("provider"));
    f.town = p->value(QStringLiteral("town"));
    f.text = p->value(QStringLiteral("text"));
    if (!openStorage())
        return Failure;
    const Expected<QList<ConventionRow>> rows = m_storage->conventions(f);
    if (!rows)
        return fail(rows.errorString());
    if (p->isSet(kJson)) {
        QJsonArray a;
        for (const ConventionRow &r : *rows)
            a.append(JsonFormat::toJson(r));
        m_out << jsonText(a) << Qt::flush;
        return Success;
    }
    if (rows->isEmpty()) {
        m_out << tr("No convention matches.") << Qt::endl;
        return Success;
    }
    m_out << pad(tr("Reference"), 17) << pad(tr("State"), 22) << pad(tr("Provider"), 40)
          << pad(tr("Town"), 22) << pad(tr("Signed"), 10) << "\n";
    for (const ConventionRow &r : *rows) {
        m_out << pad(r.reference, 17) << pad(Labels::display(r.state), 22)
              << pad(r.providerName, 40) << pad(r.providerTown, 22) << dates::display(r.signedOn)
              << "\n";
    }
    const Expected<int> total = m_storage->countConventions(f);
    if (total && *total > rows->size()) {
        m_out << tr("%1 of %2 conventions shown (--limit, --offset).").arg(rows->size()).arg(*total)
              << "\n";
    }
    m_out << Qt::flush;
    return Success;
}

int Cli::show(const QStringList &args)
{
    CommandParser p(tr("Show a convention: its parties, its annex and its dates."),
                    tr("reference"));
    addGlobal(p.parser());
    p->addOption({QStringLiteral("date"),
                  tr("The day to compute the dates and choose the annex version for "
                     "(default: today)."),
                  tr("date")});
    p->addOption(jsonOption());
    if (const int code = p.parse(args, m_out, m_err, 1, 1); code >= 0)
        return code;
    QDate asOf = QDate::currentDate();
    if (!readDate(p.parser(), &asOf))
        return Usage;
    if (!openStorage())
        return Failure;
    const Expected<ConventionDetail> d =
        m_storage->convention(p->positionalArguments().constFirst(), asOf);
    if (!d)
        return fail(d.errorString());
    const QJsonObject o = JsonFormat::toJson(*d, asOf);
    if (p->isSet(kJson)) {
        m_out << jsonText(o) << Qt::flush;
        return Success;
    }
    const Convention &c = d->convention;
    const QJsonObject dj = o.value(QStringLiteral("dates")).toObject();
    const auto date = [&dj](const char *key) {
        return orDash(dates::display(
            QDate::fromString(dj.value(QLatin1String(key)).toString(), Qt::ISODate)));
    };
    m_out << tr("Convention %1 — %2").arg(c.reference, Labels::display(c.state)) << "\n\n"
          << tr("Caf: %1, represented by %2, %3")
                 .arg(d->caf.name, Labels::fullName(d->caf.director), d->caf.director.title)
          << "\n"
          << tr("Provider: %1 (%2)").arg(d->provider.name, Labels::display(d->provider.kind));
    if (!d->provider.siret.isEmpty())
        m_out << tr(", SIRET/SIREN %1").arg(d->provider.siret);
    m_out << "\n  "
          << tr("represented by %1, %2")
                 .arg(Labels::fullName(d->provider.representative),
                      d->provider.representative.title)
          << "\n  " << addressText(d->provider.address) << "\n\n"
          << tr("Dates on %1:").arg(dates::display(asOf)) << "\n"
          << "  " << tr("request received: %1").arg(orDash(dates::display(c.receivedOn))) << "\n"
          << "  " << tr("mailed for signature: %1").arg(orDash(dates::display(c.mailedOn))) << "\n"
          << "  " << tr("signed (effective date): %1").arg(orDash(dates::display(c.signedOn)))
          << "\n";
    if (dj.contains(QStringLiteral("currentPeriod"))) {
        const QJsonObject per = dj.value(QStringLiteral("currentPeriod")).toObject();
        m_out << "  "
              << tr("year %1 of the convention: %2 to %3")
                     .arg(per.value(QStringLiteral("index")).toInt())
                     .arg(dates::display(QDate::fromString(
                              per.value(QStringLiteral("start")).toString(), Qt::ISODate)),
                          dates::display(QDate::fromString(
                              per.value(QStringLiteral("end")).toString(), Qt::ISODate)))
              << "\n";
    }
    if (dj.contains(QStringLiteral("nextAnniversary"))) {
        m_out << "  " << tr("next anniversary (tacit renewal): %1").arg(date("nextAnniversary"))
              << "\n"
              << "  " << tr("notice to receive by: %1").arg(date("noticeDeadline")) << "\n";
    }
    if (dj.contains(QStringLiteral("terminationEffective")))
        m_out << "  " << tr("terminated from: %1").arg(date("terminationEffective")) << "\n";

    m_out << "\n"
          << (d->annex.validFrom.isValid() ? tr("Annex 1, version %1 of %2, in force from %3:")
                                                 .arg(d->annex.version)
                                                 .arg(d->annexVersions)
                                                 .arg(dates::display(d->annex.validFrom))
                                           : tr("Annex 1, version %1 of %2, not yet signed:")
                                                 .arg(d->annex.version)
                                                 .arg(d->annexVersions))
          << "\n  " << tr("%n person(s) habilitated:", nullptr, int(d->annex.persons.size()))
          << "\n";
    for (const Person &pe : d->annex.persons) {
        QStringList parts{Labels::display(pe.civility), pe.firstName, pe.lastName.toUpper()};
        parts.removeAll(QString());
        m_out << "    " << parts.join(u' ');
        if (!pe.jobTitle.isEmpty())
            m_out << ", " << pe.jobTitle;
        m_out << " <" << pe.email << ">\n";
    }
    m_out << "  " << tr("%n establishment(s):", nullptr, int(d->annex.establishments.size()))
          << "\n";
    for (const AnnexEstablishment &ae : d->annex.establishments) {
        QStringList scope;
        if (ae.scope.functioning)
            scope << tr("functioning");
        if (ae.scope.availability)
            scope << tr("availability");
        QStringList place{ae.establishment.address,
                          ae.establishment.postcode + u' ' + ae.establishment.town};
        place.removeAll(QString());
        m_out << "    " << ae.establishment.type.leftJustified(5) << ae.establishment.name << ", "
              << place.join(QStringLiteral(", ")) << " [" << scope.join(QStringLiteral(", "))
              << "]\n";
    }
    m_out << Qt::flush;
    return Success;
}

int Cli::establishmentsImport(const QStringList &args)
{
    CommandParser p(tr("Import or update a provider's establishments from a CSV file "
                       "(UTF-8, ';' or ','). Columns: %1. Nothing is written if any line is "
                       "wrong.")
                        .arg(EstablishmentCsv::columns().join(QStringLiteral(";"))),
                    tr("file.csv"));
    addGlobal(p.parser());
    p->addOption({QStringLiteral("provider"), tr("The provider: its number, SIRET or SIREN."),
                  tr("provider")});
    if (const int code = p.parse(args, m_out, m_err, 1, 1); code >= 0)
        return code;
    if (!p->isSet(QStringLiteral("provider")))
        return fail(tr("--provider is required."), Usage);
    const QString file = p->positionalArguments().constFirst();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("%1: the file cannot be read (%2).").arg(file, f.errorString()));
    const QByteArray data = f.readAll();
    if (!openStorage())
        return Failure;
    const Expected<Provider> provider =
        m_storage->findProvider(p->value(QStringLiteral("provider")));
    if (!provider)
        return fail(provider.errorString());
    const Expected<QList<EstablishmentType>> types = m_storage->establishmentTypes();
    if (!types)
        return fail(types.errorString());
    const Expected<QList<Establishment>> list =
        EstablishmentCsv::read(data, QFileInfo(file).fileName(), *types);
    if (!list)
        return fail(list.errorString());
    const Expected<ImportCounts> counts = m_storage->importEstablishments(provider->id, *list);
    if (!counts)
        return fail(counts.errorString());
    m_out << tr("%1: %2 establishment(s) created, %3 updated, %4 unchanged.")
                 .arg(provider->name)
                 .arg(counts->created)
                 .arg(counts->updated)
                 .arg(list->size() - counts->created - counts->updated)
          << Qt::endl;
    return Success;
}

int Cli::establishmentsList(const QStringList &args)
{
    CommandParser p(tr("List a provider's establishments."));
    addGlobal(p.parser());
    p->addOption({QStringLiteral("provider"), tr("The provider: its number, SIRET or SIREN."),
                  tr("provider")});
    p->addOption(jsonOption());
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    if (!p->isSet(QStringLiteral("provider")))
        return fail(tr("--provider is required."), Usage);
    if (!openStorage())
        return Failure;
    const Expected<Provider> provider =
        m_storage->findProvider(p->value(QStringLiteral("provider")));
    if (!provider)
        return fail(provider.errorString());
    const Expected<QList<Establishment>> list = m_storage->establishments(provider->id);
    if (!list)
        return fail(list.errorString());
    if (p->isSet(kJson)) {
        QJsonArray a;
        for (const Establishment &e : *list)
            a.append(JsonFormat::toJson(e));
        m_out << jsonText(a) << Qt::flush;
        return Success;
    }
    for (const Establishment &e : *list) {
        m_out << e.type.leftJustified(5) << e.name << ", " << e.address << ", " << e.postcode << ' '
              << e.town;
        if (!e.monEnfantId.isEmpty())
            m_out << " (monenfant.fr " << e.monEnfantId << ')';
        m_out << "\n";
    }
    m_out << Qt::flush;
    return Success;
}

int Cli::typesList(const QStringList &args)
{
    CommandParser p(tr("List the establishment types."));
    addGlobal(p.parser());
    p->addOption(jsonOption());
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    const Expected<QList<EstablishmentType>> types = m_storage->establishmentTypes();
    if (!types)
        return fail(types.errorString());
    if (p->isSet(kJson)) {
        QJsonArray a;
        for (const EstablishmentType &t : *types) {
            a.append(QJsonObject{{QStringLiteral("code"), t.code},
                                 {QStringLiteral("label"), t.label},
                                 {QStringLiteral("availability"), t.hasAvailability}});
        }
        m_out << jsonText(a) << Qt::flush;
        return Success;
    }
    for (const EstablishmentType &t : *types) {
        m_out << t.code.leftJustified(6) << t.label;
        if (t.hasAvailability)
            m_out << ' ' << tr("(publishes availability)");
        m_out << "\n";
    }
    m_out << Qt::flush;
    return Success;
}

int Cli::typesSet(const QStringList &args)
{
    CommandParser p(tr("Add or change an establishment type."), tr("code"));
    addGlobal(p.parser());
    p->addOption({QStringLiteral("label"), tr("The type's name."), tr("text")});
    p->addOption({QStringLiteral("availability"), tr("The type publishes free places.")});
    if (const int code = p.parse(args, m_out, m_err, 1, 1); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    EstablishmentType t{p->positionalArguments().constFirst(), p->value(QStringLiteral("label")),
                        p->isSet(QStringLiteral("availability"))};
    if (Status s = m_storage->saveEstablishmentType(t); !s)
        return fail(s.errorString());
    m_out << tr("Establishment type %1 saved.").arg(t.code.toUpper()) << Qt::endl;
    return Success;
}

int Cli::journal(const QStringList &args)
{
    CommandParser p(tr("Read the audit journal: who changed what, when, before and after."));
    addGlobal(p.parser());
    p->addOption(
        {QStringLiteral("ref"), tr("Only the entries of this convention."), tr("reference")});
    p->addOption({QStringLiteral("date"), tr("Only the entries of this day."), tr("date")});
    p->addOption(jsonOption());
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    JournalFilter f;
    f.reference = p->value(QStringLiteral("ref"));
    if (!readDate(p.parser(), &f.day))
        return Usage;
    if (!openStorage())
        return Failure;
    const Expected<QList<JournalEntry>> entries = m_storage->journal(f);
    if (!entries)
        return fail(entries.errorString());
    if (p->isSet(kJson)) {
        QJsonArray a;
        for (const JournalEntry &e : *entries)
            a.append(JsonFormat::toJson(e));
        m_out << jsonText(a) << Qt::flush;
        return Success;
    }
    for (const JournalEntry &e : *entries) {
        const QString who = e.dbUser.isEmpty() ? e.actor : e.actor + u'/' + e.dbUser;
        m_out << e.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) << "  "
              << who.leftJustified(11) << ' ' << e.action.leftJustified(22) << e.reference << "\n";
    }
    m_out << Qt::flush;
    return Success;
}

int Cli::step(const QStringList &args)
{
    CommandParser p(tr("Record a step of a convention's life: %1. Refused, with the reason, "
                       "where the step does not apply.")
                        .arg(Workflow::stepCodes().join(QStringLiteral(", "))),
                    tr("reference step"));
    addGlobal(p.parser());
    p->addOption({QStringLiteral("date"), tr("The day of the step (default: today)."), tr("date")});
    p->addOption({QStringLiteral("reason"), tr("reject, cancel: the reason."), tr("text")});
    p->addOption({QStringLiteral("tracking"), tr("mail: the postal tracking number."), tr("text")});
    p->addOption({QStringLiteral("signatory"),
                  tr("return, countersign: who signed, with their title."), tr("text")});
    p->addOption(
        {QStringLiteral("signed-on"), tr("return: the provider's signature date."), tr("date")});
    p->addOption({QStringLiteral("deliberation-on"),
                  tr("return: the date of the council deliberation."), tr("date")});
    p->addOption({QStringLiteral("prefecture-ack"),
                  tr("return: the prefecture acknowledgement number of the deliberation."),
                  tr("number")});
    p->addOption({QStringLiteral("by"), tr("terminate: provider or caf."), tr("party")});
    p->addOption({QStringLiteral("letter"),
                  tr("terminate: the number of the registered letter (LRAR)."), tr("number")});
    p->addOption(
        {QStringLiteral("sent-on"), tr("terminate: the day the letter was sent."), tr("date")});
    p->addOption(jsonOption());
    if (const int code = p.parse(args, m_out, m_err, 2, 2); code >= 0)
        return code;
    const QString reference = p->positionalArguments().at(0);
    const QString stepText = p->positionalArguments().at(1);
    const std::optional<Step> s = Workflow::stepFromCode(stepText);
    if (!s) {
        return fail(FieldError{tr("step"), stepText,
                               tr("\"%1\" is not a step (%2).")
                                   .arg(stepText, Workflow::stepCodes().join(QStringLiteral(", ")))}
                        .toString(),
                    Usage);
    }
    StepInput in;
    in.date = QDate::currentDate();
    if (!readDate(p.parser(), &in.date) ||
        !readDate(p.parser(), &in.signedOn, QStringLiteral("signed-on")) ||
        !readDate(p.parser(), &in.deliberationOn, QStringLiteral("deliberation-on")) ||
        !readDate(p.parser(), &in.letterSentOn, QStringLiteral("sent-on")))
        return Usage;
    in.reason = p->value(QStringLiteral("reason"));
    in.tracking = p->value(QStringLiteral("tracking"));
    in.signatory = p->value(QStringLiteral("signatory"));
    in.prefectureAck = p->value(QStringLiteral("prefecture-ack"));
    in.terminatedBy = p->value(QStringLiteral("by")).toLower();
    in.registeredLetter = p->value(QStringLiteral("letter"));
    if (!openStorage())
        return Failure;
    const Expected<Convention> c = m_storage->recordStep(reference, *s, in, QDate::currentDate());
    if (!c)
        return fail(c.errorString());
    if (p->isSet(kJson)) {
        m_out << jsonText(JsonFormat::toJson(*c)) << Qt::flush;
        return Success;
    }
    m_out << tr("%1: %2 on %3. State: %4.")
                 .arg(c->reference, Workflow::display(*s), dates::display(in.date),
                      Labels::display(c->state));
    if (*s == Step::Terminate)
        m_out << ' ' << tr("The convention ends on %1.").arg(dates::display(c->terminatedOn));
    m_out << Qt::endl;
    return Success;
}

int Cli::history(const QStringList &args)
{
    CommandParser p(tr("The steps of a convention's life, in order, with their author."),
                    tr("reference"));
    addGlobal(p.parser());
    p->addOption(jsonOption());
    if (const int code = p.parse(args, m_out, m_err, 1, 1); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    const QString reference = p->positionalArguments().constFirst();
    const Expected<ConventionDetail> d = m_storage->convention(reference);
    if (!d)
        return fail(d.errorString());
    const Expected<QList<ConventionEvent>> events = m_storage->events(reference);
    if (!events)
        return fail(events.errorString());
    if (p->isSet(kJson)) {
        QJsonArray a;
        a.append(QJsonObject{
            {QStringLiteral("step"), QStringLiteral("request")},
            {QStringLiteral("date"), JsonFormat::dateString(d->convention.receivedOn)}});
        for (const ConventionEvent &e : *events) {
            QJsonObject o{{QStringLiteral("step"), e.step},
                          {QStringLiteral("date"), JsonFormat::dateString(e.date)},
                          {QStringLiteral("actor"), e.actor},
                          {QStringLiteral("recordedAt"), e.recordedAt.toString(Qt::ISODateWithMs)}};
            if (!e.details.isEmpty())
                o.insert(QStringLiteral("details"),
                         QJsonDocument::fromJson(e.details.toUtf8()).object());
            a.append(o);
        }
        m_out << jsonText(a) << Qt::flush;
        return Success;
    }
    m_out << dates::display(d->convention.receivedOn) << "  " << tr("Request received") << "\n";
    for (const ConventionEvent &e : *events) {
        const QJsonObject details = QJsonDocument::fromJson(e.details.toUtf8()).object();
        const int amendmentNumber = details.value(QStringLiteral("number")).toInt();
        QString what;
        if (e.step == u"terminated") {
            what = tr("Termination takes effect");
        } else if (e.step == u"renewed") {
            m_out << dates::display(e.date) << "  "
                  << tr("Tacit renewal: year %1 begins")
                         .arg(details.value(QStringLiteral("year")).toInt())
                  << "\n";
            continue;
        } else if (e.step == u"amendment-prepare") {
            what = tr("Amendment %1 prepared").arg(amendmentNumber);
        } else if (e.step.startsWith(u"amendment-")) {
            const std::optional<Step> st = Workflow::stepFromCode(e.step.mid(10));
            what = tr("Amendment %1: %2")
                       .arg(amendmentNumber)
                       .arg(st ? Workflow::display(*st) : e.step);
        } else {
            const std::optional<Step> st = Workflow::stepFromCode(e.step);
            what = st ? Workflow::display(*st) : e.step;
        }
        m_out << dates::display(e.date) << "  " << what;
        QStringList parts;
        for (auto it = details.begin(); it != details.end(); ++it) {
            if (it.key() == u"state")
                continue;
            const QDate day = QDate::fromString(it.value().toString(), Qt::ISODate);
            if (day.isValid())
                parts << dates::display(day);
            else if (it.value().isString() && !it.value().toString().isEmpty())
                parts << it.value().toString();
            else if (it.value().isArray() && !it.value().toArray().isEmpty())
                parts << it.value().toVariant().toStringList().join(QStringLiteral(", "));
        }
        if (!parts.isEmpty())
            m_out << " (" << parts.join(QStringLiteral(", ")) << ')';
        m_out << "  — " << e.actor << "\n";
    }
    m_out << Qt::flush;
    return Success;
}

int Cli::amend(const QStringList &args)
{
    CommandParser p(tr("Prepare an amendment (avenant) of a convention in force. Its new annex "
                       "takes effect once the amendment is signed by both parties (see: "
                       "amendment)."),
                    tr("reference"));
    addGlobal(p.parser());
    p->addOption(
        {QStringLiteral("date"), tr("The day it is prepared (default: today)."), tr("date")});
    p->addOption(
        {QStringLiteral("reason"), tr("Why, for example \"départ de l'agent\"."), tr("text")});
    p->addOption(
        {QStringLiteral("remove-person"), tr("The email of a person who leaves."), tr("email")});
    p->addOption({QStringLiteral("add-person"),
                  tr("A person to add: \"civility;last name;first name;job title;email\"."),
                  tr("person")});
    p->addOption({QStringLiteral("remove-establishment"),
                  tr("The name or monenfant.fr identifier of an establishment to remove."),
                  tr("name")});
    p->addOption({QStringLiteral("add-establishment"),
                  tr("An establishment to add: \"type;name;address;postcode;town;scope\", the "
                     "scope being functioning, availability or both."),
                  tr("establishment")});
    p->addOption({QStringLiteral("representative"),
                  tr("The provider's new representative: \"civility;first name;last name;"
                     "title\"."),
                  tr("representative")});
    const QStringList addressOptions{QStringLiteral("street"), QStringLiteral("po-box"),
                                     QStringLiteral("postcode"), QStringLiteral("town")};
    p->addOption({QStringLiteral("street"), tr("The provider's new address: number and street."),
                  tr("text")});
    p->addOption(
        {QStringLiteral("po-box"), tr("The provider's new address: BP, CS or TSA."), tr("text")});
    p->addOption(
        {QStringLiteral("postcode"), tr("The provider's new address: postcode."), tr("text")});
    p->addOption({QStringLiteral("town"), tr("The provider's new address: town."), tr("text")});
    if (const int code = p.parse(args, m_out, m_err, 1, 1); code >= 0)
        return code;
    AmendmentChanges changes;
    if (p->isSet(QStringLiteral("representative"))) {
        const QString v = p->value(QStringLiteral("representative"));
        const QStringList f = v.split(u';');
        const std::optional<Civility> civility = Labels::civilityFromCode(f.value(0));
        if (f.size() != 4 || !civility) {
            return fail(
                FieldError{QStringLiteral("--representative"), v,
                           tr("\"%1\" is not \"civility;first name;last name;title\".").arg(v)}
                    .toString(),
                Usage);
        }
        changes.representative =
            Representative{*civility, f.at(1).trimmed(), f.at(2).trimmed(), f.at(3).trimmed()};
    }
    QDate date = QDate::currentDate();
    if (!readDate(p.parser(), &date))
        return Usage;
    changes.removePersons = p->values(QStringLiteral("remove-person"));
    changes.removeEstablishments = p->values(QStringLiteral("remove-establishment"));
    for (const QString &v : p->values(QStringLiteral("add-person"))) {
        const QStringList f = v.split(u';');
        const std::optional<Civility> civility = Labels::civilityFromCode(f.value(0));
        if (f.size() != 5 || !civility) {
            return fail(FieldError{QStringLiteral("--add-person"), v,
                                   tr("\"%1\" is not \"civility;last name;first name;job "
                                      "title;email\".")
                                       .arg(v)}
                            .toString(),
                        Usage);
        }
        Person person;
        person.civility = *civility;
        person.lastName = f.at(1).trimmed();
        person.firstName = f.at(2).trimmed();
        person.jobTitle = f.at(3).trimmed();
        person.email = f.at(4).trimmed();
        changes.addPersons << person;
    }
    for (const QString &v : p->values(QStringLiteral("add-establishment"))) {
        const QStringList f = v.split(u';');
        const QString scope = f.value(5).trimmed().toLower();
        if (f.size() != 6 ||
            (scope != u"functioning" && scope != u"availability" && scope != u"both")) {
            return fail(FieldError{QStringLiteral("--add-establishment"), v,
                                   tr("\"%1\" is not \"type;name;address;postcode;town;"
                                      "scope\" with a scope of functioning, availability or "
                                      "both.")
                                       .arg(v)}
                            .toString(),
                        Usage);
        }
        AnnexEstablishment ae;
        ae.establishment.type = f.at(0).trimmed().toUpper();
        ae.establishment.name = f.at(1).trimmed();
        ae.establishment.address = f.at(2).trimmed();
        ae.establishment.postcode = f.at(3).trimmed();
        ae.establishment.town = f.at(4).trimmed();
        ae.scope = {scope != u"availability", scope != u"functioning"};
        changes.addEstablishments << ae;
    }
    if (!openStorage())
        return Failure;
    const QString reference = p->positionalArguments().constFirst();
    const bool newAddress = std::any_of(addressOptions.begin(), addressOptions.end(),
                                        [&p](const QString &o) { return p->isSet(o); });
    if (newAddress) {
        // The fields not given stay as they are.
        const Expected<ConventionDetail> d = m_storage->convention(reference);
        if (!d)
            return fail(d.errorString());
        PostalAddress address = d->provider.address;
        if (p->isSet(QStringLiteral("street")))
            address.street = p->value(QStringLiteral("street")).trimmed();
        if (p->isSet(QStringLiteral("po-box")))
            address.poBox = p->value(QStringLiteral("po-box")).trimmed();
        if (p->isSet(QStringLiteral("postcode")))
            address.postcode = p->value(QStringLiteral("postcode")).trimmed();
        if (p->isSet(QStringLiteral("town")))
            address.town = p->value(QStringLiteral("town")).trimmed();
        changes.address = address;
    }
    const Expected<Amendment> a = m_storage->prepareAmendment(
        reference, changes, p->value(QStringLiteral("reason")), date, QDate::currentDate());
    if (!a)
        return fail(a.errorString());
    m_out << tr("%1 prepared: annex version %2, in force once both parties sign it.")
                 .arg(Amendments::label(reference.toUpper(), a->number))
                 .arg(a->annexVersion)
          << Qt::endl;
    return Success;
}

int Cli::amendment(const QStringList &args)
{
    CommandParser p(tr("Record a step of an amendment: mail, return, countersign or cancel."),
                    tr("reference number step"));
    addGlobal(p.parser());
    p->addOption({QStringLiteral("date"), tr("The day of the step (default: today)."), tr("date")});
    p->addOption({QStringLiteral("reason"), tr("cancel: the reason."), tr("text")});
    p->addOption({QStringLiteral("tracking"), tr("mail: the postal tracking number."), tr("text")});
    p->addOption({QStringLiteral("signatory"),
                  tr("return, countersign: who signed, with their title."), tr("text")});
    p->addOption(
        {QStringLiteral("signed-on"), tr("return: the provider's signature date."), tr("date")});
    p->addOption({QStringLiteral("drafts"),
                  tr("countersign: write the notices of the persons added as .eml drafts in "
                     "this folder (default: the SMTP relay, when one is set)."),
                  tr("folder")});
    if (const int code = p.parse(args, m_out, m_err, 3, 3); code >= 0)
        return code;
    const QStringList pos = p->positionalArguments();
    bool okNumber = false;
    const int number = pos.at(1).toInt(&okNumber);
    if (!okNumber || number < 1) {
        return fail(FieldError{tr("amendment number"), pos.at(1),
                               tr("\"%1\" is not a whole number, 0 or more.").arg(pos.at(1))}
                        .toString(),
                    Usage);
    }
    const std::optional<Step> s = Workflow::stepFromCode(pos.at(2));
    if (!s) {
        return fail(
            FieldError{tr("step"), pos.at(2),
                       tr("\"%1\" is not a step (%2).")
                           .arg(pos.at(2), QStringLiteral("mail, return, countersign, cancel"))}
                .toString(),
            Usage);
    }
    StepInput in;
    in.date = QDate::currentDate();
    if (!readDate(p.parser(), &in.date) ||
        !readDate(p.parser(), &in.signedOn, QStringLiteral("signed-on")))
        return Usage;
    in.reason = p->value(QStringLiteral("reason"));
    in.tracking = p->value(QStringLiteral("tracking"));
    in.signatory = p->value(QStringLiteral("signatory"));
    if (!openStorage())
        return Failure;
    const Expected<Amendment> a =
        m_storage->recordAmendmentStep(pos.at(0), number, *s, in, QDate::currentDate());
    if (!a)
        return fail(a.errorString());
    m_out << tr("%1: %2 on %3. State: %4.")
                 .arg(Amendments::label(pos.at(0).toUpper(), number), Workflow::display(*s),
                      dates::display(in.date), Labels::display(a->state))
          << Qt::endl;
    // Persons added to an activated habilitation get their password as the annex comes in
    // force.
    const Expected<ConventionDetail> d = m_storage->convention(pos.at(0), in.date);
    const Expected<ConventionDetail> was = m_storage->convention(pos.at(0), in.date.addDays(-1));
    if (*s != Step::Countersign || !d || !was || !d->convention.activatedOn.isValid() ||
        in.date > QDate::currentDate())
        return Success;
    QSet<qint64> added;
    for (const Person &person : d->annex.persons)
        added.insert(person.id);
    for (const Person &person : was->annex.persons)
        added.remove(person.id);
    if (added.isEmpty())
        return Success;
    const NoticeSettings settings = NoticeSettings::load(*m_storage);
    const std::unique_ptr<MailTransport> sender = transport(p.parser(), settings);
    if (!sender)
        return Failure;
    CredentialService service(*m_storage, *sender, settings);
    const Expected<QList<NoticeResult>> results =
        service.notifyPending(pos.at(0), QDate::currentDate(), added);
    if (!results) {
        return fail(tr("The amendment is countersigned, but the persons it adds did not get "
                       "their password: %1 Then: credentials notify %2")
                        .arg(results.errorString(), d->convention.reference));
    }
    return report(d->convention.reference, *results);
}

int Cli::todo(const QStringList &args)
{
    CommandParser p(tr("The officer's work list: what is due on a day and in the four months "
                       "after it."));
    addGlobal(p.parser());
    p->addOption({QStringLiteral("date"), tr("The day (default: today)."), tr("date")});
    p->addOption(jsonOption());
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    QDate day = QDate::currentDate();
    if (!readDate(p.parser(), &day))
        return Usage;
    if (!openStorage())
        return Failure;
    const Expected<QList<WorkItem>> items = m_storage->workList(day);
    if (!items)
        return fail(items.errorString());
    if (p->isSet(kJson)) {
        QJsonArray a;
        for (const WorkItem &w : *items) {
            QJsonObject o{{QStringLiteral("kind"), Workflow::kindCode(w.kind)},
                          {QStringLiteral("reference"), w.reference},
                          {QStringLiteral("provider"), w.providerName},
                          {QStringLiteral("since"), JsonFormat::dateString(w.since)},
                          {QStringLiteral("due"), JsonFormat::dateString(w.due)}};
            if (w.amendment)
                o.insert(QStringLiteral("amendment"), w.amendment);
            a.append(o);
        }
        m_out << jsonText(a) << Qt::flush;
        return Success;
    }
    if (items->isEmpty()) {
        m_out << tr("Nothing is due on %1.").arg(dates::display(day)) << Qt::endl;
        return Success;
    }
    for (qsizetype i = 0; i < items->size();) {
        const WorkItem::Kind kind = items->at(i).kind;
        qsizetype j = i;
        while (j < items->size() && items->at(j).kind == kind)
            ++j;
        m_out << Workflow::display(kind) << " (" << (j - i) << ")\n";
        for (; i < j; ++i) {
            const WorkItem &w = items->at(i);
            const QString what =
                w.amendment ? Amendments::label(w.reference, w.amendment) : w.reference;
            m_out << "  " << pad(what, w.amendment ? 29 : 17) << pad(w.providerName, 44)
                  << dates::display(w.due) << "\n";
        }
    }
    m_out << Qt::flush;
    return Success;
}

int Cli::settingsReminder(const QStringList &args)
{
    CommandParser p(tr("Show, or set, how many days after the mailing a convention not returned "
                       "needs a reminder."),
                    tr("[days]"));
    addGlobal(p.parser());
    if (const int code = p.parse(args, m_out, m_err, 0, 1); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    if (!p->positionalArguments().isEmpty()) {
        const QString v = p->positionalArguments().constFirst();
        bool ok = false;
        const int days = v.toInt(&ok);
        if (!ok) {
            return fail(FieldError{tr("reminder delay"), v,
                                   tr("\"%1\" is not a whole number, 0 or more.").arg(v)}
                            .toString(),
                        Usage);
        }
        if (Status s = m_storage->setReminderDelayDays(days); !s)
            return fail(s.errorString());
    }
    m_out << tr("A reminder is due %1 days after the mailing.").arg(m_storage->reminderDelayDays())
          << Qt::endl;
    return Success;
}

int Cli::dbCopy(const QStringList &args)
{
    CommandParser p(tr("Copy a whole database into a new one, SQLite or PostgreSQL, then "
                       "compare them row for row: to move a workstation to the office's server, "
                       "or back."));
    addGlobal(p.parser());
    const QString where = tr("sqlite:FILE, pg:\"host=… dbname=… user=…\" or a file");
    p->addOption(
        {QStringLiteral("from"), tr("The database to copy: %1.").arg(where), tr("database")});
    p->addOption({QStringLiteral("to"), tr("The new database: %1.").arg(where), tr("database")});
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    for (const char *option : {"from", "to"}) {
        if (p->value(QLatin1String(option)).isEmpty()) {
            return fail(tr("--%1 is required.").arg(QLatin1String(option)), Usage);
        }
    }
    auto from = SqlStorage::openLocation(p->value(QStringLiteral("from")));
    if (!from)
        return fail(from.errorString());
    auto to = SqlStorage::openLocation(p->value(QStringLiteral("to")));
    if (!to)
        return fail(to.errorString());
    const auto copied = DatabaseCopy::copy(**from, **to);
    if (!copied)
        return fail(copied.errorString());
    const auto checked = DatabaseCopy::verify(**from, **to);
    if (!checked)
        return fail(tr("The copy differs from the original: %1").arg(checked.errorString()));
    int rows = 0;
    for (const DatabaseCopy::Table &t : *checked) {
        m_out << "  " << t.name.leftJustified(24) << t.rows << "\n";
        rows += t.rows;
    }
    m_out << tr("%n row(s) copied into %1 and compared one by one: identical.", nullptr, rows)
                 .arg((*to)->location())
          << Qt::endl;
    return Success;
}

int Cli::demo(const QStringList &args)
{
    CommandParser p(tr("Fill an empty database with realistic demo data."));
    addGlobal(p.parser());
    p->addOption({QStringLiteral("scale"),
                  tr("small (one Caf, 60 conventions) or national (101 Caf, 30 000 "
                     "conventions)."),
                  tr("scale"), QStringLiteral("small")});
    p->addOption({QStringLiteral("seed"), tr("The seed of the random draws."), tr("n"),
                  QStringLiteral("2026")});
    p->addOption({QStringLiteral("date"),
                  tr("The day the dates are drawn around (default: today)."), tr("date")});
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    const QString scaleText = p->value(QStringLiteral("scale"));
    if (scaleText != u"small" && scaleText != u"national") {
        return fail(FieldError{QStringLiteral("--scale"), scaleText,
                               tr("\"%1\" is neither small nor national.").arg(scaleText)}
                        .toString(),
                    Usage);
    }
    bool okSeed = false;
    const quint32 seed = p->value(QStringLiteral("seed")).toUInt(&okSeed);
    if (!okSeed) {
        return fail(FieldError{QStringLiteral("--seed"), p->value(QStringLiteral("seed")),
                               tr("\"%1\" is not a whole number, 0 or more.")
                                   .arg(p->value(QStringLiteral("seed")))}
                        .toString(),
                    Usage);
    }
    QDate today = QDate::currentDate();
    if (!readDate(p.parser(), &today))
        return Usage;
    if (!openStorage())
        return Failure;
    QElapsedTimer timer;
    timer.start();
    const Expected<DemoCounts> counts = DemoGenerator::generate(
        *m_storage,
        scaleText == u"national" ? DemoGenerator::Scale::National : DemoGenerator::Scale::Small,
        today, seed);
    if (!counts)
        return fail(counts.errorString());
    m_out << tr("Demo data written in %1 s: %2 Caf, %3 providers, %4 conventions, %5 "
                "establishments, %6 persons.")
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
                 .arg(counts->cafs)
                 .arg(counts->providers)
                 .arg(counts->conventions)
                 .arg(counts->establishments)
                 .arg(counts->persons)
          << Qt::endl;
    return Success;
}

namespace {

void addExportOptions(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("format"),
                 Cli::tr("csv, xlsx or pdf; by default the extension of --out says."),
                 Cli::tr("format")});
    p.addOption({QStringLiteral("out"), Cli::tr("The file to write."), Cli::tr("file")});
    p.addOption({QStringLiteral("date"), Cli::tr("The day (default: today)."), Cli::tr("date")});
}

/// The format named by --format, else by the extension of --out.
Expected<ExportFormat> exportFormat(const QCommandLineParser &p)
{
    const QString codes = HabilitationExport::formatCodes().join(QStringLiteral(", "));
    if (p.isSet(QStringLiteral("format"))) {
        const QString v = p.value(QStringLiteral("format"));
        if (const auto f = HabilitationExport::formatFromCode(v))
            return *f;
        return Error{FieldError{QStringLiteral("--format"), v,
                                Cli::tr("\"%1\" is not an export format (%2).").arg(v, codes)}
                         .toString()};
    }
    const QString out = p.value(QStringLiteral("out"));
    if (const auto f = HabilitationExport::formatFromPath(out))
        return *f;
    return Error{FieldError{
        QStringLiteral("--out"), out,
        Cli::tr("the extension of \"%1\" says no format (%2): add --format.").arg(out, codes)}
                     .toString()};
}

} // namespace

int Cli::exportAnnex(const QStringList &args)
{
    CommandParser p(tr("Export the Annex 1 of a convention: its persons and establishments with "
                       "their scope, a line per person and establishment. The annex in force on "
                       "the day; before the signature, the one to be signed."),
                    QStringLiteral("REF"), tr("The convention's reference."));
    addGlobal(p.parser());
    addExportOptions(p.parser());
    if (const int code = p.parse(args, m_out, m_err, 1, 1); code >= 0)
        return code;
    if (!p->isSet(QStringLiteral("out")))
        return fail(tr("--out is required: the file to write."), Usage);
    const Expected<ExportFormat> format = exportFormat(p.parser());
    if (!format)
        return fail(format.errorString(), Usage);
    QDate day = QDate::currentDate();
    if (!readDate(p.parser(), &day))
        return Usage;
    if (!openStorage())
        return Failure;
    const Expected<HabilitationList> list =
        HabilitationExport::annex(*m_storage, p->positionalArguments().constFirst(), day);
    if (!list)
        return fail(list.errorString());
    const QString out = p->value(QStringLiteral("out"));
    if (Status s = HabilitationExport::write(*list, *format, out); !s)
        return fail(s.errorString());
    m_out << tr("%Ln line(s) written to %1.", nullptr, int(list->rows.size())).arg(out) << Qt::endl;
    return Success;
}

int Cli::exportHabilitations(const QStringList &args)
{
    CommandParser p(tr("Export the habilitations in force on a day, a line per person and "
                       "establishment with the scopes. Text filters ignore case and accents."));
    addGlobal(p.parser());
    addExportOptions(p.parser());
    p->addOption({QStringLiteral("caf"), tr("Only this Caf (département)."), tr("département")});
    p->addOption({QStringLiteral("town"), tr("The establishment's town."), tr("text")});
    p->addOption({QStringLiteral("type"), tr("Only this establishment type (see: types list)."),
                  tr("code")});
    p->addOption({QStringLiteral("provider"), tr("Part of the provider's name."), tr("text")});
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    if (!p->isSet(QStringLiteral("out")))
        return fail(tr("--out is required: the file to write."), Usage);
    const Expected<ExportFormat> format = exportFormat(p.parser());
    if (!format)
        return fail(format.errorString(), Usage);
    HabilitationFilter filter;
    filter.date = QDate::currentDate();
    if (!readDate(p.parser(), &filter.date))
        return Usage;
    if (!openStorage())
        return Failure;
    filter.type = p->value(QStringLiteral("type")).trimmed();
    if (!filter.type.isEmpty()) {
        const Expected<QList<EstablishmentType>> types = m_storage->establishmentTypes();
        if (!types)
            return fail(types.errorString());
        QStringList codes;
        for (const EstablishmentType &t : *types)
            codes << t.code;
        if (!codes.contains(filter.type.toUpper())) {
            return fail(FieldError{QStringLiteral("--type"), filter.type,
                                   tr("\"%1\" is not an establishment type (%2).")
                                       .arg(filter.type, codes.join(QStringLiteral(", ")))}
                            .toString(),
                        Usage);
        }
    }
    filter.cafDepartement = p->value(QStringLiteral("caf")).trimmed();
    if (!filter.cafDepartement.isEmpty() && !m_storage->caf(filter.cafDepartement.toUpper())) {
        return fail(FieldError{QStringLiteral("--caf"), filter.cafDepartement,
                               tr("no Caf profile has the département \"%1\" (see: caf list).")
                                   .arg(filter.cafDepartement)}
                        .toString(),
                    Usage);
    }
    filter.town = p->value(QStringLiteral("town"));
    filter.provider = p->value(QStringLiteral("provider"));
    const Expected<HabilitationList> list = HabilitationExport::habilitations(*m_storage, filter);
    if (!list)
        return fail(list.errorString());
    const QString out = p->value(QStringLiteral("out"));
    if (Status s = HabilitationExport::write(*list, *format, out); !s)
        return fail(s.errorString());
    m_out << tr("%Ln line(s) written to %1.", nullptr, int(list->rows.size())).arg(out) << Qt::endl;
    return Success;
}

// ---- Credentials (art. 3-2)

namespace {

QCommandLineOption draftsOption()
{
    return {QStringLiteral("drafts"),
            Cli::tr("Write the notices as .eml drafts in this folder, to send from the mail "
                    "client (default: the SMTP relay when one is set, else the folder "
                    "Habilis/brouillons of the documents)."),
            Cli::tr("folder")};
}

QString personName(const Person &p)
{
    return QStringList{p.firstName, p.lastName}
        .filter(QRegularExpression(QStringLiteral("\\S")))
        .join(u' ');
}

} // namespace

std::unique_ptr<MailTransport> Cli::transport(const QCommandLineParser &parser,
                                              const NoticeSettings &settings)
{
    const QString drafts = parser.value(QStringLiteral("drafts"));
    // The relay's password is never stored: it comes from the environment.
    const QString password = qEnvironmentVariable("HABILIS_SMTP_PASSWORD");
    if (drafts.isEmpty() && settings.needsPassword() && password.isEmpty()) {
        fail(tr("The SMTP relay %1 needs the password of %2: put it in the environment variable "
                "HABILIS_SMTP_PASSWORD, or write drafts with --drafts.")
                 .arg(settings.smtp.host, settings.smtp.user));
        return nullptr;
    }
    return settings.transport(drafts, password);
}

int Cli::report(const QString &reference, const QList<NoticeResult> &results)
{
    int failed = 0;
    for (const NoticeResult &r : results) {
        const QString who = tr("%1 <%2>, identifier %3, %4")
                                .arg(personName(r.issuance.person), r.issuance.person.email,
                                     r.issuance.identifier, Credentials::display(r.issuance.kind));
        if (r.notified) {
            m_out << who << "\n";
            for (const QString &where : r.deliveredTo)
                m_out << "    " << tr("delivered: %1").arg(where) << "\n";
        } else {
            ++failed;
            m_err << who << "\n    " << tr("NOT NOTIFIED: %1").arg(r.error) << "\n";
        }
    }
    m_out << tr("%1: %n person(s) notified.", nullptr, int(results.size()) - failed).arg(reference)
          << Qt::endl;
    if (failed > 0) {
        return fail(tr("%n notice(s) not sent. Their passwords were not kept: \"credentials "
                       "notify %1\" draws new ones and sends them.",
                       nullptr, failed)
                        .arg(reference));
    }
    return Success;
}

int Cli::notices(const QCommandLineParser &parser, const QString &reference,
                 const std::function<Expected<QList<NoticeResult>>(CredentialService &)> &action)
{
    if (!openStorage())
        return Failure;
    const NoticeSettings settings = NoticeSettings::load(*m_storage);
    const std::unique_ptr<MailTransport> sender = transport(parser, settings);
    if (!sender)
        return Failure;
    CredentialService service(*m_storage, *sender, settings);
    const Expected<QList<NoticeResult>> results = action(service);
    if (!results)
        return fail(results.errorString());
    return report(reference.trimmed().toUpper(), *results);
}

int Cli::activate(const QStringList &args)
{
    CommandParser p(tr("Activate the habilitation of a convention in force (art. 3-2): record the "
                       "activation when not done yet, then give every person of the annex an "
                       "identifier and a random password to change at first login, by email "
                       "through the SMTP relay or as .eml drafts. The passwords are never kept "
                       "nor shown."),
                    tr("reference"));
    addGlobal(p.parser());
    p->addOption(
        {QStringLiteral("date"), tr("The day of the activation (default: today)."), tr("date")});
    p->addOption(draftsOption());
    if (const int code = p.parse(args, m_out, m_err, 1, 1); code >= 0)
        return code;
    QDate date = QDate::currentDate();
    if (!readDate(p.parser(), &date))
        return Usage;
    const QString reference = p->positionalArguments().constFirst();
    return notices(p.parser(), reference, [&](CredentialService &service) {
        return service.activate(reference, date, QDate::currentDate());
    });
}

int Cli::credentialsReset(const QStringList &args)
{
    CommandParser p(tr("A new random password for a person of the annex in force who lost "
                       "theirs, to change at first login, sent by email or written as a draft."),
                    tr("reference email"));
    addGlobal(p.parser());
    p->addOption(draftsOption());
    if (const int code = p.parse(args, m_out, m_err, 2, 2); code >= 0)
        return code;
    const QString reference = p->positionalArguments().at(0);
    const QString email = p->positionalArguments().at(1);
    return notices(p.parser(), reference, [&](CredentialService &service) {
        return service.reset(reference, email, QDate::currentDate());
    });
}

int Cli::credentialsNotify(const QStringList &args)
{
    CommandParser p(tr("Send a password to every person of the annex in force who has not "
                       "received one: persons added by an amendment, and notices that could "
                       "not be sent. A password is never kept, so a notice that failed gets a "
                       "new password."),
                    tr("reference"));
    addGlobal(p.parser());
    p->addOption(draftsOption());
    if (const int code = p.parse(args, m_out, m_err, 1, 1); code >= 0)
        return code;
    const QString reference = p->positionalArguments().constFirst();
    return notices(p.parser(), reference, [&](CredentialService &service) {
        return service.notifyPending(reference, QDate::currentDate());
    });
}

int Cli::credentialsList(const QStringList &args)
{
    CommandParser p(tr("The passwords issued for a convention: to whom, when, by whom, why, and "
                       "whether the person was told. The passwords themselves are never kept."),
                    tr("reference"));
    addGlobal(p.parser());
    p->addOption(jsonOption());
    if (const int code = p.parse(args, m_out, m_err, 1, 1); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    const QString reference = p->positionalArguments().constFirst();
    if (const Expected<ConventionDetail> d = m_storage->convention(reference); !d)
        return fail(d.errorString());
    const Expected<QList<CredentialIssuance>> list = m_storage->credentials(reference);
    if (!list)
        return fail(list.errorString());
    const auto utc = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
    };
    if (p->isSet(kJson)) {
        QJsonArray a;
        for (const CredentialIssuance &i : *list) {
            a.append(QJsonObject{{QStringLiteral("email"), i.person.email},
                                 {QStringLiteral("lastName"), i.person.lastName},
                                 {QStringLiteral("firstName"), i.person.firstName},
                                 {QStringLiteral("identifier"), i.identifier},
                                 {QStringLiteral("kind"), Credentials::code(i.kind)},
                                 {QStringLiteral("issuedAt"), utc(i.issuedAt)},
                                 {QStringLiteral("issuedBy"), i.issuedBy},
                                 {QStringLiteral("mustChange"), i.mustChange},
                                 {QStringLiteral("notifiedAt"), utc(i.notifiedAt)},
                                 {QStringLiteral("channel"), i.channel},
                                 {QStringLiteral("superseded"), i.superseded}});
        }
        m_out << jsonText(a) << Qt::flush;
        return Success;
    }
    for (const CredentialIssuance &i : *list) {
        QString state;
        if (i.notifiedAt.isValid()) {
            state = i.channel == u"smtp" ? tr("email sent on %1")
                                               .arg(i.notifiedAt.toLocalTime().toString(
                                                   QStringLiteral("dd/MM/yyyy HH:mm")))
                                         : tr("draft written on %1")
                                               .arg(i.notifiedAt.toLocalTime().toString(
                                                   QStringLiteral("dd/MM/yyyy HH:mm")));
        } else if (i.superseded) {
            state = tr("not sent, replaced by a newer password");
        } else {
            state = tr("not sent");
        }
        m_out << i.issuedAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) << "  "
              << pad(i.identifier, 22) << pad(personName(i.person), 26)
              << pad(Credentials::display(i.kind), 24) << tr("by %1").arg(i.issuedBy) << ", "
              << (i.mustChange ? tr("to change at first login") + QStringLiteral(", ") : QString())
              << state << "\n";
    }
    if (list->isEmpty())
        m_out << tr("No password was issued for %1.").arg(reference.trimmed().toUpper()) << "\n";
    m_out << Qt::flush;
    return Success;
}

int Cli::habilitationsExport(const QStringList &args)
{
    CommandParser p(tr("The habilitations in force on a day, for the national system: one line "
                       "per person and establishment, with the identifier, the provider and the "
                       "scope. CSV for spreadsheets (UTF-8, ';')."));
    addGlobal(p.parser());
    p->addOption({QStringLiteral("date"), tr("The day (default: today)."), tr("date")});
    p->addOption({QStringLiteral("out"), tr("The CSV file to write (default: standard output)."),
                  tr("file")});
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    QDate day = QDate::currentDate();
    if (!readDate(p.parser(), &day))
        return Usage;
    if (!openStorage())
        return Failure;
    const Expected<QList<Habilitation>> list = m_storage->habilitations(day);
    if (!list)
        return fail(list.errorString());
    QList<QStringList> rows{{tr("identifier"), tr("civility"), tr("last name"), tr("first name"),
                             tr("email"), tr("convention"), tr("Caf"), tr("provider"), tr("SIRET"),
                             tr("establishment type"), tr("establishment"), tr("postcode"),
                             tr("town"), tr("monenfant.fr identifier"), tr("functioning"),
                             tr("availability"), tr("habilitated since")}};
    const QString yes = tr("yes");
    const QString no = tr("no");
    for (const Habilitation &h : *list) {
        const Establishment &e = h.establishment.establishment;
        rows << QStringList{h.identifier,
                            Labels::shortDisplay(h.person.civility),
                            h.person.lastName,
                            h.person.firstName,
                            h.person.email,
                            h.reference,
                            h.cafDepartement,
                            h.providerName,
                            h.providerSiret,
                            e.type,
                            e.name,
                            e.postcode,
                            e.town,
                            e.monEnfantId,
                            h.establishment.scope.functioning ? yes : no,
                            h.establishment.scope.availability ? yes : no,
                            dates::display(h.from)};
    }
    const QByteArray csv = Csv::write(rows);
    if (!p->isSet(QStringLiteral("out"))) {
        m_out.flush();
        std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
        std::fflush(stdout);
        return Success;
    }
    const QString path = p->value(QStringLiteral("out"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size() || !f.commit())
        return fail(tr("The file \"%1\" cannot be written: %2").arg(path, f.errorString()));
    m_out << tr("%1: %n habilitation(s) in force on %2.", nullptr, int(list->size()))
                 .arg(path, dates::display(day))
          << Qt::endl;
    return Success;
}

int Cli::settingsPasswordLength(const QStringList &args)
{
    CommandParser p(tr("Show, or set, the length of the initial passwords: 8 characters as the "
                       "convention says by default, 8 to 64. The CNIL's 2022 recommendation on "
                       "passwords asks for more entropy than 8 alphanumeric characters give: "
                       "choose 12 or more."),
                    tr("[length]"));
    addGlobal(p.parser());
    if (const int code = p.parse(args, m_out, m_err, 0, 1); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    if (!p->positionalArguments().isEmpty()) {
        if (Status s = NoticeSettings::save(*m_storage, NoticeSettings::kPasswordLength,
                                            p->positionalArguments().constFirst());
            !s)
            return fail(s.errorString());
    }
    m_out << tr("The initial passwords have %1 characters.")
                 .arg(NoticeSettings::load(*m_storage).passwordLength)
          << Qt::endl;
    return Success;
}

int Cli::settingsTwoEmails(const QStringList &args)
{
    CommandParser p(tr("Show, or set (on or off), whether the identifier and the password go in "
                       "two separate emails."),
                    tr("[on|off]"));
    addGlobal(p.parser());
    if (const int code = p.parse(args, m_out, m_err, 0, 1); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    if (!p->positionalArguments().isEmpty()) {
        if (Status s = NoticeSettings::save(*m_storage, NoticeSettings::kTwoEmails,
                                            p->positionalArguments().constFirst());
            !s)
            return fail(s.errorString());
    }
    m_out << (NoticeSettings::load(*m_storage).twoEmails
                  ? tr("The identifier and the password go in two separate emails.")
                  : tr("The identifier and the password go in one email."))
          << Qt::endl;
    return Success;
}

int Cli::settingsSmtp(const QStringList &args)
{
    CommandParser p(tr("Show, or set, the Caf's SMTP relay that sends the notices. Without a "
                       "host, the notices are written as .eml drafts. The relay's password is "
                       "never stored: give it in the environment variable "
                       "HABILIS_SMTP_PASSWORD."));
    addGlobal(p.parser());
    p->addOption(
        {QStringLiteral("host"), tr("The relay's host name; empty: no relay."), tr("host")});
    p->addOption({QStringLiteral("port"),
                  tr("The port (default: 587 with starttls, 465 with tls, 25 with none)."),
                  tr("port")});
    p->addOption({QStringLiteral("security"), tr("none, starttls or tls."), tr("security")});
    p->addOption({QStringLiteral("user"), tr("The login on the relay; empty: none."), tr("user")});
    p->addOption({QStringLiteral("sender"),
                  tr("The sender address of the notices (default: the Caf's email)."),
                  tr("address")});
    if (const int code = p.parse(args, m_out, m_err, 0, 0); code >= 0)
        return code;
    if (!openStorage())
        return Failure;
    const QList<QPair<QString, QString>> options{
        {QStringLiteral("host"), NoticeSettings::kSmtpHost},
        {QStringLiteral("port"), NoticeSettings::kSmtpPort},
        {QStringLiteral("security"), NoticeSettings::kSmtpSecurity},
        {QStringLiteral("user"), NoticeSettings::kSmtpUser},
        {QStringLiteral("sender"), NoticeSettings::kSender}};
    // Every value is checked before any is written.
    for (const auto &[option, key] : options) {
        if (p->isSet(option)) {
            if (const Expected<QString> v = NoticeSettings::checked(key, p->value(option)); !v)
                return fail(v.errorString());
        }
    }
    for (const auto &[option, key] : options) {
        if (p->isSet(option)) {
            if (Status s = NoticeSettings::save(*m_storage, key, p->value(option)); !s)
                return fail(s.errorString());
        }
    }
    const NoticeSettings s = NoticeSettings::load(*m_storage);
    if (s.smtp.host.isEmpty()) {
        m_out << tr("No SMTP relay: the notices are written as .eml drafts.") << "\n";
    } else {
        m_out << tr("SMTP relay: %1:%2, %3.")
                     .arg(s.smtp.host)
                     .arg(s.smtp.effectivePort())
                     .arg(SmtpSettings::code(s.smtp.security))
              << "\n";
        m_out << (s.smtp.user.isEmpty()
                      ? tr("No login.")
                      : tr("Login: %1 (password from HABILIS_SMTP_PASSWORD).").arg(s.smtp.user))
              << "\n";
    }
    m_out << tr("Sender: %1.").arg(s.sender.isEmpty() ? tr("the Caf's email") : s.sender)
          << Qt::endl;
    return Success;
}

} // namespace habilis

#pragma once

#include "cli.h"

#include <QCommandLineParser>
#include <QTextStream>

// The parser every command of habilis-cli uses, shared by the files of the commands.
namespace habilis::cli {

inline const QString kDb = QStringLiteral("db");
inline const QString kLang = QStringLiteral("lang");
inline const QString kPg = QStringLiteral("pg");
inline const QString kJson = QStringLiteral("json");

/// The parser of one command, with --help and the command's own usage line.
class CommandParser {
public:
    CommandParser(const QString &description, const QString &positional = {},
                  const QString &positionalHelp = {})
        : m_help(m_parser.addHelpOption())
    {
        m_parser.setApplicationDescription(description);
        m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        if (!positional.isEmpty())
            m_parser.addPositionalArgument(positional, positionalHelp);
    }
    QCommandLineParser *operator->() { return &m_parser; }
    QCommandLineParser &parser() { return m_parser; }

    /// -1 to go on, else the exit code.
    int parse(const QStringList &args, QTextStream &out, QTextStream &err, int minPositional,
              int maxPositional)
    {
        const QString name = args.value(0);
        if (!m_parser.parse(args)) {
            err << Cli::tr("%1: error: %2").arg(name, m_parser.errorText()) << "\n"
                << Cli::tr("See: %1 --help").arg(name) << Qt::endl;
            return Cli::Usage;
        }
        if (m_parser.isSet(m_help)) {
            QString text = m_parser.helpText();
            // Qt writes the program's path; write the command instead.
            const qsizetype eol = text.indexOf(u'\n');
            QString first = text.left(eol);
            const qsizetype colon = first.indexOf(u':');
            first = first.left(colon + 1) + u' ' + name + first.mid(first.indexOf(u' ', colon + 2));
            out << first << text.mid(eol) << Qt::flush;
            return Cli::Success;
        }
        const qsizetype n = m_parser.positionalArguments().size();
        if (n < minPositional || n > maxPositional) {
            err << Cli::tr("%1: error: %2").arg(name, Cli::tr("wrong number of arguments.")) << "\n"
                << Cli::tr("See: %1 --help").arg(name) << Qt::endl;
            return Cli::Usage;
        }
        return -1;
    }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
};

inline void addGlobal(QCommandLineParser &p)
{
    p.addOption({kDb, Cli::tr("The database file."), Cli::tr("file")});
    p.addOption({kPg,
                 Cli::tr("A shared PostgreSQL database instead of the file: a libpq connection "
                         "string such as \"host=… dbname=… user=…\"; the password comes from "
                         "PGPASSWORD, ~/.pgpass or a service file."),
                 Cli::tr("connection")});
    p.addOption({kLang, Cli::tr("The language of messages: fr or en."), Cli::tr("language")});
}

inline QCommandLineOption jsonOption()
{
    return {kJson, Cli::tr("Write JSON instead of text.")};
}

} // namespace habilis::cli

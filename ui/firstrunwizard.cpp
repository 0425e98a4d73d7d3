#include "firstrunwizard.h"

#include "documents/postal.h"
#include "domain/labels.h"
#include "serverform.h"
#include "settingsdialog.h"
#include "storage/sqlstorage.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QWizardPage>

namespace habilis {

namespace {

QLabel *textLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *label = textLabel(QString(), QStringLiteral("errorLabel"), parent);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setAccessibleName(FirstRunWizard::tr("What is still missing"));
    return label;
}

/// The first folder of `path`'s parents that exists: where the database's folder would be
/// created.
QFileInfo nearestExistingFolder(const QString &path)
{
    QString folder = QFileInfo(path).absolutePath();
    while (!QFileInfo::exists(folder)) {
        const QString parent = QFileInfo(folder).path();
        if (parent == folder)
            break;
        folder = parent;
    }
    return QFileInfo(folder);
}

} // namespace

QString databaseFileProblem(const QString &file)
{
    if (file.isEmpty())
        return FirstRunWizard::tr("Give the file of the database.");
    const QFileInfo info(file);
    const QString shown = QDir::toNativeSeparators(file);
    if (info.isDir())
        return FirstRunWizard::tr("\"%1\" is a folder: give a file name in it.").arg(shown);
    if (info.exists()) {
        if (!info.isReadable() || !info.isWritable())
            return FirstRunWizard::tr("\"%1\" cannot be read and written.").arg(shown);
        // Only the header is read: a file that is not SQLite is never touched.
        QFile f(file);
        if (info.size() > 0 &&
            (!f.open(QIODevice::ReadOnly) || !f.read(16).startsWith("SQLite format 3")))
            return FirstRunWizard::tr("\"%1\" is not an SQLite database.").arg(shown);
        return {};
    }
    const QFileInfo folder = nearestExistingFolder(file);
    if (!folder.isDir() || !folder.isWritable()) {
        return FirstRunWizard::tr("The folder \"%1\" cannot be written.")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    return {};
}

namespace {

class WelcomeWizardPage : public QWizardPage {
public:
    explicit WelcomeWizardPage(QWidget *parent)
        : QWizardPage(parent)
    {
        setObjectName(QStringLiteral("welcomePage"));
        setTitle(FirstRunWizard::tr("Welcome to Habilis"));
        auto *layout = new QVBoxLayout(this);
        layout->setSpacing(12);
        layout->addWidget(textLabel(
            FirstRunWizard::tr(
                "Habilis follows your Caf's conventions d'habilitation informatique "
                "« Structures », from the request to the termination: the documents to print "
                "and mail, the signatures, the tacit renewals and the notices. It gives the "
                "persons named in the annex their identifiers and passwords for monenfant.fr, "
                "and keeps a journal of every change."),
            QStringLiteral("welcomeLabel"), this));
        layout->addWidget(textLabel(FirstRunWizard::tr("Before starting, choose where the data "
                                                       "is kept and give the profile of your "
                                                       "Caf."),
                                    QStringLiteral("welcomeNextLabel"), this));
        layout->addStretch(1);
    }
};

class DatabaseWizardPage : public QWizardPage {
public:
    DatabaseWizardPage(const QString &path, QWidget *parent)
        : QWizardPage(parent)
        , m_useFile(
              new QRadioButton(FirstRunWizard::tr("A &file on this workstation (SQLite)"), this))
        , m_useServer(new QRadioButton(
              FirstRunWizard::tr("The office's &shared server (PostgreSQL)"), this))
        , m_path(new QLineEdit(QDir::toNativeSeparators(path), this))
        , m_server(new ServerForm(this))
        , m_status(textLabel(QString(), QStringLiteral("databaseStatusLabel"), this))
    {
        setObjectName(QStringLiteral("databasePage"));
        setTitle(FirstRunWizard::tr("The database"));
        setSubTitle(FirstRunWizard::tr("Habilis keeps all its data in one SQLite file, or on the "
                                       "PostgreSQL server the officers of an office share."));
        m_useFile->setObjectName(QStringLiteral("useFileRadioButton"));
        m_useServer->setObjectName(QStringLiteral("useServerRadioButton"));
        m_useFile->setChecked(true);
        m_path->setObjectName(QStringLiteral("databasePathLineEdit"));
        m_path->setAccessibleName(FirstRunWizard::tr("Database file"));
        m_server->setObjectName(QStringLiteral("serverForm"));
        auto *choose = new QPushButton(FirstRunWizard::tr("&Choose another file…"), this);
        choose->setObjectName(QStringLiteral("chooseDatabaseButton"));
        QObject::connect(choose, &QPushButton::clicked, this, [this] { chooseFile(); });
        const auto changed = [this, choose] {
            m_cafs.clear(); // known again once the database is opened
            m_path->setEnabled(m_useFile->isChecked());
            choose->setEnabled(m_useFile->isChecked());
            m_server->setEnabled(m_useServer->isChecked());
            refresh();
            emit completeChanged();
        };
        QObject::connect(m_path, &QLineEdit::textChanged, this, changed);
        QObject::connect(m_server, &ServerForm::changed, this, changed);
        QObject::connect(m_useServer, &QRadioButton::toggled, this, changed);
        QObject::connect(m_useServer, &QRadioButton::clicked, m_server,
                         [this] { m_server->setFocus(); });

        auto *label = new QLabel(FirstRunWizard::tr("&File:"), this);
        label->setBuddy(m_path);
        auto *row = new QHBoxLayout;
        row->setContentsMargins(24, 0, 0, 0);
        row->addWidget(label);
        row->addWidget(m_path, 1);
        row->addWidget(choose);
        auto *serverRow = new QHBoxLayout;
        serverRow->setContentsMargins(24, 0, 0, 0);
        serverRow->addWidget(m_server);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_useFile);
        layout->addLayout(row);
        layout->addWidget(textLabel(
            FirstRunWizard::tr("Choose a folder on this computer's disk that is backed up. SQLite "
                               "is for one workstation: the file must not be on a network "
                               "drive, nor shared between officers."),
            QStringLiteral("databaseNoteLabel"), this));
        layout->addSpacing(8);
        layout->addWidget(m_useServer);
        layout->addLayout(serverRow);
        layout->addWidget(textLabel(
            FirstRunWizard::tr("The password is never saved by Habilis: libpq reads it from "
                               "PGPASSWORD, ~/.pgpass or a service file, or Habilis asks for it "
                               "at each start."),
            QStringLiteral("serverNoteLabel"), this));
        layout->addWidget(m_status);
        layout->addStretch(1);
        m_server->setEnabled(false);
        refresh();
    }

    /// The server's connection string when the officer chose one; empty for a file.
    QString server() const { return m_useServer->isChecked() ? m_server->connection() : QString(); }
    /// The password typed to reach the server, for this run only.
    QString serverPassword() const { return m_password; }

    QString path() const
    {
        const QString text = m_path->text().trimmed();
        return text.isEmpty() ? QString()
                              : QDir::cleanPath(
                                    QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath());
    }

    /// Why this file or server cannot hold the database; empty when it can.
    QString problem() const
    {
        if (m_useServer->isChecked())
            return joinErrors(m_server->errors());
        return databaseFileProblem(path());
    }

    bool isComplete() const override { return problem().isEmpty(); }

    bool validatePage() override
    {
        refresh();
        m_cafs.clear();
        if (!problem().isEmpty())
            return false;
        if (m_useServer->isChecked())
            return openServer();
        const QString file = path();
        if (!QFileInfo::exists(file))
            return true; // created when the wizard is finished, not before
        // An existing file is opened now: one that Habilis cannot use (written by a newer
        // Habilis, damaged) is said here, before the Caf is typed, and its profiles are known.
        auto opened = SqlStorage::open(file);
        if (!opened) {
            showProblem(opened.errorString());
            return false;
        }
        const Expected<QList<CafProfile>> cafs = (*opened)->cafs();
        if (!cafs) {
            showProblem(FirstRunWizard::tr("The database \"%1\" cannot be read: %2")
                            .arg(QDir::toNativeSeparators(file), cafs.errorString()));
            return false;
        }
        m_cafs = *cafs;
        return true;
    }

    /// A file that has its Caf profiles keeps them: no Caf to type.
    int nextId() const override
    {
        return m_cafs.isEmpty() ? FirstRunWizard::CafPage : FirstRunWizard::SummaryPage;
    }

    /// The Caf profiles of the chosen file, once the page is validated.
    const QList<CafProfile> &cafs() const { return m_cafs; }

private:
    /// The server is reached now: an unknown host or a refused user is said here, and its Caf
    /// profiles are known.
    bool openServer()
    {
        m_password.clear();
        const QString connection = m_server->connection();
        auto opened = connectToServer(this, connection, &m_password);
        if (!opened) {
            showProblem(opened.errorString());
            return false;
        }
        if (!*opened)
            return false; // the password was not given
        const Expected<QList<CafProfile>> cafs = (*opened)->cafs();
        if (!cafs) {
            showProblem(cafs.errorString());
            return false;
        }
        m_cafs = *cafs;
        return true;
    }

    void showProblem(const QString &text)
    {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(text);
    }

    void refresh()
    {
        const QString why = problem();
        if (!why.isEmpty()) {
            showProblem(why);
            return;
        }
        m_status->setStyleSheet(QString());
        if (m_useServer->isChecked()) {
            m_status->setText(FirstRunWizard::tr("Habilis connects to the server when you go "
                                                 "on."));
            return;
        }
        m_status->setText(QFileInfo::exists(path())
                              ? FirstRunWizard::tr("This file exists: Habilis opens it.")
                              : FirstRunWizard::tr("This file does not exist yet: Habilis "
                                                   "creates it when you finish."));
    }

    void chooseFile()
    {
        const QString file = QFileDialog::getSaveFileName(
            this, FirstRunWizard::tr("Database file"), path(),
            FirstRunWizard::tr("Habilis database (*.sqlite);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_path->setText(QDir::toNativeSeparators(file));
    }

    QRadioButton *m_useFile;
    QRadioButton *m_useServer;
    QLineEdit *m_path;
    ServerForm *m_server;
    QLabel *m_status;
    QList<CafProfile> m_cafs;
    QString m_password;
};

class CafWizardPage : public QWizardPage {
public:
    CafWizardPage(CafForm *form, QWidget *parent)
        : QWizardPage(parent)
        , m_form(form)
        , m_errors(errorLabel(this))
    {
        setObjectName(QStringLiteral("cafPage"));
        setTitle(FirstRunWizard::tr("Your Caf"));
        setSubTitle(FirstRunWizard::tr("It signs the conventions and heads the letters. You can "
                                       "change it later in File > Settings."));
        form->setParent(this);
        QObject::connect(form, &CafForm::changed, this, [this] {
            refresh();
            emit completeChanged();
        });
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(form);
        layout->addWidget(m_errors);
        layout->addStretch(1);
        refresh();
    }

    bool isComplete() const override { return m_form->errors().isEmpty(); }

    bool validatePage() override
    {
        refresh();
        return m_form->errors().isEmpty();
    }

private:
    void refresh()
    {
        const QString text = describeErrors(m_form->errors());
        m_errors->setText(text);
        m_errors->setVisible(!text.isEmpty());
    }

    CafForm *m_form;
    QLabel *m_errors;
};

class SummaryWizardPage : public QWizardPage {
public:
    explicit SummaryWizardPage(QWidget *parent)
        : QWizardPage(parent)
        , m_summary(textLabel(QString(), QStringLiteral("summaryLabel"), this))
    {
        setObjectName(QStringLiteral("summaryPage"));
        setTitle(FirstRunWizard::tr("Ready"));
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *layout = new QVBoxLayout(this);
        layout->addWidget(m_summary);
        layout->addStretch(1);
    }

    void initializePage() override
    {
        const auto *w = static_cast<const FirstRunWizard *>(wizard());
        const QString file = QDir::toNativeSeparators(w->databasePath());
        const CafProfile caf = w->caf();
        QStringList lines;
        if (!w->databaseServer().isEmpty())
            lines << FirstRunWizard::tr("Database: the PostgreSQL server %1.")
                         .arg(w->databaseServer());
        else if (QFileInfo::exists(w->databasePath()))
            lines << FirstRunWizard::tr("Database: %1 (an existing file, opened).").arg(file);
        else
            lines << FirstRunWizard::tr("Database: %1 (a new file, created).").arg(file);
        lines << QString();
        if (!w->savesCaf()) {
            setSubTitle(FirstRunWizard::tr("Finish to open Habilis on this database."));
            lines << FirstRunWizard::tr("It already has its Caf profile, which is kept:");
            for (const CafProfile &c : w->existingCafs()) {
                lines << QStringLiteral("    ") +
                             FirstRunWizard::tr("%1 (département %2)").arg(c.name, c.departement);
            }
            lines << QString() << FirstRunWizard::tr("You can change it later in File > Settings.");
            m_summary->setText(lines.join(u'\n'));
            return;
        }
        setSubTitle(FirstRunWizard::tr("Finish to save this profile and open Habilis."));
        lines << FirstRunWizard::tr("Caf: %1 (département %2).").arg(caf.name, caf.departement);
        lines << FirstRunWizard::tr("Director: %1, %2.")
                     .arg(Labels::fullName(caf.director), caf.director.title);
        lines << FirstRunWizard::tr("Signing town: %1.").arg(caf.signingTown);
        if (!caf.email.isEmpty())
            lines << FirstRunWizard::tr("Email: %1.").arg(caf.email);
        if (!caf.phone.isEmpty())
            lines << FirstRunWizard::tr("Phone: %1.").arg(caf.phone);
        lines << QString() << FirstRunWizard::tr("The address, as the letters print it:");
        // What the envelope window will show, so that a mistake shows now.
        for (const QString &line : postal::addressLines(caf.name, caf.address))
            lines << QStringLiteral("    ") + line;
        m_summary->setText(lines.join(u'\n'));
    }

private:
    QLabel *m_summary;
};

} // namespace

FirstRunWizard::FirstRunWizard(QString databasePath, QWidget *parent)
    : QWizard(parent)
    , m_cafForm(new CafForm(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("Habilis — first start"));
    setOption(QWizard::NoBackButtonOnStartPage);
    m_cafForm->setObjectName(QStringLiteral("cafForm"));
    setPage(WelcomePage, new WelcomeWizardPage(this));
    setPage(DatabasePage, new DatabaseWizardPage(databasePath, this));
    setPage(CafPage, new CafWizardPage(m_cafForm, this));
    setPage(SummaryPage, new SummaryWizardPage(this));
    setStartId(WelcomePage);
    // The Caf page, its director and address in full, and what is still to fill in.
    setMinimumSize(720, 680);
}

QString FirstRunWizard::databasePath() const
{
    return static_cast<const DatabaseWizardPage *>(page(DatabasePage))->path();
}

QString FirstRunWizard::databaseServer() const
{
    return static_cast<const DatabaseWizardPage *>(page(DatabasePage))->server();
}

QString FirstRunWizard::serverPassword() const
{
    return static_cast<const DatabaseWizardPage *>(page(DatabasePage))->serverPassword();
}

CafProfile FirstRunWizard::caf() const
{
    return m_cafForm->profile();
}

QList<CafProfile> FirstRunWizard::existingCafs() const
{
    return static_cast<const DatabaseWizardPage *>(page(DatabasePage))->cafs();
}

bool FirstRunWizard::savesCaf() const
{
    return existingCafs().isEmpty();
}

Status FirstRunWizard::apply(Storage &storage, const CafProfile &caf)
{
    return saveWorkstationCaf(storage, caf);
}

} // namespace habilis

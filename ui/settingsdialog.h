#pragma once

#include "domain/validation.h"
#include "storage/storage.h"

#include <QDialog>
#include <QMap>
#include <QRectF>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;

namespace habilis {

class AddressForm;
class RepresentativeForm;
class ServerForm;

/// The fields of a Caf profile: its director in a RepresentativeForm, its address in the lines of
/// NF Z10-011 in an AddressForm, as the request dialogs have them. Shared by the settings and the
/// first run. Object names: cafDepartementComboBox, cafNameLineEdit, the director's with the
/// prefix "director", the address's with the prefix "address", signingTownLineEdit,
/// cafEmailLineEdit, cafPhoneLineEdit.
class CafForm : public QWidget {
    Q_OBJECT
public:
    explicit CafForm(QWidget *parent = nullptr);

    /// Shows `caf`; an empty département leaves the choice to the officer.
    void setProfile(const CafProfile &caf);
    /// What the form holds, trimmed as the command line trims it.
    CafProfile profile() const;
    /// An existing profile keeps its département: the combo is then read-only.
    void setDepartementLocked(bool locked);
    /// Validation::validate() of profile().
    QList<FieldError> errors() const;

signals:
    void changed();

private:
    QLineEdit *addLine(const QString &name, const QString &accessibleName);
    void departementChosen();

    QComboBox *m_departement;
    QLineEdit *m_name;
    RepresentativeForm *m_director;
    AddressForm *m_address;
    QLineEdit *m_signingTown;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    qint64 m_id = 0;
    QString m_suggestedName; ///< the name prefilled for the département, replaced until edited
};

/// Errors for a person: each mistake on a line, then the required fields still empty.
QString describeErrors(const QList<FieldError> &errors);

/// Saves `caf` as this workstation's Caf (saveCaf, then setDefaultCaf, in one transaction),
/// after the checks of Validation: what `habilis-cli caf set` then `caf default` do.
Status saveWorkstationCaf(Storage &storage, const CafProfile &caf);

/// File > Settings: the workstation's Caf, the procedure, the passwords and emails, the
/// documents, and where this workstation's database is (a file or the office's server, from
/// the next start). It saves what `habilis-cli caf set` and `settings …` save, with the same
/// checks; OK checks everything first and writes nothing while anything is wrong, then writes every
/// change in one transaction: all of them or, on a failure, none.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    enum Tab { CafTab, ProcedureTab, NoticesTab, DocumentsTab, DatabaseTab };

    SettingsDialog(Storage *storage, QWidget *parent = nullptr);

    /// Why the settings cannot be saved, a line each; empty when they can.
    QStringList problems() const;
    void accept() override;

private:
    /// Everything the dialog edits, in the form the settings store it.
    struct Values {
        CafProfile caf;
        int reminderDays = 30;
        QMap<QString, QString> notices; ///< NoticeSettings key → text as the command line takes it
        bool customTemplates = false;
        QString templatesDir;
        QRectF window;
        // This workstation's database at the next start (QSettings, not the database).
        bool useServer = false;
        QString databaseFile;
        QString server;
    };
    struct Problem {
        Tab tab;
        QString text;
    };

    QWidget *makeCafTab();
    QWidget *makeProcedureTab();
    QWidget *makeNoticesTab();
    QWidget *makeDocumentsTab();
    QWidget *makeDatabaseTab();
    void testServer();
    /// What `storage` holds now, in the form values() gives.
    static Values read(const Storage &storage, bool *hadCaf = nullptr);
    void load();
    Values values() const;
    /// What this dialog changes that another officer changed too since it was opened.
    QStringList conflicts(const Values &v, const Values &stored) const;
    QList<Problem> check(const Values &v) const;
    Status save(const Values &v);
    /// Whether `v` chooses another database for the next start than the remembered one.
    bool databaseChanged(const Values &v) const;
    void update();
    void browseTemplates();

    Storage *m_storage;
    bool m_hadCaf = false;
    Values m_initial; ///< what was loaded, as the fields show it: only what differs is written
    Values m_loaded;  ///< what was loaded, as stored: what another officer's change is seen from

    QTabWidget *m_tabs;
    QLabel *m_cafNote;
    CafForm *m_caf;
    QSpinBox *m_reminderDays;
    QSpinBox *m_passwordLength;
    QCheckBox *m_twoEmails;
    QLineEdit *m_smtpHost;
    QSpinBox *m_smtpPort;
    QComboBox *m_smtpSecurity;
    QLineEdit *m_smtpUser;
    QLineEdit *m_sender;
    QRadioButton *m_builtInTemplates;
    QRadioButton *m_customTemplates;
    QLineEdit *m_templatesDir;
    QPushButton *m_browse;
    QDoubleSpinBox *m_windowLeft;
    QDoubleSpinBox *m_windowTop;
    QDoubleSpinBox *m_windowWidth;
    QDoubleSpinBox *m_windowHeight;
    QRadioButton *m_useFile;
    QRadioButton *m_useServer;
    QLineEdit *m_databaseFile;
    QPushButton *m_browseDatabase;
    ServerForm *m_server;
    QPushButton *m_testServer;
    QLabel *m_serverStatus;
    QString m_testedServer; ///< the last connection string reached, for OK not to ask again
    QLabel *m_errors;
    QDialogButtonBox *m_buttons;
};

} // namespace habilis

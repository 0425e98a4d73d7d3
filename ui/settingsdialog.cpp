#include "settingsdialog.h"

#include "credentials/credentialservice.h"
#include "demo/frenchdata.h"
#include "documents/documents.h"
#include "domain/validation.h"
#include "firstrunwizard.h"
#include "formparts.h"
#include "i18n.h"
#include "serverform.h"
#include "storage/sqlstorage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace habilis {

namespace {

// The keys DocumentSettings reads, as `habilis-cli settings templates|envelope` write them.
const QString kTemplatesDirKey = QStringLiteral("documents.templates_dir");
const QString kWindowKey = QStringLiteral("documents.window");

/// In the order `habilis-cli settings …` writes them.
const QStringList &noticeKeys()
{
    static const QStringList keys{NoticeSettings::kPasswordLength, NoticeSettings::kTwoEmails,
                                  NoticeSettings::kSmtpHost,       NoticeSettings::kSmtpPort,
                                  NoticeSettings::kSmtpSecurity,   NoticeSettings::kSmtpUser,
                                  NoticeSettings::kSender};
    return keys;
}

const demo::Departement *findDepartement(const QString &code)
{
    for (const demo::Departement &d : demo::departements()) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

QLabel *noteLabel(const QString &text, const QString &name, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QDoubleSpinBox *millimetres(const QString &name, const QString &accessibleName, double max,
                            QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(name);
    spin->setAccessibleName(accessibleName);
    spin->setRange(0, max);
    spin->setDecimals(1);
    spin->setSingleStep(1);
    spin->setSuffix(SettingsDialog::tr(" mm"));
    return spin;
}

/// What `habilis-cli settings templates DIR` checks: a folder whose templates all parse.
QString templatesProblem(const QString &dir)
{
    const QString field = SettingsDialog::tr("templates folder");
    if (dir.isEmpty()) {
        return FieldError{field, dir,
                          SettingsDialog::tr("choose a folder, or the built-in templates.")}
            .toString();
    }
    const QFileInfo info(dir);
    if (!info.isDir())
        return FieldError{field, dir, SettingsDialog::tr("\"%1\" is not a folder.").arg(dir)}
            .toString();
    for (DocumentKind k : Documents::kinds()) {
        const QString file = QDir(info.absoluteFilePath()).filePath(Documents::fileName(k));
        if (!QFileInfo::exists(file))
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return SettingsDialog::tr("The template %1 cannot be read: %2.")
                .arg(file, f.errorString());
        if (const Expected<Template> t = Template::parse(QString::fromUtf8(f.readAll()), file); !t)
            return t.errorString();
    }
    return {};
}

QString absolutePath(const QString &path)
{
    return path == u":memory:" ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

const QString kPg = QStringLiteral("pg:");

QString shownDatabase(const QString &location)
{
    if (location.startsWith(kPg))
        return SettingsDialog::tr("PostgreSQL server: %1").arg(location.mid(kPg.size()));
    return QDir::toNativeSeparators(absolutePath(location));
}

/// How the database in use was chosen, and what habilis-cli opens.
QString databaseNote(const QString &location)
{
    const DatabaseLocation usual = databaseLocation();
    const QString usualShown =
        usual.server.isEmpty() ? shownDatabase(usual.path) : shownDatabase(kPg + usual.server);
    if (location.startsWith(kPg)) {
        if (location.mid(kPg.size()) == usual.server) {
            return SettingsDialog::tr("Chosen for this workstation. habilis-cli uses the same "
                                      "server.");
        }
        return SettingsDialog::tr("Named by --pg or HABILIS_PG when Habilis was started. "
                                  "habilis-cli uses %1 unless it is given --pg.")
            .arg(usualShown);
    }
    if (!usual.server.isEmpty() || absolutePath(location) != absolutePath(usual.path)) {
        return SettingsDialog::tr("Named by --db when Habilis was started, for this time only. "
                                  "habilis-cli uses %1 unless it is given --db.")
            .arg(usualShown);
    }
    switch (usual.source) {
    case DatabaseSource::Environment:
        return SettingsDialog::tr("Named by the environment variable HABILIS_DB. habilis-cli "
                                  "uses the same file.");
    case DatabaseSource::Remembered:
        return SettingsDialog::tr("Chosen at the first start and remembered on this "
                                  "workstation. habilis-cli uses the same file.");
    case DatabaseSource::Option:
    case DatabaseSource::Default:
        break;
    }
    return SettingsDialog::tr("The usual file, in the user's data folder. habilis-cli uses the "
                              "same file.");
}

} // namespace

// ---- CafForm

CafForm::CafForm(QWidget *parent)
    : QWidget(parent)
    , m_departement(new QComboBox(this))
    , m_name(addLine(QStringLiteral("cafNameLineEdit"), tr("Name of the Caf")))
    , m_director(new RepresentativeForm(QStringLiteral("director"), this))
    , m_address(new AddressForm(QStringLiteral("address"), this))
    , m_signingTown(addLine(QStringLiteral("signingTownLineEdit"), tr("Signing town")))
    , m_email(addLine(QStringLiteral("cafEmailLineEdit"), tr("Email of the Caf")))
    , m_phone(addLine(QStringLiteral("cafPhoneLineEdit"), tr("Phone of the Caf")))
{
    // The address lines typed wrong are marked as in the request dialogs.
    setStyleSheet(fieldProblemStyleSheet());
    m_departement->setObjectName(QStringLiteral("cafDepartementComboBox"));
    m_departement->setAccessibleName(tr("Département"));
    m_departement->setPlaceholderText(tr("Choose the département"));
    for (const demo::Departement &d : demo::departements())
        m_departement->addItem(QStringLiteral("%1 — %2").arg(d.code, d.name), d.code);
    m_departement->setCurrentIndex(-1);
    connect(m_departement, &QComboBox::currentIndexChanged, this, &CafForm::departementChosen);
    connect(m_director, &RepresentativeForm::edited, this, &CafForm::changed);
    connect(m_address, &AddressForm::edited, this, [this] {
        m_address->markProblems();
        emit changed();
    });

    m_signingTown->setToolTip(tr("The town of \"Fait à …, le …\" on the conventions."));
    m_email->setPlaceholderText(tr("optional"));
    m_phone->setPlaceholderText(tr("optional, for example 04 79 70 00 00"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Département:"), m_departement);
    form->addRow(tr("&Name:"), m_name);

    auto *director = new QGroupBox(tr("Director (signs the conventions)"), this);
    director->setObjectName(QStringLiteral("directorGroupBox"));
    (new QVBoxLayout(director))->addWidget(m_director);

    auto *address = new QGroupBox(tr("Address (NF Z10-011: 38 characters a line at most)"), this);
    address->setObjectName(QStringLiteral("addressGroupBox"));
    (new QVBoxLayout(address))->addWidget(m_address);

    auto *contact = new QFormLayout;
    contact->addRow(tr("Si&gning town:"), m_signingTown);
    contact->addRow(tr("&Email:"), m_email);
    contact->addRow(tr("P&hone:"), m_phone);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(director);
    layout->addWidget(address);
    layout->addLayout(contact);
}

QLineEdit *CafForm::addLine(const QString &name, const QString &accessibleName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setAccessibleName(accessibleName);
    connect(edit, &QLineEdit::textChanged, this, &CafForm::changed);
    return edit;
}

void CafForm::setProfile(const CafProfile &caf)
{
    m_id = caf.id;
    int i = m_departement->findData(caf.departement);
    if (i < 0 && !caf.departement.isEmpty()) {
        m_departement->addItem(caf.departement, caf.departement);
        i = m_departement->count() - 1;
    }
    {
        // The name comes from the profile, not from the table.
        const QSignalBlocker blocker(m_departement);
        m_departement->setCurrentIndex(i);
    }
    const demo::Departement *d = findDepartement(caf.departement);
    m_suggestedName = d ? d->cafName : QString();
    m_address->setTownPlaceholder(d ? d->prefecture : QString());
    m_signingTown->setPlaceholderText(d ? d->prefecture : QString());
    m_name->setText(caf.name);
    m_director->setRepresentative(caf.director);
    m_address->setAddress(caf.address);
    m_signingTown->setText(caf.signingTown);
    m_email->setText(caf.email);
    m_phone->setText(caf.phone);
    emit changed();
}

CafProfile CafForm::profile() const
{
    CafProfile caf;
    caf.id = m_id;
    caf.departement = m_departement->currentIndex() < 0
                          ? QString()
                          : m_departement->currentData().toString().trimmed().toUpper();
    caf.name = m_name->text().trimmed();
    caf.director = m_director->representative();
    caf.address = m_address->address();
    caf.signingTown = m_signingTown->text().trimmed();
    caf.email = m_email->text().trimmed();
    caf.phone = m_phone->text().trimmed();
    return caf;
}

void CafForm::setDepartementLocked(bool locked)
{
    m_departement->setEnabled(!locked);
}

QList<FieldError> CafForm::errors() const
{
    return Validation::validate(profile());
}

void CafForm::departementChosen()
{
    const demo::Departement *d = findDepartement(m_departement->currentData().toString());
    const QString suggested = d ? d->cafName : QString();
    // Prefill the name until the officer writes their own.
    const QString name = m_name->text().trimmed();
    if (name.isEmpty() || name == m_suggestedName)
        m_name->setText(suggested);
    m_suggestedName = suggested;
    m_address->setTownPlaceholder(d ? d->prefecture : QString());
    m_signingTown->setPlaceholderText(d ? d->prefecture : QString());
    emit changed();
}

QString describeErrors(const QList<FieldError> &errors)
{
    QStringList lines;
    QStringList missing;
    for (const FieldError &e : errors) {
        // A required field left empty is the only error without a value.
        if (e.value.trimmed().isEmpty())
            missing << e.field;
        else
            lines << e.toString();
    }
    if (!missing.isEmpty())
        lines << CafForm::tr("Still to fill in: %1.").arg(missing.join(QStringLiteral("; ")));
    return lines.join(u'\n');
}

Status saveWorkstationCaf(Storage &storage, const CafProfile &caf)
{
    if (const QList<FieldError> errors = Validation::validate(caf); !errors.isEmpty())
        return Error{joinErrors(errors)};
    // The profile and the choice of it, together or not at all.
    return storage.inTransaction([&]() -> Status {
        const Expected<CafProfile> saved = storage.saveCaf(caf);
        if (!saved)
            return saved.error();
        if (storage.defaultCaf() != saved->departement)
            return storage.setDefaultCaf(saved->departement);
        return {};
    });
}

// ---- SettingsDialog

SettingsDialog::SettingsDialog(Storage *storage, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_tabs(new QTabWidget(this))
    , m_errors(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    m_tabs->addTab(makeCafTab(), tr("&Caf"));
    m_tabs->addTab(makeProcedureTab(), tr("&Procedure"));
    m_tabs->addTab(makeNoticesTab(), tr("Passwords and &emails"));
    m_tabs->addTab(makeDocumentsTab(), tr("&Documents"));
    m_tabs->addTab(makeDatabaseTab(), tr("Data&base"));

    m_errors->setObjectName(QStringLiteral("errorLabel"));
    m_errors->setWordWrap(true);
    m_errors->setTextFormat(Qt::PlainText);
    m_errors->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errors->setAccessibleName(tr("Why the settings cannot be saved"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errors);
    layout->addWidget(m_buttons);
    setMinimumWidth(680);

    load();
    m_initial = values();

    connect(m_caf, &CafForm::changed, this, &SettingsDialog::update);
    for (QSpinBox *spin : {m_reminderDays, m_passwordLength, m_smtpPort})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::update);
    for (QLineEdit *edit : {m_smtpHost, m_smtpUser, m_sender, m_templatesDir})
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::update);
    connect(m_twoEmails, &QCheckBox::toggled, this, &SettingsDialog::update);
    connect(m_smtpSecurity, &QComboBox::currentIndexChanged, this, &SettingsDialog::update);
    connect(m_customTemplates, &QRadioButton::toggled, this, &SettingsDialog::update);
    connect(m_useServer, &QRadioButton::toggled, this, &SettingsDialog::update);
    connect(m_databaseFile, &QLineEdit::textChanged, this, &SettingsDialog::update);
    connect(m_server, &ServerForm::changed, this, &SettingsDialog::update);
    for (QDoubleSpinBox *spin : {m_windowLeft, m_windowTop, m_windowWidth, m_windowHeight})
        connect(spin, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::update);
    update();
}

namespace {

/// A tab's page in a scroll area: a page that grows (a long error from the server) scrolls
/// instead of squeezing its fields.
QWidget *scrolled(QWidget *page, const QString &name)
{
    auto *scroll = new QScrollArea;
    scroll->setObjectName(name);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    return scroll;
}

} // namespace

QWidget *SettingsDialog::makeCafTab()
{
    auto *page = new QWidget;
    m_cafNote = noteLabel(tr("This workstation has no Caf profile yet: fill in the one of your "
                             "Caf. It signs the conventions and heads the letters."),
                          QStringLiteral("cafNoteLabel"), page);
    m_caf = new CafForm(page);
    m_caf->setObjectName(QStringLiteral("cafForm"));
    auto *inner = new QVBoxLayout(page);
    inner->addWidget(m_cafNote);
    inner->addWidget(m_caf);
    inner->addStretch(1);
    // The form is taller than small screens.
    return scrolled(page, QStringLiteral("cafScrollArea"));
}

QWidget *SettingsDialog::makeProcedureTab()
{
    auto *page = new QWidget;
    m_reminderDays = new QSpinBox(page);
    m_reminderDays->setObjectName(QStringLiteral("reminderDelaySpinBox"));
    m_reminderDays->setAccessibleName(tr("Reminder delay in days"));
    m_reminderDays->setRange(1, 365); // as Storage::setReminderDelayDays accepts
    m_reminderDays->setSuffix(tr(" days after the mailing"));
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Reminder due:"), m_reminderDays);
    form->addRow(noteLabel(tr("A convention mailed and not returned after this delay appears in "
                              "the work list: send a reminder, then cancel it if it never "
                              "comes back."),
                           QStringLiteral("reminderNoteLabel"), page));
    return page;
}

QWidget *SettingsDialog::makeNoticesTab()
{
    auto *page = new QWidget;
    m_passwordLength = new QSpinBox(page);
    m_passwordLength->setObjectName(QStringLiteral("passwordLengthSpinBox"));
    m_passwordLength->setAccessibleName(tr("Length of the initial passwords"));
    m_passwordLength->setRange(PasswordGenerator::kMinimumLength,
                               PasswordGenerator::kMaximumLength);
    m_passwordLength->setSuffix(tr(" characters"));
    m_twoEmails =
        new QCheckBox(tr("Send the identifier and the password in &two separate emails"), page);
    m_twoEmails->setObjectName(QStringLiteral("twoEmailsCheckBox"));
    m_twoEmails->setAccessibleName(tr("Two separate emails"));

    auto *form = new QFormLayout;
    form->addRow(tr("Initial &password length:"), m_passwordLength);
    form->addRow(noteLabel(tr("The convention gives 8 characters. The CNIL's 2022 recommendation "
                              "on passwords asks for more entropy than 8 letters and digits "
                              "give: choose 12 or more."),
                           QStringLiteral("cnilNoteLabel"), page));
    form->addRow(m_twoEmails);

    auto *relay = new QGroupBox(tr("SMTP relay of the Caf"), page);
    relay->setObjectName(QStringLiteral("smtpGroupBox"));
    m_smtpHost = new QLineEdit(relay);
    m_smtpHost->setObjectName(QStringLiteral("smtpHostLineEdit"));
    m_smtpHost->setAccessibleName(tr("SMTP relay host"));
    m_smtpHost->setPlaceholderText(tr("none: the notices are written as .eml drafts"));
    m_smtpPort = new QSpinBox(relay);
    m_smtpPort->setObjectName(QStringLiteral("smtpPortSpinBox"));
    m_smtpPort->setAccessibleName(tr("SMTP relay port"));
    m_smtpPort->setRange(0, 65535);
    // 0 is stored as no port: SmtpSettings then picks the usual one for the security.
    m_smtpPort->setSpecialValueText(tr("usual port (587 STARTTLS, 465 TLS, 25 none)"));
    m_smtpSecurity = new QComboBox(relay);
    m_smtpSecurity->setObjectName(QStringLiteral("smtpSecurityComboBox"));
    m_smtpSecurity->setAccessibleName(tr("SMTP relay security"));
    m_smtpSecurity->addItem(tr("STARTTLS"), SmtpSettings::code(SmtpSecurity::StartTls));
    m_smtpSecurity->addItem(tr("TLS from the start"), SmtpSettings::code(SmtpSecurity::Tls));
    m_smtpSecurity->addItem(tr("None"), SmtpSettings::code(SmtpSecurity::None));
    m_smtpUser = new QLineEdit(relay);
    m_smtpUser->setObjectName(QStringLiteral("smtpUserLineEdit"));
    m_smtpUser->setAccessibleName(tr("SMTP relay login"));
    m_smtpUser->setPlaceholderText(tr("none"));
    m_sender = new QLineEdit(relay);
    m_sender->setObjectName(QStringLiteral("senderLineEdit"));
    m_sender->setAccessibleName(tr("Sender address"));
    auto *relayForm = new QFormLayout(relay);
    relayForm->addRow(tr("&Host:"), m_smtpHost);
    relayForm->addRow(tr("P&ort:"), m_smtpPort);
    relayForm->addRow(tr("&Security:"), m_smtpSecurity);
    relayForm->addRow(tr("&Login:"), m_smtpUser);
    relayForm->addRow(tr("Se&nder address:"), m_sender);
    relayForm->addRow(noteLabel(tr("The relay's password is never stored: Habilis asks for it "
                                   "when sending, or takes it from the environment variable "
                                   "HABILIS_SMTP_PASSWORD."),
                                QStringLiteral("smtpPasswordNoteLabel"), relay));

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(relay);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::makeDocumentsTab()
{
    auto *page = new QWidget;
    auto *templates = new QGroupBox(tr("Templates of the documents"), page);
    templates->setObjectName(QStringLiteral("templatesGroupBox"));
    m_builtInTemplates = new QRadioButton(tr("&Built-in templates"), templates);
    m_builtInTemplates->setObjectName(QStringLiteral("builtInTemplatesRadioButton"));
    m_customTemplates =
        new QRadioButton(tr("The Caf's own templates, from the &folder:"), templates);
    m_customTemplates->setObjectName(QStringLiteral("customTemplatesRadioButton"));
    m_templatesDir = new QLineEdit(templates);
    m_templatesDir->setObjectName(QStringLiteral("templatesLineEdit"));
    m_templatesDir->setAccessibleName(tr("Templates folder"));
    m_browse = new QPushButton(tr("B&rowse…"), templates);
    m_browse->setObjectName(QStringLiteral("templatesBrowseButton"));
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browseTemplates);
    for (QWidget *w : {static_cast<QWidget *>(m_templatesDir), static_cast<QWidget *>(m_browse)}) {
        w->setEnabled(false);
        connect(m_customTemplates, &QRadioButton::toggled, w, &QWidget::setEnabled);
    }
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_templatesDir, 1);
    folderRow->addWidget(m_browse);
    auto *templatesLayout = new QVBoxLayout(templates);
    templatesLayout->addWidget(m_builtInTemplates);
    templatesLayout->addWidget(m_customTemplates);
    templatesLayout->addLayout(folderRow);
    templatesLayout->addWidget(
        noteLabel(tr("A file of the folder named as a built-in template (convention.html, "
                     "lettre-envoi.html, en-tete.html…) replaces it; the others stay built-in. The "
                     "built-in files are installed in share/habilis/templates to start from."),
                  QStringLiteral("templatesNoteLabel"), templates));

    auto *envelope = new QGroupBox(tr("Envelope window"), page);
    envelope->setObjectName(QStringLiteral("envelopeGroupBox"));
    m_windowLeft = millimetres(QStringLiteral("windowLeftSpinBox"),
                               tr("Envelope window, from the left"), 210, envelope);
    m_windowTop = millimetres(QStringLiteral("windowTopSpinBox"),
                              tr("Envelope window, from the top"), 297, envelope);
    m_windowWidth = millimetres(QStringLiteral("windowWidthSpinBox"), tr("Envelope window, width"),
                                210, envelope);
    m_windowHeight = millimetres(QStringLiteral("windowHeightSpinBox"),
                                 tr("Envelope window, height"), 297, envelope);
    auto *defaults = new QPushButton(tr("DL &envelope"), envelope);
    defaults->setObjectName(QStringLiteral("windowDefaultButton"));
    defaults->setToolTip(tr("The usual window of a DL envelope: 100 mm from the left, 35 mm from "
                            "the top, 100 × 45 mm."));
    connect(defaults, &QPushButton::clicked, this, [this] {
        const QRectF w = PageSetup{}.window;
        m_windowLeft->setValue(w.left());
        m_windowTop->setValue(w.top());
        m_windowWidth->setValue(w.width());
        m_windowHeight->setValue(w.height());
    });
    auto *envelopeForm = new QFormLayout(envelope);
    envelopeForm->addRow(noteLabel(tr("Where the address block is printed on the letters, in "
                                      "millimetres from the top-left corner of the A4 page."),
                                   QStringLiteral("envelopeNoteLabel"), envelope));
    envelopeForm->addRow(tr("From the &left:"), m_windowLeft);
    envelopeForm->addRow(tr("From the &top:"), m_windowTop);
    envelopeForm->addRow(tr("&Width:"), m_windowWidth);
    envelopeForm->addRow(tr("&Height:"), m_windowHeight);
    envelopeForm->addRow(QString(), defaults);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(templates);
    layout->addWidget(envelope);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::makeDatabaseTab()
{
    auto *page = new QWidget;
    // The database in use, and whether habilis-cli uses the same: read-only, to copy or check.
    auto *inUse = new QLineEdit(shownDatabase(m_storage->location()), page);
    inUse->setObjectName(QStringLiteral("databaseLineEdit"));
    inUse->setAccessibleName(tr("Database in use"));
    inUse->setReadOnly(true);
    inUse->setCursorPosition(0);
    auto *current = new QFormLayout;
    current->addRow(tr("In &use:"), inUse);
    current->addRow(
        noteLabel(databaseNote(m_storage->location()), QStringLiteral("databaseNoteLabel"), page));

    auto *next = new QGroupBox(tr("This workstation's database, from the next start"), page);
    next->setObjectName(QStringLiteral("nextDatabaseGroupBox"));
    m_useFile = new QRadioButton(tr("A &file on this workstation (SQLite)"), next);
    m_useFile->setObjectName(QStringLiteral("useFileRadioButton"));
    m_databaseFile = new QLineEdit(next);
    m_databaseFile->setObjectName(QStringLiteral("databaseFileLineEdit"));
    m_databaseFile->setAccessibleName(tr("Database file"));
    m_browseDatabase = new QPushButton(tr("Bro&wse…"), next);
    m_browseDatabase->setObjectName(QStringLiteral("databaseBrowseButton"));
    connect(m_browseDatabase, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Database file"), m_databaseFile->text(),
                                         tr("Habilis database (*.sqlite);;All files (*)"), nullptr,
                                         QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_databaseFile->setText(QDir::toNativeSeparators(file));
    });
    m_useServer = new QRadioButton(tr("The office's &shared server (PostgreSQL)"), next);
    m_useServer->setObjectName(QStringLiteral("useServerRadioButton"));
    m_server = new ServerForm(next);
    m_server->setObjectName(QStringLiteral("serverForm"));
    m_testServer = new QPushButton(tr("&Test the connection"), next);
    m_testServer->setObjectName(QStringLiteral("testServerButton"));
    connect(m_testServer, &QPushButton::clicked, this, &SettingsDialog::testServer);
    m_serverStatus = noteLabel(QString(), QStringLiteral("serverStatusLabel"), next);
    connect(m_server, &ServerForm::changed, m_serverStatus, &QLabel::clear);
    const auto enable = [this] {
        const bool server = m_useServer->isChecked();
        m_databaseFile->setEnabled(!server);
        m_browseDatabase->setEnabled(!server);
        m_server->setEnabled(server);
        m_testServer->setEnabled(server);
    };
    connect(m_useServer, &QRadioButton::toggled, this, enable);
    connect(m_useServer, &QRadioButton::clicked, m_server, [this] { m_server->setFocus(); });

    auto *fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(24, 0, 0, 0);
    fileRow->addWidget(m_databaseFile, 1);
    fileRow->addWidget(m_browseDatabase);
    auto *serverBox = new QVBoxLayout;
    serverBox->setContentsMargins(24, 0, 0, 0);
    serverBox->addWidget(m_server);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testServer);
    testRow->addWidget(m_serverStatus, 1);
    serverBox->addLayout(testRow);
    auto *nextLayout = new QVBoxLayout(next);
    nextLayout->addWidget(m_useFile);
    nextLayout->addLayout(fileRow);
    nextLayout->addWidget(m_useServer);
    nextLayout->addLayout(serverBox);
    nextLayout->addWidget(noteLabel(
        tr("For this workstation and habilis-cli; Habilis opens it at its next start. SQLite is "
           "for one workstation; officers working together share the server. The server's "
           "password is never saved: libpq reads it from PGPASSWORD, ~/.pgpass or a service "
           "file, or Habilis asks for it at each start. To move this workstation's data to the "
           "server: habilis-cli db copy --from FILE --to pg:\"…\"."),
        QStringLiteral("nextDatabaseNoteLabel"), next));

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(current);
    layout->addWidget(next);
    layout->addStretch(1);
    enable();
    return scrolled(page, QStringLiteral("databaseScrollArea"));
}

void SettingsDialog::testServer()
{
    if (const QList<FieldError> errors = m_server->errors(); !errors.isEmpty()) {
        m_serverStatus->setText(joinErrors(errors));
        return;
    }
    const QString connection = m_server->connection();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = connectToServer(this, connection);
    Expected<QList<CafProfile>> cafs = QList<CafProfile>();
    Expected<int> count = 0;
    if (opened && *opened) {
        cafs = (*opened)->cafs();
        count = (*opened)->countConventions({});
    }
    QApplication::restoreOverrideCursor();
    if (opened && !*opened)
        return; // no password given
    if (!opened || !cafs || !count) {
        m_serverStatus->setText(!opened ? opened.errorString()
                                        : (!cafs ? cafs.errorString() : count.errorString()));
        return;
    }
    m_testedServer = connection;
    if (cafs->isEmpty()) {
        m_serverStatus->setText(tr("Reached. The database is empty: Habilis asks for the Caf "
                                   "profile at the next start."));
        return;
    }
    m_serverStatus->setText(
        tr("Reached: %1, %Ln convention(s).", nullptr, *count).arg(cafs->constFirst().name));
}

SettingsDialog::Values SettingsDialog::read(const Storage &storage, bool *hadCaf)
{
    Values v;
    bool had = false;
    if (const QString dept = storage.defaultCaf(); !dept.isEmpty()) {
        if (const Expected<CafProfile> c = storage.caf(dept)) {
            v.caf = *c;
            had = true;
        }
    }
    if (!had) {
        if (const Expected<QList<CafProfile>> list = storage.cafs(); list && !list->isEmpty()) {
            v.caf = list->constFirst();
            had = true;
        }
    }
    if (hadCaf)
        *hadCaf = had;
    v.reminderDays = storage.reminderDelayDays();
    const NoticeSettings n = NoticeSettings::load(storage);
    v.notices.insert(NoticeSettings::kPasswordLength, QString::number(n.passwordLength));
    v.notices.insert(NoticeSettings::kTwoEmails,
                     n.twoEmails ? QStringLiteral("on") : QStringLiteral("off"));
    v.notices.insert(NoticeSettings::kSmtpHost, n.smtp.host);
    v.notices.insert(NoticeSettings::kSmtpPort,
                     n.smtp.port == 0 ? QString() : QString::number(n.smtp.port));
    v.notices.insert(NoticeSettings::kSmtpSecurity, SmtpSettings::code(n.smtp.security));
    v.notices.insert(NoticeSettings::kSmtpUser, n.smtp.user);
    v.notices.insert(NoticeSettings::kSender, n.sender);
    v.templatesDir = DocumentSettings::templatesDir(storage);
    v.customTemplates = !v.templatesDir.isEmpty();
    v.window = DocumentSettings::pageSetup(storage).window;
    return v;
}

void SettingsDialog::load()
{
    m_loaded = read(*m_storage, &m_hadCaf);
    const Values &v = m_loaded;
    m_caf->setProfile(v.caf);
    m_caf->setDepartementLocked(m_hadCaf);
    m_cafNote->setVisible(!m_hadCaf);

    m_reminderDays->setValue(v.reminderDays);

    const NoticeSettings n = NoticeSettings::load(*m_storage);
    m_passwordLength->setValue(n.passwordLength);
    m_twoEmails->setChecked(n.twoEmails);
    m_smtpHost->setText(n.smtp.host);
    m_smtpPort->setValue(n.smtp.port);
    m_smtpSecurity->setCurrentIndex(
        qMax(0, m_smtpSecurity->findData(SmtpSettings::code(n.smtp.security))));
    m_smtpUser->setText(n.smtp.user);
    m_sender->setText(n.sender);
    m_sender->setPlaceholderText(v.caf.email.isEmpty() ? tr("the Caf's email") : v.caf.email);

    m_templatesDir->setText(v.templatesDir);
    (v.customTemplates ? m_customTemplates : m_builtInTemplates)->setChecked(true);

    m_windowLeft->setValue(v.window.left());
    m_windowTop->setValue(v.window.top());
    m_windowWidth->setValue(v.window.width());
    m_windowHeight->setValue(v.window.height());

    const DatabaseLocation usual = databaseLocation();
    const bool server = !usual.server.isEmpty();
    (server ? m_useServer : m_useFile)->setChecked(true);
    m_databaseFile->setText(
        QDir::toNativeSeparators(server ? standardDatabasePath() : absolutePath(usual.path)));
    if (server)
        m_server->setConnection(usual.server);
}

SettingsDialog::Values SettingsDialog::values() const
{
    Values v;
    v.caf = m_caf->profile();
    v.reminderDays = m_reminderDays->value();
    v.notices.insert(NoticeSettings::kPasswordLength, QString::number(m_passwordLength->value()));
    v.notices.insert(NoticeSettings::kTwoEmails,
                     m_twoEmails->isChecked() ? QStringLiteral("on") : QStringLiteral("off"));
    v.notices.insert(NoticeSettings::kSmtpHost, m_smtpHost->text());
    v.notices.insert(NoticeSettings::kSmtpPort,
                     m_smtpPort->value() == 0 ? QString() : QString::number(m_smtpPort->value()));
    v.notices.insert(NoticeSettings::kSmtpSecurity, m_smtpSecurity->currentData().toString());
    v.notices.insert(NoticeSettings::kSmtpUser, m_smtpUser->text());
    v.notices.insert(NoticeSettings::kSender, m_sender->text());
    v.customTemplates = m_customTemplates->isChecked();
    v.templatesDir = m_templatesDir->text().trimmed();
    v.window = QRectF(m_windowLeft->value(), m_windowTop->value(), m_windowWidth->value(),
                      m_windowHeight->value());
    v.useServer = m_useServer->isChecked();
    if (const QString file = m_databaseFile->text().trimmed(); !file.isEmpty())
        v.databaseFile = absolutePath(QDir::fromNativeSeparators(file));
    v.server = m_server->connection();
    return v;
}

QList<SettingsDialog::Problem> SettingsDialog::check(const Values &v) const
{
    QList<Problem> problems;
    // Without a profile, the Caf tab may stay untouched while the rest is set.
    if (m_hadCaf || !(v.caf == m_initial.caf)) {
        if (const QList<FieldError> errors = Validation::validate(v.caf); !errors.isEmpty())
            problems << Problem{CafTab, describeErrors(errors)};
    }
    for (const QString &key : noticeKeys()) {
        if (const Expected<QString> value = NoticeSettings::checked(key, v.notices.value(key));
            !value)
            problems << Problem{NoticesTab, value.errorString()};
    }
    if (v.customTemplates) {
        if (const QString why = templatesProblem(v.templatesDir); !why.isEmpty())
            problems << Problem{DocumentsTab, why};
    }
    if (const Expected<QRectF> w =
            DocumentSettings::windowFromText(DocumentSettings::windowText(v.window));
        !w)
        problems << Problem{DocumentsTab, w.errorString()};
    if (databaseChanged(v)) {
        if (v.useServer) {
            if (const QList<FieldError> errors = m_server->errors(); !errors.isEmpty())
                problems << Problem{DatabaseTab, joinErrors(errors)};
        } else if (const QString why = databaseFileProblem(v.databaseFile); !why.isEmpty()) {
            problems << Problem{DatabaseTab, why};
        }
    }
    return problems;
}

QStringList SettingsDialog::problems() const
{
    QStringList lines;
    for (const Problem &p : check(values()))
        lines << p.text;
    return lines;
}

void SettingsDialog::update()
{
    const QList<Problem> list = check(values());
    QStringList lines;
    QList<bool> wrong(m_tabs->count(), false);
    for (const Problem &p : list) {
        lines << p.text;
        wrong[p.tab] = true;
    }
    m_errors->setText(lines.join(u'\n'));
    m_errors->setVisible(!lines.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(lines.isEmpty());
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabIcon(i, wrong.at(i) ? warning : QIcon());
}

QStringList SettingsDialog::conflicts(const Values &v, const Values &stored) const
{
    const auto templatesSetting = [](const Values &x) {
        return x.customTemplates ? QFileInfo(x.templatesDir).absoluteFilePath() : QString();
    };
    QStringList both;
    if (!(v.caf == m_initial.caf) && !(stored.caf == m_loaded.caf) && !(stored.caf == v.caf))
        both << tr("the Caf profile");
    if (v.reminderDays != m_initial.reminderDays && stored.reminderDays != m_loaded.reminderDays &&
        stored.reminderDays != v.reminderDays)
        both << tr("the reminder delay");
    for (const QString &key : noticeKeys()) {
        if (v.notices.value(key) != m_initial.notices.value(key) &&
            stored.notices.value(key) != m_loaded.notices.value(key)) {
            both << tr("the passwords and emails");
            break;
        }
    }
    if (templatesSetting(v) != templatesSetting(m_initial) &&
        templatesSetting(stored) != templatesSetting(m_loaded))
        both << tr("the templates folder");
    if (v.window != m_initial.window && stored.window != m_loaded.window &&
        stored.window != v.window)
        both << tr("the envelope window");
    return both;
}

bool SettingsDialog::databaseChanged(const Values &v) const
{
    if (v.useServer != m_initial.useServer)
        return true;
    return v.useServer ? v.server != m_initial.server : v.databaseFile != m_initial.databaseFile;
}

Status SettingsDialog::save(const Values &v)
{
    // A server chosen now is reached before anything is saved: the next start must open it.
    if (databaseChanged(v) && v.useServer && v.server != m_testedServer) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto opened = connectToServer(this, v.server);
        QApplication::restoreOverrideCursor();
        if (!opened)
            return opened.error();
        if (!*opened)
            return Error{tr("The server was not reached: no password was given.")};
        m_testedServer = v.server;
    }
    // Only what differs from what was loaded is written (one journal entry per change), and all
    // of it in one transaction: a failure half-way (another officer, a full disk) writes
    // nothing, and OK again tries everything again.
    const bool cafChanged =
        !(v.caf == m_initial.caf) || (m_hadCaf && m_storage->defaultCaf() != v.caf.departement);
    const auto templatesSetting = [](const Values &x) {
        return x.customTemplates ? QFileInfo(x.templatesDir).absoluteFilePath() : QString();
    };
    const Status saved = m_storage->inTransaction([&]() -> Status {
        // Optimistic locking: what another officer saved since the dialog opened is never
        // overwritten. The lock makes the comparison and the writes one step.
        if (Status s = m_storage->lockSettings(); !s)
            return s;
        if (const QStringList both = conflicts(v, read(*m_storage)); !both.isEmpty()) {
            return Error{tr("Another officer changed %1 since these settings were opened: "
                            "nothing was saved. Cancel, then open the settings again to see "
                            "the values saved.")
                             .arg(both.join(tr(", ")))};
        }
        if (cafChanged) {
            if (Status s = saveWorkstationCaf(*m_storage, v.caf); !s)
                return s;
        }
        if (v.reminderDays != m_initial.reminderDays) {
            if (Status s = m_storage->setReminderDelayDays(v.reminderDays); !s)
                return s;
        }
        for (const QString &key : noticeKeys()) {
            const Expected<QString> before =
                NoticeSettings::checked(key, m_initial.notices.value(key));
            const Expected<QString> now = NoticeSettings::checked(key, v.notices.value(key));
            if (before && now && *before == *now)
                continue;
            if (Status s = NoticeSettings::save(*m_storage, key, v.notices.value(key)); !s)
                return s;
        }
        if (templatesSetting(v) != templatesSetting(m_initial)) {
            if (Status s = m_storage->saveSetting(kTemplatesDirKey, templatesSetting(v)); !s)
                return s;
        }
        if (v.window != m_initial.window) {
            if (Status s =
                    m_storage->saveSetting(kWindowKey, DocumentSettings::windowText(v.window));
                !s)
                return s;
        }
        return {};
    });
    if (!saved)
        return saved;
    if (databaseChanged(v)) {
        if (v.useServer)
            rememberDatabaseServer(v.server);
        else
            rememberDatabasePath(v.databaseFile);
    }
    m_initial = v;
    m_loaded = read(*m_storage);
    if (cafChanged) {
        m_hadCaf = true;
        m_caf->setDepartementLocked(true);
        m_cafNote->setVisible(false);
    }
    return {};
}

void SettingsDialog::accept()
{
    const Values v = values();
    if (const QList<Problem> list = check(v); !list.isEmpty()) {
        update();
        m_tabs->setCurrentIndex(list.constFirst().tab);
        return;
    }
    if (Status s = save(v); !s) {
        // Another officer, or a full disk: say so, keep what was typed.
        m_errors->setText(s.errorString());
        m_errors->setVisible(true);
        return;
    }
    QDialog::accept();
}

void SettingsDialog::browseTemplates()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Templates folder"),
                                                          m_templatesDir->text().trimmed());
    if (!dir.isEmpty())
        m_templatesDir->setText(QDir::toNativeSeparators(dir));
}

} // namespace habilis

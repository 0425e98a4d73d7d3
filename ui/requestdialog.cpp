#include "requestdialog.h"

#include "domain/labels.h"
#include "formparts.h"
#include "io/jsonformat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace habilis {

namespace {

QLineEdit *lineEdit(const QString &name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    return e;
}

QGroupBox *group(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

/// A tab page: what it is for, then its table.
QWidget *page(const QString &hint, QWidget *content, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *label = new QLabel(hint, w);
    label->setWordWrap(true);
    auto *layout = new QVBoxLayout(w);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return w;
}

} // namespace

RequestDialog::RequestDialog(Storage *storage, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_today(today)
    , m_draftLabel(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_caf(new QComboBox(this))
    , m_received(new QDateEdit(this))
    , m_kind(new QComboBox(this))
    , m_name(lineEdit(QStringLiteral("providerNameLineEdit"), this))
    , m_siret(lineEdit(QStringLiteral("siretLineEdit"), this))
    , m_email(lineEdit(QStringLiteral("providerEmailLineEdit"), this))
    , m_phone(lineEdit(QStringLiteral("providerPhoneLineEdit"), this))
    , m_representative(new RepresentativeForm(QStringLiteral("representative"), this))
    , m_address(new AddressForm(QStringLiteral("address"), this))
    , m_persons(new PersonTable(QStringLiteral("persons"), this))
    , m_draftTimer(new QTimer(this))
{
    setWindowTitle(tr("New habilitation request"));
    setStyleSheet(fieldProblemStyleSheet());

    // Created in the order of the tab chain: the provider's side, the persons, the
    // establishments, then the buttons.
    if (const Expected<QList<EstablishmentType>> types = storage->establishmentTypes())
        m_types = *types;
    else
        m_typesError = types.errorString();
    m_establishments = new EstablishmentTable(m_types, QStringLiteral("establishments"), this);
    m_errorLabel = new QLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_discard = m_buttons->addButton(tr("&Discard the draft"), QDialogButtonBox::DestructiveRole);

    m_draftLabel->setObjectName(QStringLiteral("draftLabel"));
    m_draftLabel->setWordWrap(true);
    m_draftLabel->setTextFormat(Qt::PlainText);
    m_draftLabel->hide();

    // The request (art. 3-1): to which Caf, received when.
    m_caf->setObjectName(QStringLiteral("cafComboBox"));
    if (const Expected<QList<CafProfile>> cafs = storage->cafs()) {
        for (const CafProfile &c : *cafs)
            m_caf->addItem(tr("%1 — %2").arg(c.departement, c.name), c.departement);
    }
    m_caf->setCurrentIndex(std::max(0, m_caf->findData(storage->defaultCaf())));
    m_received->setObjectName(QStringLiteral("receivedDateEdit"));
    m_received->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_received->setCalendarPopup(true);
    m_received->setDateRange(QDate(2000, 1, 1), today); // never in the future
    m_received->setDate(today);
    m_received->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *requestForm = new QWidget(this);
    auto *requestLayout = new QFormLayout(requestForm);
    addFormRow(requestLayout, tr("Ca&f:"), m_caf);
    addFormRow(requestLayout, tr("Date &received:"), m_received);

    // The data provider.
    m_kind->setObjectName(QStringLiteral("providerKindComboBox"));
    for (const QString &code : Labels::providerKindCodes())
        m_kind->addItem(Labels::display(*Labels::providerKindFromCode(code)), code);
    m_name->setPlaceholderText(tr("Name as on the convention"));
    m_siret->setPlaceholderText(tr("14 digits (SIRET) or 9 (SIREN)"));
    m_siret->setInputMethodHints(Qt::ImhDigitsOnly);
    m_email->setPlaceholderText(tr("contact@example.fr"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_phone->setPlaceholderText(QStringLiteral("05 63 04 63 63"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    auto *providerForm = new QWidget(this);
    auto *providerLayout = new QFormLayout(providerForm);
    addFormRow(providerLayout, tr("&Kind:"), m_kind);
    addFormRow(providerLayout, tr("&Name:"), m_name);
    addFormRow(providerLayout, tr("&SIRET or SIREN:"), m_siret);
    addFormRow(providerLayout, tr("E&mail:"), m_email);
    addFormRow(providerLayout, tr("P&hone:"), m_phone);

    // Three pages in the order of the form the provider filled in: who it is, who is to be
    // habilitated, for which establishments. Each table has the dialog's whole width.
    auto *left = new QVBoxLayout;
    left->addWidget(group(tr("Request"), requestForm, this));
    left->addWidget(group(tr("Data provider"), providerForm, this));
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(group(tr("Representative (signs the convention)"), m_representative, this));
    right->addWidget(group(tr("Address (NF Z10-011)"), m_address, this));
    right->addStretch(1);
    auto *providerPage = new QWidget(this);
    auto *columns = new QHBoxLayout(providerPage);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto *scroll = new QScrollArea(this); // for small screens
    scroll->setObjectName(QStringLiteral("providerScrollArea"));
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(providerPage);
    m_tabs->setObjectName(QStringLiteral("requestTabs"));
    m_tabs->addTab(scroll, tr("Provider"));
    m_tabs->addTab(
        page(tr("The agents the provider names, as they will appear in Annex 1."), m_persons, this),
        QString());
    m_tabs->addTab(page(tr("The establishments and what the provider may publish for each on "
                           "monenfant.fr: its functioning information, and for an EAJE its free "
                           "places."),
                        m_establishments, this),
                   QString());

    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("What is still wrong"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("&Record the request"));
    m_buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Closes; what is typed stays as a draft for next time."));
    m_discard->setObjectName(QStringLiteral("discardDraftButton"));
    m_discard->setToolTip(tr("Empties the form and deletes its draft."));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RequestDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RequestDialog::reject);
    connect(m_discard, &QPushButton::clicked, this, &RequestDialog::discardDraft);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_draftLabel);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    // Typing never loses anything: a draft a moment after the last change.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1000);
    connect(m_draftTimer, &QTimer::timeout, this, &RequestDialog::writeDraft);
    for (QComboBox *c : {m_caf, m_kind})
        connect(c, &QComboBox::currentIndexChanged, this, &RequestDialog::edited);
    connect(m_received, &QDateEdit::dateChanged, this, &RequestDialog::edited);
    for (QLineEdit *e : {m_name, m_siret, m_email, m_phone})
        connect(e, &QLineEdit::textChanged, this, &RequestDialog::edited);
    connect(m_representative, &RepresentativeForm::edited, this, &RequestDialog::edited);
    connect(m_address, &AddressForm::edited, this, &RequestDialog::edited);
    connect(m_persons, &AnnexTableEditor::edited, this, &RequestDialog::edited);
    connect(m_establishments, &AnnexTableEditor::edited, this, &RequestDialog::edited);

    QSize size(1100, 680);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableSize() * 0.95);
    resize(size);
    m_name->setFocus();

    restoreDraft();
    revalidate();
}

RequestDialog::~RequestDialog()
{
    // Closed by its parent before the timer fired: the last keystrokes are kept too.
    if (m_draftTimer->isActive())
        writeDraft();
}

QString RequestDialog::draftPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/drafts/request.json");
}

void RequestDialog::fill(const HabilitationRequest &r)
{
    m_loading = true;
    const QString caf = r.cafDepartement.trimmed().toUpper();
    if (!caf.isEmpty()) {
        int i = m_caf->findData(caf);
        if (i < 0) { // a Caf not set up here: kept, and the storage will say so
            m_caf->addItem(caf, caf);
            i = m_caf->count() - 1;
        }
        m_caf->setCurrentIndex(i);
    }
    if (r.receivedOn.isValid())
        m_received->setDate(r.receivedOn);
    const Provider &p = r.provider;
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(Labels::code(p.kind))));
    m_name->setText(p.name);
    m_siret->setText(p.siret);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_representative->setRepresentative(p.representative);
    m_address->setAddress(p.address);
    m_persons->setPersons(r.persons);
    m_establishments->setEstablishments(r.establishments);
    m_loading = false;
}

void RequestDialog::setRequest(const HabilitationRequest &request)
{
    fill(request);
    m_failure.clear();
    revalidate();
    m_draftTimer->start();
}

HabilitationRequest RequestDialog::request() const
{
    HabilitationRequest r;
    r.cafDepartement = m_caf->currentData().toString();
    r.receivedOn = m_received->date();
    Provider &p = r.provider;
    p.kind = Labels::providerKindFromCode(m_kind->currentData().toString())
                 .value_or(ProviderKind::Commune);
    p.name = m_name->text().trimmed();
    p.siret = m_siret->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.representative = m_representative->representative();
    p.address = m_address->address();
    r.persons = m_persons->persons();
    r.establishments = m_establishments->establishments();
    return r;
}

bool RequestDialog::isFormEmpty() const
{
    for (const QLineEdit *e : {m_name, m_siret, m_email, m_phone}) {
        if (!e->text().trimmed().isEmpty())
            return false;
    }
    return m_representative->isEmpty() && m_address->isEmpty() && m_persons->isEmpty() &&
           m_establishments->isEmpty();
}

QList<FieldError> RequestDialog::problems() const
{
    if (!m_typesError.isEmpty())
        return {FieldError{tr("establishment types"), QString(), m_typesError}};
    return Validation::validate(request(), m_types);
}

void RequestDialog::edited()
{
    if (m_loading)
        return;
    m_failure.clear();
    revalidate();
    m_draftTimer->start();
}

void RequestDialog::revalidate()
{
    const auto text = [](const QLineEdit *e) {
        return e->text().trimmed();
    };
    const QString marks[] = {Validation::checkSiretOrSiren(text(m_siret)),
                             text(m_email).isEmpty() ? QString()
                                                     : Validation::checkEmail(text(m_email)),
                             Validation::checkPhone(text(m_phone))};
    setFieldProblem(m_siret, marks[0]);
    setFieldProblem(m_email, marks[1]);
    setFieldProblem(m_phone, marks[2]);
    const bool providerWrong =
        m_address->markProblems() > 0 || std::any_of(std::begin(marks), std::end(marks),
                                                     [](const QString &p) { return !p.isEmpty(); });
    // The tabs say where something is wrong, and how many lines the tables hold.
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    m_tabs->setTabIcon(0, providerWrong ? warning : QIcon());
    m_tabs->setTabIcon(1, m_persons->invalidCells() > 0 ? warning : QIcon());
    m_tabs->setTabIcon(2, m_establishments->invalidCells() > 0 ? warning : QIcon());
    m_tabs->setTabText(1, tr("Persons (%1)").arg(m_persons->persons().size()));
    m_tabs->setTabText(2, tr("Establishments (%1)").arg(m_establishments->establishments().size()));
    const QList<FieldError> errors = problems();
    m_ok->setEnabled(errors.isEmpty());
    showProblems(m_errorLabel, errors, m_failure);
    m_discard->setEnabled(!isFormEmpty() || QFile::exists(draftPath()));
}

void RequestDialog::writeDraft()
{
    m_draftTimer->stop();
    const QString path = draftPath();
    if (isFormEmpty()) { // nothing to keep
        QFile::remove(path);
        return;
    }
    QSaveFile file(path);
    const QByteArray json = QJsonDocument(JsonFormat::toJson(request())).toJson();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly) ||
        file.write(json) != json.size() || !file.commit()) {
        m_draftLabel->setText(
            tr("The draft cannot be saved in %1: %2. Record the request before closing.")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
        m_draftLabel->setProperty("failed", true);
        m_draftLabel->show();
        return;
    }
    if (m_draftLabel->property("failed").toBool()) {
        m_draftLabel->setProperty("failed", false);
        m_draftLabel->hide();
    }
}

void RequestDialog::restoreDraft()
{
    const QString path = draftPath();
    QFile file(path);
    if (!file.exists())
        return;
    QJsonParseError parse;
    const QJsonDocument doc = file.open(QIODevice::ReadOnly)
                                  ? QJsonDocument::fromJson(file.readAll(), &parse)
                                  : QJsonDocument();
    if (!doc.isObject()) {
        m_draftLabel->setText(tr("The draft %1 cannot be read; it will be replaced by what you "
                                 "type.")
                                  .arg(QDir::toNativeSeparators(path)));
        m_draftLabel->show();
        return;
    }
    // A draft is incomplete by nature: what it holds is restored, missing keys and all.
    QList<FieldError> incomplete;
    fill(JsonFormat::requestFromJson(doc.object(), &incomplete));
    const QDateTime saved = QFileInfo(path).lastModified();
    m_draftLabel->setText(
        tr("A draft of %1 was restored.").arg(QLocale().toString(saved, QLocale::ShortFormat)));
    m_draftLabel->show();
}

void RequestDialog::discardDraft()
{
    m_draftTimer->stop();
    QFile::remove(draftPath());
    HabilitationRequest blank;
    blank.cafDepartement = m_storage->defaultCaf();
    blank.receivedOn = m_today;
    fill(blank);
    m_draftLabel->hide();
    m_draftLabel->setProperty("failed", false);
    m_failure.clear();
    revalidate();
    m_name->setFocus();
}

void RequestDialog::accept()
{
    const QList<FieldError> errors = problems();
    if (!errors.isEmpty()) {
        m_failure.clear();
        showProblems(m_errorLabel, errors);
        m_ok->setEnabled(false);
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Expected<Convention> c = m_storage->importRequest(request());
    QGuiApplication::restoreOverrideCursor();
    if (!c) {
        // Refused: the dialog stays, with everything typed, and the draft is up to date.
        m_failure = c.errorString();
        showProblems(m_errorLabel, {}, m_failure);
        writeDraft();
        return;
    }
    m_reference = c->reference;
    m_draftTimer->stop();
    QFile::remove(draftPath());
    emit requestRecorded(m_reference);
    QDialog::accept();
}

void RequestDialog::reject()
{
    // Escape or Cancel must not cost the officer what they typed: the draft stays unless the
    // form is empty. Discarding it is the explicit "Discard the draft".
    m_draftTimer->stop();
    if (isFormEmpty())
        QFile::remove(draftPath());
    else
        writeDraft();
    QDialog::reject();
}

} // namespace habilis

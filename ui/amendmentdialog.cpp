#include "amendmentdialog.h"

#include "domain/dates.h"
#include "domain/labels.h"
#include "formparts.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QTabWidget>
#include <QVBoxLayout>

namespace habilis {

namespace {

Representative asRepresentative(const Person &p)
{
    Representative r;
    r.civility = p.civility;
    r.firstName = p.firstName;
    r.lastName = p.lastName;
    return r;
}

QListWidget *checkList(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessibleName);
    list->setAlternatingRowColors(true);
    list->setUniformItemSizes(true);
    return list;
}

QListWidgetItem *checkItem(const QString &text, const QString &key, QListWidget *list)
{
    auto *item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, key);
    item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setCheckState(Qt::Unchecked);
    return item;
}

QStringList checkedKeys(const QListWidget *list)
{
    QStringList keys;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            keys << list->item(i)->data(Qt::UserRole).toString();
    }
    return keys;
}

/// A ticked line reads as struck out: it leaves the annex.
void strikeOut(QListWidgetItem *item)
{
    QFont font = item->font();
    font.setStrikeOut(item->checkState() == Qt::Checked);
    item->setFont(font);
}

} // namespace

AmendmentDialog::AmendmentDialog(Storage *storage, const QString &reference, QDate today,
                                 QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_reference(reference.trimmed().toUpper())
    , m_today(today)
{
    setWindowTitle(tr("Amendment to the convention %1").arg(m_reference));
    setStyleSheet(fieldProblemStyleSheet());

    if (const Expected<ConventionDetail> d = storage->convention(m_reference, today)) {
        m_detail = *d;
        m_reference = d->convention.reference;
    } else {
        m_loadError = d.errorString();
    }
    if (const Expected<QList<EstablishmentType>> types = storage->establishmentTypes())
        m_types = *types;
    else if (m_loadError.isEmpty())
        m_loadError = types.errorString();
    const Provider &provider = m_detail.provider;
    const Annex &annex = m_detail.annex;

    // Which convention, with whom.
    m_title = new QLabel(tr("Amendment to the convention %1").arg(m_reference), this);
    m_title->setObjectName(QStringLiteral("conventionLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_provider = new QLabel(this);
    m_provider->setObjectName(QStringLiteral("providerLabel"));
    m_provider->setTextFormat(Qt::PlainText);
    m_provider->setWordWrap(true);
    m_provider->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (m_loadError.isEmpty()) {
        QString text = tr("%1 (%2) — representative: %3.")
                           .arg(provider.name, provider.address.town,
                                Labels::fullName(provider.representative));
        text += QLatin1Char(' ');
        text += annex.validFrom.isValid() ? tr("Annex 1 in force: version %1 since %2.")
                                                .arg(annex.version)
                                                .arg(dates::display(annex.validFrom))
                                          : tr("Annex 1: version %1.").arg(annex.version);
        m_provider->setText(text);
    }

    // The reason and the date head the amendment.
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("Departure of an agent, new establishment, new mayor…"));
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    // The storage takes a date between the signature and today.
    const QDate signedOn = m_detail.convention.signedOn;
    m_date->setDateRange(signedOn.isValid() && signedOn <= today ? signedOn : QDate(2000, 1, 1),
                         today);
    m_date->setDate(today);
    m_date->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto *head = new QFormLayout;
    addFormRow(head, tr("&Reason:"), m_reason);
    addFormRow(head, tr("&Date:"), m_date);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("changesTabs"));

    // The persons: who leaves, who comes.
    auto *personsPage = new QWidget(this);
    m_removePersons =
        checkList(QStringLiteral("removePersonsList"), tr("Persons who leave"), personsPage);
    for (const Person &p : annex.persons) {
        QString text = Labels::fullName(asRepresentative(p));
        if (!p.jobTitle.isEmpty())
            text += QStringLiteral(", ") + p.jobTitle;
        text += QStringLiteral(" — ") + p.email;
        checkItem(text, p.email, m_removePersons);
    }
    m_addPersons = new PersonTable(QStringLiteral("addPersons"), personsPage);
    auto *removePersonsBox = new QGroupBox(tr("In the annex in force: tick who leaves"), this);
    (new QVBoxLayout(removePersonsBox))->addWidget(m_removePersons);
    auto *addPersonsBox = new QGroupBox(tr("Persons to add"), this);
    (new QVBoxLayout(addPersonsBox))->addWidget(m_addPersons);
    auto *personsLayout = new QVBoxLayout(personsPage);
    personsLayout->addWidget(removePersonsBox, 1);
    personsLayout->addWidget(addPersonsBox, 1);
    m_tabs->addTab(personsPage, tr("&Persons"));

    // The establishments: removed, added.
    auto *establishmentsPage = new QWidget(this);
    m_removeEstablishments = checkList(QStringLiteral("removeEstablishmentsList"),
                                       tr("Establishments removed"), establishmentsPage);
    for (const AnnexEstablishment &ae : annex.establishments) {
        const Establishment &e = ae.establishment;
        QStringList scope;
        if (ae.scope.functioning)
            scope << tr("functioning");
        if (ae.scope.availability)
            scope << tr("availability");
        const QString text =
            tr("%1 — %2, %3 %4 (%5)")
                .arg(e.type, e.name, e.postcode, e.town, scope.join(QStringLiteral(", ")));
        // By id: two establishments of an annex may share a name (Amendments::apply).
        checkItem(text, e.id > 0 ? QStringLiteral("#%1").arg(e.id) : e.name,
                  m_removeEstablishments);
    }
    m_addEstablishments =
        new EstablishmentTable(m_types, QStringLiteral("addEstablishments"), establishmentsPage);
    auto *removeEstablishmentsBox =
        new QGroupBox(tr("In the annex in force: tick those removed"), this);
    (new QVBoxLayout(removeEstablishmentsBox))->addWidget(m_removeEstablishments);
    auto *addEstablishmentsBox = new QGroupBox(tr("Establishments to add"), this);
    (new QVBoxLayout(addEstablishmentsBox))->addWidget(m_addEstablishments);
    auto *establishmentsLayout = new QVBoxLayout(establishmentsPage);
    establishmentsLayout->addWidget(removeEstablishmentsBox, 1);
    establishmentsLayout->addWidget(addEstablishmentsBox, 1);
    m_tabs->addTab(establishmentsPage, tr("&Establishments"));

    // The provider: a new representative or address, from the current ones.
    auto *providerPage = new QWidget(this);
    m_representativeBox = new QGroupBox(tr("&New representative"), providerPage);
    m_representativeBox->setObjectName(QStringLiteral("representativeGroupBox"));
    m_representativeBox->setCheckable(true);
    m_representativeBox->setChecked(false);
    m_representative =
        new RepresentativeForm(QStringLiteral("representative"), m_representativeBox);
    m_representative->setRepresentative(provider.representative);
    (new QVBoxLayout(m_representativeBox))->addWidget(m_representative);
    m_addressBox = new QGroupBox(tr("New &address"), providerPage);
    m_addressBox->setObjectName(QStringLiteral("addressGroupBox"));
    m_addressBox->setCheckable(true);
    m_addressBox->setChecked(false);
    m_address = new AddressForm(QStringLiteral("address"), m_addressBox);
    m_address->setAddress(provider.address);
    (new QVBoxLayout(m_addressBox))->addWidget(m_address);
    auto *providerLayout = new QHBoxLayout(providerPage);
    providerLayout->addWidget(m_representativeBox, 1, Qt::AlignTop);
    providerLayout->addWidget(m_addressBox, 1, Qt::AlignTop);
    m_tabs->addTab(providerPage, tr("Pro&vider"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changesLabel"));
    m_summary->setWordWrap(true);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("What is still wrong"));
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok = m_buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setText(tr("&Prepare the amendment"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AmendmentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AmendmentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_provider);
    layout->addLayout(head);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_reason, &QLineEdit::textChanged, this, &AmendmentDialog::edited);
    connect(m_date, &QDateEdit::dateChanged, this, &AmendmentDialog::edited);
    connect(m_removePersons, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        {
            const QSignalBlocker block(m_removePersons);
            strikeOut(item);
        }
        // Taking back a departure takes back the reason proposed for it.
        if (item->checkState() == Qt::Unchecked && !m_proposedReason.isEmpty() &&
            item->data(Qt::UserRole).toString() == m_proposedFor &&
            m_reason->text() == m_proposedReason) {
            m_proposedReason.clear();
            m_reason->clear();
        }
        edited();
    });
    connect(m_removeEstablishments, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        {
            const QSignalBlocker block(m_removeEstablishments);
            strikeOut(item);
        }
        edited();
    });
    connect(m_addPersons, &AnnexTableEditor::edited, this, &AmendmentDialog::edited);
    connect(m_addEstablishments, &AnnexTableEditor::edited, this, &AmendmentDialog::edited);
    for (QGroupBox *box : {m_representativeBox, m_addressBox})
        connect(box, &QGroupBox::toggled, this, &AmendmentDialog::edited);
    connect(m_representative, &RepresentativeForm::edited, this, &AmendmentDialog::edited);
    connect(m_address, &AddressForm::edited, this, &AmendmentDialog::edited);

    if (!m_loadError.isEmpty()) {
        for (QWidget *w : {static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_date),
                           static_cast<QWidget *>(m_tabs)})
            w->setEnabled(false);
    }

    QSize size(1080, 760);
    if (const QScreen *s = screen())
        size = size.boundedTo(s->availableSize() * 0.95);
    resize(size);
    m_reason->setFocus();
    revalidate();
}

AmendmentChanges AmendmentDialog::changes() const
{
    AmendmentChanges c;
    c.removePersons = checkedKeys(m_removePersons);
    c.removeEstablishments = checkedKeys(m_removeEstablishments);
    c.addPersons = m_addPersons->persons();
    c.addEstablishments = m_addEstablishments->establishments();
    // A box ticked but left as it was changes nothing.
    if (m_representativeBox->isChecked()) {
        const Representative r = m_representative->representative();
        if (r != m_detail.provider.representative)
            c.representative = r;
    }
    if (m_addressBox->isChecked()) {
        const PostalAddress a = m_address->address();
        if (a != m_detail.provider.address)
            c.address = a;
    }
    return c;
}

QString AmendmentDialog::reason() const
{
    return m_reason->text().trimmed();
}

QDate AmendmentDialog::date() const
{
    return m_date->date();
}

QList<FieldError> AmendmentDialog::problems() const
{
    if (!m_loadError.isEmpty())
        return {FieldError{tr("convention"), m_reference, m_loadError}};
    QList<FieldError> errors;
    const AmendmentChanges c = changes();
    if (c.isEmpty()) {
        errors << FieldError{tr("amendment"), QString(),
                             tr("it changes nothing yet: tick who leaves, add a person or an "
                                "establishment, or give a new representative or address.")};
    } else {
        Amendments::apply(m_detail.annex, c, m_types, &errors);
        if (c.representative || c.address) {
            Provider changed = m_detail.provider;
            changed.representative = c.representative.value_or(changed.representative);
            changed.address = c.address.value_or(changed.address);
            errors << Validation::validate(changed);
        }
    }
    if (reason().isEmpty())
        errors << FieldError{tr("reason"), QString(), tr("say why the annex changes.")};
    return errors;
}

void AmendmentDialog::edited()
{
    m_failure.clear();
    revalidate();
}

void AmendmentDialog::revalidate()
{
    if (m_addressBox->isChecked())
        m_address->markProblems();
    const QList<FieldError> errors = problems();
    m_ok->setEnabled(errors.isEmpty());
    showProblems(m_errorLabel, errors, m_failure);
    updateSummary(changes());
}

void AmendmentDialog::updateSummary(const AmendmentChanges &c)
{
    QStringList parts;
    if (const int n = int(c.removePersons.size()))
        parts << tr("%n person(s) leaving", nullptr, n);
    if (const int n = int(c.addPersons.size()))
        parts << tr("%n person(s) added", nullptr, n);
    if (const int n = int(c.removeEstablishments.size()))
        parts << tr("%n establishment(s) removed", nullptr, n);
    if (const int n = int(c.addEstablishments.size()))
        parts << tr("%n establishment(s) added", nullptr, n);
    if (c.representative)
        parts << tr("a new representative");
    if (c.address)
        parts << tr("a new address");
    m_summary->setText(parts.isEmpty()
                           ? tr("No change yet.")
                           : tr("This amendment: %1.").arg(parts.join(QStringLiteral(", "))));
}

void AmendmentDialog::markLeaving(const QString &email)
{
    const QString key = email.trimmed();
    for (int i = 0; i < m_removePersons->count(); ++i) {
        QListWidgetItem *item = m_removePersons->item(i);
        if (item->data(Qt::UserRole).toString().compare(key, Qt::CaseInsensitive) != 0)
            continue;
        m_tabs->setCurrentIndex(0);
        m_removePersons->setCurrentItem(item);
        m_removePersons->scrollToItem(item);
        if (reason().isEmpty()) {
            const Person &p = m_detail.annex.persons.at(i);
            m_proposedReason = tr("Departure of %1").arg(Labels::fullName(asRepresentative(p)));
            m_proposedFor = item->data(Qt::UserRole).toString();
            m_reason->setText(m_proposedReason);
        }
        item->setCheckState(Qt::Checked);
        return;
    }
    m_failure = tr("\"%1\" is not in the annex in force of %2.").arg(key, m_reference);
    showProblems(m_errorLabel, {}, m_failure);
}

void AmendmentDialog::reject()
{
    if (!changes().isEmpty() &&
        QMessageBox::question(this, windowTitle(),
                              tr("Close without preparing the amendment? What was entered is "
                                 "lost.")) != QMessageBox::Yes)
        return;
    QDialog::reject();
}

void AmendmentDialog::accept()
{
    const QList<FieldError> errors = problems();
    if (!errors.isEmpty()) {
        m_failure.clear();
        showProblems(m_errorLabel, errors);
        m_ok->setEnabled(false);
        return;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Expected<Amendment> a =
        m_storage->prepareAmendment(m_reference, changes(), reason(), date(), m_today);
    QGuiApplication::restoreOverrideCursor();
    if (!a) {
        m_failure = a.errorString();
        showProblems(m_errorLabel, {}, m_failure);
        return;
    }
    m_number = a->number;
    emit amendmentPrepared(m_reference, m_number);
    QDialog::accept();
}

} // namespace habilis

#include "conventionview.h"

#include "domain/amendment.h"
#include "domain/dates.h"
#include "domain/labels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace habilis {

namespace {

// The steps of the convention the view offers, in the order of the procedure.
const QList<Step> &conventionSteps()
{
    static const QList<Step> steps{Step::Check,  Step::Reject,      Step::Issue,    Step::Mail,
                                   Step::Return, Step::Countersign, Step::Activate, Step::Remind,
                                   Step::Cancel, Step::Terminate};
    return steps;
}

const QList<Step> &amendmentSteps()
{
    static const QList<Step> steps{Step::Mail, Step::Return, Step::Countersign, Step::Cancel};
    return steps;
}

QTableWidget *makeTable(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString html(const QString &text)
{
    return text.toHtmlEscaped();
}

QString addressHtml(const PostalAddress &a)
{
    QStringList lines{
        a.recipient, a.building, a.street, a.poBox,
        QString(a.postcode + u' ' + a.town + (a.cedex ? QStringLiteral(" CEDEX") : QString()))
            .trimmed()};
    lines.removeAll(QString());
    for (QString &l : lines)
        l = html(l);
    return lines.join(QStringLiteral("<br>"));
}

QString representativeHtml(const Representative &r)
{
    const QString name = Labels::fullName(r);
    return html(r.title.isEmpty() ? name : name + QStringLiteral(", ") + r.title);
}

} // namespace

ConventionView::ConventionView(Storage *storage, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_amendButton(new QPushButton(tr("Prepare an &amendment…"), this))
    , m_pendingButton(new QPushButton(tr("Send the pending pass&words"), this))
    , m_tabs(new QTabWidget(this))
    , m_parties(new QLabel(this))
    , m_dates(new QLabel(this))
    , m_annexVersion(new QComboBox(this))
    , m_annexStatus(new QLabel(this))
{
    m_title->setObjectName(QStringLiteral("conventionTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The steps of the procedure, shown when they apply.
    auto *steps = new QHBoxLayout;
    steps->setSpacing(4);
    for (Step step : conventionSteps()) {
        auto *b = new QPushButton(ConventionView::actionLabel(step), this);
        b->setObjectName(Workflow::code(step) + QStringLiteral("Button"));
        connect(b, &QPushButton::clicked, this,
                [this, step] { emit stepRequested(m_reference, step); });
        b->hide(); // shown when the step applies to the convention shown
        m_stepButtons.insert(step, b);
        steps->addWidget(b);
    }
    steps->addStretch(1);
    m_amendButton->setObjectName(QStringLiteral("amendButton"));
    connect(m_amendButton, &QPushButton::clicked, this,
            [this] { emit amendmentRequested(m_reference); });

    auto *documents = new QHBoxLayout;
    const auto docButton = [this, documents](const QString &text, const QString &name,
                                             void (ConventionView::*signal)(const QString &, int)) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this,
                [this, signal] { emit(this->*signal)(m_reference, 0); });
        documents->addWidget(b);
        return b;
    };
    docButton(tr("Pre&view the mailing pack"), QStringLiteral("previewButton"),
              &ConventionView::previewRequested);
    docButton(tr("&Print…"), QStringLiteral("printButton"), &ConventionView::printRequested);
    docButton(tr("P&DF…"), QStringLiteral("pdfButton"), &ConventionView::pdfRequested);
    auto *exportAnnex = new QPushButton(tr("E&xport the annex…"), this);
    exportAnnex->setObjectName(QStringLiteral("exportAnnexButton"));
    connect(exportAnnex, &QPushButton::clicked, this,
            [this] { emit exportAnnexRequested(m_reference); });
    documents->addWidget(exportAnnex);
    documents->addStretch(1);
    m_pendingButton->setObjectName(QStringLiteral("pendingPasswordsButton"));
    m_pendingButton->setToolTip(tr("A password for every person of the annex in force who has "
                                   "none notified: persons added by an amendment, notices that "
                                   "failed."));
    connect(m_pendingButton, &QPushButton::clicked, this,
            [this] { emit pendingPasswordsRequested(m_reference); });
    documents->addWidget(m_pendingButton);
    documents->addWidget(m_amendButton);

    // Summary: the parties and the dates side by side.
    auto *summary = new QWidget(this);
    auto *summaryLayout = new QHBoxLayout(summary);
    for (QLabel *l : {m_parties, m_dates}) {
        l->setTextFormat(Qt::RichText);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        summaryLayout->addWidget(l, 1);
    }
    m_parties->setObjectName(QStringLiteral("partiesLabel"));
    m_dates->setObjectName(QStringLiteral("datesLabel"));

    // Annex 1, any version.
    auto *annex = new QWidget(this);
    auto *annexLayout = new QVBoxLayout(annex);
    auto *versionRow = new QHBoxLayout;
    auto *versionLabel = new QLabel(tr("&Version:"), annex);
    versionLabel->setBuddy(m_annexVersion);
    m_annexVersion->setObjectName(QStringLiteral("annexVersionComboBox"));
    m_annexVersion->setAccessibleName(tr("Annex version"));
    versionRow->addWidget(versionLabel);
    versionRow->addWidget(m_annexVersion);
    versionRow->addWidget(m_annexStatus, 1);
    annexLayout->addLayout(versionRow);
    m_persons =
        makeTable({tr("Civility"), tr("Last name"), tr("First name"), tr("Job title"), tr("Email")},
                  QStringLiteral("personsTable"), annex);
    m_persons->setAccessibleName(tr("Persons habilitated"));
    m_persons->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_persons, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QTableWidgetItem *item = m_persons->itemAt(at);
        // The annex in force, and an amendment possible: else the officer would type for nothing.
        if (!item || !m_amendButton->isEnabled() ||
            m_annexVersion->currentData().toInt() != m_detail.annex.version)
            return;
        const QString email = m_persons->item(item->row(), 4)->text();
        QMenu menu(this);
        menu.addAction(tr("This person left…"), this,
                       [this, email] { emit personLeftRequested(m_reference, email); });
        if (m_detail.convention.activatedOn.isValid()) {
            menu.addAction(tr("New password for this person…"), this,
                           [this, email] { emit passwordResetRequested(m_reference, email); });
        }
        menu.exec(m_persons->viewport()->mapToGlobal(at));
    });
    m_establishments = makeTable({tr("Type"), tr("Establishment"), tr("Address"), tr("Postcode"),
                                  tr("Town"), tr("Functioning"), tr("Availability")},
                                 QStringLiteral("establishmentsTable"), annex);
    m_establishments->setAccessibleName(tr("Establishments"));
    auto *personsBox = new QGroupBox(tr("Persons habilitated"), annex);
    (new QVBoxLayout(personsBox))->addWidget(m_persons);
    auto *establishmentsBox = new QGroupBox(tr("Establishments and scopes"), annex);
    (new QVBoxLayout(establishmentsBox))->addWidget(m_establishments);
    annexLayout->addWidget(personsBox, 1);
    annexLayout->addWidget(establishmentsBox, 1);
    connect(m_annexVersion, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0)
            fillAnnex(m_annexVersion->itemData(i).toInt());
    });

    // Amendments, with their own steps.
    auto *amendments = new QWidget(this);
    auto *amendmentsLayout = new QVBoxLayout(amendments);
    m_amendmentTable = makeTable({tr("Number"), tr("State"), tr("Prepared"), tr("Mailed"),
                                  tr("Returned"), tr("Signed"), tr("Reason")},
                                 QStringLiteral("amendmentsTable"), amendments);
    m_amendmentTable->setAccessibleName(tr("Amendments"));
    amendmentsLayout->addWidget(m_amendmentTable, 1);
    auto *amendmentRow = new QHBoxLayout;
    for (Step step : amendmentSteps()) {
        auto *b = new QPushButton(ConventionView::actionLabel(step), amendments);
        b->setObjectName(QStringLiteral("amendment_") + Workflow::code(step) +
                         QStringLiteral("Button"));
        connect(b, &QPushButton::clicked, this, [this, step] {
            if (const int n = selectedAmendment(); n > 0)
                emit amendmentStepRequested(m_reference, n, step);
        });
        m_amendmentButtons.insert(step, b);
        amendmentRow->addWidget(b);
    }
    auto *amendmentPreview = new QPushButton(tr("Previe&w the amendment"), amendments);
    amendmentPreview->setObjectName(QStringLiteral("amendmentPreviewButton"));
    connect(amendmentPreview, &QPushButton::clicked, this, [this] {
        if (const int n = selectedAmendment(); n > 0)
            emit previewRequested(m_reference, n);
    });
    amendmentRow->addWidget(amendmentPreview);
    amendmentRow->addStretch(1);
    amendmentsLayout->addLayout(amendmentRow);
    connect(m_amendmentTable, &QTableWidget::itemSelectionChanged, this,
            &ConventionView::updateButtons);

    // History: the steps, then every change journaled.
    auto *history = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(history);
    m_events = makeTable({tr("Date"), tr("Step"), tr("By"), tr("Details")},
                         QStringLiteral("eventsTable"), history);
    m_events->setAccessibleName(tr("Steps"));
    m_journal =
        makeTable({tr("When"), tr("Who"), tr("Change")}, QStringLiteral("journalTable"), history);
    m_journal->setAccessibleName(tr("Journal"));
    auto *eventsBox = new QGroupBox(tr("Steps of the procedure"), history);
    (new QVBoxLayout(eventsBox))->addWidget(m_events);
    auto *journalBox = new QGroupBox(tr("Journal of the changes"), history);
    (new QVBoxLayout(journalBox))->addWidget(m_journal);
    historyLayout->addWidget(eventsBox, 1);
    historyLayout->addWidget(journalBox, 1);

    m_tabs->setObjectName(QStringLiteral("conventionTabs"));
    m_tabs->addTab(summary, tr("&Summary"));
    m_tabs->addTab(annex, tr("Annex &1"));
    m_tabs->addTab(amendments, tr("A&mendments"));
    m_tabs->addTab(history, tr("&History"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addLayout(steps);
    layout->addLayout(documents);
    layout->addWidget(m_tabs, 1);
}

QString ConventionView::actionLabel(Step step)
{
    switch (step) {
    case Step::Check:
        return tr("Request &checked…");
    case Step::Reject:
        return tr("Re&ject the request…");
    case Step::Issue:
        return tr("Printed &elsewhere…");
    case Step::Mail:
        return tr("&Mailed…");
    case Step::Return:
        return tr("Signed copy &returned…");
    case Step::Countersign:
        return tr("Cou&ntersign…");
    case Step::Activate:
        return tr("A&ctivate the habilitation…");
    case Step::Remind:
        return tr("Re&minder sent…");
    case Step::Cancel:
        return tr("Ca&ncel…");
    case Step::Terminate:
        break;
    }
    return tr("Notice of &termination…");
}

QPushButton *ConventionView::stepButton(Step step) const
{
    return m_stepButtons.value(step);
}

bool ConventionView::show(const QString &reference, QDate today)
{
    m_today = today;
    const Expected<ConventionDetail> d = m_storage->convention(reference, today);
    if (!d) {
        m_error = d.errorString();
        return false;
    }
    m_error.clear();
    m_reference = d->convention.reference;
    m_detail = *d;
    const Expected<QList<Amendment>> amendments = m_storage->amendments(m_reference);
    m_amendments = amendments ? *amendments : QList<Amendment>();

    m_title->setText(tr("%1 — %2").arg(m_reference, Labels::display(m_detail.convention.state)));
    m_subtitle->setText(
        tr("%1, %2 — %3")
            .arg(m_detail.provider.name, m_detail.provider.address.town, m_detail.caf.name));
    fillSummary();
    // Every version of the annex, the one in force on `today` selected.
    const QSignalBlocker block(m_annexVersion);
    m_annexVersion->clear();
    for (int v = 1; v <= m_detail.annexVersions; ++v) {
        const Expected<Annex> a = m_storage->annex(m_reference, v);
        QString label = tr("Version %1").arg(v);
        if (a && a->validFrom.isValid())
            label = tr("Version %1, in force from %2").arg(v).arg(dates::display(a->validFrom));
        else if (a)
            label = tr("Version %1, not signed").arg(v);
        m_annexVersion->addItem(label, v);
    }
    m_annexVersion->setCurrentIndex(m_detail.annex.version - 1);
    fillAnnex(m_detail.annex.version);
    fillAmendments();
    fillHistory();
    updateButtons();
    return true;
}

void ConventionView::reload()
{
    if (!m_reference.isEmpty())
        show(m_reference, m_today);
}

void ConventionView::fillSummary()
{
    const ConventionDetail &d = m_detail;
    const Provider &p = d.provider;
    QString parties = QStringLiteral("<h3>%1</h3><p><b>%2</b><br>%3<br>%4</p>")
                          .arg(tr("The Caf"), html(d.caf.name), representativeHtml(d.caf.director),
                               addressHtml(d.caf.address));
    parties += QStringLiteral("<h3>%1</h3><p><b>%2</b> (%3)")
                   .arg(tr("The data provider"), html(p.name), html(Labels::display(p.kind)));
    if (!p.siret.isEmpty())
        parties += QStringLiteral("<br>") + tr("SIRET/SIREN %1").arg(html(p.siret));
    parties +=
        QStringLiteral("<br>") + tr("Represented by %1").arg(representativeHtml(p.representative));
    parties += QStringLiteral("<br>") + addressHtml(p.address);
    if (!p.email.isEmpty())
        parties += QStringLiteral("<br>") + html(p.email);
    if (!p.phone.isEmpty())
        parties += QStringLiteral("<br>") + html(p.phone);
    parties += QStringLiteral("</p>");
    m_parties->setText(parties);

    const Convention &c = d.convention;
    QStringList rows;
    const auto row = [&rows](const QString &label, QDate date) {
        if (date.isValid())
            rows << QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg(label.toHtmlEscaped(), dates::display(date));
    };
    row(tr("Request received"), c.receivedOn);
    row(tr("Mailed for signature"), c.mailedOn);
    row(tr("Signed copy returned"), c.returnedOn);
    row(tr("Signed by the Caf (effective date)"), c.signedOn);
    row(tr("Habilitation activated"), c.activatedOn);
    const bool living = c.state == ConventionState::InForce && c.signedOn.isValid() &&
                        (!c.terminatedOn.isValid() || m_today < c.terminatedOn);
    if (c.signedOn.isValid()) {
        const dates::Period period = dates::periodOn(c.signedOn, m_today);
        if (period.start.isValid())
            rows << QStringLiteral("<tr><td>%1</td><td><b>%2</b></td></tr>")
                        .arg(tr("Year %1 of the convention").arg(period.index + 1),
                             tr("%1 to %2")
                                 .arg(dates::display(period.start), dates::display(period.end)));
    }
    if (living && !c.terminatedOn.isValid()) {
        const QDate next = dates::nextAnniversary(c.signedOn, m_today);
        row(tr("Next anniversary (tacit renewal)"), next);
        row(tr("Notice to receive by"), dates::noticeDeadline(next));
    }
    row(tr("Notice received"), c.noticeReceivedOn);
    row(tr("Ends (first day no longer in force)"), c.terminatedOn);
    row(tr("Cancelled"), c.cancelledOn);
    m_dates->setText(
        QStringLiteral("<h3>%1</h3><table cellspacing=\"4\">%2</table>")
            .arg(tr("Dates on %1").arg(dates::display(m_today)), rows.join(QString())));
}

void ConventionView::fillAnnex(int version)
{
    const Expected<Annex> a = version == m_detail.annex.version
                                  ? Expected<Annex>(m_detail.annex)
                                  : m_storage->annex(m_reference, version);
    m_persons->setRowCount(0);
    m_establishments->setRowCount(0);
    if (!a) {
        m_annexStatus->setText(a.errorString());
        return;
    }
    m_annexStatus->setText(tr("%n person(s)", nullptr, int(a->persons.size())) +
                           QStringLiteral(", ") +
                           tr("%n establishment(s)", nullptr, int(a->establishments.size())));
    m_persons->setRowCount(int(a->persons.size()));
    for (int i = 0; i < a->persons.size(); ++i) {
        const Person &pe = a->persons.at(i);
        setRow(m_persons, i,
               {Labels::shortDisplay(pe.civility), pe.lastName.toUpper(), pe.firstName, pe.jobTitle,
                pe.email});
    }
    m_establishments->setRowCount(int(a->establishments.size()));
    for (int i = 0; i < a->establishments.size(); ++i) {
        const AnnexEstablishment &ae = a->establishments.at(i);
        const Establishment &e = ae.establishment;
        setRow(m_establishments, i,
               {e.type, e.name, e.address, e.postcode, e.town,
                ae.scope.functioning ? tr("yes") : tr("no"),
                ae.scope.availability ? tr("yes") : tr("no")});
    }
    m_persons->resizeColumnsToContents();
    m_establishments->resizeColumnsToContents();
}

void ConventionView::fillAmendments()
{
    m_amendmentTable->setRowCount(int(m_amendments.size()));
    for (int i = 0; i < m_amendments.size(); ++i) {
        const Amendment &a = m_amendments.at(i);
        setRow(m_amendmentTable, i,
               {QString::number(a.number), Labels::display(a.state), dates::display(a.preparedOn),
                dates::display(a.mailedOn), dates::display(a.returnedOn),
                dates::display(a.signedOn), a.reason});
    }
    m_amendmentTable->resizeColumnsToContents();
    if (!m_amendments.isEmpty())
        m_amendmentTable->selectRow(int(m_amendments.size()) - 1);
    m_tabs->setTabText(2, tr("A&mendments (%1)").arg(m_amendments.size()));
}

void ConventionView::fillHistory()
{
    const Expected<QList<ConventionEvent>> events = m_storage->events(m_reference);
    m_events->setRowCount(0);
    if (events) {
        m_events->setRowCount(int(events->size()));
        for (int i = 0; i < events->size(); ++i) {
            const ConventionEvent &e = events->at(i);
            const auto step = Workflow::stepFromCode(e.step);
            setRow(m_events, i,
                   {dates::display(e.date), step ? Workflow::display(*step) : e.step, e.actor,
                    e.details});
        }
    }
    JournalFilter f;
    f.reference = m_reference;
    const Expected<QList<JournalEntry>> journal = m_storage->journal(f);
    m_journal->setRowCount(0);
    if (journal) {
        m_journal->setRowCount(int(journal->size()));
        for (int i = 0; i < journal->size(); ++i) {
            const JournalEntry &j = journal->at(i);
            setRow(
                m_journal, i,
                {QLocale().toString(j.at.toLocalTime(), QLocale::ShortFormat), j.actor, j.action});
        }
    }
    m_events->resizeColumnsToContents();
    m_journal->resizeColumnsToContents();
}

int ConventionView::selectedAmendment() const
{
    const QList<QTableWidgetItem *> items = m_amendmentTable->selectedItems();
    if (items.isEmpty())
        return 0;
    return m_amendments.value(items.constFirst()->row()).number;
}

void ConventionView::updateButtons()
{
    const Convention &c = m_detail.convention;
    // Only the steps that apply today are offered; the dialogs give the reasons of the rest.
    for (auto it = m_stepButtons.cbegin(); it != m_stepButtons.cend(); ++it)
        it.value()->setVisible(Workflow::availability(c, it.key(), m_today).isEmpty());
    // One amendment at a time, on a convention in force.
    const bool open =
        std::any_of(m_amendments.cbegin(), m_amendments.cend(), [](const Amendment &a) {
            return a.state != ConventionState::InForce && a.state != ConventionState::Cancelled;
        });
    const bool canAmend = c.state == ConventionState::InForce && !open;
    m_pendingButton->setVisible(c.activatedOn.isValid() && c.state == ConventionState::InForce);
    m_amendButton->setEnabled(canAmend);
    m_amendButton->setToolTip(canAmend ? QString()
                              : open   ? tr("An amendment is under way: finish or cancel it first.")
                                       : tr("Only a convention in force can be amended."));
    const int n = selectedAmendment();
    const auto selected = std::find_if(m_amendments.cbegin(), m_amendments.cend(),
                                       [n](const Amendment &a) { return a.number == n; });
    for (auto it = m_amendmentButtons.cbegin(); it != m_amendmentButtons.cend(); ++it) {
        QString why = tr("Select an amendment.");
        if (selected != m_amendments.cend())
            why = Workflow::availability(Amendments::asConvention(*selected, m_reference), it.key(),
                                         m_today);
        it.value()->setEnabled(why.isEmpty());
        it.value()->setToolTip(why);
    }
}

} // namespace habilis

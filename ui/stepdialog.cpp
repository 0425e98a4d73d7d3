#include "stepdialog.h"

#include "domain/amendment.h"
#include "domain/dates.h"
#include "domain/labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace habilis {

QDateEdit *makeDateEdit(QDate value, QWidget *parent)
{
    auto *edit = new QDateEdit(value, parent);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    return edit;
}

StepDialog::StepDialog(Storage *storage, const QString &reference, int amendment, Step step,
                       QDate today, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_reference(reference)
    , m_amendment(amendment)
    , m_step(step)
    , m_today(today)
    , m_form(new QFormLayout)
    , m_consequence(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("stepDialog"));
    const Expected<ConventionDetail> detail = storage->convention(reference, today);
    ConventionDetail d;
    if (detail) {
        d = *detail;
        m_reference = d.convention.reference;
        m_convention = d.convention;
    } else {
        m_error = detail.errorString();
    }
    if (detail && amendment > 0) {
        m_error = tr("The convention %1 has no amendment %2.").arg(m_reference).arg(amendment);
        if (const auto list = storage->amendments(m_reference)) {
            for (const Amendment &a : *list) {
                if (a.number == amendment) {
                    m_convention = Amendments::asConvention(a, m_reference);
                    m_error.clear();
                }
            }
        }
    }

    const QString what = amendment > 0 ? Amendments::label(m_reference, amendment) : m_reference;
    setWindowTitle(tr("%1 — %2").arg(Workflow::display(step), what));
    auto *heading = new QLabel(this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setWordWrap(true);
    heading->setText(QStringLiteral("<b>%1</b><br>%2")
                         .arg(what.toHtmlEscaped(), QString(d.provider.name + QStringLiteral(", ") +
                                                            d.provider.address.town)
                                                        .toHtmlEscaped()));

    const QDate suggested = today;
    switch (step) {
    case Step::Check:
        m_date = addDate(tr("&Checked on:"), QStringLiteral("dateEdit"), suggested);
        break;
    case Step::Reject:
        m_date = addDate(tr("&Rejected on:"), QStringLiteral("dateEdit"), suggested);
        m_reason = addLine(tr("&Reason:"), QStringLiteral("reasonLineEdit"));
        break;
    case Step::Issue:
        m_date = addDate(tr("&Printed on:"), QStringLiteral("dateEdit"), suggested);
        break;
    case Step::Mail:
        m_date = addDate(tr("&Posted on:"), QStringLiteral("dateEdit"), suggested);
        m_tracking =
            addLine(tr("&Tracking number (optional):"), QStringLiteral("trackingLineEdit"));
        break;
    case Step::Return:
        m_date = addDate(tr("&Received on:"), QStringLiteral("dateEdit"), suggested);
        m_signedOn = addDate(tr("Signed by the provider &on:"), QStringLiteral("signedOnDateEdit"),
                             suggested);
        m_signatory = addLine(tr("&Signed by:"), QStringLiteral("signatoryLineEdit"),
                              amendment > 0 || detail ? Labels::fullName(d.provider.representative)
                                                      : QString());
        m_hasDeliberation = new QCheckBox(tr("A council &deliberation authorised it, on:"), this);
        m_hasDeliberation->setObjectName(QStringLiteral("deliberationCheckBox"));
        m_deliberationOn = makeDateEdit(suggested, this);
        m_deliberationOn->setObjectName(QStringLiteral("deliberationDateEdit"));
        m_deliberationOn->setAccessibleName(tr("Deliberation date"));
        m_deliberationOn->setEnabled(false);
        connect(m_hasDeliberation, &QCheckBox::toggled, m_deliberationOn, &QWidget::setEnabled);
        connect(m_hasDeliberation, &QCheckBox::toggled, this, &StepDialog::update);
        connect(m_deliberationOn, &QDateEdit::dateChanged, this, &StepDialog::update);
        m_form->addRow(m_hasDeliberation, m_deliberationOn);
        m_prefectureAck = addLine(tr("&Prefecture acknowledgement (optional):"),
                                  QStringLiteral("prefectureAckLineEdit"));
        m_prefectureAck->setPlaceholderText(
            QStringLiteral("073-200083681-20251015-15102025D14-DE"));
        break;
    case Step::Countersign:
        m_date = addDate(tr("Countersigned &on:"), QStringLiteral("dateEdit"), suggested);
        m_signatory = addLine(tr("&Signed for the Caf by:"), QStringLiteral("signatoryLineEdit"),
                              Labels::fullName(d.caf.director));
        break;
    case Step::Activate:
        m_date = addDate(tr("&Activated on:"), QStringLiteral("dateEdit"), suggested);
        break;
    case Step::Remind:
        m_date = addDate(tr("Reminder &sent on:"), QStringLiteral("dateEdit"), suggested);
        break;
    case Step::Cancel:
        m_date = addDate(tr("&Cancelled on:"), QStringLiteral("dateEdit"), suggested);
        m_reason = addLine(tr("&Reason:"), QStringLiteral("reasonLineEdit"));
        break;
    case Step::Terminate:
        m_terminatedBy = new QComboBox(this);
        m_terminatedBy->setObjectName(QStringLiteral("terminatedByComboBox"));
        m_terminatedBy->setAccessibleName(tr("Notice given by"));
        m_terminatedBy->addItem(tr("The provider (its registered letter reached the Caf)"),
                                QStringLiteral("provider"));
        m_terminatedBy->addItem(tr("The Caf (its registered letter reached the provider)"),
                                QStringLiteral("caf"));
        m_form->addRow(tr("Notice &given by:"), m_terminatedBy);
        connect(m_terminatedBy, &QComboBox::currentIndexChanged, this, &StepDialog::update);
        m_letter = addLine(tr("Registered &letter number:"), QStringLiteral("letterLineEdit"));
        m_hasSentOn = new QCheckBox(tr("Letter &sent on:"), this);
        m_hasSentOn->setObjectName(QStringLiteral("sentOnCheckBox"));
        m_sentOn = makeDateEdit(suggested, this);
        m_sentOn->setObjectName(QStringLiteral("sentOnDateEdit"));
        m_sentOn->setAccessibleName(tr("Letter sent on"));
        m_sentOn->setEnabled(false);
        connect(m_hasSentOn, &QCheckBox::toggled, m_sentOn, &QWidget::setEnabled);
        connect(m_hasSentOn, &QCheckBox::toggled, this, &StepDialog::update);
        connect(m_sentOn, &QDateEdit::dateChanged, this, &StepDialog::update);
        m_form->addRow(m_hasSentOn, m_sentOn);
        m_date = addDate(tr("Notice &received on:"), QStringLiteral("dateEdit"), suggested);
        break;
    }
    m_date->setMaximumDate(today);

    m_consequence->setObjectName(QStringLiteral("consequenceLabel"));
    m_consequence->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("errorLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setAccessibleName(tr("Why it cannot be recorded"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("recordButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(m_form);
    layout->addWidget(m_consequence);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);
    // The cursor waits where typing is needed: the first field left empty, else the date.
    m_date->setFocus();
    for (QLineEdit *edit : {m_reason, m_signatory, m_letter}) {
        if (edit && edit->text().isEmpty()) {
            edit->setFocus();
            break;
        }
    }
    update();
}

QDateEdit *StepDialog::addDate(const QString &label, const QString &name, QDate value)
{
    QDateEdit *edit = makeDateEdit(value, this);
    edit->setObjectName(name);
    edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    m_form->addRow(label, edit);
    connect(edit, &QDateEdit::dateChanged, this, &StepDialog::update);
    return edit;
}

QLineEdit *StepDialog::addLine(const QString &label, const QString &name, const QString &value)
{
    auto *edit = new QLineEdit(value, this);
    edit->setObjectName(name);
    edit->setAccessibleName(QString(label).remove(u'&').remove(u':'));
    edit->setMinimumWidth(320);
    m_form->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, &StepDialog::update);
    return edit;
}

StepInput StepDialog::input() const
{
    StepInput in;
    in.date = m_date->date();
    if (m_reason)
        in.reason = m_reason->text().trimmed();
    if (m_tracking)
        in.tracking = m_tracking->text().trimmed();
    if (m_signatory)
        in.signatory = m_signatory->text().trimmed();
    if (m_signedOn)
        in.signedOn = m_signedOn->date();
    if (m_hasDeliberation && m_hasDeliberation->isChecked())
        in.deliberationOn = m_deliberationOn->date();
    if (m_prefectureAck)
        in.prefectureAck = m_prefectureAck->text().trimmed();
    if (m_terminatedBy)
        in.terminatedBy = m_terminatedBy->currentData().toString();
    if (m_letter)
        in.registeredLetter = m_letter->text().trimmed();
    if (m_hasSentOn && m_hasSentOn->isChecked())
        in.letterSentOn = m_sentOn->date();
    return in;
}

QString StepDialog::refusal() const
{
    if (!m_error.isEmpty())
        return m_error;
    return Workflow::refusal(m_convention, m_step, input(), m_today);
}

void StepDialog::update()
{
    const QString why = refusal();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    // What the step will bring about, with the dates of article 5.
    QString consequence;
    const StepInput in = input();
    if (m_step == Step::Countersign && m_amendment == 0 && in.date.isValid()) {
        consequence =
            tr("The convention takes effect on %1 and renews tacitly every year on "
               "that day; the first anniversary is %2.")
                .arg(dates::display(in.date), dates::display(dates::anniversary(in.date, 1)));
    } else if (m_step == Step::Countersign && in.date.isValid()) {
        consequence = tr("The new annex is in force from %1.").arg(dates::display(in.date));
    } else if (m_step == Step::Terminate && m_convention.signedOn.isValid() && in.date.isValid()) {
        const QDate end = dates::terminationDate(m_convention.signedOn, in.date);
        consequence = tr("The convention stays in force until %1 and ends on %2 (three months' "
                         "notice before the anniversary).")
                          .arg(dates::display(end.addDays(-1)), dates::display(end));
    } else if (m_step == Step::Activate) {
        consequence = tr("Every person of the annex in force receives an identifier and a random "
                         "password to change at first login.");
    }
    m_consequence->setText(consequence);
    m_consequence->setVisible(!consequence.isEmpty());
}

void StepDialog::accept()
{
    const QString why = refusal();
    if (!why.isEmpty()) {
        update();
        return;
    }
    Status done;
    if (m_recorder) {
        done = m_recorder(input());
    } else if (m_amendment > 0) {
        const auto a =
            m_storage->recordAmendmentStep(m_reference, m_amendment, m_step, input(), m_today);
        if (!a)
            done = a.error();
    } else {
        const auto c = m_storage->recordStep(m_reference, m_step, input(), m_today);
        if (!c)
            done = c.error();
    }
    if (!done) {
        // Another officer may have recorded it first: say so, keep what was typed.
        m_problem->setText(done.errorString());
        m_problem->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace habilis

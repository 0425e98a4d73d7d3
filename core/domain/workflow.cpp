#include "workflow.h"

#include "dates.h"
#include "labels.h"

#include <QRegularExpression>

#include <array>

namespace habilis {

namespace {
const std::array<Step, 10> kSteps = {Step::Check,  Step::Reject,      Step::Issue,    Step::Mail,
                                     Step::Return, Step::Countersign, Step::Activate, Step::Remind,
                                     Step::Cancel, Step::Terminate};

QString stateRefusal(const Convention &c, Step step)
{
    return Workflow::tr("%1 cannot be recorded: the convention %2 is at \"%3\".")
        .arg(Workflow::display(step), c.reference, Labels::display(c.state));
}
} // namespace

QString Workflow::code(Step step)
{
    switch (step) {
    case Step::Check:
        return QStringLiteral("check");
    case Step::Reject:
        return QStringLiteral("reject");
    case Step::Issue:
        return QStringLiteral("issue");
    case Step::Mail:
        return QStringLiteral("mail");
    case Step::Return:
        return QStringLiteral("return");
    case Step::Countersign:
        return QStringLiteral("countersign");
    case Step::Activate:
        return QStringLiteral("activate");
    case Step::Remind:
        return QStringLiteral("remind");
    case Step::Cancel:
        return QStringLiteral("cancel");
    case Step::Terminate:
        break;
    }
    return QStringLiteral("terminate");
}

std::optional<Step> Workflow::stepFromCode(const QString &text)
{
    for (Step s : kSteps) {
        if (code(s) == text.trimmed().toLower())
            return s;
    }
    return std::nullopt;
}

QStringList Workflow::stepCodes()
{
    QStringList list;
    for (Step s : kSteps)
        list << code(s);
    return list;
}

QString Workflow::display(Step step)
{
    switch (step) {
    case Step::Check:
        return tr("Request checked");
    case Step::Reject:
        return tr("Request rejected");
    case Step::Issue:
        return tr("Convention issued");
    case Step::Mail:
        return tr("Mailed for signature");
    case Step::Return:
        return tr("Signed copy returned");
    case Step::Countersign:
        return tr("Countersigned by the Caf");
    case Step::Activate:
        return tr("Habilitation activated");
    case Step::Remind:
        return tr("Reminder sent");
    case Step::Cancel:
        return tr("Convention cancelled");
    case Step::Terminate:
        break;
    }
    return tr("Notice of termination");
}

QString Workflow::display(WorkItem::Kind kind)
{
    switch (kind) {
    case WorkItem::RequestToCheck:
        return tr("Requests to check");
    case WorkItem::ConventionToIssue:
        return tr("Conventions to print");
    case WorkItem::ConventionToMail:
        return tr("Conventions to mail");
    case WorkItem::ReminderDue:
        return tr("Not returned: reminder due");
    case WorkItem::ToCountersign:
        return tr("Signed copies to countersign");
    case WorkItem::ToActivate:
        return tr("Habilitations to activate");
    case WorkItem::NoticeWindow:
        return tr("Anniversaries within four months: last days to give notice");
    case WorkItem::AmendmentToMail:
        return tr("Amendments to mail");
    case WorkItem::AmendmentAwaitingReturn:
        return tr("Amendments awaiting return");
    case WorkItem::AmendmentToCountersign:
        return tr("Amendments to countersign");
    case WorkItem::TerminationSoon:
        break;
    }
    return tr("Terminations taking effect within four months");
}

QString Workflow::kindCode(WorkItem::Kind kind)
{
    switch (kind) {
    case WorkItem::RequestToCheck:
        return QStringLiteral("check");
    case WorkItem::ConventionToIssue:
        return QStringLiteral("issue");
    case WorkItem::ConventionToMail:
        return QStringLiteral("mail");
    case WorkItem::ReminderDue:
        return QStringLiteral("remind");
    case WorkItem::ToCountersign:
        return QStringLiteral("countersign");
    case WorkItem::ToActivate:
        return QStringLiteral("activate");
    case WorkItem::NoticeWindow:
        return QStringLiteral("notice");
    case WorkItem::TerminationSoon:
        return QStringLiteral("termination");
    case WorkItem::AmendmentToMail:
        return QStringLiteral("amendment-mail");
    case WorkItem::AmendmentAwaitingReturn:
        return QStringLiteral("amendment-return");
    case WorkItem::AmendmentToCountersign:
        break;
    }
    return QStringLiteral("amendment-countersign");
}

bool Workflow::isValidPrefectureAck(const QString &text)
{
    // département (3), SIREN (9), date of the act (8), act number, nature (2 letters).
    static const QRegularExpression re(QStringLiteral(
        "^([0-9]{2}[0-9AB])-([0-9]{9})-([0-9]{8})-([A-Za-z0-9_]{1,35})-([A-Z]{2})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    return m.hasMatch() && QDate::fromString(m.captured(3), QStringLiteral("yyyyMMdd")).isValid();
}

QString Workflow::availability(const Convention &c, Step step, QDate today)
{
    // The input an officer could type today: only the state and the dates can still refuse.
    StepInput in;
    in.date = today;
    in.reason = in.signatory = in.registeredLetter = QStringLiteral("-");
    in.terminatedBy = QStringLiteral("caf");
    in.signedOn = today;
    return refusal(c, step, in, today);
}

QString Workflow::refusal(const Convention &c, Step step, const StepInput &in, QDate today)
{
    if (!in.date.isValid())
        return tr("%1: the date is missing or is not a date.").arg(display(step));
    if (in.date > today) {
        return tr("%1: the date %2 is in the future.").arg(display(step), dates::display(in.date));
    }
    const auto notBefore = [&](QDate earlier, const QString &what) -> QString {
        if (earlier.isValid() && in.date < earlier) {
            return tr("%1: the date %2 is before %3 (%4).")
                .arg(display(step), dates::display(in.date), what, dates::display(earlier));
        }
        return {};
    };
    const auto required = [&](const QString &value, const QString &field) -> QString {
        if (value.trimmed().isEmpty())
            return tr("%1: %2 is required.").arg(display(step), field);
        return {};
    };
    QString why;
    switch (step) {
    case Step::Check:
        if (c.state != ConventionState::Received)
            return stateRefusal(c, step);
        return notBefore(c.receivedOn, tr("the request's arrival"));
    case Step::Reject:
        if (c.state != ConventionState::Received && c.state != ConventionState::Checked)
            return stateRefusal(c, step);
        if (!(why = required(in.reason, tr("the reason"))).isEmpty())
            return why;
        return notBefore(c.receivedOn, tr("the request's arrival"));
    case Step::Issue:
        if (c.state != ConventionState::Checked)
            return stateRefusal(c, step);
        return notBefore(c.receivedOn, tr("the request's arrival"));
    case Step::Mail:
        if (c.state != ConventionState::Issued)
            return stateRefusal(c, step);
        return notBefore(c.receivedOn, tr("the request's arrival"));
    case Step::Return:
        if (c.state != ConventionState::Mailed)
            return stateRefusal(c, step);
        if (!(why = notBefore(c.mailedOn, tr("the mailing"))).isEmpty())
            return why;
        if (!(why = required(in.signatory, tr("the provider's signatory"))).isEmpty())
            return why;
        if (!in.signedOn.isValid())
            return tr("%1: the provider's signature date is required.").arg(display(step));
        if (in.signedOn > in.date || (c.mailedOn.isValid() && in.signedOn < c.mailedOn)) {
            return tr("%1: the provider's signature date %2 must lie between the mailing (%3) "
                      "and the return (%4).")
                .arg(display(step), dates::display(in.signedOn), dates::display(c.mailedOn),
                     dates::display(in.date));
        }
        if (!in.prefectureAck.isEmpty() && !isValidPrefectureAck(in.prefectureAck)) {
            return tr("%1: \"%2\" is not a prefecture acknowledgement number (for example "
                      "073-200083681-20251015-15102025D14-DE).")
                .arg(display(step), in.prefectureAck);
        }
        if (in.deliberationOn.isValid() && in.deliberationOn > today) {
            return tr("%1: the deliberation date %2 is in the future.")
                .arg(display(step), dates::display(in.deliberationOn));
        }
        return {};
    case Step::Countersign:
        if (c.state != ConventionState::Returned)
            return stateRefusal(c, step);
        if (!(why = required(in.signatory, tr("the Caf's signatory"))).isEmpty())
            return why;
        return notBefore(c.returnedOn, tr("the return of the signed copy"));
    case Step::Activate:
        if (c.state != ConventionState::InForce)
            return stateRefusal(c, step);
        if (c.activatedOn.isValid()) {
            return tr("%1: the convention %2 was activated on %3 already.")
                .arg(display(step), c.reference, dates::display(c.activatedOn));
        }
        if (c.terminatedOn.isValid() && in.date >= c.terminatedOn) {
            return tr("%1: the convention %2 ends on %3.")
                .arg(display(step), c.reference, dates::display(c.terminatedOn));
        }
        return notBefore(c.signedOn, tr("the signature"));
    case Step::Remind:
        if (c.state != ConventionState::Mailed)
            return stateRefusal(c, step);
        return notBefore(c.mailedOn, tr("the mailing"));
    case Step::Cancel:
        if (c.state != ConventionState::Received && c.state != ConventionState::Checked &&
            c.state != ConventionState::Issued && c.state != ConventionState::Mailed)
            return stateRefusal(c, step);
        if (!(why = required(in.reason, tr("the reason"))).isEmpty())
            return why;
        return notBefore(c.receivedOn, tr("the request's arrival"));
    case Step::Terminate:
        if (c.state != ConventionState::InForce)
            return stateRefusal(c, step);
        if (c.noticeReceivedOn.isValid()) {
            return tr("%1: notice was already received on %2; the convention ends on %3.")
                .arg(display(step), dates::display(c.noticeReceivedOn),
                     dates::display(c.terminatedOn));
        }
        if (in.terminatedBy != u"provider" && in.terminatedBy != u"caf") {
            return tr("%1: \"%2\" must be provider or caf.").arg(display(step), in.terminatedBy);
        }
        if (!(why = required(in.registeredLetter, tr("the registered letter number"))).isEmpty())
            return why;
        if (in.letterSentOn.isValid() && in.letterSentOn > in.date) {
            return tr("%1: the letter was sent on %2, after it was received (%3).")
                .arg(display(step), dates::display(in.letterSentOn), dates::display(in.date));
        }
        return notBefore(c.signedOn, tr("the signature"));
    }
    return {};
}

Convention Workflow::apply(Convention c, Step step, const StepInput &in)
{
    switch (step) {
    case Step::Check:
        c.state = ConventionState::Checked;
        break;
    case Step::Reject:
        c.state = ConventionState::Rejected;
        break;
    case Step::Issue:
        c.state = ConventionState::Issued;
        break;
    case Step::Mail:
        c.state = ConventionState::Mailed;
        c.mailedOn = in.date;
        break;
    case Step::Return:
        c.state = ConventionState::Returned;
        c.returnedOn = in.date;
        break;
    case Step::Countersign:
        // The convention takes effect on its signature date: the day both parties have signed.
        c.state = ConventionState::InForce;
        c.signedOn = in.date;
        break;
    case Step::Activate:
        c.activatedOn = in.date;
        break;
    case Step::Remind:
        break;
    case Step::Cancel:
        c.state = ConventionState::Cancelled;
        c.cancelledOn = in.date;
        break;
    case Step::Terminate:
        c.noticeReceivedOn = in.date;
        c.terminatedOn = dates::terminationDate(c.signedOn, in.date);
        break;
    }
    ++c.revision;
    return c;
}

} // namespace habilis

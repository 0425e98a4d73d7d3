#pragma once

#include "types.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace habilis {

/// The steps of the procedure an officer records (DESIGN.md, articles 3 to 5).
enum class Step {
    Check,       ///< the request is checked
    Reject,      ///< the request is rejected, with a reason
    Issue,       ///< the convention's documents are generated
    Mail,        ///< mailed to the provider for signature
    Return,      ///< the copy signed by the provider is back
    Countersign, ///< the Caf signs: the convention is in force from that date
    Activate,    ///< the habilitation is activated
    Remind,      ///< a reminder for a convention not returned
    Cancel,      ///< never returned: cancelled, with a reason
    Terminate,   ///< notice by registered letter; ends on an anniversary
};

/// What a step records beyond its date.
struct StepInput {
    QDate date;               ///< the day of the step (the day the letter arrived, for Return)
    QString reason;           ///< Reject, Cancel
    QString tracking;         ///< Mail: optional postal tracking number
    QString signatory;        ///< Return, Countersign: who signed
    QDate signedOn;           ///< Return: the provider's signature date
    QDate deliberationOn;     ///< Return: optional council deliberation
    QString prefectureAck;    ///< Return: optional, "073-200083681-20251015-15102025D14-DE"
    QString terminatedBy;     ///< Terminate: "provider" or "caf"
    QString registeredLetter; ///< Terminate: the LRAR number
    QDate letterSentOn;       ///< Terminate: the day the letter was sent
};

/// One thing the officer has to do, derived from the states and the dates.
struct WorkItem {
    enum Kind {
        RequestToCheck,          ///< a request received, not yet checked
        ConventionToIssue,       ///< checked: print the convention
        ConventionToMail,        ///< issued: mail it
        ReminderDue,             ///< mailed, not back after the reminder delay
        ToCountersign,           ///< the signed copy is back
        ToActivate,              ///< in force, habilitation not activated
        NoticeWindow,            ///< anniversary within four months: last days to give notice
        TerminationSoon,         ///< a notice takes effect within four months
        AmendmentToMail,         ///< an amendment prepared, not mailed
        AmendmentAwaitingReturn, ///< an amendment mailed, not back (due: the reminder day)
        AmendmentToCountersign,  ///< an amendment signed by the provider
    };
    Kind kind = RequestToCheck;
    QString reference;
    QString providerName;
    QDate since;       ///< when the item arose (received, mailed, returned…)
    QDate due;         ///< the date that matters: reminder due, notice deadline, end
    int amendment = 0; ///< the amendment's number, for the amendment kinds
};

/// The rules of the steps, as plain functions: no database.
class Workflow {
    Q_DECLARE_TR_FUNCTIONS(Workflow)
public:
    static QString code(Step step);
    static std::optional<Step> stepFromCode(const QString &text);
    static QStringList stepCodes();
    static QString display(Step step);
    static QString display(WorkItem::Kind kind);
    static QString kindCode(WorkItem::Kind kind);

    /// Why `step` cannot be recorded on `c` today, in French once translated; empty when it can.
    static QString refusal(const Convention &c, Step step, const StepInput &input, QDate today);
    /// Why `step` cannot be recorded on `c` today whatever the officer would type; empty when
    /// it can (the window enables its actions with it).
    static QString availability(const Convention &c, Step step, QDate today);
    /// The convention once the step is recorded (call only when refusal() is empty).
    static Convention apply(Convention c, Step step, const StepInput &input);
    /// Checks the shape of a prefecture acknowledgement number and the date inside it.
    static bool isValidPrefectureAck(const QString &text);
};

} // namespace habilis

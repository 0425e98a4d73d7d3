#pragma once

#include <QDate>

namespace habilis::dates {

/// The k-th anniversary of the effective date (k >= 0; 0 is the effective date itself).
/// A 29 February falls on 28 February in common years.
QDate anniversary(QDate effective, int k);

/// The first anniversary (k >= 1) strictly after `day`.
QDate nextAnniversary(QDate effective, QDate day);

/// A yearly period of the convention: [start, end], both days included.
struct Period {
    int index = 0; ///< 0 for the first year, 1 after the first tacit renewal...
    QDate start;
    QDate end;
};

/// The period that contains `day`, or an invalid period (null dates) before the effective date.
Period periodOn(QDate effective, QDate day);

/// The last day a notice can be received to end the convention on `anniversaryDate`:
/// three calendar months before it.
QDate noticeDeadline(QDate anniversaryDate);

/// The anniversary on which a convention ends when the notice arrives on `noticeReceived`:
/// the first anniversary A with noticeReceived <= A - 3 months. It is the first day the
/// convention is no longer in force.
QDate terminationDate(QDate effective, QDate noticeReceived);

/// The last day a notice can arrive to end the convention at its next anniversary after `day`.
QDate nextNoticeDeadline(QDate effective, QDate day);

} // namespace habilis::dates

namespace habilis::dates {
/// A date as a person types it: "2025-07-29", "29/07/2025" or "29/07/25"; null if not a date.
QDate parse(const QString &text);
/// "29/07/2025", or an empty string.
QString display(QDate d);
} // namespace habilis::dates

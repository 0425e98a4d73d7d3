#include "dates.h"

namespace habilis::dates {

QDate anniversary(QDate effective, int k)
{
    // Always from the effective date, so that 29 February comes back in leap years.
    return effective.addYears(k);
}

QDate nextAnniversary(QDate effective, QDate day)
{
    if (!effective.isValid() || !day.isValid())
        return {};
    int k = qMax(1, day.year() - effective.year());
    while (k > 1 && anniversary(effective, k - 1) > day)
        --k;
    while (anniversary(effective, k) <= day)
        ++k;
    return anniversary(effective, k);
}

Period periodOn(QDate effective, QDate day)
{
    if (!effective.isValid() || !day.isValid() || day < effective)
        return {};
    const QDate next = nextAnniversary(effective, day);
    int k = next.year() - effective.year();
    while (anniversary(effective, k) != next)
        --k;
    return {k - 1, anniversary(effective, k - 1), next.addDays(-1)};
}

QDate noticeDeadline(QDate anniversaryDate)
{
    return anniversaryDate.addMonths(-3);
}

QDate terminationDate(QDate effective, QDate noticeReceived)
{
    if (!effective.isValid() || !noticeReceived.isValid())
        return {};
    int k = 1;
    if (noticeReceived > effective)
        k = qMax(1, noticeReceived.year() - effective.year() - 1);
    while (noticeReceived > noticeDeadline(anniversary(effective, k)))
        ++k;
    return anniversary(effective, k);
}

QDate nextNoticeDeadline(QDate effective, QDate day)
{
    const QDate end = terminationDate(effective, day);
    return end.isValid() ? noticeDeadline(end) : QDate();
}

} // namespace habilis::dates

namespace habilis::dates {

QDate parse(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("d/M/yyyy")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    const QDate shortYear = QDate::fromString(t, QStringLiteral("dd/MM/yy"));
    return shortYear.isValid() ? shortYear.addYears(100) : QDate();
}

QString display(QDate d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace habilis::dates

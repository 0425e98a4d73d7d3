#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

namespace habilis::mailtools {

/// An email file as Python's email package reads it (tests/mail/parsemail.py).
inline QJsonObject parse(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral(HABILIS_PYTHON),
            {QStringLiteral(HABILIS_MAIL_SCRIPTS "/parsemail.py"), path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("parsemail.py: %s", p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace habilis::mailtools

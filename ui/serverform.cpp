#include "serverform.h"

#include "storage/sqlstorage.h"

#include <QFormLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QSpinBox>

namespace habilis {

ServerForm::ServerForm(QWidget *parent)
    : QWidget(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_dbname(new QLineEdit(this))
    , m_user(new QLineEdit(this))
{
    m_host->setObjectName(QStringLiteral("serverHostLineEdit"));
    m_host->setAccessibleName(tr("Server host"));
    m_host->setPlaceholderText(tr("for example pg.caf73.local"));
    m_port->setObjectName(QStringLiteral("serverPortSpinBox"));
    m_port->setAccessibleName(tr("Server port"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_dbname->setObjectName(QStringLiteral("serverDatabaseLineEdit"));
    m_dbname->setAccessibleName(tr("Database name"));
    m_dbname->setText(QStringLiteral("habilis"));
    m_user->setObjectName(QStringLiteral("serverUserLineEdit"));
    m_user->setAccessibleName(tr("Database user"));
    m_user->setPlaceholderText(tr("your login, if left empty"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("Database &name:"), m_dbname);
    form->addRow(tr("&User:"), m_user);
    setFocusProxy(m_host);
    for (QLineEdit *edit : {m_host, m_dbname, m_user})
        connect(edit, &QLineEdit::textChanged, this, &ServerForm::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerForm::changed);
}

void ServerForm::setConnection(const QString &connection)
{
    const Expected<PgSettings> s = PgSettings::parse(connection);
    if (!s)
        return;
    m_host->setText(s->host);
    m_port->setValue(s->port > 0 ? s->port : 5432);
    m_dbname->setText(s->dbname);
    m_user->setText(s->user);
    m_extra = s->extra;
    if (!s->service.isEmpty())
        m_extra.prepend({QStringLiteral("service"), s->service});
}

QString ServerForm::connection() const
{
    PgSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.dbname = m_dbname->text().trimmed();
    s.user = m_user->text().trimmed();
    s.extra = m_extra;
    return s.toString();
}

QList<FieldError> ServerForm::errors() const
{
    QList<FieldError> errors;
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        errors << FieldError{tr("server host"), host,
                             tr("give the name or address of the server.")};
    else if (host.contains(u' '))
        errors << FieldError{tr("server host"), host,
                             tr("\"%1\" has a space: a host name has none.").arg(host)};
    const QString db = m_dbname->text().trimmed();
    if (db.isEmpty())
        errors << FieldError{tr("database"), db, tr("give the name of the database.")};
    return errors;
}

Expected<std::unique_ptr<SqlStorage>> connectToServer(QWidget *parent, const QString &connection,
                                                      QString *password)
{
    const QString location = QStringLiteral("pg:") + connection;
    auto opened = SqlStorage::openLocation(location);
    if (opened || !SqlStorage::wantsPassword(opened.errorString()))
        return opened;
    bool ok = false;
    const QString typed = QInputDialog::getText(
        parent, ServerForm::tr("Habilis"),
        ServerForm::tr("Password of the PostgreSQL database:\n%1").arg(connection),
        QLineEdit::Password, QString(), &ok);
    if (!ok || typed.isEmpty())
        return std::unique_ptr<SqlStorage>();
    if (password)
        *password = typed;
    return SqlStorage::openLocation(location, typed);
}

} // namespace habilis

#pragma once

#include "domain/validation.h"
#include "error.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QSpinBox;

namespace habilis {

class SqlStorage;

/// Where the office's shared PostgreSQL database is: host, port, database and user. No
/// password is typed here: libpq finds it (PGPASSWORD, ~/.pgpass, a service file), or Habilis
/// asks for it at each start and keeps it in memory only.
class ServerForm : public QWidget {
    Q_OBJECT
public:
    explicit ServerForm(QWidget *parent = nullptr);

    /// Fills the fields from a libpq connection string; other keywords (sslmode…) are kept.
    void setConnection(const QString &connection);
    /// The libpq connection string of the fields.
    QString connection() const;
    /// What is wrong or missing, each naming its field.
    QList<FieldError> errors() const;

signals:
    void changed();

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_dbname;
    QLineEdit *m_user;
    QList<QPair<QString, QString>> m_extra;
};

/// Opens the server of `connection`, asking the officer for the password when libpq finds none
/// (`parent` parents the question). The password typed is returned in `password`, for this
/// run only. Null storage and an empty error: the officer cancelled.
Expected<std::unique_ptr<SqlStorage>> connectToServer(QWidget *parent, const QString &connection,
                                                      QString *password = nullptr);

} // namespace habilis

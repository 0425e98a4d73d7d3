#pragma once

#include "storage/storage.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace habilis {

/// Everything waiting to be mailed, printed at once for the post (by postcode, one PDF or one
/// print job, with progress and cancellation), then the mailing recorded for all of it in one
/// transaction once the envelopes are posted.
class BatchDialog : public QDialog {
    Q_OBJECT
public:
    BatchDialog(Storage *storage, QDate today, QWidget *parent = nullptr);

    const QList<MailingItem> &items() const { return m_items; }
    /// Prints the batch into one PDF; false when cancelled or failed (nothing written).
    bool printToPdf(const QString &path);
    /// Asks for a printer once, then sends the batch as one job.
    bool printToPrinter();
    /// Records the mailing of every item on the date of the form; false with the reason.
    bool recordMailed();

signals:
    void recorded(const QString &message);

private:
    void reload();
    void report(const QString &message, bool error);
    std::function<bool(int, int)> progress(const QString &title);

    Storage *m_storage;
    QDate m_today;
    QList<MailingItem> m_items;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_pdf;
    QPushButton *m_print;
    QDateEdit *m_postedOn;
    QLineEdit *m_tracking;
    QPushButton *m_record;
    QLabel *m_status;
    bool m_printed = false; ///< the batch was printed from this dialog
};

} // namespace habilis

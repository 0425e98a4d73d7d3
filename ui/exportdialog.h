#pragma once

#include "io/habilitationexport.h"

#include <QDialog>

class QAbstractItemModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace habilis {

/// Exports annex lists as CSV, XLSX or PDF: one convention's Annex 1, or every habilitation in
/// force on a day, filtered by Caf, town, establishment type and provider.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// An empty `reference`: every habilitation in force.
    ExportDialog(Storage *storage, const QString &reference, QDate today,
                 QWidget *parent = nullptr);

    /// Writes the file named in the form; stays open with the reason when it cannot.
    void accept() override;
    QString writtenPath() const { return m_written; }

private:
    void browse();
    void updatePath();

    Storage *m_storage;
    QString m_reference;
    QDate m_today;
    QString m_written;
    QDateEdit *m_date;
    QComboBox *m_format;
    QComboBox *m_caf = nullptr;
    QLineEdit *m_town = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_provider = nullptr;
    QLineEdit *m_path;
    QLabel *m_status;
};

/// Writes every row of a list as the window shows it (all pages, all branches) to a CSV file
/// for a French spreadsheet; the whole file or nothing.
Status exportListCsv(QAbstractItemModel *model, const QString &path);

} // namespace habilis

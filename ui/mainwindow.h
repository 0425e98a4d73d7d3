#pragma once

#include <QMainWindow>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace habilis {

class ConventionTableModel;
class Storage;

/// The window: for now the list of conventions with search and a filter by state.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Storage *storage, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConventionTableModel *conventionModel() const { return m_model; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void applyFilter();
    void updateCount();

    Storage *m_storage;
    ConventionTableModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_state;
    QTableView *m_table;
    QLabel *m_count;
    QTimer *m_debounce;
};

} // namespace habilis

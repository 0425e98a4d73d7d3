#pragma once

#include "credentials/credentialservice.h"
#include "domain/workflow.h"
#include "storage/storage.h"

#include <QMainWindow>

#include <functional>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;
class QTableView;
class QTimer;
class QTreeView;

namespace habilis {

class ConventionTableModel;
class ConventionView;
class DirectoryModel;
class WorkListModel;

/// The officer's window: the work list, the lists of conventions, providers, establishments
/// and persons with one search field across them, and a convention's detail with its steps.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page { Work, Conventions, Providers, Establishments, Persons, Detail, PageCount };

    explicit MainWindow(Storage *storage, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// The day the window works on: today, unless a test sets another.
    QDate today() const { return m_today; }
    void setToday(QDate day);
    /// A new day while the window is open (unless a test set the day): settles and refreshes.
    void followTheCalendar();

    Page currentPage() const;
    void showPage(Page page);
    /// Opens a convention's detail; false (with the reason in the status bar) when unknown.
    bool openConvention(const QString &reference);
    /// What the search field does on Enter: a scanned return slip opens its convention, ready
    /// to record the signature; other text searches the current list.
    void searchEntered();
    /// Reads everything shown again (after a change).
    void refresh();

    ConventionTableModel *conventionModel() const { return m_conventionModel; }
    DirectoryModel *directoryModel(Directory kind) const;
    WorkListModel *workModel() const { return m_workModel; }
    ConventionView *conventionView() const { return m_view; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *makeWorkPage();
    QWidget *makeConventionPage();
    QWidget *makeDirectoryPage(Directory kind);
    void makeActions();
    void applySearch();
    void applyConventionFilter();
    void applyDirectoryFilter(Directory kind);
    void openWorkItem(const QModelIndex &index);
    void updateCounts();
    QTableView *makeTable(QAbstractItemModel *model, const QString &name);
    void restoreState();

    // What the window asks the dialogs to do.
    void runStep(const QString &reference, Step step);
    void runAmendmentStep(const QString &reference, int number, Step step);
    void newRequest();
    void prepareAmendment(const QString &reference, const QString &leavingEmail);
    void previewDocuments(const QString &reference, int amendment);
    void printDocuments(const QString &reference, int amendment);
    void saveDocumentsPdf(const QString &reference, int amendment);
    void printBatch();
    void exportHabilitations(const QString &reference);
    void exportCurrentList();
    void editSettings();
    void showAbout();
    /// Sends passwords through the Caf's relay (asking its password when needed) or as drafts,
    /// then shows what became of each notice.
    Expected<QList<NoticeResult>>
    sendNotices(const QString &reference, bool sends,
                const std::function<Expected<QList<NoticeResult>>(CredentialService &)> &action);
    void showNoticeReport(const QString &reference, const QList<NoticeResult> &results,
                          const QString &channel);
    /// `quiet`: say nothing when nobody is waiting (after an amendment).
    void notifyPending(const QString &reference, bool quiet = false);
    /// A warning that does not block the window.
    void showProblem(const QString &title, const QString &text);
    void resetPassword(const QString &reference, const QString &email);

    Storage *m_storage;
    QDate m_today;
    bool m_todayFixed = false;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QLineEdit *m_search;
    QTimer *m_debounce;
    QLabel *m_count;

    WorkListModel *m_workModel;
    QTreeView *m_workView;

    ConventionTableModel *m_conventionModel;
    QTableView *m_conventionTable;
    QComboBox *m_state;
    QComboBox *m_conventionTown;
    QComboBox *m_conventionType;
    QCheckBox *m_due;

    struct DirectoryPage {
        DirectoryModel *model = nullptr;
        QTableView *table = nullptr;
        QComboBox *town = nullptr;
        QComboBox *type = nullptr;
        bool stale = true; ///< the search changed while another page was shown
    };
    QMap<Directory, DirectoryPage> m_directories;
    bool m_conventionsStale = true;

    ConventionView *m_view;
    Page m_returnPage = Conventions;
};

} // namespace habilis

#include "mainwindow.h"

#include "conventiontablemodel.h"
#include "conventionview.h"
#include "directorymodel.h"
#include "domain/labels.h"
#include "worklistmodel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace habilis {

namespace {

const QString kGeometry = QStringLiteral("mainWindow/geometry");
const QString kState = QStringLiteral("mainWindow/state");
const QString kPage = QStringLiteral("mainWindow/page");
constexpr int kOpenBranch = 12;
constexpr const char *kSized = "habilisColumnsSized";

QString headerKey(const QString &table)
{
    return QStringLiteral("mainWindow/header/") + table;
}

/// A return slip's code: the reference alone, as the scanner types it.
bool looksLikeReference(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^CS-[0-9][0-9AB][0-9]?-[0-9]{4}-[0-9]{4,}$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch();
}

QComboBox *townCombo(const QStringList &towns, const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(MainWindow::tr("Town"));
    combo->addItem(MainWindow::tr("All towns"), QString());
    for (const QString &t : towns)
        combo->addItem(t, t);
    // Thousands of towns: let the officer type one, completed accent- and case-insensitively.
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setFilterMode(Qt::MatchStartsWith);
    combo->setMinimumContentsLength(14);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

/// The town a town combo stands on: the chosen item, empty for all towns or unknown text.
QString chosenTown(const QComboBox *combo)
{
    const int i = combo->findText(combo->currentText(), Qt::MatchFixedString);
    return i > 0 ? combo->itemData(i).toString() : QString();
}

QComboBox *typeCombo(const Storage *storage, const QString &name, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(name);
    combo->setAccessibleName(MainWindow::tr("Establishment type"));
    combo->addItem(MainWindow::tr("All types"), QString());
    if (const auto types = storage->establishmentTypes())
        for (const EstablishmentType &t : *types)
            combo->addItem(t.code + QStringLiteral(" — ") + t.label, t.code);
    // The long labels show in the list; the closed combo stays narrow enough for a laptop.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    combo->view()->setMinimumWidth(combo->view()->sizeHintForColumn(0) + 24);
    return combo;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text, buddy->parentWidget());
    label->setBuddy(buddy);
    return label;
}

} // namespace

MainWindow::MainWindow(Storage *storage, QWidget *parent)
    : QMainWindow(parent)
    , m_storage(storage)
    , m_today(QDate::currentDate())
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_count(new QLabel(this))
    , m_workModel(new WorkListModel(storage, this))
    , m_conventionModel(new ConventionTableModel(storage, this))
    , m_view(new ConventionView(storage, this))
{
    // Qt adds the application's name: "Caf de la Savoie — Habilis".
    if (const Expected<CafProfile> caf = storage->caf(storage->defaultCaf()))
        setWindowTitle(caf->name);

    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(
        tr("Search a reference, a provider, a person, an establishment… or scan a return slip"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_search->setMinimumWidth(280);

    m_nav->setObjectName(QStringLiteral("navigationList"));
    m_nav->setAccessibleName(tr("Lists"));
    for (const QString &label :
         {tr("To do"), tr("Conventions"), tr("Providers"), tr("Establishments"), tr("Persons")})
        m_nav->addItem(label);
    m_nav->setFixedWidth(m_nav->sizeHintForColumn(0) + 48);
    m_nav->setFrameShape(QFrame::NoFrame);

    m_stack->addWidget(makeWorkPage());
    m_stack->addWidget(makeConventionPage());
    m_stack->addWidget(makeDirectoryPage(Directory::Providers));
    m_stack->addWidget(makeDirectoryPage(Directory::Establishments));
    m_stack->addWidget(makeDirectoryPage(Directory::Persons));

    // The detail, with the way back to the list it was opened from.
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    auto *back = new QPushButton(tr("← Back to the list"), detail);
    back->setObjectName(QStringLiteral("backButton"));
    back->setFlat(true);
    connect(back, &QPushButton::clicked, this, [this] { showPage(m_returnPage); });
    auto *backRow = new QHBoxLayout;
    backRow->addWidget(back);
    backRow->addStretch(1);
    detailLayout->addLayout(backRow);
    detailLayout->addWidget(m_view, 1);
    m_stack->addWidget(detail);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_count);

    makeActions();

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            showPage(Page(row));
    });
    // Typing never queries on every key: wait for a short pause.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applySearch(); // the clear button
    });
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::searchEntered);

    connect(m_view, &ConventionView::stepRequested, this, &MainWindow::runStep);
    connect(m_view, &ConventionView::amendmentStepRequested, this, &MainWindow::runAmendmentStep);
    connect(m_view, &ConventionView::amendmentRequested, this,
            [this](const QString &ref) { prepareAmendment(ref, {}); });
    connect(m_view, &ConventionView::personLeftRequested, this, &MainWindow::prepareAmendment);
    connect(m_view, &ConventionView::previewRequested, this, &MainWindow::previewDocuments);
    connect(m_view, &ConventionView::printRequested, this, &MainWindow::printDocuments);
    connect(m_view, &ConventionView::pdfRequested, this, &MainWindow::saveDocumentsPdf);
    connect(m_view, &ConventionView::exportAnnexRequested, this, &MainWindow::exportHabilitations);
    connect(m_view, &ConventionView::pendingPasswordsRequested, this,
            [this](const QString &reference) { notifyPending(reference); });
    connect(m_view, &ConventionView::passwordResetRequested, this, &MainWindow::resetPassword);
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_workModel),
                                      static_cast<QAbstractItemModel *>(m_conventionModel)})
        connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_conventionModel, &ConventionTableModel::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_workModel, &WorkListModel::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    restoreState();
    auto *calendar = new QTimer(this);
    calendar->setInterval(60 * 1000);
    connect(calendar, &QTimer::timeout, this, &MainWindow::followTheCalendar);
    calendar->start();
}

MainWindow::~MainWindow() = default;

QTableView *MainWindow::makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *table = new QTableView(this);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSortIndicator(0, Qt::AscendingOrder);
    // A list is read when first shown: size its columns to the first rows, once, unless the
    // officer's own widths were restored.
    const auto sizeOnce = [table] {
        if (!table->property(kSized).toBool() && table->model()->rowCount() > 0) {
            table->resizeColumnsToContents();
            table->setProperty(kSized, true);
        }
    };
    // Rows come with the reset, or just after it when the view fetches the first page.
    connect(model, &QAbstractItemModel::modelReset, table, sizeOnce);
    connect(model, &QAbstractItemModel::rowsInserted, table, sizeOnce);
    return table;
}

QWidget *MainWindow::makeWorkPage()
{
    auto *page = new QWidget(this);
    m_workView = new QTreeView(page);
    m_workView->setObjectName(QStringLiteral("workTreeView"));
    m_workView->setAccessibleName(tr("Work list"));
    m_workView->setModel(m_workModel);
    m_workView->setAlternatingRowColors(true);
    m_workView->setUniformRowHeights(true);
    m_workView->header()->setStretchLastSection(false);
    m_workView->header()->setSectionResizeMode(WorkListModel::Provider, QHeaderView::Stretch);
    connect(m_workView, &QTreeView::activated, this, &MainWindow::openWorkItem);

    auto *doIt = new QPushButton(tr("&Do it…"), page);
    doIt->setObjectName(QStringLiteral("doWorkButton"));
    doIt->setToolTip(tr("The step this task calls for (Enter or double-click)"));
    connect(doIt, &QPushButton::clicked, this,
            [this] { openWorkItem(m_workView->currentIndex()); });
    auto *open = new QPushButton(tr("&Open the convention"), page);
    open->setObjectName(QStringLiteral("openWorkConventionButton"));
    connect(open, &QPushButton::clicked, this, [this] {
        if (const WorkItem *w = m_workModel->item(m_workView->currentIndex()))
            openConvention(w->reference);
    });
    auto *heading = new QLabel(page);
    heading->setObjectName(QStringLiteral("workHeading"));
    heading->setWordWrap(true);
    connect(m_workModel, &QAbstractItemModel::modelReset, heading, [this, heading] {
        heading->setText(tr("<b>%Ln task(s)</b> on %1: what is due today and in the coming "
                            "four months, the most urgent first.",
                            nullptr, m_workModel->totalCount())
                             .arg(QLocale().toString(m_today, QLocale::LongFormat)));
        // Short branches open; long ones show their count until the officer opens them.
        for (int b = 0; b < m_workModel->rowCount(); ++b) {
            const QModelIndex branch = m_workModel->index(b, 0);
            m_workView->setExpanded(branch, m_workModel->rowCount(branch) <= kOpenBranch);
        }
        for (int c = 0; c < WorkListModel::ColumnCount; ++c)
            if (c != WorkListModel::Provider)
                m_workView->resizeColumnToContents(c);
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(heading, 1);
    buttons->addWidget(open);
    buttons->addWidget(doIt);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(buttons);
    layout->addWidget(m_workView, 1);
    return page;
}

QWidget *MainWindow::makeConventionPage()
{
    auto *page = new QWidget(this);
    m_state = new QComboBox(page);
    m_state->setObjectName(QStringLiteral("stateComboBox"));
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("All states"), QString());
    for (const QString &code : Labels::stateCodes())
        m_state->addItem(Labels::display(*Labels::stateFromCode(code)), code);
    const Expected<QStringList> towns = m_storage->directoryTowns(Directory::Providers);
    m_conventionTown =
        townCombo(towns ? *towns : QStringList(), QStringLiteral("conventionTownComboBox"), page);
    m_conventionType = typeCombo(m_storage, QStringLiteral("conventionTypeComboBox"), page);
    m_due = new QCheckBox(tr("&Only those with something due"), page);
    m_due->setObjectName(QStringLiteral("dueCheckBox"));

    m_conventionTable = makeTable(m_conventionModel, QStringLiteral("conventionTableView"));
    m_conventionTable->setAccessibleName(tr("Conventions"));
    m_conventionTable->horizontalHeader()->setStretchLastSection(false);
    m_conventionTable->horizontalHeader()->setSectionResizeMode(ConventionTableModel::Provider,
                                                                QHeaderView::Stretch);
    connect(m_conventionTable, &QTableView::activated, this, [this](const QModelIndex &i) {
        openConvention(m_conventionModel->reference(i.row()));
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("&State:"), m_state));
    filters->addWidget(m_state);
    filters->addWidget(buddyLabel(tr("To&wn:"), m_conventionTown));
    filters->addWidget(m_conventionTown);
    filters->addWidget(buddyLabel(tr("T&ype:"), m_conventionType));
    filters->addWidget(m_conventionType);
    filters->addWidget(m_due);
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(m_conventionTable, 1);

    for (QComboBox *combo : {m_state, m_conventionType})
        connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::applyConventionFilter);
    connect(m_conventionTown, &QComboBox::currentIndexChanged, this,
            &MainWindow::applyConventionFilter);
    connect(m_conventionTown->lineEdit(), &QLineEdit::editingFinished, this,
            &MainWindow::applyConventionFilter);
    connect(m_due, &QCheckBox::toggled, this, &MainWindow::applyConventionFilter);
    return page;
}

QWidget *MainWindow::makeDirectoryPage(Directory kind)
{
    auto *page = new QWidget(this);
    DirectoryPage d;
    d.model = new DirectoryModel(m_storage, kind, this);
    const QString name = kind == Directory::Providers        ? QStringLiteral("providers")
                         : kind == Directory::Establishments ? QStringLiteral("establishments")
                                                             : QStringLiteral("persons");
    d.table = makeTable(d.model, name + QStringLiteral("TableView"));
    d.table->setAccessibleName(kind == Directory::Providers        ? tr("Providers")
                               : kind == Directory::Establishments ? tr("Establishments")
                                                                   : tr("Persons"));
    d.table->setToolTip(tr("Enter or double-click opens the latest convention"));
    const Expected<QStringList> towns = m_storage->directoryTowns(kind);
    d.town = townCombo(towns ? *towns : QStringList(), name + QStringLiteral("TownComboBox"), page);
    auto *filters = new QHBoxLayout;
    filters->addWidget(buddyLabel(tr("To&wn:"), d.town));
    filters->addWidget(d.town);
    if (kind != Directory::Persons) {
        d.type = typeCombo(m_storage, name + QStringLiteral("TypeComboBox"), page);
        filters->addWidget(buddyLabel(tr("T&ype:"), d.type));
        filters->addWidget(d.type);
        connect(d.type, &QComboBox::currentIndexChanged, this,
                [this, kind] { applyDirectoryFilter(kind); });
    }
    filters->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(filters);
    layout->addWidget(d.table, 1);

    connect(d.town, &QComboBox::currentIndexChanged, this,
            [this, kind] { applyDirectoryFilter(kind); });
    connect(d.town->lineEdit(), &QLineEdit::editingFinished, this,
            [this, kind] { applyDirectoryFilter(kind); });
    DirectoryModel *model = d.model;
    connect(d.table, &QTableView::activated, this, [this, model](const QModelIndex &i) {
        const QString ref = model->reference(i.row());
        if (ref.isEmpty())
            statusBar()->showMessage(tr("No convention names this line yet."), 5000);
        else
            openConvention(ref);
    });
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(model, &DirectoryModel::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    m_directories.insert(kind, d);
    return page;
}

void MainWindow::makeActions()
{
    auto *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *request = file->addAction(tr("&New request…"), this, &MainWindow::newRequest);
    request->setObjectName(QStringLiteral("newRequestAction"));
    request->setShortcut(QKeySequence::New);
    request->setToolTip(tr("Record a habilitation request (art. 3-1)"));
    QAction *batch =
        file->addAction(tr("Print &everything waiting…"), this, &MainWindow::printBatch);
    batch->setObjectName(QStringLiteral("batchPrintAction"));
    batch->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    file->addSeparator();
    QAction *exportHab = file->addAction(tr("Export the &habilitations in force…"), this,
                                         [this] { exportHabilitations({}); });
    exportHab->setObjectName(QStringLiteral("exportHabilitationsAction"));
    QAction *exportList =
        file->addAction(tr("E&xport this list…"), this, &MainWindow::exportCurrentList);
    exportList->setObjectName(QStringLiteral("exportListAction"));
    exportList->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *settings = file->addAction(tr("&Settings…"), this, &MainWindow::editSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList pages{tr("&To do"), tr("&Conventions"), tr("&Providers"),
                            tr("&Establishments"), tr("P&ersons")};
    for (int i = 0; i < pages.size(); ++i) {
        QAction *a = view->addAction(pages.at(i), this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *backAction = view->addAction(tr("&Back"), this, [this] {
        if (currentPage() == Detail)
            showPage(m_returnPage);
    });
    backAction->setShortcut(QKeySequence::Back);
    QAction *reload = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    reload->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Habilis"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    toolBar->addAction(request);
    toolBar->addAction(batch);
    toolBar->addAction(exportList);
    toolBar->addSeparator();
    toolBar->addWidget(m_search);
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray()))
        resize(1280, 760);
    QMainWindow::restoreState(settings.value(kState).toByteArray());
    for (QTableView *table : findChildren<QTableView *>()) {
        const QByteArray header = settings.value(headerKey(table->objectName())).toByteArray();
        if (header.isEmpty() || !table->horizontalHeader()->restoreState(header)) {
            table->resizeColumnsToContents();
            continue;
        }
        table->setProperty(kSized, true);
        // Restoring the indicator does not sort.
        table->sortByColumn(table->horizontalHeader()->sortIndicatorSection(),
                            table->horizontalHeader()->sortIndicatorOrder());
    }
    m_workModel->refresh(m_today);
    const int page = settings.value(kPage, int(Work)).toInt();
    showPage(page >= 0 && page < Detail ? Page(page) : Work);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    settings.setValue(kPage, int(currentPage() == Detail ? m_returnPage : currentPage()));
    for (QTableView *table : findChildren<QTableView *>())
        settings.setValue(headerKey(table->objectName()), table->horizontalHeader()->saveState());
    event->accept();
}

void MainWindow::setToday(QDate day)
{
    m_todayFixed = true;
    m_today = day;
    refresh();
}

void MainWindow::followTheCalendar()
{
    const QDate now = QDate::currentDate();
    if (m_todayFixed || now == m_today)
        return;
    // Left open overnight: the notices taking effect apply, the dates are today's.
    m_today = now;
    if (const Expected<int> ended = m_storage->settle(now); !ended)
        statusBar()->showMessage(ended.errorString());
    refresh();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

DirectoryModel *MainWindow::directoryModel(Directory kind) const
{
    return m_directories.value(kind).model;
}

void MainWindow::showPage(Page page)
{
    if (page != Detail)
        m_returnPage = page;
    m_stack->setCurrentIndex(page);
    {
        const QSignalBlocker block(m_nav);
        m_nav->setCurrentRow(page == Detail ? -1 : int(page));
    }
    // A list reads the database when it is shown, with the search of the moment.
    if (page == Conventions && m_conventionsStale)
        applyConventionFilter();
    for (auto it = m_directories.begin(); it != m_directories.end(); ++it)
        if (page == Providers + int(it.key()) && it->stale)
            applyDirectoryFilter(it.key());
    updateCounts();
}

void MainWindow::applySearch()
{
    m_debounce->stop();
    m_conventionsStale = true;
    for (DirectoryPage &d : m_directories)
        d.stale = true;
    // Searching from the work list or a detail searches the conventions.
    Page page = currentPage();
    if (page == Work || page == Detail) {
        if (m_search->text().trimmed().isEmpty())
            return;
        page = Conventions;
    }
    showPage(page);
}

void MainWindow::searchEntered()
{
    const QString text = m_search->text().trimmed();
    if (looksLikeReference(text) && openConvention(text.toUpper())) {
        // The slip comes back with the signed copy: the next thing is to record it.
        const ConventionDetail &d = m_view->detail();
        if (QPushButton *b = m_view->stepButton(Step::Return); b && !b->isHidden())
            b->setFocus();
        statusBar()->showMessage(tr("Return slip of %1 read.").arg(d.convention.reference), 5000);
        m_search->clear();
        return;
    }
    applySearch();
}

void MainWindow::applyConventionFilter()
{
    m_conventionsStale = false;
    ConventionFilter f = m_conventionModel->filter();
    f.text = m_search->text();
    f.state.reset();
    if (const QString code = m_state->currentData().toString(); !code.isEmpty())
        f.state = Labels::stateFromCode(code);
    f.town = chosenTown(m_conventionTown);
    f.establishmentType = m_conventionType->currentData().toString();
    f.references.reset();
    if (m_due->isChecked()) {
        QStringList refs;
        for (int b = 0; b < m_workModel->rowCount(); ++b) {
            const QModelIndex branch = m_workModel->index(b, 0);
            for (int r = 0; r < m_workModel->rowCount(branch); ++r)
                refs << m_workModel->index(r, 0, branch)
                            .data(WorkListModel::ReferenceRole)
                            .toString();
        }
        refs.removeDuplicates();
        f.references = refs;
    }
    m_conventionModel->setFilter(f);
}

void MainWindow::applyDirectoryFilter(Directory kind)
{
    DirectoryPage &d = m_directories[kind];
    d.stale = false;
    DirectoryFilter f = d.model->filter();
    f.text = m_search->text();
    f.town = chosenTown(d.town);
    f.type = d.type ? d.type->currentData().toString() : QString();
    d.model->setFilter(f);
}

void MainWindow::updateCounts()
{
    switch (currentPage()) {
    case Work:
        m_count->setText(tr("%Ln task(s)", nullptr, m_workModel->totalCount()));
        break;
    case Conventions:
        m_count->setText(tr("%Ln convention(s)", nullptr, m_conventionModel->totalCount()));
        break;
    case Providers:
        m_count->setText(tr("%Ln provider(s)", nullptr,
                            m_directories.value(Directory::Providers).model->totalCount()));
        break;
    case Establishments:
        m_count->setText(tr("%Ln establishment(s)", nullptr,
                            m_directories.value(Directory::Establishments).model->totalCount()));
        break;
    case Persons:
        m_count->setText(tr("%Ln person(s)", nullptr,
                            m_directories.value(Directory::Persons).model->totalCount()));
        break;
    case Detail:
    case PageCount:
        m_count->clear();
        break;
    }
    m_nav->item(Work)->setText(tr("To do (%1)").arg(m_workModel->totalCount()));
}

bool MainWindow::openConvention(const QString &reference)
{
    if (reference.isEmpty())
        return false;
    if (!m_view->show(reference, m_today)) {
        statusBar()->showMessage(m_view->lastError(), 8000);
        return false;
    }
    showPage(Detail);
    return true;
}

void MainWindow::openWorkItem(const QModelIndex &index)
{
    const WorkItem *w = m_workModel->item(index);
    if (!w)
        return;
    switch (w->kind) {
    case WorkItem::RequestToCheck:
        runStep(w->reference, Step::Check);
        break;
    case WorkItem::ConventionToIssue:
        printBatch();
        break;
    case WorkItem::ConventionToMail:
        runStep(w->reference, Step::Mail);
        break;
    case WorkItem::ReminderDue:
        runStep(w->reference, Step::Remind);
        break;
    case WorkItem::ToCountersign:
        runStep(w->reference, Step::Countersign);
        break;
    case WorkItem::ToActivate:
        runStep(w->reference, Step::Activate);
        break;
    case WorkItem::NoticeWindow:
    case WorkItem::TerminationSoon:
        openConvention(w->reference);
        break;
    case WorkItem::AmendmentToMail:
        runAmendmentStep(w->reference, w->amendment, Step::Mail);
        break;
    case WorkItem::AmendmentAwaitingReturn:
        runAmendmentStep(w->reference, w->amendment, Step::Return);
        break;
    case WorkItem::AmendmentToCountersign:
        runAmendmentStep(w->reference, w->amendment, Step::Countersign);
        break;
    }
}

void MainWindow::refresh()
{
    m_workModel->refresh(m_today);
    m_conventionsStale = true;
    for (DirectoryPage &d : m_directories)
        d.stale = true;
    if (currentPage() == Detail)
        m_view->show(m_view->reference(), m_today);
    showPage(currentPage());
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Habilis"),
        tr("<h3>Habilis %1</h3><p>The conventions d'habilitation informatique « Structures » of "
           "the Caf: requests, printing, signatures, habilitations, amendments, renewals and "
           "terminations.</p><p>Database: %2</p>")
            .arg(QApplication::applicationVersion(), m_storage->location().toHtmlEscaped()));
}

} // namespace habilis

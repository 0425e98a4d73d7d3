#include "mainwindow.h"

#include "conventiontablemodel.h"
#include "domain/labels.h"
#include "storage/storage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace habilis {

MainWindow::MainWindow(Storage *storage, QWidget *parent)
    : QMainWindow(parent)
    , m_storage(storage)
    , m_model(new ConventionTableModel(storage, this))
    , m_search(new QLineEdit(this))
    , m_state(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    QString title = tr("Habilis");
    if (const Expected<CafProfile> caf = storage->caf(storage->defaultCaf()))
        title = tr("Habilis — %1").arg(caf->name);
    setWindowTitle(title);

    auto *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    auto *findAction = new QAction(tr("Find"), this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(findAction);

    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(
        tr("Search a reference, a provider, a person, an establishment… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search"));
    m_state->setObjectName(QStringLiteral("stateComboBox"));
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("All states"), QString());
    for (const QString &code : Labels::stateCodes())
        m_state->addItem(Labels::display(*Labels::stateFromCode(code)), code);

    m_table->setObjectName(QStringLiteral("conventionTableView"));
    m_table->setAccessibleName(tr("Conventions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ConventionTableModel::Provider,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);

    auto *central = new QWidget(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    auto *stateLabel = new QLabel(tr("&State:"), this);
    stateLabel->setBuddy(m_state);
    top->addWidget(stateLabel);
    top->addWidget(m_state);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_count);

    // Typing never queries on every key: wait for a short pause.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &MainWindow::applyFilter);
    connect(m_state, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    connect(m_model, &ConventionTableModel::errorOccurred, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCount);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1100, 680);
    applyFilter();
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ConventionTableModel::Provider,
                                                      QHeaderView::Stretch);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    event->accept();
}

void MainWindow::applyFilter()
{
    m_debounce->stop();
    ConventionFilter f;
    f.text = m_search->text();
    if (const QString code = m_state->currentData().toString(); !code.isEmpty())
        f.state = Labels::stateFromCode(code);
    m_model->setFilter(f);
}

void MainWindow::updateCount()
{
    m_count->setText(tr("%Ln convention(s)", nullptr, m_model->totalCount()));
}

} // namespace habilis

#include "exportdialog.h"

#include "io/csv.h"
#include "stepdialog.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace habilis {

namespace {
const QString kFolderKey = QStringLiteral("export/folder");
} // namespace

ExportDialog::ExportDialog(Storage *storage, const QString &reference, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_storage(storage)
    , m_reference(reference)
    , m_today(today)
    , m_date(makeDateEdit(today, this))
    , m_format(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(reference.isEmpty() ? tr("Export the habilitations in force")
                                       : tr("Export Annex 1 of %1").arg(reference));
    auto *form = new QFormLayout;
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setAccessibleName(tr("In force on"));
    form->addRow(tr("In force &on:"), m_date);
    m_format->setObjectName(QStringLiteral("formatComboBox"));
    m_format->setAccessibleName(tr("Format"));
    m_format->addItem(tr("CSV for a spreadsheet (;)"), QStringLiteral("csv"));
    m_format->addItem(tr("Excel workbook (XLSX)"), QStringLiteral("xlsx"));
    m_format->addItem(tr("PDF to print"), QStringLiteral("pdf"));
    form->addRow(tr("&Format:"), m_format);

    if (reference.isEmpty()) {
        m_caf = new QComboBox(this);
        m_caf->setObjectName(QStringLiteral("cafComboBox"));
        m_caf->setAccessibleName(tr("Caf"));
        m_caf->addItem(tr("Every Caf of this database"), QString());
        if (const auto cafs = storage->cafs()) {
            for (const CafProfile &c : *cafs)
                m_caf->addItem(c.name, c.departement);
        }
        m_caf->setCurrentIndex(qMax(0, m_caf->findData(storage->defaultCaf())));
        form->addRow(tr("&Caf:"), m_caf);
        m_town = new QLineEdit(this);
        m_town->setObjectName(QStringLiteral("townLineEdit"));
        m_town->setAccessibleName(tr("Town of the establishment"));
        m_town->setPlaceholderText(tr("every town"));
        form->addRow(tr("&Town of the establishment:"), m_town);
        m_type = new QComboBox(this);
        m_type->setObjectName(QStringLiteral("typeComboBox"));
        m_type->setAccessibleName(tr("Establishment type"));
        m_type->addItem(tr("All types"), QString());
        if (const auto types = storage->establishmentTypes()) {
            for (const EstablishmentType &t : *types)
                m_type->addItem(t.code + QStringLiteral(" — ") + t.label, t.code);
        }
        form->addRow(tr("T&ype:"), m_type);
        m_provider = new QLineEdit(this);
        m_provider->setObjectName(QStringLiteral("providerLineEdit"));
        m_provider->setAccessibleName(tr("Provider"));
        m_provider->setPlaceholderText(tr("part of the name, accents and case ignored"));
        form->addRow(tr("&Provider:"), m_provider);
    }

    m_path->setObjectName(QStringLiteral("pathLineEdit"));
    m_path->setAccessibleName(tr("File"));
    m_path->setMinimumWidth(380);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *pathLabel = new QLabel(tr("F&ile:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    updatePath();
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePath);

    m_status->setObjectName(QStringLiteral("errorLabel"));
    m_status->setAccessibleName(tr("What is wrong"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
}

void ExportDialog::updatePath()
{
    // The extension follows the format; the folder and the name stay the officer's.
    const QString extension = m_format->currentData().toString();
    QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        const QString name = m_reference.isEmpty()
                                 ? tr("habilitations-%1").arg(m_today.toString(Qt::ISODate))
                                 : tr("annex-%1").arg(m_reference);
        // Where the officer saved the last export, else the documents folder.
        const QString folder =
            QSettings()
                .value(kFolderKey,
                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .toString();
        path = QDir(folder).filePath(name);
    } else {
        const QFileInfo info(path);
        path = info.dir().filePath(info.completeBaseName());
    }
    m_path->setText(QDir::toNativeSeparators(path + u'.' + extension));
}

void ExportDialog::browse()
{
    const QString extension = m_format->currentData().toString();
    const QString path =
        QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                     tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::accept()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty()) {
        m_status->setText(tr("File: name the file to write."));
        return;
    }
    const ExportFormat format =
        HabilitationExport::formatFromCode(m_format->currentData().toString())
            .value_or(ExportFormat::Csv);
    Expected<HabilitationList> list = HabilitationList{};
    if (m_reference.isEmpty()) {
        HabilitationFilter filter;
        filter.date = m_date->date();
        filter.cafDepartement = m_caf->currentData().toString();
        filter.town = m_town->text().trimmed();
        filter.type = m_type->currentData().toString();
        filter.provider = m_provider->text().trimmed();
        list = HabilitationExport::habilitations(*m_storage, filter);
    } else {
        list = HabilitationExport::annex(*m_storage, m_reference, m_date->date());
    }
    if (!list) {
        m_status->setText(list.errorString());
        return;
    }
    // A national PDF takes half a minute: the file is written beside the window, which stays
    // painted and says what it is doing.
    QProgressDialog progress(tr("Writing %1…").arg(QDir::toNativeSeparators(path)), QString(), 0, 0,
                             this);
    progress.setObjectName(QStringLiteral("exportProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setCancelButton(nullptr);
    QFutureWatcher<Status> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(QtConcurrent::run([rows = std::move(list).value(), format, path] {
        return HabilitationExport::write(rows, format, path);
    }));
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (const Status s = watcher.result(); !s) {
        m_status->setText(s.errorString());
        return;
    }
    m_written = path;
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    QDialog::accept();
}

namespace {

void collectRows(QAbstractItemModel *model, const QModelIndex &parent, QList<QStringList> *rows)
{
    while (model->canFetchMore(parent))
        model->fetchMore(parent);
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex first = model->index(r, 0, parent);
        // A branch of a tree (the work list's kinds) is a heading, not a row.
        if (model->hasChildren(first)) {
            collectRows(model, first, rows);
            continue;
        }
        QStringList cells;
        for (int c = 0; c < model->columnCount(parent); ++c)
            cells << model->index(r, c, parent).data().toString();
        rows->append(cells);
    }
}

} // namespace

Status exportListCsv(QAbstractItemModel *model, const QString &path)
{
    QList<QStringList> rows;
    QStringList headers;
    for (int c = 0; c < model->columnCount(); ++c)
        headers << model->headerData(c, Qt::Horizontal).toString();
    rows << headers;
    collectRows(model, {}, &rows);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(Csv::write(rows)) < 0 || !file.commit()) {
        return Error{ExportDialog::tr("The file %1 cannot be written: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    }
    return {};
}

} // namespace habilis

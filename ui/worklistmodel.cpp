#include "worklistmodel.h"

#include "domain/amendment.h"
#include "domain/dates.h"
#include "storage/storage.h"

#include <QColor>
#include <QFont>

namespace habilis {

WorkListModel::WorkListModel(Storage *storage, QObject *parent)
    : QAbstractItemModel(parent)
    , m_storage(storage)
{}

void WorkListModel::refresh(QDate today)
{
    const Expected<QList<WorkItem>> items = m_storage->workList(today);
    beginResetModel();
    m_today = today;
    m_branches.clear();
    m_total = 0;
    if (items) {
        // The storage gives the kinds in the order of the procedure, most urgent first within.
        for (const WorkItem &w : *items) {
            auto branch = std::find_if(m_branches.begin(), m_branches.end(),
                                       [&w](const Branch &b) { return b.kind == w.kind; });
            if (branch == m_branches.end()) {
                m_branches.append(Branch{w.kind, {}});
                branch = std::prev(m_branches.end());
            }
            branch->items.append(w);
        }
        m_total = int(items->size());
    }
    endResetModel();
    if (!items)
        emit errorOccurred(items.errorString());
}

const WorkItem *WorkListModel::item(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kBranch)
        return nullptr;
    const Branch &b = m_branches.at(int(index.internalId() - 1));
    return &b.items.at(index.row());
}

QModelIndex WorkListModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kBranch);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex WorkListModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kBranch)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kBranch);
}

int WorkListModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_branches.size());
    if (parent.internalId() == kBranch && parent.column() == 0)
        return int(m_branches.at(parent.row()).items.size());
    return 0;
}

int WorkListModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant WorkListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kBranch) {
        const Branch &b = m_branches.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return index.column() == What
                       ? QVariant(tr("%1 (%2)").arg(Workflow::display(b.kind)).arg(b.items.size()))
                       : QVariant();
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case KindRole:
            return int(b.kind);
        default:
            return {};
        }
    }
    const WorkItem &w = *item(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case What:
            return w.amendment > 0 ? Amendments::label(w.reference, w.amendment) : w.reference;
        case Provider:
            return w.providerName;
        case Since:
            return dates::display(w.since);
        case Due:
            return dates::display(w.due);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return Workflow::display(w.kind);
    case Qt::ForegroundRole:
        // Overdue: the date that matters is past.
        if (index.column() == Due && w.due.isValid() && w.due < m_today)
            return QColor(Qt::darkRed);
        return {};
    case KindRole:
        return int(w.kind);
    case ReferenceRole:
        return w.reference;
    case AmendmentRole:
        return w.amendment;
    default:
        return {};
    }
}

QVariant WorkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case What:
        return tr("To do");
    case Provider:
        return tr("Provider");
    case Since:
        return tr("Since");
    case Due:
        return tr("Due");
    default:
        return {};
    }
}

} // namespace habilis

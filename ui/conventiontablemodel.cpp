#include "conventiontablemodel.h"

#include "domain/dates.h"
#include "domain/labels.h"

namespace habilis {

ConventionTableModel::ConventionTableModel(Storage *storage, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
{}

void ConventionTableModel::setFilter(const ConventionFilter &filter)
{
    beginResetModel();
    m_loaded = true;
    m_filter = filter;
    m_rows.clear();
    m_error.clear();
    const Expected<int> total = m_storage->countConventions(m_filter);
    m_total = total ? *total : 0;
    if (!total)
        m_error = total.errorString();
    endResetModel();
    if (!m_error.isEmpty())
        emit errorOccurred(m_error);
    else if (canFetchMore({}))
        fetchMore({});
}

void ConventionTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, ConventionSort> keys{
        {Reference, ConventionSort::Reference}, {State, ConventionSort::State},
        {Provider, ConventionSort::Provider},   {Town, ConventionSort::Town},
        {Received, ConventionSort::Received},   {Signed, ConventionSort::Signed}};
    const auto key = keys.constFind(column);
    if (key == keys.constEnd())
        return;
    m_filter.sort = *key;
    m_filter.order = order;
    // The view sorts as soon as it is set up: the list is read when its filter comes.
    if (m_loaded)
        setFilter(m_filter);
}

QString ConventionTableModel::reference(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).reference : QString();
}

int ConventionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConventionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ConventionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void ConventionTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ConventionFilter page = m_filter;
    page.offset = int(m_rows.size());
    page.limit = kPageSize;
    const Expected<QList<ConventionRow>> rows = m_storage->conventions(page);
    if (!rows) {
        m_error = rows.errorString();
        m_total = int(m_rows.size());
        emit errorOccurred(m_error);
        return;
    }
    if (rows->isEmpty()) {
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows << *rows;
    endInsertRows();
}

QVariant ConventionTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConventionRow &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (index.column()) {
        case Reference:
            return r.reference;
        case State:
            return sort ? QVariant(int(r.state)) : QVariant(Labels::display(r.state));
        case Provider:
            return r.providerName;
        case Town:
            return r.providerTown;
        case Received:
            return sort ? QVariant(r.receivedOn) : QVariant(dates::display(r.receivedOn));
        case Signed:
            return sort ? QVariant(r.signedOn) : QVariant(dates::display(r.signedOn));
        case Persons:
            return r.persons;
        case Establishments:
            return r.establishments;
        default:
            break;
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Persons || index.column() == Establishments))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ConventionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case State:
        return tr("State");
    case Provider:
        return tr("Provider");
    case Town:
        return tr("Town");
    case Received:
        return tr("Received");
    case Signed:
        return tr("Signed");
    case Persons:
        return tr("Persons");
    case Establishments:
        return tr("Establishments");
    default:
        break;
    }
    return {};
}

} // namespace habilis

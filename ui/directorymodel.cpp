#include "directorymodel.h"

#include "domain/labels.h"

namespace habilis {

namespace {

// The columns of DirectoryRow::cells, kind by kind (storage.h).
enum ProviderColumn {
    PName,
    PSiret,
    PPostcode,
    PTown,
    PRepresentative,
    PConventions,
    PLatest,
    PState
};
enum EstablishmentColumn { EType, EName, EPostcode, ETown, EProvider, EMonEnfant, ELatest };
enum PersonColumn { PeLast, PeFirst, PeJob, PeEmail, PeProvider, PeLatest };

int columnsOf(Directory kind)
{
    switch (kind) {
    case Directory::Providers:
        return PState + 1;
    case Directory::Establishments:
        return ELatest + 1;
    case Directory::Persons:
        return PeLatest + 1;
    }
    return 0;
}

} // namespace

DirectoryModel::DirectoryModel(Storage *storage, Directory kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_storage(storage)
{
    m_filter.kind = kind;
    if (const auto types = storage->establishmentTypes())
        for (const EstablishmentType &t : *types)
            m_typeLabels.insert(t.code, t.label);
}

void DirectoryModel::setFilter(const DirectoryFilter &filter)
{
    const DirectoryFilter previous = m_filter;
    m_filter = filter;
    m_filter.kind = previous.kind;
    m_filter.sortColumn = previous.sortColumn;
    m_filter.order = previous.order;
    reload();
}

void DirectoryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnsOf(m_filter.kind))
        return;
    m_filter.sortColumn = column;
    m_filter.order = order;
    // The view sorts as soon as it is set up: the list is read when its filter comes.
    if (m_loaded)
        reload();
}

void DirectoryModel::reload()
{
    m_loaded = true;
    beginResetModel();
    m_rows.clear();
    const Expected<int> total = m_storage->countDirectory(m_filter);
    m_total = total ? *total : 0;
    endResetModel();
    if (!total)
        emit errorOccurred(total.errorString());
    else if (canFetchMore({}))
        fetchMore({});
}

QString DirectoryModel::reference(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).reference : QString();
}

qint64 DirectoryModel::id(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DirectoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DirectoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : columnsOf(m_filter.kind);
}

bool DirectoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void DirectoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    DirectoryFilter page = m_filter;
    page.offset = int(m_rows.size());
    page.limit = kPageSize;
    const Expected<QList<DirectoryRow>> rows = m_storage->directory(page);
    if (!rows || rows->isEmpty()) {
        // Rows removed since the count: stop where the list ends.
        m_total = int(m_rows.size());
        if (!rows)
            emit errorOccurred(rows.errorString());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows << *rows;
    endInsertRows();
}

QVariant DirectoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DirectoryRow &r = m_rows.at(index.row());
    const QString cell = r.cells.value(index.column());
    const Directory kind = m_filter.kind;
    if (role == Qt::DisplayRole) {
        if (kind == Directory::Providers && index.column() == PState) {
            const auto state = Labels::stateFromCode(cell);
            return state ? Labels::display(*state) : QString();
        }
        if (kind == Directory::Persons && index.column() == PeLast)
            return cell.toUpper();
        return cell;
    }
    if (role == Qt::ToolTipRole && kind == Directory::Establishments && index.column() == EType)
        return m_typeLabels.value(cell);
    if (role == Qt::TextAlignmentRole && kind == Directory::Providers &&
        index.column() == PConventions)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DirectoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (m_filter.kind) {
    case Directory::Providers: {
        const QStringList headers{
            tr("Provider"),       tr("SIRET"),       tr("Postcode"),          tr("Town"),
            tr("Representative"), tr("Conventions"), tr("Latest convention"), tr("Its state")};
        return headers.value(section);
    }
    case Directory::Establishments: {
        const QStringList headers{
            tr("Type"),     tr("Establishment"),   tr("Postcode"),         tr("Town"),
            tr("Provider"), tr("monenfant.fr id"), tr("Latest convention")};
        return headers.value(section);
    }
    case Directory::Persons: {
        const QStringList headers{tr("Last name"), tr("First name"), tr("Job title"),
                                  tr("Email"),     tr("Provider"),   tr("Latest convention")};
        return headers.value(section);
    }
    }
    return {};
}

} // namespace habilis

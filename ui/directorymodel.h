#pragma once

#include "storage/storage.h"

#include <QAbstractTableModel>

namespace habilis {

/// The providers, establishments or persons of a filter, fetched a page at a time as the view
/// scrolls and sorted by the database, so that 60 000 rows open at once.
class DirectoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    DirectoryModel(Storage *storage, Directory kind, QObject *parent = nullptr);

    Directory kind() const { return m_filter.kind; }
    /// Applies the criteria; the kind and the sort order stay the model's.
    void setFilter(const DirectoryFilter &filter);
    DirectoryFilter filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    /// The latest convention of a row, to open it.
    QString reference(int row) const;
    qint64 id(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void errorOccurred(const QString &message);

private:
    void reload();

    static constexpr int kPageSize = 200;

    Storage *m_storage;
    DirectoryFilter m_filter;
    QList<DirectoryRow> m_rows;
    QHash<QString, QString> m_typeLabels;
    int m_total = 0;
    bool m_loaded = false;
};

} // namespace habilis

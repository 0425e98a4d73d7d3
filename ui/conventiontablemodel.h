#pragma once

#include "storage/storage.h"

#include <QAbstractTableModel>

namespace habilis {

/// The conventions of a filter, sorted by the database and fetched a page at a time as the
/// view scrolls.
class ConventionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Reference,
        State,
        Provider,
        Town,
        Received,
        Signed,
        Persons,
        Establishments,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ConventionTableModel(Storage *storage, QObject *parent = nullptr);

    void setFilter(const ConventionFilter &filter);
    ConventionFilter filter() const { return m_filter; }
    /// How many conventions the filter matches in all.
    int totalCount() const { return m_total; }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorted by the database; the counts of persons and establishments do not sort.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QString reference(int row) const;

signals:
    void errorOccurred(const QString &message);

private:
    static constexpr int kPageSize = 200;

    Storage *m_storage;
    ConventionFilter m_filter;
    QList<ConventionRow> m_rows;
    int m_total = 0;
    QString m_error;
    bool m_loaded = false;
};

} // namespace habilis

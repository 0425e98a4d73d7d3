#pragma once

#include "domain/workflow.h"

#include <QAbstractItemModel>

namespace habilis {

class Storage;

/// The officer's work list as a tree: one branch per kind of task, titled with its count, and
/// the conventions under it, most urgent first.
class WorkListModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { What, Provider, Since, Due, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1, ReferenceRole, AmendmentRole };

    explicit WorkListModel(Storage *storage, QObject *parent = nullptr);

    /// Reads the list again as of `today`.
    void refresh(QDate today);
    QDate today() const { return m_today; }
    int totalCount() const { return m_total; }
    /// The task of an index, when it is one (not a branch).
    const WorkItem *item(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void errorOccurred(const QString &message);

private:
    struct Branch {
        WorkItem::Kind kind;
        QList<WorkItem> items;
    };
    // A branch index carries no internal id (0); an item carries its branch's row + 1.
    static constexpr quintptr kBranch = 0;

    Storage *m_storage;
    QDate m_today;
    QList<Branch> m_branches;
    int m_total = 0;
};

} // namespace habilis

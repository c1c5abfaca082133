#pragma once

#include <QAbstractTableModel>
#include <QVector>

#include <algorithm>

namespace soc {

// A table model whose rows are replaced wholesale from each DashboardState. Rows that stay
// are updated in place, and rows are inserted or removed at the end, so that views keep their
// scroll position and selection on the rows that stay.
class RowTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    template<typename Row>
    void replaceRows(QVector<Row> *rows, const QVector<Row> &next)
    {
        const int oldCount = rows->size();
        const int newCount = next.size();
        if (newCount < oldCount) {
            beginRemoveRows({}, newCount, oldCount - 1);
            rows->resize(newCount);
            endRemoveRows();
        } else if (newCount > oldCount) {
            beginInsertRows({}, oldCount, newCount - 1);
            rows->append(next.mid(oldCount));
            endInsertRows();
        }
        const int kept = std::min(oldCount, newCount);
        for (int row = 0; row < kept; ++row)
            (*rows)[row] = next.at(row);
        if (kept > 0)
            emit dataChanged(index(0, 0), index(kept - 1, columnCount() - 1));
    }

    // Repaints every cell and header, after a language change.
    void refreshAll()
    {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
};

} // namespace soc

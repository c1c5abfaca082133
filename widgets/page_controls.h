#pragma once

#include <QString>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

namespace soc {

// A read-only table of whole-row selection, alternating rows and no grid, with columns sized to
// their contents and the last one stretched, as the Feeds and Replay pages show their lists.
QTableView *createTable(QAbstractItemModel *model, const QString &name, QWidget *parent);

// A label that shows its text as plain text, never as rich text, because page labels carry
// names and messages that come from feeds.
QLabel *createLabel(QWidget *parent);

} // namespace soc

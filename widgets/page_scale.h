#pragma once

#include <QFont>
#include <QSize>

class QLayout;
class QTableView;
class QTreeView;

namespace soc {

// Scale of text and spacing for a page of the given size, relative to a 1920x1080 page:
// 1 there, 2 on a 3840x2160 wall, never below 0.75. Type grows with the page so that a 4K wall
// read from a few metres shows the same layout as a workstation, only larger.
double uiScale(const QSize &pageSize);
// Multiplies every later uiScale() result, 1 by default. The wall mode raises it so that type
// stays legible from a distance (widgets/wall_scale.h). UI thread only; set it before the
// pages are laid out.
void setUiScaleFactor(double factor);
double uiScaleFactor();
int scaled(double scale, int pixels);
// The bold type of a page's title, from the page's body type.
QFont pageTitleFont(const QFont &base, double scale);
// The spacing and margins that every page uses around its contents.
void applyPageSpacing(QLayout *layout, double scale);
// Sets a table's type, row height, cell padding and colour swatches for the scale.
void scaleTable(QTableView *table, const QFont &font, double scale);
// The same for a tree, whose rows take their height from the font.
void scaleTree(QTreeView *tree, const QFont &font, double scale);

} // namespace soc

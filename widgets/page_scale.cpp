#include "widgets/page_scale.h"

#include <QHeaderView>
#include <QLayout>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <cmath>

namespace soc {

double uiScale(const QSize &pageSize)
{
    if (pageSize.isEmpty())
        return 1.0;
    const double byWidth = pageSize.width() / 1920.0;
    const double byHeight = pageSize.height() / 1080.0;
    return std::clamp(std::min(byWidth, byHeight), 0.75, 4.0);
}

int scaled(double scale, int pixels)
{
    return std::max(1, static_cast<int>(std::lround(pixels * scale)));
}

QFont pageTitleFont(const QFont &base, double scale)
{
    QFont title = base;
    title.setPixelSize(scaled(scale, 28));
    title.setBold(true);
    return title;
}

void applyPageSpacing(QLayout *layout, double scale)
{
    layout->setSpacing(scaled(scale, 10));
    layout->setContentsMargins(scaled(scale, 16), scaled(scale, 12), scaled(scale, 16),
                               scaled(scale, 12));
}

void scaleTable(QTableView *table, const QFont &font, double scale)
{
    table->setFont(font);
    table->horizontalHeader()->setFont(font);
    table->verticalHeader()->setDefaultSectionSize(scaled(scale, 28));
    table->setIconSize(QSize(scaled(scale, 12), scaled(scale, 12)));
    table->setStyleSheet(QStringLiteral("QTableView::item { padding-left: %1px; padding-right: "
                                        "%1px; }")
                             .arg(scaled(scale, 6)));
}

void scaleTree(QTreeView *tree, const QFont &font, double scale)
{
    tree->setFont(font);
    tree->header()->setFont(font);
    tree->setIconSize(QSize(scaled(scale, 12), scaled(scale, 12)));
    tree->setStyleSheet(QStringLiteral("QTreeView::item { padding: %1px %2px; }")
                            .arg(scaled(scale, 4))
                            .arg(scaled(scale, 6)));
}

} // namespace soc

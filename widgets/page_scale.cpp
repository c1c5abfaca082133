#include "widgets/page_scale.h"

#include <QHeaderView>
#include <QLayout>
#include <QTableView>
#include <QTreeView>

#include <algorithm>
#include <cmath>

namespace soc {

namespace {

double g_scaleFactor = 1.0;

} // namespace

void setUiScaleFactor(double factor)
{
    g_scaleFactor = std::clamp(factor, 0.5, 4.0);
}

double uiScaleFactor()
{
    return g_scaleFactor;
}

double uiScale(const QSize &pageSize)
{
    if (pageSize.isEmpty())
        return g_scaleFactor;
    const double byWidth = pageSize.width() / 1920.0;
    const double byHeight = pageSize.height() / 1080.0;
    return std::clamp(std::min(byWidth, byHeight), 0.75, 4.0) * g_scaleFactor;
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

#include "widgets/report_dialog.h"

#include "models/display_format.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace soc {

ReportDialog::ReportDialog(const UnitCatalog &units, const QStringList &checked, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("PDF report"));
    auto *label = new QLabel(tr("The report always has the city overview. Check the &units "
                                "that get a section of their own:"),
                             this);
    label->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("reportUnitList"));
    m_list->setAccessibleName(tr("Units in the report"));
    label->setBuddy(m_list);
    const Language language = currentLanguage();
    for (const Unit &unit : units.units()) {
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(unit.name(language), unit.code), m_list);
        item->setData(Qt::UserRole, unit.code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(unit.code) ? Qt::Checked : Qt::Unchecked);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose file…"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Choose the report's file"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel the report"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(480, 560);
}

QStringList ReportDialog::selectedUnits() const
{
    QStringList codes;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked)
            codes << item->data(Qt::UserRole).toString();
    }
    return codes;
}

} // namespace soc

#pragma once

#include "core/unit_catalog.h"

#include <QDialog>

class QListWidget;

namespace soc {

// Chooses the units that get their own section in a PDF report, besides the city overview
// that every report has. Lists every unit of the catalog, checked where `checked` names it.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(const UnitCatalog &units, const QStringList &checked, QWidget *parent = nullptr);

    // The codes of the checked units, in catalog order.
    QStringList selectedUnits() const;
    QListWidget *unitList() const { return m_list; }

private:
    QListWidget *m_list = nullptr;
};

} // namespace soc

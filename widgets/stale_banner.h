#pragma once

#include "core/dashboard_state.h"

#include <QLabel>

namespace soc {

// A red strip across the window while live feeds are configured and none is connected:
// "no live data, figures stale since HH:MM". Hidden again as soon as a feed reconnects.
class StaleBanner : public QLabel
{
    Q_OBJECT

public:
    explicit StaleBanner(QWidget *parent = nullptr);

    void setState(const DashboardStatePtr &state);
    // One short line, "NO LIVE DATA since 09:14", for the wall's large type.
    void setShort(bool isShort);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();

    DashboardStatePtr m_state;
    bool m_short = false;
};

} // namespace soc

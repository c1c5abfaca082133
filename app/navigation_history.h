#pragma once

#include <QString>
#include <QVector>

namespace soc {

// One place in the dashboard that back and forward return to: a page by its command-line
// name and, on the unit page, the unit shown.
struct Location
{
    QString page;
    QString unit; // empty on pages that show no single unit

    bool operator==(const Location &other) const
    {
        return page == other.page && unit == other.unit;
    }
    bool operator!=(const Location &other) const { return !(*this == other); }
};

// Back and forward history of the places visited, as in a web browser: visiting a new place
// drops the forward entries. Each direction keeps at most MaxEntries places, the oldest going
// first, so that weeks of use on a workstation keep the history small.
class NavigationHistory
{
public:
    static constexpr int MaxEntries = 100;

    // Starts a new history at `location`, with nothing to go back or forward to.
    void reset(const Location &location);
    // Records a move to `location`; visiting the current place again changes nothing.
    void visit(const Location &location);

    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    // Moves one place back or forward and returns the new current place; the current place
    // stays when there is nowhere to go.
    const Location &goBack();
    const Location &goForward();
    const Location &current() const { return m_current; }

private:
    QVector<Location> m_back;    // the oldest first
    QVector<Location> m_forward; // the next place last
    Location m_current;
};

} // namespace soc

#include "app/navigation_history.h"

namespace soc {

namespace {

void pushBounded(QVector<Location> *stack, const Location &location)
{
    stack->append(location);
    if (stack->size() > NavigationHistory::MaxEntries)
        stack->removeFirst();
}

} // namespace

void NavigationHistory::reset(const Location &location)
{
    m_back.clear();
    m_forward.clear();
    m_current = location;
}

void NavigationHistory::visit(const Location &location)
{
    if (location == m_current)
        return;
    pushBounded(&m_back, m_current);
    m_forward.clear();
    m_current = location;
}

const Location &NavigationHistory::goBack()
{
    if (m_back.isEmpty())
        return m_current;
    pushBounded(&m_forward, m_current);
    m_current = m_back.takeLast();
    return m_current;
}

const Location &NavigationHistory::goForward()
{
    if (m_forward.isEmpty())
        return m_current;
    pushBounded(&m_back, m_current);
    m_current = m_forward.takeLast();
    return m_current;
}

} // namespace soc

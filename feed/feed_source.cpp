#include "feed/feed_source.h"

namespace soc {

FeedSource::FeedSource(QString url, QObject *parent) : QObject(parent), m_url(std::move(url)) {}

void FeedSource::setState(State state, const QString &detail)
{
    if (state == m_state && detail.isEmpty())
        return;
    m_state = state;
    emit stateChanged(state, detail);
}

} // namespace soc

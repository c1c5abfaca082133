#include "widgets/wall_header.h"

#include "models/display_format.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QTimeZone>
#include <QVBoxLayout>

namespace soc {

namespace {

// Ho Chi Minh City keeps UTC+7 all year.
QDateTime cityTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone(7 * 3600));
}

bool isReplay(const DashboardState &state)
{
    for (const ConnectionStatus &connection : state.connections) {
        if (connection.url.startsWith(QLatin1String("file:")))
            return true;
    }
    return false;
}

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

WallHeader::WallHeader(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("wallHeader"));
    setAttribute(Qt::WA_StyledBackground);
    m_mark = plainLabel(QStringLiteral("wallMark"), this);
    m_title = plainLabel(QStringLiteral("wallTitle"), this);
    m_clock = plainLabel(QStringLiteral("wallClock"), this);
    m_mark->setVisible(false);
    // A long title is cut at the screen's edge rather than widening the window.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // Two rows: the mark, the page and the clock in headline type; the sources' data ages
    // under them in label type, because all of it in one row does not fit 1080p at 10 m.
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_mark);
    top->addWidget(m_title, 1);
    top->addWidget(m_clock);
    m_agesLayout = new QHBoxLayout;
    layout->addLayout(top);
    layout->addLayout(m_agesLayout);
    setTypeSizes(48, 28);
}

void WallHeader::setTypeSizes(int headlinePixels, int labelPixels)
{
    m_labelPixels = labelPixels;
    const int padding = std::max(4, headlinePixels / 6);
    layout()->setContentsMargins(padding * 2, padding, padding * 2, padding);
    layout()->setSpacing(padding / 2);
    static_cast<QBoxLayout *>(layout()->itemAt(0)->layout())->setSpacing(padding * 3);
    m_agesLayout->setSpacing(padding * 4);
    // Pure black behind near-white type gives the highest contrast; the marks reverse it.
    setStyleSheet(
        QStringLiteral("QWidget#wallHeader { background: #000000; }"
                       "QLabel { color: #ffffff; font-size: %1px; font-weight: bold; }"
                       "QLabel#wallMark { background: #ffb000; color: #000000; padding: 0 %3px; }"
                       "QLabel#wallAge { font-size: %2px; }"
                       "QLabel#wallAge[age=\"late\"] { color: #ffb000; }"
                       "QLabel#wallAge[age=\"stale\"] { color: #ff6b5a; }")
            .arg(headlinePixels)
            .arg(labelPixels)
            .arg(padding));
}

void WallHeader::setState(const DashboardStatePtr &state)
{
    m_state = state;
    updateMark();
    updateAges();
}

void WallHeader::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    m_clock->setText(clockText());
    updateAges();
}

void WallHeader::setPageTitle(const QString &title, int position, int count)
{
    m_pageTitle = title;
    m_position = position;
    m_count = count;
    updateTitle();
}

void WallHeader::updateTitle()
{
    // The place in the playlist goes first, so that eliding a long title never hides it.
    const QString text =
        m_count > 0 ? tr("%1/%2 · %3").arg(m_position).arg(m_count).arg(m_pageTitle) : m_pageTitle;
    m_title->setText(m_title->fontMetrics().elidedText(text, Qt::ElideRight, m_title->width()));
    m_title->setToolTip(text);
}

void WallHeader::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateTitle();
}

QString WallHeader::markText() const
{
    if (!m_state)
        return QString();
    if (isReplay(*m_state))
        return tr("REPLAY %1").arg(formatDateTime(m_state->builtAtMs));
    if (m_state->demo)
        return tr("DEMO DATA");
    return QString();
}

QString WallHeader::clockText() const
{
    if (m_nowMs <= 0)
        return QString();
    return cityTime(m_nowMs).toString(QStringLiteral("HH:mm"));
}

QStringList WallHeader::ageTexts() const
{
    QStringList texts;
    for (const QLabel *label : m_ageLabels)
        texts << label->text();
    return texts;
}

QString WallHeader::formatAge(qint64 ageMs)
{
    const qint64 seconds = std::max<qint64>(0, ageMs / 1000);
    const QLocale locale;
    if (seconds < 120)
        return tr("%1 s").arg(locale.toString(seconds));
    if (seconds < 2 * 3600)
        return tr("%1 min").arg(locale.toString(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%1 h").arg(locale.toString(seconds / 3600));
    return tr("%1 d").arg(locale.toString(seconds / 86400));
}

void WallHeader::updateMark()
{
    const QString text = markText();
    m_mark->setText(text);
    m_mark->setVisible(!text.isEmpty());
}

void WallHeader::rebuildAgeLabels()
{
    while (QLayoutItem *item = m_agesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_ageLabels.clear();
    if (!m_state)
        return;
    for (int i = 0; i < m_state->sources.size(); ++i) {
        QLabel *label = plainLabel(QStringLiteral("wallAge"), this);
        m_agesLayout->addWidget(label);
        m_ageLabels << label;
    }
    m_agesLayout->addStretch(1);
}

void WallHeader::updateAges()
{
    if (!m_state) {
        rebuildAgeLabels();
        return;
    }
    if (m_ageLabels.size() != m_state->sources.size())
        rebuildAgeLabels();
    // A replay shows ages as of the replayed moment; live and demo data as of the clock.
    const qint64 now = isReplay(*m_state) || m_nowMs <= 0 ? m_state->builtAtMs : m_nowMs;
    int i = 0;
    for (const SourceStatus &source : m_state->sources) {
        QLabel *label = m_ageLabels.at(i++);
        const qint64 age = now - source.lastSeenMs;
        QString level = QStringLiteral("current");
        QString text = tr("%1 %2").arg(source.source, formatAge(age));
        if (source.lastSeenMs <= 0 || age > StaleAfterMs) {
            level = QStringLiteral("stale");
            text = source.lastSeenMs <= 0 ? tr("⚠ %1 no data").arg(source.source)
                                          : tr("⚠ %1").arg(text);
        } else if (age > LateAfterMs) {
            level = QStringLiteral("late");
        }
        label->setText(text);
        if (label->property("age").toString() != level) {
            label->setProperty("age", level);
            // A dynamic property selector applies only after the style is polished again.
            label->style()->unpolish(label);
            label->style()->polish(label);
        }
    }
}

void WallHeader::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setPageTitle(m_pageTitle, m_position, m_count);
        updateMark();
        updateAges();
    }
    QWidget::changeEvent(event);
}

} // namespace soc

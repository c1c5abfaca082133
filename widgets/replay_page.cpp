#include "widgets/replay_page.h"

#include "models/display_format.h"
#include "widgets/page_controls.h"
#include "widgets/page_scale.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace soc {

namespace {

// Colours shared with the tile map and the critical banner (Okabe-Ito).
const QColor CriticalColor(0xd5, 0x5e, 0x00);
const QColor WarningColor(0xe6, 0x9f, 0x00);
const QColor OtherColor(0x99, 0x99, 0x99);
const QColor PositionColor(0x56, 0xb4, 0xe9);


QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QStandardItem *numberItem(quint64 number)
{
    QStandardItem *item = textItem(QLocale().toString(number));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString durationText(qint64 ms)
{
    const qint64 seconds = std::max<qint64>(0, ms / 1000);
    return QStringLiteral("%1:%2:%3")
        .arg(seconds / 3600)
        .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

ReplayTimeline::ReplayTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("replayTimeline"));
    setMinimumHeight(48);
}

void ReplayTimeline::setRange(qint64 startMs, qint64 endMs)
{
    m_startMs = startMs;
    m_endMs = std::max(startMs, endMs);
    update();
}

void ReplayTimeline::setMarks(const QVector<RecordingOverview::AlertChange> &changes)
{
    m_marks.clear();
    m_marks.reserve(changes.size());
    for (const RecordingOverview::AlertChange &change : changes)
        m_marks.append({change.atMs, change.severity});
    update();
}

void ReplayTimeline::setPosition(qint64 atMs)
{
    m_positionMs = atMs;
    update();
}

void ReplayTimeline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF track = QRectF(rect()).adjusted(2, height() * 0.2, -2, -height() * 0.2);
    painter.fillRect(track, palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(track);
    if (m_endMs <= m_startMs)
        return;

    const double span = static_cast<double>(m_endMs - m_startMs);
    auto xOf = [&](qint64 atMs) {
        return track.left() + track.width() * static_cast<double>(atMs - m_startMs) / span;
    };
    // Warnings first, so that critical ticks stay on top where both fall on one pixel.
    for (const QString &severity :
         {QString(), QStringLiteral("warning"), QStringLiteral("critical")}) {
        const QColor color = severity == QLatin1String("critical")  ? CriticalColor
                             : severity == QLatin1String("warning") ? WarningColor
                                                                     : OtherColor;
        painter.setPen(QPen(color, std::max(1.0, height() / 24.0)));
        for (const auto &[atMs, markSeverity] : std::as_const(m_marks)) {
            const bool other = markSeverity != QLatin1String("critical") &&
                               markSeverity != QLatin1String("warning");
            if ((severity.isEmpty() && other) || markSeverity == severity)
                painter.drawLine(QPointF(xOf(atMs), track.top()), QPointF(xOf(atMs), track.bottom()));
        }
    }
    if (m_positionMs >= m_startMs && m_positionMs <= m_endMs) {
        painter.setPen(QPen(PositionColor, std::max(2.0, height() / 12.0)));
        const double x = xOf(m_positionMs);
        painter.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
}

ReplayPage::ReplayPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("replayPage"));
    m_title = createLabel(this);
    m_summary = createLabel(this);
    m_summary->setObjectName(QStringLiteral("replaySummary"));
    m_summary->setWordWrap(true);
    m_sourcesTitle = createLabel(this);
    m_changesTitle = createLabel(this);
    m_timeline = new ReplayTimeline(this);
    m_sources = new QStandardItemModel(this);
    m_changes = new QStandardItemModel(this);
    m_sourcesTable = createTable(m_sources, QStringLiteral("replaySourcesTable"), this);
    m_changesTable = createTable(m_changes, QStringLiteral("replayChangesTable"), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_timeline);
    layout->addWidget(m_sourcesTitle);
    layout->addWidget(m_sourcesTable, 1);
    layout->addWidget(m_changesTitle);
    layout->addWidget(m_changesTable, 2);
    clearRecording();
    applyScale();
}

void ReplayPage::setRecording(const RecordingOverview &overview)
{
    m_overview = overview;
    m_hasRecording = true;
    m_timeline->setRange(overview.startMs, overview.endMs);
    m_timeline->setMarks(overview.alertChanges);
    m_timeline->setPosition(overview.startMs);
    retranslate();
}

void ReplayPage::clearRecording()
{
    m_overview = {};
    m_hasRecording = false;
    m_timeline->setRange(0, 0);
    m_timeline->setMarks({});
    retranslate();
}

void ReplayPage::setReplayTime(qint64 atMs)
{
    m_timeline->setPosition(atMs);
}

void ReplayPage::retranslate()
{
    m_title->setText(m_hasRecording ? tr("Replay · %1").arg(m_overview.name) : tr("Replay"));
    m_sourcesTitle->setText(tr("Sources"));
    m_changesTitle->setText(tr("Alert changes"));
    m_timeline->setAccessibleName(tr("Timeline of the recording with its alert changes"));
    m_sourcesTable->setAccessibleName(tr("Recorded sources with their sequence gaps"));
    m_changesTable->setAccessibleName(tr("Recorded alert changes"));
    for (QWidget *widget : {static_cast<QWidget *>(m_timeline), static_cast<QWidget *>(m_sourcesTitle),
                            static_cast<QWidget *>(m_sourcesTable),
                            static_cast<QWidget *>(m_changesTitle),
                            static_cast<QWidget *>(m_changesTable)})
        widget->setVisible(m_hasRecording);

    if (!m_hasRecording) {
        m_summary->setText(tr("No recording is open. Open one with File → Open recording…, "
                              "or start soc-dashboard with --replay FILE."));
    } else {
        const RecordingOverview &o = m_overview;
        QString summary =
            tr("From %1 to %2 (UTC+7), %3 long").arg(formatDateTime(o.startMs),
                                                   formatDateTime(o.endMs),
                                                   durationText(o.endMs - o.startMs));
        summary += QLatin1Char('\n');
        summary += tr("%1 envelopes, of which %2 not valid · %3 operator actions · %4 "
                      "keyframes · %5 alert changes")
                       .arg(QLocale().toString(o.envelopes), QLocale().toString(o.unidentified),
                            QLocale().toString(o.operatorActions),
                            QLocale().toString(o.keyframes),
                            QLocale().toString(static_cast<qint64>(o.alertChanges.size())));
        m_summary->setText(summary);
    }
    fillTables();
}

void ReplayPage::fillTables()
{
    m_sources->clear();
    m_sources->setHorizontalHeaderLabels({tr("Source"), tr("Envelopes"), tr("Snapshots"),
                                          tr("First sequence"), tr("Last sequence"),
                                          tr("Missing"), tr("Restarts"), tr("Gaps")});
    for (const RecordingOverview::Source &source : std::as_const(m_overview.sources)) {
        QStringList gaps;
        for (const auto &[first, last] : source.gaps) {
            gaps << (first == last ? QLocale().toString(first)
                                   : tr("%1–%2").arg(QLocale().toString(first),
                                                     QLocale().toString(last)));
        }
        m_sources->appendRow({textItem(source.source), numberItem(source.envelopes),
                              numberItem(source.snapshots), numberItem(source.firstSequence),
                              numberItem(source.lastSequence), numberItem(source.missing),
                              numberItem(source.restarts),
                              textItem(gaps.join(QStringLiteral(", ")))});
    }

    m_changes->clear();
    m_changes->setHorizontalHeaderLabels({tr("Time (UTC+7)"), tr("Change"), tr("Severity"),
                                          tr("Alert")});
    const QVector<RecordingOverview::AlertChange> &changes = m_overview.alertChanges;
    const int first = std::max(0, static_cast<int>(changes.size()) - MaxListedChanges);
    for (int i = first; i < changes.size(); ++i) {
        const RecordingOverview::AlertChange &change = changes.at(i);
        m_changes->appendRow({textItem(formatDateTime(change.atMs)),
                              textItem(alertChangeName(change.event)),
                              textItem(severityLabel(change.severity)),
                              textItem(change.alertId)});
    }
}

QString ReplayPage::alertChangeName(const QString &event)
{
    if (event == QLatin1String("raised"))
        return tr("raised");
    if (event == QLatin1String("severity_changed"))
        return tr("severity changed");
    if (event == QLatin1String("cleared"))
        return tr("cleared");
    if (event == QLatin1String("acknowledged"))
        return tr("acknowledged");
    if (event == QLatin1String("returned_to_normal"))
        return tr("returned to normal");
    if (event == QLatin1String("shelved"))
        return tr("shelved");
    if (event == QLatin1String("unshelved"))
        return tr("unshelved");
    if (event == QLatin1String("suppressed"))
        return tr("suppressed");
    if (event == QLatin1String("unsuppressed"))
        return tr("suppression lifted");
    return event;
}

QString ReplayPage::severityLabel(const QString &severity)
{
    if (severity == QLatin1String("critical"))
        return tr("critical");
    if (severity == QLatin1String("warning"))
        return tr("warning");
    return {};
}

void ReplayPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReplayPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyScale();
}

void ReplayPage::applyScale()
{
    const double scale = uiScale(size());
    QFont base = font();
    base.setPixelSize(scaled(scale, 16));
    m_summary->setFont(base);
    scaleTable(m_sourcesTable, base, scale);
    scaleTable(m_changesTable, base, scale);
    m_timeline->setFixedHeight(scaled(scale, 56));
    m_title->setFont(pageTitleFont(base, scale));
    QFont section = base;
    section.setPixelSize(scaled(scale, 20));
    section.setBold(true);
    m_sourcesTitle->setFont(section);
    m_changesTitle->setFont(section);
    applyPageSpacing(layout(), scale);
}

} // namespace soc

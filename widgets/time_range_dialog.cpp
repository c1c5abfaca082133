#include "widgets/time_range_dialog.h"

#include "models/display_format.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace soc {

namespace {

// The edits show city wall time. QDateTimeEdit in Qt 6.4 takes no fixed-offset zone, so the
// edits hold UTC date-times shifted by the city's offset of 7 hours.
constexpr qint64 CityOffsetMs = 7 * 3600 * 1000LL;

QDateTime cityWallTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms + CityOffsetMs, QTimeZone::utc());
}

qint64 fromCityWallTime(const QDateTime &wall)
{
    return wall.toMSecsSinceEpoch() - CityOffsetMs;
}

QDateTimeEdit *createEdit(const QString &name, qint64 ms, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    edit->setCalendarPopup(true);
    edit->setDateTime(cityWallTime(ms));
    return edit;
}

} // namespace

TimeRangeDialog::TimeRangeDialog(const TimeRange &initial, qint64 nowMs, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("timeRangeDialog"));
    setWindowTitle(tr("Custom time range"));
    m_from = createEdit(QStringLiteral("rangeFromEdit"), initial.fromMs(nowMs), this);
    m_to = createEdit(QStringLiteral("rangeToEdit"), initial.toMs(nowMs), this);
    m_from->setAccessibleName(tr("Start of the time range (UTC+7)"));
    m_to->setAccessibleName(tr("End of the time range (UTC+7)"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("rangeError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Apply the time range"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Keep the previous range"));

    auto *form = new QFormLayout;
    form->addRow(tr("&From (UTC+7):"), m_from);
    form->addRow(tr("&To (UTC+7):"), m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_buttons);

    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &TimeRangeDialog::validate);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &TimeRangeDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

std::optional<TimeRange> TimeRangeDialog::range() const
{
    return TimeRange::custom(fromCityWallTime(m_from->dateTime()),
                             fromCityWallTime(m_to->dateTime()));
}

void TimeRangeDialog::validate()
{
    const bool valid = range().has_value();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_error->setVisible(!valid);
    if (!valid) {
        m_error->setText(tr("The end %1 is not after the start %2; choose a later end or an "
                            "earlier start.")
                             .arg(formatDateTime(fromCityWallTime(m_to->dateTime())),
                                  formatDateTime(fromCityWallTime(m_from->dateTime()))));
    }
}

} // namespace soc

#pragma once

#include "models/time_range.h"

#include <QDialog>

#include <optional>

class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;

namespace soc {

// Asks for a custom time range: a start and an end in Ho Chi Minh City time (UTC+7), minute by
// minute. While the end is not after the start, OK stays disabled and a message explains why.
class TimeRangeDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts from `initial` as it applies at `nowMs` (UTC milliseconds).
    TimeRangeDialog(const TimeRange &initial, qint64 nowMs, QWidget *parent = nullptr);

    // The range typed in; empty while the end is not after the start.
    std::optional<TimeRange> range() const;
    QDateTimeEdit *fromEdit() const { return m_from; }
    QDateTimeEdit *toEdit() const { return m_to; }
    QLabel *errorLabel() const { return m_error; }

private:
    void validate();

    QDateTimeEdit *m_from = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace soc

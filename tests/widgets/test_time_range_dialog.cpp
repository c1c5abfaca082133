#include "widgets/time_range_dialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace soc;

class TestTimeRangeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void startsFromCurrentRange();
    void reversedRangeRejected();
};

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

QPushButton *okButton(const TimeRangeDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    return buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace

void TestTimeRangeDialog::startsFromCurrentRange()
{
    const qint64 now = utc("2026-12-04T03:00:00Z");
    TimeRangeDialog dialog(TimeRange::preset(TimeRange::Kind::Last24Hours), now);
    // The edits show city time, UTC+7.
    QCOMPARE(dialog.fromEdit()->dateTime().toString(Qt::ISODate), "2026-12-03T10:00:00Z");
    QCOMPARE(dialog.toEdit()->dateTime().toString(Qt::ISODate), "2026-12-04T10:00:00Z");
    const std::optional<TimeRange> range = dialog.range();
    QVERIFY(range);
    QCOMPARE(range->fromMs(0), utc("2026-12-03T03:00:00Z"));
    QCOMPARE(range->toMs(0), now);
    QVERIFY(okButton(dialog));
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.errorLabel()->isHidden());
}

void TestTimeRangeDialog::reversedRangeRejected()
{
    const qint64 now = utc("2026-12-04T03:00:00Z");
    TimeRangeDialog dialog(TimeRange::preset(TimeRange::Kind::Last7Days), now);
    dialog.toEdit()->setDateTime(QDateTime::fromString("2026-11-01T08:00:00Z", Qt::ISODate));
    QVERIFY(!dialog.range());
    QVERIFY(!okButton(dialog)->isEnabled());
    QVERIFY(!dialog.errorLabel()->isHidden());
    // The message names both times, as the user typed them, and what to change.
    const QString message = dialog.errorLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("01/11/2026 08:00")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("27/11/2026 10:00")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("later end")), qPrintable(message));

    dialog.toEdit()->setDateTime(QDateTime::fromString("2026-12-01T08:00:00Z", Qt::ISODate));
    QVERIFY(dialog.range());
    QVERIFY(okButton(dialog)->isEnabled());
    QVERIFY(dialog.errorLabel()->isHidden());
}

QTEST_MAIN(TestTimeRangeDialog)
#include "test_time_range_dialog.moc"

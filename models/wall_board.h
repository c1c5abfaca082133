#pragma once

#include "core/dashboard_state.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace soc {

// The sign beside a figure on the wall. Each has its own shape as well as its own colour, so
// that it reads without colour vision and from afar.
enum class WallMark
{
    None,
    Meets,    // target met, source current: filled circle
    Near,     // near the target, source late: triangle
    Below,    // below the target, source stale: square
    NoData,   // no figure, source never heard from: hollow circle
    Critical, // critical alert: square with a bar
    Warning,  // warning alert: triangle with a bar
};

struct WallBoardRow
{
    QString rank; // "1" in a ranking; empty elsewhere
    QString label;
    QString shortLabel; // for a column too narrow for the label; empty when there is none
    QString value;
    WallMark mark = WallMark::None;
    bool hollow = false; // an acknowledged alert, drawn as an outline
};

struct WallBoardNote
{
    WallMark mark = WallMark::None;
    QString text;
};

// The kind of item that a board's rows list, named in the line that counts the rows left out.
enum class WallRows
{
    Units,
    Indicators,
    Alerts,
    Feeds
};

// The content of one stop of the wall rotation, in few and large figures: a title, an optional
// headline figure with notes beside it, and rows. The view shows the rows that fit and counts
// the others.
struct WallBoard
{
    QString title;
    QString shortTitle; // for a screen too narrow for the title
    QString figure;
    WallMark figureMark = WallMark::None;
    QVector<WallBoardNote> notes;
    QVector<WallBoardRow> rows;
    // When the rows do not all fit: false keeps the first ones (worst first lists), true the
    // first and the last ones (a ranking, best and worst).
    bool keepFirstAndLast = false;
    WallRows rowKind = WallRows::Units;
    QString emptyText;  // shown in place of rows when there are none
    bool stale = false; // every live feed is down: the figures are as old as the last message
};

// The age class of a source's data, for the wall's marks: current up to LateAfterMs, late up
// to StaleAfterMs, stale after that or when the source was never heard from.
enum class DataAge
{
    Current,
    Late,
    Stale
};
constexpr qint64 LateAfterMs = 60 * 1000;
constexpr qint64 StaleAfterMs = 5 * 60 * 1000;
DataAge dataAge(const SourceStatus &source, qint64 nowMs);
// Current, late and stale as the marks of target met, near and below.
WallMark dataAgeMark(DataAge age);
// "42 s", "3 min", "5 h", "2 d" in the display language.
QString formatAge(qint64 ageMs);
// "citizen-app 42 s", or "citizen-app no data" for a source never heard from.
QString sourceAgeText(const SourceStatus &source, qint64 nowMs);
// The time that source ages count to: the replayed moment for a recording, else `nowMs`.
qint64 ageReference(const DashboardState &state, qint64 nowMs);
bool isReplayState(const DashboardState &state);

// Builders of the boards from a state, in the display language. UI thread.
class WallBoards
{
    Q_DECLARE_TR_FUNCTIONS(soc::WallBoards)

public:
    // The parent's figure for the indicator and its child units, worst first.
    static WallBoard overview(const DashboardState &state, const QString &parent,
                              const QString &indicator);
    // The child units, best first, with their rank.
    static WallBoard ranking(const DashboardState &state, const QString &parent,
                             const QString &indicator);
    // The unit's headline indicators, and the active alerts of the unit and the units under it.
    static WallBoard unit(const DashboardState &state, const QString &unit);
    // Alerts waiting for the operators, critical and unacknowledged first.
    static WallBoard alerts(const DashboardState &state);
    // The age of every source and the state of every connection.
    static WallBoard feeds(const DashboardState &state, qint64 nowMs);
};

} // namespace soc

#pragma once

#include "core/dashboard_state.h"
#include "core/language.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

namespace soc {

// One stop of the wall rotation: a page, what it shows, and how long it stays.
struct WallPlaylistEntry
{
    QString page;      // overview, ranking, unit, alerts or feeds
    QString unit;      // the unit page's unit; the parent of the units an overview or ranking lists
    QString indicator; // indicator id for the overview and ranking; empty means e_result
    int dwellSeconds = 20;
};

// The pages that the wall display rotates through, read from JSON (format in docs/WALL.md).
struct WallPlaylist
{
    QString origin;    // file name, or ":/soc/data/wall_playlist.json" for the default
    QByteArray digest; // SHA-256 of the file, so a saved position matches its file
    QVector<WallPlaylistEntry> entries;
    double criticalDwellFactor = 2; // dwell multiplier of an entry with an unacked critical alert
    QVector<Language> languages;    // one per rotation cycle, in turn; empty keeps the language
    // Seconds without input before a rewound wall returns to live; 0 for never.
    int returnToLiveSeconds = 300;
    double viewingDistanceMetres = 10; // farthest reader, for the type size rule
    // Width of the picture on the wall, for screens that report no physical size or a wrong
    // one (video wall controllers, projectors); 0 takes the screen's own figure.
    double screenWidthMillimetres = 0;

    static constexpr int MinDwellSeconds = 5;
    static constexpr int MaxDwellSeconds = 3600;

    // Parses a playlist. On failure returns false and sets `error` to "ORIGIN:LINE: reason",
    // with the line of the offending key or entry and what to write instead.
    static bool parse(const QByteArray &json, const QString &origin, WallPlaylist *playlist,
                      QString *error);
    static bool load(const QString &path, WallPlaylist *playlist, QString *error);
    // The playlist shipped in the resources: every page once, the city, then Vietnamese and
    // English in turn.
    static WallPlaylist builtIn();
    static QStringList pageNames();
};

// For each playlist entry, whether it shows an unacknowledged critical alert in `state`. The
// alerts page does when there is any such alert, and a unit page when the alert is on that unit
// or below it. The overview and ranking do when the alert is on the indicator that they colour
// by. Feeds entries never do.
QVector<bool> criticalEntries(const WallPlaylist &playlist, const DashboardState &state);

// The order in which the wall shows a playlist. A cycle shows every entry once. Within a
// cycle, the next entry is the first one not yet shown that has an unacknowledged critical
// alert, else the first one not yet shown in playlist order. So critical pages come first, even
// when their alert is raised in the middle of a cycle, and stay criticalDwellFactor times their
// dwell. There are no timers and no clock: the caller decides when to advance.
class WallRotation
{
public:
    struct Step
    {
        int entry = -1; // index into the playlist; -1 before the first advance()
        qint64 dwellMs = 0;
        bool critical = false;
        int cycle = 0; // rotation cycles started so far, from 0
    };

    explicit WallRotation(WallPlaylist playlist = WallPlaylist::builtIn());

    const WallPlaylist &playlist() const { return m_playlist; }
    const Step &current() const { return m_current; }
    // The language of the current cycle; empty optional when the playlist names none.
    std::optional<Language> language() const;

    // Moves to the next entry. `critical` has one flag per entry (criticalEntries()); a
    // shorter vector counts the missing entries as not critical.
    const Step &advance(const QVector<bool> &critical);

    // The position as JSON, and back. restore() returns false and leaves the rotation at its
    // start when the position belongs to another playlist or is out of range.
    QJsonObject savePosition() const;
    bool restorePosition(const QJsonObject &position);

private:
    WallPlaylist m_playlist;
    Step m_current;
    QVector<bool> m_shown; // entries shown in the current cycle
};

} // namespace soc

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Displays help on commandline options.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Displays help including Qt specific options.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Displays version information.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Unknown option &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Missing value after &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Unexpected value after &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[options]</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>soc::AlertWriter</name>
    <message>
        <source>The alert history file was damaged. It was kept as %1, and a new alert history was started.</source>
        <translation>The alert history file was damaged. It was kept as %1, and a new alert history was started.</translation>
    </message>
    <message>
        <source>Alert history is off because the data folder cannot be created. Alerts and acknowledgements will be lost when the dashboard closes.</source>
        <translation>Alert history is off because the data folder cannot be created. Alerts and acknowledgements will be lost when the dashboard closes.</translation>
    </message>
    <message>
        <source>Alert history is off because %1 cannot be written. Alerts and acknowledgements will be lost when the dashboard closes.</source>
        <translation>Alert history is off because %1 cannot be written. Alerts and acknowledgements will be lost when the dashboard closes.</translation>
    </message>
    <message>
        <source>The disk that holds the alert history is full. Alert changes are kept in memory and written once space is freed.</source>
        <translation>The disk that holds the alert history is full. Alert changes are kept in memory and written once space is freed.</translation>
    </message>
    <message>
        <source>Alert history is off because %1 is damaged and could not be replaced. Alerts and acknowledgements will be lost when the dashboard closes.</source>
        <translation>Alert history is off because %1 is damaged and could not be replaced. Alerts and acknowledgements will be lost when the dashboard closes.</translation>
    </message>
    <message>
        <source>Alert history is off because %1 was written by a newer version of SOC Dashboard. Alerts and acknowledgements will be lost when the dashboard closes.</source>
        <translation>Alert history is off because %1 was written by a newer version of SOC Dashboard. Alerts and acknowledgements will be lost when the dashboard closes.</translation>
    </message>
    <message>
        <source>Alert history is off because of a database error; the log has the details. Alerts and acknowledgements will be lost when the dashboard closes.</source>
        <translation>Alert history is off because of a database error; the log has the details. Alerts and acknowledgements will be lost when the dashboard closes.</translation>
    </message>
</context>
<context>
    <name>soc::AlertsModel</name>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>active, unacknowledged</source>
        <translation>active, unacknowledged</translation>
    </message>
    <message>
        <source>active, acknowledged</source>
        <translation>active, acknowledged</translation>
    </message>
    <message>
        <source>cleared, unacknowledged</source>
        <translation>cleared, unacknowledged</translation>
    </message>
    <message>
        <source>shelved</source>
        <translation>shelved</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suppressed</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Since (UTC+7)</source>
        <translation>Since (UTC+7)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>soc::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>%1 alerts · %2 unacknowledged · %3 critical and active</source>
        <translation>%1 alerts · %2 unacknowledged · %3 critical and active</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation>Filter by severity</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Filter by state</translation>
    </message>
    <message>
        <source>Filter by unit, indicator or rule</source>
        <translation>Filter by unit, indicator or rule</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>&amp;Shelve for 1 hour</source>
        <translation>&amp;Shelve for 1 hour</translation>
    </message>
    <message>
        <source>&amp;Unshelve</source>
        <translation>&amp;Unshelve</translation>
    </message>
</context>
<context>
    <name>soc::CommandLine</name>
    <message>
        <source>SOC Dashboard: digitization KPIs of Ho Chi Minh City, live.</source>
        <translation>SOC Dashboard: digitization KPIs of Ho Chi Minh City, live.</translation>
    </message>
    <message>
        <source>Feed to subscribe to; repeat for several. demo: is the built-in simulator and the default (demo:?seed=N for another seed); also mqtt://, mqtts://, tcp://, tls:// and file:PATH. https://HOST/api/v1/reporting/evaluation?root=ID polls the national portal&apos;s Decision 766 figures; options: period=2026-Q3, interval=SECONDS (default 900), timeout=SECONDS (default 30).</source>
        <translation>Feed to subscribe to; repeat for several. demo: is the built-in simulator and the default (demo:?seed=N for another seed); also mqtt://, mqtts://, tcp://, tls:// and file:PATH. https://HOST/api/v1/reporting/evaluation?root=ID polls the national portal&apos;s Decision 766 figures; options: period=2026-Q3, interval=SECONDS (default 900), timeout=SECONDS (default 30).</translation>
    </message>
    <message>
        <source>Display language: vi or en (default: the last one chosen).</source>
        <translation>Display language: vi or en (default: the last one chosen).</translation>
    </message>
    <message>
        <source>Unit catalog CSV to use instead of the 22 districts of Ho Chi Minh City.</source>
        <translation>Unit catalog CSV to use instead of the 22 districts of Ho Chi Minh City.</translation>
    </message>
    <message>
        <source>Render one page to a PNG file without a display, then exit.</source>
        <translation>Render one page to a PNG file without a display, then exit.</translation>
    </message>
    <message>
        <source>Snapshot size in pixels, width x height (default 1920x1080).</source>
        <translation>Snapshot size in pixels, width x height (default 1920x1080).</translation>
    </message>
    <message>
        <source>Moment to render, ISO 8601 (2026-12-04T09:14:00+07:00); without a zone, UTC (default: now).</source>
        <translation>Moment to render, ISO 8601 (2026-12-04T09:14:00+07:00); without a zone, UTC (default: now).</translation>
    </message>
    <message>
        <source>invalid --lang &apos;%1&apos;; use vi or en</source>
        <translation>invalid --lang &apos;%1&apos;; use vi or en</translation>
    </message>
    <message>
        <source>unknown --page &apos;%1&apos;; use %2</source>
        <translation>unknown --page &apos;%1&apos;; use %2</translation>
    </message>
    <message>
        <source>invalid --size &apos;%1&apos;; use WIDTHxHEIGHT in pixels, from 320x240 to 16384x16384, such as 3840x2160</source>
        <translation>invalid --size &apos;%1&apos;; use WIDTHxHEIGHT in pixels, from 320x240 to 16384x16384, such as 3840x2160</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; run soc-dashboard --help</source>
        <translation>unexpected argument &apos;%1&apos;; run soc-dashboard --help</translation>
    </message>
    <message>
        <source>invalid --snapshot &apos;%1&apos;; give a file name ending in .png</source>
        <translation>invalid --snapshot &apos;%1&apos;; give a file name ending in .png</translation>
    </message>
    <message>
        <source>invalid --at &apos;%1&apos;; use ISO 8601 between the years 2000 and 2099, such as 2026-12-04T09:14:00+07:00</source>
        <translation>invalid --at &apos;%1&apos;; use ISO 8601 between the years 2000 and 2099, such as 2026-12-04T09:14:00+07:00</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set); run it in a desktop session, under xvfb-run, or render a page with --snapshot</source>
        <translation>no display found (DISPLAY and WAYLAND_DISPLAY are not set); run it in a desktop session, under xvfb-run, or render a page with --snapshot</translation>
    </message>
    <message>
        <source>Seconds that a snapshot of live feeds collects data before it renders, 1 to 600 (default 3).</source>
        <translation>Seconds that a snapshot of live feeds collects data before it renders, 1 to 600 (default 3).</translation>
    </message>
    <message>
        <source>invalid --wait &apos;%1&apos;; give whole seconds from 1 to 600</source>
        <translation>invalid --wait &apos;%1&apos;; give whole seconds from 1 to 600</translation>
    </message>
    <message>
        <source>--at applies to the demo feed only, and %1 is live; leave out --at</source>
        <translation>--at applies to the demo feed only, and %1 is live; leave out --at</translation>
    </message>
    <message>
        <source>Indicator that a snapshot shows on the map and the ranking, such as e_result or overdue_backlog (default e_result).</source>
        <translation>Indicator that a snapshot shows on the map and the ranking, such as e_result or overdue_backlog (default e_result).</translation>
    </message>
    <message>
        <source>unknown --indicator &apos;%1&apos;; use one of %2</source>
        <translation>unknown --indicator &apos;%1&apos;; use one of %2</translation>
    </message>
    <message>
        <source>Play a recording (.socrec) with a timeline bar instead of the live feeds.</source>
        <translation>Play a recording (.socrec) with a timeline bar instead of the live feeds.</translation>
    </message>
    <message>
        <source>--replay takes one recording file and no --feed; give one or the other</source>
        <translation>--replay takes one recording file and no --feed; give one or the other</translation>
    </message>
    <message>
        <source>Page to render: overview, ranking, unit, alerts, feeds or replay (with --replay).</source>
        <translation>Page to render: overview, ranking, unit, alerts, feeds or replay (with --replay).</translation>
    </message>
    <message>
        <source>--screen and --playlist apply to the wall display only; add --wall</source>
        <translation>--screen and --playlist apply to the wall display only; add --wall</translation>
    </message>
    <message>
        <source>invalid --screen &apos;%1&apos;; give a screen number from 0</source>
        <translation>invalid --screen &apos;%1&apos;; give a screen number from 0</translation>
    </message>
    <message>
        <source>Wall display: frameless full screen, rotating through a playlist of pages, no dialogs. With --snapshot, renders the wall.</source>
        <translation>Wall display: frameless full screen, rotating through a playlist of pages, no dialogs. With --snapshot, renders the wall.</translation>
    </message>
    <message>
        <source>Screen of the wall, numbered from 0 (default: the primary screen).</source>
        <translation>Screen of the wall, numbered from 0 (default: the primary screen).</translation>
    </message>
    <message>
        <source>Wall playlist, a JSON file of pages with their dwell times in seconds (default: the built-in playlist).</source>
        <translation>Wall playlist, a JSON file of pages with their dwell times in seconds (default: the built-in playlist).</translation>
    </message>
    <message>
        <source>Unit that the unit page of a snapshot shows, by code, such as 760 (default: the city); repeat it to give a report a section for each unit.</source>
        <translation>Unit that the unit page of a snapshot shows, by code, such as 760 (default: the city); repeat it to give a report a section for each unit.</translation>
    </message>
    <message>
        <source>Write a PDF report of the overview and each --unit in the --lang language without a display, then exit.</source>
        <translation>Write a PDF report of the overview and each --unit in the --lang language without a display, then exit.</translation>
    </message>
    <message>
        <source>Time range of the trend plots and the report: 24h, 7d, 30d, month, year, or FROM/TO in ISO 8601 (default 7d).</source>
        <translation>Time range of the trend plots and the report: 24h, 7d, 30d, month, year, or FROM/TO in ISO 8601 (default 7d).</translation>
    </message>
    <message>
        <source>invalid --report &apos;%1&apos;; give a file name ending in .pdf</source>
        <translation>invalid --report &apos;%1&apos;; give a file name ending in .pdf</translation>
    </message>
    <message>
        <source>--report and --snapshot each write one file; give one of them</source>
        <translation>--report and --snapshot each write one file; give one of them</translation>
    </message>
    <message>
        <source>invalid --range &apos;%1&apos;; use 24h, 7d, 30d, month, year, or FROM/TO such as 2026-11-01T00:00:00+07:00/2026-12-01T00:00:00+07:00 with TO after FROM</source>
        <translation>invalid --range &apos;%1&apos;; use 24h, 7d, 30d, month, year, or FROM/TO such as 2026-11-01T00:00:00+07:00/2026-12-01T00:00:00+07:00 with TO after FROM</translation>
    </message>
    <message>
        <source>unknown --unit &apos;%1&apos;; give a code of the unit catalog, such as %2</source>
        <translation>unknown --unit &apos;%1&apos;; give a code of the unit catalog, such as %2</translation>
    </message>
    <message>
        <source>--page, --indicator and --unit do not apply to --wall, which shows its playlist; put the page in a --playlist file</source>
        <translation>--page, --indicator and --unit do not apply to --wall, which shows its playlist; put the page in a --playlist file</translation>
    </message>
</context>
<context>
    <name>soc::ConnectionsModel</name>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>%1 (simulated)</source>
        <translation>%1 (simulated)</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Since (UTC+7)</source>
        <translation>Since (UTC+7)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>soc::FeedsModel</name>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (%2 s ago)</translation>
    </message>
    <message>
        <source>%1 (%2 min ago)</source>
        <translation>%1 (%2 min ago)</translation>
    </message>
    <message>
        <source>Administrative procedure settlement system</source>
        <translation>Administrative procedure settlement system</translation>
    </message>
    <message>
        <source>National Public Service Portal</source>
        <translation>National Public Service Portal</translation>
    </message>
    <message>
        <source>National Business Registration Database</source>
        <translation>National Business Registration Database</translation>
    </message>
    <message>
        <source>Digital Citizen App</source>
        <translation>Digital Citizen App</translation>
    </message>
    <message>
        <source>Department of Justice</source>
        <translation>Department of Justice</translation>
    </message>
    <message>
        <source>Declaration form standardization</source>
        <translation>Declaration form standardization</translation>
    </message>
    <message>
        <source>Unknown system</source>
        <translation>Unknown system</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>not announced</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>offline since %1</source>
        <translation>offline since %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Duplicates</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Restarts</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Last rejection</source>
        <translation>Last rejection</translation>
    </message>
    <message>
        <source>Unknown unit codes</source>
        <translation>Unknown unit codes</translation>
    </message>
</context>
<context>
    <name>soc::FeedsPage</name>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connections</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Feed connections</source>
        <translation>Feed connections</translation>
    </message>
    <message>
        <source>Feed sources and their counters</source>
        <translation>Feed sources and their counters</translation>
    </message>
    <message>
        <source>Last message from any source: %1 · rejected messages: %2</source>
        <translation>Last message from any source: %1 · rejected messages: %2</translation>
    </message>
    <message>
        <source> · unknown unit codes: %1</source>
        <translation> · unknown unit codes: %1</translation>
    </message>
</context>
<context>
    <name>soc::Format</name>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>%1 of %2 units reporting</source>
        <translation>%1 of %2 units reporting</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Value: %1</translation>
    </message>
    <message>
        <source>Numerator / denominator: %1</source>
        <translation>Numerator / denominator: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Period: %1</translation>
    </message>
    <message>
        <source>Observed: %1 (UTC+7)</source>
        <translation>Observed: %1 (UTC+7)</translation>
    </message>
    <message>
        <source>Sum of units below: %1</source>
        <translation>Sum of units below: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>on time</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>stale</translation>
    </message>
    <message>
        <source>Freshness: %1</source>
        <translation>Freshness: %1</translation>
    </message>
</context>
<context>
    <name>soc::HistoryWriter</name>
    <message>
        <source>The KPI history file was damaged. It was kept as %1, and a new history was started.</source>
        <translation>The KPI history file was damaged. It was kept as %1, and a new history was started.</translation>
    </message>
    <message>
        <source>KPI history is off because the data folder cannot be created. The dashboard goes on without history.</source>
        <translation>KPI history is off because the data folder cannot be created. The dashboard goes on without history.</translation>
    </message>
    <message>
        <source>KPI history is off because %1 cannot be written. The dashboard goes on without history.</source>
        <translation>KPI history is off because %1 cannot be written. The dashboard goes on without history.</translation>
    </message>
    <message>
        <source>The disk that holds the KPI history is full, so recent figures are missing from it. Free some space; writing resumes by itself.</source>
        <translation>The disk that holds the KPI history is full, so recent figures are missing from it. Free some space; writing resumes by itself.</translation>
    </message>
    <message>
        <source>KPI history is off because %1 is damaged and could not be replaced. The dashboard goes on without history.</source>
        <translation>KPI history is off because %1 is damaged and could not be replaced. The dashboard goes on without history.</translation>
    </message>
    <message>
        <source>KPI history is off because %1 was written by a newer version of SOC Dashboard. The dashboard goes on without history.</source>
        <translation>KPI history is off because %1 was written by a newer version of SOC Dashboard. The dashboard goes on without history.</translation>
    </message>
    <message>
        <source>KPI history is off because of a database error; the log has the details. The dashboard goes on without history.</source>
        <translation>KPI history is off because of a database error; the log has the details. The dashboard goes on without history.</translation>
    </message>
</context>
<context>
    <name>soc::KpiCard</name>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>%1/%2 units</source>
        <translation>%1/%2 units</translation>
    </message>
    <message>
        <source>Observed at %1</source>
        <translation>Observed at %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
</context>
<context>
    <name>soc::LiveRewind</name>
    <message>
        <source>Live rewind is off: %1</source>
        <translation>Live rewind is off: %1</translation>
    </message>
    <message>
        <source>Live rewind is off: the data folder cannot be created. Check the permissions of the XDG data folder.</source>
        <translation>Live rewind is off: the data folder cannot be created. Check the permissions of the XDG data folder.</translation>
    </message>
    <message>
        <source>Live rewind is off: the old recording %1 cannot be removed. Check the permissions of its folder.</source>
        <translation>Live rewind is off: the old recording %1 cannot be removed. Check the permissions of its folder.</translation>
    </message>
    <message>
        <source>Live rewind is off, so there is nothing to go back to.</source>
        <translation>Live rewind is off, so there is nothing to go back to.</translation>
    </message>
    <message>
        <source>Cannot rewind the live display: %1</source>
        <translation>Cannot rewind the live display: %1</translation>
    </message>
    <message>
        <source>Live rewind is off: another soc-dashboard on this computer records into %1. Stop it, or run this one on another --screen.</source>
        <translation>Live rewind is off: another soc-dashboard on this computer records into %1. Stop it, or run this one on another --screen.</translation>
    </message>
</context>
<context>
    <name>soc::MainWindow</name>
    <message>
        <source>SOC Dashboard · Ho Chi Minh City</source>
        <translation>SOC Dashboard · Ho Chi Minh City</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Tiếng &amp;Việt</source>
        <translation>Tiếng &amp;Việt</translation>
    </message>
    <message>
        <source>&amp;English</source>
        <translation>&amp;English</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About SOC Dashboard</source>
        <translation>&amp;About SOC Dashboard</translation>
    </message>
    <message>
        <source>Waiting for the first data…</source>
        <translation>Waiting for the first data…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>Feeds: %1</translation>
    </message>
    <message>
        <source>Rejected messages: %1</source>
        <translation>Rejected messages: %1</translation>
    </message>
    <message>
        <source>Unknown unit codes: %1</source>
        <translation>Unknown unit codes: %1</translation>
    </message>
    <message>
        <source>About SOC Dashboard</source>
        <translation>About SOC Dashboard</translation>
    </message>
    <message>
        <source>SOC Dashboard %1
Digitization of administrative procedures in Ho Chi Minh City, for the Smart Operations Center.</source>
        <translation>SOC Dashboard %1
Digitization of administrative procedures in Ho Chi Minh City, for the Smart Operations Center.</translation>
    </message>
    <message>
        <source>City Overview</source>
        <translation>City Overview</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Cannot write %1; check that the folder exists and is writable.</source>
        <translation>Cannot write %1; check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>Export page as PNG</source>
        <translation>Export page as PNG</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Export page as &amp;PNG…</source>
        <translation>Export page as &amp;PNG…</translation>
    </message>
    <message>
        <source>Indicator Ranking</source>
        <translation>Indicator Ranking</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message numerus="yes">
        <source>%n critical alert(s) not acknowledged: open the Alerts tab.</source>
        <translation>
            <numerusform>%n critical alert not acknowledged: open the Alerts tab.</numerusform>
            <numerusform>%n critical alerts not acknowledged: open the Alerts tab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Open recording</translation>
    </message>
    <message>
        <source>Recordings (*.socrec)</source>
        <translation>Recordings (*.socrec)</translation>
    </message>
    <message>
        <source>Record the feeds</source>
        <translation>Record the feeds</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>&amp;Open recording…</translation>
    </message>
    <message>
        <source>Start &amp;recording…</source>
        <translation>Start &amp;recording…</translation>
    </message>
    <message>
        <source>S&amp;top recording</source>
        <translation>S&amp;top recording</translation>
    </message>
    <message>
        <source>● REC %1</source>
        <translation>● REC %1</translation>
    </message>
    <message>
        <source>Unit Detail</source>
        <translation>Unit Detail</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Ignored the saved time range &apos;%1&apos;, which is not valid; the plots show the last 7 days until you choose a range.</source>
        <translation>Ignored the saved time range &apos;%1&apos;, which is not valid; the plots show the last 7 days until you choose a range.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: no data has arrived yet; wait for the first figures.</source>
        <translation>Cannot write the report %1: no data has arrived yet; wait for the first figures.</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Export table as CSV</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Export PDF report</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>Export table as &amp;CSV…</translation>
    </message>
    <message>
        <source>Export PDF &amp;report…</source>
        <translation>Export PDF &amp;report…</translation>
    </message>
    <message>
        <source>Export this table as CSV…</source>
        <translation>Export this table as CSV…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Back to the previous page or unit (Alt+Left)</source>
        <translation>Back to the previous page or unit (Alt+Left)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Forward to the next page or unit (Alt+Right)</source>
        <translation>Forward to the next page or unit (Alt+Right)</translation>
    </message>
</context>
<context>
    <name>soc::MqttClient</name>
    <message>
        <source>Connection to broker %1 lost: %2. Retrying in %3 s.</source>
        <translation>Connection to broker %1 lost: %2. Retrying in %3 s.</translation>
    </message>
    <message>
        <source>Cannot connect to broker %1: %2. Retrying in %3 s.</source>
        <translation>Cannot connect to broker %1: %2. Retrying in %3 s.</translation>
    </message>
    <message>
        <source>the secure connection failed; the broker certificate is not trusted by the system store or does not match the host name</source>
        <translation>the secure connection failed; the broker certificate is not trusted by the system store or does not match the host name</translation>
    </message>
    <message>
        <source>the secure connection failed; check that %1 is the CA that signed the broker certificate and that the certificate names the host</source>
        <translation>the secure connection failed; check that %1 is the CA that signed the broker certificate and that the certificate names the host</translation>
    </message>
    <message>
        <source>the broker stopped answering</source>
        <translation>the broker stopped answering</translation>
    </message>
    <message>
        <source>the broker is unreachable or closed the connection</source>
        <translation>the broker is unreachable or closed the connection</translation>
    </message>
    <message>
        <source>network error (%1)</source>
        <translation>network error (%1)</translation>
    </message>
    <message>
        <source>the broker refused the connection (%1)</source>
        <translation>the broker refused the connection (%1)</translation>
    </message>
</context>
<context>
    <name>soc::MqttSource</name>
    <message>
        <source>Connecting to MQTT broker %1.</source>
        <translation>Connecting to MQTT broker %1.</translation>
    </message>
    <message>
        <source>The MQTT settings were rejected: %1</source>
        <translation>The MQTT settings were rejected: %1</translation>
    </message>
    <message>
        <source>Connected to MQTT broker %1.</source>
        <translation>Connected to MQTT broker %1.</translation>
    </message>
    <message>
        <source>MQTT broker %1 refused the subscription to %2; check its access control list for this user.</source>
        <translation>MQTT broker %1 refused the subscription to %2; check its access control list for this user.</translation>
    </message>
</context>
<context>
    <name>soc::OverviewPage</name>
    <message>
        <source>City Overview · %1</source>
        <translation>City Overview · %1</translation>
    </message>
    <message>
        <source>City Overview</source>
        <translation>City Overview</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Updated %1</translation>
    </message>
    <message>
        <source>Ranking of units: %1</source>
        <translation>Ranking of units: %1</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DEMO DATA</translation>
    </message>
    <message>
        <source>Simulated figures from the built-in demo feed, not real data</source>
        <translation>Simulated figures from the built-in demo feed, not real data</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>Indicator shown on the map and in the ranking</source>
        <translation>Indicator shown on the map and in the ranking</translation>
    </message>
    <message>
        <source>Tile map of the units</source>
        <translation>Tile map of the units</translation>
    </message>
    <message>
        <source>Ranking of units</source>
        <translation>Ranking of units</translation>
    </message>
</context>
<context>
    <name>soc::PortalSource</name>
    <message>
        <source>Polling the portal at %1.</source>
        <translation>Polling the portal at %1.</translation>
    </message>
    <message>
        <source>A portal request failed, retrying in %1 s: %2</source>
        <translation>A portal request failed, retrying in %1 s: %2</translation>
    </message>
    <message>
        <source>A portal request failed, to be sent again at the next poll: %1</source>
        <translation>A portal request failed, to be sent again at the next poll: %1</translation>
    </message>
    <message>
        <source>None of %1 requests to the portal at %2 succeeded. Last error: %3</source>
        <translation>None of %1 requests to the portal at %2 succeeded. Last error: %3</translation>
    </message>
    <message>
        <source>%1 of %2 requests to the portal at %3 succeeded. Last error: %4</source>
        <translation>%1 of %2 requests to the portal at %3 succeeded. Last error: %4</translation>
    </message>
    <message>
        <source>All %1 requests to the portal at %2 succeeded; polling every %3 s.</source>
        <translation>All %1 requests to the portal at %2 succeeded; polling every %3 s.</translation>
    </message>
</context>
<context>
    <name>soc::RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Observed (UTC+7)</source>
        <translation>Observed (UTC+7)</translation>
    </message>
</context>
<context>
    <name>soc::RankingPage</name>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Indicator Ranking: %1</source>
        <translation>Indicator Ranking: %1</translation>
    </message>
    <message>
        <source>Indicator Ranking</source>
        <translation>Indicator Ranking</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>Indicator to rank the units on</source>
        <translation>Indicator to rank the units on</translation>
    </message>
    <message>
        <source>Bar chart of the units, best first, with the target</source>
        <translation>Bar chart of the units, best first, with the target</translation>
    </message>
    <message>
        <source>Ranking of units</source>
        <translation>Ranking of units</translation>
    </message>
</context>
<context>
    <name>soc::RecordingActions</name>
    <message>
        <source>&amp;Import JSON Lines…</source>
        <translation>&amp;Import JSON Lines…</translation>
    </message>
    <message>
        <source>E&amp;xport a recording…</source>
        <translation>E&amp;xport a recording…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Opening %1 was cancelled.</translation>
    </message>
    <message>
        <source>Another file operation is running; wait for it or cancel it.</source>
        <translation>Another file operation is running; wait for it or cancel it.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import failed: %1</translation>
    </message>
    <message>
        <source>Import cancelled; %1 holds the first %2 envelopes.</source>
        <translation>Import cancelled; %1 holds the first %2 envelopes.</translation>
    </message>
    <message>
        <source>Imported %1 envelopes into %2; %3 invalid lines skipped.</source>
        <translation>Imported %1 envelopes into %2; %3 invalid lines skipped.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Export cancelled; %1 is incomplete with %2 of %3 envelopes.</source>
        <translation>Export cancelled; %1 is incomplete with %2 of %3 envelopes.</translation>
    </message>
    <message>
        <source>Exported %1 envelopes to %2; %3 invalid ones skipped.</source>
        <translation>Exported %1 envelopes to %2; %3 invalid ones skipped.</translation>
    </message>
    <message>
        <source>Import JSON Lines</source>
        <translation>Import JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;All files (*)</translation>
    </message>
    <message>
        <source>Save the imported recording</source>
        <translation>Save the imported recording</translation>
    </message>
    <message>
        <source>Recordings (*.socrec)</source>
        <translation>Recordings (*.socrec)</translation>
    </message>
    <message>
        <source>Cannot import into %1: the file already exists. Choose a new file name.</source>
        <translation>Cannot import into %1: the file already exists. Choose a new file name.</translation>
    </message>
    <message>
        <source>Export a recording</source>
        <translation>Export a recording</translation>
    </message>
    <message>
        <source>JSON Lines, one envelope a line (*.jsonl)</source>
        <translation>JSON Lines, one envelope a line (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV, one row per KPI sample (*.csv)</source>
        <translation>CSV, one row per KPI sample (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Export to</translation>
    </message>
</context>
<context>
    <name>soc::RecordingControl</name>
    <message>
        <source>A recording to %1 is already running; stop it first.</source>
        <translation>A recording to %1 is already running; stop it first.</translation>
    </message>
    <message>
        <source>No feed is running, so there is nothing to record.</source>
        <translation>No feed is running, so there is nothing to record.</translation>
    </message>
    <message>
        <source>Cannot record to %1: the file already exists. Choose a new file name.</source>
        <translation>Cannot record to %1: the file already exists. Choose a new file name.</translation>
    </message>
    <message>
        <source>The last envelopes of %1 could not be written.</source>
        <translation>The last envelopes of %1 could not be written.</translation>
    </message>
</context>
<context>
    <name>soc::RecordingReader</name>
    <message>
        <source>Cannot read the recording %1: %2 (%3).</source>
        <translation>Cannot read the recording %1: %2 (%3).</translation>
    </message>
    <message>
        <source>The recording %1 does not exist. Check the path.</source>
        <translation>The recording %1 does not exist. Check the path.</translation>
    </message>
    <message>
        <source>The recording %1 is not a readable file. Check its permissions.</source>
        <translation>The recording %1 is not a readable file. Check its permissions.</translation>
    </message>
    <message>
        <source>SQLite cannot open it</source>
        <translation>SQLite cannot open it</translation>
    </message>
    <message>
        <source>it is not a recording or it is damaged</source>
        <translation>it is not a recording or it is damaged</translation>
    </message>
    <message>
        <source>The recording %1 has format version %2, newer than this program reads (%3). Open it with a newer SOC Dashboard.</source>
        <translation>The recording %1 has format version %2, newer than this program reads (%3). Open it with a newer SOC Dashboard.</translation>
    </message>
    <message>
        <source>its format version is invalid</source>
        <translation>its format version is invalid</translation>
    </message>
    <message>
        <source>the integrity check failed</source>
        <translation>the integrity check failed</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <source>the envelope table cannot be read</source>
        <translation>the envelope table cannot be read</translation>
    </message>
    <message>
        <source>the keyframe table cannot be read</source>
        <translation>the keyframe table cannot be read</translation>
    </message>
    <message>
        <source>the envelope index cannot be read</source>
        <translation>the envelope index cannot be read</translation>
    </message>
    <message>
        <source>the envelopes cannot be read</source>
        <translation>the envelopes cannot be read</translation>
    </message>
    <message>
        <source>the keyframes cannot be read</source>
        <translation>the keyframes cannot be read</translation>
    </message>
    <message>
        <source>a keyframe is larger than the limit</source>
        <translation>a keyframe is larger than the limit</translation>
    </message>
    <message>
        <source>the alert marks cannot be read</source>
        <translation>the alert marks cannot be read</translation>
    </message>
    <message>
        <source>Reading the recording %1 was cancelled.</source>
        <translation>Reading the recording %1 was cancelled.</translation>
    </message>
</context>
<context>
    <name>soc::RecordingWriter</name>
    <message>
        <source>Cannot record to %1: the file already exists. Choose a new file name.</source>
        <translation>Cannot record to %1: the file already exists. Choose a new file name.</translation>
    </message>
    <message>
        <source>Recording to %1 stopped: the disk is full. Free some space and start a new recording.</source>
        <translation>Recording to %1 stopped: the disk is full. Free some space and start a new recording.</translation>
    </message>
    <message>
        <source>Recording to %1 stopped: the file cannot be written (%2). Check that the folder exists and is writable.</source>
        <translation>Recording to %1 stopped: the file cannot be written (%2). Check that the folder exists and is writable.</translation>
    </message>
    <message>
        <source>Recording to %1 stopped: the file was deleted or replaced while recording. Start a new recording.</source>
        <translation>Recording to %1 stopped: the file was deleted or replaced while recording. Start a new recording.</translation>
    </message>
</context>
<context>
    <name>soc::ReplayBar</name>
    <message>
        <source>REPLAY</source>
        <translation>REPLAY</translation>
    </message>
    <message>
        <source>REPLAY · %1</source>
        <translation>REPLAY · %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Pause the replay</source>
        <translation>Pause the replay</translation>
    </message>
    <message>
        <source>Play the replay</source>
        <translation>Play the replay</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Deliver the next recorded message</source>
        <translation>Deliver the next recorded message</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Replay speed</translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation>Replay position</translation>
    </message>
    <message>
        <source>Replay time (UTC+7); type a time to go there</source>
        <translation>Replay time (UTC+7); type a time to go there</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Loop</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>LIVE</translation>
    </message>
    <message>
        <source>REWIND</source>
        <translation>REWIND</translation>
    </message>
    <message>
        <source>Return to live</source>
        <translation>Return to live</translation>
    </message>
    <message>
        <source>Return to the live display</source>
        <translation>Return to the live display</translation>
    </message>
    <message>
        <source>◀ Alert</source>
        <translation>◀ Alert</translation>
    </message>
    <message>
        <source>Go to the previous alert change (Alt+PgUp)</source>
        <translation>Go to the previous alert change (Alt+PgUp)</translation>
    </message>
    <message>
        <source>Previous alert change</source>
        <translation>Previous alert change</translation>
    </message>
    <message>
        <source>Alert ▶</source>
        <translation>Alert ▶</translation>
    </message>
    <message>
        <source>Go to the next alert change (Alt+PgDown)</source>
        <translation>Go to the next alert change (Alt+PgDown)</translation>
    </message>
    <message>
        <source>Next alert change</source>
        <translation>Next alert change</translation>
    </message>
</context>
<context>
    <name>soc::ReplayPage</name>
    <message>
        <source>Replay · %1</source>
        <translation>Replay · %1</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Alert changes</source>
        <translation>Alert changes</translation>
    </message>
    <message>
        <source>Timeline of the recording with its alert changes</source>
        <translation>Timeline of the recording with its alert changes</translation>
    </message>
    <message>
        <source>Recorded sources with their sequence gaps</source>
        <translation>Recorded sources with their sequence gaps</translation>
    </message>
    <message>
        <source>Recorded alert changes</source>
        <translation>Recorded alert changes</translation>
    </message>
    <message>
        <source>No recording is open. Open one with File → Open recording…, or start soc-dashboard with --replay FILE.</source>
        <translation>No recording is open. Open one with File → Open recording…, or start soc-dashboard with --replay FILE.</translation>
    </message>
    <message>
        <source>From %1 to %2 (UTC+7), %3 long</source>
        <translation>From %1 to %2 (UTC+7), %3 long</translation>
    </message>
    <message>
        <source>%1 envelopes, of which %2 not valid · %3 operator actions · %4 keyframes · %5 alert changes</source>
        <translation>%1 envelopes, of which %2 not valid · %3 operator actions · %4 keyframes · %5 alert changes</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Envelopes</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>First sequence</source>
        <translation>First sequence</translation>
    </message>
    <message>
        <source>Last sequence</source>
        <translation>Last sequence</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Restarts</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Time (UTC+7)</source>
        <translation>Time (UTC+7)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>raised</translation>
    </message>
    <message>
        <source>severity changed</source>
        <translation>severity changed</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>cleared</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>returned to normal</source>
        <translation>returned to normal</translation>
    </message>
    <message>
        <source>shelved</source>
        <translation>shelved</translation>
    </message>
    <message>
        <source>unshelved</source>
        <translation>unshelved</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>suppressed</translation>
    </message>
    <message>
        <source>suppression lifted</source>
        <translation>suppression lifted</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
</context>
<context>
    <name>soc::ReplaySource</name>
    <message>
        <source>Replaying %1</source>
        <translation>Replaying %1</translation>
    </message>
</context>
<context>
    <name>soc::Report</name>
    <message>
        <source>Data sources</source>
        <translation>Data sources</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: last message %3, %Ln message(s) received</source>
        <translation>
            <numerusform>%1 · %2: last message %3, %Ln message received</numerusform>
            <numerusform>%1 · %2: last message %3, %Ln messages received</numerusform>
        </translation>
    </message>
    <message>
        <source>No source has sent data yet.</source>
        <translation>No source has sent data yet.</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Connections:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>City figures: %1</source>
        <translation>City figures: %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Units reporting</source>
        <translation>Units reporting</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <source>Decision 766 digitization: %1 of %2 points (%3 lost)</source>
        <translation>Decision 766 digitization: %1 of %2 points (%3 lost)</translation>
    </message>
    <message>
        <source>SOC Dashboard report · %1</source>
        <translation>SOC Dashboard report · %1</translation>
    </message>
    <message>
        <source>DEMO DATA: simulated figures, not real data</source>
        <translation>DEMO DATA: simulated figures, not real data</translation>
    </message>
    <message>
        <source>Report date: %1 (UTC+7)</source>
        <translation>Report date: %1 (UTC+7)</translation>
    </message>
    <message>
        <source>Figures as of: %1 (UTC+7)</source>
        <translation>Figures as of: %1 (UTC+7)</translation>
    </message>
    <message>
        <source>Time range: %1</source>
        <translation>Time range: %1</translation>
    </message>
    <message>
        <source>Ranking of units: %1</source>
        <translation>Ranking of units: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>SOC Dashboard report</source>
        <translation>SOC Dashboard report</translation>
    </message>
</context>
<context>
    <name>soc::ReportDialog</name>
    <message>
        <source>PDF report</source>
        <translation>PDF report</translation>
    </message>
    <message>
        <source>The report always has the city overview. Check the &amp;units that get a section of their own:</source>
        <translation>The report always has the city overview. Check the &amp;units that get a section of their own:</translation>
    </message>
    <message>
        <source>Units in the report</source>
        <translation>Units in the report</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>Choose the report&apos;s file</source>
        <translation>Choose the report&apos;s file</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Cancel the report</translation>
    </message>
</context>
<context>
    <name>soc::Score766Model</name>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Full points at a ratio of %1% or more</source>
        <translation>Full points at a ratio of %1% or more</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>nothing due</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>not scored / %1</source>
        <translation>not scored / %1</translation>
    </message>
    <message>
        <source>The unit reported no figure for this criterion, so it earns no points</source>
        <translation>The unit reported no figure for this criterion, so it earns no points</translation>
    </message>
    <message>
        <source>The denominator is zero, and the portal does not score the criterion then</source>
        <translation>The denominator is zero, and the portal does not score the criterion then</translation>
    </message>
    <message>
        <source>– / %1</source>
        <translation>– / %1</translation>
    </message>
</context>
<context>
    <name>soc::StaleBanner</name>
    <message>
        <source>NO LIVE DATA: every feed is down. Figures are stale since %1 and shown greyed; reconnecting.</source>
        <translation>NO LIVE DATA: every feed is down. Figures are stale since %1 and shown greyed; reconnecting.</translation>
    </message>
    <message>
        <source>NO LIVE DATA: no feed has connected yet; reconnecting.</source>
        <translation>NO LIVE DATA: no feed has connected yet; reconnecting.</translation>
    </message>
    <message>
        <source>NO LIVE DATA since %1</source>
        <translation>NO LIVE DATA since %1</translation>
    </message>
    <message>
        <source>NO LIVE DATA yet</source>
        <translation>NO LIVE DATA yet</translation>
    </message>
</context>
<context>
    <name>soc::StreamSource</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Connecting to %1</translation>
    </message>
    <message>
        <source>Connected to %1, encrypted</source>
        <translation>Connected to %1, encrypted</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected: %2. Check that the ca file of the feed URL holds the CA that signed the server&apos;s certificate.</source>
        <translation>The certificate of %1 was rejected: %2. Check that the ca file of the feed URL holds the CA that signed the server&apos;s certificate.</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2.</source>
        <translation>Connection to %1 failed: %2.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 closed the connection.</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s, so the connection is presumed dead.</source>
        <translation>No data from %1 for %2 s, so the connection is presumed dead.</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>No connection to %1 within %2 s.</translation>
    </message>
    <message>
        <source>Invalid framing from %1, protocol error %2 on this feed: a frame header announced an empty or oversized envelope.</source>
        <translation>Invalid framing from %1, protocol error %2 on this feed: a frame header announced an empty or oversized envelope.</translation>
    </message>
    <message>
        <source>%1 Reconnecting in %2 s.</source>
        <translation>%1 Reconnecting in %2 s.</translation>
    </message>
</context>
<context>
    <name>soc::TileMapWidget</name>
    <message>
        <source>Meets target (%1)</source>
        <translation>Meets target (%1)</translation>
    </message>
    <message>
        <source>Near target</source>
        <translation>Near target</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Below target</translation>
    </message>
    <message>
        <source>Best: %1</source>
        <translation>Best: %1</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Middle</translation>
    </message>
    <message>
        <source>Worst: %1</source>
        <translation>Worst: %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>No data</translation>
    </message>
</context>
<context>
    <name>soc::TimeRange</name>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Last 30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC+7)</source>
        <translation>%1 – %2 (UTC+7)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>soc::TimeRangeDialog</name>
    <message>
        <source>Custom time range</source>
        <translation>Custom time range</translation>
    </message>
    <message>
        <source>Start of the time range (UTC+7)</source>
        <translation>Start of the time range (UTC+7)</translation>
    </message>
    <message>
        <source>End of the time range (UTC+7)</source>
        <translation>End of the time range (UTC+7)</translation>
    </message>
    <message>
        <source>Apply the time range</source>
        <translation>Apply the time range</translation>
    </message>
    <message>
        <source>Keep the previous range</source>
        <translation>Keep the previous range</translation>
    </message>
    <message>
        <source>&amp;From (UTC+7):</source>
        <translation>&amp;From (UTC+7):</translation>
    </message>
    <message>
        <source>&amp;To (UTC+7):</source>
        <translation>&amp;To (UTC+7):</translation>
    </message>
    <message>
        <source>The end %1 is not after the start %2; choose a later end or an earlier start.</source>
        <translation>The end %1 is not after the start %2; choose a later end or an earlier start.</translation>
    </message>
</context>
<context>
    <name>soc::TransferRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>SOC Dashboard</source>
        <translation>SOC Dashboard</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>soc::UnitCatalog</name>
    <message>
        <source>%1: cannot open the unit catalog (%2); check the path</source>
        <translation>%1: cannot open the unit catalog (%2); check the path</translation>
    </message>
    <message>
        <source>%1: the unit catalog is %2 bytes; the limit is %3 bytes</source>
        <translation>%1: the unit catalog is %2 bytes; the limit is %3 bytes</translation>
    </message>
    <message>
        <source>%1: the unit catalog is larger than the limit of %2 bytes</source>
        <translation>%1: the unit catalog is larger than the limit of %2 bytes</translation>
    </message>
    <message>
        <source>%1: &apos;code&apos; and &apos;name_vi&apos; must not be empty</source>
        <translation>%1: &apos;code&apos; and &apos;name_vi&apos; must not be empty</translation>
    </message>
    <message>
        <source>%1: code &apos;%2…&apos; is longer than %3 characters</source>
        <translation>%1: code &apos;%2…&apos; is longer than %3 characters</translation>
    </message>
    <message>
        <source>%1: a name of unit %2 is %3 characters long; the limit is %4</source>
        <translation>%1: a name of unit %2 is %3 characters long; the limit is %4</translation>
    </message>
    <message>
        <source>%1: invalid level &apos;%2&apos;; use city, district, ward or department</source>
        <translation>%1: invalid level &apos;%2&apos;; use city, district, ward or department</translation>
    </message>
    <message>
        <source>%1: unknown unit type &apos;%2&apos;; use quan, huyen, thanh_pho, phuong, xa or dac_khu, or give a &apos;level&apos; column</source>
        <translation>%1: unknown unit type &apos;%2&apos;; use quan, huyen, thanh_pho, phuong, xa or dac_khu, or give a &apos;level&apos; column</translation>
    </message>
    <message>
        <source>%1: invalid tile position (&apos;%2&apos;, &apos;%3&apos;); tile_row and tile_col must both be empty or both be whole numbers from 0 to 999</source>
        <translation>%1: invalid tile position (&apos;%2&apos;, &apos;%3&apos;); tile_row and tile_col must both be empty or both be whole numbers from 0 to 999</translation>
    </message>
    <message>
        <source>%1: unit %2 names itself as its parent; give its parent&apos;s code, or leave &apos;parent&apos; empty for a root</source>
        <translation>%1: unit %2 names itself as its parent; give its parent&apos;s code, or leave &apos;parent&apos; empty for a root</translation>
    </message>
    <message>
        <source>%1: the header must name the columns &apos;code&apos; and &apos;name_vi&apos; (found: %2)</source>
        <translation>%1: the header must name the columns &apos;code&apos; and &apos;name_vi&apos; (found: %2)</translation>
    </message>
    <message>
        <source>%1: %2 units; a catalog holds at most %3</source>
        <translation>%1: %2 units; a catalog holds at most %3</translation>
    </message>
    <message>
        <source>%1: unit %2 is already listed on line %3; give each unit one row</source>
        <translation>%1: unit %2 is already listed on line %3; give each unit one row</translation>
    </message>
    <message>
        <source>%1: unit %2 takes tile (%3, %4), which unit %5 already has; give each unit its own tile</source>
        <translation>%1: unit %2 takes tile (%3, %4), which unit %5 already has; give each unit its own tile</translation>
    </message>
    <message>
        <source>%1:%2: unit %3 names parent %4, which the catalog does not list; add a row for %4 or correct the code</source>
        <translation>%1:%2: unit %3 names parent %4, which the catalog does not list; add a row for %4 or correct the code</translation>
    </message>
    <message>
        <source>%1: the parents of unit %2 form a cycle (%3); give one of them a parent outside the cycle</source>
        <translation>%1: the parents of unit %2 form a cycle (%3); give one of them a parent outside the cycle</translation>
    </message>
    <message>
        <source>%1: unit %2 sits %3 levels below its root; a catalog has at most %4 levels (city, district, ward and departments)</source>
        <translation>%1: unit %2 sits %3 levels below its root; a catalog has at most %4 levels (city, district, ward and departments)</translation>
    </message>
</context>
<context>
    <name>soc::UnitDetailModel</name>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>meets target</source>
        <translation>meets target</translation>
    </message>
    <message>
        <source>near target</source>
        <translation>near target</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>below target</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n active)</source>
        <translation>
            <numerusform>%1 (%n active)</numerusform>
            <numerusform>%1 (%n active)</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Observed (UTC+7)</source>
        <translation>Observed (UTC+7)</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Freshness</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>sum of units %1 (%2 / %3)</source>
        <translation>sum of units %1 (%2 / %3)</translation>
    </message>
</context>
<context>
    <name>soc::UnitDetailPage</name>
    <message>
        <source>%1 at %2 (UTC+7)</source>
        <translation>%1 at %2 (UTC+7)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown unit %1</source>
        <translation>Unknown unit %1</translation>
    </message>
    <message>
        <source>‹ %1</source>
        <translation>‹ %1</translation>
    </message>
    <message>
        <source>Go up to the parent unit</source>
        <translation>Go up to the parent unit</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DEMO DATA</translation>
    </message>
    <message>
        <source>No active alerts</source>
        <translation>No active alerts</translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s)</source>
        <translation>
            <numerusform>%n active alert</numerusform>
            <numerusform>%n active alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Overdue backlog</source>
        <translation>Overdue backlog</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Range:</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 hours</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Indicators of the unit</source>
        <translation>Indicators of the unit</translation>
    </message>
    <message>
        <source>Trend of the selected indicator with its target</source>
        <translation>Trend of the selected indicator with its target</translation>
    </message>
    <message>
        <source>Trend of the overdue backlog</source>
        <translation>Trend of the overdue backlog</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Transparency</translation>
    </message>
    <message>
        <source>Processing timeliness</source>
        <translation>Processing timeliness</translation>
    </message>
    <message>
        <source>Online services</source>
        <translation>Online services</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>Online payment</translation>
    </message>
    <message>
        <source>Digitization</source>
        <translation>Digitization</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>Decision 766: the unit reported no figures for this group</source>
        <translation>Decision 766: the unit reported no figures for this group</translation>
    </message>
    <message>
        <source>Decision 766: %1 of %2 points (%3 lost)</source>
        <translation>Decision 766: %1 of %2 points (%3 lost)</translation>
    </message>
    <message>
        <source>Decision 766 score by criterion</source>
        <translation>Decision 766 score by criterion</translation>
    </message>
    <message>
        <source>Decision 766 indicator group</source>
        <translation>Decision 766 indicator group</translation>
    </message>
    <message>
        <source>Rank all units by this score</source>
        <translation>Rank all units by this score</translation>
    </message>
    <message>
        <source>Trend: %1 · %2</source>
        <translation>Trend: %1 · %2</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Custom…</translation>
    </message>
    <message>
        <source>Choose a custom time range for the trends</source>
        <translation>Choose a custom time range for the trends</translation>
    </message>
</context>
<context>
    <name>soc::WallBoardView</name>
    <message numerus="yes">
        <source>+%n more indicator(s)</source>
        <translation>
            <numerusform>+%n more indicator</numerusform>
            <numerusform>+%n more indicators</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more alert(s)</source>
        <translation>
            <numerusform>+%n more alert</numerusform>
            <numerusform>+%n more alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more feed(s)</source>
        <translation>
            <numerusform>+%n more feed</numerusform>
            <numerusform>+%n more feeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more unit(s)</source>
        <translation>
            <numerusform>+%n more unit</numerusform>
            <numerusform>+%n more units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soc::WallBoards</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 no data</source>
        <translation>%1 no data</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unknown indicator %1</source>
        <translation>Unknown indicator %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>%1 of %2 units report</source>
        <translation>%1 of %2 units report</translation>
    </message>
    <message>
        <source>Ranking: %1</source>
        <translation>Ranking: %1</translation>
    </message>
    <message>
        <source>Unknown unit %1</source>
        <translation>Unknown unit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s)</source>
        <translation>
            <numerusform>%n active alert</numerusform>
            <numerusform>%n active alerts</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>No alert waits for the operators</source>
        <translation>No alert waits for the operators</translation>
    </message>
    <message>
        <source>Feeds: data age</source>
        <translation>Feeds: data age</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Feeds</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>No feed configured</source>
        <translation>No feed configured</translation>
    </message>
    <message>
        <source>No units under %1</source>
        <translation>No units under %1</translation>
    </message>
    <message>
        <source>No unit reports yet</source>
        <translation>No unit reports yet</translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n</source>
        <translation>
            <numerusform>%1 +%n</numerusform>
            <numerusform>%1 +%n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 under target</source>
        <translation>%1/%2 under target</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>alerts</comment>
        <translation>critical</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>not acknowledged</translation>
    </message>
    <message>
        <source>No active alert</source>
        <translation>No active alert</translation>
    </message>
</context>
<context>
    <name>soc::WallHeader</name>
    <message>
        <source>REPLAY %1</source>
        <translation>REPLAY %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <comment>short mark on the wall</comment>
        <translation>DEMO DATA</translation>
    </message>
    <message numerus="yes">
        <source>+%n more, all under 1 min</source>
        <translation>
            <numerusform>+%n more, all under 1 min</numerusform>
            <numerusform>+%n more, all under 1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n &lt; 1 min</source>
        <comment>sources whose data is under a minute old</comment>
        <translation>
            <numerusform>%n &lt; 1 min</numerusform>
            <numerusform>%n &lt; 1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources, all under 1 min</source>
        <translation>
            <numerusform>%n source, under 1 min</numerusform>
            <numerusform>%n sources, all under 1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <source>DEMO REPLAY %1</source>
        <translation>DEMO REPLAY %1</translation>
    </message>
    <message>
        <source>no source heard from yet</source>
        <translation>no source heard from yet</translation>
    </message>
</context>
<context>
    <name>soc::WallMode</name>
    <message>
        <source>screen %1 does not exist; give --screen one of: %2</source>
        <translation>screen %1 does not exist; give --screen one of: %2</translation>
    </message>
    <message>
        <source>%1 (playlist rejected; the default one is shown)</source>
        <translation>%1 (playlist rejected; the default one is shown)</translation>
    </message>
    <message>
        <source>Screen size unknown: type sized for 55-inch 1080p panels; give the wall&apos;s width in screen_width_mm</source>
        <translation>Screen size unknown: type sized for 55-inch 1080p panels; give the wall&apos;s width in screen_width_mm</translation>
    </message>
    <message>
        <source>Type legible from %1 m, not %2 m: screen too small, or give its width in screen_width_mm</source>
        <translation>Type legible from %1 m, not %2 m: screen too small, or give its width in screen_width_mm</translation>
    </message>
</context>
<context>
    <name>soc::WallPlaylist</name>
    <message>
        <source>unknown key &apos;%1&apos;; use %2</source>
        <translation>unknown key &apos;%1&apos;; use %2</translation>
    </message>
    <message>
        <source>invalid &apos;%1&apos;: %2; give a number from %3 to %4</source>
        <translation>invalid &apos;%1&apos;: %2; give a number from %3 to %4</translation>
    </message>
    <message>
        <source>invalid &apos;%1&apos;: %2; give whole seconds</source>
        <translation>invalid &apos;%1&apos;: %2; give whole seconds</translation>
    </message>
    <message>
        <source>invalid &apos;%1&apos;: %2; give a non-empty string</source>
        <translation>invalid &apos;%1&apos;: %2; give a non-empty string</translation>
    </message>
    <message>
        <source>entry without &apos;page&apos;; add one of %1</source>
        <translation>entry without &apos;page&apos;; add one of %1</translation>
    </message>
    <message>
        <source>unknown page &apos;%1&apos;; use one of %2</source>
        <translation>unknown page &apos;%1&apos;; use one of %2</translation>
    </message>
    <message>
        <source>the unit page needs &apos;unit&apos;, a unit code such as &quot;760&quot;</source>
        <translation>the unit page needs &apos;unit&apos;, a unit code such as &quot;760&quot;</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;; use an id of the indicator catalog, such as e_result or overdue_backlog</source>
        <translation>unknown indicator &apos;%1&apos;; use an id of the indicator catalog, such as e_result or overdue_backlog</translation>
    </message>
    <message>
        <source>invalid &apos;languages&apos;; give an array of &quot;vi&quot; and &quot;en&quot;, such as [&quot;vi&quot;, &quot;en&quot;] to alternate them</source>
        <translation>invalid &apos;languages&apos;; give an array of &quot;vi&quot; and &quot;en&quot;, such as [&quot;vi&quot;, &quot;en&quot;] to alternate them</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be 1, the only playlist format</source>
        <translation>&apos;version&apos; must be 1, the only playlist format</translation>
    </message>
    <message>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2: invalid JSON: %3</translation>
    </message>
    <message>
        <source>%1:1: the playlist must be a JSON object with &quot;version&quot;: 1 and &quot;entries&quot;</source>
        <translation>%1:1: the playlist must be a JSON object with &quot;version&quot;: 1 and &quot;entries&quot;</translation>
    </message>
    <message>
        <source>&apos;entries&apos; must be an array of 1 to 200 pages, such as [{&quot;page&quot;: &quot;overview&quot;, &quot;dwell_s&quot;: 30}]</source>
        <translation>&apos;entries&apos; must be an array of 1 to 200 pages, such as [{&quot;page&quot;: &quot;overview&quot;, &quot;dwell_s&quot;: 30}]</translation>
    </message>
    <message>
        <source>entry %1 is not an object such as {&quot;page&quot;: &quot;overview&quot;}</source>
        <translation>entry %1 is not an object such as {&quot;page&quot;: &quot;overview&quot;}</translation>
    </message>
    <message>
        <source>%1: cannot read the playlist: %2; check the path and permissions</source>
        <translation>%1: cannot read the playlist: %2; check the path and permissions</translation>
    </message>
    <message>
        <source>%1: the playlist is larger than 1 MiB; is it the right file?</source>
        <translation>%1: the playlist is larger than 1 MiB; is it the right file?</translation>
    </message>
</context>
<context>
    <name>soc::WallWindow</name>
    <message>
        <source>%1 (errors since the start: %2)</source>
        <translation>%1 (errors since the start: %2)</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n critical, not acknowledged</source>
        <translation>
            <numerusform>%n critical, not acknowledged</numerusform>
            <numerusform>%n critical, not acknowledged</numerusform>
        </translation>
    </message>
</context>
</TS>

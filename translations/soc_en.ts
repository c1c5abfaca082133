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
    <name>soc::CommandLine</name>
    <message>
        <source>SOC Dashboard: digitization KPIs of Ho Chi Minh City, live.</source>
        <translation>SOC Dashboard: digitization KPIs of Ho Chi Minh City, live.</translation>
    </message>
    <message>
        <source>Feed to subscribe to; repeat for several (default: demo:, the built-in simulator; demo:?seed=N for another seed).</source>
        <translation>Feed to subscribe to; repeat for several (default: demo:, the built-in simulator; demo:?seed=N for another seed).</translation>
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
        <source>Page to render: overview.</source>
        <translation>Page to render: overview.</translation>
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
        <source>invalid --at &apos;%1&apos;; use ISO 8601 such as 2026-12-04T09:14:00+07:00</source>
        <translation>invalid --at &apos;%1&apos;; use ISO 8601 such as 2026-12-04T09:14:00+07:00</translation>
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
</TS>

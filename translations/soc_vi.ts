<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en_US">
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Hiển thị trợ giúp về các tùy chọn dòng lệnh.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Hiển thị trợ giúp, kể cả các tùy chọn riêng của Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Hiển thị thông tin phiên bản.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Tùy chọn &apos;%1&apos; không tồn tại.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Thiếu giá trị sau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Giá trị không mong đợi sau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[tùy chọn]</translation>
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
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>soc::CommandLine</name>
    <message>
        <source>SOC Dashboard: digitization KPIs of Ho Chi Minh City, live.</source>
        <translation>SOC Dashboard: chỉ số chuyển đổi số của Thành phố Hồ Chí Minh, trực tiếp.</translation>
    </message>
    <message>
        <source>Feed to subscribe to; repeat for several (default: demo:, the built-in simulator; demo:?seed=N for another seed).</source>
        <translation>Nguồn dữ liệu cần đăng ký; lặp lại để dùng nhiều nguồn (mặc định: demo:, bộ mô phỏng tích hợp; demo:?seed=N cho hạt giống khác).</translation>
    </message>
    <message>
        <source>Display language: vi or en (default: the last one chosen).</source>
        <translation>Ngôn ngữ hiển thị: vi hoặc en (mặc định: ngôn ngữ đã chọn lần trước).</translation>
    </message>
    <message>
        <source>Unit catalog CSV to use instead of the 22 districts of Ho Chi Minh City.</source>
        <translation>Tệp CSV danh mục đơn vị dùng thay cho 22 quận, huyện của Thành phố Hồ Chí Minh.</translation>
    </message>
    <message>
        <source>Render one page to a PNG file without a display, then exit.</source>
        <translation>Kết xuất một trang ra tệp PNG mà không cần màn hình, rồi thoát.</translation>
    </message>
    <message>
        <source>Page to render: overview.</source>
        <translation>Trang cần kết xuất: overview.</translation>
    </message>
    <message>
        <source>Snapshot size in pixels, width x height (default 1920x1080).</source>
        <translation>Kích thước ảnh chụp tính bằng điểm ảnh, rộng x cao (mặc định 1920x1080).</translation>
    </message>
    <message>
        <source>Moment to render, ISO 8601 (2026-12-04T09:14:00+07:00); without a zone, UTC (default: now).</source>
        <translation>Thời điểm cần kết xuất, theo ISO 8601 (2026-12-04T09:14:00+07:00); không ghi múi giờ thì hiểu là UTC (mặc định: hiện tại).</translation>
    </message>
    <message>
        <source>invalid --lang &apos;%1&apos;; use vi or en</source>
        <translation>--lang &apos;%1&apos; không hợp lệ; hãy dùng vi hoặc en</translation>
    </message>
    <message>
        <source>unknown --page &apos;%1&apos;; use %2</source>
        <translation>--page &apos;%1&apos; không tồn tại; hãy dùng %2</translation>
    </message>
    <message>
        <source>invalid --size &apos;%1&apos;; use WIDTHxHEIGHT in pixels, from 320x240 to 16384x16384, such as 3840x2160</source>
        <translation>--size &apos;%1&apos; không hợp lệ; hãy dùng RỘNGxCAO tính bằng điểm ảnh, từ 320x240 đến 16384x16384, ví dụ 3840x2160</translation>
    </message>
    <message>
        <source>invalid --at &apos;%1&apos;; use ISO 8601 such as 2026-12-04T09:14:00+07:00</source>
        <translation>--at &apos;%1&apos; không hợp lệ; hãy dùng ISO 8601, ví dụ 2026-12-04T09:14:00+07:00</translation>
    </message>
</context>
<context>
    <name>soc::Format</name>
    <message>
        <source>No data</source>
        <translation>Không có dữ liệu</translation>
    </message>
    <message>
        <source>%1 of %2 units reporting</source>
        <translation>%1 trên %2 đơn vị có báo cáo</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Giá trị: %1</translation>
    </message>
    <message>
        <source>Numerator / denominator: %1</source>
        <translation>Tử số / mẫu số: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Kỳ báo cáo: %1</translation>
    </message>
    <message>
        <source>Observed: %1 (UTC+7)</source>
        <translation>Thời điểm ghi nhận: %1 (UTC+7)</translation>
    </message>
    <message>
        <source>Sum of units below: %1</source>
        <translation>Tổng các đơn vị trực thuộc: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Chỉ tiêu: %1</translation>
    </message>
</context>
<context>
    <name>soc::KpiCard</name>
    <message>
        <source>Target %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <source>%1/%2 units</source>
        <translation>%1/%2 đơn vị</translation>
    </message>
    <message>
        <source>Observed at %1</source>
        <translation>Ghi nhận lúc %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Không có chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>soc::MainWindow</name>
    <message>
        <source>SOC Dashboard · Ho Chi Minh City</source>
        <translation>SOC Dashboard · Thành phố Hồ Chí Minh</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
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
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About SOC Dashboard</source>
        <translation>&amp;Về SOC Dashboard</translation>
    </message>
    <message>
        <source>Waiting for the first data…</source>
        <translation>Đang chờ dữ liệu đầu tiên…</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>đã dừng</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>đang kết nối</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>đã kết nối</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>lỗi kết nối</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Feeds: %1</source>
        <translation>Nguồn dữ liệu: %1</translation>
    </message>
    <message>
        <source>Rejected messages: %1</source>
        <translation>Bản tin bị từ chối: %1</translation>
    </message>
    <message>
        <source>Unknown unit codes: %1</source>
        <translation>Mã đơn vị không xác định: %1</translation>
    </message>
    <message>
        <source>About SOC Dashboard</source>
        <translation>Giới thiệu SOC Dashboard</translation>
    </message>
    <message>
        <source>SOC Dashboard %1
Digitization of administrative procedures in Ho Chi Minh City, for the Smart Operations Center.</source>
        <translation>SOC Dashboard %1
Chuyển đổi số thủ tục hành chính tại Thành phố Hồ Chí Minh, phục vụ Trung tâm Điều hành thông minh.</translation>
    </message>
</context>
<context>
    <name>soc::OverviewPage</name>
    <message>
        <source>City Overview · %1</source>
        <translation>Tổng quan thành phố · %1</translation>
    </message>
    <message>
        <source>City Overview</source>
        <translation>Tổng quan thành phố</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Cập nhật %1</translation>
    </message>
    <message>
        <source>Ranking of units: %1</source>
        <translation>Xếp hạng đơn vị: %1</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DỮ LIỆU MÔ PHỎNG</translation>
    </message>
    <message>
        <source>Simulated figures from the built-in demo feed, not real data</source>
        <translation>Số liệu mô phỏng từ nguồn demo tích hợp, không phải dữ liệu thật</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ số:</translation>
    </message>
    <message>
        <source>Indicator shown on the map and in the ranking</source>
        <translation>Chỉ số hiển thị trên bản đồ và bảng xếp hạng</translation>
    </message>
    <message>
        <source>Tile map of the units</source>
        <translation>Bản đồ ô các đơn vị</translation>
    </message>
    <message>
        <source>Ranking of units</source>
        <translation>Xếp hạng đơn vị</translation>
    </message>
</context>
<context>
    <name>soc::RankingModel</name>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Observed (UTC+7)</source>
        <translation>Ghi nhận (UTC+7)</translation>
    </message>
</context>
<context>
    <name>soc::TileMapWidget</name>
    <message>
        <source>Meets target (%1)</source>
        <translation>Đạt chỉ tiêu (%1)</translation>
    </message>
    <message>
        <source>Near target</source>
        <translation>Gần đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>Below target</source>
        <translation>Chưa đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>Best: %1</source>
        <translation>Tốt nhất: %1</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Worst: %1</source>
        <translation>Kém nhất: %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Không có dữ liệu</translation>
    </message>
</context>
</TS>

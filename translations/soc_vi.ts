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
    <name>soc::AlertWriter</name>
    <message>
        <source>The alert history file was damaged. It was kept as %1, and a new alert history was started.</source>
        <translation>Tệp lịch sử cảnh báo bị hỏng. Tệp được giữ lại với tên %1 và một lịch sử cảnh báo mới đã được bắt đầu.</translation>
    </message>
    <message>
        <source>Alert history is off because the data folder cannot be created. Alerts and acknowledgements will be lost when the dashboard closes.</source>
        <translation>Lịch sử cảnh báo đã tắt vì không tạo được thư mục dữ liệu. Cảnh báo và các xác nhận sẽ mất khi đóng bảng điều khiển.</translation>
    </message>
    <message>
        <source>Alert history is off because %1 cannot be written. Alerts and acknowledgements will be lost when the dashboard closes.</source>
        <translation>Lịch sử cảnh báo đã tắt vì không ghi được %1. Cảnh báo và các xác nhận sẽ mất khi đóng bảng điều khiển.</translation>
    </message>
    <message>
        <source>The disk that holds the alert history is full. Alert changes are kept in memory and written once space is freed.</source>
        <translation>Ổ đĩa chứa lịch sử cảnh báo đã đầy. Các thay đổi cảnh báo được giữ trong bộ nhớ và sẽ được ghi khi có dung lượng trống.</translation>
    </message>
    <message>
        <source>Alert history is off because %1 is damaged and could not be replaced. Alerts and acknowledgements will be lost when the dashboard closes.</source>
        <translation>Lịch sử cảnh báo đã tắt vì %1 bị hỏng và không thay thế được. Cảnh báo và các xác nhận sẽ mất khi đóng bảng điều khiển.</translation>
    </message>
    <message>
        <source>Alert history is off because %1 was written by a newer version of SOC Dashboard. Alerts and acknowledgements will be lost when the dashboard closes.</source>
        <translation>Lịch sử cảnh báo đã tắt vì %1 được ghi bởi phiên bản SOC Dashboard mới hơn. Cảnh báo và các xác nhận sẽ mất khi đóng bảng điều khiển.</translation>
    </message>
    <message>
        <source>Alert history is off because of a database error; the log has the details. Alerts and acknowledgements will be lost when the dashboard closes.</source>
        <translation>Lịch sử cảnh báo đã tắt do lỗi cơ sở dữ liệu; chi tiết có trong nhật ký. Cảnh báo và các xác nhận sẽ mất khi đóng bảng điều khiển.</translation>
    </message>
</context>
<context>
    <name>soc::AlertsModel</name>
    <message>
        <source>critical</source>
        <translation>nghiêm trọng</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <source>active, unacknowledged</source>
        <translation>đang xảy ra, chưa xác nhận</translation>
    </message>
    <message>
        <source>active, acknowledged</source>
        <translation>đang xảy ra, đã xác nhận</translation>
    </message>
    <message>
        <source>cleared, unacknowledged</source>
        <translation>đã hết, chưa xác nhận</translation>
    </message>
    <message>
        <source>shelved</source>
        <translation>tạm gác</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>bị chặn theo quy tắc</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>bình thường</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 và %n đơn vị khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <source>Since (UTC+7)</source>
        <translation>Từ lúc (UTC+7)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nội dung</translation>
    </message>
</context>
<context>
    <name>soc::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>%1 alerts · %2 unacknowledged · %3 critical and active</source>
        <translation>%1 cảnh báo · %2 chưa xác nhận · %3 nghiêm trọng đang xảy ra</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Mọi mức độ</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Filter by severity</source>
        <translation>Lọc theo mức độ</translation>
    </message>
    <message>
        <source>Filter by state</source>
        <translation>Lọc theo trạng thái</translation>
    </message>
    <message>
        <source>Filter by unit, indicator or rule</source>
        <translation>Lọc theo đơn vị, chỉ số hoặc quy tắc</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Xác nhận</translation>
    </message>
    <message>
        <source>&amp;Shelve for 1 hour</source>
        <translation>&amp;Tạm gác 1 giờ</translation>
    </message>
    <message>
        <source>&amp;Unshelve</source>
        <translation>&amp;Bỏ tạm gác</translation>
    </message>
</context>
<context>
    <name>soc::CommandLine</name>
    <message>
        <source>SOC Dashboard: digitization KPIs of Ho Chi Minh City, live.</source>
        <translation>SOC Dashboard: chỉ số chuyển đổi số của Thành phố Hồ Chí Minh, trực tiếp.</translation>
    </message>
    <message>
        <source>Feed to subscribe to; repeat for several. demo: is the built-in simulator and the default (demo:?seed=N for another seed); also mqtt://, mqtts://, tcp://, tls:// and file:PATH. https://HOST/api/v1/reporting/evaluation?root=ID polls the national portal&apos;s Decision 766 figures; options: period=2026-Q3, interval=SECONDS (default 900), timeout=SECONDS (default 30).</source>
        <translation>Nguồn dữ liệu cần đăng ký; lặp lại để dùng nhiều nguồn. demo: là bộ mô phỏng tích hợp và là nguồn mặc định (demo:?seed=N cho hạt giống khác); ngoài ra có mqtt://, mqtts://, tcp://, tls:// và file:PATH. https://HOST/api/v1/reporting/evaluation?root=ID lấy số liệu theo Quyết định 766 từ Cổng Dịch vụ công quốc gia; tùy chọn: period=2026-Q3, interval=SỐ_GIÂY (mặc định 900), timeout=SỐ_GIÂY (mặc định 30).</translation>
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
        <source>unexpected argument &apos;%1&apos;; run soc-dashboard --help</source>
        <translation>đối số &apos;%1&apos; không hợp lệ; hãy chạy soc-dashboard --help</translation>
    </message>
    <message>
        <source>invalid --snapshot &apos;%1&apos;; give a file name ending in .png</source>
        <translation>--snapshot &apos;%1&apos; không hợp lệ; hãy đặt tên tệp có đuôi .png</translation>
    </message>
    <message>
        <source>invalid --at &apos;%1&apos;; use ISO 8601 between the years 2000 and 2099, such as 2026-12-04T09:14:00+07:00</source>
        <translation>--at &apos;%1&apos; không hợp lệ; hãy dùng ISO 8601 trong khoảng năm 2000 đến 2099, ví dụ 2026-12-04T09:14:00+07:00</translation>
    </message>
    <message>
        <source>no display found (DISPLAY and WAYLAND_DISPLAY are not set); run it in a desktop session, under xvfb-run, or render a page with --snapshot</source>
        <translation>không tìm thấy màn hình (DISPLAY và WAYLAND_DISPLAY chưa được đặt); hãy chạy trong phiên làm việc có giao diện, dưới xvfb-run, hoặc kết xuất trang bằng --snapshot</translation>
    </message>
    <message>
        <source>Seconds that a snapshot of live feeds collects data before it renders, 1 to 600 (default 3).</source>
        <translation>Số giây ảnh chụp từ nguồn trực tiếp thu thập dữ liệu trước khi kết xuất, từ 1 đến 600 (mặc định 3).</translation>
    </message>
    <message>
        <source>invalid --wait &apos;%1&apos;; give whole seconds from 1 to 600</source>
        <translation>--wait &apos;%1&apos; không hợp lệ; hãy cho số giây nguyên từ 1 đến 600</translation>
    </message>
    <message>
        <source>--at applies to the demo feed only, and %1 is live; leave out --at</source>
        <translation>--at chỉ dùng với nguồn demo, còn %1 là nguồn trực tiếp; hãy bỏ --at</translation>
    </message>
    <message>
        <source>Indicator that a snapshot shows on the map and the ranking, such as e_result or overdue_backlog (default e_result).</source>
        <translation>Chỉ số mà ảnh chụp hiển thị trên bản đồ và bảng xếp hạng, ví dụ e_result hoặc overdue_backlog (mặc định e_result).</translation>
    </message>
    <message>
        <source>unknown --indicator &apos;%1&apos;; use one of %2</source>
        <translation>--indicator &apos;%1&apos; không tồn tại; hãy dùng một trong %2</translation>
    </message>
    <message>
        <source>Play a recording (.socrec) with a timeline bar instead of the live feeds.</source>
        <translation>Phát lại một bản ghi (.socrec) với thanh thời gian thay cho các nguồn trực tiếp.</translation>
    </message>
    <message>
        <source>--replay takes one recording file and no --feed; give one or the other</source>
        <translation>--replay nhận một tệp bản ghi và không dùng cùng --feed; hãy chọn một trong hai</translation>
    </message>
    <message>
        <source>Page to render: overview, ranking, unit, alerts, feeds or replay (with --replay).</source>
        <translation>Trang cần kết xuất: overview, ranking, unit, alerts, feeds hoặc replay (kèm --replay).</translation>
    </message>
    <message>
        <source>--screen and --playlist apply to the wall display only; add --wall</source>
        <translation>--screen và --playlist chỉ dùng cho chế độ màn hình tường; hãy thêm --wall</translation>
    </message>
    <message>
        <source>invalid --screen &apos;%1&apos;; give a screen number from 0</source>
        <translation>--screen &apos;%1&apos; không hợp lệ; hãy cho số thứ tự màn hình, bắt đầu từ 0</translation>
    </message>
    <message>
        <source>Wall display: frameless full screen, rotating through a playlist of pages, no dialogs. With --snapshot, renders the wall.</source>
        <translation>Màn hình tường: toàn màn hình không viền, lần lượt hiển thị các trang theo danh sách phát, không có hộp thoại. Dùng cùng --snapshot để kết xuất màn hình tường.</translation>
    </message>
    <message>
        <source>Screen of the wall, numbered from 0 (default: the primary screen).</source>
        <translation>Màn hình dùng làm màn hình tường, đánh số từ 0 (mặc định: màn hình chính).</translation>
    </message>
    <message>
        <source>Wall playlist, a JSON file of pages with their dwell times in seconds (default: the built-in playlist).</source>
        <translation>Danh sách phát của màn hình tường, tệp JSON liệt kê các trang và thời gian hiển thị tính bằng giây (mặc định: danh sách phát tích hợp).</translation>
    </message>
    <message>
        <source>Unit that the unit page of a snapshot shows, by code, such as 760 (default: the city); repeat it to give a report a section for each unit.</source>
        <translation>Đơn vị mà trang đơn vị của ảnh chụp hiển thị, theo mã, ví dụ 760 (mặc định: thành phố); lặp lại để báo cáo có một phần cho mỗi đơn vị.</translation>
    </message>
    <message>
        <source>Write a PDF report of the overview and each --unit in the --lang language without a display, then exit.</source>
        <translation>Ghi báo cáo PDF gồm phần tổng quan và mỗi --unit bằng ngôn ngữ --lang mà không cần màn hình, rồi thoát.</translation>
    </message>
    <message>
        <source>Time range of the trend plots and the report: 24h, 7d, 30d, month, year, or FROM/TO in ISO 8601 (default 7d).</source>
        <translation>Khoảng thời gian của các biểu đồ xu hướng và báo cáo: 24h, 7d, 30d, month, year, hoặc TỪ/ĐẾN theo ISO 8601 (mặc định 7d).</translation>
    </message>
    <message>
        <source>invalid --report &apos;%1&apos;; give a file name ending in .pdf</source>
        <translation>--report &apos;%1&apos; không hợp lệ; hãy đặt tên tệp kết thúc bằng .pdf</translation>
    </message>
    <message>
        <source>--report and --snapshot each write one file; give one of them</source>
        <translation>--report và --snapshot mỗi tùy chọn ghi một tệp; hãy chỉ dùng một trong hai</translation>
    </message>
    <message>
        <source>invalid --range &apos;%1&apos;; use 24h, 7d, 30d, month, year, or FROM/TO such as 2026-11-01T00:00:00+07:00/2026-12-01T00:00:00+07:00 with TO after FROM</source>
        <translation>--range &apos;%1&apos; không hợp lệ; hãy dùng 24h, 7d, 30d, month, year, hoặc TỪ/ĐẾN như 2026-11-01T00:00:00+07:00/2026-12-01T00:00:00+07:00 với ĐẾN sau TỪ</translation>
    </message>
    <message>
        <source>unknown --unit &apos;%1&apos;; give a code of the unit catalog, such as %2</source>
        <translation>không có --unit &apos;%1&apos;; hãy dùng một mã trong danh mục đơn vị, ví dụ %2</translation>
    </message>
    <message>
        <source>--page, --indicator and --unit do not apply to --wall, which shows its playlist; put the page in a --playlist file</source>
        <translation>--page, --indicator và --unit không dùng được với --wall, vốn hiển thị theo danh sách phát; hãy đưa trang vào một tệp --playlist</translation>
    </message>
</context>
<context>
    <name>soc::ConnectionsModel</name>
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
        <source>%1 (simulated)</source>
        <translation>%1 (mô phỏng)</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Since (UTC+7)</source>
        <translation>Từ lúc (UTC+7)</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
</context>
<context>
    <name>soc::FeedsModel</name>
    <message>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (%2 giây trước)</translation>
    </message>
    <message>
        <source>%1 (%2 min ago)</source>
        <translation>%1 (%2 phút trước)</translation>
    </message>
    <message>
        <source>Administrative procedure settlement system</source>
        <translation>Hệ thống thông tin giải quyết thủ tục hành chính</translation>
    </message>
    <message>
        <source>National Public Service Portal</source>
        <translation>Cổng Dịch vụ công quốc gia</translation>
    </message>
    <message>
        <source>National Business Registration Database</source>
        <translation>Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp</translation>
    </message>
    <message>
        <source>Digital Citizen App</source>
        <translation>Ứng dụng Công dân số</translation>
    </message>
    <message>
        <source>Department of Justice</source>
        <translation>Sở Tư pháp</translation>
    </message>
    <message>
        <source>Declaration form standardization</source>
        <translation>Chuẩn hóa biểu mẫu tờ khai</translation>
    </message>
    <message>
        <source>Unknown system</source>
        <translation>Hệ thống không xác định</translation>
    </message>
    <message>
        <source>not announced</source>
        <translation>chưa thông báo</translation>
    </message>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>offline since %1</source>
        <translation>ngừng hoạt động từ %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/giây</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Bản tin gần nhất</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tần suất</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Bị thiếu</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Trùng lặp</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Khởi động lại</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Last rejection</source>
        <translation>Lý do từ chối gần nhất</translation>
    </message>
    <message>
        <source>Unknown unit codes</source>
        <translation>Mã đơn vị không xác định</translation>
    </message>
</context>
<context>
    <name>soc::FeedsPage</name>
    <message>
        <source>Feeds</source>
        <translation>Nguồn dữ liệu</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Kết nối</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Hệ thống nguồn</translation>
    </message>
    <message>
        <source>Feed connections</source>
        <translation>Các kết nối nguồn dữ liệu</translation>
    </message>
    <message>
        <source>Feed sources and their counters</source>
        <translation>Các hệ thống nguồn và bộ đếm</translation>
    </message>
    <message>
        <source>Last message from any source: %1 · rejected messages: %2</source>
        <translation>Bản tin gần nhất từ mọi nguồn: %1 · bản tin bị từ chối: %2</translation>
    </message>
    <message>
        <source> · unknown unit codes: %1</source>
        <translation> · mã đơn vị không xác định: %1</translation>
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
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>late</source>
        <translation>trễ</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>quá cũ</translation>
    </message>
    <message>
        <source>Freshness: %1</source>
        <translation>Độ cập nhật: %1</translation>
    </message>
</context>
<context>
    <name>soc::HistoryWriter</name>
    <message>
        <source>The KPI history file was damaged. It was kept as %1, and a new history was started.</source>
        <translation>Tệp lịch sử chỉ số bị hỏng. Tệp được giữ lại với tên %1 và một lịch sử mới đã được bắt đầu.</translation>
    </message>
    <message>
        <source>KPI history is off because the data folder cannot be created. The dashboard goes on without history.</source>
        <translation>Lịch sử chỉ số đã tắt vì không tạo được thư mục dữ liệu. Bảng điều khiển vẫn chạy, không lưu lịch sử.</translation>
    </message>
    <message>
        <source>KPI history is off because %1 cannot be written. The dashboard goes on without history.</source>
        <translation>Lịch sử chỉ số đã tắt vì không ghi được %1. Bảng điều khiển vẫn chạy, không lưu lịch sử.</translation>
    </message>
    <message>
        <source>The disk that holds the KPI history is full, so recent figures are missing from it. Free some space; writing resumes by itself.</source>
        <translation>Ổ đĩa chứa lịch sử chỉ số đã đầy nên số liệu gần đây chưa được lưu. Hãy giải phóng dung lượng; việc ghi sẽ tự tiếp tục.</translation>
    </message>
    <message>
        <source>KPI history is off because %1 is damaged and could not be replaced. The dashboard goes on without history.</source>
        <translation>Lịch sử chỉ số đã tắt vì %1 bị hỏng và không thay thế được. Bảng điều khiển vẫn chạy, không lưu lịch sử.</translation>
    </message>
    <message>
        <source>KPI history is off because %1 was written by a newer version of SOC Dashboard. The dashboard goes on without history.</source>
        <translation>Lịch sử chỉ số đã tắt vì %1 được ghi bởi phiên bản SOC Dashboard mới hơn. Bảng điều khiển vẫn chạy, không lưu lịch sử.</translation>
    </message>
    <message>
        <source>KPI history is off because of a database error; the log has the details. The dashboard goes on without history.</source>
        <translation>Lịch sử chỉ số đã tắt do lỗi cơ sở dữ liệu; chi tiết có trong nhật ký. Bảng điều khiển vẫn chạy, không lưu lịch sử.</translation>
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
    <name>soc::LiveRewind</name>
    <message>
        <source>Live rewind is off: %1</source>
        <translation>Tua lại trực tiếp đã tắt: %1</translation>
    </message>
    <message>
        <source>Live rewind is off: the data folder cannot be created. Check the permissions of the XDG data folder.</source>
        <translation>Tua lại trực tiếp đã tắt: không tạo được thư mục dữ liệu. Hãy kiểm tra quyền của thư mục dữ liệu XDG.</translation>
    </message>
    <message>
        <source>Live rewind is off: the old recording %1 cannot be removed. Check the permissions of its folder.</source>
        <translation>Tua lại trực tiếp đã tắt: không xóa được bản ghi cũ %1. Hãy kiểm tra quyền của thư mục chứa nó.</translation>
    </message>
    <message>
        <source>Live rewind is off, so there is nothing to go back to.</source>
        <translation>Tua lại trực tiếp đang tắt nên không có dữ liệu để xem lại.</translation>
    </message>
    <message>
        <source>Cannot rewind the live display: %1</source>
        <translation>Không tua lại được màn hình trực tiếp: %1</translation>
    </message>
    <message>
        <source>Live rewind is off: another soc-dashboard on this computer records into %1. Stop it, or run this one on another --screen.</source>
        <translation>Tua lại trực tiếp đã tắt: một soc-dashboard khác trên máy này đang ghi vào %1. Hãy dừng nó, hoặc chạy chương trình này trên --screen khác.</translation>
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
    <message>
        <source>City Overview</source>
        <translation>Tổng quan thành phố</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Nguồn dữ liệu</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Cannot write %1; check that the folder exists and is writable.</source>
        <translation>Không ghi được %1; hãy kiểm tra thư mục có tồn tại và cho phép ghi.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export page as PNG</source>
        <translation>Xuất trang ra PNG</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <source>Export page as &amp;PNG…</source>
        <translation>Xuất trang ra &amp;PNG…</translation>
    </message>
    <message>
        <source>Indicator Ranking</source>
        <translation>Xếp hạng theo chỉ số</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message numerus="yes">
        <source>%n critical alert(s) not acknowledged: open the Alerts tab.</source>
        <translation>
            <numerusform>%n cảnh báo nghiêm trọng chưa được xác nhận: hãy mở thẻ Cảnh báo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Mở bản ghi</translation>
    </message>
    <message>
        <source>Recordings (*.socrec)</source>
        <translation>Bản ghi (*.socrec)</translation>
    </message>
    <message>
        <source>Record the feeds</source>
        <translation>Ghi lại các nguồn dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>&amp;Mở bản ghi…</translation>
    </message>
    <message>
        <source>Start &amp;recording…</source>
        <translation>Bắt đầu &amp;ghi…</translation>
    </message>
    <message>
        <source>S&amp;top recording</source>
        <translation>&amp;Dừng ghi</translation>
    </message>
    <message>
        <source>● REC %1</source>
        <translation>● ĐANG GHI %1</translation>
    </message>
    <message>
        <source>Unit Detail</source>
        <translation>Chi tiết đơn vị</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Phát lại</translation>
    </message>
    <message>
        <source>Ignored the saved time range &apos;%1&apos;, which is not valid; the plots show the last 7 days until you choose a range.</source>
        <translation>Đã bỏ qua khoảng thời gian đã lưu &apos;%1&apos; vì không hợp lệ; các biểu đồ hiển thị 7 ngày qua cho đến khi bạn chọn khoảng khác.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: no data has arrived yet; wait for the first figures.</source>
        <translation>Không ghi được báo cáo %1: chưa nhận được dữ liệu; hãy chờ số liệu đầu tiên.</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>Xuất bảng ra CSV</translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation>Xuất báo cáo PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export table as &amp;CSV…</source>
        <translation>Xuất bảng ra &amp;CSV…</translation>
    </message>
    <message>
        <source>Export PDF &amp;report…</source>
        <translation>Xuất &amp;báo cáo PDF…</translation>
    </message>
    <message>
        <source>Export this table as CSV…</source>
        <translation>Xuất bảng này ra CSV…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Điều hướng</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Back to the previous page or unit (Alt+Left)</source>
        <translation>Quay lại trang hoặc đơn vị trước (Alt+Trái)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Forward to the next page or unit (Alt+Right)</source>
        <translation>Tiến tới trang hoặc đơn vị sau (Alt+Phải)</translation>
    </message>
</context>
<context>
    <name>soc::MqttClient</name>
    <message>
        <source>Connection to broker %1 lost: %2. Retrying in %3 s.</source>
        <translation>Mất kết nối tới broker %1: %2. Thử lại sau %3 giây.</translation>
    </message>
    <message>
        <source>Cannot connect to broker %1: %2. Retrying in %3 s.</source>
        <translation>Không kết nối được tới broker %1: %2. Thử lại sau %3 giây.</translation>
    </message>
    <message>
        <source>the secure connection failed; the broker certificate is not trusted by the system store or does not match the host name</source>
        <translation>kết nối bảo mật thất bại; chứng chỉ của broker không được kho chứng chỉ hệ thống tin cậy hoặc không khớp tên máy</translation>
    </message>
    <message>
        <source>the secure connection failed; check that %1 is the CA that signed the broker certificate and that the certificate names the host</source>
        <translation>kết nối bảo mật thất bại; hãy kiểm tra %1 đúng là CA đã ký chứng chỉ của broker và chứng chỉ ghi đúng tên máy</translation>
    </message>
    <message>
        <source>the broker stopped answering</source>
        <translation>broker ngừng phản hồi</translation>
    </message>
    <message>
        <source>the broker is unreachable or closed the connection</source>
        <translation>không tới được broker hoặc broker đã đóng kết nối</translation>
    </message>
    <message>
        <source>network error (%1)</source>
        <translation>lỗi mạng (%1)</translation>
    </message>
    <message>
        <source>the broker refused the connection (%1)</source>
        <translation>broker từ chối kết nối (%1)</translation>
    </message>
</context>
<context>
    <name>soc::MqttSource</name>
    <message>
        <source>Connecting to MQTT broker %1.</source>
        <translation>Đang kết nối tới broker MQTT %1.</translation>
    </message>
    <message>
        <source>The MQTT settings were rejected: %1</source>
        <translation>Cấu hình MQTT bị từ chối: %1</translation>
    </message>
    <message>
        <source>Connected to MQTT broker %1.</source>
        <translation>Đã kết nối tới broker MQTT %1.</translation>
    </message>
    <message>
        <source>MQTT broker %1 refused the subscription to %2; check its access control list for this user.</source>
        <translation>Máy chủ MQTT %1 từ chối đăng ký nhận %2; hãy kiểm tra danh sách kiểm soát truy cập của người dùng này.</translation>
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
    <name>soc::PortalSource</name>
    <message>
        <source>Polling the portal at %1.</source>
        <translation>Đang lấy số liệu từ cổng tại %1.</translation>
    </message>
    <message>
        <source>A portal request failed, retrying in %1 s: %2</source>
        <translation>Một yêu cầu tới cổng không thành công, sẽ thử lại sau %1 giây: %2</translation>
    </message>
    <message>
        <source>A portal request failed, to be sent again at the next poll: %1</source>
        <translation>Một yêu cầu tới cổng không thành công, sẽ được gửi lại ở lần lấy số liệu tiếp theo: %1</translation>
    </message>
    <message>
        <source>None of %1 requests to the portal at %2 succeeded. Last error: %3</source>
        <translation>Không yêu cầu nào trong %1 yêu cầu tới cổng tại %2 thành công. Lỗi gần nhất: %3</translation>
    </message>
    <message>
        <source>%1 of %2 requests to the portal at %3 succeeded. Last error: %4</source>
        <translation>%1 trên %2 yêu cầu tới cổng tại %3 đã thành công. Lỗi gần nhất: %4</translation>
    </message>
    <message>
        <source>All %1 requests to the portal at %2 succeeded; polling every %3 s.</source>
        <translation>Cả %1 yêu cầu tới cổng tại %2 đều thành công; lấy số liệu mỗi %3 giây.</translation>
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
    <name>soc::RankingPage</name>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Indicator Ranking: %1</source>
        <translation>Xếp hạng theo chỉ số: %1</translation>
    </message>
    <message>
        <source>Indicator Ranking</source>
        <translation>Xếp hạng theo chỉ số</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ số:</translation>
    </message>
    <message>
        <source>Indicator to rank the units on</source>
        <translation>Chỉ số dùng để xếp hạng các đơn vị</translation>
    </message>
    <message>
        <source>Bar chart of the units, best first, with the target</source>
        <translation>Biểu đồ cột các đơn vị, tốt nhất ở trên, kèm chỉ tiêu</translation>
    </message>
    <message>
        <source>Ranking of units</source>
        <translation>Xếp hạng đơn vị</translation>
    </message>
</context>
<context>
    <name>soc::RecordingActions</name>
    <message>
        <source>&amp;Import JSON Lines…</source>
        <translation>&amp;Nhập tệp JSON Lines…</translation>
    </message>
    <message>
        <source>E&amp;xport a recording…</source>
        <translation>&amp;Xuất một bản ghi…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Đang mở %1…</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Đã hủy mở %1.</translation>
    </message>
    <message>
        <source>Another file operation is running; wait for it or cancel it.</source>
        <translation>Một thao tác tệp khác đang chạy; hãy chờ nó xong hoặc hủy nó.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Nhập thất bại: %1</translation>
    </message>
    <message>
        <source>Import cancelled; %1 holds the first %2 envelopes.</source>
        <translation>Đã hủy nhập; %1 chứa %2 gói tin đầu tiên.</translation>
    </message>
    <message>
        <source>Imported %1 envelopes into %2; %3 invalid lines skipped.</source>
        <translation>Đã nhập %1 gói tin vào %2; bỏ qua %3 dòng không hợp lệ.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Đang xuất %1…</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Xuất thất bại: %1</translation>
    </message>
    <message>
        <source>Export cancelled; %1 is incomplete with %2 of %3 envelopes.</source>
        <translation>Đã hủy xuất; %1 chưa đầy đủ, có %2 trên %3 gói tin.</translation>
    </message>
    <message>
        <source>Exported %1 envelopes to %2; %3 invalid ones skipped.</source>
        <translation>Đã xuất %1 gói tin ra %2; bỏ qua %3 gói tin không hợp lệ.</translation>
    </message>
    <message>
        <source>Import JSON Lines</source>
        <translation>Nhập tệp JSON Lines</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.jsonl);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Save the imported recording</source>
        <translation>Lưu bản ghi đã nhập</translation>
    </message>
    <message>
        <source>Recordings (*.socrec)</source>
        <translation>Bản ghi (*.socrec)</translation>
    </message>
    <message>
        <source>Cannot import into %1: the file already exists. Choose a new file name.</source>
        <translation>Không nhập được vào %1: tệp đã tồn tại. Hãy chọn tên tệp mới.</translation>
    </message>
    <message>
        <source>Export a recording</source>
        <translation>Xuất một bản ghi</translation>
    </message>
    <message>
        <source>JSON Lines, one envelope a line (*.jsonl)</source>
        <translation>JSON Lines, mỗi dòng một gói tin (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV, one row per KPI sample (*.csv)</source>
        <translation>CSV, mỗi hàng một mẫu KPI (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Xuất ra</translation>
    </message>
</context>
<context>
    <name>soc::RecordingControl</name>
    <message>
        <source>A recording to %1 is already running; stop it first.</source>
        <translation>Đang ghi vào %1; hãy dừng bản ghi đó trước.</translation>
    </message>
    <message>
        <source>No feed is running, so there is nothing to record.</source>
        <translation>Không có nguồn dữ liệu nào đang chạy nên không có gì để ghi.</translation>
    </message>
    <message>
        <source>Cannot record to %1: the file already exists. Choose a new file name.</source>
        <translation>Không ghi được vào %1: tệp đã tồn tại. Hãy chọn tên tệp mới.</translation>
    </message>
    <message>
        <source>The last envelopes of %1 could not be written.</source>
        <translation>Không ghi được các bản tin cuối cùng của %1.</translation>
    </message>
</context>
<context>
    <name>soc::RecordingReader</name>
    <message>
        <source>Cannot read the recording %1: %2 (%3).</source>
        <translation>Không đọc được bản ghi %1: %2 (%3).</translation>
    </message>
    <message>
        <source>The recording %1 does not exist. Check the path.</source>
        <translation>Bản ghi %1 không tồn tại. Hãy kiểm tra đường dẫn.</translation>
    </message>
    <message>
        <source>The recording %1 is not a readable file. Check its permissions.</source>
        <translation>Bản ghi %1 không phải tệp đọc được. Hãy kiểm tra quyền truy cập.</translation>
    </message>
    <message>
        <source>SQLite cannot open it</source>
        <translation>SQLite không mở được tệp</translation>
    </message>
    <message>
        <source>it is not a recording or it is damaged</source>
        <translation>tệp không phải bản ghi hoặc đã bị hỏng</translation>
    </message>
    <message>
        <source>The recording %1 has format version %2, newer than this program reads (%3). Open it with a newer SOC Dashboard.</source>
        <translation>Bản ghi %1 có định dạng phiên bản %2, mới hơn phiên bản chương trình này đọc được (%3). Hãy mở bằng SOC Dashboard mới hơn.</translation>
    </message>
    <message>
        <source>its format version is invalid</source>
        <translation>phiên bản định dạng không hợp lệ</translation>
    </message>
    <message>
        <source>the integrity check failed</source>
        <translation>kiểm tra toàn vẹn thất bại</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>tệp bị hỏng</translation>
    </message>
    <message>
        <source>the envelope table cannot be read</source>
        <translation>không đọc được bảng bản tin</translation>
    </message>
    <message>
        <source>the keyframe table cannot be read</source>
        <translation>không đọc được bảng khung khóa</translation>
    </message>
    <message>
        <source>the envelope index cannot be read</source>
        <translation>không đọc được chỉ mục bản tin</translation>
    </message>
    <message>
        <source>the envelopes cannot be read</source>
        <translation>không đọc được các bản tin</translation>
    </message>
    <message>
        <source>the keyframes cannot be read</source>
        <translation>không đọc được các khung khóa</translation>
    </message>
    <message>
        <source>a keyframe is larger than the limit</source>
        <translation>một khung khóa vượt quá giới hạn kích thước</translation>
    </message>
    <message>
        <source>the alert marks cannot be read</source>
        <translation>không đọc được các mốc cảnh báo</translation>
    </message>
    <message>
        <source>Reading the recording %1 was cancelled.</source>
        <translation>Đã hủy đọc bản ghi %1.</translation>
    </message>
</context>
<context>
    <name>soc::RecordingWriter</name>
    <message>
        <source>Cannot record to %1: the file already exists. Choose a new file name.</source>
        <translation>Không ghi được vào %1: tệp đã tồn tại. Hãy chọn tên tệp mới.</translation>
    </message>
    <message>
        <source>Recording to %1 stopped: the disk is full. Free some space and start a new recording.</source>
        <translation>Việc ghi vào %1 đã dừng: ổ đĩa đầy. Hãy giải phóng dung lượng và bắt đầu bản ghi mới.</translation>
    </message>
    <message>
        <source>Recording to %1 stopped: the file cannot be written (%2). Check that the folder exists and is writable.</source>
        <translation>Việc ghi vào %1 đã dừng: không ghi được tệp (%2). Hãy kiểm tra thư mục có tồn tại và cho phép ghi.</translation>
    </message>
    <message>
        <source>Recording to %1 stopped: the file was deleted or replaced while recording. Start a new recording.</source>
        <translation>Việc ghi vào %1 đã dừng: tệp đã bị xóa hoặc bị thay thế trong khi ghi. Hãy bắt đầu bản ghi mới.</translation>
    </message>
</context>
<context>
    <name>soc::ReplayBar</name>
    <message>
        <source>REPLAY</source>
        <translation>PHÁT LẠI</translation>
    </message>
    <message>
        <source>REPLAY · %1</source>
        <translation>PHÁT LẠI · %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>Pause the replay</source>
        <translation>Tạm dừng phát lại</translation>
    </message>
    <message>
        <source>Play the replay</source>
        <translation>Tiếp tục phát lại</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Từng bước</translation>
    </message>
    <message>
        <source>Deliver the next recorded message</source>
        <translation>Phát bản tin đã ghi tiếp theo</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Tốc độ phát lại</translation>
    </message>
    <message>
        <source>Replay position</source>
        <translation>Vị trí phát lại</translation>
    </message>
    <message>
        <source>Replay time (UTC+7); type a time to go there</source>
        <translation>Thời điểm phát lại (UTC+7); nhập thời điểm để chuyển tới</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <source>LIVE</source>
        <translation>TRỰC TIẾP</translation>
    </message>
    <message>
        <source>REWIND</source>
        <translation>TUA LẠI</translation>
    </message>
    <message>
        <source>Return to live</source>
        <translation>Về trực tiếp</translation>
    </message>
    <message>
        <source>Return to the live display</source>
        <translation>Trở về màn hình trực tiếp</translation>
    </message>
    <message>
        <source>◀ Alert</source>
        <translation>◀ Cảnh báo</translation>
    </message>
    <message>
        <source>Go to the previous alert change (Alt+PgUp)</source>
        <translation>Đến thay đổi cảnh báo trước (Alt+PgUp)</translation>
    </message>
    <message>
        <source>Previous alert change</source>
        <translation>Thay đổi cảnh báo trước</translation>
    </message>
    <message>
        <source>Alert ▶</source>
        <translation>Cảnh báo ▶</translation>
    </message>
    <message>
        <source>Go to the next alert change (Alt+PgDown)</source>
        <translation>Đến thay đổi cảnh báo sau (Alt+PgDown)</translation>
    </message>
    <message>
        <source>Next alert change</source>
        <translation>Thay đổi cảnh báo sau</translation>
    </message>
</context>
<context>
    <name>soc::ReplayPage</name>
    <message>
        <source>Replay · %1</source>
        <translation>Phát lại · %1</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Phát lại</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Hệ thống nguồn</translation>
    </message>
    <message>
        <source>Alert changes</source>
        <translation>Thay đổi cảnh báo</translation>
    </message>
    <message>
        <source>Timeline of the recording with its alert changes</source>
        <translation>Dòng thời gian của bản ghi cùng các thay đổi cảnh báo</translation>
    </message>
    <message>
        <source>Recorded sources with their sequence gaps</source>
        <translation>Các nguồn đã ghi cùng các khoảng hụt số thứ tự</translation>
    </message>
    <message>
        <source>Recorded alert changes</source>
        <translation>Các thay đổi cảnh báo đã ghi</translation>
    </message>
    <message>
        <source>No recording is open. Open one with File → Open recording…, or start soc-dashboard with --replay FILE.</source>
        <translation>Chưa mở bản ghi nào. Hãy mở bằng Tệp → Mở bản ghi…, hoặc chạy soc-dashboard với --replay TỆP.</translation>
    </message>
    <message>
        <source>From %1 to %2 (UTC+7), %3 long</source>
        <translation>Từ %1 đến %2 (UTC+7), dài %3</translation>
    </message>
    <message>
        <source>%1 envelopes, of which %2 not valid · %3 operator actions · %4 keyframes · %5 alert changes</source>
        <translation>%1 gói tin, trong đó %2 không hợp lệ · %3 thao tác của người vận hành · %4 khung khóa · %5 thay đổi cảnh báo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Envelopes</source>
        <translation>Gói tin</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Ảnh chụp</translation>
    </message>
    <message>
        <source>First sequence</source>
        <translation>Số thứ tự đầu</translation>
    </message>
    <message>
        <source>Last sequence</source>
        <translation>Số thứ tự cuối</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Khởi động lại</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Khoảng hụt</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Time (UTC+7)</source>
        <translation>Thời điểm (UTC+7)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>phát sinh</translation>
    </message>
    <message>
        <source>severity changed</source>
        <translation>đổi mức độ</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>đã hết</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>đã xác nhận</translation>
    </message>
    <message>
        <source>returned to normal</source>
        <translation>trở lại bình thường</translation>
    </message>
    <message>
        <source>shelved</source>
        <translation>tạm ẩn</translation>
    </message>
    <message>
        <source>unshelved</source>
        <translation>bỏ tạm ẩn</translation>
    </message>
    <message>
        <source>suppressed</source>
        <translation>bị chặn</translation>
    </message>
    <message>
        <source>suppression lifted</source>
        <translation>bỏ chặn</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>nghiêm trọng</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
</context>
<context>
    <name>soc::ReplaySource</name>
    <message>
        <source>Replaying %1</source>
        <translation>Đang phát lại %1</translation>
    </message>
</context>
<context>
    <name>soc::Report</name>
    <message>
        <source>Data sources</source>
        <translation>Nguồn dữ liệu</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2: last message %3, %Ln message(s) received</source>
        <translation>
            <numerusform>%1 · %2: bản tin gần nhất %3, đã nhận %Ln bản tin</numerusform>
        </translation>
    </message>
    <message>
        <source>No source has sent data yet.</source>
        <translation>Chưa có nguồn nào gửi dữ liệu.</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>Kết nối:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>City figures: %1</source>
        <translation>Số liệu toàn thành phố: %1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Units reporting</source>
        <translation>Đơn vị đã báo cáo</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Decision 766 digitization: %1 of %2 points (%3 lost)</source>
        <translation>Số hóa theo Quyết định 766: %1 trên %2 điểm (bị trừ %3)</translation>
    </message>
    <message>
        <source>SOC Dashboard report · %1</source>
        <translation>Báo cáo SOC Dashboard · %1</translation>
    </message>
    <message>
        <source>DEMO DATA: simulated figures, not real data</source>
        <translation>DỮ LIỆU MÔ PHỎNG: số liệu mô phỏng, không phải số liệu thật</translation>
    </message>
    <message>
        <source>Report date: %1 (UTC+7)</source>
        <translation>Ngày lập báo cáo: %1 (UTC+7)</translation>
    </message>
    <message>
        <source>Figures as of: %1 (UTC+7)</source>
        <translation>Số liệu tính đến: %1 (UTC+7)</translation>
    </message>
    <message>
        <source>Time range: %1</source>
        <translation>Khoảng thời gian: %1</translation>
    </message>
    <message>
        <source>Ranking of units: %1</source>
        <translation>Xếp hạng đơn vị: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Không ghi được %1: %2.</translation>
    </message>
    <message>
        <source>SOC Dashboard report</source>
        <translation>Báo cáo SOC Dashboard</translation>
    </message>
</context>
<context>
    <name>soc::ReportDialog</name>
    <message>
        <source>PDF report</source>
        <translation>Báo cáo PDF</translation>
    </message>
    <message>
        <source>The report always has the city overview. Check the &amp;units that get a section of their own:</source>
        <translation>Báo cáo luôn có phần tổng quan thành phố. Đánh dấu các đơn &amp;vị có phần riêng:</translation>
    </message>
    <message>
        <source>Units in the report</source>
        <translation>Các đơn vị trong báo cáo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <source>Choose the report&apos;s file</source>
        <translation>Chọn tệp báo cáo</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Hủy báo cáo</translation>
    </message>
</context>
<context>
    <name>soc::Score766Model</name>
    <message>
        <source>not reported</source>
        <translation>chưa báo cáo</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Full points at a ratio of %1% or more</source>
        <translation>Đạt điểm tối đa khi tỷ lệ từ %1% trở lên</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Tiêu chí</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Bị trừ</translation>
    </message>
    <message>
        <source>nothing due</source>
        <translation>không phát sinh</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>không có dữ liệu</translation>
    </message>
    <message>
        <source>not scored / %1</source>
        <translation>không chấm điểm / %1</translation>
    </message>
    <message>
        <source>The unit reported no figure for this criterion, so it earns no points</source>
        <translation>Đơn vị không báo cáo số liệu cho tiêu chí này nên không được điểm</translation>
    </message>
    <message>
        <source>The denominator is zero, and the portal does not score the criterion then</source>
        <translation>Mẫu số bằng 0, khi đó Cổng không chấm điểm tiêu chí này</translation>
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
        <translation>KHÔNG CÓ DỮ LIỆU TRỰC TIẾP: mọi nguồn đều mất kết nối. Số liệu đã cũ từ %1 và được tô xám; đang kết nối lại.</translation>
    </message>
    <message>
        <source>NO LIVE DATA: no feed has connected yet; reconnecting.</source>
        <translation>KHÔNG CÓ DỮ LIỆU TRỰC TIẾP: chưa nguồn nào kết nối được; đang kết nối lại.</translation>
    </message>
    <message>
        <source>NO LIVE DATA since %1</source>
        <translation>MẤT DỮ LIỆU TRỰC TIẾP từ %1</translation>
    </message>
    <message>
        <source>NO LIVE DATA yet</source>
        <translation>CHƯA CÓ DỮ LIỆU TRỰC TIẾP</translation>
    </message>
</context>
<context>
    <name>soc::StreamSource</name>
    <message>
        <source>Connecting to %1</source>
        <translation>Đang kết nối tới %1</translation>
    </message>
    <message>
        <source>Connected to %1, encrypted</source>
        <translation>Đã kết nối tới %1, có mã hóa</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Đã kết nối tới %1</translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected: %2. Check that the ca file of the feed URL holds the CA that signed the server&apos;s certificate.</source>
        <translation>Chứng chỉ của %1 bị từ chối: %2. Hãy kiểm tra tệp ca trong URL nguồn chứa đúng CA đã ký chứng chỉ của máy chủ.</translation>
    </message>
    <message>
        <source>Connection to %1 failed: %2.</source>
        <translation>Kết nối tới %1 thất bại: %2.</translation>
    </message>
    <message>
        <source>%1 closed the connection.</source>
        <translation>%1 đã đóng kết nối.</translation>
    </message>
    <message>
        <source>No data from %1 for %2 s, so the connection is presumed dead.</source>
        <translation>Không nhận được dữ liệu từ %1 trong %2 giây, nên coi như kết nối đã mất.</translation>
    </message>
    <message>
        <source>No connection to %1 within %2 s.</source>
        <translation>Không kết nối được tới %1 trong %2 giây.</translation>
    </message>
    <message>
        <source>Invalid framing from %1, protocol error %2 on this feed: a frame header announced an empty or oversized envelope.</source>
        <translation>Khung dữ liệu không hợp lệ từ %1, lỗi giao thức thứ %2 trên nguồn này: phần đầu khung báo một bản tin rỗng hoặc quá lớn.</translation>
    </message>
    <message>
        <source>%1 Reconnecting in %2 s.</source>
        <translation>%1 Kết nối lại sau %2 giây.</translation>
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
<context>
    <name>soc::TimeRange</name>
    <message>
        <source>Last 24 hours</source>
        <translation>24 giờ qua</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
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
        <translation>Khoảng thời gian tùy chọn</translation>
    </message>
    <message>
        <source>Start of the time range (UTC+7)</source>
        <translation>Đầu khoảng thời gian (UTC+7)</translation>
    </message>
    <message>
        <source>End of the time range (UTC+7)</source>
        <translation>Cuối khoảng thời gian (UTC+7)</translation>
    </message>
    <message>
        <source>Apply the time range</source>
        <translation>Áp dụng khoảng thời gian</translation>
    </message>
    <message>
        <source>Keep the previous range</source>
        <translation>Giữ khoảng thời gian cũ</translation>
    </message>
    <message>
        <source>&amp;From (UTC+7):</source>
        <translation>&amp;Từ (UTC+7):</translation>
    </message>
    <message>
        <source>&amp;To (UTC+7):</source>
        <translation>Đế&amp;n (UTC+7):</translation>
    </message>
    <message>
        <source>The end %1 is not after the start %2; choose a later end or an earlier start.</source>
        <translation>Thời điểm cuối %1 không sau thời điểm đầu %2; hãy chọn thời điểm cuối muộn hơn hoặc thời điểm đầu sớm hơn.</translation>
    </message>
</context>
<context>
    <name>soc::TransferRunner</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>SOC Dashboard</source>
        <translation>SOC Dashboard</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
</context>
<context>
    <name>soc::UnitCatalog</name>
    <message>
        <source>%1: cannot open the unit catalog (%2); check the path</source>
        <translation>%1: không mở được danh mục đơn vị (%2); hãy kiểm tra đường dẫn</translation>
    </message>
    <message>
        <source>%1: the unit catalog is %2 bytes; the limit is %3 bytes</source>
        <translation>%1: danh mục đơn vị có %2 byte; giới hạn là %3 byte</translation>
    </message>
    <message>
        <source>%1: the unit catalog is larger than the limit of %2 bytes</source>
        <translation>%1: danh mục đơn vị lớn hơn giới hạn %2 byte</translation>
    </message>
    <message>
        <source>%1: &apos;code&apos; and &apos;name_vi&apos; must not be empty</source>
        <translation>%1: &apos;code&apos; và &apos;name_vi&apos; không được để trống</translation>
    </message>
    <message>
        <source>%1: code &apos;%2…&apos; is longer than %3 characters</source>
        <translation>%1: mã &apos;%2…&apos; dài hơn %3 ký tự</translation>
    </message>
    <message>
        <source>%1: a name of unit %2 is %3 characters long; the limit is %4</source>
        <translation>%1: một tên của đơn vị %2 dài %3 ký tự; giới hạn là %4</translation>
    </message>
    <message>
        <source>%1: invalid level &apos;%2&apos;; use city, district, ward or department</source>
        <translation>%1: cấp &apos;%2&apos; không hợp lệ; hãy dùng city, district, ward hoặc department</translation>
    </message>
    <message>
        <source>%1: unknown unit type &apos;%2&apos;; use quan, huyen, thanh_pho, phuong, xa or dac_khu, or give a &apos;level&apos; column</source>
        <translation>%1: loại đơn vị &apos;%2&apos; không xác định; hãy dùng quan, huyen, thanh_pho, phuong, xa hoặc dac_khu, hoặc thêm cột &apos;level&apos;</translation>
    </message>
    <message>
        <source>%1: invalid tile position (&apos;%2&apos;, &apos;%3&apos;); tile_row and tile_col must both be empty or both be whole numbers from 0 to 999</source>
        <translation>%1: vị trí ô (&apos;%2&apos;, &apos;%3&apos;) không hợp lệ; tile_row và tile_col phải cùng để trống hoặc cùng là số nguyên từ 0 đến 999</translation>
    </message>
    <message>
        <source>%1: unit %2 names itself as its parent; give its parent&apos;s code, or leave &apos;parent&apos; empty for a root</source>
        <translation>%1: đơn vị %2 tự nhận mình là đơn vị cấp trên; hãy ghi mã đơn vị cấp trên, hoặc để trống &apos;parent&apos; nếu là gốc</translation>
    </message>
    <message>
        <source>%1: the header must name the columns &apos;code&apos; and &apos;name_vi&apos; (found: %2)</source>
        <translation>%1: dòng tiêu đề phải có cột &apos;code&apos; và &apos;name_vi&apos; (đang có: %2)</translation>
    </message>
    <message>
        <source>%1: %2 units; a catalog holds at most %3</source>
        <translation>%1: %2 đơn vị; một danh mục chứa tối đa %3</translation>
    </message>
    <message>
        <source>%1: unit %2 is already listed on line %3; give each unit one row</source>
        <translation>%1: đơn vị %2 đã có ở dòng %3; mỗi đơn vị chỉ một dòng</translation>
    </message>
    <message>
        <source>%1: unit %2 takes tile (%3, %4), which unit %5 already has; give each unit its own tile</source>
        <translation>%1: đơn vị %2 dùng ô (%3, %4) mà đơn vị %5 đã dùng; mỗi đơn vị cần một ô riêng</translation>
    </message>
    <message>
        <source>%1:%2: unit %3 names parent %4, which the catalog does not list; add a row for %4 or correct the code</source>
        <translation>%1:%2: đơn vị %3 có đơn vị cấp trên %4, nhưng danh mục không có %4; hãy thêm dòng cho %4 hoặc sửa mã</translation>
    </message>
    <message>
        <source>%1: the parents of unit %2 form a cycle (%3); give one of them a parent outside the cycle</source>
        <translation>%1: các đơn vị cấp trên của %2 tạo thành vòng lặp (%3); hãy gán cho một đơn vị trong vòng một cấp trên nằm ngoài vòng</translation>
    </message>
    <message>
        <source>%1: unit %2 sits %3 levels below its root; a catalog has at most %4 levels (city, district, ward and departments)</source>
        <translation>%1: đơn vị %2 nằm dưới gốc %3 cấp; danh mục có tối đa %4 cấp (thành phố, quận huyện, phường xã và sở ngành)</translation>
    </message>
</context>
<context>
    <name>soc::UnitDetailModel</name>
    <message>
        <source>no data</source>
        <translation>không có dữ liệu</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>không có chỉ tiêu</translation>
    </message>
    <message>
        <source>meets target</source>
        <translation>đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>near target</source>
        <translation>gần đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>chưa đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>nghiêm trọng</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>cảnh báo</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n active)</source>
        <translation>
            <numerusform>%1 (%n đang xảy ra)</numerusform>
        </translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Observed (UTC+7)</source>
        <translation>Ghi nhận (UTC+7)</translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation>Độ cập nhật</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Độ bao phủ</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>sum of units %1 (%2 / %3)</source>
        <translation>tổng các đơn vị %1 (%2 / %3)</translation>
    </message>
</context>
<context>
    <name>soc::UnitDetailPage</name>
    <message>
        <source>%1 at %2 (UTC+7)</source>
        <translation>%1 lúc %2 (UTC+7)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown unit %1</source>
        <translation>Đơn vị không xác định %1</translation>
    </message>
    <message>
        <source>‹ %1</source>
        <translation>‹ %1</translation>
    </message>
    <message>
        <source>Go up to the parent unit</source>
        <translation>Lên đơn vị cấp trên</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DỮ LIỆU MÔ PHỎNG</translation>
    </message>
    <message>
        <source>No active alerts</source>
        <translation>Không có cảnh báo đang xảy ra</translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s)</source>
        <translation>
            <numerusform>%n cảnh báo đang xảy ra</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <source>Overdue backlog</source>
        <translation>Tồn đọng quá hạn</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Khoảng thời gian:</translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation>24 giờ</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 ngày</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 ngày</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tháng này</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Năm nay</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Indicators of the unit</source>
        <translation>Các chỉ số của đơn vị</translation>
    </message>
    <message>
        <source>Trend of the selected indicator with its target</source>
        <translation>Xu hướng của chỉ số đã chọn kèm chỉ tiêu</translation>
    </message>
    <message>
        <source>Trend of the overdue backlog</source>
        <translation>Xu hướng tồn đọng quá hạn</translation>
    </message>
    <message>
        <source>Transparency</source>
        <translation>Công khai, minh bạch</translation>
    </message>
    <message>
        <source>Processing timeliness</source>
        <translation>Tiến độ giải quyết</translation>
    </message>
    <message>
        <source>Online services</source>
        <translation>Dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <source>Online payment</source>
        <translation>Thanh toán trực tuyến</translation>
    </message>
    <message>
        <source>Digitization</source>
        <translation>Số hóa hồ sơ</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Mức độ hài lòng</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>không có dữ liệu</translation>
    </message>
    <message>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <source>Decision 766: the unit reported no figures for this group</source>
        <translation>Quyết định 766: đơn vị chưa báo cáo số liệu cho nhóm này</translation>
    </message>
    <message>
        <source>Decision 766: %1 of %2 points (%3 lost)</source>
        <translation>Quyết định 766: %1 trên %2 điểm (bị trừ %3)</translation>
    </message>
    <message>
        <source>Decision 766 score by criterion</source>
        <translation>Điểm Quyết định 766 theo tiêu chí</translation>
    </message>
    <message>
        <source>Decision 766 indicator group</source>
        <translation>Nhóm chỉ số Quyết định 766</translation>
    </message>
    <message>
        <source>Rank all units by this score</source>
        <translation>Xếp hạng mọi đơn vị theo điểm này</translation>
    </message>
    <message>
        <source>Trend: %1 · %2</source>
        <translation>Xu hướng: %1 · %2</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Tùy chọn…</translation>
    </message>
    <message>
        <source>Choose a custom time range for the trends</source>
        <translation>Chọn khoảng thời gian tùy chọn cho các biểu đồ xu hướng</translation>
    </message>
</context>
<context>
    <name>soc::WallBoardView</name>
    <message numerus="yes">
        <source>+%n more indicator(s)</source>
        <translation>
            <numerusform>+%n chỉ số nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more alert(s)</source>
        <translation>
            <numerusform>+%n cảnh báo nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more feed(s)</source>
        <translation>
            <numerusform>+%n nguồn nữa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more unit(s)</source>
        <translation>
            <numerusform>+%n đơn vị nữa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>soc::WallBoards</name>
    <message>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 phút</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>%1 no data</source>
        <translation>%1 chưa có dữ liệu</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unknown indicator %1</source>
        <translation>Chỉ số %1 không có trong danh mục</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Chỉ tiêu %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Không có chỉ tiêu</translation>
    </message>
    <message>
        <source>%1 of %2 units report</source>
        <translation>%1/%2 đơn vị báo cáo</translation>
    </message>
    <message>
        <source>Ranking: %1</source>
        <translation>Xếp hạng: %1</translation>
    </message>
    <message>
        <source>Unknown unit %1</source>
        <translation>Đơn vị %1 không có trong danh mục</translation>
    </message>
    <message numerus="yes">
        <source>%n active alert(s)</source>
        <translation>
            <numerusform>%n cảnh báo đang hoạt động</numerusform>
        </translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 và %n đơn vị khác</numerusform>
        </translation>
    </message>
    <message>
        <source>No alert waits for the operators</source>
        <translation>Không có cảnh báo nào chờ xử lý</translation>
    </message>
    <message>
        <source>Feeds: data age</source>
        <translation>Nguồn dữ liệu: độ trễ</translation>
    </message>
    <message>
        <source>Feeds</source>
        <translation>Nguồn dữ liệu</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>chưa có dữ liệu</translation>
    </message>
    <message>
        <source>No feed configured</source>
        <translation>Chưa cấu hình nguồn dữ liệu nào</translation>
    </message>
    <message>
        <source>No units under %1</source>
        <translation>Không có đơn vị nào thuộc %1</translation>
    </message>
    <message>
        <source>No unit reports yet</source>
        <translation>Chưa đơn vị nào báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>%1 +%n</source>
        <translation>
            <numerusform>%1 +%n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/%2 under target</source>
        <translation>%1/%2 chưa đạt</translation>
    </message>
    <message>
        <source>critical</source>
        <comment>alerts</comment>
        <translation>nghiêm trọng</translation>
    </message>
    <message>
        <source>not acknowledged</source>
        <translation>chưa xác nhận</translation>
    </message>
    <message>
        <source>No active alert</source>
        <translation>Không có cảnh báo nào</translation>
    </message>
</context>
<context>
    <name>soc::WallHeader</name>
    <message>
        <source>REPLAY %1</source>
        <translation>PHÁT LẠI %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <comment>short mark on the wall</comment>
        <translation>MÔ PHỎNG</translation>
    </message>
    <message numerus="yes">
        <source>+%n more, all under 1 min</source>
        <translation>
            <numerusform>+%n nguồn, đều dưới 1 phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n nguồn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n &lt; 1 min</source>
        <comment>sources whose data is under a minute old</comment>
        <translation>
            <numerusform>%n &lt; 1 phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sources, all under 1 min</source>
        <translation>
            <numerusform>%n nguồn, đều dưới 1 phút</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message>
        <source>DEMO REPLAY %1</source>
        <translation>PHÁT LẠI MÔ PHỎNG %1</translation>
    </message>
    <message>
        <source>no source heard from yet</source>
        <translation>chưa nhận được nguồn nào</translation>
    </message>
</context>
<context>
    <name>soc::WallMode</name>
    <message>
        <source>screen %1 does not exist; give --screen one of: %2</source>
        <translation>màn hình %1 không tồn tại; hãy cho --screen một trong các màn hình: %2</translation>
    </message>
    <message>
        <source>%1 (playlist rejected; the default one is shown)</source>
        <translation>%1 (danh sách phát bị từ chối; đang dùng danh sách mặc định)</translation>
    </message>
    <message>
        <source>Screen size unknown: type sized for 55-inch 1080p panels; give the wall&apos;s width in screen_width_mm</source>
        <translation>Không rõ kích thước màn hình: cỡ chữ tính theo tấm 55 inch 1080p; hãy ghi chiều rộng tường vào screen_width_mm</translation>
    </message>
    <message>
        <source>Type legible from %1 m, not %2 m: screen too small, or give its width in screen_width_mm</source>
        <translation>Chữ đọc được từ %1 m, không phải %2 m: màn hình quá nhỏ, hoặc hãy ghi chiều rộng vào screen_width_mm</translation>
    </message>
</context>
<context>
    <name>soc::WallPlaylist</name>
    <message>
        <source>unknown key &apos;%1&apos;; use %2</source>
        <translation>khóa &apos;%1&apos; không tồn tại; hãy dùng %2</translation>
    </message>
    <message>
        <source>invalid &apos;%1&apos;: %2; give a number from %3 to %4</source>
        <translation>&apos;%1&apos; không hợp lệ: %2; hãy cho một số từ %3 đến %4</translation>
    </message>
    <message>
        <source>invalid &apos;%1&apos;: %2; give whole seconds</source>
        <translation>&apos;%1&apos; không hợp lệ: %2; hãy cho số giây nguyên</translation>
    </message>
    <message>
        <source>invalid &apos;%1&apos;: %2; give a non-empty string</source>
        <translation>&apos;%1&apos; không hợp lệ: %2; hãy cho một chuỗi không rỗng</translation>
    </message>
    <message>
        <source>entry without &apos;page&apos;; add one of %1</source>
        <translation>mục thiếu &apos;page&apos;; hãy thêm một trong %1</translation>
    </message>
    <message>
        <source>unknown page &apos;%1&apos;; use one of %2</source>
        <translation>trang &apos;%1&apos; không tồn tại; hãy dùng một trong %2</translation>
    </message>
    <message>
        <source>the unit page needs &apos;unit&apos;, a unit code such as &quot;760&quot;</source>
        <translation>trang đơn vị cần &apos;unit&apos;, là mã đơn vị, ví dụ &quot;760&quot;</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;; use an id of the indicator catalog, such as e_result or overdue_backlog</source>
        <translation>chỉ số &apos;%1&apos; không tồn tại; hãy dùng mã trong danh mục chỉ số, ví dụ e_result hoặc overdue_backlog</translation>
    </message>
    <message>
        <source>invalid &apos;languages&apos;; give an array of &quot;vi&quot; and &quot;en&quot;, such as [&quot;vi&quot;, &quot;en&quot;] to alternate them</source>
        <translation>&apos;languages&apos; không hợp lệ; hãy cho một mảng gồm &quot;vi&quot; và &quot;en&quot;, ví dụ [&quot;vi&quot;, &quot;en&quot;] để luân phiên hai ngôn ngữ</translation>
    </message>
    <message>
        <source>&apos;version&apos; must be 1, the only playlist format</source>
        <translation>&apos;version&apos; phải là 1, định dạng danh sách phát duy nhất</translation>
    </message>
    <message>
        <source>%1:%2: invalid JSON: %3</source>
        <translation>%1:%2: JSON không hợp lệ: %3</translation>
    </message>
    <message>
        <source>%1:1: the playlist must be a JSON object with &quot;version&quot;: 1 and &quot;entries&quot;</source>
        <translation>%1:1: danh sách phát phải là một đối tượng JSON có &quot;version&quot;: 1 và &quot;entries&quot;</translation>
    </message>
    <message>
        <source>&apos;entries&apos; must be an array of 1 to 200 pages, such as [{&quot;page&quot;: &quot;overview&quot;, &quot;dwell_s&quot;: 30}]</source>
        <translation>&apos;entries&apos; phải là một mảng từ 1 đến 200 trang, ví dụ [{&quot;page&quot;: &quot;overview&quot;, &quot;dwell_s&quot;: 30}]</translation>
    </message>
    <message>
        <source>entry %1 is not an object such as {&quot;page&quot;: &quot;overview&quot;}</source>
        <translation>mục %1 không phải là đối tượng dạng {&quot;page&quot;: &quot;overview&quot;}</translation>
    </message>
    <message>
        <source>%1: cannot read the playlist: %2; check the path and permissions</source>
        <translation>%1: không đọc được danh sách phát: %2; hãy kiểm tra đường dẫn và quyền truy cập</translation>
    </message>
    <message>
        <source>%1: the playlist is larger than 1 MiB; is it the right file?</source>
        <translation>%1: danh sách phát lớn hơn 1 MiB; có đúng tệp không?</translation>
    </message>
</context>
<context>
    <name>soc::WallWindow</name>
    <message>
        <source>%1 (errors since the start: %2)</source>
        <translation>%1 (số lỗi từ khi khởi động: %2)</translation>
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
            <numerusform>%n nghiêm trọng chưa xác nhận</numerusform>
        </translation>
    </message>
</context>
</TS>

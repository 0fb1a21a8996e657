<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="17"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="17"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="18"/>
        <source>Bucket</source>
        <translation>账龄段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="18"/>
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="19"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="19"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="20"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="20"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="21"/>
        <source>Next window</source>
        <translation>下一时段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="21"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="162"/>
        <source>dispute</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="163"/>
        <source>cease contact</source>
        <translation>停止联系</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="164"/>
        <source>lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="165"/>
        <source>bankruptcy</source>
        <translation>破产</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="166"/>
        <source>deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="167"/>
        <source>do not visit</source>
        <translation>禁止上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="168"/>
        <source>vulnerable</source>
        <translation>弱势</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="169"/>
        <source>no workplace visits</source>
        <translation>不得到单位上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="170"/>
        <source>open</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="170"/>
        <source>kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="171"/>
        <source>broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="183"/>
        <source>{status}: {amount} by {date}</source>
        <translation>{status}：{date} 前还 {amount}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="93"/>
        <source>Visits blocked: {}</source>
        <translation>禁止上门：{}</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="27"/>
        <source>Welcome to FieldVisit</source>
        <extracomment>Time zones offered first (the list accepts any IANA name typed in).</extracomment>
        <translation>欢迎使用 FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="32"/>
        <source>Who uses this computer?</source>
        <translation>谁在使用这台电脑？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="33"/>
        <source>FieldVisit plans the day&apos;s visits, prepares each one and records what happened, offline. Reports travel to the office signed and encrypted.</source>
        <translation>FieldVisit 离线规划当天的上门、为每次上门做准备并登记结果。报告经签名加密后发送到办公室。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="35"/>
        <source>A collector: I visit customers and record the visits</source>
        <translation>催收员：我上门拜访客户并登记上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="36"/>
        <source>A supervisor: I hand out work and review the visits</source>
        <translation>主管：我分派任务并审核上门记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="41"/>
        <source>Your full name, or the office&apos;s name</source>
        <translation>您的全名，或办公室名称</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="42"/>
        <source>Just look around: open the demo workspace (nothing is set up)</source>
        <translation>随便看看：打开演示工作区（不做任何设置）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="48"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="57"/>
        <source>Where do you work?</source>
        <translation>您在哪里工作？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="58"/>
        <source>The country chooses the conduct rules (contact hours, visit caps); the time zone is used for cases that do not say theirs.</source>
        <translation>国家决定行为规范（联系时段、上门次数上限）；未注明时区的案件使用此时区。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="65"/>
        <source>Other (default rules)</source>
        <translation>其他（默认规则）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="70"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="74"/>
        <source>e.g. EUR, CNY, MXN</source>
        <translation>例如 EUR、CNY、MXN</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="79"/>
        <source>Country and rules</source>
        <translation>国家与规则</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="80"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="81"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="82"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="60"/>
        <source>FieldVisit — {}</source>
        <translation>FieldVisit — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="68"/>
        <source>Search id, name or address  (Ctrl+F)</source>
        <translation>搜索案件号、姓名或地址（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="72"/>
        <source>All buckets</source>
        <translation>全部账龄段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="79"/>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="79"/>
        <source>Visitable</source>
        <translation>可上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="80"/>
        <source>Blocked from visits</source>
        <translation>禁止上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="80"/>
        <source>Vulnerable</source>
        <translation>弱势客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="81"/>
        <source>Without coordinates</source>
        <translation>无坐标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="81"/>
        <source>Paid</source>
        <translation>已还清</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="82"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="97"/>
        <source>Double-click: preparation sheet · Ctrl+R: record a visit</source>
        <translation>双击：准备单 · Ctrl+R：登记上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="101"/>
        <source>Bucket</source>
        <translation>账龄段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="103"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="117"/>
        <source>Drag to reorder · double-click: record the visit</source>
        <translation>拖动以调整顺序 · 双击：登记上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="160"/>
        <source>&amp;Import cases…</source>
        <translation>导入案件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="161"/>
        <source>Import a CSV or XLSX case file</source>
        <translation>导入 CSV 或 XLSX 案件文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="162"/>
        <source>Import &amp;tile pack…</source>
        <translation>导入离线地图包(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="163"/>
        <source>Use an MBTiles file as the offline base map</source>
        <translation>使用 MBTiles 文件作为离线底图</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="164"/>
        <source>&amp;Export day map…</source>
        <translation>导出当日地图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="165"/>
        <source>Write the planned day as one HTML file that opens offline</source>
        <translation>将当日计划保存为可离线打开的 HTML 文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="166"/>
        <source>&amp;Geocode addresses</source>
        <translation>地址解析(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="167"/>
        <source>Find coordinates for cases that only have an address</source>
        <translation>为只有地址的案件查找坐标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="168"/>
        <source>&amp;Pin selected case at map centre</source>
        <translation>将所选案件固定在地图中心(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="169"/>
        <source>Place a case without coordinates by hand; then drag it to the door</source>
        <translation>手动放置无坐标的案件，再拖到门口位置</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="170"/>
        <source>&amp;Record visit…</source>
        <translation>登记上门(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="171"/>
        <source>Record what happened at the door for the selected case</source>
        <translation>登记所选案件上门时的情况</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="172"/>
        <source>&amp;Preparation sheet…</source>
        <translation>准备单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="173"/>
        <source>Intent, ability, willingness and a repayment proposal for the selected case</source>
        <translation>所选案件的还款意图、能力、意愿及还款方案</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="174"/>
        <source>&amp;Correct last visit…</source>
        <translation>更正上次上门记录(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="175"/>
        <source>A correction is a new version; the original is kept</source>
        <translation>更正会生成新版本，原记录保留</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="181"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="182"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="183"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="185"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="190"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="192"/>
        <source>V&amp;isits</source>
        <translation>上门(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="197"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="198"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="199"/>
        <source>Plan &amp;day</source>
        <translation>规划当日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="201"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="225"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="247"/>
        <source>{shown} of {total} cases shown · {blocked} blocked from visits</source>
        <translation>显示 {shown}/{total} 个案件 · {blocked} 个禁止上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="279"/>
        <source>{} placed by hand; Ctrl+Z undoes it.</source>
        <translation>{} 已手动放置；Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="281"/>
        <source>Cannot move</source>
        <translation>无法移动</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="286"/>
        <source>Import cases</source>
        <translation>导入案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="287"/>
        <source>Case files (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>案件文件 (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="303"/>
        <source>{rows} rows: {imported} imported, {updated} updated, {rejected} rejected.</source>
        <translation>{rows} 行：导入 {imported}，更新 {updated}，拒绝 {rejected}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="306"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="313"/>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="314"/>
        <source>Importing {}…</source>
        <translation>正在导入 {}…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="326"/>
        <source>{g} geocoded, {c} from the cache, {f} not found.</source>
        <translation>已解析 {g} 个，缓存 {c} 个，未找到 {f} 个。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="329"/>
        <source>No connection: {n} addresses wait in the queue; pin them on the map or try again when connected.</source>
        <translation>无网络：{n} 个地址在队列中等待；可在地图上手动定位，或联网后重试。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="335"/>
        <source>Geocoding stopped</source>
        <translation>地址解析已停止</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="336"/>
        <source>Geocoding addresses…</source>
        <translation>正在解析地址…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="341"/>
        <source>Select a case in the table first.</source>
        <translation>请先在表格中选择一个案件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="353"/>
        <source>Import tile pack</source>
        <translation>导入离线地图包</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="353"/>
        <source>Tile packs (*.mbtiles)</source>
        <translation>离线地图包 (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="366"/>
        <source>Tile pack refused</source>
        <translation>地图包被拒绝</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="373"/>
        <source>Offline base map: {}</source>
        <translation>离线底图：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="377"/>
        <source>No plan</source>
        <translation>没有计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="377"/>
        <source>Plan a day first, then export its map.</source>
        <translation>请先规划一天，再导出地图。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="380"/>
        <source>Export day map</source>
        <translation>导出当日地图</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="382"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="390"/>
        <source>Map written to {}</source>
        <translation>地图已保存到 {}</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="73"/>
        <source>Case</source>
        <extracomment>Popup labels (translated through Qt when a translation is installed).</extracomment>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="73"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="74"/>
        <source>Bucket</source>
        <translation>账龄段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="74"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="75"/>
        <source>Window</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="75"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="76"/>
        <source>Arrival</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="76"/>
        <source>waits</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="77"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/maps/page.py" line="77"/>
        <source>Start</source>
        <translation>出发点</translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="21"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="21"/>
        <source>Car</source>
        <translation>汽车</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="21"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="21"/>
        <source>Motorbike</source>
        <translation>摩托车</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="22"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="20"/>
        <source>Bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="22"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="20"/>
        <source>Walk</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="23"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="22"/>
        <source>Public transport</source>
        <translation>公共交通</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="62"/>
        <source>Plan day</source>
        <translation>规划当日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="64"/>
        <source>Plan the day in the background (Ctrl+P)</source>
        <translation>在后台规划当日（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="69"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="69"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="70"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="71"/>
        <source>Mode</source>
        <translation>出行方式</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="82"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="83"/>
        <source>Keep this visit at this time when re-optimising (L)</source>
        <translation>重新优化时保持此上门时间（L）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="85"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="86"/>
        <source>Take this visit out of the day (Delete)</source>
        <translation>将此上门移出当日（Delete）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="88"/>
        <source>Re-optimise</source>
        <translation>重新优化</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="89"/>
        <source>Plan again around locked visits, without removed ones</source>
        <translation>围绕已锁定的上门重新规划，不含已移除的</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="93"/>
        <source>Choose a day and a collector, then Plan day.</source>
        <translation>选择日期和催收员，然后点击“规划当日”。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="143"/>
        <source>Planning {}&apos;s day…</source>
        <translation>正在规划 {} 的一天…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="171"/>
        <source>window {start}–{end}</source>
        <translation>时段 {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="173"/>
        <source>waits {} min</source>
        <translation>等待 {} 分钟</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="175"/>
        <source>slack {} min</source>
        <translation>余量 {} 分钟</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="182"/>
        <source>Misses its window by {} min</source>
        <translation>超出时段 {} 分钟</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="187"/>
        <source>Lunch {}.</source>
        <translation>午餐 {}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="188"/>
        <source>{n} visits · {km:.1f} km · {mins} min on the road · leave {leave} · back {back}.</source>
        <translation>{n} 次上门 · {km:.1f} 公里 · 路上 {mins} 分钟 · {leave} 出发 · {back} 返回。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="193"/>
        <source>{n} cases not planned (point here to see why).</source>
        <translation>{n} 个案件未排入计划（将鼠标移到此处查看原因）。</translation>
    </message>
</context>
<context>
    <name>Prep</name>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="7"/>
        <source>back at {return_at}, after the shift ends at {shift_end}</source>
        <translation>{return_at} 返回，晚于班次结束时间 {shift_end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="8"/>
        <source>leaves at {leave_at}, before the shift starts</source>
        <translation>{leave_at} 出发，早于班次开始</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="9"/>
        <source>back at {back}, after the shift ends at {shift_end}</source>
        <translation>{back} 返回，晚于班次结束时间 {shift_end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="10"/>
        <source>{case_id}: arrives {minutes} min after the latest start ({latest})</source>
        <translation>{case_id}：比最晚开始时间（{latest}）晚到 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="11"/>
        <source>{case_id}: not a known case</source>
        <translation>{case_id}：未知案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="12"/>
        <source>{case_id}: planned twice</source>
        <translation>{case_id}：重复排入计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="13"/>
        <source>{case_id}: blocked by {flags}</source>
        <translation>{case_id}：因 {flags} 禁止上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="14"/>
        <source>{case_id}: vulnerable customer planned without approval</source>
        <translation>{case_id}：弱势客户未经批准排入计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="15"/>
        <source>{case_id}: vulnerable customer may not be visited under {rules}</source>
        <translation>{case_id}：依据 {rules} 不得上门拜访弱势客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="16"/>
        <source>{case_id}: arrives {arrival}, but the trip takes {minutes} min</source>
        <translation>{case_id}：{arrival} 到达，但路程需要 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="17"/>
        <source>{case_id}: starts before arriving</source>
        <translation>{case_id}：到达前就开始</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="18"/>
        <source>{case_id}: visit {start}–{end} is outside lawful hours in {timezone}</source>
        <translation>{case_id}：上门时间 {start}–{end} 超出 {timezone} 的合法时段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="19"/>
        <source>{case_id}: starts at {start}, outside every agreed window</source>
        <translation>{case_id}：{start} 开始，不在任何约定时段内</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="20"/>
        <source>{case_id}: leaves before the visit starts</source>
        <translation>{case_id}：上门开始前就离开</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="21"/>
        <source>{case_id}: visit {start}–{departure} falls in a time the customer said is inconvenient</source>
        <translation>{case_id}：上门时间 {start}–{departure} 是客户表示不方便的时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="22"/>
        <source>{case_id}: visited on a day other than the agreed appointment</source>
        <translation>{case_id}：上门日期不是约定的日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="23"/>
        <source>lunch starts at {lunch_at}, after {latest}</source>
        <translation>午餐 {lunch_at} 开始，晚于 {latest}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="24"/>
        <source>blocked by flag: {detail}</source>
        <translation>因标记禁止上门：{detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="25"/>
        <source>vulnerable customer: a visit needs a supervisor&apos;s approval</source>
        <translation>弱势客户：上门需经主管批准</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="26"/>
        <source>no coordinates yet: geocode the address or pin it on the map</source>
        <translation>尚无坐标：请解析地址或在地图上定位</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="27"/>
        <source>case is {detail}</source>
        <translation>案件状态为 {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="28"/>
        <source>the agreed appointment is on another day ({detail})</source>
        <translation>约定的上门在另一天（{detail}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="29"/>
        <source>every window falls outside lawful contact hours ({detail})</source>
        <translation>所有时段都在合法联系时间之外（{detail}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="30"/>
        <source>every window falls outside the collector&apos;s shift</source>
        <translation>所有时段都在催收员班次之外</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="31"/>
        <source>not available on that weekday (available: {detail})</source>
        <translation>当天不在（可上门时间：{detail}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="32"/>
        <source>visit cap reached: {detail}</source>
        <translation>已达上门次数上限：{detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="33"/>
        <source>a first visit needs notice: {detail}</source>
        <translation>首次上门需提前通知：{detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="34"/>
        <source>the window cannot be reached in time from the route</source>
        <translation>按路线无法及时赶到该时段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="35"/>
        <source>lower priority than the visits planned; no time left in the day</source>
        <translation>优先级低于已排上门；当天已无时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="36"/>
        <source>Oversight: remind, make paying easy, fix an exact date and amount today.</source>
        <translation>疏忽型：提醒还款、让还款更方便，当天约定具体日期和金额。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="37"/>
        <source>Hardship: offer a payment plan with affordable installments; discuss forbearance options.</source>
        <translation>困难型：提供可负担的分期还款计划；讨论宽限选项。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="38"/>
        <source>Find out why. If there is a genuine dispute, record it and stop collection until it is resolved; otherwise state the lawful next steps clearly and calmly.</source>
        <translation>了解原因。若确有异议，记录下来并暂停催收直至解决；否则冷静、清楚地说明合法的后续步骤。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="39"/>
        <source>Hardest case: listen, defuse any dispute, try a small plan; if nothing is possible, explain calmly that the account will follow the lender&apos;s formal process.</source>
        <translation>最难的情况：倾听、化解异议、尝试小额计划；若都不可行，冷静说明账户将进入出借方的正式流程。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="40"/>
        <source>Early stage: service tone — a reminder, helpful and brief.</source>
        <translation>早期阶段：服务语气——简短、友好的提醒。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="41"/>
        <source>Later stage: firm and factual — negotiate, and state the lawful consequences plainly.</source>
        <translation>后期阶段：坚定、就事论事——协商，并清楚说明合法后果。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="42"/>
        <source>A short payment holiday (agree the restart date)</source>
        <translation>短期暂停还款（约定恢复日期）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="43"/>
        <source>Reduced installments for a set period</source>
        <translation>在一段时间内降低每期金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="44"/>
        <source>Ask the lender to freeze interest and charges</source>
        <translation>请出借方冻结利息和费用</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="45"/>
        <source>Point to free debt advice services</source>
        <translation>推荐免费的债务咨询服务</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="46"/>
        <source>{days} days past due ({bucket})</source>
        <translation>逾期 {days} 天（{bucket}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="47"/>
        <source>No clear signal: treat as willing and make paying easy</source>
        <translation>无明确信号：按有意愿对待，让还款更方便</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="48"/>
        <source>Offer: pay in full, first payment {amount} {currency} on {date}.</source>
        <translation>方案：一次性还清，{date} 还 {amount} {currency}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="49"/>
        <source>Offer: {n} {frequency} installments, first payment {amount} {currency} on {date}.</source>
        <translation>方案：分 {n} 期（{frequency}），首期 {date} 还 {amount} {currency}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="50"/>
        <source>Introduce yourself and the lender; show your ID card.</source>
        <translation>介绍您自己和出借方；出示工作证。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="51"/>
        <source>The account is {days} days overdue with {amount} {currency} outstanding.</source>
        <translation>该账户已逾期 {days} 天，欠款 {amount} {currency}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="52"/>
        <source>Ask what has made paying difficult, and listen.</source>
        <translation>询问是什么导致还款困难，并认真倾听。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="53"/>
        <source>Agree an exact date and amount; write the promise down together before you leave.</source>
        <translation>约定具体日期和金额；离开前一起写下还款承诺。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="54"/>
        <source>Confirm you are speaking with {name} (ask for the name and date of birth) before mentioning the debt.</source>
        <translation>在提及债务前，确认您正在与 {name} 本人交谈（核对姓名和出生日期）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="55"/>
        <source>Confirm you are speaking with the borrower (ask for the name and date of birth) before mentioning the debt.</source>
        <translation>在提及债务前，确认您正在与借款人本人交谈（核对姓名和出生日期）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="56"/>
        <source>If someone else answers: give only your name and a phone number; say nothing about the debt.</source>
        <translation>如果是他人应门：只留下您的姓名和电话，不提及任何债务信息。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="57"/>
        <source>Check the address and the best phone number and times to call.</source>
        <translation>核对地址以及最合适的联系电话和时间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="58"/>
        <source>No payment on record</source>
        <translation>无还款记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="59"/>
        <source>{n} broken promise(s)</source>
        <translation>{n} 次承诺未兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="60"/>
        <source>Flagged vulnerable</source>
        <translation>已标记为弱势客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="61"/>
        <source>Notes mention hardship (“{words}”)</source>
        <translation>备注提到困难（“{words}”）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="62"/>
        <source>Stated monthly income {amount} {currency}</source>
        <translation>申报月收入 {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="63"/>
        <source>Paid {amount} {currency} within the last 90 days</source>
        <translation>最近 90 天内还款 {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="64"/>
        <source>The balance is more than a year of affordable installments</source>
        <translation>余额超过一年可负担的分期总额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="65"/>
        <source>Nothing on record about income or hardship: ask at the door</source>
        <translation>没有收入或困难方面的记录：上门时询问</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="66"/>
        <source>{n} promise(s) kept</source>
        <translation>{n} 次承诺已兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="67"/>
        <source>{n} promise(s) broken</source>
        <translation>{n} 次承诺未兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="68"/>
        <source>{n} refusal(s) on record</source>
        <translation>{n} 次拒绝记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="69"/>
        <source>Paid something in the last 60 days</source>
        <translation>最近 60 天内有还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="70"/>
        <source>More than 90 days past due and no payment in the last 90 days</source>
        <translation>逾期超过 90 天且最近 90 天无还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="71"/>
        <source>Do not press for payment while the dispute is open.</source>
        <translation>异议未解决前不要催促还款。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="72"/>
        <source>Workplace contact is not allowed for this borrower.</source>
        <translation>不得到此借款人的单位联系。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="73"/>
        <source>The borrower disputes the debt: resolve the dispute before collecting.</source>
        <translation>借款人对债务有异议：先解决异议再催收。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="74"/>
        <source>Last payment {date} ({days} days ago), {amount} {currency}</source>
        <translation>上次还款 {date}（{days} 天前），{amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="75"/>
        <source>Last payment {date} ({days} days ago)</source>
        <translation>上次还款 {date}（{days} 天前）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="76"/>
        <source>No business day in the next three days: first payment on {date}, agree it explicitly.</source>
        <translation>未来三天没有工作日：首期在 {date}，请明确约定。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="77"/>
        <source>{date} is a Sunday or holiday: moved to {moved}.</source>
        <translation>{date} 是周日或节假日：改到 {moved}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="78"/>
        <source>Even {n} installments exceed {share} of the stated income: consider forbearance.</source>
        <translation>即使分 {n} 期也超过申报收入的 {share}：考虑宽限措施。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="79"/>
        <source>Installments kept within {share} of the stated monthly income ({amount} {currency} per {period}).</source>
        <translation>每期金额控制在申报月收入的 {share} 以内（每{period} {amount} {currency}）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="80"/>
        <source>The {what} amount must be more than zero.</source>
        <translation>{what}金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="81"/>
        <source>The {what} amount {amount} has more than two decimals.</source>
        <translation>{what}金额 {amount} 超过两位小数。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="82"/>
        <source>The agreed plan has no installments.</source>
        <translation>约定计划没有任何分期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="83"/>
        <source>The visit ends (left_at) before it starts (arrived_at).</source>
        <translation>上门的离开时间早于到达时间：请检查到达和离开时间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="84"/>
        <source>The visit lasts more than 12 hours; check arrived_at and left_at.</source>
        <translation>上门时长超过 12 小时；请检查到达和离开时间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="85"/>
        <source>The outcome {outcome} needs the debtor in person (person_met: debtor).</source>
        <translation>结果“{outcome}”要求见到借款人本人。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="86"/>
        <source>The outcome third_party needs person_met: third_party.</source>
        <translation>结果“与他人交谈”要求接触对象为其他人。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="87"/>
        <source>A promise_to_pay visit needs the promise: amount, currency and an exact date.</source>
        <translation>承诺还款需要金额、币种和具体日期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="88"/>
        <source>The outcome {outcome} needs the payment received.</source>
        <translation>结果“{outcome}”需要填写已收款项。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="89"/>
        <source>Promises and payments are recorded only with the debtor in person.</source>
        <translation>只有见到借款人本人时才能登记承诺和收款。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="90"/>
        <source>Installment {n} of the agreed plan must have a date and an amount.</source>
        <translation>约定计划的第 {n} 期必须有日期和金额。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="91"/>
        <source>Installment {n} of the agreed plan is dated before the visit.</source>
        <translation>约定计划的第 {n} 期日期早于上门日期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="92"/>
        <source>Installment {n} of the agreed plan is not after the one before it.</source>
        <translation>约定计划的第 {n} 期不晚于上一期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="93"/>
        <source>The promised date is before the visit.</source>
        <translation>承诺日期早于上门日期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="94"/>
        <source>A cash payment needs its receipt number.</source>
        <translation>现金收款需要填写收据号。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="95"/>
        <source>Installment {n} of the agreed plan has no valid date (YYYY-MM-DD).</source>
        <translation>约定计划的第 {n} 期日期无效（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="96"/>
        <source>The promise needs an exact date (YYYY-MM-DD).</source>
        <translation>承诺需要具体日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="97"/>
        <source>An override needs the supervisor&apos;s name (--by).</source>
        <translation>例外批准需要主管姓名（--by）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="98"/>
        <source>An override needs a real reason (--reason, at least a short sentence).</source>
        <translation>例外批准需要真实理由（--reason，至少一句话）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="99"/>
        <source>An override is a supervisor&apos;s decision: ask your office; it reaches this laptop with the next assignment pack.</source>
        <translation>例外批准由主管决定：请联系办公室；批准会随下一个任务包到达这台电脑。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="100"/>
        <source>No case with id {case_id}.</source>
        <translation>没有案件 {case_id}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="101"/>
        <source>The collector name is empty; give --collector NAME.</source>
        <translation>催收员姓名为空；请提供 --collector 姓名。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="102"/>
        <source>{lat}, {lon} is not a position on Earth.</source>
        <translation>{lat}, {lon} 不是地球上的位置。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="103"/>
        <source>No case with id {shown}; nothing was assigned. Check the ids with &apos;fieldvisit cases list&apos;.</source>
        <translation>没有案件 {shown}；未做任何分配。请用 &apos;fieldvisit cases list&apos; 核对案件号。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="104"/>
        <source>{text} is not a position; write it as LAT,LON, e.g. 40.4168,-3.7038.</source>
        <translation>{text} 不是坐标；请写成 纬度,经度，例如 40.4168,-3.7038。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="105"/>
        <source>The {what} {text} ends before it starts.</source>
        <translation>{what} {text} 的结束早于开始。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="106"/>
        <source>No collector named {collector}; see &apos;fieldvisit cases list&apos; or assign cases first.</source>
        <translation>没有名为 {collector} 的催收员；请查看 &apos;fieldvisit cases list&apos; 或先分配案件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="107"/>
        <source>Cannot lock {join}: not an open case of {collector}.</source>
        <translation>无法锁定 {join}：不是 {collector} 的未结案件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="108"/>
        <source>{text} is not a {what}; write it as HH:MM-HH:MM, e.g. 09:00-18:00.</source>
        <translation>{text} 不是有效的{what}；请写成 HH:MM-HH:MM，例如 09:00-18:00。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="109"/>
        <source>{name} is not an IANA time zone such as Europe/Madrid.</source>
        <translation>{name} 不是 IANA 时区（例如 Europe/Madrid）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="110"/>
        <source>{collector} has no start point; give --start LAT,LON.</source>
        <translation>{collector} 没有出发点；请提供 --start 纬度,经度。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="111"/>
        <source>{item} is not CASE@HH:MM; write e.g. C-1001@14:30.</source>
        <translation>{item} 不是 案件@HH:MM 格式；例如 C-1001@14:30。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="112"/>
        <source>The role must be collector or supervisor.</source>
        <translation>角色必须是催收员（collector）或主管（supervisor）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="113"/>
        <source>Give this workspace a name (--name), e.g. the collector&apos;s full name or the office.</source>
        <translation>请为此工作区命名（--name），例如催收员全名或办公室名称。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="114"/>
        <source>This workspace has no identity yet; run &apos;fieldvisit keys init --role ROLE --name NAME&apos;.</source>
        <translation>此工作区尚无身份；请运行 &apos;fieldvisit keys init --role 角色 --name 名称&apos;。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="115"/>
        <source>This workspace already has an identity ({name}, {role}, {fingerprint}); keys are never replaced silently.</source>
        <translation>此工作区已有身份（{name}，{role}，{fingerprint}）；密钥不会被悄悄替换。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="116"/>
        <source>This identity file cannot be trusted: {exc}.</source>
        <translation>无法信任此身份文件：{exc}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="117"/>
        <source>Create this workspace&apos;s identity first (&apos;fieldvisit keys init&apos;).</source>
        <translation>请先创建此工作区的身份（&apos;fieldvisit keys init&apos;）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="118"/>
        <source>That is this workspace&apos;s own identity; exchange files with the other side.</source>
        <translation>这是本工作区自己的身份；请与对方交换文件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="119"/>
        <source>A {role} trusts {wanted}s, and {name} is a {role2}.</source>
        <translation>{role} 只信任 {wanted}，而 {name} 是 {role2}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="120"/>
        <source>No trusted peer has the fingerprint {fingerprint}; see &apos;fieldvisit keys list&apos;.</source>
        <translation>没有受信任的对方拥有指纹 {fingerprint}；请查看 &apos;fieldvisit keys list&apos;。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="121"/>
        <source>{file_name} has no case_id column (headers found: {found}); add one or name it with --mapping.</source>
        <translation>{file_name} 没有案件号列（找到的表头：{found}）；请添加一列或用 --mapping 指定。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="122"/>
        <source>The mapping is wrong: {exc}.</source>
        <translation>列映射有误：{exc}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="123"/>
        <source>No plan{who} on {isoformat}; run &apos;fieldvisit plan --date {isoformat}&apos; first.</source>
        <translation>{isoformat} 没有{who}计划；请先运行 &apos;fieldvisit plan --date {isoformat}&apos;。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="124"/>
        <source>Several collectors have plans on {isoformat} ({names}); choose one with --collector.</source>
        <translation>{isoformat} 有多位催收员的计划（{names}）；请用 --collector 选择一位。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="125"/>
        <source>No case with id {case_id}; check it with &apos;fieldvisit cases list&apos;.</source>
        <translation>没有案件 {case_id}；请用 &apos;fieldvisit cases list&apos; 核对。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="126"/>
        <source>Case {case_id} has nothing outstanding; no preparation sheet is needed.</source>
        <translation>案件 {case_id} 没有欠款；无需准备单。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="127"/>
        <source>No plan on {isoformat}; run &apos;fieldvisit plan --date {isoformat}&apos; first.</source>
        <translation>{isoformat} 没有计划；请先运行 &apos;fieldvisit plan --date {isoformat}&apos;。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="128"/>
        <source>Several collectors have plans that day; choose one with --collector.</source>
        <translation>当天有多位催收员的计划；请用 --collector 选择一位。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="129"/>
        <source>The holidays setting has {strip}, which is not a YYYY-MM-DD date.</source>
        <translation>节假日设置中的 {strip} 不是 YYYY-MM-DD 日期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="130"/>
        <source>The period ends ({end}) before it starts ({start}); swap --from and --to.</source>
        <translation>时间段的结束（{end}）早于开始（{start}）；请交换 --from 和 --to。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="131"/>
        <source>No visit {visit_id} in this workspace.</source>
        <translation>此工作区中没有上门记录 {visit_id}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="132"/>
        <source>The travel mode must be one of {join}.</source>
        <translation>出行方式必须是以下之一：{join}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="133"/>
        <source>The time per visit must be between 1 and 240 minutes.</source>
        <translation>每次上门时长必须在 1 到 240 分钟之间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="134"/>
        <source>The shift {shift} must look like 09:00-18:00 and end after it starts.</source>
        <translation>班次 {shift} 必须形如 09:00-18:00，且结束晚于开始。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="135"/>
        <source>The country must be a two-letter code such as ES, CN or MX.</source>
        <translation>国家必须是两个字母的代码，例如 ES、CN 或 MX。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="136"/>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>币种必须是三个字母的代码，例如 EUR。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="137"/>
        <source>The language must be English (en), Spanish (es) or Simplified Chinese (zh_CN).</source>
        <translation>语言必须是英语（en）、西班牙语（es）或简体中文（zh_CN）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="138"/>
        <source>That file is not a FieldVisit settings file.</source>
        <translation>该文件不是 FieldVisit 设置文件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="139"/>
        <source>There is no travel mode {mode}; use one of {join}.</source>
        <translation>没有出行方式 {mode}；请使用以下之一：{join}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="140"/>
        <source>The speed for {mode} ({kmh} km/h) must be between 1 and 150 km/h.</source>
        <translation>{mode} 的速度（{kmh} 公里/小时）必须在 1 到 150 公里/小时之间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="141"/>
        <source>The time per visit must be a whole number of minutes.</source>
        <translation>每次上门时长必须是整数分钟。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="142"/>
        <source>The speed for {mode} must be a number of km/h.</source>
        <translation>{mode} 的速度必须是公里/小时数值。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="143"/>
        <source>{timezone} is not a time zone name such as Europe/Madrid.</source>
        <translation>{timezone} 不是时区名称（例如 Europe/Madrid）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="144"/>
        <source>{name} cannot be imported: {exc}. Nothing was imported.{hint}</source>
        <translation>无法导入 {name}：{exc}。未导入任何内容。{hint}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="145"/>
        <source>Only a {role} workspace can do this; this one belongs to {name}, a {role2}.</source>
        <translation>只有{role}工作区才能执行此操作；此工作区属于 {name}（{role2}）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="146"/>
        <source>The review status must be one of {join}.</source>
        <translation>审核状态必须是以下之一：{join}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="147"/>
        <source>Say what is wrong in a comment; the collector reads it in the next pack.</source>
        <translation>请在意见中说明问题；催收员会在下一个任务包中看到。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="148"/>
        <source>No enrolled collector named {collector}; enroll their identity file with &apos;fieldvisit keys trust FILE&apos; (the name must match the collector&apos;s).</source>
        <translation>没有已登记的催收员 {collector}；请用 &apos;fieldvisit keys trust 文件&apos; 登记其身份文件（名称须与催收员一致）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="149"/>
        <source>{name} (pack {seq} of {created}) is older than a pack already imported; nothing was imported. Import the newest pack instead.</source>
        <translation>{name}（{created} 的第 {seq} 号任务包）比已导入的任务包旧；未导入任何内容。请导入最新的任务包。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="150"/>
        <source>No supervisor is trusted yet; import your office&apos;s identity file with &apos;fieldvisit keys trust FILE&apos; first.</source>
        <translation>尚未信任任何主管；请先用 &apos;fieldvisit keys trust 文件&apos; 导入办公室的身份文件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="151"/>
        <source>{name} cannot be imported: {exc}. Nothing was imported.</source>
        <translation>无法导入 {name}：{exc}。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="152"/>
        <source>{name} could not be imported: other imports kept writing the same visits; try again.</source>
        <translation>无法导入 {name}：其他导入正在写入相同的上门记录；请重试。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="153"/>
        <source>The sync folder {root} cannot be reached now; nothing was exchanged. Your work stays on this computer; try again when the share is connected.</source>
        <translation>当前无法访问同步文件夹 {root}；未交换任何文件。您的数据仍保存在本机；连接共享后请重试。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="154"/>
        <source>The folder {folder} does not exist (or is not reachable now); create it or mount the share first.</source>
        <translation>文件夹 {folder} 不存在（或当前无法访问）；请先创建或挂载共享。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="155"/>
        <source>This workspace has no identity yet; run &apos;fieldvisit keys init&apos; first.</source>
        <translation>此工作区尚无身份；请先运行 &apos;fieldvisit keys init&apos;。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="156"/>
        <source>Visit {n}: {problem}</source>
        <translation>第 {n} 条上门记录：{problem}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="157"/>
        <source>the case was blocked from visits ({flags})</source>
        <translation>该案件禁止上门（{flags}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="158"/>
        <source>vulnerable customer: visits are not allowed under {rules}</source>
        <translation>弱势客户：依据 {rules} 不允许上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="159"/>
        <source>no reason given for the exception</source>
        <translation>未说明例外原因</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="160"/>
        <source>No visit {visit_id}.</source>
        <translation>没有上门记录 {visit_id}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="161"/>
        <source>Visit {visit_id} was already corrected by {newer}; correct the newest version.</source>
        <translation>上门记录 {visit_id} 已被 {newer} 更正；请更正最新版本。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="162"/>
        <source>outside lawful contact hours ({start}–{end} {zone} under {rules}): {arrived}–{left}</source>
        <translation>超出合法联系时间（{start}–{end} {zone}，依据 {rules}）：{arrived}–{left}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="163"/>
        <source>outside lawful contact hours ({start}–{end} {zone}): {arrived}–{left}</source>
        <translation>超出合法联系时间（{start}–{end} {zone}）：{arrived}–{left}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="164"/>
        <source>beyond the visit cap ({n} per {days} days)</source>
        <translation>超过上门次数上限（每 {days} 天 {n} 次）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="165"/>
        <source>third-party contact number {n} (at most {most} under {rules})</source>
        <translation>第 {n} 次接触第三方（依据 {rules} 最多 {most} 次）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="166"/>
        <source>No case with id {get}.</source>
        <translation>没有案件 {get}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="167"/>
        <source>No case with id {case_id}; nothing was recorded.</source>
        <translation>没有案件 {case_id}；未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="168"/>
        <source>visit {visit_id} appears twice in the file; nothing was recorded.</source>
        <translation>上门记录 {visit_id} 在文件中出现两次；未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="169"/>
        <source>visit {visit_id} was already recorded with different content; a correction is a new visit that names it in &apos;replaces&apos;. Nothing was recorded.</source>
        <translation>上门记录 {visit_id} 已以不同内容登记；更正应是一条在 &apos;replaces&apos; 中引用它的新记录。未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="170"/>
        <source>{exc} Nothing was recorded.</source>
        <translation>{exc} 未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="171"/>
        <source>the visit it replaces ({replaces}) is not recorded; nothing was recorded.</source>
        <translation>被替换的上门记录（{replaces}）不存在；未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="172"/>
        <source>a correction must stay on case {case_id}; nothing was recorded.</source>
        <translation>更正必须针对案件 {case_id}；未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="173"/>
        <source>visit {replaces} was already corrected by {newer}; correct the newest version. Nothing was recorded.</source>
        <translation>上门记录 {replaces} 已被 {newer} 更正；请更正最新版本。未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="174"/>
        <source>dispute</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="175"/>
        <source>possibly_intentional</source>
        <translation>可能故意</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="176"/>
        <source>oversight</source>
        <translation>疏忽</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="177"/>
        <source>unclear</source>
        <translation>不明确</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="178"/>
        <source>able</source>
        <translation>有能力</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="179"/>
        <source>unable</source>
        <translation>无能力</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="180"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="181"/>
        <source>willing</source>
        <translation>有意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="182"/>
        <source>unwilling</source>
        <translation>无意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="183"/>
        <source>able_willing</source>
        <translation>有能力_有意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="184"/>
        <source>able_unwilling</source>
        <translation>有能力_无意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="185"/>
        <source>unable_willing</source>
        <translation>无能力_有意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="186"/>
        <source>unable_unwilling</source>
        <translation>无能力_无意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="187"/>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="188"/>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="189"/>
        <source>fortnightly</source>
        <translation>每两周</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="190"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="191"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="192"/>
        <source>fortnight</source>
        <translation>两周</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="193"/>
        <source>promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="194"/>
        <source>payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="195"/>
        <source>promise_to_pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="196"/>
        <source>paid_in_full</source>
        <translation>已全额还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="197"/>
        <source>partial_payment</source>
        <translation>部分还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="198"/>
        <source>settled</source>
        <translation>已和解</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="199"/>
        <source>refused</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="200"/>
        <source>hardship</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="201"/>
        <source>rpc</source>
        <translation>见到本人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/operation.py" line="25"/>
        <source>Cancelled; nothing was changed.</source>
        <extracomment>What a cancelled or crashed operation says (translated through ``localize``).</extracomment>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/operation.py" line="26"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/operation.py" line="27"/>
        <source>Unexpected error: {kind}: {error}</source>
        <translation>意外错误：{kind}：{error}</translation>
    </message>
</context>
<context>
    <name>PrepDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="19"/>
        <source>Preparation — {}</source>
        <translation>准备单 — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="24"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="25"/>
        <source>Record visit with this proposal</source>
        <translation>按此方案登记上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="38"/>
        <source>Save preparation sheet</source>
        <translation>保存准备单</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="39"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrepSheet</name>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="49"/>
        <source>Case {case}</source>
        <translation>案件 {case}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="50"/>
        <source>{n} days past due</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="55"/>
        <source>Visit at {time}</source>
        <translation>{time} 上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="57"/>
        <source>window {start}–{end}</source>
        <translation>时段 {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="60"/>
        <source>Confirm at the door</source>
        <translation>上门时确认</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="62"/>
        <source>Intent</source>
        <translation>还款意图</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="62"/>
        <source>Ability</source>
        <translation>还款能力</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="63"/>
        <source>Willingness</source>
        <translation>还款意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="66"/>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="71"/>
        <source>Pay in full</source>
        <translation>一次性还清</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="72"/>
        <source>{n} instalments ({frequency})</source>
        <translation>分 {n} 期（{frequency}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="73"/>
        <source>Repayment proposal</source>
        <translation>还款方案</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="73"/>
        <source>total {amount}</source>
        <translation>合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="74"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="74"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="79"/>
        <source>Forbearance options:</source>
        <translation>宽限选项：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="81"/>
        <source>Talking points</source>
        <translation>沟通要点</translation>
    </message>
</context>
<context>
    <name>ProgressWidget</name>
    <message>
        <location filename="../../fieldvisit/ui/progress.py" line="14"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="14"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="14"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="14"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="14"/>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="14"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="15"/>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="15"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="15"/>
        <source>Met</source>
        <translation>接触对象</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="15"/>
        <source>Promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="16"/>
        <source>Promised for</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="16"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="16"/>
        <source>Collected</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="17"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="17"/>
        <source>Compliance exceptions</source>
        <translation>合规例外</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="17"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Visits</source>
        <translation>上门次数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Contacts</source>
        <translation>接触次数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Promises</source>
        <translation>承诺次数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Amount promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Amount collected</source>
        <translation>收款金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Has issues</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="44"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="58"/>
        <source>Average speed door to door</source>
        <translation>门到门平均速度</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="60"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="72"/>
        <source>e.g. ES, CN, MX</source>
        <translation>例如 ES、CN、MX</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="73"/>
        <source>e.g. EUR</source>
        <translation>例如 EUR</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="74"/>
        <source>system time zone</source>
        <translation>系统时区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="75"/>
        <source>the rule sets shipped with FieldVisit</source>
        <translation>FieldVisit 自带的规则集</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="76"/>
        <source>none: plain background offline</source>
        <translation>无：离线时显示纯背景</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="77"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="79"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="84"/>
        <source>Travel mode</source>
        <translation>出行方式</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="85"/>
        <source>Time per visit</source>
        <translation>每次上门时长</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="86"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="87"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="88"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="89"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="90"/>
        <source>Rule sets file</source>
        <translation>规则集文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="91"/>
        <source>Rule sets (*.json)</source>
        <translation>规则集 (*.json)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="92"/>
        <source>Tile pack</source>
        <translation>离线地图包</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="93"/>
        <source>Tile packs (*.mbtiles)</source>
        <translation>离线地图包 (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="94"/>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="95"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="100"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="101"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="102"/>
        <source>Write these settings to a file for your collectors (without this computer&apos;s paths)</source>
        <translation>将这些设置写入文件供催收员使用（不含本机路径）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="150"/>
        <source>The sync folder does not exist (or is not reachable now).</source>
        <translation>同步文件夹不存在（或当前无法访问）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="160"/>
        <source>The rule sets file cannot be used: {}</source>
        <translation>规则集文件无法使用：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="173"/>
        <source>Export settings</source>
        <translation>导出设置</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="174"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="182"/>
        <source>Settings (*.json)</source>
        <translation>设置 (*.json)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="182"/>
        <source>Import settings</source>
        <translation>导入设置</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="189"/>
        <source>That file cannot be read: {}</source>
        <translation>无法读取该文件：{}</translation>
    </message>
</context>
<context>
    <name>SettingsHelpActions</name>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="18"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="20"/>
        <source>Travel, visit time, shift, rules, time zone, tile pack, sync folder, language</source>
        <translation>出行、上门时长、班次、规则、时区、地图包、同步文件夹、语言</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="25"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="26"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="29"/>
        <source>&amp;About FieldVisit</source>
        <translation>关于 FieldVisit(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="48"/>
        <source>Tile pack refused</source>
        <translation>地图包被拒绝</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="50"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="52"/>
        <source>The new language applies when FieldVisit starts again.</source>
        <translation>新语言将在重新启动 FieldVisit 后生效。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="64"/>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="64"/>
        <source>Preparation sheet (table) / record the visit (timeline)</source>
        <translation>准备单（表格）/ 登记上门（时间线）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="65"/>
        <source>Lock the selected stop at its time</source>
        <translation>将所选站点锁定在当前时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="65"/>
        <source>Take the stop out of the day</source>
        <translation>将该站点移出当日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="66"/>
        <source>Drag</source>
        <translation>拖动</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="66"/>
        <source>Reorder the timeline; move a marker on the map to the door</source>
        <translation>调整时间线顺序；把地图标记拖到门口</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="67"/>
        <source>Approve the visit (supervisor desk) / finalize the visit form</source>
        <translation>通过上门记录（主管工作台）/ 完成上门表单</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="80"/>
        <source>About FieldVisit</source>
        <translation>关于 FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="81"/>
        <source>FieldVisit {version}: offline day plans, preparation sheets and visit records for visiting collectors.
Workspace: {url}</source>
        <translation>FieldVisit {version}：为上门催收员提供离线日程规划、准备单和上门记录。
工作区：{url}</translation>
    </message>
</context>
<context>
    <name>SupervisorDesk</name>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="43"/>
        <source>Supervisor desk</source>
        <translation>主管工作台</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="45"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="45"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="46"/>
        <source>Has issues</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="46"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="53"/>
        <source>Only not reviewed</source>
        <translation>仅未审核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="54"/>
        <source>Import visit reports…</source>
        <translation>导入上门报告…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="57"/>
        <source>Team report…</source>
        <translation>团队报表…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="60"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="60"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="61"/>
        <location filename="../../fieldvisit/ui/desk.py" line="71"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="71"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="71"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="72"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="72"/>
        <location filename="../../fieldvisit/ui/desk.py" line="211"/>
        <source>Promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="72"/>
        <location filename="../../fieldvisit/ui/desk.py" line="212"/>
        <source>Collected</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="73"/>
        <source>Exceptions</source>
        <translation>例外</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="73"/>
        <location filename="../../fieldvisit/ui/desk.py" line="127"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="82"/>
        <source>&amp;Approve</source>
        <translation>通过(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="84"/>
        <source>Approve (Ctrl+Enter)</source>
        <translation>通过（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="85"/>
        <source>Has &amp;issues…</source>
        <translation>有问题(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="86"/>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="128"/>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="153"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="186"/>
        <source>{visits} visits · {contacts} contacts · {promises} promises ({kept} kept, {broken} broken) · {promised} promised · {collected} collected · {exceptions} compliance exceptions · {unreviewed} not reviewed</source>
        <translation>{visits} 次上门 · {contacts} 次接触 · {promises} 个承诺（兑现 {kept}，未兑现 {broken}）· 承诺 {promised} · 收款 {collected} · 合规例外 {exceptions} · 未审核 {unreviewed}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="210"/>
        <source>Promised and collected per collector</source>
        <translation>各催收员承诺与收款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="214"/>
        <source>Review status per collector</source>
        <translation>各催收员审核状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="218"/>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="291"/>
        <source>Compliance exceptions</source>
        <translation>合规例外</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="297"/>
        <source>Pay in full</source>
        <translation>一次性还清</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="297"/>
        <source>Instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="299"/>
        <source>, {n} instalments ({f})</source>
        <translation>，分 {n} 期（{f}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="318"/>
        <source>What should the collector fix or know? They read this with their next pack.</source>
        <translation>催收员需要更正或了解什么？他们会在下一个任务包中看到。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="338"/>
        <source>Import visit reports</source>
        <translation>导入上门报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="339"/>
        <source>Visit-report bundles (*.fvbundle);;All files (*)</source>
        <translation>上门报告包 (*.fvbundle);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="352"/>
        <source>{imported} visits imported · {duplicates} already here · {conflicts} conflicts · {rejected} rejected</source>
        <translation>导入 {imported} 次上门 · 已存在 {duplicates} · 冲突 {conflicts} · 拒绝 {rejected}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="357"/>
        <source>Bundles missing from {who}: {seqs}</source>
        <translation>{who} 缺失的报告包：{seqs}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="359"/>
        <source>Visit reports imported</source>
        <translation>上门报告已导入</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="369"/>
        <source>Stopped. Bundles imported before you cancelled stay imported; import the rest again later (nothing is imported twice).</source>
        <translation>已停止。取消前已导入的报告包会保留；稍后再导入其余部分（不会重复导入）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="371"/>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="374"/>
        <source>Importing visit reports…</source>
        <translation>正在导入上门报告…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="379"/>
        <source>Team report</source>
        <translation>团队报表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="380"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="391"/>
        <source>FieldVisit team report</source>
        <translation>FieldVisit 团队报表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="395"/>
        <source>Report not written</source>
        <translation>报表未能保存</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="30"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="42"/>
        <source>No identity yet: run &apos;fieldvisit keys init&apos;</source>
        <translation>尚无身份：请运行 &apos;fieldvisit keys init&apos;</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="46"/>
        <source>&amp;Import assignment pack…</source>
        <translation>导入任务包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="47"/>
        <source>Cases, recalls, payments and review comments from the office</source>
        <translation>来自办公室的案件、收回、还款和审核意见</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="48"/>
        <source>&amp;Export visit reports…</source>
        <translation>导出上门报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="49"/>
        <source>Every finalized visit the office has not acknowledged yet (drafts stay here)</source>
        <translation>办公室尚未确认的所有已完成上门（草稿不会发送）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="50"/>
        <source>Office &amp;reviews…</source>
        <translation>办公室审核意见(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="51"/>
        <source>Comments of your supervisor on your visits</source>
        <translation>主管对您上门记录的意见</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="53"/>
        <source>Supervisor &amp;desk…</source>
        <translation>主管工作台(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="54"/>
        <source>Import, review and dashboard of the team&apos;s visits</source>
        <translation>导入、审核团队的上门记录并查看看板</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="55"/>
        <source>&amp;Import visit reports…</source>
        <translation>导入上门报告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="56"/>
        <source>&amp;Export assignment pack…</source>
        <translation>导出任务包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="57"/>
        <source>A collector&apos;s cases, recalls and your review comments, for their laptop</source>
        <translation>催收员的案件、收回和您的审核意见，供其笔记本使用</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="59"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="59"/>
        <source>Exchange files through the sync folder</source>
        <translation>通过同步文件夹交换文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="60"/>
        <source>Set sync &amp;folder…</source>
        <translation>设置同步文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="68"/>
        <source>Import assignment pack</source>
        <translation>导入任务包</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="69"/>
        <source>Assignment packs (*.fvpack);;All files (*)</source>
        <translation>任务包 (*.fvpack);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="78"/>
        <source>Pack refused</source>
        <translation>任务包被拒绝</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="82"/>
        <source>This pack was already imported.</source>
        <translation>此任务包已导入过。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="83"/>
        <source>Pack {seq}: {cases} cases, {recalled} recalled, {reviews} review comments, {acknowledged} visits acknowledged.</source>
        <translation>任务包 {seq}：{cases} 个案件，收回 {recalled} 个，审核意见 {reviews} 条，已确认上门 {acknowledged} 次。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="91"/>
        <source>Export visit reports</source>
        <translation>导出上门报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="92"/>
        <source>Visit-report bundles (*.fvbundle)</source>
        <translation>上门报告包 (*.fvbundle)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="103"/>
        <source>Visit reports not exported</source>
        <translation>上门报告未导出</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="105"/>
        <source>{n} visits written to {path}; they are sent again until the office acknowledges them.</source>
        <translation>{n} 次上门已写入 {path}；在办公室确认前会继续随报告发送。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="117"/>
        <source>Office reviews</source>
        <translation>办公室审核意见</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="120"/>
        <source>Has issues</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="120"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="125"/>
        <source>Double-click: correct this visit (a new version is sent to the office)</source>
        <translation>双击：更正此上门记录（新版本将发送给办公室）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="128"/>
        <source>No open comments from the office.</source>
        <translation>办公室没有待处理的意见。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="167"/>
        <source>No collector enrolled</source>
        <translation>尚未登记催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="168"/>
        <source>Enroll a collector first: &apos;fieldvisit keys trust THEIR-IDENTITY.json&apos;.</source>
        <translation>请先登记催收员：&apos;fieldvisit keys trust 对方身份.json&apos;。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="171"/>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="176"/>
        <source>Export assignment pack</source>
        <translation>导出任务包</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="171"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="177"/>
        <source>Assignment packs (*.fvpack)</source>
        <translation>任务包 (*.fvpack)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="188"/>
        <source>Pack not exported</source>
        <translation>任务包未导出</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="190"/>
        <source>Pack {seq} for {who}: {cases} cases, {recalled} recalled → {path}</source>
        <translation>给 {who} 的任务包 {seq}：{cases} 个案件，收回 {recalled} 个 → {path}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="199"/>
        <source>Sync folder (a shared or synced folder)</source>
        <translation>同步文件夹（共享或同步的文件夹）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="205"/>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="233"/>
        <source>Some files were not imported</source>
        <translation>部分文件未导入</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="238"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="30"/>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="57"/>
        <source>Select a case first (table, timeline or map).</source>
        <translation>请先选择一个案件（表格、时间线或地图）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="43"/>
        <source>No visit recorded for {} yet.</source>
        <translation>{} 尚无上门记录。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="48"/>
        <source>Cannot correct</source>
        <translation>无法更正</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="62"/>
        <source>No preparation sheet</source>
        <translation>没有准备单</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="70"/>
        <source>Visit recorded.</source>
        <translation>上门已登记。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="84"/>
        <source>Unfinished visits</source>
        <translation>未完成的上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="85"/>
        <source>{n} visit draft(s) were saved but not finalized. Open them now?</source>
        <translation>有 {n} 份上门草稿已保存但未完成。现在打开吗？</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="28"/>
        <source>Met the borrower (RPC)</source>
        <translation>见到借款人本人（RPC）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="28"/>
        <source>Spoke to someone else</source>
        <translation>与他人交谈</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="28"/>
        <source>Not home / door locked</source>
        <translation>不在家 / 门锁着</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="29"/>
        <source>Address not found</source>
        <translation>地址未找到</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="29"/>
        <source>Moved (needs tracing)</source>
        <translation>已搬走（需查找）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="29"/>
        <location filename="../../fieldvisit/ui/visit_form.py" line="73"/>
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="30"/>
        <source>Paid in full</source>
        <translation>已全额还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="30"/>
        <source>Partial payment</source>
        <translation>部分还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="30"/>
        <source>Settled</source>
        <translation>已和解</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="31"/>
        <source>Refused to pay</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="31"/>
        <source>Dispute raised</source>
        <translation>提出异议</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="31"/>
        <source>Hardship / vulnerable</source>
        <translation>困难 / 弱势</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="32"/>
        <source>Revisit requested</source>
        <translation>要求再次上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="32"/>
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="32"/>
        <source>Bankrupt</source>
        <translation>已破产</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="32"/>
        <source>Has a lawyer</source>
        <translation>已委托律师</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="33"/>
        <source>Asked us to stop contact</source>
        <translation>要求停止联系</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="35"/>
        <source>Revisit</source>
        <translation>再次上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="35"/>
        <source>Call</source>
        <translation>致电</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="36"/>
        <source>Wait for the payment</source>
        <translation>等待还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="37"/>
        <source>Set up a payment plan</source>
        <translation>制定还款计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="38"/>
        <source>Supervisor review</source>
        <translation>主管复核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="39"/>
        <source>Trace a new address</source>
        <translation>查找新地址</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="39"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="40"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="40"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="41"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="41"/>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="42"/>
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="42"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="56"/>
        <source>Correct visit</source>
        <translation>更正上门记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="56"/>
        <source>Record visit</source>
        <translation>登记上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="67"/>
        <source>The borrower</source>
        <translation>借款人本人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="67"/>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="68"/>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="79"/>
        <location filename="../../fieldvisit/ui/visit_form.py" line="88"/>
        <source>Amount ({})</source>
        <translation>金额（{}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="80"/>
        <source>Exact date</source>
        <translation>具体日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="81"/>
        <source>Payment received</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="86"/>
        <source>receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="89"/>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="90"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="94"/>
        <source>Agreed repayment plan</source>
        <translation>约定的还款计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="98"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="98"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="102"/>
        <source>Add installment</source>
        <translation>添加一期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="104"/>
        <source>Remove installment</source>
        <translation>删除一期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="114"/>
        <source>What was said, what was agreed (no debt details for anyone but the borrower)</source>
        <translation>沟通内容与约定（债务细节只可告知借款人本人）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="118"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="122"/>
        <source>Why, if this visit is outside the rules</source>
        <translation>若此次上门不符合规则，请说明原因</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="130"/>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="131"/>
        <source>Left</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="132"/>
        <source>Person met</source>
        <translation>接触对象</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="133"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="137"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="138"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="140"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="142"/>
        <source>Finalize</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="143"/>
        <source>Record the visit (Ctrl+Return); it cannot be edited afterwards</source>
        <translation>登记此次上门（Ctrl+Enter）；之后不可编辑</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="144"/>
        <source>Save draft and close</source>
        <translation>保存草稿并关闭</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="145"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="274"/>
        <source>Draft saved {}</source>
        <translation>草稿已保存 {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="288"/>
        <source>This visit is outside the conduct rules ({}); write the reason before finalizing.</source>
        <translation>此次上门不符合行为规范（{}）；请在完成前填写原因。</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="37"/>
        <source>Move {}</source>
        <translation>移动 {}</translation>
    </message>
</context>
</TS>

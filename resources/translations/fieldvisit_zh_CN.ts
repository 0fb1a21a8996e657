<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="49"/>
        <source>({time} {zone} time)</source>
        <translation>（{zone} 时间 {time}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="54"/>
        <source>window {start}–{end}</source>
        <translation>时段 {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="57"/>
        <source>waits {} min</source>
        <translation>等待 {} 分钟</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="59"/>
        <source>slack {} min</source>
        <translation>余量 {} 分钟</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="61"/>
        <source>done: {}</source>
        <translation>已完成：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="63"/>
        <source>not home: try again later</source>
        <translation>不在家：稍后再试</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="65"/>
        <source>follow-up of a broken promise</source>
        <translation>违约承诺的跟进</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="103"/>
        <source>Locked: re-planning keeps this visit at its time</source>
        <translation>已锁定:重新规划时此拜访保持原时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="108"/>
        <source>Visited: {}</source>
        <translation>已上门：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="111"/>
        <source>Nobody was home: plan it again later (Re-plan from here)</source>
        <translation>无人在家：稍后重新安排（从此处重新规划）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="114"/>
        <source>Misses its window by {} min</source>
        <translation>超出时段 {} 分钟</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="116"/>
        <source>Follow-up: a promise to pay was broken</source>
        <translation>跟进：还款承诺未履行</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="127"/>
        <source>%n visits · {km:.1f} km · {mins} min on the road · leave {leave} · back {back}.</source>
        <translation>%n 次拜访 · {km:.1f} 公里 · 路上 {mins} 分钟 · {leave} 出发 · {back} 返回。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="131"/>
        <source>Lunch {}.</source>
        <translation>午餐 {}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="133"/>
        <source>Times in {zone} time.</source>
        <translation>时间均为 {zone} 时间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="135"/>
        <source>Timed on the roads.</source>
        <translation>按道路计算行程时间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="137"/>
        <source>Timed as straight lines × detour: no region pack holds this whole day.</source>
        <translation>按直线距离 × 绕行系数计算时间：没有地区包覆盖当天全部行程。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_timeline.py" line="141"/>
        <source>{done} done, {retry} to try again, {left} to visit.</source>
        <translation>已完成 {done} 个，待重试 {retry} 个，待上门 {left} 个。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../fieldvisit/ui/app.py" line="65"/>
        <source>FieldVisit cannot open the workspace</source>
        <translation>FieldVisit 无法打开工作区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/app.py" line="105"/>
        <source>Saving your choices…</source>
        <translation>正在保存您的选择…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/app.py" line="109"/>
        <source>Opening the demo workspace…</source>
        <translation>正在打开演示工作区…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/app.py" line="111"/>
        <source>Preparing the demo workspace…</source>
        <translation>正在准备演示工作区…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/app.py" line="204"/>
        <source>FieldVisit</source>
        <translation>FieldVisit</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="19"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="19"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="20"/>
        <source>Bucket</source>
        <translation>账龄段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="20"/>
        <source>DPD</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="21"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="21"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="22"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="22"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="23"/>
        <source>Next window</source>
        <translation>下一时段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="23"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="85"/>
        <location filename="../../fieldvisit/ui/case_model.py" line="87"/>
        <source>to review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="89"/>
        <location filename="../../fieldvisit/ui/case_model.py" line="91"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="254"/>
        <source>dispute</source>
        <extracomment>The one way a day is written on screen and on paper (``Tue 24 Nov 2026``, ``mar 24 nov 2026``, ``2026年11月24日 周二``): unambiguous in every language, unlike the short numeric formats (12/3/26 vs 3/12/26).</extracomment>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="255"/>
        <source>cease contact</source>
        <translation>停止联系</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="256"/>
        <source>lawyer</source>
        <translation>律师</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="257"/>
        <source>bankruptcy</source>
        <translation>破产</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="258"/>
        <source>deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="259"/>
        <source>do not visit</source>
        <translation>禁止上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="260"/>
        <source>vulnerable</source>
        <translation>弱势</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="261"/>
        <source>no workplace visits</source>
        <translation>不得到单位上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="262"/>
        <source>legal hold</source>
        <translation>法律暂停</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="263"/>
        <source>open</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="263"/>
        <source>kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="264"/>
        <source>broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="280"/>
        <source>{status}: {amount} by {date}</source>
        <translation>{status}：{date} 前还 {amount}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/case_model.py" line="111"/>
        <source>Visits blocked: {}</source>
        <translation>禁止上门：{}</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="97"/>
        <source>Change passphrase</source>
        <translation>更改口令</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="102"/>
        <source>New passphrase</source>
        <translation>新口令</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="103"/>
        <source>Again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="111"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="114"/>
        <source>Re-wrapping the office&apos;s private keys…</source>
        <translation>正在重新加密办公室的私钥…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="116"/>
        <source>Re-encrypting the workspace…</source>
        <translation>正在重新加密工作区…</translation>
    </message>
</context>
<context>
    <name>DayActions</name>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="48"/>
        <source>Where my &amp;day starts…</source>
        <translation>我的一天从哪里开始(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="51"/>
        <source>The home or office where the planner&apos;s collector starts and ends the day</source>
        <translation>规划器中催收员每天出发和返回的住所或办公室</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="56"/>
        <source>&amp;Re-plan from here</source>
        <translation>从此处重新规划(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="58"/>
        <source>Plan the rest of the day from the selected stop and the current time, keeping the visits done</source>
        <translation>从所选站点和当前时间起规划当天剩余行程，保留已完成的上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="60"/>
        <source>&amp;Not planned…</source>
        <translation>未规划(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="62"/>
        <source>The cases left out of the day, and why</source>
        <translation>未排入当天的案件及原因</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="70"/>
        <location filename="../../fieldvisit/ui/day_actions.py" line="95"/>
        <source>Choose a collector in the planner first.</source>
        <translation>请先在规划器中选择催收员。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="84"/>
        <source>{name}&apos;s day starts at {lat:.5f}, {lon:.5f}.</source>
        <translation>{name} 的一天从 {lat:.5f}, {lon:.5f} 出发。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="99"/>
        <source>Start point not set</source>
        <translation>未设置出发点</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/day_actions.py" line="109"/>
        <source>Visit recorded. Next stop: {}.</source>
        <translation>上门已记录。下一站：{}。</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="31"/>
        <source>What should the collector fix or know? They read this with their next pack.</source>
        <translation>催收员需要更正或了解什么？他们会在下一个任务包中看到。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="36"/>
        <source>Saving the review…</source>
        <translation>正在保存审核…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="51"/>
        <source>Import visit reports</source>
        <translation>导入上门报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="52"/>
        <source>Visit-report bundles (*.fvbundle);;All files (*)</source>
        <translation>上门报告包 (*.fvbundle);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="68"/>
        <source>{imported} visits imported · {duplicates} already here · {conflicts} conflicts · {rejected} rejected</source>
        <translation>导入 {imported} 次上门 · 已存在 {duplicates} · 冲突 {conflicts} · 拒绝 {rejected}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="73"/>
        <source>Bundles missing from {who}: {seqs}</source>
        <translation>{who} 缺失的报告包：{seqs}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="75"/>
        <source>Visit reports imported</source>
        <translation>上门报告已导入</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="85"/>
        <source>Stopped. Bundles imported before you cancelled stay imported; import the rest again later (nothing is imported twice).</source>
        <translation>已停止。取消前已导入的报告包会保留；稍后再导入其余部分（不会重复导入）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="87"/>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="90"/>
        <source>Importing visit reports…</source>
        <translation>正在导入上门报告…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="95"/>
        <source>Team report</source>
        <translation>团队报表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="96"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="107"/>
        <source>FieldVisit team report</source>
        <translation>FieldVisit 团队报表</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="111"/>
        <location filename="../../fieldvisit/ui/desk_actions.py" line="114"/>
        <source>Report not written</source>
        <translation>报表未能保存</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="35"/>
        <source>Welcome to FieldVisit</source>
        <extracomment>Time zones offered first (the list accepts any IANA name typed in). The zone a country&apos;s office most likely keeps, when the computer&apos;s zone is not in that country.</extracomment>
        <translation>欢迎使用 FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="40"/>
        <source>Who uses this computer?</source>
        <translation>谁在使用这台电脑？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="41"/>
        <source>FieldVisit plans the day&apos;s visits, prepares each one and records what happened, offline. Reports travel to the office signed and encrypted.</source>
        <translation>FieldVisit 离线规划当天的上门、为每次上门做准备并登记结果。报告经签名加密后发送到办公室。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="43"/>
        <source>A collector: I visit customers and record the visits</source>
        <translation>催收员：我上门拜访客户并登记上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="44"/>
        <source>A supervisor: I hand out work and review the visits</source>
        <translation>主管：我分派任务并审核上门记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="49"/>
        <source>Your full name, or the office&apos;s name</source>
        <translation>您的全名，或办公室名称</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="50"/>
        <source>Just look around: open the demo workspace (nothing is set up)</source>
        <translation>随便看看：打开演示工作区（不做任何设置）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="51"/>
        <source>Look around as a collector: a demo laptop with an assignment pack from a demo office</source>
        <translation>以催收员身份体验：一台演示笔记本，带有来自演示办公室的分配包</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="59"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="68"/>
        <source>Where do you work?</source>
        <translation>您在哪里工作？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="69"/>
        <source>The country chooses the conduct rules (contact hours, visit caps); the time zone is used for cases that do not say theirs.</source>
        <translation>国家决定行为规范（联系时段、上门次数上限）；未注明时区的案件使用此时区。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="73"/>
        <source>Choose the country…</source>
        <translation>选择国家…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="75"/>
        <source>{code} — {name} — {rules}</source>
        <translation>{code} — {name} — {rules}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="77"/>
        <source>Other (default rules)</source>
        <translation>其他（默认规则）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="85"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="89"/>
        <source>e.g. EUR, CNY, MXN</source>
        <translation>例如 EUR、CNY、MXN</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="94"/>
        <source>Country and rules</source>
        <translation>国家与规则</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="95"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="96"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/first_run.py" line="97"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="23"/>
        <source>Import cases</source>
        <translation>导入案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="24"/>
        <source>Case files (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>案件文件 (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="69"/>
        <source>%n rows: {imported} imported, {updated} updated, {rejected} rejected.</source>
        <translation>
            <numerusform>%n 行：导入 {imported}，更新 {updated}，拒绝 {rejected}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="75"/>
        <source>%n cases unchanged: the file gives them as they are stored.</source>
        <translation>
            <numerusform>%n 个案件未变:文件中的内容与已存内容相同。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="77"/>
        <source>Kept as extra information: {kept}.</source>
        <translation>作为附加信息保留：{kept}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="78"/>
        <location filename="../../fieldvisit/ui/import_actions.py" line="79"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="79"/>
        <source>Ignored: {ignored}.</source>
        <translation>已忽略：{ignored}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="81"/>
        <source>no balance</source>
        <translation>无余额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="81"/>
        <source>no name</source>
        <translation>无姓名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="82"/>
        <source>no address or coordinates</source>
        <translation>无地址或坐标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="83"/>
        <source>no days past due or due date (shown as unknown, not 0)</source>
        <translation>没有逾期天数或到期日（显示为未知，而不是 0）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="84"/>
        <source>Warning: the file gives {fields} for its cases; they were imported without them. If the file has them under other headers, choose those columns in the import preview and import again.</source>
        <translation>警告：文件中的案件{fields}；已在缺少这些信息的情况下导入。如果文件在其他表头下有这些信息，请在导入预览中选择这些列后重新导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="89"/>
        <source>%n cases moved to another address: their coordinates are cleared and wait for geocoding.</source>
        <translation>
            <numerusform>%n 个案件换了地址：其坐标已清除，等待地理编码。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="92"/>
        <source>%n cases keep the position pinned by hand on the map.</source>
        <translation>
            <numerusform>%n 个案件保留了在地图上手动标注的位置。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="96"/>
        <source>%n appointment texts could not be read for sure: File → Review appointment texts (Ctrl+Shift+A).</source>
        <translation>
            <numerusform>%n 条预约文本无法确定解读：文件 → 复核预约文本（Ctrl+Shift+A）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="100"/>
        <source>%n cases are held (not visited) until you say what their condition columns mean: File → Review imported values (Ctrl+Shift+A).</source>
        <translation>
            <numerusform>%n 个案件被暂扣（不上门），直到您说明其状况列的含义：文件 → 复核导入的值（Ctrl+Shift+A）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="115"/>
        <source>%n appointment times were kept to the lawful visiting hours: {first}</source>
        <translation>
            <numerusform>%n 个预约时间已限制在法定上门时段内：{first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="118"/>
        <source>%n cases are in a state with two time zones and were placed in its main one: {first}</source>
        <translation>
            <numerusform>%n 个案件位于有两个时区的州，已归入其主时区：{first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="138"/>
        <source>%n rows skipped: totals or notes, not cases.</source>
        <translation>
            <numerusform>已跳过 %n 行：合计或备注，不是案件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="128"/>
        <source> and {n} more</source>
        <translation> 等另外 {n} 个</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="103"/>
        <source>%n values wait in File → Review imported values (Ctrl+Shift+A): {first}</source>
        <translation>
            <numerusform>%n 个值在 文件 → 复核导入的值（Ctrl+Shift+A）中等待：{first}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="121"/>
        <source>%n cases keep their stored appointment: the file&apos;s appointment cell is blank (see Show Details).</source>
        <translation>
            <numerusform>%n 个案件保留已存的预约：文件中的预约单元格为空（见“显示详细信息”）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/import_actions.py" line="124"/>
        <source>%n notes (see Show Details): {first}</source>
        <translation>
            <numerusform>%n 条备注（见“显示详细信息”）：{first}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="130"/>
        <source>1 stored case from earlier imports of this file is not in it (kept unchanged): {ids}.</source>
        <translation>此前导入该文件保存的 1 个案件不在本文件中（保持不变）：{ids}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="132"/>
        <source>{n} stored cases from earlier imports of this file are not in it (kept unchanged): {ids}.</source>
        <translation>此前导入该文件保存的 {n} 个案件不在本文件中（保持不变）：{ids}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="135"/>
        <source>Compared with the import of {file} (as of {as_of}; {why}).</source>
        <translation>与 {file} 的导入比较（截至 {as_of}；{why}）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="140"/>
        <source>Rows hidden or filtered out in the workbook, imported like the others: {rows}.</source>
        <translation>工作簿中隐藏或被筛选掉的行，已与其他行一样导入：{rows}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="143"/>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="143"/>
        <source>ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="151"/>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="158"/>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_actions.py" line="159"/>
        <source>Importing {}…</source>
        <translation>正在导入 {}…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="15"/>
        <source>Case id</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="15"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="16"/>
        <source>Home address</source>
        <translation>住址</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="17"/>
        <source>Work address</source>
        <translation>工作地址</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="18"/>
        <source>Latitude</source>
        <translation>纬度</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="18"/>
        <source>Longitude</source>
        <translation>经度</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="19"/>
        <source>Latitude, longitude (one column)</source>
        <translation>纬度, 经度（一列）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="20"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="20"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="21"/>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="22"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="22"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="23"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="24"/>
        <source>Last payment date</source>
        <translation>最近还款日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="25"/>
        <source>Last payment amount</source>
        <translation>最近还款金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="26"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="27"/>
        <source>Appointment / best time to visit</source>
        <translation>预约 / 最佳上门时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="28"/>
        <source>Times not to visit</source>
        <translation>不宜上门时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="29"/>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="29"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="30"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="31"/>
        <source>Address: house number</source>
        <translation>地址：门牌号</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="32"/>
        <source>Address: line 2</source>
        <translation>地址：第 2 行</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="33"/>
        <source>Address: district</source>
        <translation>地址：区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="34"/>
        <source>Address: city</source>
        <translation>地址：城市</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="35"/>
        <source>Address: state / province</source>
        <translation>地址：省 / 州</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="36"/>
        <source>Address: postal code</source>
        <translation>地址：邮政编码</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="37"/>
        <source>Surname</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="38"/>
        <source>Middle name</source>
        <translation>中间名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_fields.py" line="39"/>
        <source>Second surname</source>
        <translation>第二姓氏</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="49"/>
        <source>Import cases — {file}</source>
        <translation>导入案件 — {file}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="52"/>
        <source>one table (CSV)</source>
        <translation>单个表格 (CSV)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="58"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="60"/>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="64"/>
        <source>As the file shows</source>
        <translation>按文件所示</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="61"/>
        <source>Point: 1,234.56</source>
        <translation>小数点：1,234.56</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="62"/>
        <source>Comma: 1.234,56</source>
        <translation>逗号：1.234,56</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="66"/>
        <source>Day first: 31/12/2026</source>
        <translation>日在前：31/12/2026</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="67"/>
        <source>Month first: 12/31/2026</source>
        <translation>月在前：12/31/2026</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="68"/>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="69"/>
        <source>as the file shows</source>
        <translation>按文件所示</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="70"/>
        <source>How the file is read</source>
        <translation>文件读取方式</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="72"/>
        <source>&amp;Sheet</source>
        <translation>工作表(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="72"/>
        <source>&amp;Header row</source>
        <translation>表头行(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="73"/>
        <source>&amp;Encoding</source>
        <translation>编码(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="74"/>
        <source>&amp;Delimiter</source>
        <translation>分隔符(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="75"/>
        <source>Decimal &amp;mark</source>
        <translation>小数符号(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="76"/>
        <source>Date &amp;order</source>
        <translation>日期顺序(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="77"/>
        <source>C&amp;ountry</source>
        <translation>国家(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="77"/>
        <source>C&amp;urrency</source>
        <translation>货币(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="89"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="89"/>
        <source>Use as</source>
        <translation>用作</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="89"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="95"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="97"/>
        <source>Sample: rows as they would be stored</source>
        <translation>样本：将要保存的行</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="106"/>
        <source>Save these choices as the profile</source>
        <translation>将这些选择保存为配置</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="116"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="188"/>
        <source>Cannot read the file this way: {error}</source>
        <translation>无法以此方式读取文件：{error}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="224"/>
        <source>All sheets with these columns: {sheets}</source>
        <translation>所有具有这些列的工作表：{sheets}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="226"/>
        <source>Detected: {sheet}</source>
        <translation>已检测到：{sheet}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="227"/>
        <source>Detect (every sheet with the same columns)</source>
        <translation>自动检测（所有列相同的工作表）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="235"/>
        <source>point (1,234.56)</source>
        <translation>小数点 (1,234.56)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="235"/>
        <source>comma (1.234,56)</source>
        <translation>逗号 (1.234,56)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="236"/>
        <source>undecided (each amount read by its own form)</source>
        <translation>未定（按各金额自身格式读取）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="237"/>
        <source>day first</source>
        <translation>日在前</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="237"/>
        <source>month first</source>
        <translation>月在前</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="238"/>
        <source>undecided (ambiguous dates go to review)</source>
        <translation>未定（有歧义的日期送审核）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="241"/>
        <source>per row ({codes})</source>
        <translation>按行（{codes}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="242"/>
        <source>{code} (the workspace&apos;s)</source>
        <translation>{code}（工作区的）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="243"/>
        <source>Read: decimal mark {decimal}; dates {order}; country {country}; currency {currency}.</source>
        <translation>读取方式：小数符号 {decimal}；日期 {order}；国家 {country}；货币 {currency}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="354"/>
        <source>Under &apos;Use as&apos;, choose &apos;{case_id}&apos; for the column that holds each case&apos;s number; Import stays off until then.</source>
        <translation>在“用作”中，为包含每个案件编号的列选择“{case_id}”；在此之前无法导入。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="360"/>
        <source>{rows} rows read: {rejected} would be rejected, {review} values would wait for review, {notes} notes. Kept as extra information: {kept}. Ignored: {ignored}.</source>
        <translation>已读取 {rows} 行：{rejected} 行将被拒绝，{review} 个值将等待复核，{notes} 条备注。作为附加信息保留：{kept}。忽略：{ignored}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="386"/>
        <source>Warning: neither the file nor the workspace gives a currency, so {count} amounts wait for review with their currency; type one under Currency.</source>
        <translation>警告：文件和工作区都没有给出币种，因此 {count} 个金额连同币种等待复核；请在“币种”中填写。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="390"/>
        <source>Warning: neither the file nor the workspace gives a country or time zone, so appointment times wait for review; type the country under Country.</source>
        <translation>警告：文件和工作区都没有给出国家或时区，因此预约时间等待复核；请在“国家”中填写。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="242"/>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="245"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="252"/>
        <source>Sheet “{sheet}” is not read: it is hidden in the workbook; choose it under Sheet to import it.</source>
        <translation>未读取工作表“{sheet}”：它在工作簿中被隐藏；如需导入，请在“工作表”中选择它。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="255"/>
        <source>Sheet “{sheet}” is not read: no header row was found in it.</source>
        <translation>未读取工作表“{sheet}”：其中没有找到表头行。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="257"/>
        <source>Sheet “{sheet}” is not read: it is a chart, not a sheet of rows.</source>
        <translation>未读取工作表“{sheet}”：它是图表，不是数据行的工作表。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="259"/>
        <source>Sheet “{sheet}” is not read: its columns differ; choose it under Sheet to import it.</source>
        <translation>未读取工作表“{sheet}”：其列不同；如需导入，请在“工作表”中选择它。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="265"/>
        <source>Profile “{name}” applied.</source>
        <translation>已应用配置“{name}”。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="272"/>
        <source>Keep as extra information</source>
        <translation>作为附加信息保留</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="273"/>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="287"/>
        <source>Blocks visits: status words</source>
        <translation>阻止上门：状态用词</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="289"/>
        <source>Blocks visits: restrictions written as words</source>
        <translation>禁止上门：以文字描述的限制</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="291"/>
        <source>Blocks visits: {flag}</source>
        <translation>禁止上门：{flag}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="329"/>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="329"/>
        <source>ignored</source>
        <translation>已忽略</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="363"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="365"/>
        <source>Row {row} ({column}): {error}</source>
        <translation>第 {row} 行（{column}）：{error}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="366"/>
        <source>Row {row}: {error}</source>
        <translation>第 {row} 行：{error}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="370"/>
        <source>Check: {notes}.</source>
        <translation>请核对：{notes}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="372"/>
        <source>Skipped (not case records): {rows}.</source>
        <translation>已跳过（非案件记录）：{rows}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="373"/>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="376"/>
        <source>Rows hidden or filtered out in the workbook, imported like the others: {rows}.</source>
        <translation>工作簿中隐藏或被筛选掉的行，已与其他行一样导入：{rows}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="379"/>
        <source>no balance</source>
        <translation>无余额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="379"/>
        <source>no name</source>
        <translation>无姓名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="380"/>
        <source>no address or coordinates</source>
        <translation>无地址或坐标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="381"/>
        <source>no days past due or due date (shown as unknown, not 0)</source>
        <translation>没有逾期天数或到期日（显示为未知，而不是 0）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/import_dialog.py" line="382"/>
        <source>Warning: the columns give {fields}; choose the columns that hold them, or the cases are imported without them.</source>
        <translation>警告：各列中{fields}；请选择包含这些信息的列，否则案件将在缺少这些信息的情况下导入。</translation>
    </message>
</context>
<context>
    <name>Itinerary</name>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="33"/>
        <source>Itinerary of {collector} — {date}</source>
        <translation>{collector} 的行程单 — {date}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="34"/>
        <source>Leave {leave} · back {back} · {n} stops</source>
        <translation>{leave} 出发 · {back} 返回 · {n} 个站点</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="35"/>
        <source>The day on your phone</source>
        <translation>手机上的当日行程</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="36"/>
        <source>Directions from the start to stop 1:</source>
        <translation>从出发点到第 1 站的路线：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="37"/>
        <source>Arrival</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="37"/>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="38"/>
        <source>Phone and notes</source>
        <translation>电话和备注</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="38"/>
        <source>Navigate</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="39"/>
        <source>window</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="39"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="40"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="40"/>
        <source>{zone} time</source>
        <translation>{zone} 时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/handoff/itinerary.py" line="41"/>
        <source>({time} {zone} time)</source>
        <translation>（{zone} 时间 {time}）</translation>
    </message>
</context>
<context>
    <name>KeyExchangeDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="39"/>
        <source>Keys and trust</source>
        <translation>密钥与信任</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="42"/>
        <source>This workspace</source>
        <translation>本工作区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="44"/>
        <source>&amp;Export my identity file…</source>
        <translation>导出我的身份文件(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="47"/>
        <source>collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="47"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="48"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="50"/>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="51"/>
        <source>your office</source>
        <translation>您的办公室</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="51"/>
        <source>the collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="52"/>
        <source>Send this file to {other} and read the fingerprint to them by phone or in person; they compare it before trusting it.</source>
        <translation>将此文件发送给{other}，并通过电话或当面向对方读出指纹；对方核对后再信任。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="58"/>
        <source>This workspace has no identity yet; create it in the first-run wizard or with &apos;fieldvisit keys init&apos;.</source>
        <translation>此工作区尚无身份；请在首次运行向导中或用 &apos;fieldvisit keys init&apos; 创建。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="61"/>
        <source>Trusted offices</source>
        <translation>受信任的办公室</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="62"/>
        <source>Trusted collectors</source>
        <translation>受信任的催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="66"/>
        <source>&amp;Trust an identity file…</source>
        <translation>信任身份文件(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="88"/>
        <source>(revoked)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="91"/>
        <source>Nobody yet.</source>
        <translation>暂无。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="106"/>
        <source>Export my identity file</source>
        <translation>导出我的身份文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="107"/>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="144"/>
        <source>FieldVisit identity (*.json);;All files (*)</source>
        <translation>FieldVisit 身份 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="118"/>
        <source>Could not write {path}: {error}.</source>
        <translation>无法写入 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="120"/>
        <source>Identity written to {path}. Fingerprint to read out: {fingerprint}</source>
        <translation>身份已写入 {path}。需读出的指纹：{fingerprint}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="126"/>
        <source>an office (supervisor)</source>
        <translation>办公室（主管）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="126"/>
        <source>a collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="127"/>
        <source>Compare the fingerprint</source>
        <translation>核对指纹</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="128"/>
        <source>{name} is {role}. Ask them to read their fingerprint to you by phone or in person, and trust the file only if it is exactly:</source>
        <translation>{name} 是{role}。请对方通过电话或当面向您读出其指纹，仅当完全一致时才信任该文件：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="132"/>
        <source>The same: trust</source>
        <translation>一致：信任</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="133"/>
        <source>Different: do not trust</source>
        <translation>不一致：不信任</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="143"/>
        <source>Trust an identity file</source>
        <translation>信任身份文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="155"/>
        <source>Could not read {path}: {error}.</source>
        <translation>无法读取 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="161"/>
        <source>Not trusted. Nothing was changed.</source>
        <translation>未信任。未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="165"/>
        <source>Trusted: {name}, fingerprint {fingerprint}.</source>
        <translation>已信任：{name}，指纹 {fingerprint}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/keys_dialog.py" line="166"/>
        <source>Already trusted: {name}, fingerprint {fingerprint}.</source>
        <translation>已是受信任：{name}，指纹 {fingerprint}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="50"/>
        <source>FieldVisit — {}</source>
        <extracomment>The share of the screen&apos;s free area the main window takes the first time (then it is where the user left it). The narrowest the map pane gets (pixels) beside the table.</extracomment>
        <translation>FieldVisit — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="58"/>
        <source>Search id, name or address  (Ctrl+F)</source>
        <translation>搜索案件号、姓名或地址（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="62"/>
        <source>All buckets</source>
        <translation>全部账龄段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="69"/>
        <source>All cases</source>
        <translation>全部案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="69"/>
        <source>Visitable</source>
        <translation>可上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="70"/>
        <source>Blocked from visits</source>
        <translation>禁止上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="70"/>
        <source>Vulnerable</source>
        <translation>弱势客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="71"/>
        <source>Without coordinates</source>
        <translation>无坐标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="71"/>
        <source>Paid</source>
        <translation>已还清</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="72"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="87"/>
        <source>Double-click: preparation sheet · Ctrl+R: record a visit</source>
        <translation>双击：准备单 · Ctrl+R：登记上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="91"/>
        <source>Bucket</source>
        <translation>账龄段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="93"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="107"/>
        <source>Drag to reorder · double-click: record the visit</source>
        <translation>拖动以调整顺序 · 双击：登记上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="164"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="187"/>
        <source>No cases yet: exchange identity files with your office (Sync → Keys and trust…), then Sync → Import assignment pack…</source>
        <translation>尚无案件：请先与办公室交换身份文件（同步 → 密钥与信任…），然后选择 同步 → 导入分配包…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/main_window.py" line="191"/>
        <source>{shown} of {total} cases shown · {blocked} blocked from visits</source>
        <translation>显示 {shown}/{total} 个案件 · {blocked} 个禁止上门</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="14"/>
        <source>Case</source>
        <extracomment>Popup, legend and menu labels (English sources; ``QT_TRANSLATE_NOOP`` marks them for lupdate).</extracomment>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="14"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="15"/>
        <source>Bucket</source>
        <translation>账龄段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="15"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="16"/>
        <source>Window</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="16"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="17"/>
        <source>Arrival</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="17"/>
        <source>waits</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="18"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="18"/>
        <source>Start</source>
        <translation>出发点</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="19"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="19"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="20"/>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="20"/>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="21"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="22"/>
        <source>Follow-up of a broken promise</source>
        <translation>违约承诺的跟进</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="23"/>
        <source>Start my day here</source>
        <translation>从这里开始我的一天</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="23"/>
        <source>Stop</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="24"/>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="25"/>
        <source>({time} {zone} time)</source>
        <translation>（{zone} 时间 {time}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/map_texts.py" line="26"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>MapActions</name>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="75"/>
        <source>{g} geocoded, {c} from the cache, {f} not found.</source>
        <translation>已解析 {g} 个，缓存 {c} 个，未找到 {f} 个。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/map_actions.py" line="78"/>
        <source>%n found far outside their country were not stored: File → Review imported values (Ctrl+Shift+A).</source>
        <translation>
            <numerusform>%n 个地址被定位在其国家之外很远处,未保存:文件 → 复核导入的值 (Ctrl+Shift+A)。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="81"/>
        <source>No connection: {n} addresses wait in the queue; pin them on the map or try again when connected.</source>
        <translation>无网络：{n} 个地址在队列中等待；可在地图上手动定位，或联网后重试。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="89"/>
        <source>Geocoding stopped</source>
        <translation>地址解析已停止</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="90"/>
        <source>Geocoding addresses…</source>
        <translation>正在解析地址…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="95"/>
        <source>Select a case in the table first.</source>
        <translation>请先在表格中选择一个案件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="109"/>
        <source>Import tile pack</source>
        <translation>导入离线地图包</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="109"/>
        <source>Tile packs (*.mbtiles)</source>
        <translation>离线地图包 (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="124"/>
        <source>Tile pack refused</source>
        <translation>地图包被拒绝</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="130"/>
        <source>Offline base map: {}</source>
        <translation>离线底图：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="133"/>
        <source>Tile pack not saved</source>
        <translation>离线地图包未保存</translation>
    </message>
</context>
<context>
    <name>NotPlannedDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/not_planned.py" line="28"/>
        <source>Not planned — {}</source>
        <extracomment>Item role holding the accent- and case-folded text the search matches against.</extracomment>
        <translation>未规划 — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/not_planned.py" line="30"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/not_planned.py" line="30"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/not_planned.py" line="30"/>
        <source>Why not planned</source>
        <translation>未规划原因</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/not_planned.py" line="42"/>
        <source>Search case, name or reason  (Ctrl+F)</source>
        <translation>搜索案件、姓名或原因  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/not_planned.py" line="70"/>
        <source>{shown} of {total} cases not planned · double-click to select one</source>
        <translation>未规划案件 {shown} / {total} · 双击可选中</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="37"/>
        <source>Workspace passphrase</source>
        <translation>工作区口令</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="40"/>
        <source>The workspace {path} is encrypted on this computer. Choose a passphrase of at least {n} characters; without it nobody (you included) can open the workspace.</source>
        <translation>工作区 {path} 在此电脑上已加密。请设置至少 {n} 个字符的口令；没有它，任何人（包括您）都无法打开该工作区。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="43"/>
        <source>That passphrase does not open {path}. Try again.</source>
        <translation>该口令无法打开 {path}。请重试。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="45"/>
        <source>Enter the passphrase of the workspace {path}.</source>
        <translation>请输入工作区 {path} 的口令。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="50"/>
        <source>Passphrase</source>
        <translation>口令</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="53"/>
        <source>Again</source>
        <translation>再次输入</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="55"/>
        <source>Remember on this computer (system keyring)</source>
        <translation>在此电脑上记住（系统密钥环）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="62"/>
        <source>A passphrase needs at least {} characters.</source>
        <translation>口令至少需要 {} 个字符。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/passphrase_dialog.py" line="65"/>
        <source>The two passphrases differ.</source>
        <translation>两次输入的口令不一致。</translation>
    </message>
</context>
<context>
    <name>PlannerPanel</name>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="30"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="26"/>
        <source>Car</source>
        <translation>汽车</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="30"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="26"/>
        <source>Motorbike</source>
        <translation>摩托车</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="31"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="25"/>
        <source>Bicycle</source>
        <translation>自行车</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="31"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="25"/>
        <source>Walk</source>
        <translation>步行</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="32"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="27"/>
        <source>Public transport</source>
        <translation>公共交通</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="88"/>
        <source>Plan day</source>
        <translation>规划当日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="90"/>
        <source>Plan the day in the background (Ctrl+P)</source>
        <translation>在后台规划当日（Ctrl+P）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="96"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="96"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="97"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="98"/>
        <source>Mode</source>
        <translation>出行方式</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="103"/>
        <source>Plan week…</source>
        <translation>规划一周…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="104"/>
        <source>Spread this collector&apos;s cases over the next working days (Ctrl+Shift+P)</source>
        <translation>将该催收员的案件分配到接下来的工作日 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="114"/>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="115"/>
        <source>Keep this visit at this time when re-optimising (L)</source>
        <translation>重新优化时保持此上门时间（L）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="117"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="118"/>
        <source>Take this visit out of the day (Delete)</source>
        <translation>将此上门移出当日（Delete）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="120"/>
        <source>Re-optimise</source>
        <translation>重新优化</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="121"/>
        <source>Plan again around locked visits, without removed ones</source>
        <translation>围绕已锁定的上门重新规划，不含已移除的</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="123"/>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="219"/>
        <source>Re-plan from here</source>
        <translation>从此处重新规划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="124"/>
        <source>Plan the rest of the day from the selected stop and the current time, keeping the visits done (Ctrl+Shift+R)</source>
        <translation>从所选站点和当前时间起规划当天剩余行程，保留已完成的上门 (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="128"/>
        <source>Cases left out of the day, and why (Ctrl+Shift+N)</source>
        <translation>未排入当天的案件及原因 (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="133"/>
        <source>Choose a day and a collector, then Plan day.</source>
        <translation>选择日期和催收员，然后点击“规划当日”。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="193"/>
        <source>No plan for this day yet: Plan day (Ctrl+P).</source>
        <translation>当天尚无计划：规划当日 (Ctrl+P)。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="215"/>
        <source>Replace this day&apos;s plan?</source>
        <translation>替换当天的计划？</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/planner_panel.py" line="216"/>
        <source>%n visits are already recorded on this day. Re-plan from here keeps them and plans the rest of the day; Replace plans the whole day again (the recorded visits are kept either way).</source>
        <translation>
            <numerusform>当天已记录 %n 次拜访。“从此处重新规划”会保留它们并规划当天剩余部分；“替换”会重新规划整天（已记录的拜访在两种情况下都会保留）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="220"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="268"/>
        <source>Planning {}&apos;s day…</source>
        <translation>正在规划 {} 的一天…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="293"/>
        <source>{} has no start point yet: set where the day starts (File → Where my day starts…, or right-click the map).</source>
        <translation>{} 尚无出发点：请设置一天的出发地点（文件 → 我的一天从哪里开始…，或在地图上右键单击）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/planner_panel.py" line="337"/>
        <source>{n} not planned…</source>
        <translation>{n} 个未规划…</translation>
    </message>
</context>
<context>
    <name>Prep</name>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="36"/>
        <source>back at {return_at}, after the shift ends at {shift_end}</source>
        <translation>{return_at} 返回，晚于班次结束时间 {shift_end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="37"/>
        <source>leaves at {leave_at}, before the shift starts</source>
        <translation>{leave_at} 出发，早于班次开始</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="38"/>
        <source>back at {back}, after the shift ends at {shift_end}</source>
        <translation>{back} 返回，晚于班次结束时间 {shift_end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="39"/>
        <source>{case_id}: arrives {minutes} min after the latest start ({latest})</source>
        <translation>{case_id}：比最晚开始时间（{latest}）晚到 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="40"/>
        <source>{case_id}: not a known case</source>
        <translation>{case_id}：未知案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="41"/>
        <source>{case_id}: planned twice</source>
        <translation>{case_id}：重复排入计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="42"/>
        <source>{case_id}: blocked by {flags}</source>
        <translation>{case_id}：因 {flags} 禁止上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="43"/>
        <source>{case_id}: vulnerable customer planned without approval</source>
        <translation>{case_id}：弱势客户未经批准排入计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="44"/>
        <source>{case_id}: vulnerable customer may not be visited under {rules}</source>
        <translation>{case_id}：依据 {rules} 不得上门拜访弱势客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="45"/>
        <source>{case_id}: no visit on a {weekday} under {rules} without an agreed appointment</source>
        <translation>{case_id}：依据 {rules}，没有约定预约时不得在{weekday}上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="46"/>
        <source>{case_id}: arrives {arrival}, but the trip takes {minutes} min</source>
        <translation>{case_id}：{arrival} 到达，但路程需要 {minutes} 分钟</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="47"/>
        <source>{case_id}: starts before arriving</source>
        <translation>{case_id}：到达前就开始</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="48"/>
        <source>{case_id}: visit {start}–{end} is outside lawful hours in {timezone}</source>
        <translation>{case_id}：上门时间 {start}–{end} 超出 {timezone} 的合法时段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="49"/>
        <source>{case_id}: starts at {start}, outside every agreed window</source>
        <translation>{case_id}：{start} 开始，不在任何约定时段内</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="50"/>
        <source>{case_id}: leaves before the visit starts</source>
        <translation>{case_id}：上门开始前就离开</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="51"/>
        <source>{case_id}: visit {start}–{departure} falls in a time the customer said is inconvenient</source>
        <translation>{case_id}：上门时间 {start}–{departure} 是客户表示不方便的时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="52"/>
        <source>{case_id}: visited on a day other than the agreed appointment</source>
        <translation>{case_id}：上门日期不是约定的日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="53"/>
        <source>lunch starts at {lunch_at}, after {latest}</source>
        <translation>午餐 {lunch_at} 开始，晚于 {latest}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="54"/>
        <source>blocked by flag: {detail}</source>
        <translation>因标记禁止上门：{detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="55"/>
        <source>vulnerable customer: a visit needs a supervisor&apos;s approval</source>
        <translation>弱势客户：上门需经主管批准</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="56"/>
        <source>no coordinates yet: geocode the address or pin it on the map</source>
        <translation>尚无坐标：请解析地址或在地图上定位</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="57"/>
        <source>case is {detail}</source>
        <translation>案件状态为 {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="58"/>
        <source>the agreed appointment is on another day ({detail})</source>
        <translation>约定的上门在另一天（{detail}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="59"/>
        <source>every window falls outside lawful contact hours ({detail})</source>
        <translation>所有时段都在合法联系时间之外（{detail}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="60"/>
        <source>every window falls outside the collector&apos;s shift</source>
        <translation>所有时段都在催收员班次之外</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="61"/>
        <source>not available on that weekday (available: {detail})</source>
        <translation>当天不在（可上门时间：{detail}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="62"/>
        <source>visit cap reached: {detail}</source>
        <translation>已达上门次数上限：{detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="63"/>
        <source>a first visit needs notice: {detail}</source>
        <translation>首次上门需提前通知：{detail}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="64"/>
        <source>the window cannot be reached in time from the route</source>
        <translation>按路线无法及时赶到该时段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="65"/>
        <source>lower priority than the visits planned; no time left in the day</source>
        <translation>优先级低于已排上门；当天已无时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="72"/>
        <source>not among the day&apos;s {detail} most urgent cases</source>
        <translation>不在当天最紧急的 {detail} 个案件之内</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="82"/>
        <source>Oversight: remind, make paying easy, fix an exact date and amount today.</source>
        <translation>疏忽型：提醒还款、让还款更方便，当天约定具体日期和金额。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="83"/>
        <source>Hardship: offer a payment plan with affordable installments; discuss forbearance options.</source>
        <translation>困难型：提供可负担的分期还款计划；讨论宽限选项。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="84"/>
        <source>Find out why. If there is a genuine dispute, record it and stop collection until it is resolved; otherwise state the lawful next steps clearly and calmly.</source>
        <translation>了解原因。若确有异议，记录下来并暂停催收直至解决；否则冷静、清楚地说明合法的后续步骤。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="85"/>
        <source>Hardest case: listen, defuse any dispute, try a small plan; if nothing is possible, explain calmly that the account will follow the lender&apos;s formal process.</source>
        <translation>最难的情况：倾听、化解异议、尝试小额计划；若都不可行，冷静说明账户将进入出借方的正式流程。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="86"/>
        <source>Early stage: service tone — a reminder, helpful and brief.</source>
        <translation>早期阶段：服务语气——简短、友好的提醒。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="87"/>
        <source>Later stage: firm and factual — negotiate, and state the lawful consequences plainly.</source>
        <translation>后期阶段：坚定、就事论事——协商，并清楚说明合法后果。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="88"/>
        <source>A short payment holiday (agree the restart date)</source>
        <translation>短期暂停还款（约定恢复日期）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="89"/>
        <source>Reduced installments for a set period</source>
        <translation>在一段时间内降低每期金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="90"/>
        <source>Ask the lender to freeze interest and charges</source>
        <translation>请出借方冻结利息和费用</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="91"/>
        <source>Point to free debt advice services</source>
        <translation>推荐免费的债务咨询服务</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="138"/>
        <source>{days} days past due ({bucket})</source>
        <translation>逾期 {days} 天（{bucket}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="131"/>
        <source>Offer: {n} {frequency} installments, first payment {amount} {currency} on {date}.</source>
        <translation>方案：分 {n} 期（{frequency}），首期 {date} 还 {amount} {currency}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="99"/>
        <source>Introduce yourself and the lender; show your ID card.</source>
        <translation>介绍您自己和出借方；出示工作证。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="148"/>
        <source>The account is {days} days overdue with {amount} {currency} outstanding.</source>
        <translation>该账户已逾期 {days} 天，欠款 {amount} {currency}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="100"/>
        <source>Ask what has made paying difficult, and listen.</source>
        <translation>询问是什么导致还款困难，并认真倾听。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="74"/>
        <source>its appointment text waits in the review queue ({detail}): resolve or dismiss it first</source>
        <translation>其预约文本在待审核队列中等待（{detail}）：请先处理或驳回</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="101"/>
        <source>Agree an exact date and amount; write the promise down together before you leave.</source>
        <translation>约定具体日期和金额；离开前一起写下还款承诺。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="102"/>
        <source>Confirm you are speaking with {name} (ask for the name and date of birth) before mentioning the debt.</source>
        <translation>在提及债务前，确认您正在与 {name} 本人交谈（核对姓名和出生日期）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="103"/>
        <source>Confirm you are speaking with the borrower (ask for the name and date of birth) before mentioning the debt.</source>
        <translation>在提及债务前，确认您正在与借款人本人交谈（核对姓名和出生日期）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="104"/>
        <source>If someone else answers: give only your name and a phone number; say nothing about the debt.</source>
        <translation>如果是他人应门：只留下您的姓名和电话，不提及任何债务信息。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="105"/>
        <source>Check the address and the best phone number and times to call.</source>
        <translation>核对地址以及最合适的联系电话和时间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="106"/>
        <source>No payment on record</source>
        <translation>无还款记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="107"/>
        <source>Days past due not known: the due date waits for review</source>
        <translation>逾期天数未知：到期日等待审核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="108"/>
        <source>Flagged vulnerable</source>
        <translation>已标记为弱势客户</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="109"/>
        <source>Notes mention hardship (“{words}”)</source>
        <translation>备注提到困难（“{words}”）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="110"/>
        <source>Stated monthly income {amount} {currency}</source>
        <translation>申报月收入 {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="111"/>
        <source>Paid {amount} {currency} within the last 90 days</source>
        <translation>最近 90 天内还款 {amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="112"/>
        <source>The balance is more than a year of affordable installments</source>
        <translation>余额超过一年可负担的分期总额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="113"/>
        <source>Nothing on record about income or hardship: ask at the door</source>
        <translation>没有收入或困难方面的记录：上门时询问</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="114"/>
        <source>{n} promise(s) kept</source>
        <translation>{n} 次承诺已兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="115"/>
        <source>{n} promise(s) broken</source>
        <translation>{n} 次承诺未兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="116"/>
        <source>{n} refusal(s) on record</source>
        <translation>{n} 次拒绝记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="117"/>
        <source>Paid something in the last 60 days</source>
        <translation>最近 60 天内有还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="118"/>
        <source>More than 90 days past due and no payment in the last 90 days</source>
        <translation>逾期超过 90 天且最近 90 天无还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="120"/>
        <source>Do not press for payment while the dispute is open.</source>
        <translation>异议未解决前不要催促还款。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="146"/>
        <source>The account has {amount} {currency} outstanding; check how long it is overdue (the due date waits for review).</source>
        <translation>该账户尚欠 {amount} {currency}；请核实逾期多久（到期日等待审核）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="123"/>
        <source>Workplace contact is not allowed for this borrower.</source>
        <translation>不得到此借款人的单位联系。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="126"/>
        <source>The borrower disputes the debt: resolve the dispute before collecting.</source>
        <translation>借款人对债务有异议：先解决异议再催收。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="134"/>
        <source>Last payment {date} ({days} days ago), {amount} {currency}</source>
        <translation>上次还款 {date}（{days} 天前），{amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="136"/>
        <source>Last payment {date} ({days} days ago)</source>
        <translation>上次还款 {date}（{days} 天前）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="161"/>
        <source>No business day in the next three days: first payment on {date}, agree it explicitly.</source>
        <translation>未来三天没有工作日：首期在 {date}，请明确约定。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="162"/>
        <source>{date} is a Sunday or holiday: moved to {moved}.</source>
        <translation>{date} 是周日或节假日：改到 {moved}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="163"/>
        <source>Even {n} installments exceed {share} of the stated income: consider forbearance.</source>
        <translation>即使分 {n} 期也超过申报收入的 {share}：考虑宽限措施。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="164"/>
        <source>Installments kept within {share} of the stated monthly income ({amount} {currency} per {period}).</source>
        <translation>每期金额控制在申报月收入的 {share} 以内（每{period} {amount} {currency}）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="173"/>
        <source>The {what} {when} is not a plausible date; check the year.</source>
        <translation>{what} {when} 不是合理的日期；请核对年份。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="174"/>
        <source>The {what} amount must be more than zero.</source>
        <translation>{what}金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="193"/>
        <source>The {what} amount {amount} has more than two decimals.</source>
        <translation>{what}金额 {amount} 超过两位小数。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="177"/>
        <source>The agreed plan has no installments.</source>
        <translation>约定计划没有任何分期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="178"/>
        <source>A visit cannot be recorded before it happens; check the date and time of arrived_at.</source>
        <translation>上门发生之前不能登记；请检查到达的日期和时间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="179"/>
        <source>The visit ends (left_at) before it starts (arrived_at).</source>
        <translation>上门的离开时间早于到达时间：请检查到达和离开时间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="180"/>
        <source>The visit lasts more than 12 hours; check arrived_at and left_at.</source>
        <translation>上门时长超过 12 小时；请检查到达和离开时间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="181"/>
        <source>The outcome {outcome} needs the debtor in person (person_met: debtor).</source>
        <translation>结果“{outcome}”要求见到借款人本人。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="182"/>
        <source>The outcome third_party needs person_met: third_party.</source>
        <translation>结果“与他人交谈”要求接触对象为其他人。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="183"/>
        <source>A promise_to_pay visit needs the promise: amount, currency and an exact date.</source>
        <translation>承诺还款需要金额、币种和具体日期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="184"/>
        <source>The outcome {outcome} needs the payment received.</source>
        <translation>结果“{outcome}”需要填写已收款项。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="185"/>
        <source>Promises and payments are recorded only with the debtor in person.</source>
        <translation>只有见到借款人本人时才能登记承诺和收款。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="186"/>
        <source>The {what} needs an exact date (YYYY-MM-DD).</source>
        <translation>{what}必须写成具体日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="187"/>
        <source>The {name} field of the visit has {n} characters; at most {limit} are allowed, so shorten it.</source>
        <translation>上门记录的 {name} 字段有 {n} 个字符；最多允许 {limit} 个，请缩短。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="189"/>
        <source>The visit&apos;s {key} must be text (in quotes), not {kind}.</source>
        <translation>上门记录的 {key} 必须是文本（带引号），而不是 {kind}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="190"/>
        <source>The visit&apos;s {key} holds a NUL character (\0); remove it.</source>
        <translation>上门记录的 {key} 含有 NUL 字符（\0）；请将其删除。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="191"/>
        <source>The visit&apos;s {part} must be an object ({{...}}), not {kind}.</source>
        <translation>上门记录的 {part} 必须是对象（{{...}}），而不是 {kind}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="192"/>
        <source>The visit&apos;s {part} amount must be a number such as 1500.00, not {kind}.</source>
        <translation>上门记录的 {part} 金额必须是数字（例如 1500.00），而不是 {kind}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="194"/>
        <source>Installment {n} of the agreed plan must have a date and an amount.</source>
        <translation>约定计划的第 {n} 期必须有日期和金额。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="195"/>
        <source>Installment {n} of the agreed plan is dated before the visit.</source>
        <translation>约定计划的第 {n} 期日期早于上门日期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="196"/>
        <source>Installment {n} of the agreed plan is not after the one before it.</source>
        <translation>约定计划的第 {n} 期不晚于上一期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="197"/>
        <source>The {what} is in {currency} but the case&apos;s currency is {case}; record it in {case}.</source>
        <translation>{what}的币种是 {currency}，但案件币种是 {case}；请以 {case} 登记。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="198"/>
        <source>The promised date is before the visit.</source>
        <translation>承诺日期早于上门日期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="199"/>
        <source>A cash payment needs its receipt number.</source>
        <translation>现金收款需要填写收据号。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="201"/>
        <source>The visit&apos;s {part} {key} must be text (in quotes), not {kind}.</source>
        <translation>上门记录中 {part} 的 {key} 必须是文本（带引号），而不是 {kind}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="202"/>
        <source>Installment {n} of the agreed plan has no valid date (YYYY-MM-DD).</source>
        <translation>约定计划的第 {n} 期日期无效（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="217"/>
        <source>cannot tell which parts of the day are meant; write e.g. Mon-Fri mornings; Sat afternoons</source>
        <translation>无法确定指一天中的哪些时间；请写成例如 Mon-Fri mornings; Sat afternoons</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="224"/>
        <source>cannot tell which days go with which times; write one window per days and times, separated by ;</source>
        <translation>无法确定哪些日期对应哪些时间；请为每组日期和时间各写一个时段，用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="229"/>
        <source>An override needs the supervisor&apos;s name (--by).</source>
        <translation>例外批准需要主管姓名（--by）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="230"/>
        <source>An override needs a real reason (--reason, at least a short sentence).</source>
        <translation>例外批准需要真实理由（--reason，至少一句话）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="231"/>
        <source>An override is a supervisor&apos;s decision: ask your office; it reaches this laptop with the next assignment pack.</source>
        <translation>例外批准由主管决定：请联系办公室；批准会随下一个任务包到达这台电脑。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="232"/>
        <source>No case with id {case_id}.</source>
        <translation>没有案件 {case_id}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="235"/>
        <source>The collector name is empty; give --collector NAME.</source>
        <translation>催收员姓名为空；请提供 --collector 姓名。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="236"/>
        <source>{lat}, {lon} is not a position on Earth.</source>
        <translation>{lat}, {lon} 不是地球上的位置。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="238"/>
        <source>No case with id {shown}; nothing was assigned. Check the ids with &apos;fieldvisit cases list&apos;.</source>
        <translation>没有案件 {shown}；未做任何分配。请用 &apos;fieldvisit cases list&apos; 核对案件号。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="256"/>
        <source>{text} is not a position; write it as LAT,LON, e.g. 40.4168,-3.7038.</source>
        <translation>{text} 不是坐标；请写成 纬度,经度，例如 40.4168,-3.7038。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="252"/>
        <source>The {what} {text} ends before it starts.</source>
        <translation>{what} {text} 的结束早于开始。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="255"/>
        <source>Cannot lock {join}: not an open case of {collector}.</source>
        <translation>无法锁定 {join}：不是 {collector} 的未结案件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="257"/>
        <source>{text} is not a {what}; write it as HH:MM-HH:MM, e.g. 09:00-18:00.</source>
        <translation>{text} 不是有效的{what}；请写成 HH:MM-HH:MM，例如 09:00-18:00。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="258"/>
        <source>{name} is not an IANA time zone such as Europe/Madrid.</source>
        <translation>{name} 不是 IANA 时区（例如 Europe/Madrid）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="260"/>
        <source>{item} is not CASE@HH:MM; write e.g. C-1001@14:30.</source>
        <translation>{item} 不是 案件@HH:MM 格式；例如 C-1001@14:30。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="296"/>
        <source>The role must be collector or supervisor.</source>
        <translation>角色必须是催收员（collector）或主管（supervisor）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="297"/>
        <source>Give this workspace a name (--name), e.g. the collector&apos;s full name or the office.</source>
        <translation>请为此工作区命名（--name），例如催收员全名或办公室名称。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="298"/>
        <source>This workspace has no identity yet; run &apos;fieldvisit keys init --role ROLE --name NAME&apos;.</source>
        <translation>此工作区尚无身份；请运行 &apos;fieldvisit keys init --role 角色 --name 名称&apos;。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="303"/>
        <source>This workspace already has an identity ({name}, {role}, {fingerprint}); keys are never replaced silently.</source>
        <translation>此工作区已有身份（{name}，{role}，{fingerprint}）；密钥不会被悄悄替换。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="304"/>
        <source>{file} is not a FieldVisit identity file: {exc}.</source>
        <translation>{file} 不是 FieldVisit 身份文件：{exc}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="305"/>
        <source>This identity file cannot be trusted: {exc}.</source>
        <translation>无法信任此身份文件：{exc}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="307"/>
        <source>None of the {n} rows of {file_name} could be imported (rejected: {first}); nothing was written. The preview (--preview) shows why each row is rejected.</source>
        <translation>{file_name} 的 {n} 行均无法导入（被拒绝：{first}）；未写入任何内容。预览（--preview）会显示每行被拒绝的原因。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="333"/>
        <source>{name} announces a series from the future; it was refused (nothing was imported). Check the office computer&apos;s clock.</source>
        <translation>{name} 声明的序列日期在未来；已被拒绝（未导入任何内容）。请检查办公室电脑的时钟。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="334"/>
        <source>{name} (pack {seq}) jumps far past the last pack imported from this office; it was refused and nothing was imported. Import the office&apos;s real packs; if the office was restored or reset, ask it to run &apos;fieldvisit pack new-series&apos; and send a new pack.</source>
        <translation>{name}（任务包 {seq}）的序号远超从该办公室导入的上一个任务包；已被拒绝，未导入任何内容。请导入该办公室真实的任务包；如果该办公室已恢复或重置，请让其运行 &apos;fieldvisit pack new-series&apos; 并发送新的任务包。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="335"/>
        <source>{name} (pack {seq} of {created}) is older than a pack already imported; nothing was imported. Import the newest pack instead (if the office was restored from a backup, ask it to run &apos;fieldvisit pack new-series&apos; and send a new pack).</source>
        <translation>{name}（任务包 {seq}，创建于 {created}）比已导入的任务包更旧；未导入任何内容。请改为导入最新的任务包（如果该办公室是从备份恢复的，请让其运行 &apos;fieldvisit pack new-series&apos; 并发送新的任务包）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="342"/>
        <source>Another FieldVisit (a window or a command) has this workspace open; nothing was changed. Close it and try again.</source>
        <translation>另一个 FieldVisit（窗口或命令）已打开此工作区；未做任何更改。请将其关闭后重试。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="383"/>
        <source>{name} comes from a sender this workspace does not trust (or is not a FieldVisit file); it was not read.</source>
        <translation>{name} 来自本工作区不信任的发送方（或不是 FieldVisit 文件）；未读取。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="384"/>
        <source>The pack for {collector} was not written: {exc}</source>
        <translation>{collector} 的任务包未能保存：{exc}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="385"/>
        <source>The pack for {collector} was not written: {why}; it is written on the next sync.</source>
        <translation>{collector} 的任务包未能保存：{why}；将在下次同步时保存。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="386"/>
        <source>The visit reports could not be written to the sync folder: {why}. Nothing was recorded as sent; try again.</source>
        <translation>上门报告未能写入同步文件夹：{why}。未将任何内容记为已发送；请重试。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="408"/>
        <source>Review item {review_id} is not waiting for review any more; refresh the list.</source>
        <translation>审核项 {review_id} 已不再等待审核；请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="410"/>
        <source>Choose the time zone of {case_id} first (review item {zone_id}): the appointment times are read in it.</source>
        <translation>请先选择 {case_id} 的时区（复核项 {zone_id}）：约访时间按该时区解读。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="441"/>
        <source>promised date</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="442"/>
        <source>follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="443"/>
        <source>installment date</source>
        <translation>分期日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="444"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="445"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="446"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="447"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="448"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="449"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="450"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="300"/>
        <source>Create this workspace&apos;s identity first (&apos;fieldvisit keys init&apos;).</source>
        <translation>请先创建此工作区的身份（&apos;fieldvisit keys init&apos;）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="301"/>
        <source>That is this workspace&apos;s own identity; exchange files with the other side.</source>
        <translation>这是本工作区自己的身份；请与对方交换文件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="302"/>
        <source>A {role} trusts {wanted}s, and {name} is a {role2}.</source>
        <translation>{role} 只信任 {wanted}，而 {name} 是 {role2}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="306"/>
        <source>No trusted peer has the fingerprint {fingerprint}; see &apos;fieldvisit keys list&apos;.</source>
        <translation>没有受信任的对方拥有指纹 {fingerprint}；请查看 &apos;fieldvisit keys list&apos;。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="308"/>
        <source>{file_name} has no case_id column (headers found: {found}); add one or name it with --mapping.</source>
        <translation>{file_name} 没有案件号列（找到的表头：{found}）；请添加一列或用 --mapping 指定。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="309"/>
        <source>The mapping is wrong: {exc}.</source>
        <translation>列映射有误：{exc}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="330"/>
        <source>No plan{who} on {isoformat}; run &apos;fieldvisit plan --date {isoformat}&apos; first.</source>
        <translation>{isoformat} 没有{who}计划；请先运行 &apos;fieldvisit plan --date {isoformat}&apos;。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="331"/>
        <source>Several collectors have plans on {isoformat} ({names}); choose one with --collector.</source>
        <translation>{isoformat} 有多位催收员的计划（{names}）；请用 --collector 选择一位。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="343"/>
        <source>No case with id {case_id}; check it with &apos;fieldvisit cases list&apos;.</source>
        <translation>没有案件 {case_id}；请用 &apos;fieldvisit cases list&apos; 核对。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="344"/>
        <source>Case {case_id} has nothing outstanding; no preparation sheet is needed.</source>
        <translation>案件 {case_id} 没有欠款；无需准备单。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="345"/>
        <source>No plan on {isoformat}; run &apos;fieldvisit plan --date {isoformat}&apos; first.</source>
        <translation>{isoformat} 没有计划；请先运行 &apos;fieldvisit plan --date {isoformat}&apos;。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="346"/>
        <source>Several collectors have plans that day; choose one with --collector.</source>
        <translation>当天有多位催收员的计划；请用 --collector 选择一位。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="295"/>
        <source>The holidays setting has {strip}, which is not a YYYY-MM-DD date.</source>
        <translation>节假日设置中的 {strip} 不是 YYYY-MM-DD 日期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="70"/>
        <source>{detail} is a day off: only appointments agreed for that day are visited</source>
        <translation>{detail} 是休息日：仅上门当天已约定的预约</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="71"/>
        <source>left out: the plan check found it could not be kept lawfully and on time ({detail})</source>
        <translation>已排除：计划检查发现无法合规且准时完成（{detail}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="76"/>
        <source>Find out first: the record does not say enough to choose an approach. Ask the questions below, listen, and choose the approach from the answers.</source>
        <translation>先了解情况：记录中的信息不足以确定沟通方式。请提出下面的问题，认真倾听，再根据回答选择方式。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="77"/>
        <source>Later stage: calm and factual — find out first; talk about next steps once you know whether they can pay.</source>
        <translation>后期阶段：冷静、就事论事——先了解情况；确认对方是否有能力还款后再谈下一步。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="92"/>
        <source>Ask what has changed in their income or regular costs since the account fell behind.</source>
        <translation>询问自账户逾期以来，其收入或日常开支有何变化。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="93"/>
        <source>Ask what they could afford to pay each month after essentials such as rent, food and bills.</source>
        <translation>询问在支付房租、食品和账单等必要开支后，每月能承担多少还款。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="94"/>
        <source>Ask whether anything (illness, loss of work, a change at home) makes paying hard right now; if so, mention free debt advice services.</source>
        <translation>询问目前是否有情况（疾病、失业、家庭变故）导致还款困难；如有，请告知免费的债务咨询服务。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="95"/>
        <source>Ask whether they agree with the balance, or whether anything about the account is in dispute.</source>
        <translation>询问其是否认可余额，或对账户是否有任何异议。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="96"/>
        <source>Ask how they would like to settle the account: in full, or in instalments, and from which date.</source>
        <translation>询问其希望如何结清账户：一次性还清还是分期，以及从哪天开始。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="97"/>
        <source>No clear signal on record: ask at the door</source>
        <translation>记录中无明确信息：上门时询问</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="119"/>
        <source>What they can afford is not known yet: ask before agreeing amounts, and adjust the plan to the answer.</source>
        <translation>尚不清楚其还款能力：约定金额前先询问，并根据回答调整方案。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="175"/>
        <source>The {what} amount is too large to be real; check it.</source>
        <translation>{what}金额过大，不太可能属实；请核对。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="203"/>
        <source>The promise needs an exact date (YYYY-MM-DD) in a plausible year.</source>
        <translation>承诺需要具体日期（YYYY-MM-DD），且年份合理。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="204"/>
        <source>The {part} {key} field of the visit has {n} characters; at most {limit} are allowed, so shorten it.</source>
        <translation>上门记录中{part}的 {key} 字段有 {n} 个字符；最多允许 {limit} 个，请缩短。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="215"/>
        <source>several windows in one text</source>
        <translation>一段文本中有多个时段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="216"/>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="220"/>
        <source>a date needs a time, e.g. 2026-11-24 14:00-16:00</source>
        <translation>日期需要时间，例如 2026-11-24 14:00-16:00</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="221"/>
        <source>several times in one window; separate windows with ;</source>
        <translation>一个时段中有多个时间；多个时段请用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="218"/>
        <source>several parts of the day in one window; separate windows with ;</source>
        <translation>一个时段中有多个时间段落；多个时段请用 ; 分隔</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="212"/>
        <source>{token} is not a time</source>
        <translation>{token} 不是时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="213"/>
        <source>the hours fall outside the lawful contact hours ({start}-{end})</source>
        <translation>该时间超出合法联系时间（{start}-{end}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="214"/>
        <source>the hours could be morning or evening; write them as 14:00-16:00</source>
        <translation>该时间可能是上午或晚上；请写成 14:00-16:00</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="223"/>
        <source>that time falls outside the lawful contact hours ({start}-{end})</source>
        <translation>该时间超出合法联系时间（{start}-{end}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="205"/>
        <source>the window ends before it starts</source>
        <translation>时段的结束早于开始</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="207"/>
        <source>M could be Monday or martes (Tuesday); write the day&apos;s name</source>
        <translation>M 可能是 Monday（星期一）或 martes（星期二）；请写出星期名称</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="225"/>
        <source>no time range such as 14:00-16:00</source>
        <translation>缺少类似 14:00-16:00 的时间范围</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="208"/>
        <source>not a valid ISO 8601 interval</source>
        <translation>不是有效的 ISO 8601 时间区间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="9"/>
        <source>{column} is not a value the review queue sets.</source>
        <translation>{column} 不是待审核队列可设置的值。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="10"/>
        <source>Type the value, e.g. 1234.00 or 2026-03-04.</source>
        <translation>请输入值，例如 1234.00 或 2026-03-04。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="15"/>
        <source>{text!r} does not name one currency; write its three-letter code, e.g. MXN.</source>
        <translation>{text!r} 未指明唯一的币种；请写出其三字母代码，例如 MXN。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="16"/>
        <source>{text!r} is not a phone number; type it in full, e.g. +34 600 111 222.</source>
        <translation>{text!r} 不是电话号码；请输入完整号码，例如 +34 600 111 222。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="20"/>
        <source>{text!r} can still be read two ways; write the amount with two decimals, e.g. 1234.00 or 1.23.</source>
        <translation>{text!r} 仍有两种读法；请用两位小数写出金额，例如 1234.00 或 1.23。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="18"/>
        <source>{text!r} can still be read two ways; write the date as 2026-03-04.</source>
        <translation>{text!r} 仍有两种读法；请按 2026-03-04 的格式写日期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="11"/>
        <source>{text!r} does not say which currency {symbol} is; write its three-letter code, e.g. {example}.</source>
        <translation>{text!r} 没有说明 {symbol} 是哪种货币；请写出其三字母代码，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="12"/>
        <source>Say the currency too: the file does not, e.g. {example}.</source>
        <translation>请同时写出货币：文件中没有说明，例如 {example}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="13"/>
        <source>{original!r} is in {symbol}, which cannot be {code}; it could be {allowed}.</source>
        <translation>{original!r} 的货币符号是 {symbol}，不可能是 {code}；可能是 {allowed}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="14"/>
        <source>The case&apos;s amounts are in {currency}; type the amount in {currency}.</source>
        <translation>该案件的金额以 {currency} 计；请以 {currency} 输入金额。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="19"/>
        <source>{text!r} cannot be read ({exc}); write e.g. 1234.00 or 2026-03-04.</source>
        <translation>无法读取 {text!r}（{exc}）；请写成例如 1234.00 或 2026-03-04。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="23"/>
        <source>Answer &apos;as written&apos;, &apos;swapped&apos; or &apos;geocode&apos; (leave the coordinates out).</source>
        <translation>请回答 &apos;as written&apos;（按原样）、&apos;swapped&apos;（经纬度互换）或 &apos;geocode&apos;（舍弃坐标）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="24"/>
        <source>Type the flags the text means, e.g. deceased, or none.</source>
        <translation>请输入该文字表示的标记，例如 deceased，或 none。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="25"/>
        <source>{text!r} is not an IANA time zone; write one such as America/Chicago.</source>
        <translation>{text!r} 不是 IANA 时区；请填写如 America/Chicago 的时区。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="26"/>
        <source>Latitude {lat} is outside -90..90 read that way; choose another answer.</source>
        <translation>按此解读，纬度 {lat} 超出 -90..90；请选择其他答案。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="27"/>
        <source>{text!r} does not say which flag; name it, e.g. dispute, or write none.</source>
        <translation>{text!r} 未说明是哪个标记；请写出标记，例如 dispute，或写 none。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="28"/>
        <source>{exc}; write the flags the text means ({known}) or none.</source>
        <translation>{exc}；请写出该文字表示的标记（{known}）或 none。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="29"/>
        <source>{text!r} are not coordinates; leave them out (geocode).</source>
        <translation>{text!r} 不是坐标；请舍弃（geocode）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="32"/>
        <source>{text!r}: {refusal}; choose another day or the date of an appointment the customer agreed</source>
        <translation>{text!r}：{refusal}；请选择其他日期，或客户同意的预约日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="33"/>
        <source>{text!r} kept as {kept}: {refusal}</source>
        <translation>{text!r} 保留为 {kept}：{refusal}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="34"/>
        <source>{text!r}: {window} left out: {refusal}</source>
        <translation>{text!r}：已去掉 {window}：{refusal}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="75"/>
        <source>its time zone waits in the review queue: lawful visiting hours are local, choose it first</source>
        <translation>其时区在复核队列中等待：合法上门时段按当地时间，请先选择时区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="121"/>
        <source>Offer: none yet; the balance waits for review.</source>
        <translation>方案：暂无；余额待复核。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="142"/>
        <source>The balance and the due date wait for review: check both before the visit.</source>
        <translation>余额和到期日待复核：上门前请核实两者。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="127"/>
        <source>Days past due not known: the case file gave no due date or days past due</source>
        <translation>逾期天数未知：案件文件没有给出到期日或逾期天数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="145"/>
        <source>The account is {days} days overdue; its balance waits for review, so check it before the visit.</source>
        <translation>该账户已逾期 {days} 天；其余额待复核，上门前请先核实。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="139"/>
        <source>The balance waits for review: agree no amount until it is checked.</source>
        <translation>余额待复核：核实前不要约定任何金额。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="8"/>
        <source>the file&apos;s due date {written} and its {days} days past due (due {derived}) disagree; the due date is kept until you pick one</source>
        <translation>文件中的到期日 {written} 与其逾期 {days} 天（到期日 {derived}）不一致；在您选择之前保留到期日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="73"/>
        <source>taken out of the day by hand (Ctrl+Z puts it back; planning again leaves it out)</source>
        <translation>已手动移出当天（Ctrl+Z 可恢复；重新规划时仍不包含）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="130"/>
        <source>Offer: pay in full, {amount} {currency} on {date}.</source>
        <translation>方案：{date} 全额还款 {amount} {currency}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="124"/>
        <source>Shown under the supervisor&apos;s override by {by}: {reason}</source>
        <translation>经主管 {by} 特批显示：{reason}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="7"/>
        <source>the geocoder placed the address at latitude {lat}, longitude {lon}, far outside {country}; check the address and the country, or place the case on the map (the answer is not stored)</source>
        <translation>地理编码服务把该地址定位在纬度 {lat}、经度 {lon},远在 {country} 之外;请检查地址和国家,或在地图上放置该案件(该结果未保存)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="17"/>
        <source>{text!r} writes no year; write the whole date, e.g. 2026-03-04.</source>
        <translation>{text!r} 没有写年份;请写完整日期,例如 2026-03-04。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="21"/>
        <source>As of {day}: the due dates and days past due of {agree} of the file&apos;s {read} rows agree on that day (the file was made then); days past due count from it.</source>
        <translation>截至 {day}:文件 {read} 行中有 {agree} 行的到期日和逾期天数在这一天吻合(文件即在当日生成);逾期天数从该日起算。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="22"/>
        <source>As of {day}: the file states its cut-off date ({line}); days past due count from that day.</source>
        <translation>截至 {day}:文件写明了截止日期({line});逾期天数从该日起算。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="30"/>
        <source>{text!r} read in the morning as written (no am/pm): {window}; if the evening is meant, write {start}-{end}</source>
        <translation>{text!r} 按原文读作上午(未写上午/下午):{window};如指晚上,请写 {start}-{end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="31"/>
        <source>{text!r} has no am/pm: in the morning ({morning}) only {kept} is within the lawful visiting hours ({law}), in the evening it is {evening}; write the hours meant on the 24-hour clock, e.g. {evening}</source>
        <translation>{text!r} 未写上午/下午:按上午({morning})只有 {kept} 在合法拜访时段({law})内,按晚上则为 {evening};请用24小时制写出所指时间,例如 {evening}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="35"/>
        <source>{text!r}: read as {window}, which starts in the morning though the text says afternoon or evening; write the hours on the 24-hour clock, e.g. 17:30-19:30</source>
        <translation>{text!r}:读作 {window},从上午开始,但文字写的是下午或晚上;请用24小时制写时间,例如 17:30-19:30</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="66"/>
        <source>too far for the shift ({detail}): the way there, the visit and the way back do not fit; plan it from a nearer start or with a longer shift</source>
        <translation>对本班次来说太远({detail}):往返路程加上拜访放不进班次;请从更近的出发点或用更长的班次安排</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="67"/>
        <source>its visiting hours cannot be reached from the start in time ({detail}): plan it from a nearer start or with an earlier shift</source>
        <translation>从出发点无法及时赶到其拜访时段({detail}):请从更近的出发点或用更早的班次安排</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="68"/>
        <source>no time left in the day beside the visits planned: plan it on another day</source>
        <translation>除已安排的拜访外当天没有剩余时间:请安排在其他日子</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="69"/>
        <source>it could not be fitted into the shift ({detail}): plan it with a longer shift or on another day</source>
        <translation>无法排入班次({detail}):请用更长的班次或在其他日子安排</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="78"/>
        <source>Stage not known: calm and factual — find out first; talk about next steps once you know how long the account is overdue and whether they can pay.</source>
        <translation>阶段未知:平和、客观——先了解情况;在知道账户逾期多久以及对方能否还款后,再谈下一步。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="79"/>
        <source>Calm and supportive — the customer may be in financial difficulty: no pressure; offer forbearance, agree only what they can afford, and tell them free debt advice is available.</source>
        <translation>平和、支持的语气——客户可能有经济困难:不要施压;提供宽限措施,只约定其负担得起的金额,并告知可获得免费的债务咨询。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="80"/>
        <source>Tell them free, independent debt advice is available (a not-for-profit debt advice service) and give them time to get it before agreeing a plan.</source>
        <translation>告知客户可获得免费、独立的债务咨询(非营利债务咨询服务),并在约定还款计划前给其时间去咨询。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="81"/>
        <source>Agree only what they can afford after essentials (rent, food, bills): lower the installments or use a forbearance option rather than press for this plan.</source>
        <translation>只约定客户在支付必要开支(房租、食物、账单)后负担得起的金额:降低分期金额或采用宽限措施,而不是坚持此方案。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="98"/>
        <source>Offer: none yet; the balance is not known.</source>
        <translation>方案:暂无;余额未知。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="122"/>
        <source>The balance and the days past due are not known: ask the office before the visit, and ask the borrower whether they agree with what is owed.</source>
        <translation>余额和逾期天数未知:拜访前请询问办公室,并询问借款人是否认可所欠金额。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="125"/>
        <source>Ask for no payment and write down no promise to pay.</source>
        <translation>不要求任何付款，也不记录还款承诺。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="128"/>
        <source>1 broken promise</source>
        <translation>1 次违约承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="129"/>
        <source>{n} broken promises</source>
        <translation>{n} 次违约承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="132"/>
        <source>No repayment offer: the case is blocked ({flags}).</source>
        <translation>无还款方案：案件已被阻止（{flags}）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="133"/>
        <source>Last payment {date} (1 day ago), {amount} {currency}</source>
        <translation>上次还款 {date}（1 天前），{amount} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="135"/>
        <source>Last payment {date} (1 day ago)</source>
        <translation>上次还款 {date}（1 天前）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="137"/>
        <source>1 day past due ({bucket})</source>
        <translation>逾期 1 天（{bucket}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="140"/>
        <source>The account is 1 day overdue; its balance is not known (the case file gave none), so ask the office before the visit.</source>
        <translation>该账户逾期 1 天;余额未知(案件文件未提供),请在拜访前询问办公室。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="141"/>
        <source>The account is {days} days overdue; its balance is not known (the case file gave none), so ask the office before the visit.</source>
        <translation>该账户逾期 {days} 天;余额未知(案件文件未提供),请在拜访前询问办公室。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="143"/>
        <source>The case file gave no balance: ask the office what is owed, and agree no amount until you know it.</source>
        <translation>案件文件未提供余额:请向办公室确认所欠金额,确认之前不要约定任何金额。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="144"/>
        <source>The account is 1 day overdue; its balance waits for review, so check it before the visit.</source>
        <translation>该账户逾期 1 天；余额等待复核，拜访前请核对。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="147"/>
        <source>The account is 1 day overdue with {amount} {currency} outstanding.</source>
        <translation>该账户逾期 1 天，未还 {amount} {currency}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="149"/>
        <source>Vulnerable customer: a visit needs a supervisor&apos;s approval first; if approved, offer the forbearance options first, with no pressure.</source>
        <translation>弱势客户：拜访须先经主管批准；获批后先提供宽限方案，不得施压。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="150"/>
        <source>No collection on this case: read why above. Do not visit, ask for no payment and record no promise, unless a supervisor approves an override.</source>
        <translation>此案件不得催收：原因见上。除非主管批准特例，否则不要拜访、不要求付款、不记录承诺。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="151"/>
        <source>No collection talk: no repayment offer and no promise to pay.</source>
        <translation>不谈催收：不提还款方案，不要还款承诺。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="152"/>
        <source>Cease request: the borrower asked to stop contact. Honour it: no visit, no call and no request for payment; pass anything they send to your office.</source>
        <translation>停止联系请求：借款人要求停止联系。请遵守：不拜访、不致电、不要求付款；其寄来的任何材料转交办公室。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="153"/>
        <source>Bankruptcy: the automatic stay stops collection. No visit and no request for payment; the office deals with the bankruptcy proceedings.</source>
        <translation>破产：自动中止令停止催收。不拜访、不要求付款；由办公室处理破产程序。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="154"/>
        <source>Represented by a lawyer: no contact with the borrower; the office speaks to the lawyer only.</source>
        <translation>已委托律师：不与借款人联系；办公室只与律师沟通。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="155"/>
        <source>Deceased: no visit and no request for payment; the office deals with the estate.</source>
        <translation>已故：不拜访、不要求付款；由办公室处理遗产事宜。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="156"/>
        <source>Do not visit: the office has stopped visits to this borrower; no contact at the door.</source>
        <translation>禁止拜访：办公室已停止对该借款人的拜访；不得上门接触。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="157"/>
        <source>Dispute open: recovery is suspended while the dispute lasts. Only help resolve it: note what is disputed and pass it to the office; ask for no payment and no promise.</source>
        <translation>存在争议：争议期间暂停催收。只协助解决争议：记下争议内容并转交办公室；不要求付款或承诺。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="158"/>
        <source>Legal hold: no collection activity until the office lifts the hold.</source>
        <translation>法律冻结：在办公室解除冻结前不得进行任何催收活动。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="159"/>
        <source>Vulnerable customer: no visit under {rules}; the office decides on forbearance.</source>
        <translation>弱势客户：依据 {rules} 不得拜访；由办公室决定宽限措施。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="160"/>
        <source>the promised date {day} is {days} days after the visit, beyond the three days a promise is pinned to ({latest} at the latest): check the date, or agree a nearer one or a repayment plan</source>
        <translation>承诺日期 {day} 在拜访后 {days} 天,超出了承诺应定在的三天内(最迟 {latest}):请核对日期,或约定更近的日期或还款计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="165"/>
        <source>{days} are not visiting days in {code} ({source})</source>
        <translation>在 {code}，{days} 不是上门日（{source}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="166"/>
        <source>{day} is not a visiting day in {code} ({source})</source>
        <translation>在 {code}，{day} 不是上门日（{source}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="167"/>
        <source>about {n} days</source>
        <translation>约 {n} 天</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="168"/>
        <source>a very long time</source>
        <translation>很长时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="169"/>
        <source>1 second</source>
        <translation>1 秒</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="170"/>
        <source>{n} seconds</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="171"/>
        <source>{n} minutes</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="172"/>
        <source>about {n} hours</source>
        <translation>约 {n} 小时</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="176"/>
        <source>The {what} amount {amount} has more than three decimals.</source>
        <translation>{what}金额 {amount} 的小数超过三位。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="188"/>
        <source>{field} is not a field of a visit; the fields are {allowed}. Rename or remove it.</source>
        <translation>{field} 不是拜访记录的字段；字段为 {allowed}。请重命名或删除。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="200"/>
        <source>{field} is not a field of the visit&apos;s {part}; its fields are {allowed}. Rename or remove it.</source>
        <translation>{field} 不是拜访记录中 {part} 的字段；其字段为 {allowed}。请重命名或删除。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="206"/>
        <source>M could be martes or miércoles; write X (or Mi) for miércoles, e.g. L, X y V</source>
        <translation>M 可能是 martes（周二）或 miércoles（周三）；周三请写 X（或 Mi），例如 L, X y V</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="209"/>
        <source>cannot read the days {head}; write e.g. Tue and Thu, Mon-Fri</source>
        <translation>无法读取日期 {head}；请写成例如 Tue and Thu、Mon-Fri</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="210"/>
        <source>{date} is not a {weekday}; check the day and the date</source>
        <translation>{date} 不是{weekday}；请核对星期和日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="211"/>
        <source>cannot read {head} as days or a date; write e.g. Tue and Thu, Mon-Fri, 2026-11-24</source>
        <translation>无法将 {head} 读取为星期或日期；请写成例如 Tue and Thu、Mon-Fri、2026-11-24</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="219"/>
        <source>cannot read {word} between two times; write the range as 14:00-16:00</source>
        <translation>无法识别两个时间之间的 {word}；请把时段写成 14:00-16:00</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="222"/>
        <source>the hours {hours} do not fall in the part of the day the text names; write them on the 24-hour clock, e.g. 17:30-19:30</source>
        <translation>时间 {hours} 不在文字所说的时段内;请用24小时制写时间,例如 17:30-19:30</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="226"/>
        <source>a time alone says no day and no end; write the days and hours, e.g. Mon-Fri 15:00-17:00, or the date, e.g. 2026-11-24 15:00-16:00</source>
        <translation>只有一个时间，既没有日期也没有结束时间；请写出日期和时段，如 周一至周五 15:00-17:00，或具体日期，如 2026-11-24 15:00-16:00</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="227"/>
        <source>cannot read the days or the date in {text}; write e.g. Tue and Thu, Mon-Fri, 2026-11-24</source>
        <translation>无法读取 {text} 中的星期或日期；请写成如 周二和周四、周一至周五、2026-11-24</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="228"/>
        <source>the window crosses midnight ({start}-{end}) and is outside the lawful visiting hours ({law_start}-{law_end})</source>
        <translation>该时段跨过午夜（{start}-{end}），且在合法上门时段（{law_start}-{law_end}）之外</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="233"/>
        <source>No collector named {given} (known: {known}); check the name with &apos;fieldvisit collectors list&apos;.</source>
        <translation>没有名为 {given} 的催收员（已知：{known}）；请用 &apos;fieldvisit collectors list&apos; 核对名称。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="234"/>
        <source>No collector named {given}; did you mean {suggestion}?</source>
        <translation>没有名为 {given} 的催收员；您是指 {suggestion} 吗？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="237"/>
        <source>No collector named {given}; did you mean {suggestion}? To add a new collector with this name, add --new.</source>
        <translation>没有名为 {given} 的催收员；您是指 {suggestion} 吗？如要以此名称新增催收员，请加上 --new。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="239"/>
        <source>There is no collector {name}; known: {names}. A collector is added by assigning cases (&apos;fieldvisit cases assign --collector NAME&apos;).</source>
        <translation>没有催收员 {name}；已知：{names}。为其分配案件即可添加催收员（&apos;fieldvisit cases assign --collector NAME&apos;）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="240"/>
        <source>{collector} has no start point; set it with &apos;fieldvisit collectors set-home {collector} LAT,LON&apos; (or in the window), or give --start LAT,LON.</source>
        <translation>{collector} 没有出发点；请用 &apos;fieldvisit collectors set-home {collector} LAT,LON&apos; 设置（或在窗口中设置），或指定 --start LAT,LON。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="241"/>
        <source>{name} could be {names}; give the name exactly as written.</source>
        <translation>{name} 可能是 {names}；请按原样准确填写名称。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="242"/>
        <source>There is no collector {name}; did you mean {guess}?</source>
        <translation>没有催收员 {name}；您是指 {guess} 吗？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="243"/>
        <source>Give the collector&apos;s name.</source>
        <translation>请提供催收员姓名。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="244"/>
        <source>Set where the day starts before where it ends.</source>
        <translation>请先设置一天的出发地点，再设置结束地点。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="245"/>
        <source>Write an address, or a position as LAT,LON.</source>
        <translation>请填写地址，或以 LAT,LON 形式填写位置。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="246"/>
        <source>{address} was found far outside {country}; check the address and the country, write the position as LAT,LON, or right-click the map and choose &apos;Start my day here&apos;.</source>
        <translation>{address} 被定位在 {country} 之外很远处;请检查地址和国家,以 纬度,经度 写出位置,或在地图上右键选择“从这里开始今天”。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="247"/>
        <source>{address} was not found; check it, write the position as LAT,LON, or right-click the map and choose &apos;Start my day here&apos;.</source>
        <translation>未找到 {address}；请核对，或以 LAT,LON 形式填写位置，或在地图上右键单击并选择“从这里开始我的一天”。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="248"/>
        <source>The {what} point {point} is not a position; latitude must be within -90..90 and longitude within -180..180.</source>
        <translation>{what}点 {point} 不是有效位置；纬度须在 -90..90 之间，经度须在 -180..180 之间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="249"/>
        <source>No connection to find {address}; write the position as LAT,LON or right-click the map and choose &apos;Start my day here&apos;.</source>
        <translation>没有网络连接，无法查找 {address}；请以 LAT,LON 形式填写位置，或在地图上右键单击并选择“从这里开始我的一天”。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="250"/>
        <source>The geocoder could not look up {address} now; try again later, write the position as LAT,LON, or right-click the map and choose &apos;Start my day here&apos;.</source>
        <translation>地理编码服务现在无法查询 {address}；请稍后再试，或以 纬度,经度 写出位置，或在地图上右键选择“从这里开始我的一天”。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="251"/>
        <source>Nothing answers at {url}; check the geocoder URL, or write the position as LAT,LON.</source>
        <translation>{url} 没有响应；请检查地理编码服务的 URL，或以 纬度,经度 写出位置。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="253"/>
        <source>{day} is too far off to plan; give a day between {first} and {last}.</source>
        <translation>{day} 太远，无法规划；请给出 {first} 至 {last} 之间的日期。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="254"/>
        <source>The plan of {collector} on {day} fails its check ({problem}); it was not saved.</source>
        <translation>{collector} 在 {day} 的计划未通过检查（{problem}）；未保存。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="259"/>
        <source>{text} can be read as more than one position; write it as LAT,LON with a dot for decimals, e.g. -16.79,179.96.</source>
        <translation>{text} 可以读成不止一个位置；请写成 纬度,经度，小数用点，例如 -16.79,179.96。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="261"/>
        <source>The shift ends at {end}: no time is left to plan today.</source>
        <translation>班次于 {end} 结束：今天已没有可规划的时间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="277"/>
        <source>The geocoder failed{status}; try again later or check the geocoder URL. {pending} addresses wait in the queue.</source>
        <translation>地理编码服务失败{status}；请稍后重试或检查地理编码 URL。队列中还有 {pending} 个地址等待处理。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="280"/>
        <source>The geocoder refused: too many requests{status}; wait and try again. {pending} addresses wait in the queue.</source>
        <translation>地理编码服务拒绝：请求过多{status}；请稍候重试。队列中还有 {pending} 个地址等待处理。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="281"/>
        <source>The geocoder refused: this account&apos;s quota is used up{status}; try again later or use another geocoder. {pending} addresses wait in the queue.</source>
        <translation>地理编码服务拒绝：该账户配额已用完{status}；请稍后重试或换用其他地理编码服务。队列中还有 {pending} 个地址等待处理。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="282"/>
        <source>The geocoder refused access{status}; check the geocoder URL and its key. {pending} addresses wait in the queue.</source>
        <translation>地理编码服务拒绝访问{status}；请检查地理编码 URL 及其密钥。队列中还有 {pending} 个地址等待处理。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="283"/>
        <source>The geocoder did not answer in time; try again later. {pending} addresses wait in the queue.</source>
        <translation>地理编码服务未及时响应；请稍后重试。队列中还有 {pending} 个地址等待处理。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="284"/>
        <source>The geocoder is unavailable{status}; try again later. {pending} addresses wait in the queue.</source>
        <translation>地理编码服务不可用{status}；请稍后再试。{pending} 个地址在队列中等待。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="285"/>
        <source>Nothing answers at {url}; check the geocoder URL and that the geocoder is running. {pending} addresses wait in the queue.</source>
        <translation>{url} 没有响应；请检查地理编码服务的 URL 以及服务是否在运行。{pending} 个地址在队列中等待。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="286"/>
        <source>The geocoder at {url} closed the connection without answering; check the geocoder URL (http or https) and that a geocoder runs there, or try again later. {pending} addresses wait in the queue.</source>
        <translation>{url} 的地理编码服务未应答就关闭了连接；请检查地理编码服务地址（http 或 https）及其是否在运行，或稍后重试。{pending} 个地址在队列中等待。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="287"/>
        <source>The geocoder&apos;s answer could not be read; check the geocoder URL or try again later. {pending} addresses wait in the queue.</source>
        <translation>无法读取地理编码服务的回答；请检查其 URL 或稍后再试。{pending} 个地址在队列中等待。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="288"/>
        <source>coordinates {lat}, {lon}</source>
        <translation>坐标 {lat}, {lon}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="289"/>
        <source>no flag: the hold ({flag}) is lifted</source>
        <translation>无标记：解除暂停（{flag}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="290"/>
        <source>time zone {zone}</source>
        <translation>时区 {zone}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="292"/>
        <source>coordinates left out: the address is geocoded</source>
        <translation>已舍弃坐标：将对地址进行地理编码</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="293"/>
        <source>flags: {flags}</source>
        <translation>标记：{flags}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="294"/>
        <source>The holidays region setting is wrong: {exc}.</source>
        <translation>节假日地区设置有误：{exc}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="299"/>
        <source>{file} is not a FieldVisit identity file.</source>
        <translation>{file} 不是 FieldVisit 身份文件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="310"/>
        <source>1 case moved to another address without coordinates: its coordinates are cleared and wait for geocoding ({first}).</source>
        <translation>1 个案件换了地址但没有坐标：其坐标已清除，等待地理编码（{first}）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="311"/>
        <source>{n} cases moved to other addresses without coordinates: their coordinates are cleared and wait for geocoding ({first}).</source>
        <translation>{n} 个案件换了地址但没有坐标：其坐标已清除，等待地理编码（{first}）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="312"/>
        <source>1 case keeps the position pinned by hand on the map; the file&apos;s coordinates for the same address were not used ({first}).</source>
        <translation>1 个案件保留了在地图上手动标注的位置；未使用文件中同一地址的坐标（{first}）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="313"/>
        <source>{n} cases keep the positions pinned by hand on the map; the file&apos;s coordinates for the same addresses were not used ({first}).</source>
        <translation>{n} 个案件保留了在地图上手动标注的位置；未使用文件中相同地址的坐标（{first}）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="314"/>
        <source>The file gives {fields} for its cases; they were imported without them. If the file has them under other headers, map those columns (--mapping) and import again.</source>
        <translation>文件中的案件{fields}；已在缺少这些信息的情况下导入。如果文件在其他表头下有这些信息，请映射这些列（--mapping）后重新导入。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="315"/>
        <source>No currency: neither the file nor the workspace gives one, so its amounts ({count}) wait for review with their currency; choose one with --currency, or in the preview.</source>
        <translation>无币种：文件和工作区都没有给出，因此其金额（{count} 个）连同币种等待复核；请用 --currency 或在预览中选择。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="316"/>
        <source>No country or time zone: neither the file nor the workspace gives one, so the cases take {zone} for now and their appointment times wait for review; choose the country with --country, or in the preview.</source>
        <translation>无国家或时区：文件和工作区都没有给出，因此案件暂用 {zone}，其预约时间等待复核；请用 --country 或在预览中选择国家。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="317"/>
        <source>No country or time zone: neither the file nor the workspace gives one, so the cases take {zone} for now; choose the country with --country, or in the preview.</source>
        <translation>无国家或时区：文件和工作区都没有给出，因此案件暂用 {zone}；请用 --country 或在预览中选择国家。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="318"/>
        <source>No import profile named {name} (saved: {known}); save one with --save-profile.</source>
        <translation>没有名为 {name} 的导入配置（已保存：{known}）；请用 --save-profile 保存。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="319"/>
        <source>Give the profile a name.</source>
        <translation>请为配置命名。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="320"/>
        <source>The decimal mark must be . or , (not {value}).</source>
        <translation>小数符号必须是 . 或 ,（而不是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="321"/>
        <source>The date order must be DMY or MDY (not {value}).</source>
        <translation>日期顺序必须是 DMY 或 MDY（而不是 {value}）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="322"/>
        <source>The header row must be 1 or more.</source>
        <translation>表头行必须大于或等于 1。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="323"/>
        <source>{value} is not a three-letter currency code such as USD.</source>
        <translation>{value} 不是 USD 这样的三字母货币代码。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="324"/>
        <source>{value} is not an ISO currency code; use one such as USD, EUR or MXN.</source>
        <translation>{value} 不是 ISO 货币代码；请使用如 USD、EUR 或 MXN 的代码。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="325"/>
        <source>The country is wrong: {exc}.</source>
        <translation>国家有误：{exc}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="326"/>
        <source>compared with the import of {file_name} (as of {as_of}; {why})</source>
        <translation>与 {file_name} 的导入比较（截至 {as_of}；{why}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="327"/>
        <source>{header} has a status FieldVisit does not recognise, kept as information only (no flag set, no case held): {values}. If it means a condition (deceased, lawyer, do not visit…), write that in a Flags column and import again.</source>
        <translation>{header} 中有 FieldVisit 无法识别的状态，仅作为信息保留（未设标记，未暂扣案件）：{values}。如果它表示某种状况（已故、律师、勿上门…），请写入标记列后重新导入。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="328"/>
        <source>{header} has {n} statuses FieldVisit does not recognise, kept as information only (no flag set, no case held): {values}. If one means a condition (deceased, lawyer, do not visit…), write that in a Flags column and import again.</source>
        <translation>{header} 中有 {n} 个 FieldVisit 无法识别的状态，仅作为信息保留（未设标记，未暂扣案件）：{values}。如果其中某个表示某种状况（已故、律师、勿上门…），请写入标记列后重新导入。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="329"/>
        <source>{case_id} looks like case {other} ({where}; the same id but for punctuation or spaces){same}; it is imported as another case: if it is the same account, correct the id in the file and import again</source>
        <translation>{case_id} 看起来像案件 {other}（{where}；除标点或空格外编号相同）{same}；它被作为另一个案件导入：如果是同一账户，请在文件中更正编号后重新导入</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="341"/>
        <source>Another FieldVisit is writing to this workspace; nothing was saved from this step. Try again in a moment.</source>
        <translation>另一个 FieldVisit 正在写入此工作区；此步骤未保存任何内容。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="347"/>
        <source>the promised date {day} is a Sunday: agree the next business day, {next}, explicitly</source>
        <translation>承诺日期 {day} 是星期日：请明确约定下一个工作日 {next}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="348"/>
        <source>the promised date {day} is a public holiday ({name}): agree the next business day, {next}, explicitly</source>
        <translation>承诺日期 {day} 是公共假日（{name}）：请明确约定下一个工作日 {next}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="349"/>
        <source>Only the office (a supervisor workspace) can open a recovery file.</source>
        <translation>只有办公室（主管工作区）才能打开恢复文件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="350"/>
        <source>{name} holds no workspace key.</source>
        <translation>{name} 不含工作区密钥。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="351"/>
        <source>{name} cannot be opened: {exc}.</source>
        <translation>无法打开 {name}：{exc}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="352"/>
        <source>The period ends ({end}) before it starts ({start}); swap --from and --to.</source>
        <translation>时间段的结束（{end}）早于开始（{start}）；请交换 --from 和 --to。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="353"/>
        <source>promise of {amount} {currency} is above the balance of {balance} {currency}</source>
        <translation>承诺金额 {amount} {currency} 超过余额 {balance} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="354"/>
        <source>payment of {amount} {currency} is above the balance of {balance} {currency}</source>
        <translation>还款金额 {amount} {currency} 超过余额 {balance} {currency}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="355"/>
        <source>No visit {visit_id} in this workspace.</source>
        <translation>此工作区中没有上门记录 {visit_id}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="356"/>
        <source>The plan of {collector} on {day} has no agreed appointments; a calendar file holds appointments only. Export gpx or kml for the whole route.</source>
        <translation>{collector} 在 {day} 的计划中没有已约定的预约；日历文件只包含预约。如需整条路线，请导出 gpx 或 kml。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="359"/>
        <source>The travel mode must be one of {join}.</source>
        <translation>出行方式必须是以下之一：{join}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="360"/>
        <source>The time per visit must be between 1 and 240 minutes.</source>
        <translation>每次上门时长必须在 1 到 240 分钟之间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="361"/>
        <source>The shift {shift} must look like 09:00-18:00 and end after it starts.</source>
        <translation>班次 {shift} 必须形如 09:00-18:00，且结束晚于开始。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="362"/>
        <source>The country must be a two-letter code such as ES, CN or MX.</source>
        <translation>国家必须是两个字母的代码，例如 ES、CN 或 MX。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="363"/>
        <source>The currency must be a three-letter code such as EUR.</source>
        <translation>币种必须是三个字母的代码，例如 EUR。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="364"/>
        <source>The holidays region must be a subdivision code such as MD (Madrid) or CMX; leave it empty for national holidays only.</source>
        <translation>节假日地区必须是 MD（马德里）或 CMX 这样的行政区代码；留空则仅使用全国节假日。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="365"/>
        <source>The language must be English (en), Spanish (es) or Simplified Chinese (zh_CN).</source>
        <translation>语言必须是英语（en）、西班牙语（es）或简体中文（zh_CN）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="366"/>
        <source>The import profiles in that settings file are damaged; export them again.</source>
        <translation>该设置文件中的导入配置已损坏；请重新导出。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="367"/>
        <source>That file is not a FieldVisit settings file.</source>
        <translation>该文件不是 FieldVisit 设置文件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="368"/>
        <source>There is no travel mode {mode}; use one of {join}.</source>
        <translation>没有出行方式 {mode}；请使用以下之一：{join}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="369"/>
        <source>The speed for {mode} ({kmh} km/h) must be between 1 and 150 km/h.</source>
        <translation>{mode} 的速度（{kmh} 公里/小时）必须在 1 到 150 公里/小时之间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="370"/>
        <source>The time per visit must be a whole number of minutes.</source>
        <translation>每次上门时长必须是整数分钟。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="371"/>
        <source>The speed for {mode} must be a number of km/h.</source>
        <translation>{mode} 的速度必须是公里/小时数值。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="372"/>
        <source>{timezone} is not a time zone name such as Europe/Madrid.</source>
        <translation>{timezone} 不是时区名称（例如 Europe/Madrid）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="373"/>
        <source>The holidays region is wrong: {exc}.</source>
        <translation>节假日地区有误：{exc}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="357"/>
        <source>{name} cannot be imported: {exc}. Nothing was imported.{hint}</source>
        <translation>无法导入 {name}：{exc}。未导入任何内容。{hint}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="358"/>
        <source>Only a {role} workspace can do this; this one belongs to {name}, a {role2}.</source>
        <translation>只有{role}工作区才能执行此操作；此工作区属于 {name}（{role2}）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="374"/>
        <source>The review status must be one of {join}.</source>
        <translation>审核状态必须是以下之一：{join}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="375"/>
        <source>Say what is wrong in a comment; the collector reads it in the next pack.</source>
        <translation>请在意见中说明问题；催收员会在下一个任务包中看到。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="332"/>
        <source>No enrolled collector named {collector}; enroll their identity file with &apos;fieldvisit keys trust FILE&apos; (the name must match the collector&apos;s).</source>
        <translation>没有已登记的催收员 {collector}；请用 &apos;fieldvisit keys trust 文件&apos; 登记其身份文件（名称须与催收员一致）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="376"/>
        <source>No supervisor is trusted yet; import your office&apos;s identity file with &apos;fieldvisit keys trust FILE&apos; first.</source>
        <translation>尚未信任任何主管；请先用 &apos;fieldvisit keys trust 文件&apos; 导入办公室的身份文件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="336"/>
        <source>{name} cannot be imported: {exc}. Nothing was imported.</source>
        <translation>无法导入 {name}：{exc}。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="262"/>
        <source>The geocoder at {url} did not complete a secure connection: {why}; {todo}.</source>
        <translation>位于 {url} 的地理编码服务未能建立安全连接:{why};{todo}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="263"/>
        <source>The geocoder answered with an error: {text}; check the geocoder URL and its settings, or try again later.</source>
        <translation>地理编码服务返回了错误:{text};请检查地理编码服务的网址及其设置,或稍后重试。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="264"/>
        <source>the server does not speak https</source>
        <translation>该服务器不支持 https</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="265"/>
        <source>check the geocoder URL (perhaps http:// rather than https://)</source>
        <translation>请检查地理编码服务网址(也许应为 http:// 而不是 https://)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="266"/>
        <source>its certificate is not trusted (self-signed or from an unknown authority)</source>
        <translation>其证书不受信任(自签名或来自未知机构)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="267"/>
        <source>give the geocoder a certificate this computer trusts, or check the geocoder URL</source>
        <translation>请为地理编码服务配置本机信任的证书,或检查其网址</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="268"/>
        <source>its certificate has expired</source>
        <translation>其证书已过期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="269"/>
        <source>renew the geocoder&apos;s certificate</source>
        <translation>请更新地理编码服务的证书</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="270"/>
        <source>its certificate is for another name</source>
        <translation>其证书属于另一个名称</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="271"/>
        <source>use the name the certificate is for in the geocoder URL</source>
        <translation>请在地理编码服务网址中使用证书所对应的名称</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="272"/>
        <source>the secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="273"/>
        <source>check the geocoder URL (http or https) and try again</source>
        <translation>请检查地理编码服务网址(http 或 https)后重试</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="274"/>
        <source>The geocoder refused: too many requests{status}; it asks to wait {wait} before trying again. {pending} addresses wait in the queue.</source>
        <translation>地理编码服务拒绝了请求:请求过多{status};它要求等待 {wait} 后再试。{pending} 个地址在队列中等待。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="275"/>
        <source>The geocoder is unavailable{status}; it asks to wait {wait} before trying again. {pending} addresses wait in the queue.</source>
        <translation>地理编码服务不可用{status};它要求等待 {wait} 后再试。{pending} 个地址在队列中等待。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="276"/>
        <source>{reason} {pending} addresses wait in the queue.</source>
        <translation>{reason} {pending} 个地址在队列中等待。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="278"/>
        <source>The geocoder at {url} redirects to https but did not complete a secure connection: {why}; {todo}.</source>
        <translation>位于 {url} 的地理编码服务重定向到 https,但未能建立安全连接:{why};{todo}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="279"/>
        <source>The geocoder asks to wait {wait}</source>
        <translation>地理编码服务要求等待 {wait}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="291"/>
        <source>the answer left out: correct the address or place the case on the map</source>
        <translation>该结果已舍弃:请更正地址或在地图上放置该案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="337"/>
        <source>{name} cannot be imported: it is damaged (a field has the wrong form). Nothing was imported.</source>
        <translation>无法导入 {name}：文件已损坏（某个字段格式错误）。未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="338"/>
        <source>{day} has passed (today is {today} in {zone}); plan today or a later day.</source>
        <translation>{day} 已过去({zone} 今天是 {today});请安排今天或以后的日子。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="339"/>
        <source>Today&apos;s shift is over (it is {now} in {zone} and the shift ends at {end}); plan tomorrow or a later day.</source>
        <translation>今天的班次已结束({zone} 现在是 {now},班次 {end} 结束);请安排明天或以后的日子。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="340"/>
        <source>Cannot lock {case_id} at {at}: that time has passed today; lock it later or without a time.</source>
        <translation>无法将 {case_id} 锁定在 {at}:今天该时间已过;请锁定在更晚的时间或不指定时间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="377"/>
        <source>{name} could not be imported: other imports kept writing the same visits; try again.</source>
        <translation>无法导入 {name}：其他导入正在写入相同的上门记录；请重试。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="378"/>
        <source>{name} comes from a sender this workspace does not trust; it was not read.</source>
        <translation>{name} 来自本工作区不信任的发送方；未读取。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="379"/>
        <source>The sync folder {root} cannot be reached now; nothing was exchanged. Your work stays on this computer; try again when the share is connected.</source>
        <translation>当前无法访问同步文件夹 {root}；未交换任何文件。您的数据仍保存在本机；连接共享后请重试。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="380"/>
        <source>The folder {folder} does not exist (or is not reachable now); create it or mount the share first.</source>
        <translation>文件夹 {folder} 不存在（或当前无法访问）；请先创建或挂载共享。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="381"/>
        <source>{name} cannot be read now; it was skipped.</source>
        <translation>目前无法读取 {name}；已跳过。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="382"/>
        <source>This workspace has no identity yet; run &apos;fieldvisit keys init&apos; first.</source>
        <translation>此工作区尚无身份；请先运行 &apos;fieldvisit keys init&apos;。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="387"/>
        <source>Visit {n}: {problem}</source>
        <translation>第 {n} 条上门记录：{problem}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="388"/>
        <source>{day} is not a contact day under {rules} and no visit was agreed for it</source>
        <translation>依据 {rules}，{day} 不是可联系日，且当天没有约定上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="389"/>
        <source>the case was blocked from visits ({flags})</source>
        <translation>该案件禁止上门（{flags}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="390"/>
        <source>vulnerable customer: visits are not allowed under {rules}</source>
        <translation>弱势客户：依据 {rules} 不允许上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="391"/>
        <source>no reason given for the exception</source>
        <translation>未说明例外原因</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="392"/>
        <source>No visit {visit_id}.</source>
        <translation>没有上门记录 {visit_id}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="393"/>
        <source>Visit {visit_id} was already corrected by {newer}; correct the newest version.</source>
        <translation>上门记录 {visit_id} 已被 {newer} 更正；请更正最新版本。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="394"/>
        <source>outside lawful contact hours ({start}–{end} {zone} under {rules}): {arrived}–{left}</source>
        <translation>超出合法联系时间（{start}–{end} {zone}，依据 {rules}）：{arrived}–{left}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="395"/>
        <source>outside lawful contact hours ({start}–{end} {zone}): {arrived}–{left}</source>
        <translation>超出合法联系时间（{start}–{end} {zone}）：{arrived}–{left}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="396"/>
        <source>beyond the visit cap ({n} per {days} days)</source>
        <translation>超过上门次数上限（每 {days} 天 {n} 次）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="397"/>
        <source>third-party contact number {n} (at most {most} under {rules})</source>
        <translation>第 {n} 次接触第三方（依据 {rules} 最多 {most} 次）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="398"/>
        <source>No case with id {get}.</source>
        <translation>没有案件 {get}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="399"/>
        <source>No case with id {case_id}; nothing was recorded.</source>
        <translation>没有案件 {case_id}；未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="400"/>
        <source>visit {visit_id} appears twice in the file; nothing was recorded.</source>
        <translation>上门记录 {visit_id} 在文件中出现两次；未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="401"/>
        <source>visit {visit_id} was already recorded with different content; a correction is a new visit that names it in &apos;replaces&apos;. Nothing was recorded.</source>
        <translation>上门记录 {visit_id} 已以不同内容登记；更正应是一条在 &apos;replaces&apos; 中引用它的新记录。未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="402"/>
        <source>Another FieldVisit kept recording the same visits; nothing was recorded. Try again.</source>
        <translation>另一个 FieldVisit 一直在记录相同的拜访;未记录任何内容。请重试。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="403"/>
        <source>{exc} Nothing was recorded.</source>
        <translation>{exc} 未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="404"/>
        <source>the visit it replaces ({replaces}) is not recorded; nothing was recorded.</source>
        <translation>被替换的上门记录（{replaces}）不存在；未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="405"/>
        <source>a correction must stay on case {case_id}; nothing was recorded.</source>
        <translation>更正必须针对案件 {case_id}；未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="406"/>
        <source>visit {replaces} was already corrected by {newer}; correct the newest version. Nothing was recorded.</source>
        <translation>上门记录 {replaces} 已被 {newer} 更正；请更正最新版本。未登记任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="407"/>
        <source>Plan between 1 and {max} working days, not {days}.</source>
        <translation>请规划 1 到 {max} 个工作日，而不是 {days} 个。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="409"/>
        <source>Appointment text {review_id} is not waiting for review any more; refresh the list.</source>
        <translation>预约文本 {review_id} 已不再等待审核；请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="411"/>
        <source>{reason}.</source>
        <translation>{reason}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="412"/>
        <source>The corrected text cannot be read either ({reason}); write e.g. Tue and Thu 16:00-18:00 or 2026-11-24 10:00-12:00.</source>
        <translation>更正后的文本仍无法读取（{reason}）；请写成例如 Tue and Thu 16:00-18:00 或 2026-11-24 10:00-12:00。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="413"/>
        <source>dispute</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="414"/>
        <source>possibly_intentional</source>
        <translation>可能故意</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="415"/>
        <source>oversight</source>
        <translation>疏忽</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="416"/>
        <source>unclear</source>
        <translation>不明确</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="417"/>
        <source>able</source>
        <translation>有能力</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="418"/>
        <source>unable</source>
        <translation>无能力</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="419"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="420"/>
        <source>willing</source>
        <translation>有意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="421"/>
        <source>unwilling</source>
        <translation>无意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="422"/>
        <source>able_willing</source>
        <translation>有能力_有意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="423"/>
        <source>able_unwilling</source>
        <translation>有能力_无意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="424"/>
        <source>unable_willing</source>
        <translation>无能力_有意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="425"/>
        <source>unable_unwilling</source>
        <translation>无能力_无意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="426"/>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="427"/>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="428"/>
        <source>fortnightly</source>
        <translation>每两周</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="429"/>
        <source>month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="430"/>
        <source>week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="431"/>
        <source>fortnight</source>
        <translation>两周</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="432"/>
        <source>promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="433"/>
        <source>payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="434"/>
        <source>promise_to_pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="435"/>
        <source>paid_in_full</source>
        <translation>已全额还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="436"/>
        <source>partial_payment</source>
        <translation>部分还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="437"/>
        <source>settled</source>
        <translation>已和解</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="438"/>
        <source>refused</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="439"/>
        <source>hardship</source>
        <translation>困难</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/domain_texts.py" line="440"/>
        <source>rpc</source>
        <translation>见到本人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/operation.py" line="26"/>
        <source>Cancelled; nothing was changed.</source>
        <extracomment>What a cancelled or crashed operation says (translated through ``localize``).</extracomment>
        <translation>已取消；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/operation.py" line="27"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/operation.py" line="28"/>
        <source>Unexpected error: {kind}: {error}</source>
        <translation>意外错误：{kind}：{error}</translation>
    </message>
</context>
<context>
    <name>PrepDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="23"/>
        <source>Preparation — {}</source>
        <translation>准备单 — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="28"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="31"/>
        <source>Record visit with this proposal</source>
        <translation>按此方案登记上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="44"/>
        <source>Save preparation sheet</source>
        <translation>保存准备单</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="45"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="50"/>
        <location filename="../../fieldvisit/ui/prep_dialog.py" line="53"/>
        <source>Sheet not saved</source>
        <translation>资料表未保存</translation>
    </message>
</context>
<context>
    <name>PrepSheet</name>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="52"/>
        <source>Case {case}</source>
        <translation>案件 {case}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="53"/>
        <source>{n} days past due</source>
        <translation>逾期 {n} 天</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="54"/>
        <source>days past due unknown</source>
        <translation>逾期天数未知</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="56"/>
        <source>balance to review</source>
        <translation>余额待审核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="57"/>
        <source>balance unknown</source>
        <translation>余额未知</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="67"/>
        <source>({time} {zone} time)</source>
        <translation>（{zone} 时间 {time}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="68"/>
        <source>Visit at {time}</source>
        <translation>{time} 上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="72"/>
        <source>window {start}–{end}</source>
        <translation>时段 {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="79"/>
        <source>Blocked: no repayment offer, no promise to pay</source>
        <translation>已阻止：无还款方案，无还款承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="80"/>
        <source>Blocked — shown under a supervisor&apos;s override</source>
        <translation>已阻止 — 经主管特批显示</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="85"/>
        <source>Override by {by}: {reason}</source>
        <translation>{by} 特批：{reason}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="89"/>
        <source>From the case file</source>
        <translation>来自案件档案</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="92"/>
        <source>Confirm at the door</source>
        <translation>上门时确认</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="96"/>
        <source>Intent</source>
        <translation>还款意图</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="96"/>
        <source>Ability</source>
        <translation>还款能力</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="97"/>
        <source>Willingness</source>
        <translation>还款意愿</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="100"/>
        <source>Quadrant</source>
        <translation>象限</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="101"/>
        <source>unknown — find out</source>
        <translation>未知——请了解</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="102"/>
        <source>blocked</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="107"/>
        <source>Ask at the door</source>
        <translation>上门时询问</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="115"/>
        <source>Pay in full</source>
        <translation>一次性还清</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="116"/>
        <source>{n} instalments ({frequency})</source>
        <translation>分 {n} 期（{frequency}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="113"/>
        <source>Repayment proposal</source>
        <translation>还款方案</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="117"/>
        <source>total {amount}</source>
        <translation>合计 {amount}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="118"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="118"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="127"/>
        <source>Forbearance options:</source>
        <translation>宽限选项：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/pdf.py" line="129"/>
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
    <name>RegionActions</name>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="25"/>
        <source>Re&amp;gions</source>
        <translation>地区(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="26"/>
        <source>&amp;Build region pack from an OpenStreetMap extract…</source>
        <translation>从 OpenStreetMap 提取文件生成地区包(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="27"/>
        <source>Real roads, addresses and places for planning and search, offline</source>
        <translation>离线使用真实道路、地址和地点进行规划和搜索</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="29"/>
        <source>&amp;Find a place…</source>
        <translation>查找地点(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="30"/>
        <source>An address, a street or a named place in the region packs; the map centres there</source>
        <translation>地区包中的地址、街道或地名；地图将以此为中心</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="32"/>
        <source>Region &amp;packs…</source>
        <translation>地区包(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="33"/>
        <source>The region packs of this computer: list, remove, hand over</source>
        <translation>本机的地区包：查看、移除、转交</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="52"/>
        <source>A region pack is being built; wait for it or cancel it.</source>
        <translation>正在生成地区包；请等待完成或将其取消。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="56"/>
        <source>OpenStreetMap extract</source>
        <translation>OpenStreetMap 提取文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="57"/>
        <source>OpenStreetMap extracts (*.osm.pbf *.pbf)</source>
        <translation>OpenStreetMap 提取文件 (*.osm.pbf *.pbf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="66"/>
        <source>Region {name} ready: roads for {modes}; {n} addresses.</source>
        <translation>地区 {name} 已就绪：{modes} 道路；{n} 个地址。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="73"/>
        <source>Region pack build cancelled; nothing was kept.</source>
        <translation>地区包生成已取消；未保留任何内容。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="75"/>
        <source>Region pack not built: {}</source>
        <translation>地区包未生成：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="77"/>
        <source>Region pack not built</source>
        <translation>地区包未生成</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="85"/>
        <source>Building the region pack from {}…</source>
        <translation>正在从 {} 生成地区包…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="94"/>
        <source>A region pack is being built; it shows here when it is ready.</source>
        <translation>正在生成地区包；完成后会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="114"/>
        <source>Find a place</source>
        <translation>查找地点</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="115"/>
        <source>Address, street or place (e.g. Mannerheimintie 5):</source>
        <translation>地址、街道或地点（例如 Mannerheimintie 5）：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_actions.py" line="120"/>
        <source>Not found in the region packs: {}</source>
        <translation>在地区包中未找到：{}</translation>
    </message>
</context>
<context>
    <name>RegionListDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="21"/>
        <source>Region packs</source>
        <translation>地区包</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="23"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="23"/>
        <source>Travel modes</source>
        <translation>出行方式</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="23"/>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="24"/>
        <source>Street map</source>
        <translation>街道地图</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="24"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="24"/>
        <source>Built / state</source>
        <translation>生成时间 / 状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="32"/>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="34"/>
        <source>Show &amp;folder</source>
        <translation>显示文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="35"/>
        <source>Copy a pack&apos;s folder to a collector&apos;s data folder to hand it over</source>
        <translation>将地区包的文件夹复制到催收员的数据文件夹即可转交</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="58"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="58"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="61"/>
        <source>NOT USED: {}</source>
        <translation>未使用：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="69"/>
        <source>No region pack yet: Regions → Build region pack from an OpenStreetMap extract…</source>
        <translation>尚无地区包：地区 → 从 OpenStreetMap 提取文件生成地区包…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="71"/>
        <source>Plans inside a pack are timed on its roads; elsewhere on straight lines × detour.</source>
        <translation>地区包范围内的计划按其道路计算时间；其他地方按直线距离 × 绕行系数计算。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="88"/>
        <source>Remove region pack</source>
        <translation>移除地区包</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="89"/>
        <source>Remove the region pack {}? Plans in it will be timed on straight lines until it is built again.</source>
        <translation>移除地区包 {}？重新生成之前，该地区内的计划将按直线距离计算时间。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/region_list.py" line="95"/>
        <source>Region pack not removed</source>
        <translation>地区包未移除</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="18"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Met</source>
        <translation>接触对象</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="19"/>
        <source>Promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Promised for</source>
        <translation>承诺日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="20"/>
        <source>Collected</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="21"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="21"/>
        <source>Compliance exceptions</source>
        <translation>合规例外</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="21"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="22"/>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="22"/>
        <source>Visits</source>
        <translation>上门次数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="22"/>
        <source>Contacts</source>
        <translation>接触次数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="22"/>
        <source>Promises</source>
        <translation>承诺次数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="22"/>
        <source>Agreed plan</source>
        <translation>约定方案</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="22"/>
        <source>To check</source>
        <translation>待核对</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="23"/>
        <source>Kept</source>
        <translation>已兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="23"/>
        <source>Broken</source>
        <translation>未兑现</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="23"/>
        <source>Amount promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="23"/>
        <source>Amount collected</source>
        <translation>收款金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="24"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="24"/>
        <source>Has issues</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="24"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="24"/>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/report_files.py" line="43"/>
        <source>{n} instalments, {currency}: {parts}</source>
        <translation>分 {n} 期，{currency}：{parts}</translation>
    </message>
</context>
<context>
    <name>RouteActions</name>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="24"/>
        <source>&amp;Route</source>
        <translation>路线(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="25"/>
        <source>Print &amp;itinerary (PDF)…</source>
        <translation>打印行程单 (PDF)(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="26"/>
        <source>The day&apos;s stops in order with times, addresses, phones, notes, the map and QR codes</source>
        <translation>按顺序列出当天站点，含时间、地址、电话、备注、地图和二维码</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="27"/>
        <source>Export route as &amp;GPX…</source>
        <translation>将路线导出为 GPX(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="28"/>
        <source>Waypoints and route for a phone or GPS navigation app</source>
        <translation>供手机或 GPS 导航应用使用的航点和路线</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="29"/>
        <source>Export route as &amp;KML…</source>
        <translation>将路线导出为 KML(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="30"/>
        <source>Placemarks and route for map apps</source>
        <translation>供地图应用使用的地标和路线</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="31"/>
        <source>Export appointments as &amp;calendar (.ics)…</source>
        <translation>将预约导出为日历 (.ics)(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="32"/>
        <source>The day&apos;s agreed appointments, in each case&apos;s time zone</source>
        <translation>当天已约定的预约，按各案件的时区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="46"/>
        <location filename="../../fieldvisit/ui/route_actions.py" line="78"/>
        <source>No plan</source>
        <translation>没有计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="46"/>
        <source>Plan a day first, then export its map.</source>
        <translation>请先规划一天，再导出地图。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="49"/>
        <source>Export day map</source>
        <translation>导出当日地图</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="51"/>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="65"/>
        <location filename="../../fieldvisit/ui/route_actions.py" line="68"/>
        <source>Map not exported</source>
        <translation>地图未导出</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="70"/>
        <source>Map written to {}</source>
        <translation>地图已保存到 {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="78"/>
        <source>Plan a day first, then export its route.</source>
        <translation>请先规划一天，再导出其路线。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="82"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="82"/>
        <source>GPX route (*.gpx)</source>
        <translation>GPX 路线 (*.gpx)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="83"/>
        <source>KML file (*.kml)</source>
        <translation>KML 文件 (*.kml)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="83"/>
        <source>Calendar (*.ics)</source>
        <translation>日历 (*.ics)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="84"/>
        <source>Export route</source>
        <translation>导出路线</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/route_actions.py" line="94"/>
        <source>Route not exported</source>
        <translation>路线未导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/route_actions.py" line="97"/>
        <source>%n stops of {day} written to {path}</source>
        <translation>
            <numerusform>{day} 的 %n 个站点已写入 {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="49"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="63"/>
        <source>Average speed door to door</source>
        <translation>门到门平均速度</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="65"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="79"/>
        <source>e.g. ES, CN, MX</source>
        <translation>例如 ES、CN、MX</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="80"/>
        <source>e.g. EUR</source>
        <translation>例如 EUR</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="81"/>
        <source>system time zone</source>
        <translation>系统时区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="83"/>
        <source>e.g. MD (Madrid); empty: national holidays</source>
        <translation>例如 MD（马德里）；留空：全国节假日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="84"/>
        <source>Public holidays of the country and this region are kept free of visits (except agreed appointments) and of repayment dates</source>
        <translation>本国及本地区的公共节假日不安排上门（已约定的预约除外），也不设还款日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="86"/>
        <source>YYYY-MM-DD, YYYY-MM-DD</source>
        <translation>YYYY-MM-DD，YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="87"/>
        <source>Office closures and local feasts, added to the public holidays</source>
        <translation>办公室停业日和地方节日，追加到公共节假日中</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="88"/>
        <source>the rule sets shipped with FieldVisit</source>
        <translation>FieldVisit 自带的规则集</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="89"/>
        <source>none: plain background offline</source>
        <translation>无：离线时显示纯背景</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="90"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="92"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="97"/>
        <source>Travel mode</source>
        <translation>出行方式</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="98"/>
        <source>Time per visit</source>
        <translation>每次上门时长</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="99"/>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="100"/>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="106"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="107"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="108"/>
        <source>Holidays region</source>
        <translation>节假日地区</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="109"/>
        <source>Office closures</source>
        <translation>办公室停业日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="110"/>
        <source>Rule sets file</source>
        <translation>规则集文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="111"/>
        <source>Rule sets (*.json)</source>
        <translation>规则集 (*.json)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="112"/>
        <source>Tile pack</source>
        <translation>离线地图包</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="113"/>
        <source>Tile packs (*.mbtiles)</source>
        <translation>离线地图包 (*.mbtiles)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="114"/>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="115"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="118"/>
        <source>Where my day starts</source>
        <translation>我的一天从哪里开始</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="124"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="125"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="126"/>
        <source>Write these settings to a file for your collectors (without this computer&apos;s paths)</source>
        <translation>将这些设置写入文件供催收员使用（不含本机路径）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="155"/>
        <source>{name}: {lat:.5f}, {lon:.5f} — change…</source>
        <translation>{name}：{lat:.5f}, {lon:.5f} — 更改…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="157"/>
        <source>{}: not set yet — set…</source>
        <translation>{}：尚未设置 — 设置…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="157"/>
        <source>choose a collector in the planner</source>
        <translation>请在规划器中选择催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="203"/>
        <source>The sync folder does not exist (or is not reachable now).</source>
        <translation>同步文件夹不存在（或当前无法访问）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="214"/>
        <source>The rule sets file cannot be used: {}</source>
        <translation>规则集文件无法使用：{}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="216"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="247"/>
        <source>No country: the default rules (no cold visits on Sundays or public holidays)</source>
        <translation>无国家：默认规则（周日和公共假日不进行未预约拜访）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="250"/>
        <source>{name}: {rules}</source>
        <translation>{name}：{rules}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="253"/>
        <source>Not a country code FieldVisit has public holidays for</source>
        <translation>不是 FieldVisit 有公共假日数据的国家代码</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="264"/>
        <source>Export settings</source>
        <translation>导出设置</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="265"/>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="283"/>
        <source>Settings (*.json)</source>
        <translation>设置 (*.json)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="277"/>
        <source>Could not write {path}: {error}.</source>
        <translation>无法写入 {path}：{error}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="283"/>
        <source>Import settings</source>
        <translation>导入设置</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_dialog.py" line="295"/>
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
        <location filename="../../fieldvisit/ui/settings_help.py" line="27"/>
        <source>Change &amp;passphrase…</source>
        <translation>更改口令(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="29"/>
        <source>Choose a new office passphrase for the private keys in this database</source>
        <translation>为此数据库中的私钥设置新的办公室口令</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="31"/>
        <source>Choose a new passphrase for this computer&apos;s encrypted workspace</source>
        <translation>为此电脑上的加密工作区设置新口令</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="40"/>
        <source>The workspace passphrase is changed.</source>
        <translation>工作区口令已更改。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="46"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="47"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="50"/>
        <source>&amp;About FieldVisit</source>
        <translation>关于 FieldVisit(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="69"/>
        <source>Tile pack refused</source>
        <translation>地图包被拒绝</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="71"/>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="73"/>
        <source>The new language applies when FieldVisit starts again.</source>
        <translation>新语言将在重新启动 FieldVisit 后生效。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="85"/>
        <source>Double-click</source>
        <translation>双击</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="85"/>
        <source>Preparation sheet (table) / record the visit (timeline)</source>
        <translation>准备单（表格）/ 登记上门（时间线）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="86"/>
        <source>Lock the selected stop at its time</source>
        <translation>将所选站点锁定在当前时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="86"/>
        <source>Take the stop out of the day</source>
        <translation>将该站点移出当日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="87"/>
        <source>Drag</source>
        <translation>拖动</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="87"/>
        <source>Reorder the timeline; move a marker on the map to the door</source>
        <translation>调整时间线顺序；把地图标记拖到门口</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="88"/>
        <source>Approve the visit (supervisor desk) / finalize the visit form</source>
        <translation>通过上门记录（主管工作台）/ 完成上门表单</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="93"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="101"/>
        <source>About FieldVisit</source>
        <translation>关于 FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/settings_help.py" line="102"/>
        <source>FieldVisit {version}: offline day plans, preparation sheets and visit records for visiting collectors.
Workspace: {url}</source>
        <translation>FieldVisit {version}：为上门催收员提供离线日程规划、准备单和上门记录。
工作区：{url}</translation>
    </message>
</context>
<context>
    <name>StartPointDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="31"/>
        <source>Where {}&apos;s day starts</source>
        <translation>{} 的一天从哪里开始</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="33"/>
        <source>{} has no start point yet, so the day cannot be planned. Where does the day start (home or office)?</source>
        <translation>{} 尚无出发点，因此无法规划当天。一天从哪里出发（住所或办公室）？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="35"/>
        <source>Where does {}&apos;s day start (home or office)? Plans start there and end there unless you give an end point.</source>
        <translation>{} 的一天从哪里出发（住所或办公室）？除非指定结束地点，计划都从此处出发并回到此处。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="40"/>
        <source>An address, or a position as LAT,LON</source>
        <translation>地址，或以 LAT,LON 表示的位置</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="42"/>
        <source>Optional: where the day ends, if not back at the start</source>
        <translation>可选：如不返回出发点，一天在哪里结束</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="44"/>
        <source>Day starts at</source>
        <translation>出发地点</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="45"/>
        <source>Day ends at</source>
        <translation>结束地点</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="46"/>
        <source>Tip: you can also right-click the map and choose “Start my day here”.</source>
        <translation>提示：也可以在地图上右键单击并选择“从这里开始我的一天”。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="82"/>
        <source>Write where the day starts: an address, or a position as LAT,LON.</source>
        <translation>请填写一天的出发地点：地址，或以 LAT,LON 表示的位置。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/collector_home.py" line="91"/>
        <source>Finding the address…</source>
        <translation>正在查找地址…</translation>
    </message>
</context>
<context>
    <name>SupervisorDesk</name>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="39"/>
        <source>Supervisor desk</source>
        <translation>主管工作台</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="41"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="316"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="41"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="317"/>
        <source>Approved</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="42"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="318"/>
        <source>Has issues</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="42"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="319"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="49"/>
        <source>Only not reviewed</source>
        <translation>仅未审核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="50"/>
        <source>Import visit reports…</source>
        <translation>导入上门报告…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="53"/>
        <source>Team report…</source>
        <translation>团队报表…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="56"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="56"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="57"/>
        <location filename="../../fieldvisit/ui/desk.py" line="67"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="67"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="67"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="68"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="68"/>
        <location filename="../../fieldvisit/ui/desk.py" line="218"/>
        <source>Promised</source>
        <translation>承诺金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="68"/>
        <location filename="../../fieldvisit/ui/desk.py" line="219"/>
        <source>Collected</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="69"/>
        <source>Exceptions</source>
        <translation>例外</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="69"/>
        <location filename="../../fieldvisit/ui/desk.py" line="123"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="78"/>
        <source>&amp;Approve</source>
        <translation>通过(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="80"/>
        <source>Approve (Ctrl+Enter)</source>
        <translation>通过（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="81"/>
        <source>Has &amp;issues…</source>
        <translation>有问题(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="82"/>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="124"/>
        <source>Dashboard</source>
        <translation>看板</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="149"/>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="189"/>
        <source>{visits} visits · {contacts} contacts · {promises} promises ({kept} kept, {broken} broken) · {promised} promised · {collected} collected · {exceptions} compliance exceptions · {unreviewed} not reviewed</source>
        <translation>{visits} 次上门 · {contacts} 次接触 · {promises} 个承诺（兑现 {kept}，未兑现 {broken}）· 承诺 {promised} · 收款 {collected} · 合规例外 {exceptions} · 未审核 {unreviewed}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="217"/>
        <source>Promised and collected per collector</source>
        <translation>各催收员承诺与收款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="221"/>
        <source>Review status per collector</source>
        <translation>各催收员审核状态</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk.py" line="225"/>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="78"/>
        <source>Compliance exceptions</source>
        <translation>合规例外</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="47"/>
        <source>Pay in full</source>
        <translation>一次性还清</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="22"/>
        <source>Promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="23"/>
        <source>by</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="27"/>
        <source>Payment</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="28"/>
        <source>receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="37"/>
        <source>Agreed repayment plan</source>
        <translation>约定的还款计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="38"/>
        <source>{n} instalments, total {total}</source>
        <translation>分 {n} 期，合计 {total}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="48"/>
        <source>Instalments</source>
        <translation>分期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="50"/>
        <source>none (the balance waited for review)</source>
        <translation>无（余额当时待复核）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="52"/>
        <source>, {n} instalments ({f})</source>
        <translation>，分 {n} 期（{f}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="55"/>
        <source>unknown — find out</source>
        <translation>未知——请了解</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="59"/>
        <source>Prep sheet at the time</source>
        <translation>当时的准备单</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="60"/>
        <source>Proposal</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="67"/>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/desk_detail.py" line="73"/>
        <source>To check</source>
        <translation>待核对</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="31"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="43"/>
        <source>No identity yet: run &apos;fieldvisit keys init&apos;</source>
        <translation>尚无身份：请运行 &apos;fieldvisit keys init&apos;</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="47"/>
        <source>&amp;Import assignment pack…</source>
        <translation>导入任务包(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="48"/>
        <source>Cases, recalls, payments and review comments from the office</source>
        <translation>来自办公室的案件、收回、还款和审核意见</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="49"/>
        <source>&amp;Export visit reports…</source>
        <translation>导出上门报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="50"/>
        <source>Every finalized visit the office has not acknowledged yet (drafts stay here)</source>
        <translation>办公室尚未确认的所有已完成上门（草稿不会发送）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="51"/>
        <source>Office &amp;reviews…</source>
        <translation>办公室审核意见(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="52"/>
        <source>Comments of your supervisor on your visits</source>
        <translation>主管对您上门记录的意见</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="54"/>
        <source>Supervisor &amp;desk…</source>
        <translation>主管工作台(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="55"/>
        <source>Import, review and dashboard of the team&apos;s visits</source>
        <translation>导入、审核团队的上门记录并查看看板</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="56"/>
        <source>&amp;Import visit reports…</source>
        <translation>导入上门报告(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="57"/>
        <source>&amp;Export assignment pack…</source>
        <translation>导出任务包(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="58"/>
        <source>A collector&apos;s cases, recalls and your review comments, for their laptop</source>
        <translation>催收员的案件、收回和您的审核意见，供其笔记本使用</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="60"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="60"/>
        <source>Exchange files through the sync folder</source>
        <translation>通过同步文件夹交换文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="61"/>
        <source>Set sync &amp;folder…</source>
        <translation>设置同步文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="63"/>
        <source>&amp;Keys and trust…</source>
        <translation>密钥与信任(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="64"/>
        <source>Export my identity file; trust an office&apos;s or a collector&apos;s file</source>
        <translation>导出我的身份文件；信任办公室或催收员的文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="80"/>
        <source>Import assignment pack</source>
        <translation>导入任务包</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="81"/>
        <source>Assignment packs (*.fvpack);;All files (*)</source>
        <translation>任务包 (*.fvpack);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="93"/>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="106"/>
        <source>Pack refused</source>
        <translation>任务包被拒绝</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="99"/>
        <source>This pack was already imported.</source>
        <translation>此任务包已导入过。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="100"/>
        <source>Pack {seq}: {cases} cases, {recalled} recalled, {reviews} review comments, {acknowledged} visits acknowledged.</source>
        <translation>任务包 {seq}：{cases} 个案件，收回 {recalled} 个，审核意见 {reviews} 条，已确认上门 {acknowledged} 次。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="110"/>
        <source>Export visit reports</source>
        <translation>导出上门报告</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="111"/>
        <source>Visit-report bundles (*.fvbundle)</source>
        <translation>上门报告包 (*.fvbundle)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/sync_actions.py" line="118"/>
        <source>%n visits written to {path}; they are sent again until the office acknowledges them.</source>
        <translation>
            <numerusform>%n 次拜访已写入 {path}；在办公室确认之前会再次发送。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="122"/>
        <source>Visit reports not exported</source>
        <translation>上门报告未导出</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="132"/>
        <source>Office reviews</source>
        <translation>办公室审核意见</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="135"/>
        <source>Has issues</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="135"/>
        <source>Rejected</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="140"/>
        <source>Double-click: correct this visit (a new version is sent to the office)</source>
        <translation>双击：更正此上门记录（新版本将发送给办公室）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="143"/>
        <source>No open comments from the office.</source>
        <translation>办公室没有待处理的意见。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="182"/>
        <source>No collector enrolled</source>
        <translation>尚未登记催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="183"/>
        <source>Enroll a collector first: Sync → Keys and trust… → Trust an identity file.</source>
        <translation>请先登记催收员：同步 → 密钥与信任… → 信任身份文件。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="186"/>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="191"/>
        <source>Export assignment pack</source>
        <translation>导出任务包</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="186"/>
        <source>Collector</source>
        <translation>催收员</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="192"/>
        <source>Assignment packs (*.fvpack)</source>
        <translation>任务包 (*.fvpack)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="203"/>
        <source>Pack not exported</source>
        <translation>任务包未导出</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="199"/>
        <source>Pack {seq} for {who}: {cases} cases, {recalled} recalled → {path}</source>
        <translation>给 {who} 的任务包 {seq}：{cases} 个案件，收回 {recalled} 个 → {path}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="210"/>
        <source>Sync folder (a shared or synced folder)</source>
        <translation>同步文件夹（共享或同步的文件夹）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="214"/>
        <source>Sync folder</source>
        <translation>同步文件夹</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="240"/>
        <source>Some files were not imported</source>
        <translation>部分文件未导入</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/sync_actions.py" line="245"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
</context>
<context>
    <name>TimelineEdits</name>
    <message>
        <location filename="../../fieldvisit/ui/timeline_edits.py" line="54"/>
        <source>That edit was made to another day&apos;s plan: open that day to see it.</source>
        <translation>该修改是在另一天的计划中进行的：请打开那一天查看。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/timeline_edits.py" line="73"/>
        <source>Reorder the day</source>
        <translation>调整当天顺序</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/timeline_edits.py" line="117"/>
        <source>Not saved until its problems are fixed; the last lawful plan stays saved.</source>
        <translation>问题修正前不会保存；上一个合规的计划仍保持保存。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/timeline_edits.py" line="130"/>
        <source>Unlock {}</source>
        <translation>解除锁定 {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/timeline_edits.py" line="134"/>
        <source>Lock {}</source>
        <translation>锁定 {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/timeline_edits.py" line="150"/>
        <source>Remove {} from the day</source>
        <translation>将 {} 移出当天</translation>
    </message>
</context>
<context>
    <name>VisitActions</name>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="31"/>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="59"/>
        <source>Select a case first (table, timeline or map).</source>
        <translation>请先选择一个案件（表格、时间线或地图）。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="45"/>
        <source>No visit recorded for {} yet.</source>
        <translation>{} 尚无上门记录。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="50"/>
        <source>Cannot correct</source>
        <translation>无法更正</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="64"/>
        <source>No preparation sheet</source>
        <translation>没有准备单</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="72"/>
        <source>Visit recorded.</source>
        <translation>上门已登记。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="86"/>
        <source>Unfinished visits</source>
        <translation>未完成的上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_actions.py" line="87"/>
        <source>{n} visit draft(s) were saved but not finalized. Open them now?</source>
        <translation>有 {n} 份上门草稿已保存但未完成。现在打开吗？</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="303"/>
        <source>Met the borrower (RPC)</source>
        <extracomment>Visit outcomes, people met, payment methods and review states as words (the visit form&apos;s, the desk&apos;s and the team report&apos;s; the contexts keep the translations they had).</extracomment>
        <translation>见到借款人本人（RPC）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="303"/>
        <source>Spoke to someone else</source>
        <translation>与他人交谈</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="303"/>
        <source>Not home / door locked</source>
        <translation>不在家 / 门锁着</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="304"/>
        <source>Address not found</source>
        <translation>地址未找到</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="304"/>
        <source>Moved (needs tracing)</source>
        <translation>已搬走（需查找）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="74"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="304"/>
        <source>Promise to pay</source>
        <translation>承诺还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="305"/>
        <source>Paid in full</source>
        <translation>已全额还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="305"/>
        <source>Partial payment</source>
        <translation>部分还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="305"/>
        <source>Settled</source>
        <translation>已和解</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="306"/>
        <source>Refused to pay</source>
        <translation>拒绝还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="306"/>
        <source>Dispute raised</source>
        <translation>提出异议</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="306"/>
        <source>Hardship / vulnerable</source>
        <translation>困难 / 弱势</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="307"/>
        <source>Revisit requested</source>
        <translation>要求再次上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="307"/>
        <source>Deceased</source>
        <translation>已故</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="307"/>
        <source>Bankrupt</source>
        <translation>已破产</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="307"/>
        <source>Has a lawyer</source>
        <translation>已委托律师</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="308"/>
        <source>Asked us to stop contact</source>
        <translation>要求停止联系</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="38"/>
        <source>Revisit</source>
        <translation>再次上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="38"/>
        <source>Call</source>
        <translation>致电</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="39"/>
        <source>Wait for the payment</source>
        <translation>等待还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="40"/>
        <source>Set up a payment plan</source>
        <translation>制定还款计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="41"/>
        <source>Supervisor review</source>
        <translation>主管复核</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="42"/>
        <source>Trace a new address</source>
        <translation>查找新地址</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="42"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="310"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="310"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="311"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="311"/>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="312"/>
        <source>Mobile payment</source>
        <translation>移动支付</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/adapters/i18n.py" line="312"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="57"/>
        <source>Correct visit</source>
        <translation>更正上门记录</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="57"/>
        <source>Record visit</source>
        <translation>登记上门</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="68"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="313"/>
        <source>The borrower</source>
        <translation>借款人本人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="68"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="314"/>
        <source>Someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="69"/>
        <location filename="../../fieldvisit/adapters/i18n.py" line="315"/>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="80"/>
        <location filename="../../fieldvisit/ui/visit_form.py" line="90"/>
        <source>Amount ({})</source>
        <translation>金额（{}）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="81"/>
        <source>Exact date</source>
        <translation>具体日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="83"/>
        <source>Payment received</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="88"/>
        <source>receipt number</source>
        <translation>收据号</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="91"/>
        <source>Method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="92"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="96"/>
        <source>Agreed repayment plan</source>
        <translation>约定的还款计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="100"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="100"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="104"/>
        <source>Add installment</source>
        <translation>添加一期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="106"/>
        <source>Remove installment</source>
        <translation>删除一期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="116"/>
        <source>What was said, what was agreed (no debt details for anyone but the borrower)</source>
        <translation>沟通内容与约定（债务细节只可告知借款人本人）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="120"/>
        <source>Follow up on</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="124"/>
        <source>Why, if this visit is outside the rules</source>
        <translation>若此次上门不符合规则，请说明原因</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="132"/>
        <source>Arrived</source>
        <translation>到达</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="133"/>
        <source>Left</source>
        <translation>离开</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="134"/>
        <source>Person met</source>
        <translation>接触对象</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="135"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="139"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="140"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="142"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="144"/>
        <source>Finalize</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="145"/>
        <source>Record the visit (Ctrl+Return); it cannot be edited afterwards</source>
        <translation>登记此次上门（Ctrl+Return）；之后不可编辑</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="146"/>
        <source>Save draft and close</source>
        <translation>保存草稿并关闭</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="147"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="203"/>
        <source>promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="204"/>
        <source>payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="206"/>
        <source>plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="213"/>
        <source>The {what} amount “{text}” is not a number as this interface writes them; type it like {example}.</source>
        <translation>{what}金额“{text}”不是本界面所用的数字格式；请按 {example} 的格式输入。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="245"/>
        <source>Draft saved {}</source>
        <translation>草稿已保存 {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="253"/>
        <source>({zone} time)</source>
        <translation>({zone} 时间)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="258"/>
        <source>Draft not saved yet ({}); trying again in a few seconds.</source>
        <translation>草稿尚未保存（{}）；几秒后重试。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="275"/>
        <source>This visit is outside the conduct rules ({}); write the reason before finalizing.</source>
        <translation>此次上门不符合行为规范（{}）；请在完成前填写原因。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="281"/>
        <source>Recording the visit…</source>
        <translation>正在记录上门…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="298"/>
        <source>The promise</source>
        <translation>承诺</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="298"/>
        <source>The payment</source>
        <translation>还款</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="300"/>
        <source>{what} of {amount} is more than the balance of {balance}.</source>
        <translation>{what}金额 {amount} 超过余额 {balance}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="311"/>
        <source>More than the balance</source>
        <translation>超过余额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/visit_form.py" line="312"/>
        <source>Record it anyway? Your supervisor will see it flagged.</source>
        <translation>仍要记录吗？您的主管会看到此项被标记。</translation>
    </message>
</context>
<context>
    <name>WeekDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="48"/>
        <source>Plan week — {}</source>
        <translation>规划一周 — {}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="55"/>
        <source>working days</source>
        <translation>个工作日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="56"/>
        <source>Plan</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="58"/>
        <source>Spread the cases over these days; each day is saved as its own plan</source>
        <translation>将案件分配到这些天；每天各自保存为一个计划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="61"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="68"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="68"/>
        <source>Visits</source>
        <translation>上门次数</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="68"/>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="68"/>
        <source>Km</source>
        <translation>公里</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="76"/>
        <source>Choose the first day and how many working days, then Plan.</source>
        <translation>选择第一天和工作日天数，然后点击“规划”。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="79"/>
        <source>Open day</source>
        <translation>打开当天</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="80"/>
        <source>Show this day in the planner&apos;s timeline (Enter)</source>
        <translation>在规划器时间线中显示这一天 (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="107"/>
        <source>Planning {}&apos;s week…</source>
        <translation>正在规划 {} 的一周…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="112"/>
        <source>{n} of these days already have a plan: {days}.</source>
        <translation>其中 {n} 天已有计划：{days}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="115"/>
        <source>Visits already recorded on them: {n}.</source>
        <translation>这些天已登记的上门：{n} 次。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="116"/>
        <source>Days already planned</source>
        <translation>已有计划的日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="118"/>
        <source>Keep those days as they are (their visits count for the week), or plan them again?</source>
        <translation>保留这些天的现有计划（其上门计入本周），还是重新规划？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="120"/>
        <source>Keep them</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="121"/>
        <source>Plan them again</source>
        <translation>重新规划</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="147"/>
        <source>kept</source>
        <translation>已保留</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/week_dialog.py" line="158"/>
        <source>%n visits</source>
        <translation>
            <numerusform>%n 次拜访</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/week_dialog.py" line="159"/>
        <source> over %n days;</source>
        <translation>
            <numerusform>，共 %n 天；</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldvisit/ui/week_dialog.py" line="160"/>
        <source>%n cases planned on no day.</source>
        <translation>
            <numerusform>%n 个案件未安排在任何一天。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="162"/>
        <source>Kept as already planned: {}.</source>
        <translation>保留原有计划：{}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="164"/>
        <source>Holidays skipped: {}.</source>
        <translation>已跳过的节假日：{}。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/week_dialog.py" line="166"/>
        <source>Weekend days that are official working days: {}.</source>
        <translation>属于法定工作日的周末：{}。</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="19"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="20"/>
        <source>&amp;Import cases…</source>
        <translation>导入案件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="21"/>
        <source>Import a CSV or XLSX case file</source>
        <translation>导入 CSV 或 XLSX 案件文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="22"/>
        <source>Import &amp;tile pack…</source>
        <translation>导入离线地图包(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="23"/>
        <source>Use an MBTiles file as the offline base map</source>
        <translation>使用 MBTiles 文件作为离线底图</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="24"/>
        <source>&amp;Export day map…</source>
        <translation>导出当日地图(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="25"/>
        <source>Write the planned day as one HTML file that opens offline</source>
        <translation>将当日计划保存为可离线打开的 HTML 文件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="26"/>
        <source>&amp;Geocode addresses</source>
        <translation>地址解析(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="27"/>
        <source>Find coordinates for cases that only have an address</source>
        <translation>为只有地址的案件查找坐标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="28"/>
        <source>&amp;Pin selected case at map centre</source>
        <translation>将所选案件固定在地图中心(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="29"/>
        <source>Place a case without coordinates by hand; then drag it to the door</source>
        <translation>手动放置无坐标的案件，再拖到门口位置</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="30"/>
        <source>&amp;Record visit…</source>
        <translation>登记上门(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="31"/>
        <source>Record what happened at the door for the selected case</source>
        <translation>登记所选案件上门时的情况</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="32"/>
        <source>&amp;Preparation sheet…</source>
        <translation>准备单(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="33"/>
        <source>Intent, ability, willingness and a repayment proposal for the selected case</source>
        <translation>所选案件的还款意图、能力、意愿及还款方案</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="34"/>
        <source>&amp;Correct last visit…</source>
        <translation>更正上次上门记录(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="35"/>
        <source>A correction is a new version; the original is kept</source>
        <translation>更正会生成新版本，原记录保留</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="44"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="45"/>
        <source>Close every window (drafts are saved) and end FieldVisit</source>
        <translation>关闭所有窗口（草稿会保存）并退出 FieldVisit</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="47"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="48"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="50"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="55"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="57"/>
        <source>V&amp;isits</source>
        <translation>上门(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="64"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="65"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="66"/>
        <source>Plan &amp;day</source>
        <translation>规划当日(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/menus.py" line="69"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>WindowReviewActions</name>
    <message>
        <location filename="../../fieldvisit/ui/review_actions.py" line="19"/>
        <source>Review &amp;imported values…</source>
        <translation>审核导入的值(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/review_actions.py" line="21"/>
        <source>Appointment texts, amounts and dates an import could not read for sure</source>
        <translation>导入时无法确定读取的预约文本、金额和日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/review_actions.py" line="35"/>
        <source>Review &amp;imported values ({n})…</source>
        <translation>审核导入的值 ({n})(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/review_actions.py" line="36"/>
        <source>{n} imported values to review</source>
        <translation>{n} 个导入的值待审核</translation>
    </message>
</context>
<context>
    <name>WindowReviewDialog</name>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="55"/>
        <source>Review what the import could not read</source>
        <extracomment>Readings offered as buttons on one line (``$`` gives six amounts with their currencies).</extracomment>
        <translation>审核导入时未能读取的内容</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="60"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="60"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="60"/>
        <source>Text as written</source>
        <translation>原始文本</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="61"/>
        <source>Why it was not read</source>
        <translation>未能读取的原因</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="77"/>
        <location filename="../../fieldvisit/ui/window_review.py" line="255"/>
        <source>e.g. Tue and Thu 16:00-18:00; 2026-11-24 10:00-12:00</source>
        <translation>例如 Tue and Thu 16:00-18:00; 2026-11-24 10:00-12:00</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="86"/>
        <source>Or pick days and times</source>
        <translation>或选择星期和时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="88"/>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="88"/>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="88"/>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="88"/>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="88"/>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="88"/>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="89"/>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="95"/>
        <source>Use these</source>
        <translation>使用这些</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="101"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="103"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="111"/>
        <location filename="../../fieldvisit/ui/window_review.py" line="226"/>
        <source>&amp;Save window</source>
        <translation>保存时段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="113"/>
        <source>Replace this case&apos;s windows with the corrected text (Ctrl+Enter)</source>
        <translation>用更正后的文本替换此案件的时段 (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="115"/>
        <location filename="../../fieldvisit/ui/window_review.py" line="228"/>
        <source>&amp;No window…</source>
        <translation>无时段(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="116"/>
        <source>The text holds no time to visit: close it, with the reason</source>
        <translation>文本中没有上门时间：填写原因后关闭</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="121"/>
        <source>Written:</source>
        <translation>原文：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="122"/>
        <source>Not read because:</source>
        <translation>未读取原因：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="123"/>
        <source>Now:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="124"/>
        <source>Could be:</source>
        <translation>可能是：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="163"/>
        <source>{n} values wait for review.</source>
        <translation>{n} 个值等待审核。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="164"/>
        <source>No values wait for review.</source>
        <translation>没有等待审核的值。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="125"/>
        <location filename="../../fieldvisit/ui/window_review.py" line="215"/>
        <source>&amp;Corrected text:</source>
        <translation>更正后的文本(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="126"/>
        <source>Read as:</source>
        <translation>读取为：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="184"/>
        <source>times not to visit</source>
        <translation>不宜上门时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="184"/>
        <source>appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="185"/>
        <source>balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="185"/>
        <source>last payment</source>
        <translation>最近还款金额</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="186"/>
        <source>due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="186"/>
        <source>last payment date</source>
        <translation>最近还款日期</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="187"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="187"/>
        <source>currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="188"/>
        <source>address; its time zone is unknown</source>
        <translation>地址；其时区未知</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="188"/>
        <source>coordinates</source>
        <translation>坐标</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="189"/>
        <source>the geocoder&apos;s answer</source>
        <translation>地理编码结果</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="194"/>
        <source>to review (amount and currency not set)</source>
        <translation>待复核（金额和货币未确定）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="195"/>
        <source>{value} (kept until you pick one)</source>
        <translation>{value}(在您选择之前保持不变)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="196"/>
        <source>to review (not set)</source>
        <translation>待审核（未设置）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="197"/>
        <source>held: flags {flags}</source>
        <translation>暂停：标记 {flags}</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="198"/>
        <source>time zone {zone} (not decided)</source>
        <translation>时区 {zone}（未确定）</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="201"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="215"/>
        <source>&amp;Answer:</source>
        <translation>回答(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="224"/>
        <source>&amp;Save value</source>
        <translation>保存值(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="224"/>
        <source>&amp;Save flags</source>
        <translation>保存标记(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="224"/>
        <source>&amp;Save zone</source>
        <translation>保存时区(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="225"/>
        <source>&amp;Save answer</source>
        <translation>保存回答(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="227"/>
        <source>&amp;Leave unset…</source>
        <translation>保持未设置(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="228"/>
        <source>&amp;Keep as is…</source>
        <translation>保持原样(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="257"/>
        <source>e.g. 2026-03-04</source>
        <translation>例如 2026-03-04</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="259"/>
        <source>e.g. 1234.00 EUR</source>
        <translation>例如 1234.00 EUR</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="259"/>
        <source>e.g. 1234.00</source>
        <translation>例如 1234.00</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="261"/>
        <source>e.g. +34 600 111 222</source>
        <translation>例如 +86 138 0000 0000</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="262"/>
        <source>e.g. MXN</source>
        <translation>例如 CNY</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="307"/>
        <source>Choose this case&apos;s time zone first: the times are read in it.</source>
        <translation>请先选择此案件的时区：时间按该时区解读。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="334"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="343"/>
        <source>Keep as is</source>
        <translation>保持原样</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="344"/>
        <source>Why is {case} left as it is now?</source>
        <translation>为什么让 {case} 保持现状？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="348"/>
        <source>Leave unset</source>
        <translation>保持未设置</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="349"/>
        <source>Why is this value of {case} left unset?</source>
        <translation>为什么 {case} 的这个值保持未设置？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="346"/>
        <location filename="../../fieldvisit/ui/window_review.py" line="351"/>
        <source>to ask the lender</source>
        <translation>待向出借方核实</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="353"/>
        <source>No window</source>
        <translation>无时段</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="354"/>
        <source>Why does {case} get no window?</source>
        <translation>为什么 {case} 没有时段？</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="355"/>
        <source>no time to visit in the text</source>
        <translation>文本中没有上门时间</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/window_review.py" line="359"/>
        <source>Cannot close</source>
        <translation>无法关闭</translation>
    </message>
</context>
<context>
    <name>Writes</name>
    <message>
        <location filename="../../fieldvisit/ui/writes.py" line="26"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/writes.py" line="27"/>
        <source>Workspace busy</source>
        <translation>工作区繁忙</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/writes.py" line="28"/>
        <source>Your change is kept: Retry saves it now, Cancel drops it.</source>
        <translation>您的更改已保留：“重试”立即保存，“取消”则放弃。</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="38"/>
        <source>{} placed by hand; Ctrl+Z undoes it.</source>
        <translation>{} 已手动放置；Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="42"/>
        <location filename="../../fieldvisit/ui/map_actions.py" line="49"/>
        <source>Cannot move</source>
        <translation>无法移动</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../fieldvisit/ui/map_actions.py" line="28"/>
        <source>Move {}</source>
        <translation>移动 {}</translation>
    </message>
</context>
</TS>

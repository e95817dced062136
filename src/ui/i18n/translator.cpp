#include "ui/i18n/translator.h"

#include "ui/i18n/coded_text.h"

#include <utility>

namespace satchel::ui {

namespace {

// English -> 简体中文. tests/tools/i18n_test.sh checks every text()/label() key used in src/ui is here.
const std::unordered_map<std::string_view, std::string_view>& chinese() {
    static const std::unordered_map<std::string_view, std::string_view> table{
        {"Contacts", "联系人"},
        {"Settings", "设置"},
        {"New contact", "新建联系人"},
        {"Name", "姓名"},
        {"Email", "电子邮件"},
        {"Phone", "电话"},
        {"Added", "添加日期"},
        {"Save", "保存"},
        {"Cancel", "取消"},
        {"No contacts yet. Click \"New contact\" to add one.", "还没有联系人。点击“新建联系人”添加。"},
        {"Could not save:", "无法保存："},
        {"contact", "位联系人"},
        {"contacts", "位联系人"},
        {"Saved", "已保存"},
        {"Saving…", "正在保存…"},
        {"Loading…", "正在加载…"},
        {"Could not read this screen's data:", "无法读取此页面的数据："},
        {"Read-only: open in another tab", "只读：已在另一个标签页中打开"},
        {"Not saving: another tab took over", "未保存：另一个标签页已接管"},
        {"Download backup", "下载备份"},
        {"Take over", "接管"},
        {"Use read-only here", "在此只读使用"},
        // Core's reason (readOnlyReason()), shown under forms and on read-only fields.
        {"this tab is read-only because Satchel is open in another tab; use Take over to edit here",
         "此标签页为只读：Satchel 已在另一个标签页中打开；点击“接管”即可在此编辑"},
        {"Satchel is open in another tab. Two tabs never write at once: choose how to use this one.",
         "Satchel 已在另一个标签页中打开。两个标签页不会同时写入：请选择如何使用此标签页。"},
        {"Storage", "存储"},
        {"Persistent: the browser will not clear this data to free space.",
         "持久存储：浏览器不会为释放空间而清除这些数据。"},
        {"Not persistent: the browser may clear this data when space runs low. Keep backups.",
         "非持久存储：空间不足时浏览器可能清除这些数据。请保留备份。"},
        {"Database:", "数据库："},
        {"of at most", "，最多"},
        {"this tab can hold", "（本标签页上限）"},
        {"Browser storage used by this site:", "本网站使用的浏览器存储："},
        {"of", "，共"},
        {"allowed", "可用"},
        {"Last saved commit:", "最近保存的提交："},
        {"Refresh", "刷新"},
        {"Appearance", "外观"},
        {"Language", "语言"},
        {"Theme", "主题"},
        {"Light", "浅色"},
        {"Dark", "深色"},
        {"English", "English"},
        {"简体中文", "简体中文"},
        {"Search", "搜索"},
        {"Dashboard", "仪表盘"},
        {"Revenue this month", "本月收入"},
        {"Last month", "上月"},
        {"Open pipeline", "未结销售管道"},
        {"Weighted", "加权"},
        {"Win rate", "赢单率"},
        {"Average won deal", "平均赢单金额"},
        {"Open tickets", "未结工单"},
        {"past their SLA", "已超出服务时限"},
        {"Overdue tasks", "逾期任务"},
        {"Revenue by month", "每月收入"},
        {"Pipeline by stage", "各阶段销售管道"},
        {"Search contacts, companies, deals and notes", "搜索联系人、公司、交易和备注"},
        {"Companies", "公司"},
        {"Deals", "交易"},
        {"Notes", "备注"},
        {"No matches", "没有匹配结果"},
        {"Type to search", "输入以搜索"},
        {"(none)", "（无）"},
        {"Activities", "活动"},
        {"Add", "添加"},
        {"Add field", "添加字段"},
        {"Add line", "添加明细行"},
        {"Add members from segment", "从细分添加成员"},
        {"Add product", "添加产品"},
        {"Add products on the Products tab first.", "请先在“产品”标签页中添加产品。"},
        {"Add stage", "添加阶段"},
        {"Add tag", "添加标签"},
        {"Add task", "添加任务"},
        {"Amount", "金额"},
        {"Any city", "任意城市"},
        {"Any industry", "任意行业"},
        {"No companies match these filters. Clear them to see all.",
         "没有符合这些筛选条件的公司。清除筛选即可查看全部。"},
        {"Any owner", "任意负责人"},
        {"Any stage", "任意阶段"},
        {"Any tag", "任意标签"},
        {"Board", "看板"},
        {"Budget", "预算"},
        {"Channel", "渠道"},
        {"Choices, comma separated", "选项，以逗号分隔"},
        {"Choose a campaign to see its members and results.", "选择一个营销活动以查看其成员和成效。"},
        {"Choose a product", "选择产品"},
        {"Choose a segment", "选择细分"},
        {"City", "城市"},
        {"Clear filters", "清除筛选"},
        {"Clear selection", "取消选择"},
        {"Close", "关闭"},
        {"Comments", "评论"},
        {"Company", "公司"},
        {"Unlink", "取消关联"},
        {"Conversion", "转化率"},
        {"Custom fields", "自定义字段"},
        {"Customer satisfaction", "客户满意度"},
        {"Date", "日期"},
        {"Deal title", "交易名称"},
        {"Delete", "删除"},
        {"Discount %", "折扣 %"},
        {"Dismiss", "关闭提示"},
        {"Domain", "域名"},
        {"Drag deals here", "将交易拖到此处"},
        {"Duplicates", "重复记录"},
        {"Field", "字段"},
        {"Field name", "字段名称"},
        {"Find duplicates", "查找重复记录"},
        {"Industry", "行业"},
        {"Keep", "保留"},
        {"Kind", "类型"},
        {"Lifecycle", "生命周期"},
        {"Line total", "行合计"},
        {"Lines", "明细行"},
        {"List", "列表"},
        {"Log activity", "记录活动"},
        {"Log call", "记录通话"},
        {"Lost reason", "输单原因"},
        {"Mark as lost", "标记为输单"},
        {"Mark lost", "输单"},
        {"Mark won", "赢单"},
        {"Marketing", "营销"},
        {"Members", "成员"},
        {"Merge", "合并"},
        {"Merge in", "并入"},
        {"My tasks", "我的任务"},
        {"New campaign", "新建营销活动"},
        {"New company", "新建公司"},
        {"New deal", "新建交易"},
        {"New order", "新建订单"},
        {"New stage name", "新阶段名称"},
        {"New ticket", "新建工单"},
        {"Next week", "下一周"},
        {"No campaigns yet. Click \"New campaign\".", "还没有营销活动。点击“新建营销活动”。"},
        {"No contacts at this company yet.", "这家公司还没有联系人。"},
        {"No custom fields yet. Add one to record what your business tracks.",
         "还没有自定义字段。添加一个来记录您的业务需要跟踪的信息。"},
        {"No deals yet. Click \"New deal\" to add one.", "还没有交易。点击“新建交易”添加。"},
        {"No likely duplicates: no two contacts share an email, a phone, or a name at one company.",
         "没有疑似重复：没有两个联系人共用电子邮件、电话或同一公司的姓名。"},
        {"No open tasks. Add one with \"Log activity\" or from a contact.",
         "没有未完成的任务。通过“记录活动”或在联系人中添加。"},
        {"No orders yet. Click \"New order\" to record one.", "还没有订单。点击“新建订单”记录一笔。"},
        {"No products yet. Add the things you sell above.", "还没有产品。请在上方添加您销售的商品。"},
        {"Nothing yet. Log a call or add a task above.", "暂无记录。请在上方记录通话或添加任务。"},
        {"One of these contacts is gone. Click \"Find duplicates\" to refresh.",
         "其中一个联系人已不存在。点击“查找重复记录”刷新。"},
        {"Order", "订单"},
        {"Order total", "订单合计"},
        {"Orders", "订单"},
        {"Tickets", "工单"},
        {"Campaigns", "营销活动"},
        {"Search contacts, companies, deals, tickets, orders and more", "搜索联系人、公司、交易、工单、订单等"},
        {"Owner", "负责人"},
        {"Past its SLA by", "已超出服务时限"},
        {"People", "人员"},
        {"Pipeline", "销售管道"},
        {"Pipeline stages", "销售阶段"},
        {"Previous week", "上一周"},
        {"Price", "价格"},
        {"Priority", "优先级"},
        {"Probability", "概率"},
        {"Product", "产品"},
        {"Product name", "产品名称"},
        {"Products", "产品"},
        {"Products & Orders", "产品与订单"},
        {"Quantity", "数量"},
        {"Record", "记录类型"},
        {"Remove", "移除"},
        {"Reopen", "重新打开"},
        {"Revenue", "收入"},
        {"SKU", "SKU"},
        {"SLA", "服务时限"},
        {"Save a filter as a segment on the Contacts screen to add its contacts here.",
         "在“联系人”页面将筛选条件保存为细分后，即可在此添加其联系人。"},
        {"Save as segment", "保存为细分"},
        {"Save order", "保存订单"},
        {"Search companies", "搜索公司"},
        {"Search contacts", "搜索联系人"},
        {"Segment", "细分"},
        {"Service", "客户服务"},
        {"Set owner", "设置负责人"},
        {"Stage", "阶段"},
        {"Status", "状态"},
        {"Subject", "主题"},
        {"Swap", "对调"},
        {"The left record is kept; the right one is merged into it and deleted.",
         "保留左侧记录；右侧记录将并入其中并被删除。"},
        {"The pipeline has no stages. Add them in Settings.", "销售管道还没有阶段。请在“设置”中添加。"},
        {"This week", "本周"},
        {"Tickets by status", "各状态工单"},
        {"Timeline", "时间线"},
        {"Total", "合计"},
        {"Type a name", "输入姓名"},
        {"Undo", "撤销"},
        {"Week of", "周起始"},
        {"Why:", "原因："},
        {"Write a comment", "写评论"},
        {"left", "剩余"},
        {"overdue", "已逾期"},
        {"owner", "负责人"},
        {"selected", "已选择"},
        {"tag", "标签"},
        {"Company name", "公司名称"},
        {"Segment name", "细分名称"},
        {"Why was it lost?", "为什么输单？"},
        {"Outcome", "结果"},
        {"Due in days", "几天后到期"},
        {"Title", "职位"},
        {"Country", "国家/地区"},
        {"Source", "来源"},
        {"Tags", "标签"},
        {"Tag", "标签"},
        {"Size", "规模"},
        {"Address", "地址"},
        {"Campaign name", "营销活动名称"},
        {"Customer", "客户"},
        {"Contact", "联系人"},
        {"Description", "描述"},
        {"Currency", "币种"},
        {"No contacts match these filters. Clear them to see everyone.",
         "没有符合这些筛选条件的联系人。清除筛选即可查看全部。"},
        {"Start work", "开始处理"},
        {"Wait for customer", "等待客户"},
        {"Resolve", "解决"},
        {"Close ticket", "关闭工单"},
        {"Queue", "队列"},
        {"New", "新建"},
        {"Open", "处理中"},
        {"Waiting", "等待中"},
        {"Resolved", "已解决"},
        {"Closed", "已关闭"},
        {"Overdue", "已逾期"},
        {"Today", "今天"},
        {"Next 7 days", "未来 7 天"},
        {"Mon", "周一"},
        {"Tue", "周二"},
        {"Wed", "周三"},
        {"Thu", "周四"},
        {"Fri", "周五"},
        {"Sat", "周六"},
        {"Sun", "周日"},
        {"No open tickets. Nice work.", "没有未结工单。干得好。"},
        {"No tickets here.", "这里没有工单。"},
        {"must be a whole number of days", "必须是整数天数"},
        {"must be a number like 1234.50", "必须是数字，例如 1234.50"},
        {"say why the deal was lost", "请说明输单原因"},
        {"a task needs a due time", "任务需要到期时间"},
        {"an order needs at least one line", "订单至少需要一行明细"},
        {"an activity belongs to a contact, a company or a deal", "活动必须关联联系人、公司或交易"},
        {"must not contain spaces, commas, semicolons or angle brackets", "不能包含空格、逗号、分号或尖括号"},
        {"must contain only one @", "只能包含一个 @"},
        {"needs a name before the @", "@ 前需要名称"},
        {"needs a domain after the @", "@ 后需要域名"},
        {"is longer than 200 characters", "超过 200 个字符"},
        {"needs to look like example.com", "需要类似 example.com 的格式"},
        {"is empty", "为空"},
        {"cannot be negative", "不能为负数"},
        {"won", "赢单"},
        {"lost", "输单"},
        {"new", "新建"},
        {"open", "处理中"},
        {"waiting", "等待中"},
        {"resolved", "已解决"},
        {"closed", "已关闭"},
        {"email", "电子邮件"},
        {"phone", "电话"},
        {"task", "任务"},
        {"event", "活动"},
        {"social", "社交媒体"},
        {"ads", "广告"},
        {"company", "公司"},
        {"deal", "交易"},
        {"order", "订单"},
        {"ticket", "工单"},
        {"Created", "创建"},
        {"Customer: {0}", "客户：{0}"},
        {"Prospecting", "初步接洽"},
        {"Qualification", "需求确认"},
        {"Proposal", "方案报价"},
        {"Negotiation", "谈判审核"},
        {"{0} company deleted.", "已删除{0}家公司。"},
        {"{0} companies deleted.", "已删除{0}家公司。"},
        {"{0} contact deleted.", "已删除{0}位联系人。"},
        {"{0} contacts deleted.", "已删除{0}位联系人。"},
        {"{0} contact added", "已添加{0}位联系人"},
        {"{0} contacts added", "已添加{0}位联系人"},
        {"{0} deal", "{0}笔交易"},
        {"{0} deals", "{0}笔交易"},
        {"{0} open deal", "{0}笔未结交易"},
        {"{0} open deals", "{0}笔未结交易"},
        {"{0} activity", "{0}条活动"},
        {"{0} activities", "{0}条活动"},
        {"{0} order", "{0}笔订单"},
        {"{0} orders", "{0}笔订单"},
        {"{0} ticket", "{0}张工单"},
        {"{0} tickets", "{0}张工单"},
        {"Merged into {0}: {1}, {2}, {3}, {4}.", "已合并到{0}：{1}、{2}、{3}、{4}。"},
        {"Deleted", "已删除"},
        {"Restored", "已恢复"},
        {"Merged with {0}", "已与{0}合并"},
        {"Merge “{0}” into “{1}”?", "将“{0}”合并到“{1}”？"},
        {"{0} is deleted; its activities, deals, orders, tickets and tags move to {1}. You can undo this.",
         "{0}将被删除，其活动、交易、订单、工单和标签将转到{1}。此操作可以撤销。"},
        {"Merge them", "确认合并"},
        {"Merge with {0} undone", "已撤销与{0}的合并"},
        {"Tag “{0}” added", "添加了标签“{0}”"},
        {"Tag “{0}” removed", "移除了标签“{0}”"},
        {"{0} added: {1}", "添加了{0}：{1}"},
        {"{0} removed: {1}", "移除了{0}：{1}"},
        {"{0} set to “{1}”", "{0}设为“{1}”"},
        {"{0} cleared (was “{1}”)", "{0}已清空（原为“{1}”）"},
        {"{0} changed from “{1}” to “{2}”", "{0}从“{1}”改为“{2}”"},
        {"Other email", "其他邮箱"},
        {"Other phone", "其他电话"},
        {"Deal “{0}”: {1}", "交易“{0}”：{1}"},
        {"Order {0}: {1}", "订单 {0}：{1}"},
        {"Ticket “{0}”: {1}, {2} priority", "工单“{0}”：{1}，{2}优先级"},
        {"insert", "创建"},
        {"update", "修改"},
        {"delete", "删除"},
        {"restore", "恢复"},
        {"merge", "合并"},
        {"purge", "永久删除"},
        {"Delete selected", "删除所选"},
        {"Looking for duplicates…", "正在查找重复记录…"},
        // About
        {"About", "关于"},
        {"About Satchel", "关于 Satchel"},
        {"Satchel keeps your contacts, companies, deals, activities, tickets, campaigns and orders.",
         "Satchel 管理您的联系人、公司、交易、活动、工单、营销活动和订单。"},
        {"It runs entirely in this browser tab: no server, no account, and it works offline.",
         "它完全在此标签页中运行：无需服务器，无需账户，离线也能使用。"},
        {"Where your data lives", "数据存放在哪里"},
        {"In this browser's storage (IndexedDB), on this device only. Nothing is sent anywhere.",
         "保存在本网页的存储（IndexedDB）中，仅在这台设备上。不会发送到任何地方。"},
        {"Every change is saved as you make it; the status bar says when it is saved.",
         "每次修改都会立即保存；状态栏会显示何时已保存。"},
        {"To keep a copy or move to another browser, use \"Download backup\" in Settings.",
         "如需保留副本或迁移到别处，请在“设置”中使用“下载备份”。"},
        {"Keyboard shortcuts", "键盘快捷键"},
        {"Save the form or the field you are typing in", "保存正在输入的表单或字段"},
        {"Cancel a form, close search", "取消表单，关闭搜索"},
        {"Move to the next or the previous field", "移到下一个或上一个字段"},
        {"Delete the selected rows", "删除所选行"},
        {"Undo the last delete", "撤销上一次删除"},
        {"Select several rows, or a range of rows", "选择多行或一段连续的行"},
        {"Built with", "构建组件"},
        {"SQLite, Dear ImGui, WenQuanYi Micro Hei and Font Awesome, from Debian's packages.",
         "SQLite、Dear ImGui、WenQuanYi Micro Hei 字体和 Font Awesome，均来自 Debian 软件包。"},
        // Validation reasons from the core, shown next to fields.
        {"is required", "为必填项"},
        {"needs an @, like name@example.com", "需要包含 @，例如 name@example.com"},
        {"needs a domain like example.com after the @", "@ 后需要域名，例如 example.com"},
        {"may hold only digits, spaces, + ( ) - . /", "只能包含数字、空格和 + ( ) - . /"},
        {"needs at least 3 digits", "至少需要 3 位数字"},
    };
    return table;
}

} // namespace

Language languageFromCode(std::string_view code) {
    return code.rfind("zh", 0) == 0 ? Language::Chinese : Language::English;
}

const char* languageCode(Language language) { return language == Language::Chinese ? "zh-CN" : "en"; }

void Translator::setLanguage(Language language) {
    if (language == m_language) return;
    m_language = language;
    m_labels.clear();
    m_termTables.clear();
}

const char* Translator::text(const char* english) const {
    if (m_language == Language::Chinese) {
        const auto& table = chinese();
        if (auto it = table.find(english); it != table.end()) return it->second.data();
    }
    return english;
}

const Translator::TermTable& Translator::termTable(const vocab::Vocabulary& vocabulary) const {
    auto [it, inserted] = m_termTables.try_emplace(&vocabulary);
    if (!inserted) return it->second;
    TermTable& table = it->second;
    for (const vocab::Term& term : vocabulary.terms()) {
        const std::string key = vocabulary.translationKey(term.code);
        const char* zh = m_language == Language::Chinese ? codedChinese(key) : nullptr;
        table.shown.emplace_back(zh ? std::string(zh) : std::string(term.english));
        table.labels.push_back(table.shown.back() + "###" + key);
    }
    return table;
}

const char* Translator::term(const vocab::Vocabulary& vocabulary, std::string_view code) const {
    const int i = vocabulary.index(code);
    if (i >= 0) return termTable(vocabulary).shown[static_cast<std::size_t>(i)].c_str();
    // A code the vocabulary lacks (data from a newer version, or damaged) is shown as stored.
    return m_unknownCodes.try_emplace(std::string(code), code).first->second.c_str();
}

const char* Translator::termLabel(const vocab::Vocabulary& vocabulary, std::string_view code) const {
    const int i = vocabulary.index(code);
    if (i >= 0) return termTable(vocabulary).labels[static_cast<std::size_t>(i)].c_str();
    auto [it, inserted] = m_unknownCodes.try_emplace("###" + std::string(code));
    if (inserted) it->second = std::string(code) + "###" + std::string(code);
    return it->second.c_str();
}

std::string Translator::problem(Problem problem, const std::vector<std::string>& params) const {
    if (m_language == Language::Chinese)
        if (const char* zh = codedChinese("problem." + std::string(problemCode(problem)))) {
            // Parameters that are words of ours (a record kind, a status) are translated too.
            std::vector<std::string> shown;
            for (const std::string& p : params) shown.emplace_back(text(p.c_str()));
            return fillTemplate(zh, shown);
        }
    return fillTemplate(problemEnglish(problem), params);
}

std::string Translator::format(const char* english, const std::vector<std::string>& params) const {
    return fillTemplate(text(english), params);
}

std::string Translator::count(std::int64_t n, const char* one, const char* other) const {
    const bool singular = n == 1 && m_language != Language::Chinese;
    return format(singular ? one : other, {std::to_string(n)});
}

const char* Translator::label(const char* english) const {
    if (auto it = m_labels.find(std::string_view(english)); it != m_labels.end()) return it->second.c_str();
    return m_labels.emplace(english, std::string(text(english)) + "###" + english).first->second.c_str();
}

} // namespace satchel::ui

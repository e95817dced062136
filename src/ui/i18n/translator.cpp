#include "ui/i18n/translator.h"

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
        {"Read-only: open in another tab", "只读：已在另一个标签页中打开"},
        {"Not saving: another tab took over", "未保存：另一个标签页已接管"},
        {"Download backup", "下载备份"},
        {"Take over", "接管"},
        {"Use read-only here", "在此只读使用"},
        {"Satchel is open in another tab. Two tabs never write at once: choose how to use this one.",
         "Satchel 已在另一个标签页中打开。两个标签页不会同时写入：请选择如何使用此标签页。"},
        {"Storage", "存储"},
        {"Persistent: the browser will not clear this data to free space.", "持久存储：浏览器不会为释放空间而清除这些数据。"},
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
        {"deals", "笔交易"},
        {"Search contacts, companies, deals and notes", "搜索联系人、公司、交易和备注"},
        {"Companies", "公司"},
        {"Deals", "交易"},
        {"Notes", "备注"},
        {"No matches", "没有匹配结果"},
        {"Type to search", "输入以搜索"},
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

Language languageFromCode(std::string_view code) { return code.rfind("zh", 0) == 0 ? Language::Chinese : Language::English; }

const char* languageCode(Language language) { return language == Language::Chinese ? "zh-CN" : "en"; }

void Translator::setLanguage(Language language) {
    if (language == m_language) return;
    m_language = language;
    m_labels.clear();
}

const char* Translator::text(const char* english) const {
    if (m_language == Language::Chinese) {
        const auto& table = chinese();
        if (auto it = table.find(english); it != table.end()) return it->second.data();
    }
    return english;
}

const char* Translator::label(const char* english) const {
    auto [it, inserted] = m_labels.try_emplace(english);
    if (inserted) it->second = std::string(text(english)) + "###" + english;
    return it->second.c_str();
}

} // namespace satchel::ui

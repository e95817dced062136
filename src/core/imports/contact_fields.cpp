#include "core/imports/contact_fields.h"

#include "core/vocab/crm_vocabularies.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace satchel::imports {

namespace {

using F = ContactField;

// Header keys (see headerKey) naming a field.
const std::unordered_map<std::string_view, ContactField>& synonyms() {
    static const std::unordered_map<std::string_view, ContactField> map{
        {"satchelid", F::Id},
        // Name
        {"name", F::Name},
        {"fullname", F::Name},
        {"displayname", F::Name},
        {"contactname", F::Name},
        {"姓名", F::Name},
        {"名字", F::Name},
        {"联系人", F::Name},
        {"联系人姓名", F::Name},
        {"客户姓名", F::Name},
        {"firstname", F::FirstName},
        {"givenname", F::FirstName},
        {"first", F::FirstName},
        {"forename", F::FirstName},
        {"名", F::FirstName},
        {"lastname", F::LastName},
        {"surname", F::LastName},
        {"familyname", F::LastName},
        {"last", F::LastName},
        {"姓", F::LastName},
        // Email (also any key starting with "email": Pipedrive's "Email - Work")
        {"mail", F::Email},
        {"otheremails", F::Email},
        {"邮箱", F::Email},
        {"电子邮件", F::Email},
        {"电子邮箱", F::Email},
        {"邮件", F::Email},
        {"邮箱地址", F::Email},
        {"email地址", F::Email},
        // Phone (also keys starting with "phone", "mobile", "tel")
        {"cell", F::Phone},
        {"otherphones", F::Phone},
        {"cellphone", F::Phone},
        {"homephone", F::Phone},
        {"workphone", F::Phone},
        {"otherphone", F::Phone},
        {"businessphone", F::Phone},
        {"mobilephonenumber", F::Phone},
        {"电话", F::Phone},
        {"手机", F::Phone},
        {"手机号", F::Phone},
        {"手机号码", F::Phone},
        {"电话号码", F::Phone},
        {"联系电话", F::Phone},
        {"座机", F::Phone},
        {"移动电话", F::Phone},
        // The rest
        {"title", F::Title},
        {"jobtitle", F::Title},
        {"position", F::Title},
        {"职位", F::Title},
        {"职务", F::Title},
        {"头衔", F::Title},
        {"address", F::Address},
        {"street", F::Address},
        {"streetaddress", F::Address},
        {"mailingstreet", F::Address},
        {"address1", F::Address},
        {"地址", F::Address},
        {"详细地址", F::Address},
        {"街道", F::Address},
        {"city", F::City},
        {"town", F::City},
        {"mailingcity", F::City},
        {"城市", F::City},
        {"市", F::City},
        {"country", F::Country},
        {"countryregion", F::Country},
        {"mailingcountry", F::Country},
        {"国家", F::Country},
        {"国家地区", F::Country},
        {"source", F::Source},
        {"leadsource", F::Source},
        {"originalsource", F::Source},
        {"来源", F::Source},
        {"客户来源", F::Source},
        {"线索来源", F::Source},
        {"owner", F::Owner},
        {"ownername", F::Owner},
        {"负责人", F::Owner},
        {"所有者", F::Owner},
        {"跟进人", F::Owner},
        {"销售负责人", F::Owner},
        {"客户经理", F::Owner},
        {"lifecycle", F::Lifecycle},
        {"lifecyclestage", F::Lifecycle},
        {"生命周期", F::Lifecycle},
        {"客户阶段", F::Lifecycle},
        {"阶段", F::Lifecycle},
        {"notes", F::Notes},
        {"note", F::Notes},
        {"description", F::Notes},
        {"comments", F::Notes},
        {"备注", F::Notes},
        {"描述", F::Notes},
        {"说明", F::Notes},
        {"company", F::Company},
        {"companyname", F::Company},
        {"account", F::Company},
        {"accountname", F::Company},
        {"organization", F::Company},
        {"organisation", F::Company},
        {"organizationname", F::Company},
        {"org", F::Company},
        {"associatedcompany", F::Company},
        {"公司", F::Company},
        {"公司名称", F::Company},
        {"客户名称", F::Company},
        {"单位", F::Company},
        {"企业", F::Company},
        {"企业名称", F::Company},
        {"组织", F::Company},
        {"website", F::CompanyDomain},
        {"websiteurl", F::CompanyDomain},
        {"domain", F::CompanyDomain},
        {"companydomain", F::CompanyDomain},
        {"companywebsite", F::CompanyDomain},
        {"companydomainname", F::CompanyDomain},
        {"网站", F::CompanyDomain},
        {"网址", F::CompanyDomain},
        {"公司网站", F::CompanyDomain},
        {"tags", F::Tags},
        {"tag", F::Tags},
        {"labels", F::Tags},
        {"label", F::Tags},
        {"categories", F::Tags},
        {"标签", F::Tags},
        {"分类", F::Tags},
    };
    return map;
}

bool multiValued(ContactField f) {
    return f == F::Email || f == F::Phone || f == F::Custom || f == F::NewCustom || f == F::Ignore;
}

std::optional<ContactField> byPrefix(std::string_view key) {
    if (key.starts_with("email") && key != "emailoptout") return F::Email;
    for (std::string_view p : {"phone", "mobile", "telephone", "tel"})
        if (key.starts_with(p)) return F::Phone;
    return std::nullopt;
}

std::optional<ContactField> builtIn(std::string_view key) {
    const auto& map = synonyms();
    if (auto it = map.find(key); it != map.end()) return it->second;
    return byPrefix(key);
}

} // namespace

const ContactFieldInfo& contactFieldInfo(ContactField field) {
    for (const auto& info : kContactFields)
        if (info.field == field) return info;
    return kContactFields.front();
}

std::optional<ContactField> contactFieldFromKey(std::string_view key) {
    for (const auto& info : kContactFields)
        if (info.key == key) return info.field;
    return std::nullopt;
}

std::string headerKey(std::string_view header) {
    std::string out;
    out.reserve(header.size());
    for (std::size_t i = 0; i < header.size(); ++i) {
        auto c = static_cast<unsigned char>(header[i]);
        // Full-width ASCII (U+FF01..U+FF5E, EF BC 81 .. EF BD 9E) as its ASCII twin; U+3000 a space.
        if (c == 0xEF && i + 2 < header.size()) {
            const auto b1 = static_cast<unsigned char>(header[i + 1]), b2 = static_cast<unsigned char>(header[i + 2]);
            if ((b1 == 0xBC && b2 >= 0x81) || (b1 == 0xBD && b2 <= 0x9E)) {
                c = static_cast<unsigned char>((b1 == 0xBC ? b2 - 0x80 : b2 - 0x40) + 0x20);
                i += 2;
            }
        } else if (c == 0xE3 && i + 2 < header.size() && header[i + 1] == '\x80' && header[i + 2] == '\x80') {
            i += 2;
            continue;
        }
        if (c < 0x80) {
            if (std::isalnum(c)) out.push_back(static_cast<char>(std::tolower(c)));
            continue; // spaces and punctuation
        }
        out.push_back(static_cast<char>(c));
    }
    for (std::string_view prefix : {"person", "contact"})
        if (out.size() > prefix.size() && out.starts_with(prefix)) {
            std::string rest = out.substr(prefix.size());
            if (builtIn(rest)) return rest;
        }
    return out;
}

ColumnTarget suggestTarget(std::string_view header,
                           const std::vector<std::pair<std::int64_t, std::string>>& customFields) {
    const std::string key = headerKey(header);
    if (key.empty()) return {};
    if (auto field = builtIn(key)) return {*field};
    for (const auto& [id, name] : customFields)
        if (headerKey(name) == key) return {F::Custom, id};
    return {};
}

std::vector<ColumnTarget> suggestColumns(const std::vector<std::string>& header,
                                         const std::vector<std::pair<std::int64_t, std::string>>& customFields) {
    std::vector<ColumnTarget> out;
    out.reserve(header.size());
    for (const auto& h : header) {
        ColumnTarget t = suggestTarget(h, customFields);
        const bool taken = std::any_of(out.begin(), out.end(), [&](const ColumnTarget& o) { return o == t; });
        if (taken && !multiValued(t.field)) t = {};
        out.push_back(t);
    }
    return out;
}

std::optional<std::string_view> lifecycleFromText(std::string_view text) {
    namespace lc = vocab::lifecycle;
    const std::string key = headerKey(text);
    // The codes and their English names first ("Lead", "customer"), then the words of other CRMs.
    for (const auto& term : vocab::kLifecycle.terms())
        if (key == term.code || key == headerKey(term.english)) return term.code;
    static const std::unordered_map<std::string_view, std::string_view> words{
        {"subscriber", lc::kLead},
        {"new", lc::kLead},
        {"线索", lc::kLead},
        {"潜在客户", lc::kLead},
        {"marketingqualifiedlead", lc::kProspect},
        {"salesqualifiedlead", lc::kProspect},
        {"mql", lc::kProspect},
        {"sql", lc::kProspect},
        {"opportunity", lc::kProspect},
        {"商机", lc::kProspect},
        {"意向客户", lc::kProspect},
        {"evangelist", lc::kCustomer},
        {"client", lc::kCustomer},
        {"客户", lc::kCustomer},
        {"成交客户", lc::kCustomer},
        {"former", lc::kChurned},
        {"formercustomer", lc::kChurned},
        {"流失", lc::kChurned},
        {"流失客户", lc::kChurned},
    };
    if (auto it = words.find(key); it != words.end()) return it->second;
    return std::nullopt;
}

} // namespace satchel::imports

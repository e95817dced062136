#pragma once
// Word lists for sample data.
#include <array>
#include <string_view>

namespace satchel::seed::data {

inline constexpr std::array<std::string_view, 48> kFirstNames{
    "James",   "Mary",    "Robert",  "Patricia", "John",    "Jennifer", "Michael", "Linda",  "David",   "Elizabeth",
    "William", "Barbara", "Richard", "Susan",    "Joseph",  "Jessica",  "Thomas",  "Sarah",  "Charles", "Karen",
    "Daniel",  "Lisa",    "Matthew", "Nancy",    "Anthony", "Betty",    "Mark",    "Sandra", "Paul",    "Ashley",
    "Steven",  "Emily",   "Andrew",  "Donna",    "Joshua",  "Michelle", "Kevin",   "Carol",  "Brian",   "Amanda",
    "George",  "Melissa", "Zoë",     "Renée",    "José",    "Chloé",    "Søren",   "Ångela"};
inline constexpr std::array<std::string_view, 40> kLastNames{
    "Smith",     "Johnson", "Williams", "Brown",  "Jones",    "Garcia",  "Miller", "Davis",   "Rodriguez", "Martinez",
    "Hernandez", "Lopez",   "Gonzalez", "Wilson", "Anderson", "Thomas",  "Taylor", "Moore",   "Jackson",   "Martin",
    "Lee",       "Perez",   "Thompson", "White",  "Harris",   "Sanchez", "Clark",  "Ramirez", "Lewis",     "Robinson",
    "Walker",    "Young",   "Allen",    "King",   "Wright",   "Scott",   "Müller", "O'Brien", "Nguyen",    "Kowalski"};
inline constexpr std::array<std::string_view, 32> kSurnames{
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾"};
inline constexpr std::array<std::string_view, 40> kGivenNames{
    "伟",   "芳",   "娜",   "秀英", "敏",   "静",   "丽", "强", "磊",   "军",   "洋",   "勇",   "艳",   "杰",
    "娟",   "涛",   "明",   "超",   "秀兰", "霞",   "平", "刚", "桂英", "小明", "建国", "建华", "志强", "海燕",
    "婷婷", "浩然", "子涵", "欣怡", "宇轩", "梓涵", "晨", "雪", "三",   "四",   "一鸣", "思远"};
inline constexpr std::array<std::string_view, 24> kCompanyWords{
    "Northwind",     "Contoso", "Fabrikam",    "Tailspin",  "Adventure",  "Wingtip",   "Litware",   "Proseware",
    "Fourth Coffee", "Alpine",  "Blue Yonder", "Coho",      "Datum",      "Graphic",   "Humongous", "Lucerne",
    "Margie",        "Trey",    "Wide World",  "Woodgrove", "Southridge", "Relecloud", "Bellows",   "Consolidated"};
inline constexpr std::array<std::string_view, 8> kCompanySuffixes{"Traders",  "Group",   "Ltd",       "Inc",
                                                                  "Partners", "Systems", "Logistics", "Foods"};
inline constexpr std::array<std::string_view, 12> kChineseCompanies{
    "上海华信贸易有限公司", "北京明远科技有限公司", "深圳新航电子有限公司", "广州长兴物流有限公司",
    "杭州云帆网络有限公司", "成都天府食品有限公司", "南京金陵建材有限公司", "武汉光谷软件有限公司",
    "西安古城文化有限公司", "苏州丝路纺织有限公司", "天津海港船务有限公司", "重庆山城汽配有限公司"};
inline constexpr std::array<std::string_view, 10> kIndustries{"Retail",  "Software",   "Manufacturing", "Logistics",
                                                              "Finance", "Healthcare", "Education",     "Food",
                                                              "Energy",  "Media"};
struct City {
    std::string_view city;
    std::string_view country;
};
inline constexpr std::array<City, 16> kCities{{{"London", "United Kingdom"},
                                               {"Leeds", "United Kingdom"},
                                               {"New York", "United States"},
                                               {"Chicago", "United States"},
                                               {"San Francisco", "United States"},
                                               {"Berlin", "Germany"},
                                               {"Paris", "France"},
                                               {"Madrid", "Spain"},
                                               {"Toronto", "Canada"},
                                               {"Sydney", "Australia"},
                                               {"北京", "中国"},
                                               {"上海", "中国"},
                                               {"深圳", "中国"},
                                               {"杭州", "中国"},
                                               {"Tokyo", "Japan"},
                                               {"Singapore", "Singapore"}}};
inline constexpr std::array<std::string_view, 6> kOwners{"mei", "li", "sam", "alex", "priya", "tom"};
inline constexpr std::array<std::string_view, 6> kSources{"web",       "referral", "trade fair",
                                                          "cold call", "partner",  "ads"};
inline constexpr std::array<std::string_view, 8> kTags{"VIP",        "Newsletter", "Partner",  "Trade fair 2026",
                                                       "Churn risk", "Reseller",   "重点客户", "Decision maker"};
inline constexpr std::array<std::string_view, 6> kLostReasons{
    "Price too high", "Chose a competitor", "No budget", "Timing", "No decision", "Missing feature"};
inline constexpr std::array<std::string_view, 8> kTicketSubjects{
    "Cannot log in",           "Invoice is wrong", "Delivery is late", "Request a refund", "How do I export my data?",
    "Product arrived damaged", "Change my plan",   "发票抬头错误"};

} // namespace satchel::seed::data

#include "core/marketing/campaign_service.h"

#include "core/common/text.h"
#include "core/common/time_check.h"
#include "core/common/validation_error.h"
#include "core/contacts/contact_service.h"
#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/marketing/campaign_columns.h"
#include "core/search/record_entries.h"
#include "core/vocab/crm_vocabularies.h"

#include <nlohmann/json.hpp>

#include <climits>

namespace satchel::marketing {

std::string filterToJson(const contacts::ContactFilter& f) {
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    auto put = [&](const char* k, const std::string& v) {
        if (!v.empty()) j[k] = v;
    };
    put("tag", f.tag);
    put("owner", f.owner);
    put("city", f.city);
    put("lifecycle", f.lifecycle);
    put("search", f.search);
    if (f.companyId) j["company_id"] = *f.companyId;
    if (f.dealStageId) j["deal_stage_id"] = *f.dealStageId;
    if (f.customFieldId) {
        j["custom_field_id"] = *f.customFieldId;
        j["custom_value"] = f.customValue;
    }
    return j.dump();
}

contacts::ContactFilter filterFromJson(const std::string& json) {
    const auto j = nlohmann::json::parse(json, nullptr, false);
    if (!j.is_object()) throw ValidationError("segment", Problem::SegmentUnreadable);
    contacts::ContactFilter f;
    f.tag = j.value("tag", "");
    f.owner = j.value("owner", "");
    f.city = j.value("city", "");
    f.lifecycle = j.value("lifecycle", "");
    f.search = j.value("search", "");
    if (j.contains("company_id")) f.companyId = j["company_id"].get<std::int64_t>();
    if (j.contains("deal_stage_id")) f.dealStageId = j["deal_stage_id"].get<std::int64_t>();
    if (j.contains("custom_field_id")) {
        f.customFieldId = j["custom_field_id"].get<std::int64_t>();
        f.customValue = j.value("custom_value", "");
    }
    return f;
}

CampaignService::CampaignService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search,
                                 contacts::ContactService& contacts)
    : m_db(db), m_clock(clock), m_audit(audit), m_search(search), m_contacts(contacts) {}

std::int64_t CampaignService::create(const CampaignDraft& d) {
    if (text::trim(d.name).empty()) throw ValidationError("name", Problem::Required);
    if (d.budget.minor < 0) throw ValidationError("budget", Problem::Negative);
    if (!isValidCurrency(d.budget.currency)) throw ValidationError("currency", Problem::Currency);
    requireSaneTime("start", d.startsAt);
    requireSaneTime("end", d.endsAt);
    if (d.startsAt && d.endsAt && *d.endsAt < *d.startsAt) throw ValidationError("end", Problem::EndBeforeStart);
    Campaign row{.details = d};
    row.details.name = text::trim(d.name);
    db::Transaction tx(m_db);
    const auto id = db::insertRow(m_db, kCampaignColumns, row);
    m_audit.recordChange(audit::Entity::Campaign, id, nullptr, "insert");
    search::indexRecord(m_db, m_search, search::Kind::Campaign, id);
    tx.commit();
    return id;
}

std::optional<Campaign> CampaignService::get(std::int64_t id) const { return db::findRow(m_db, kCampaignColumns, id); }

std::vector<Campaign> CampaignService::list() const {
    auto stmt = m_db.prepare(kCampaignColumns.select() + " ORDER BY id DESC");
    return kCampaignColumns.readAll(stmt);
}

std::vector<Member> CampaignService::members(std::int64_t campaignId, const std::string& status, int limit) const {
    auto stmt = m_db.prepare(kMemberColumns.select("m") +
                             " JOIN contacts c ON c.id = m.contact_id "
                             "WHERE m.campaign_id = ?1 AND (?2 = '' OR m.status = ?2) AND c.deleted_at IS NULL "
                             "ORDER BY " +
                             collated("c.name", m_contacts.nameCollation()) + ", c.id LIMIT ?3");
    stmt.bindAll(campaignId, status, limit);
    return kMemberColumns.readAll(stmt);
}

std::int64_t CampaignService::addMembers(std::int64_t campaignId, const std::vector<std::int64_t>& ids) {
    if (!get(campaignId))
        throw ValidationError("campaign", Problem::NotFound, {"campaign", std::to_string(campaignId)});
    db::Transaction tx(m_db);
    // Already a member: kept as it is.
    db::RowInserter insert(m_db, kMemberColumns, "INSERT OR IGNORE");
    Member member;
    member.status = vocab::member_status::kTargeted;
    member.campaignId = campaignId;
    std::int64_t added = 0;
    for (auto id : ids) {
        member.contactId = id;
        member.updatedAt = m_clock();
        insert.add(member);
        added += m_db.changes();
    }
    m_audit.record(audit::Entity::Campaign, campaignId, "members", {{"added", added}});
    tx.commit();
    return added;
}

std::int64_t CampaignService::addMembersFromSegment(std::int64_t campaignId, std::int64_t segmentId) {
    const auto segment = db::findRow(m_db, kSegmentColumns, segmentId);
    if (!segment) throw ValidationError("segment", Problem::NotFound, {"segment", std::to_string(segmentId)});
    contacts::ContactQuery q;
    q.filter = segment->filter;
    q.limit = INT_MAX;
    std::vector<std::int64_t> ids;
    for (const auto& c : m_contacts.list(q).rows) ids.push_back(c.id);
    return addMembers(campaignId, ids);
}

void CampaignService::setMemberStatus(std::int64_t campaignId, std::int64_t contactId, const std::string& status) {
    if (!vocab::kMemberStatus.contains(status))
        throw ValidationError("status", Problem::NotOneOf, {vocab::kMemberStatus.listed()});
    m_db.prepare("UPDATE campaign_members SET status = ?, updated_at = ? WHERE campaign_id = ? AND contact_id = ?")
        .bindAll(status, m_clock(), campaignId, contactId)
        .run();
    if (m_db.changes() == 0) throw ValidationError("member", Problem::NotAMember);
}

CampaignResults CampaignService::results(std::int64_t campaignId) const {
    const auto campaign = get(campaignId);
    if (!campaign) throw ValidationError("campaign", Problem::NotFound, {"campaign", std::to_string(campaignId)});
    CampaignResults r;
    for (const vocab::Term& t : vocab::kMemberStatus.terms()) r.membersByStatus[std::string(t.code)] = 0;
    auto stmt = m_db.prepare("SELECT status, count(*) FROM campaign_members WHERE campaign_id = ? GROUP BY status");
    stmt.bind(1, campaignId);
    std::int64_t members = 0;
    while (stmt.step()) {
        r.membersByStatus[stmt.columnText(0)] = stmt.columnInt64(1);
        members += stmt.columnInt64(1);
    }
    r.conversionRate = members ? static_cast<double>(r.membersByStatus[std::string(vocab::member_status::kConverted)]) /
                                     static_cast<double>(members)
                               : 0.0;
    auto revenue = m_db.prepare(
        "SELECT coalesce(sum(d.amount_minor), 0) FROM deals d JOIN campaign_members m ON m.contact_id = d.contact_id "
        "WHERE m.campaign_id = ?1 AND m.status = ?4 AND d.status = ?5 AND d.deleted_at IS NULL "
        "AND d.currency = ?2 AND d.closed_at >= ?3");
    revenue.bindAll(campaignId, campaign->details.budget.currency, campaign->details.startsAt.value_or(0),
                    vocab::member_status::kConverted, vocab::deal_status::kWon);
    revenue.step();
    r.attributedRevenue = {revenue.columnInt64(0), campaign->details.budget.currency};
    if (campaign->details.budget.minor > 0)
        r.roi = static_cast<double>(r.attributedRevenue.minor - campaign->details.budget.minor) /
                static_cast<double>(campaign->details.budget.minor);
    return r;
}

std::int64_t CampaignService::saveSegment(const std::string& name, const contacts::ContactFilter& filter) {
    if (text::trim(name).empty()) throw ValidationError("name", Problem::Required);
    // Saving under a name in use replaces that segment's filter.
    const Segment row{.name = text::trim(name), .filter = filter};
    auto upsert = m_db.prepare(kSegmentColumns.insertSql() +
                               " ON CONFLICT (name) DO UPDATE SET filter_json = excluded.filter_json");
    kSegmentColumns.bindInsert(upsert, row);
    upsert.run();
    auto stmt = m_db.prepare("SELECT id FROM segments WHERE name = ?");
    stmt.bind(1, text::trim(name));
    stmt.step();
    return stmt.columnInt64(0);
}

std::vector<Segment> CampaignService::segments() const {
    auto stmt = m_db.prepare(kSegmentColumns.select() + " ORDER BY name COLLATE NOCASE");
    return kSegmentColumns.readAll(stmt);
}

} // namespace satchel::marketing

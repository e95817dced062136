#include "core/deals/deal_service.h"
#include "core/vocab/crm_vocabularies.h"

#include "core/common/text.h"
#include "core/common/time_check.h"
#include "core/common/validation_error.h"
#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/deals/deal_columns.h"

namespace satchel::deals {

namespace {
// "SELECT <every deal column> FROM deals d JOIN <its stage> WHERE ", built once from the column map.
const std::string& selectWhere() {
    static const std::string sql = kDealColumns.select("d") + kDealFrom + " WHERE ";
    return sql;
}

// What a person edits, copied from a checked draft onto the stored row. The stage and the status
// change only through moveToStage and setStatus.
void applyDraft(Deal& deal, const DealDraft& d) {
    deal.title = d.title;
    deal.companyId = d.companyId;
    deal.contactId = d.contactId;
    deal.amount = d.amount;
    deal.probabilityOverride = d.probabilityOverride;
    deal.expectedClose = d.expectedClose;
    deal.owner = d.owner;
}
} // namespace

DealService::DealService(db::Database& db, Clock clock, audit::AuditLog& audit, search::SearchIndex& search)
    : m_db(db), m_clock(clock), m_audit(audit), m_search(search) {}

void DealService::recordHistory(std::int64_t dealId, std::optional<std::int64_t> from, std::optional<std::int64_t> to,
                                std::string_view status) {
    const StageChange change{
        .fromStageId = from, .toStageId = to, .toStatus = std::string(status), .at = m_clock(), .dealId = dealId};
    db::insertRow(m_db, kStageChangeColumns, change);
}

void DealService::reindex(std::int64_t id) {
    auto d = get(id);
    if (!d || d->deletedAt) {
        m_search.remove(search::Kind::Deal, id);
        return;
    }
    m_search.put(search::Kind::Deal, id, d->title, d->owner + " " + d->status + " " + d->lostReason);
}

namespace {
DealDraft checked(const DealDraft& in) {
    DealDraft d = in;
    d.title = text::trim(d.title);
    if (d.title.empty()) throw ValidationError("title", Problem::Required);
    if (!text::isValidUtf8(d.title)) throw ValidationError("title", Problem::NotUtf8);
    if (d.amount.minor < 0) throw ValidationError("amount", Problem::Negative);
    if (!isValidCurrency(d.amount.currency)) throw ValidationError("currency", Problem::Currency);
    if (d.probabilityOverride && (*d.probabilityOverride < 0 || *d.probabilityOverride > 100))
        throw ValidationError("probability", Problem::Percent);
    requireSaneTime("expected close", d.expectedClose);
    return d;
}
} // namespace

std::int64_t DealService::create(const DealDraft& draft) {
    DealDraft d = checked(draft);
    if (!d.stageId) {
        auto first = m_db.prepare("SELECT id FROM pipeline_stages ORDER BY position, id LIMIT 1");
        if (!first.step()) throw ValidationError("stage", Problem::NoStages);
        d.stageId = first.columnInt64(0);
    }
    const auto now = m_clock();
    db::Transaction tx(m_db);
    Deal row;
    applyDraft(row, d);
    row.stageId = *d.stageId;
    row.createdAt = row.updatedAt = now;
    const auto id = db::insertRow(m_db, kDealColumns, row);
    recordHistory(id, std::nullopt, *d.stageId, vocab::deal_status::kOpen);
    m_audit.recordChange(audit::Entity::Deal, id, nullptr, "insert");
    reindex(id);
    tx.commit();
    return id;
}

void DealService::update(std::int64_t id, const DealDraft& draft) {
    const DealDraft d = checked(draft);
    db::Transaction tx(m_db);
    m_audit.change(audit::Entity::Deal, id, [&] {
        Deal row = *get(id); // exists: the audit has just read it
        applyDraft(row, d);
        row.updatedAt = m_clock();
        db::updateRow(m_db, kDealColumns, row);
    });
    reindex(id);
    tx.commit();
}

std::optional<Deal> DealService::get(std::int64_t id) const {
    auto stmt = m_db.prepare(selectWhere() + "d.id = ?");
    stmt.bind(1, id);
    if (!stmt.step()) return std::nullopt;
    return kDealColumns.read(stmt);
}

void DealService::moveToStage(std::int64_t id, std::int64_t stageId) {
    const auto deal = get(id);
    if (!deal) throw ValidationError("deal", Problem::NotFound, {"deal", std::to_string(id)});
    if (deal->status != vocab::deal_status::kOpen)
        throw ValidationError("stage", Problem::ReopenBeforeMove, {deal->status});
    if (deal->stageId == stageId) return;
    auto exists = m_db.prepare("SELECT 1 FROM pipeline_stages WHERE id = ?");
    exists.bind(1, stageId);
    if (!exists.step()) throw ValidationError("stage", Problem::NotFound, {"stage", std::to_string(stageId)});
    db::Transaction tx(m_db);
    m_audit.change(audit::Entity::Deal, id, [&] {
        m_db.prepare("UPDATE deals SET stage_id = ?, updated_at = ? WHERE id = ?")
            .bindAll(stageId, m_clock(), id)
            .run();
    });
    recordHistory(id, deal->stageId, stageId, vocab::deal_status::kOpen);
    tx.commit();
}

void DealService::setStatus(std::int64_t id, const std::string& status, const std::string& lostReason) {
    const auto deal = get(id);
    if (!deal) throw ValidationError("deal", Problem::NotFound, {"deal", std::to_string(id)});
    if (deal->status == status) return;
    db::Transaction tx(m_db);
    const std::int64_t now = m_clock();
    m_audit.change(audit::Entity::Deal, id, [&] {
        auto update =
            m_db.prepare("UPDATE deals SET status = ?, lost_reason = ?, closed_at = ?, updated_at = ? WHERE id = ?");
        update.bindAll(status, lostReason, nullptr, now, id);
        if (status != vocab::deal_status::kOpen) update.bind(3, now); // reopening clears the close time
        update.run();
    });
    recordHistory(id, deal->stageId, deal->stageId, status);
    reindex(id);
    tx.commit();
}

void DealService::markWon(std::int64_t id) { setStatus(id, std::string(vocab::deal_status::kWon), ""); }

void DealService::markLost(std::int64_t id, const std::string& reason) {
    const std::string r = text::trim(reason);
    if (r.empty()) throw ValidationError("lost reason", Problem::LostReason);
    setStatus(id, std::string(vocab::deal_status::kLost), r);
}

void DealService::reopen(std::int64_t id) { setStatus(id, std::string(vocab::deal_status::kOpen), ""); }

void DealService::setDeleted(std::int64_t id, std::optional<std::int64_t> when, const char* action) {
    db::Transaction tx(m_db);
    m_audit.change(
        audit::Entity::Deal, id,
        [&] { m_db.prepare("UPDATE deals SET deleted_at = ? WHERE id = ?").bindAll(when, id).run(); }, action);
    reindex(id);
    tx.commit();
}

void DealService::remove(std::int64_t id) { setDeleted(id, m_clock(), "delete"); }
void DealService::restore(std::int64_t id) { setDeleted(id, std::nullopt, "restore"); }

void DealService::purge(std::int64_t id) {
    db::Transaction tx(m_db);
    const auto before = m_audit.existing(audit::Entity::Deal, id);
    m_db.prepare("DELETE FROM deals WHERE id = ?").bind(1, id).run();
    m_audit.record(audit::Entity::Deal, id, "purge", {{"title", before["title"]}});
    m_search.remove(search::Kind::Deal, id);
    tx.commit();
}

std::vector<Deal> DealService::openDealsInStage(std::int64_t stageId) const {
    auto stmt = m_db.prepare(
        selectWhere() + "d.stage_id = ?1 AND d.status = ?2 AND d.deleted_at IS NULL ORDER BY d.updated_at DESC, d.id");
    stmt.bindAll(stageId, vocab::deal_status::kOpen);
    return kDealColumns.readAll(stmt);
}

std::vector<Deal> DealService::list(const std::string& status, int limit) const {
    auto stmt = m_db.prepare(
        selectWhere() +
        "(?1 = '' OR d.status = ?1) AND d.deleted_at IS NULL ORDER BY d.updated_at DESC, d.id DESC LIMIT ?2");
    stmt.bindAll(status, limit);
    return kDealColumns.readAll(stmt);
}

std::vector<Deal> DealService::forContact(std::int64_t contactId) const {
    auto stmt =
        m_db.prepare(selectWhere() + "d.contact_id = ? AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id DESC");
    stmt.bind(1, contactId);
    return kDealColumns.readAll(stmt);
}

std::vector<StageChange> DealService::history(std::int64_t id) const {
    auto stmt = m_db.prepare(kStageChangeColumns.select() + " WHERE deal_id = ? ORDER BY id");
    stmt.bind(1, id);
    return kStageChangeColumns.readAll(stmt);
}

std::vector<StageSummary> DealService::summary(const std::string& currency) const {
    // Weighted value rounds per deal, half up, in integer arithmetic: amount * probability / 100.
    // The stage's columns, then the three sums.
    auto stmt = m_db.prepare(
        "SELECT " + kStageColumns.selectList("s") +
        ", count(d.id), coalesce(sum(d.amount_minor), 0), "
        "coalesce(sum((d.amount_minor * coalesce(d.probability, s.probability) + 50) / 100), 0) "
        "FROM pipeline_stages s LEFT JOIN deals d ON d.stage_id = s.id AND d.status = ?2 AND d.deleted_at IS NULL "
        "AND d.currency = ?1 GROUP BY s.id ORDER BY s.position, s.id");
    stmt.bindAll(currency, vocab::deal_status::kOpen);
    std::vector<StageSummary> out;
    constexpr int kSums = kStageColumns.size();
    while (stmt.step())
        out.push_back({kStageColumns.read(stmt), stmt.columnInt64(kSums), stmt.columnInt64(kSums + 1),
                       stmt.columnInt64(kSums + 2)});
    return out;
}

} // namespace satchel::deals

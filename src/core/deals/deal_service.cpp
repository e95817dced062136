#include "core/deals/deal_service.h"

#include "core/common/text.h"
#include "core/common/time_check.h"
#include "core/common/validation_error.h"
#include "core/db/database.h"
#include "core/db/transaction.h"

namespace satchel::deals {

namespace {
constexpr const char* kSelect =
    "SELECT d.id, d.title, d.company_id, d.contact_id, d.amount_minor, d.currency, d.stage_id, d.probability, "
    "coalesce(d.probability, s.probability), d.expected_close, d.owner, d.status, d.lost_reason, d.closed_at, "
    "d.created_at FROM deals d JOIN pipeline_stages s ON s.id = d.stage_id WHERE ";

Deal read(const db::Statement& s) {
    Deal d;
    d.id = s.columnInt64(0);
    d.title = s.columnText(1);
    d.companyId = s.columnOptionalInt64(2);
    d.contactId = s.columnOptionalInt64(3);
    d.amount = {s.columnInt64(4), s.columnText(5)};
    d.stageId = s.columnInt64(6);
    if (auto p = s.columnOptionalInt64(7)) d.probabilityOverride = static_cast<int>(*p);
    d.probability = static_cast<int>(s.columnInt64(8));
    d.expectedClose = s.columnOptionalInt64(9);
    d.owner = s.columnText(10);
    d.status = s.columnText(11);
    d.lostReason = s.columnText(12);
    d.closedAt = s.columnOptionalInt64(13);
    d.createdAt = s.columnInt64(14);
    return d;
}
} // namespace

DealService::DealService(db::Database& db, Clock clock) : m_db(db), m_clock(clock), m_audit(db, clock), m_search(db) {}

void DealService::recordHistory(std::int64_t dealId, std::optional<std::int64_t> from, std::optional<std::int64_t> to,
                                 const std::string& status) {
    m_db.prepare("INSERT INTO deal_stage_history (deal_id, from_stage_id, to_stage_id, to_status, changed_at) "
                 "VALUES (?, ?, ?, ?, ?)")
        .bindAll(dealId, from, to, status, m_clock())
        .run();
}

void DealService::reindex(std::int64_t id) {
    auto d = get(id);
    auto deleted = m_db.prepare("SELECT deleted_at IS NOT NULL FROM deals WHERE id = ?");
    deleted.bind(1, id);
    if (!d || (deleted.step() && deleted.columnInt64(0))) {
        m_search.remove(search::Kind::Deal, id);
        return;
    }
    m_search.put(search::Kind::Deal, id, d->title, d->owner + " " + d->status + " " + d->lostReason);
}

namespace {
DealDraft checked(const DealDraft& in) {
    DealDraft d = in;
    d.title = text::trim(d.title);
    if (d.title.empty()) throw ValidationError("title", "is required");
    if (!text::isValidUtf8(d.title)) throw ValidationError("title", "is not valid UTF-8 text");
    if (d.amount.minor < 0) throw ValidationError("amount", "cannot be negative");
    if (!isValidCurrency(d.amount.currency)) throw ValidationError("currency", "must be a code like USD or CNY");
    if (d.probabilityOverride && (*d.probabilityOverride < 0 || *d.probabilityOverride > 100))
        throw ValidationError("probability", "must be from 0 to 100");
    requireSaneTime("expected close", d.expectedClose);
    return d;
}
} // namespace

std::int64_t DealService::create(const DealDraft& draft) {
    DealDraft d = checked(draft);
    if (!d.stageId) {
        auto first = m_db.prepare("SELECT id FROM pipeline_stages ORDER BY position, id LIMIT 1");
        if (!first.step()) throw ValidationError("stage", "the pipeline has no stages");
        d.stageId = first.columnInt64(0);
    }
    const auto now = m_clock();
    db::Transaction tx(m_db);
    m_db.prepare(
            "INSERT INTO deals (title, company_id, contact_id, amount_minor, currency, stage_id, probability, "
            "expected_close, owner, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .bindAll(d.title, d.companyId, d.contactId, d.amount.minor, d.amount.currency, *d.stageId, d.probabilityOverride,
                 d.expectedClose, d.owner, now, now)
        .run();
    const auto id = m_db.lastInsertRowid();
    recordHistory(id, std::nullopt, *d.stageId, "open");
    m_audit.recordChange(audit::Entity::Deal, id, nullptr, "insert");
    reindex(id);
    tx.commit();
    return id;
}

void DealService::update(std::int64_t id, const DealDraft& draft) {
    const DealDraft d = checked(draft);
    db::Transaction tx(m_db);
    m_audit.change(audit::Entity::Deal, id, [&] {
        m_db.prepare(
                "UPDATE deals SET title = ?, company_id = ?, contact_id = ?, amount_minor = ?, currency = ?, "
                "probability = ?, expected_close = ?, owner = ?, updated_at = ? WHERE id = ?")
            .bindAll(d.title, d.companyId, d.contactId, d.amount.minor, d.amount.currency, d.probabilityOverride,
                     d.expectedClose, d.owner, m_clock(), id)
            .run();
    });
    reindex(id);
    tx.commit();
}

std::optional<Deal> DealService::get(std::int64_t id) const {
    auto stmt = m_db.prepare(std::string(kSelect) + "d.id = ?");
    stmt.bind(1, id);
    if (!stmt.step()) return std::nullopt;
    return read(stmt);
}

void DealService::moveToStage(std::int64_t id, std::int64_t stageId) {
    const auto deal = get(id);
    if (!deal) throw ValidationError("deal", "no deal with id " + std::to_string(id));
    if (deal->status != "open") throw ValidationError("stage", "a " + deal->status + " deal must be reopened before it moves");
    if (deal->stageId == stageId) return;
    auto exists = m_db.prepare("SELECT 1 FROM pipeline_stages WHERE id = ?");
    exists.bind(1, stageId);
    if (!exists.step()) throw ValidationError("stage", "no stage with id " + std::to_string(stageId));
    db::Transaction tx(m_db);
    m_audit.change(audit::Entity::Deal, id, [&] {
        m_db.prepare("UPDATE deals SET stage_id = ?, updated_at = ? WHERE id = ?").bindAll(stageId, m_clock(), id).run();
    });
    recordHistory(id, deal->stageId, stageId, "open");
    tx.commit();
}

void DealService::setStatus(std::int64_t id, const std::string& status, const std::string& lostReason) {
    const auto deal = get(id);
    if (!deal) throw ValidationError("deal", "no deal with id " + std::to_string(id));
    if (deal->status == status) return;
    db::Transaction tx(m_db);
    const std::optional<std::int64_t> closedAt = status == "open" ? std::nullopt : std::optional(m_clock());
    m_audit.change(audit::Entity::Deal, id, [&] {
        m_db.prepare("UPDATE deals SET status = ?, lost_reason = ?, closed_at = ?, updated_at = ? WHERE id = ?")
            .bindAll(status, lostReason, closedAt, m_clock(), id)
            .run();
    });
    recordHistory(id, deal->stageId, deal->stageId, status);
    reindex(id);
    tx.commit();
}

void DealService::markWon(std::int64_t id) { setStatus(id, "won", ""); }

void DealService::markLost(std::int64_t id, const std::string& reason) {
    const std::string r = text::trim(reason);
    if (r.empty()) throw ValidationError("lost reason", "say why the deal was lost");
    setStatus(id, "lost", r);
}

void DealService::reopen(std::int64_t id) { setStatus(id, "open", ""); }

void DealService::setDeleted(std::int64_t id, std::optional<std::int64_t> when, const char* action) {
    db::Transaction tx(m_db);
    m_audit.change(audit::Entity::Deal, id, [&] {
        m_db.prepare("UPDATE deals SET deleted_at = ? WHERE id = ?").bindAll(when, id).run();
    }, action);
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
    auto stmt = m_db.prepare(std::string(kSelect) +
                             "d.stage_id = ? AND d.status = 'open' AND d.deleted_at IS NULL ORDER BY d.updated_at DESC, d.id");
    stmt.bind(1, stageId);
    std::vector<Deal> out;
    while (stmt.step()) out.push_back(read(stmt));
    return out;
}

std::vector<Deal> DealService::list(const std::string& status, int limit) const {
    auto stmt = m_db.prepare(std::string(kSelect) +
                             "(?1 = '' OR d.status = ?1) AND d.deleted_at IS NULL ORDER BY d.updated_at DESC, d.id DESC LIMIT ?2");
    stmt.bindAll(status, limit);
    std::vector<Deal> out;
    while (stmt.step()) out.push_back(read(stmt));
    return out;
}

std::vector<Deal> DealService::forContact(std::int64_t contactId) const {
    auto stmt = m_db.prepare(std::string(kSelect) + "d.contact_id = ? AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id DESC");
    stmt.bind(1, contactId);
    std::vector<Deal> out;
    while (stmt.step()) out.push_back(read(stmt));
    return out;
}

std::vector<StageChange> DealService::history(std::int64_t id) const {
    auto stmt = m_db.prepare(
        "SELECT from_stage_id, to_stage_id, to_status, changed_at FROM deal_stage_history WHERE deal_id = ? ORDER BY id");
    stmt.bind(1, id);
    std::vector<StageChange> out;
    while (stmt.step()) {
        StageChange c;
        if (!stmt.columnIsNull(0)) c.fromStageId = stmt.columnInt64(0);
        if (!stmt.columnIsNull(1)) c.toStageId = stmt.columnInt64(1);
        c.toStatus = stmt.columnText(2);
        c.at = stmt.columnInt64(3);
        out.push_back(c);
    }
    return out;
}

std::vector<StageSummary> DealService::summary(const std::string& currency) const {
    // Weighted value rounds per deal, half up, in integer arithmetic: amount * probability / 100.
    auto stmt = m_db.prepare(
        "SELECT s.id, s.name, s.position, s.probability, count(d.id), coalesce(sum(d.amount_minor), 0), "
        "coalesce(sum((d.amount_minor * coalesce(d.probability, s.probability) + 50) / 100), 0) "
        "FROM pipeline_stages s LEFT JOIN deals d ON d.stage_id = s.id AND d.status = 'open' AND d.deleted_at IS NULL "
        "AND d.currency = ? GROUP BY s.id ORDER BY s.position, s.id");
    stmt.bind(1, currency);
    std::vector<StageSummary> out;
    while (stmt.step())
        out.push_back({{stmt.columnInt64(0), stmt.columnText(1), static_cast<int>(stmt.columnInt64(2)),
                        static_cast<int>(stmt.columnInt64(3))},
                       stmt.columnInt64(4), stmt.columnInt64(5), stmt.columnInt64(6)});
    return out;
}

} // namespace satchel::deals

#include "core/deals/deal_service.h"
#include "core/vocab/crm_vocabularies.h"

#include "core/common/text.h"
#include "core/common/time_check.h"
#include "core/common/validation_error.h"
#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/deals/deal_columns.h"

#include <algorithm>

namespace satchel::deals {

namespace {
// "SELECT <every deal column> FROM deals d JOIN <its stage> WHERE ", built once from the column map.
const std::string& selectWhere() {
    static const std::string sql = kDealColumns.select("d") + kDealFrom + " WHERE ";
    return sql;
}

// A closed deal's chance is settled: won is 100 %, lost 0 %, whatever its stage or override said.
Deal settled(Deal deal) {
    if (deal.status == vocab::deal_status::kWon) deal.probability = 100;
    if (deal.status == vocab::deal_status::kLost) deal.probability = 0;
    return deal;
}
std::vector<Deal> readDeals(db::Statement& stmt) {
    std::vector<Deal> out = kDealColumns.readAll(stmt);
    for (Deal& d : out) d = settled(std::move(d));
    return out;
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
    deal.notes = d.notes;
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
    if (!text::isValidUtf8(d.notes)) throw ValidationError("notes", Problem::NotUtf8);
    if (!text::isValidUtf8(d.owner)) throw ValidationError("owner", Problem::NotUtf8);
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
    if (!d.stageId) d.stageId = firstStage();
    if (stageRemoved(*d.stageId))
        throw ValidationError("stage", Problem::NotFound, {"stage", std::to_string(*d.stageId)});
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

std::int64_t DealService::firstStage() const {
    auto first = m_db.prepare("SELECT id FROM pipeline_stages WHERE removed_at IS NULL ORDER BY position, id LIMIT 1");
    if (!first.step()) throw ValidationError("stage", Problem::NoStages);
    return first.columnInt64(0);
}

bool DealService::stageRemoved(std::int64_t stageId) const {
    auto stmt = m_db.prepare("SELECT removed_at IS NOT NULL FROM pipeline_stages WHERE id = ?");
    stmt.bind(1, stageId);
    return !stmt.step() || stmt.columnInt64(0) != 0;
}

void DealService::update(std::int64_t id, const DealDraft& draft) {
    DealDraft d = checked(draft);
    const auto lines = products(id);
    if (!lines.empty()) {
        // The products set the amount; the currency is theirs.
        const auto stored = get(id);
        if (stored && d.amount.currency != stored->amount.currency)
            throw ValidationError("currency", Problem::CurrencyOfProducts, {stored->amount.currency});
        d.amount.minor = 0;
        for (const auto& l : lines) d.amount.minor += l.quantity * l.unitPriceMinor;
    }
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
    return settled(kDealColumns.read(stmt));
}

void DealService::moveToStage(std::int64_t id, std::int64_t stageId) {
    const auto deal = get(id);
    if (!deal) throw ValidationError("deal", Problem::NotFound, {"deal", std::to_string(id)});
    if (deal->status != vocab::deal_status::kOpen)
        throw ValidationError("stage", Problem::ReopenBeforeMove, {deal->status});
    if (deal->stageId == stageId) return;
    if (stageRemoved(stageId)) throw ValidationError("stage", Problem::NotFound, {"stage", std::to_string(stageId)});
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

void DealService::reopen(std::int64_t id) {
    db::Transaction tx(m_db);
    setStatus(id, std::string(vocab::deal_status::kOpen), "");
    leaveRemovedStage(id);
    tx.commit();
}

void DealService::leaveRemovedStage(std::int64_t id) {
    const auto deal = get(id);
    if (!deal || deal->status != vocab::deal_status::kOpen || !stageRemoved(deal->stageId)) return;
    moveToStage(id, firstStage());
}

void DealService::setDeleted(std::int64_t id, std::optional<std::int64_t> when, const char* action) {
    db::Transaction tx(m_db);
    m_audit.change(
        audit::Entity::Deal, id,
        [&] { m_db.prepare("UPDATE deals SET deleted_at = ? WHERE id = ?").bindAll(when, id).run(); }, action);
    reindex(id);
    tx.commit();
}

void DealService::remove(std::int64_t id) { setDeleted(id, m_clock(), "delete"); }
void DealService::restore(std::int64_t id) {
    db::Transaction tx(m_db);
    setDeleted(id, std::nullopt, "restore");
    leaveRemovedStage(id);
    tx.commit();
}

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
    return readDeals(stmt);
}

std::vector<Deal> DealService::list(const std::string& status, int limit) const {
    auto stmt = m_db.prepare(
        selectWhere() +
        "(?1 = '' OR d.status = ?1) AND d.deleted_at IS NULL ORDER BY d.updated_at DESC, d.id DESC LIMIT ?2");
    stmt.bindAll(status, limit);
    return readDeals(stmt);
}

std::vector<Deal> DealService::forContact(std::int64_t contactId) const {
    auto stmt =
        m_db.prepare(selectWhere() + "d.contact_id = ? AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id DESC");
    stmt.bind(1, contactId);
    return readDeals(stmt);
}

std::vector<Deal> DealService::forCompany(std::int64_t companyId) const {
    auto stmt =
        m_db.prepare(selectWhere() + "d.company_id = ? AND d.deleted_at IS NULL ORDER BY d.created_at DESC, d.id DESC");
    stmt.bind(1, companyId);
    return readDeals(stmt);
}

std::vector<StageChange> DealService::history(std::int64_t id) const {
    auto stmt = m_db.prepare(kStageChangeColumns.select() + " WHERE deal_id = ? ORDER BY id");
    stmt.bind(1, id);
    return kStageChangeColumns.readAll(stmt);
}

std::vector<StageSummary> DealService::summary(const std::string& defaultCurrency) const {
    // Weighted value rounds per deal, half up, in integer arithmetic: amount * probability / 100.
    // One row per stage and currency (a stage without open deals: one row, currency NULL).
    auto stmt = m_db.prepare(
        "SELECT " + kStageColumns.selectList("s") +
        ", d.currency, count(d.id), coalesce(sum(d.amount_minor), 0), "
        "coalesce(sum((d.amount_minor * coalesce(d.probability, s.probability) + 50) / 100), 0) "
        "FROM pipeline_stages s LEFT JOIN deals d ON d.stage_id = s.id AND d.status = ?1 AND d.deleted_at IS NULL "
        "WHERE s.removed_at IS NULL GROUP BY s.id, d.currency "
        "ORDER BY s.position, s.id, d.currency IS ?2 DESC, d.currency");
    stmt.bindAll(vocab::deal_status::kOpen, defaultCurrency);
    std::vector<StageSummary> out;
    constexpr int kSums = kStageColumns.size();
    while (stmt.step()) {
        Stage stage = kStageColumns.read(stmt);
        if (out.empty() || out.back().stage.id != stage.id) out.push_back({std::move(stage), 0, {}});
        const std::int64_t count = stmt.columnInt64(kSums + 1);
        if (count == 0) continue;
        out.back().openDeals += count;
        out.back().totals.push_back(
            {stmt.columnText(kSums), count, stmt.columnInt64(kSums + 2), stmt.columnInt64(kSums + 3)});
    }
    return out;
}

std::vector<CurrencyTotal> pipelineTotals(const std::vector<StageSummary>& stages, const std::string& defaultCurrency) {
    std::vector<CurrencyTotal> out;
    for (const auto& s : stages)
        for (std::size_t i = 0; i < s.totals.size(); ++i) {
            const CurrencyTotal& t = s.totals[i];
            auto it =
                std::find_if(out.begin(), out.end(), [&](const CurrencyTotal& o) { return o.currency == t.currency; });
            if (it == out.end()) {
                out.push_back({t.currency, 0, 0, 0});
                it = out.end() - 1;
            }
            it->deals += t.deals;
            it->totalMinor += t.totalMinor;
            it->weightedMinor += t.weightedMinor;
        }
    // The default first, wherever it first appeared.
    std::stable_partition(out.begin(), out.end(),
                          [&](const CurrencyTotal& t) { return t.currency == defaultCurrency; });
    return out;
}

std::vector<DealProduct> DealService::products(std::int64_t dealId) const {
    auto stmt = m_db.prepare(kDealProductColumns.select("l") + kDealProductFrom + " WHERE l.deal_id = ? ORDER BY l.id");
    stmt.bind(1, dealId);
    return kDealProductColumns.readAll(stmt);
}

void DealService::totalProducts(std::int64_t dealId) {
    m_audit.change(audit::Entity::Deal, dealId, [&] {
        m_db.prepare("UPDATE deals SET amount_minor = (SELECT sum(quantity * unit_price_minor) FROM deal_products "
                     "WHERE deal_id = ?1), updated_at = ?2 WHERE id = ?1 AND "
                     "EXISTS (SELECT 1 FROM deal_products WHERE deal_id = ?1)")
            .bindAll(dealId, m_clock())
            .run();
    });
}

std::int64_t DealService::addProduct(std::int64_t dealId, std::int64_t productId, std::int64_t quantity) {
    const auto deal = get(dealId);
    if (!deal || deal->deletedAt) throw ValidationError("deal", Problem::NotFound, {"deal", std::to_string(dealId)});
    if (quantity < 1) throw ValidationError("quantity", Problem::Quantity);
    auto product = m_db.prepare("SELECT name, unit_price_minor, currency FROM products WHERE id = ?");
    product.bind(1, productId);
    if (!product.step()) throw ValidationError("product", Problem::NotFound, {"product", std::to_string(productId)});
    if (product.columnText(2) != deal->amount.currency)
        throw ValidationError("product", Problem::DealLineCurrency,
                              {product.columnText(0), product.columnText(2), deal->amount.currency});
    db::Transaction tx(m_db);
    const DealProduct line{
        .dealId = dealId, .productId = productId, .quantity = quantity, .unitPriceMinor = product.columnInt64(1)};
    const auto id = db::insertRow(m_db, kDealProductColumns, line);
    totalProducts(dealId);
    tx.commit();
    return id;
}

void DealService::setProductQuantity(std::int64_t lineId, std::int64_t quantity) {
    if (quantity < 1) throw ValidationError("quantity", Problem::Quantity);
    auto deal = m_db.prepare("SELECT deal_id FROM deal_products WHERE id = ?");
    deal.bind(1, lineId);
    if (!deal.step()) throw ValidationError("product", Problem::NotFound, {"product", std::to_string(lineId)});
    db::Transaction tx(m_db);
    m_db.prepare("UPDATE deal_products SET quantity = ? WHERE id = ?").bindAll(quantity, lineId).run();
    totalProducts(deal.columnInt64(0));
    tx.commit();
}

void DealService::removeProduct(std::int64_t lineId) {
    auto deal = m_db.prepare("SELECT deal_id FROM deal_products WHERE id = ?");
    deal.bind(1, lineId);
    if (!deal.step()) return;
    const std::int64_t dealId = deal.columnInt64(0);
    db::Transaction tx(m_db);
    m_db.prepare("DELETE FROM deal_products WHERE id = ?").bind(1, lineId).run();
    totalProducts(dealId); // the last one gone: the amount stays their last total
    tx.commit();
}

} // namespace satchel::deals

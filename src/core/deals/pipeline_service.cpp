#include "core/deals/pipeline_service.h"

#include "core/common/text.h"
#include "core/common/validation_error.h"
#include "core/db/database.h"
#include "core/db/transaction.h"
#include "core/deals/deal_columns.h"
#include "core/vocab/crm_vocabularies.h"

#include <algorithm>

namespace satchel::deals {

namespace {
void check(const std::string& name, int probability) {
    if (text::trim(name).empty()) throw ValidationError("name", Problem::Required);
    if (probability < 0 || probability > 100) throw ValidationError("probability", Problem::Percent);
}
} // namespace

PipelineService::PipelineService(db::Database& db, Clock clock) : m_db(db), m_clock(clock) {}

std::vector<Stage> PipelineService::stages() const {
    auto stmt = m_db.prepare(kStageColumns.select() + " WHERE removed_at IS NULL ORDER BY position, id");
    return kStageColumns.readAll(stmt);
}

std::vector<Stage> PipelineService::allStages() const {
    auto stmt = m_db.prepare(kStageColumns.select() + " ORDER BY position, id");
    return kStageColumns.readAll(stmt);
}

std::int64_t PipelineService::addStage(const std::string& name, int probability) {
    check(name, probability);
    auto last = m_db.prepare("SELECT coalesce(max(position), 0) FROM pipeline_stages WHERE removed_at IS NULL");
    last.step();
    const Stage stage{
        .name = text::trim(name), .position = static_cast<int>(last.columnInt64(0)) + 1, .probability = probability};
    // A removed stage of that name comes back: its closed deals' history names it still.
    auto removed = m_db.prepare("SELECT id FROM pipeline_stages WHERE name = ? AND removed_at IS NOT NULL");
    removed.bind(1, stage.name);
    if (removed.step()) {
        const std::int64_t id = removed.columnInt64(0);
        m_db.prepare("UPDATE pipeline_stages SET removed_at = NULL, position = ?, probability = ? WHERE id = ?")
            .bindAll(stage.position, probability, id)
            .run();
        return id;
    }
    return db::insertRow(m_db, kStageColumns, stage);
}

void PipelineService::updateStage(std::int64_t id, const std::string& name, int probability) {
    check(name, probability);
    m_db.prepare("UPDATE pipeline_stages SET name = ?, probability = ? WHERE id = ?")
        .bindAll(text::trim(name), probability, id)
        .run();
    if (m_db.changes() == 0) throw ValidationError("stage", Problem::NotFound, {"stage", std::to_string(id)});
}

void PipelineService::moveStage(std::int64_t id, int position) {
    auto all = stages();
    auto it = std::find_if(all.begin(), all.end(), [id](const Stage& s) { return s.id == id; });
    if (it == all.end()) throw ValidationError("stage", Problem::NotFound, {"stage", std::to_string(id)});
    Stage moved = *it;
    all.erase(it);
    position = std::clamp(position, 0, static_cast<int>(all.size()));
    all.insert(all.begin() + position, moved);
    db::Transaction tx(m_db);
    auto update = m_db.prepare("UPDATE pipeline_stages SET position = ? WHERE id = ?");
    for (size_t i = 0; i < all.size(); ++i) {
        update.bindAll(static_cast<int>(i) + 1, all[i].id).run();
        update.reset();
    }
    tx.commit();
}

void PipelineService::removeStage(std::int64_t id) {
    auto open = m_db.prepare("SELECT count(*) FROM deals WHERE stage_id = ?1 AND status = ?2 AND deleted_at IS NULL");
    open.bindAll(id, vocab::deal_status::kOpen);
    open.step();
    if (const auto n = open.columnInt64(0); n > 0)
        throw ValidationError("stage", Problem::StageHasDeals, {std::to_string(n)});
    // Closed and trashed deals keep the stage (their history names it); it only leaves the pipeline.
    m_db.prepare("UPDATE pipeline_stages SET removed_at = ? WHERE id = ? AND removed_at IS NULL")
        .bindAll(m_clock(), id)
        .run();
    if (m_db.changes() == 0) throw ValidationError("stage", Problem::NotFound, {"stage", std::to_string(id)});
}

} // namespace satchel::deals

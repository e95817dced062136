#pragma once
// The sales pipeline's stages: names, order and default probabilities, editable by the user.
#include "core/common/clock.h"
#include "core/deals/deal.h"

#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::deals {

class PipelineService {
public:
    PipelineService(db::Database& db, Clock clock);

    std::vector<Stage> stages() const;    // in pipeline order
    std::vector<Stage> allStages() const; // the removed ones too (closed deals still name them)
    std::int64_t addStage(const std::string& name, int probability); // at the end
    void updateStage(std::int64_t id, const std::string& name, int probability);
    // Moves a stage to `position` (0-based) and renumbers the others.
    void moveStage(std::int64_t id, int position);
    // Only a stage no open deal is in can go (ValidationError says how many are there). Closed
    // deals keep it: it leaves the pipeline, stays in their history, and comes back when a stage
    // of its name is added again.
    void removeStage(std::int64_t id);

private:
    db::Database& m_db;
    Clock m_clock;
};

} // namespace satchel::deals

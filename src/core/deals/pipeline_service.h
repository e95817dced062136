#pragma once
// The sales pipeline's stages: names, order and default probabilities, editable by the user.
#include "core/deals/deal.h"

#include <vector>

namespace satchel::db {
class Database;
}

namespace satchel::deals {

class PipelineService {
public:
    explicit PipelineService(db::Database& db);

    std::vector<Stage> stages() const;                               // in pipeline order
    std::int64_t addStage(const std::string& name, int probability); // at the end
    void updateStage(std::int64_t id, const std::string& name, int probability);
    // Moves a stage to `position` (0-based) and renumbers the others.
    void moveStage(std::int64_t id, int position);
    // Only a stage no deal is in can go; otherwise ValidationError says how many deals are there.
    void removeStage(std::int64_t id);

private:
    db::Database& m_db;
};

} // namespace satchel::deals

#include "example_world.h"

#include <algorithm>
#include <stdexcept>

#include "example_random.h"

namespace wb::tools {

ExampleWorld::ExampleWorld(std::string assetsDir, const std::vector<AreaFacts>& facts)
    : assetsDir_(std::move(assetsDir)) {
    for (const auto& f : facts) {
        if (f.area.level == AreaLevel::Municipality) municipalities_.push_back(f);
        if (f.area.level == AreaLevel::SafetyRegion) regions_.push_back(f);
        if (f.area.level == AreaLevel::Country) nationalPopulation_ = f.population;
    }
    auto byCode = [](const AreaFacts& a, const AreaFacts& b) { return a.area.code < b.area.code; };
    std::sort(municipalities_.begin(), municipalities_.end(), byCode);
    std::sort(regions_.begin(), regions_.end(), byCode);
    for (size_t i = 0; i < regions_.size(); ++i) regionIndex_[regions_[i].area.code] = i;
}

const AreaFacts& ExampleWorld::regionOf(const AreaFacts& municipality) const {
    const auto it = regionIndex_.find(municipality.area.parentCode);
    if (it == regionIndex_.end()) throw std::runtime_error(municipality.area.code + " has no safety region");
    return regions_[it->second];
}

double ExampleWorld::progressOf(const AreaFacts& area) const {
    if (area.area.level == AreaLevel::SafetyRegion) return ExampleRandom("progress", area.area.code).between(0.15, 0.8);
    const double region = progressOf(regionOf(area));
    return std::clamp(region + ExampleRandom("progress", area.area.code).between(-0.18, 0.18), 0.05, 0.95);
}

std::map<std::string, int64_t> idsByCode(const Database& db, std::string_view sql) {
    std::map<std::string, int64_t> ids;
    Statement query = db.prepare(sql);
    while (query.step()) ids[query.getText(0)] = query.getInt(1);
    return ids;
}

std::set<std::string> regionMeasureCodes(const Database& db) {
    std::set<std::string> codes;
    for (const auto& [code, id] : idsByCode(db, "SELECT m.code, m.id FROM measure m JOIN action_list l ON l.id = m.list_id "
                                               "WHERE l.for_level = 'safety_region'")) {
        codes.insert(code);
    }
    return codes;
}

int64_t requireId(const std::map<std::string, int64_t>& ids, const std::string& code, std::string_view context) {
    const auto it = ids.find(code);
    if (it == ids.end()) throw std::runtime_error(std::string(context) + ": unknown code " + code);
    return it->second;
}

}  // namespace wb::tools

#include "core/area_directory.h"

#include <algorithm>

namespace wb {
namespace {
// Guards the walk up the hierarchy against a cycle of parent codes in a hostile database file.
constexpr int kMaxDepth = 8;
}  // namespace

AreaDirectory AreaDirectory::load(const Database& db, int year) {
    AreaDirectory directory;
    for (AreaLevel level : {AreaLevel::Country, AreaLevel::Province, AreaLevel::SafetyRegion, AreaLevel::Municipality,
                            AreaLevel::District, AreaLevel::Neighbourhood}) {
        for (Area& area : areasAtLevel(db, level, year)) {
            if (!area.parentCode.empty()) directory.childrenOf_[area.parentCode].push_back(area.code);
            std::string code = area.code;
            directory.byCode_.emplace(std::move(code), std::move(area));
        }
    }
    for (auto& entry : directory.childrenOf_) {
        std::sort(entry.second.begin(), entry.second.end(), [&](const std::string& a, const std::string& b) {
            return directory.byCode_.at(a).name < directory.byCode_.at(b).name;
        });
    }
    Statement st = db.prepare(
        "SELECT v.area_code, v.value FROM indicator_value v JOIN area a ON a.code = v.area_code AND a.year = v.area_year "
        "WHERE v.indicator_id = 'population' AND a.year = ? AND v.value IS NOT NULL ORDER BY v.period");
    st.bind(1, year);
    while (st.step()) directory.residents_[st.getText(0)] = st.getDouble(1);  // later periods win
    return directory;
}

const Area* AreaDirectory::find(const std::string& code) const {
    const auto it = byCode_.find(code);
    return it == byCode_.end() ? nullptr : &it->second;
}

const Area* AreaDirectory::ancestorAt(const Area& area, AreaLevel level) const {
    const Area* at = &area;
    for (int depth = 0; at && depth < kMaxDepth; ++depth) {
        if (at->level == level) return at;
        at = at->parentCode.empty() ? nullptr : find(at->parentCode);
    }
    return nullptr;
}

bool AreaDirectory::isInside(const Area& area, const std::string& code) const {
    const Area* at = &area;
    for (int depth = 0; at && depth < kMaxDepth; ++depth) {
        if (at->code == code) return true;
        at = at->parentCode.empty() ? nullptr : find(at->parentCode);
    }
    return false;
}

std::vector<const Area*> AreaDirectory::atLevel(AreaLevel level) const {
    std::vector<const Area*> out;
    for (const auto& entry : byCode_) {
        if (entry.second.level == level) out.push_back(&entry.second);
    }
    std::sort(out.begin(), out.end(), [](const Area* a, const Area* b) { return a->code < b->code; });
    return out;
}

std::vector<const Area*> AreaDirectory::children(const std::string& code) const {
    std::vector<const Area*> out;
    const auto it = childrenOf_.find(code);
    if (it == childrenOf_.end()) return out;
    for (const std::string& child : it->second) out.push_back(find(child));
    return out;
}

bool AreaDirectory::hasLevel(AreaLevel level) const {
    return std::any_of(byCode_.begin(), byCode_.end(), [&](const auto& entry) { return entry.second.level == level; });
}

std::optional<double> AreaDirectory::residents(const std::string& code) const {
    const auto it = residents_.find(code);
    return it == residents_.end() ? std::nullopt : std::optional<double>(it->second);
}

}  // namespace wb

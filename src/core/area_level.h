// The levels of the Dutch administrative geography, coarse to fine, with their names in the
// database (the `level` column of `area`).
#pragma once

#include <optional>
#include <string_view>

namespace wb {

enum class AreaLevel { Country, Province, SafetyRegion, Municipality, District, Neighbourhood };

constexpr std::string_view toString(AreaLevel level) {
    switch (level) {
        case AreaLevel::Country: return "country";
        case AreaLevel::Province: return "province";
        case AreaLevel::SafetyRegion: return "safety_region";
        case AreaLevel::Municipality: return "municipality";
        case AreaLevel::District: return "district";
        case AreaLevel::Neighbourhood: return "neighbourhood";
    }
    return "";
}

inline std::optional<AreaLevel> areaLevelFromString(std::string_view text) {
    for (AreaLevel level : {AreaLevel::Country, AreaLevel::Province, AreaLevel::SafetyRegion,
                            AreaLevel::Municipality, AreaLevel::District, AreaLevel::Neighbourhood}) {
        if (toString(level) == text) return level;
    }
    return std::nullopt;
}

}  // namespace wb

#include "io/geo_features.h"

#include <algorithm>
#include <cctype>

namespace wb::io {
namespace {

// Property names that carry area codes in CBS/PDOK, cartomap and common GIS exports, most specific
// first; "id" last because it often holds a running number instead.
constexpr std::string_view kCodePropertyNames[] = {
    "statcode", "code", "gemeentecode", "gm_code", "gmcode", "regiocode", "vr_code", "vrcode",
    "pv_code",  "pvcode", "wijkcode", "wk_code", "buurtcode", "bu_code", "id",
};

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string normalisedCode(std::string_view text) {
    const auto isSpace = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    std::string code(text);
    for (char& c : code) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return code;
}

}  // namespace

const std::string* Feature::property(std::string_view name) const {
    for (const Property& p : properties)
        if (p.name == name) return &p.value;
    return nullptr;
}

size_t FeatureSet::positionCount() const {
    size_t count = 0;
    for (const Feature& f : features) {
        count += f.points.size();
        for (const Polygon& polygon : f.polygons)
            for (const Ring& ring : polygon.rings) count += ring.size();
    }
    return count;
}

bool isCbsCode(std::string_view text) {
    struct Level {
        std::string_view prefix;
        size_t digits;
    };
    static constexpr Level kLevels[] = {{"PV", 2}, {"VR", 2}, {"GM", 4}, {"WK", 6}, {"BU", 8}};
    for (const Level& level : kLevels) {
        if (text.size() != level.prefix.size() + level.digits || text.substr(0, 2) != level.prefix) continue;
        return std::all_of(text.begin() + 2, text.end(), [](char c) { return c >= '0' && c <= '9'; });
    }
    return false;
}

std::string cbsCodeOf(const Feature& feature) {
    for (std::string_view wanted : kCodePropertyNames) {
        for (const Property& p : feature.properties) {
            if (p.type != PropertyType::String || !equalsIgnoringCase(p.name, wanted)) continue;
            std::string code = normalisedCode(p.value);
            if (isCbsCode(code)) return code;
        }
    }
    std::string code = normalisedCode(feature.id);
    return isCbsCode(code) ? code : std::string();
}

bool operator==(const Property& a, const Property& b) {
    return a.name == b.name && a.value == b.value && a.type == b.type;
}

bool operator==(const Feature& a, const Feature& b) {
    return a.id == b.id && a.properties == b.properties && a.polygons == b.polygons && a.points == b.points;
}

}  // namespace wb::io

#include "views/view_link.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "core/area_level.h"

namespace wb {
namespace {

constexpr const char* kShapeNames[] = {"tiles", "boundaries"};
constexpr const char* kMethodNames[] = {"quantiles", "equal", "natural"};

const char* methodName(ClassMethod method) { return kMethodNames[static_cast<int>(method)]; }

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", value);
    return text;
}

// A finite number and nothing else ("12.5", not "12.5km", not "nan").
std::optional<double> parseNumber(const std::string& text) {
    if (text.empty() || text.size() > 24) return std::nullopt;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (end != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

// Codes and ids: letters, digits and '_' only, so nothing odd reaches a query or the screen.
// Letters, digits and '_' (codes, indicator ids); with `colon`, also ':' (the prefix of a
// computed indicator, "computed:progress").
bool isPlainToken(const std::string& text, bool colon = false) {
    if (text.empty() || text.size() > 64) return false;
    for (char c : text) {
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (colon && c == ':'))) return false;
    }
    return true;
}

}  // namespace

std::string formatViewLink(const ViewLink& link) {
    std::string out = "level=" + std::string(toString(link.settings.level));
    out += "&shape=" + std::string(kShapeNames[static_cast<int>(link.settings.shape)]);
    out += "&indicator=" + link.settings.indicatorId;
    out += "&classes=" + std::string(methodName(link.settings.method)) + "-" + std::to_string(link.settings.classCount);
    if (!link.selectedCode.empty()) out += "&select=" + link.selectedCode;
    if (link.centre) out += "&centre=" + number(link.centre->x) + "," + number(link.centre->y);
    if (link.kmPerPixel) out += "&scale=" + number(*link.kmPerPixel);
    return out;
}

std::optional<ViewLink> parseViewLink(const std::string& fragment, const MapSettings& fallback) {
    ViewLink link;
    link.settings = fallback;
    bool any = false;
    size_t at = fragment.rfind('#', 0) == 0 ? 1 : 0;
    while (at < fragment.size()) {
        size_t end = fragment.find('&', at);
        if (end == std::string::npos) end = fragment.size();
        const std::string pair = fragment.substr(at, end - at);
        at = end + 1;
        const size_t eq = pair.find('=');
        if (eq == std::string::npos) continue;
        const std::string key = pair.substr(0, eq), value = pair.substr(eq + 1);
        if (key == "level") {
            if (const auto level = areaLevelFromString(value); level && *level != AreaLevel::Country) {
                link.settings.level = *level;
                any = true;
            }
        } else if (key == "shape") {
            for (int i = 0; i < 2; ++i) {
                if (value == kShapeNames[i]) link.settings.shape = static_cast<MapShape>(i), any = true;
            }
        } else if (key == "indicator" && isPlainToken(value, true)) {
            link.settings.indicatorId = value;
            any = true;
        } else if (key == "classes") {
            const size_t dash = value.find('-');
            const auto count = parseNumber(value.substr(dash == std::string::npos ? value.size() : dash + 1));
            for (int i = 0; i < 3; ++i) {
                if (value.substr(0, dash) == kMethodNames[i]) link.settings.method = static_cast<ClassMethod>(i), any = true;
            }
            if (count && *count >= kMinClassCount && *count <= kMaxClassCount) {
                link.settings.classCount = static_cast<int>(*count);
            }
        } else if (key == "select" && isPlainToken(value)) {
            link.selectedCode = value;
            any = true;
        } else if (key == "centre") {
            const size_t comma = value.find(',');
            if (comma == std::string::npos) continue;
            const auto x = parseNumber(value.substr(0, comma)), y = parseNumber(value.substr(comma + 1));
            // The plane is km from Amersfoort: anything beyond a few thousand km is not a view.
            if (x && y && std::abs(*x) < 5000 && std::abs(*y) < 5000) link.centre = glm::dvec2(*x, *y), any = true;
        } else if (key == "scale") {
            const auto scale = parseNumber(value);
            if (scale && *scale > 0 && *scale < 1000) link.kmPerPixel = *scale, any = true;
        }
    }
    if (!any) return std::nullopt;
    return link;
}

}  // namespace wb

#include "views/point_layers.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "core/number_format.h"
#include "geo/projection.h"

namespace wb {
namespace {

// Okabe & Ito's palette: its colours stay apart for the common forms of colour blindness. There
// are more categories than colours, so no two categories share both colour and shape, and every
// symbol gets a dark outline (shaders/point_symbol.frag) so yellow still reads on a light map.
constexpr render::Rgb kBlack{34, 34, 34}, kOrange{230, 159, 0}, kSkyBlue{86, 180, 233}, kGreen{0, 158, 115},
    kYellow{240, 228, 66}, kBlue{0, 114, 178}, kVermillion{213, 94, 0}, kPurple{204, 121, 167};
constexpr render::Rgb kUnknownColour{150, 150, 150};

// The categories the dashboard knows, in legend order.
const std::vector<PointCategory>& knownCategories() {
    using L = PointLayerId;
    using S = SymbolShape;
    using T = ui::Text;
    static const std::vector<PointCategory> known = {
        {"hospital", L::VulnerableObjects, S::Plus, kBlue, T::CategoryHospital},
        {"nursing_home", L::VulnerableObjects, S::Diamond, kPurple, T::CategoryNursingHome},
        {"primary_school", L::VulnerableObjects, S::TriangleUp, kOrange, T::CategoryPrimarySchool},
        {"childcare", L::VulnerableObjects, S::TriangleDown, kYellow, T::CategoryChildcare},
        {"day_care_disabilities", L::VulnerableObjects, S::Hexagon, kSkyBlue, T::CategoryDayCareDisabilities},
        {"prison", L::VulnerableObjects, S::Cross, kBlack, T::CategoryPrison},
        {"hotel", L::VulnerableObjects, S::Star, kBlue, T::CategoryHotel},
        {"holiday_park", L::VulnerableObjects, S::Ring, kOrange, T::CategoryHolidayPark},
        {"local_point", L::ResiliencePoints, S::Circle, kGreen, T::CategoryLocalPoint},
        {"fire_station", L::FireStations, S::Square, kVermillion, T::CategoryFireStation},
    };
    return known;
}

std::optional<PointLayerId> layerOfKind(std::string_view kind) {
    if (kind == "vulnerable_object") return PointLayerId::VulnerableObjects;
    if (kind == "resilience_point") return PointLayerId::ResiliencePoints;
    if (kind == "fire_station") return PointLayerId::FireStations;
    return std::nullopt;  // 'other': no layer shows it
}

std::optional<ui::Text> statusText(const std::string& status) {
    if (status == "candidate") return ui::Text::PointStatusCandidate;
    if (status == "planned") return ui::Text::PointStatusPlanned;
    if (status == "active") return ui::Text::PointStatusActive;
    if (status == "inactive") return ui::Text::PointStatusInactive;
    return std::nullopt;
}

std::optional<ui::Text> functionText(const std::string& function) {
    static const std::pair<const char*, ui::Text> known[] = {
        {"information", ui::Text::FunctionInformation},
        {"drinking_water", ui::Text::FunctionDrinkingWater},
        {"food", ui::Text::FunctionFood},
        {"medication_care", ui::Text::FunctionMedicationCare},
        {"emergency_communication", ui::Text::FunctionEmergencyCommunication},
        {"warmth_charging", ui::Text::FunctionWarmthCharging},
    };
    for (const auto& [key, text] : known) {
        if (function == key) return text;
    }
    return std::nullopt;
}

// "Label: value", labelled in `language`.
std::string labelled(ui::Text label, const std::string& value, Language language) {
    return std::string(ui::translation(label, language)) + ": " + value;
}

// printf-style text with one %u or %s, from the string table.
template <typename T>
std::string formatted(ui::Text format, T value, Language language) {
    char out[160];
    std::snprintf(out, sizeof out, ui::translation(format, language), value);
    return out;
}

std::optional<int64_t> optionalInt(const Statement& s, int col) {
    return s.isNull(col) ? std::nullopt : std::optional<int64_t>(s.getInt(col));
}

std::optional<double> optionalDouble(const Statement& s, int col) {
    return s.isNull(col) ? std::nullopt : std::optional<double>(s.getDouble(col));
}

}  // namespace

double clusterSymbolSize(uint32_t count) {
    if (count <= 1) return kSymbolSizePixels;
    return kSymbolSizePixels * (1.2 + 0.22 * std::log2(static_cast<double>(count)));
}

int PointLayers::categoryIndex(const std::string& key, PointLayerId layer) {
    for (size_t i = 0; i < categories_.size(); ++i) {
        if (categories_[i].key == key && categories_[i].layer == layer) return static_cast<int>(i);
    }
    categories_.push_back({key, layer, SymbolShape::Circle, kUnknownColour, std::nullopt});
    return static_cast<int>(categories_.size()) - 1;
}

void PointLayers::clear() {
    categories_ = knownCategories();
    facilities_.clear();
    for (Layer& layer : layers_) {
        layer.members.clear();
        layer.clustering = {};
    }
    clusteredKmPerPixel_ = -1;
    ++dataVersion_;
    ++symbolsVersion_;
}

void PointLayers::load(const Database& db) {
    clear();
    std::unordered_map<int64_t, uint32_t> byId;
    Statement s = db.prepare("SELECT id, kind, category, name, lon, lat, capacity FROM facility ORDER BY id");
    while (s.step()) {
        const auto layer = layerOfKind(s.getTextView(1));
        if (!layer) continue;
        Facility f;
        f.id = s.getInt(0);
        f.category = categoryIndex(s.getText(2), *layer);
        f.name = s.getText(3);
        f.km = geo::projectLonLat(s.getDouble(4), s.getDouble(5));
        f.capacity = optionalInt(s, 6);
        const auto index = static_cast<uint32_t>(facilities_.size());
        byId.emplace(f.id, index);
        layer_(*layer).members.push_back(index);
        facilities_.push_back(std::move(f));
    }
    Statement r = db.prepare(
        "SELECT facility_id, status, has_emergency_power, autonomy_hours, step_free_access, capacity_persons "
        "FROM resilience_point");
    while (r.step()) {
        const auto it = byId.find(r.getInt(0));
        if (it == byId.end()) continue;
        ResilienceAttributes a;
        a.status = r.getText(1);
        a.emergencyPower = r.getInt(2) != 0;
        a.autonomyHours = optionalDouble(r, 3);
        a.stepFreeAccess = r.getInt(4) != 0;
        a.capacityPersons = optionalInt(r, 5);
        facilities_[it->second].resilience = std::move(a);
    }
    Statement fn = db.prepare("SELECT facility_id, function FROM resilience_point_function ORDER BY facility_id, function");
    while (fn.step()) {
        const auto it = byId.find(fn.getInt(0));
        if (it != byId.end() && facilities_[it->second].resilience) {
            facilities_[it->second].resilience->functions.push_back(fn.getText(1));
        }
    }
}

std::string PointLayers::categoryLabel(int category, Language language) const {
    const PointCategory& c = categories_.at(static_cast<size_t>(category));
    return c.label ? ui::translation(*c.label, language) : c.key;
}

void PointLayers::setVisible(PointLayerId layer, bool on) {
    if (layer_(layer).visible == on) return;
    layer_(layer).visible = on;
    clusteredKmPerPixel_ = -1;  // a layer turned on needs its clusters
    ++symbolsVersion_;
}

bool PointLayers::anyVisible() const {
    return std::any_of(layers_.begin(), layers_.end(), [](const Layer& l) { return l.visible; });
}

void PointLayers::clusterFor(double kmPerPixel) {
    if (kmPerPixel == clusteredKmPerPixel_) return;
    clusteredKmPerPixel_ = kmPerPixel;
    for (Layer& layer : layers_) {
        if (!layer.visible) {
            layer.clustering = {};
            continue;
        }
        std::vector<glm::dvec2> positions;
        std::vector<int> categories;
        positions.reserve(layer.members.size());
        categories.reserve(layer.members.size());
        for (uint32_t i : layer.members) {
            positions.push_back(facilities_[i].km);
            categories.push_back(facilities_[i].category);
        }
        layer.clustering = geo::clusterPoints(positions, categories, kClusterCellPixels * kmPerPixel);
    }
    ++symbolsVersion_;
}

std::optional<PointHit> PointLayers::hitTest(const geo::MapView& view, glm::dvec2 screen) const {
    // The topmost layer first; within a layer the nearest symbol whose disc holds the point.
    for (auto id = kPointLayers.rbegin(); id != kPointLayers.rend(); ++id) {
        const Layer& layer = layer_(*id);
        if (!layer.visible) continue;
        std::optional<PointHit> best;
        double bestDistance = 0;
        for (size_t c = 0; c < layer.clustering.clusters.size(); ++c) {
            const geo::PointCluster& cluster = layer.clustering.clusters[c];
            const double distance = glm::length(view.worldToScreen(cluster.centre) - screen);
            if (distance > clusterSymbolSize(cluster.count) * 0.5 + 2.0) continue;  // 2 px of slack for the hand
            if (!best || distance < bestDistance) {
                best = PointHit{*id, static_cast<uint32_t>(c)};
                bestDistance = distance;
            }
        }
        if (best) return best;
    }
    return std::nullopt;
}

std::optional<uint32_t> PointLayers::singleFacility(const PointHit& hit) const {
    const Layer& layer = layer_(hit.layer);
    if (layer.clustering.clusters.at(hit.cluster).count != 1) return std::nullopt;
    for (size_t i = 0; i < layer.members.size(); ++i) {
        if (layer.clustering.clusterOfPoint[i] == hit.cluster) return layer.members[i];
    }
    return std::nullopt;
}

std::vector<uint32_t> PointLayers::countsPerCategory(const PointHit& hit) const {
    const Layer& layer = layer_(hit.layer);
    std::vector<uint32_t> counts(categories_.size(), 0);
    for (size_t i = 0; i < layer.members.size(); ++i) {
        if (layer.clustering.clusterOfPoint[i] == hit.cluster) ++counts[static_cast<size_t>(facilities_[layer.members[i]].category)];
    }
    return counts;
}

std::vector<std::string> PointLayers::tooltipLines(const PointHit& hit, Language language) const {
    std::vector<std::string> lines;
    const auto single = singleFacility(hit);
    if (!single) {
        const std::vector<uint32_t> counts = countsPerCategory(hit);
        lines.push_back(formatted(ui::Text::TooltipPointCount, layer_(hit.layer).clustering.clusters.at(hit.cluster).count, language));
        for (size_t c = 0; c < counts.size(); ++c) {
            if (counts[c] > 0) lines.push_back(categoryLabel(static_cast<int>(c), language) + ": " + std::to_string(counts[c]));
        }
        return lines;
    }
    const Facility& f = facilities_[*single];
    lines.push_back(f.name);
    lines.push_back(categoryLabel(f.category, language));
    if (f.capacity) lines.push_back(labelled(ui::Text::TooltipCapacity, formatNumber(double(*f.capacity), 0, language), language));
    if (!f.resilience) return lines;
    const ResilienceAttributes& a = *f.resilience;
    const auto status = statusText(a.status);
    lines.push_back(labelled(ui::Text::TooltipStatus, status ? ui::translation(*status, language) : a.status, language));
    const std::string power =
        !a.emergencyPower ? ui::translation(ui::Text::TooltipNo, language)
        : a.autonomyHours ? formatted(ui::Text::TooltipEmergencyPowerHours, formatNumber(*a.autonomyHours, 0, language).c_str(), language)
                          : ui::translation(ui::Text::TooltipYes, language);
    lines.push_back(labelled(ui::Text::TooltipEmergencyPower, power, language));
    if (a.capacityPersons) {
        lines.push_back(labelled(ui::Text::TooltipCapacityPersons, formatNumber(double(*a.capacityPersons), 0, language), language));
    }
    lines.push_back(labelled(ui::Text::TooltipStepFreeAccess,
                             ui::translation(a.stepFreeAccess ? ui::Text::TooltipYes : ui::Text::TooltipNo, language), language));
    if (!a.functions.empty()) {
        std::string list;
        for (const std::string& function : a.functions) {
            const auto text = functionText(function);
            list += (list.empty() ? "" : ", ") + (text ? std::string(ui::translation(*text, language)) : function);
        }
        lines.push_back(labelled(ui::Text::TooltipFunctions, list, language));
    }
    return lines;
}

std::vector<glm::dvec2> PointLayers::coverageCentres() const {
    std::vector<glm::dvec2> centres;
    if (!showCoverage) return centres;
    for (PointLayerId id : {PointLayerId::ResiliencePoints, PointLayerId::FireStations}) {
        if (!visible(id)) continue;
        for (uint32_t i : members(id)) {
            const Facility& f = facilities_[i];
            // An inactive point covers nobody; a point without attributes is assumed to serve.
            if (!f.resilience || f.resilience->status != "inactive") centres.push_back(f.km);
        }
    }
    return centres;
}

std::vector<HeatSource> PointLayers::heatSources() const {
    std::vector<HeatSource> sources;
    for (PointLayerId id : {PointLayerId::VulnerableObjects, PointLayerId::ResiliencePoints, PointLayerId::FireStations}) {
        sources.push_back({HeatSource::Kind::Layer, static_cast<int>(id)});
    }
    std::vector<bool> used(categories_.size(), false);
    for (const Facility& f : facilities_) used[static_cast<size_t>(f.category)] = true;
    for (size_t c = 0; c < categories_.size(); ++c) {
        // A category that is a whole layer on its own is already offered as that layer.
        if (used[c] && categories_[c].layer == PointLayerId::VulnerableObjects) {
            sources.push_back({HeatSource::Kind::Category, static_cast<int>(c)});
        }
    }
    sources.push_back({HeatSource::Kind::AreaCounts, 0});
    return sources;
}

HeatPoints PointLayers::heatPoints(const MapModel& map) const {
    if (heat.source.kind == HeatSource::Kind::AreaCounts) {
        return areaCountsAvailable(map) ? spreadAreaCounts(map) : HeatPoints{};
    }
    HeatPoints points;
    for (const Facility& f : facilities_) {
        const PointCategory& category = categories_[static_cast<size_t>(f.category)];
        const bool wanted = heat.source.kind == HeatSource::Kind::Layer
                                ? static_cast<int>(category.layer) == heat.source.index
                                : f.category == heat.source.index;
        if (!wanted) continue;
        points.positions.push_back(f.km);
        points.weights.push_back(1.0);
    }
    return points;
}

std::string PointLayers::heatPointsKey(const MapModel& map) const {
    std::string key = std::to_string(dataVersion_) + ":" + std::to_string(static_cast<int>(heat.source.kind)) + ":" +
                      std::to_string(heat.source.index);
    if (heat.source.kind != HeatSource::Kind::AreaCounts) return key;
    // The map's geometry and counts: another indicator, level or shape gives other points.
    return key + ":" + map.indicator.id + ":" + std::string(toString(map.settings.level)) + ":" +
           std::to_string(static_cast<int>(map.shape)) + ":" + std::to_string(map.mesh.triangleCount());
}

HeatPoints spreadAreaCounts(const MapModel& map) {
    HeatPoints points;
    const geo::FeatureMesh& mesh = map.mesh;
    for (size_t f = 0; f < map.areas.size() && f + 1 < mesh.triangleOffsets.size(); ++f) {
        if (f >= map.counts.size() || !map.counts[f] || *map.counts[f] <= 0 || map.isSuppressed(f)) continue;
        const size_t first = points.positions.size();
        double area = 0;
        for (uint32_t t = mesh.triangleOffsets[f]; t < mesh.triangleOffsets[f + 1]; ++t) {
            const glm::dvec2 a = mesh.vertex(mesh.indices[3 * size_t{t}]);
            const glm::dvec2 b = mesh.vertex(mesh.indices[3 * size_t{t} + 1]);
            const glm::dvec2 c = mesh.vertex(mesh.indices[3 * size_t{t} + 2]);
            const double triangleArea = std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) * 0.5;
            if (triangleArea <= 0) continue;
            points.positions.push_back((a + b + c) / 3.0);
            points.weights.push_back(triangleArea);
            area += triangleArea;
        }
        for (size_t i = first; i < points.weights.size(); ++i) points.weights[i] *= *map.counts[f] / area;
    }
    return points;
}

}  // namespace wb

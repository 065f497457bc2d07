// Point layers of the map: vulnerable objects (by category), resilience points and fire stations
// from the facility table, each category with its own symbol; clustering per zoom; coverage rings
// around resilience points; hover hit-testing in screen pixels; and the points (or area counts)
// a density heat map is made of. Platform-free (no GL, no ImGui): loaded from the database and
// tested natively; ui/map_overlays.cpp hands what it computes to the renderers.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "views/map_model.h"
#include "core/database.h"
#include "geo/map_view.h"
#include "geo/point_clusters.h"
#include "render/color_ramp.h"
#include "views/strings.h"

namespace wb {

// In drawing order: later layers are drawn on top (and win a hover).
enum class PointLayerId { VulnerableObjects, FireStations, ResiliencePoints };
constexpr int kPointLayerCount = 3;
constexpr std::array<PointLayerId, kPointLayerCount> kPointLayers = {
    PointLayerId::VulnerableObjects, PointLayerId::FireStations, PointLayerId::ResiliencePoints};

// Symbol outlines drawn by shaders/point_symbol.frag (the numbers are the shader's shape codes).
enum class SymbolShape { Circle, Square, TriangleUp, TriangleDown, Diamond, Hexagon, Plus, Cross, Star, Ring };

struct PointCategory {
    std::string key;                 // facility.category
    PointLayerId layer = PointLayerId::VulnerableObjects;
    SymbolShape shape = SymbolShape::Circle;
    render::Rgb colour{0, 0, 0};
    std::optional<ui::Text> label;   // none for a category only an import knows: shown by its key
};

// What the resilience_point table says about a facility (resilience points and fire stations).
struct ResilienceAttributes {
    std::string status;              // candidate, planned, active, inactive
    bool emergencyPower = false;
    std::optional<double> autonomyHours;
    std::optional<int64_t> capacityPersons;
    bool stepFreeAccess = false;
    std::vector<std::string> functions;  // information, drinking_water, ...
};

struct Facility {
    int64_t id = 0;
    std::string name;
    int category = 0;                // into PointLayers::categories()
    glm::dvec2 km{0, 0};             // projected (RD New, km)
    std::optional<int64_t> capacity;
    std::optional<ResilienceAttributes> resilience;
};

// Symbol sizes in CSS pixels, shared by the renderer and the hit test so what is hit is what is seen.
constexpr double kSymbolSizePixels = 14.0;
// Points closer than about this many pixels are drawn as one cluster symbol.
constexpr double kClusterCellPixels = 36.0;
// The size of a symbol standing for `count` points: grows with the logarithm of the count, so a
// cluster of 500 is clearly bigger than one of 5 without covering the map.
double clusterSymbolSize(uint32_t count);

struct PointHit {
    PointLayerId layer = PointLayerId::VulnerableObjects;
    uint32_t cluster = 0;            // into clustering(layer).clusters
};

// Where the heat map's points come from: all points of a layer, one category, or the map's
// indicator (a count of people) spread over each area.
struct HeatSource {
    enum class Kind { Layer, Category, AreaCounts };
    Kind kind = Kind::Layer;
    int index = 0;                   // a PointLayerId (Layer) or a category (Category)
    bool operator==(const HeatSource& o) const { return kind == o.kind && index == o.index; }
};

struct HeatSettings {
    bool on = false;
    HeatSource source;
    double bandwidthKm = 4.0;        // the gaussian kernel's standard deviation on the ground
    float opacity = 0.75f;
};
constexpr double kMinBandwidthKm = 0.25, kMaxBandwidthKm = 40.0;
constexpr double kMinCoverageKm = 0.25, kMaxCoverageKm = 25.0;

struct HeatPoints {
    std::vector<glm::dvec2> positions;  // km
    std::vector<double> weights;        // one per position, > 0
};

class PointLayers {
public:
    // Reads every facility with its resilience attributes. Keeps which layers are on and the
    // heat map and coverage settings (a new database shows the same layers).
    void load(const Database& db);
    // No facilities (until the next load), with the same settings kept.
    void clear();

    const std::vector<PointCategory>& categories() const { return categories_; }
    const std::vector<Facility>& facilities() const { return facilities_; }
    // Facility indices of a layer, in table order.
    const std::vector<uint32_t>& members(PointLayerId layer) const { return layer_(layer).members; }
    std::string categoryLabel(int category, Language language) const;

    bool visible(PointLayerId layer) const { return layer_(layer).visible; }
    void setVisible(PointLayerId layer, bool on);
    bool anyVisible() const;

    // Clusters the visible layers in cells of kClusterCellPixels at this scale. Cheap to call every
    // frame: only a change of scale, visibility or data reclusters.
    void clusterFor(double kmPerPixel);
    const geo::PointClustering& clustering(PointLayerId layer) const { return layer_(layer).clustering; }
    // Bumped whenever the symbols to draw changed (clusters, visibility, data).
    long symbolsVersion() const { return symbolsVersion_; }

    // The topmost symbol under `screen` (CSS pixels relative to the map's top left), if any.
    std::optional<PointHit> hitTest(const geo::MapView& view, glm::dvec2 screen) const;
    // The facility a hit stands for when its cluster holds exactly one, else none.
    std::optional<uint32_t> singleFacility(const PointHit& hit) const;
    // How many points of each category a hit's cluster holds (indexed like categories()).
    std::vector<uint32_t> countsPerCategory(const PointHit& hit) const;
    // What the hover tooltip says, a title line first. A lone point: its name, category and key
    // attributes (capacity; for resilience points status, emergency power, functions). A cluster:
    // how many points, and how many of each category.
    std::vector<std::string> tooltipLines(const PointHit& hit, Language language) const;
    std::optional<PointHit> hovered;  // the symbol under the mouse this frame

    // Coverage rings: around the visible resilience points and fire stations that are not inactive.
    bool showCoverage = false;
    double coverageRadiusKm = 2.0;
    std::vector<glm::dvec2> coverageCentres() const;

    HeatSettings heat;
    // The sources the panel offers, in its order: each layer, each category with points, the map's areas.
    std::vector<HeatSource> heatSources() const;
    // Area counts need a count of people on the map (spreading a density or a percentage means nothing).
    static bool areaCountsAvailable(const MapModel& map) { return map.indicator.isCountOfPeople; }
    HeatPoints heatPoints(const MapModel& map) const;
    // Changes whenever heatPoints(map) would give other points: the renderer re-uploads then.
    std::string heatPointsKey(const MapModel& map) const;

private:
    struct Layer {
        bool visible = false;
        std::vector<uint32_t> members;
        geo::PointClustering clustering;
    };
    Layer& layer_(PointLayerId id) { return layers_[static_cast<size_t>(id)]; }
    const Layer& layer_(PointLayerId id) const { return layers_[static_cast<size_t>(id)]; }
    int categoryIndex(const std::string& key, PointLayerId layer);

    std::vector<PointCategory> categories_;
    std::vector<Facility> facilities_;
    std::array<Layer, kPointLayerCount> layers_;
    double clusteredKmPerPixel_ = -1;
    long symbolsVersion_ = 0;
    long dataVersion_ = 0;
};

// Spreads each area's count over its triangles in proportion to their area: one weighted point at
// every triangle's centroid. Simple, deterministic and exact in total; the kernel smooths the
// steps between triangles. Suppressed (small) counts are left out, never spread.
HeatPoints spreadAreaCounts(const MapModel& map);

}  // namespace wb

// What the map shows: the areas of one level (province, safety region, municipality, district,
// neighbourhood) as their real boundaries, when boundaries were imported, or as hexagon tiles
// placed by centroid, coloured by one indicator in classes. Platform-free (no GL, no ImGui): built
// from the database, tested natively, drawn by the renderer and the map panel.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/area_directory.h"
#include "core/areas.h"
#include "core/classification.h"
#include "core/database.h"
#include "geo/feature_mesh.h"
#include "geo/mesh_levels.h"
#include "render/color_ramp.h"

namespace wb {

enum class MapShape { Tiles, Boundaries };

// Classes in the legend of the default map.
constexpr int kDefaultClassCount = 7;
constexpr int kMinClassCount = 3;
constexpr int kMaxClassCount = 9;

// What the user asked the map to show (and what a deep link carries).
struct MapSettings {
    AreaLevel level = AreaLevel::Municipality;
    MapShape shape = MapShape::Boundaries;  // a wish: tiles are drawn when the level has no boundaries
    std::string indicatorId = "population_density";
    ClassMethod method = ClassMethod::Quantiles;
    int classCount = kDefaultClassCount;
    // Counts of people as a rate per 1,000 residents of the area: where vulnerable residents are
    // concentrated rather than where many people live.
    bool perThousandResidents = false;
};

// A value the dashboard computes rather than reads from the indicators table: progress of the
// baseline, the composite vulnerability index, residents outside coverage. Its id starts with
// "computed:" so it never collides with an imported indicator. `values` is asked again whenever
// the map's areas change (another level) and when the app says its inputs changed
// (AppState::refreshComputed); it returns one value per area, in the order given.
struct ComputedIndicator {
    IndicatorInfo info;
    std::function<std::vector<std::optional<double>>(const std::vector<Area>& areas)> values;
};
using ComputedIndicators = std::vector<ComputedIndicator>;

inline bool isComputedIndicator(const std::string& id) { return id.rfind("computed:", 0) == 0; }

struct MapModel {
    MapSettings settings;         // as asked
    MapShape shape = MapShape::Tiles;  // as drawn
    bool hasBoundaries = false;   // the level can be drawn either way: the panel offers a toggle
    bool hasTiles = false;
    std::vector<Area> areas;      // the features, in mesh order
    std::vector<std::optional<double>> values;       // what is coloured (a rate when asked for)
    std::vector<std::optional<double>> counts;       // the indicator's own values
    IndicatorInfo indicator;
    Classification classes;
    geo::FeatureMesh mesh;        // every corner: picking, outlines, bounds
    // Boundaries only: the coarser meshes the map draws when the areas are small on screen
    // (geo/mesh_levels.h). Shared so the model stays copyable; built on demand.
    std::shared_ptr<geo::MeshLevels> coarseMeshes;
    std::unordered_map<std::string, size_t> featureByCode;

    // The mesh level to draw at `kmPerPixel`: 0 for `mesh`, else coarseMeshes->mesh(level).
    int drawLevel(double kmPerPixel) const { return coarseMeshes ? geo::MeshLevels::levelFor(kmPerPixel) : 0; }
    const geo::FeatureMesh& meshAtLevel(int level) { return level > 0 ? coarseMeshes->mesh(level) : mesh; }

    std::optional<size_t> featureAt(glm::dvec2 world) const;
    // Counts of people below the suppression threshold are drawn and listed as "<5", never exactly.
    bool isSuppressed(size_t feature) const;
    // The map shows a rate per 1,000 residents (a count indicator, with the setting on).
    bool showsRate() const { return settings.perThousandResidents && indicator.isCountOfPeople; }
    // Values on both sides of zero (a change, a balance) get the diverging ramp around 0.
    render::Ramp ramp() const { return classes.midpoint ? render::Ramp::Diverging : render::Ramp::Sequential; }
    bool anySuppressed() const;
    bool anyMissing() const;

    // Fill colour per feature: its class colour, grey without data, the hatched "suppressed"
    // colour for small counts (alpha kHatchAlpha asks the shader for stripes). With `focusCode`
    // a coarser area (a selected region or province), features outside it are faded.
    std::vector<uint32_t> featureColours(const AreaDirectory& directory, const std::string& focusCode) const;

    // Recolour the same features: another indicator, or another classification.
    // `computed` is searched first for the id.
    void showIndicator(const Database& db, const std::string& indicatorId, const AreaDirectory& directory,
                       const ComputedIndicators& computed = {});
    void reclassify(ClassMethod method, int classCount);
    void showRate(bool perThousandResidents, const AreaDirectory& directory);
};

// Alpha of a packed feature colour that asks the fill shader to hatch the area (suppressed value);
// the map is drawn without blending, so alpha is free to carry this flag.
constexpr uint8_t kHatchAlpha = 128;

// Falls back to a level that has areas, to tiles when there are no boundaries, and to the first
// indicator with values at the level when the asked one has none there.
MapModel buildMap(const Database& db, const AreaDirectory& directory, const MapSettings& settings, int year,
                  const ComputedIndicators& computed = {});

// The levels the map can show (province to neighbourhood), coarse to fine, that have areas.
std::vector<AreaLevel> mapLevels(const AreaDirectory& directory);

}  // namespace wb

#include "views/map_model.h"

#include <algorithm>
#include <stdexcept>

#include "core/number_format.h"
#include "geo/hex_tiles.h"
#include "geo/mesh_picking.h"
#include "geo/polygon_mesh.h"
#include "geo/projection.h"
#include "io/stored_geometry.h"
#include "render/color_ramp.h"

namespace wb {
namespace {

constexpr AreaLevel kMapLevels[] = {AreaLevel::Province, AreaLevel::SafetyRegion, AreaLevel::Municipality,
                                    AreaLevel::District, AreaLevel::Neighbourhood};

bool hasCentroid(const Area& area) { return area.centroidLon != 0 || area.centroidLat != 0; }

// The stored boundaries of the areas, in feature order; empty for an area without one or whose
// geometry does not parse (io::storedBoundaries leaves those out: an opened file is untrusted).
std::vector<std::vector<geo::Polygon>> boundariesInOrder(const Database& db, const std::vector<Area>& areas,
                                                         AreaLevel level, int year) {
    AreaBoundaries stored = io::storedBoundaries(db, level, year);
    std::vector<std::vector<geo::Polygon>> polygons(areas.size());
    for (size_t i = 0; i < areas.size(); ++i) {
        const auto found = stored.find(areas[i].code);
        if (found != stored.end()) polygons[i] = std::move(found->second);
    }
    return polygons;
}

bool anyStoredBoundary(const Database& db, AreaLevel level, int year) {
    Statement st = db.prepare("SELECT 1 FROM area WHERE level = ? AND year = ? AND geometry IS NOT NULL LIMIT 1");
    st.bind(1, toString(level)).bind(2, year);
    return st.step();
}

geo::FeatureMesh tileMesh(const std::vector<Area>& areas, const AreaDirectory& directory) {
    std::vector<glm::dvec2> points;
    std::vector<double> priority;
    for (const Area& area : areas) {
        points.push_back(geo::projectLonLat(area.centroidLon, area.centroidLat));
        priority.push_back(directory.residents(area.code).value_or(0));  // large towns keep their true spot
    }
    // fill 0.45: the country covers less than half of its bounding box (sea, Germany, Belgium).
    return geo::buildHexMesh(geo::layoutHexTiles(points, priority, geo::suggestTileRadius(points, 0.45)), 0.9);
}

}  // namespace

std::vector<AreaLevel> mapLevels(const AreaDirectory& directory) {
    std::vector<AreaLevel> levels;
    for (AreaLevel level : kMapLevels) {
        if (directory.hasLevel(level)) levels.push_back(level);
    }
    return levels;
}

std::optional<size_t> MapModel::featureAt(glm::dvec2 world) const { return geo::featureAt(mesh, world); }

bool MapModel::isSuppressed(size_t feature) const {
    // A rate computed from a small count would reveal it just the same: suppressed too.
    return indicator.isCountOfPeople && counts[feature] && *counts[feature] < kDefaultSuppressionThreshold;
}

bool MapModel::anySuppressed() const {
    for (size_t i = 0; i < values.size(); ++i) {
        if (isSuppressed(i)) return true;
    }
    return false;
}

bool MapModel::anyMissing() const {
    return std::any_of(values.begin(), values.end(), [](const auto& v) { return !v.has_value(); });
}

std::vector<uint32_t> MapModel::featureColours(const AreaDirectory& directory, const std::string& focusCode) const {
    const Area* focus = focusCode.empty() ? nullptr : directory.find(focusCode);
    const bool focusIsCoarser = focus && static_cast<int>(focus->level) < static_cast<int>(settings.level);
    std::vector<uint32_t> colours(areas.size());
    for (size_t i = 0; i < areas.size(); ++i) {
        uint8_t alpha = 255;
        render::Rgb c = render::kNoDataColour;
        if (isSuppressed(i)) {
            c = render::kSuppressedColour;
            alpha = kHatchAlpha;
        } else if (values[i]) {
            c = render::rampColour(ramp(), classes.classOf(*values[i]), classes.classCount());
        }
        if (focusIsCoarser && !directory.isInside(areas[i], focusCode)) {
            // Fade towards the background rather than using transparency: the map has no blending.
            c = {static_cast<uint8_t>((c.r + 3 * 238) / 4), static_cast<uint8_t>((c.g + 3 * 242) / 4),
                 static_cast<uint8_t>((c.b + 3 * 245) / 4)};
        }
        colours[i] = render::packRgba(c, alpha);
    }
    return colours;
}

void MapModel::showIndicator(const Database& db, const std::string& indicatorId, const AreaDirectory& directory,
                             const ComputedIndicators& computed) {
    for (const ComputedIndicator& c : computed) {
        if (c.info.id != indicatorId) continue;
        indicator = c.info;
        settings.indicatorId = indicatorId;
        counts = c.values(areas);
        counts.resize(areas.size());
        showRate(settings.perThousandResidents, directory);
        return;
    }
    const auto info = indicatorInfo(db, indicatorId);
    if (!info) throw std::runtime_error("unknown indicator: " + indicatorId);
    indicator = *info;
    settings.indicatorId = indicatorId;
    counts = latestIndicatorValues(db, indicatorId, areas);
    showRate(settings.perThousandResidents, directory);
}

void MapModel::showRate(bool perThousandResidents, const AreaDirectory& directory) {
    settings.perThousandResidents = perThousandResidents;
    values = counts;
    if (showsRate()) {
        for (size_t i = 0; i < areas.size(); ++i) {
            const auto residents = directory.residents(areas[i].code);
            values[i] = counts[i] && residents && *residents > 0 ? std::optional<double>(*counts[i] / *residents * 1000)
                                                                 : std::nullopt;
        }
    }
    reclassify(settings.method, settings.classCount);
}

void MapModel::reclassify(ClassMethod method, int classCount) {
    settings.method = method;
    settings.classCount = std::clamp(classCount, kMinClassCount, kMaxClassCount);
    // Suppressed values are classified like any other: they are hatched on the map, but their
    // class boundaries must not reveal them either way. Values on both sides of zero (a change
    // since the last report, a balance) are classed symmetrically around it.
    double low = 0, high = 0;
    for (const auto& v : values) {
        if (!v) continue;
        low = std::min(low, *v);
        high = std::max(high, *v);
    }
    classes = low < 0 && high > 0 ? divergingClasses(values, settings.classCount, 0.0)
                                  : classify(values, settings.classCount, method);
}

MapModel buildMap(const Database& db, const AreaDirectory& directory, const MapSettings& settings, int year,
                  const ComputedIndicators& computed) {
    MapModel model;
    model.settings = settings;
    const auto levels = mapLevels(directory);
    if (levels.empty()) throw std::runtime_error("the database has no areas to show");
    if (std::find(levels.begin(), levels.end(), settings.level) == levels.end()) {
        const bool municipalities = std::find(levels.begin(), levels.end(), AreaLevel::Municipality) != levels.end();
        model.settings.level = municipalities ? AreaLevel::Municipality : levels.front();
    }
    model.areas = areasAtLevel(db, model.settings.level, year);
    for (size_t i = 0; i < model.areas.size(); ++i) model.featureByCode.emplace(model.areas[i].code, i);

    model.hasTiles = std::all_of(model.areas.begin(), model.areas.end(), hasCentroid);
    // Boundaries are read (parsed) only when they are to be drawn; for the hexagons it is enough to
    // know that there are some, for the Grenzen / Zeshoeken switch.
    std::vector<std::vector<geo::Polygon>> polygons;
    if (settings.shape == MapShape::Boundaries || !model.hasTiles) {
        polygons = boundariesInOrder(db, model.areas, model.settings.level, year);
        model.hasBoundaries = std::any_of(polygons.begin(), polygons.end(), [](const auto& p) { return !p.empty(); });
    } else {
        model.hasBoundaries = anyStoredBoundary(db, model.settings.level, year);
    }
    model.shape = model.hasBoundaries && !polygons.empty() ? MapShape::Boundaries : MapShape::Tiles;
    if (model.shape == MapShape::Boundaries) {
        geo::ProjectedPolygons projected = geo::projectPolygons(polygons);
        model.mesh = geo::buildPolygonMesh(projected);
        model.coarseMeshes = std::make_shared<geo::MeshLevels>(std::move(projected));
    } else {
        model.mesh = tileMesh(model.areas, directory);
    }

    const bool isComputed = std::any_of(computed.begin(), computed.end(),
                                        [&](const ComputedIndicator& c) { return c.info.id == settings.indicatorId; });
    if (isComputed) {
        model.showIndicator(db, settings.indicatorId, directory, computed);
        return model;
    }
    std::string indicatorId = settings.indicatorId;
    const auto available = indicatorsWithValuesAt(db, model.settings.level);
    const auto has = [&](const std::string& id) {
        return std::any_of(available.begin(), available.end(), [&](const IndicatorInfo& i) { return i.id == id; });
    };
    if (!has(indicatorId)) indicatorId = has("population_density") || available.empty() ? "population_density" : available.front().id;
    if (indicatorInfo(db, indicatorId)) {
        model.showIndicator(db, indicatorId, directory);
    } else {  // a database without the default indicator: the areas without colour
        model.values.assign(model.areas.size(), std::nullopt);
        model.counts = model.values;
        model.indicator = IndicatorInfo{indicatorId, indicatorId, indicatorId, "", "", "", false};
    }
    return model;
}

}  // namespace wb

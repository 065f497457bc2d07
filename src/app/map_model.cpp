#include "app/map_model.h"

#include <stdexcept>

#include "geo/projection.h"

namespace wb {

const Area* MapModel::regionOf(const Area& municipality) const {
    const auto it = parents.find(municipality.parentCode);
    return it == parents.end() ? nullptr : &it->second;
}

const Area* MapModel::provinceOf(const Area& municipality) const {
    const Area* region = regionOf(municipality);
    if (!region) return nullptr;
    const auto it = parents.find(region->parentCode);
    return it == parents.end() ? nullptr : &it->second;
}

bool MapModel::isInside(const Area& municipality, const std::string& code) const {
    if (municipality.code == code || municipality.parentCode == code) return true;
    const Area* province = provinceOf(municipality);
    return province && province->code == code;
}

std::vector<uint32_t> MapModel::featureColours(const std::string& focusCode) const {
    const bool focusIsGroup = !focusCode.empty() && parents.count(focusCode) > 0;
    std::vector<uint32_t> colours(areas.size());
    for (size_t i = 0; i < areas.size(); ++i) {
        render::Rgb c = values[i] ? render::rampColour(classes.classOf(*values[i]), classes.classCount())
                                  : render::kNoDataColour;
        if (focusIsGroup && !isInside(areas[i], focusCode)) {
            // Fade towards the background rather than using transparency: the map has no blending.
            c = {static_cast<uint8_t>((c.r + 3 * 238) / 4), static_cast<uint8_t>((c.g + 3 * 242) / 4),
                 static_cast<uint8_t>((c.b + 3 * 245) / 4)};
        }
        colours[i] = render::packRgba(c);
    }
    return colours;
}

void MapModel::showIndicator(const Database& db, const std::string& indicatorId) {
    const auto info = indicatorInfo(db, indicatorId);
    if (!info) throw std::runtime_error("unknown indicator: " + indicatorId);
    indicator = *info;
    values = latestIndicatorValues(db, indicatorId, areas);
    classes = quantileClasses(values, kDefaultClassCount);
}

MapModel buildMunicipalityTileMap(const Database& db, const std::string& indicatorId, int year) {
    MapModel model;
    model.areas = areasAtLevel(db, AreaLevel::Municipality, year);
    model.showIndicator(db, indicatorId);
    for (AreaLevel level : {AreaLevel::SafetyRegion, AreaLevel::Province}) {
        for (Area& a : areasAtLevel(db, level, year)) model.parents.emplace(a.code, std::move(a));
    }

    std::vector<glm::dvec2> points;
    std::vector<double> priority;
    model.population = latestIndicatorValues(db, "population", model.areas);
    for (size_t i = 0; i < model.areas.size(); ++i) {
        points.push_back(geo::projectLonLat(model.areas[i].centroidLon, model.areas[i].centroidLat));
        priority.push_back(model.population[i].value_or(0));  // large towns keep their true spot
        model.featureByCode.emplace(model.areas[i].code, i);
    }
    // fill 0.45: the country covers less than half of its bounding box (sea, Germany, Belgium).
    model.layout = geo::layoutHexTiles(points, priority, geo::suggestTileRadius(points, 0.45));
    model.mesh = geo::buildHexMesh(model.layout, 0.9);
    return model;
}

}  // namespace wb

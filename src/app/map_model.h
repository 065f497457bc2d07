// What the map shows: the municipalities as hexagon tiles coloured by one indicator.
// Platform-free (no GL, no ImGui): built from the database, tested natively, drawn by the
// renderer and the map panel.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/areas.h"
#include "core/classification.h"
#include "core/database.h"
#include "geo/feature_mesh.h"
#include "geo/hex_tiles.h"
#include "render/color_ramp.h"

namespace wb {

struct MapModel {
    std::vector<Area> areas;                  // features, in mesh order
    std::vector<std::optional<double>> values;
    std::vector<std::optional<double>> population;  // residents, for lists and tooltips
    IndicatorInfo indicator;
    Classification classes;
    geo::HexLayout layout;
    geo::FeatureMesh mesh;
    std::unordered_map<std::string, size_t> featureByCode;
    std::unordered_map<std::string, Area> parents;  // safety regions and provinces by code

    std::optional<size_t> featureAt(glm::dvec2 world) const { return layout.itemAt(world); }
    // The province an area lies in (via its safety region), or nullptr.
    const Area* provinceOf(const Area& municipality) const;
    const Area* regionOf(const Area& municipality) const;

    // Fill colour per feature: its class colour, grey without data; features outside
    // `focusCode` (a selected region or province) are faded so the selection stands out.
    std::vector<uint32_t> featureColours(const std::string& focusCode) const;
    bool isInside(const Area& municipality, const std::string& code) const;

    // Colours the same tiles by another indicator (no new geometry). Throws for an unknown id.
    void showIndicator(const Database& db, const std::string& indicatorId);
};

// Classes in the legend of the default map.
constexpr int kDefaultClassCount = 7;

MapModel buildMunicipalityTileMap(const Database& db, const std::string& indicatorId, int year);

}  // namespace wb

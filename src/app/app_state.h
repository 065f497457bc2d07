// Everything the panels share: the open database, what the map shows, the view, the selection.
// Panels read and change this; main.cpp owns it.
#pragma once

#include <optional>
#include <string>

#include <glm/vec2.hpp>

#include "app/map_model.h"
#include "core/database.h"
#include "geo/map_view.h"

namespace wb {

struct ScreenRect {
    glm::dvec2 min{0, 0};
    glm::dvec2 size{0, 0};
    bool contains(glm::dvec2 p) const {
        return p.x >= min.x && p.y >= min.y && p.x < min.x + size.x && p.y < min.y + size.y;
    }
};

struct AppState {
    Database db;
    MapModel map;
    geo::MapView view;
    bool viewFitted = false;          // fit once the panel size is known

    std::string selectedCode;         // a municipality, safety region or province; empty = none
    bool coloursDirty = true;         // the renderer's feature colours need rewriting
    std::optional<size_t> hovered;      // feature under the mouse on the map
    std::optional<size_t> listHovered;  // feature under the mouse or focus in a list (highlighted)
    ScreenRect mapRect;               // where the map image was drawn this frame (CSS pixels)

    bool showSidePanel = true;
    bool showShortcuts = false;
    bool showAbout = false;

    void select(const std::string& code) {
        if (code != selectedCode) coloursDirty = true;
        selectedCode = code;
    }
};

}  // namespace wb

// Everything the panels share: the open database, what the map shows, the view, the selection.
// Panels read and change this; main.cpp owns it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "app/import_queue.h"
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

// A message for the user about the last thing that happened (an import, an export).
struct Notice {
    std::string text;
    bool isError = false;
};

struct AppState {
    Database db;
    MapModel map;
    std::vector<IndicatorInfo> indicators;  // what the map can show
    long changeCount = 0;                   // bumped on every committed change (persistence watches it)
    std::optional<Notice> notice;
    ImportQueue imports;                    // files being imported, a slice per frame
    bool exampleContent = false;            // the database holds fictitious example data: say so
    bool meshDirty = true;                  // the renderer needs the tiles again (new database)
    geo::MapView view;
    bool viewFitted = false;          // fit once the panel size is known

    std::string selectedCode;         // a municipality, safety region or province; empty = none
    bool coloursDirty = true;         // the renderer's feature colours need rewriting
    std::optional<size_t> hovered;      // feature under the mouse on the map
    std::optional<size_t> listHovered;  // feature under the mouse or focus in a list (highlighted)
    ScreenRect mapRect;               // where the map image was drawn this frame (CSS pixels)

    // Things the panels ask the platform layer to do after the frame (file dialogs and downloads
    // are browser work; the panels stay free of it).
    struct Requests {
        bool pickFiles = false;
        bool saveDatabase = false;
        bool saveOffline = false;
        bool exportMapCsv = false;
        bool resetToDefault = false;
    } requests;
    bool confirmReset = false;        // the reset dialog is open

    bool showSidePanel = true;
    bool showShortcuts = false;
    bool showAbout = false;

    // Makes `database` the working database and rebuilds everything derived from it.
    void open(Database database);
    // After a change committed to the database: refresh what the panels show.
    void dataChanged();
    void showIndicator(const std::string& indicatorId);
    void notify(std::string text, bool isError);

    void select(const std::string& code) {
        if (code != selectedCode) coloursDirty = true;
        selectedCode = code;
    }
};

}  // namespace wb

// Everything the panels share: the open database, what the map shows, the view, the selection.
// Panels read and change this; main.cpp owns it. Not copyable: computed indicators refer to it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "core/database.h"
#include "geo/map_view.h"
#include "views/care_view.h"
#include "views/exchange_view.h"
#include "views/import_queue.h"
#include "views/map_model.h"
#include "views/point_layers.h"
#include "views/progress_view.h"
#include "views/scenario_view.h"
#include "views/view_link.h"

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

// The side panel's workspaces: areas (the region list), baseline and progress, population care.
enum class Workspace { Areas, Baseline, PopulationCare };

struct AppState {
    AppState() = default;
    AppState(const AppState&) = delete;
    AppState& operator=(const AppState&) = delete;

    Database db;
    AreaDirectory areas;                    // the hierarchy of the division year shown
    MapModel map;
    PointLayers layers;                     // points, coverage rings and heat map over the map
    ComputedIndicators computed;            // values the dashboard computes (views/computed_indicators.h)
    CareView care;                          // coverage and what-if of the population-care tabs
    ProgressView progressView;              // the baseline progress tabs (views/progress_view.h)
    ScenarioView scenarios;                 // the scenario and network tabs (views/scenario_view.h)
    ExchangeView exchange;                  // the exchange tab (views/exchange_view.h)
    std::vector<IndicatorInfo> indicators;  // what the map can show: the computed ones, then the database's
    long changeCount = 0;                   // bumped on every committed change (persistence watches it)
    std::optional<Notice> notice;
    ImportQueue imports;                    // files being imported, in slices between frames
    bool exampleContent = false;            // the database holds fictitious example data: say so
    // The database is a public copy (core/public_copy.h): shown read-only, every editing control off,
    // imports refused, and the connection itself refuses writes (PRAGMA query_only).
    bool readOnly = false;
    bool meshDirty = true;                  // the renderer needs the tiles again (new database)
    int drawnMeshLevel = 0;                 // the level of map.mesh the renderer has (MapModel::drawLevel)
    geo::MapView view;
    bool viewFitted = false;          // fit once the panel size is known
    std::optional<geo::Bounds> fitTarget;  // what to fit then: a selection, or (empty) the whole map
    std::optional<std::pair<glm::dvec2, double>> restoreView;  // or this centre and scale (a link)

    std::string selectedCode;         // a municipality, safety region or province; empty = none
    bool coloursDirty = true;         // the renderer's feature colours need rewriting
    std::optional<size_t> hovered;      // feature under the mouse on the map
    std::optional<size_t> listHovered;  // feature under the mouse or focus in a list (highlighted)
    ScreenRect mapRect;               // where the map image was drawn this frame (CSS pixels)
    // The platform saw a double click this frame, and how many clicks the last press made (SDL
    // counts them itself; ImGui can miss a double click whose two presses fall into one slow
    // frame, and could report one twice).
    bool pointerDoubleClicked = false;
    int lastPressClicks = 0;
    // Two-finger pinch on a touch screen this frame: zoom factor (> 1 in) and its centre in CSS px.
    double pinchZoom = 1.0;
    glm::dvec2 pinchCentre{0, 0};

    // Things the panels ask the platform layer to do after the frame (file dialogs and downloads
    // are browser work; the panels stay free of it).
    struct Requests {
        bool pickFiles = false;
        bool saveDatabase = false;
        bool saveOffline = false;
        bool publish = false;  // download the public version of this page (core/public_copy.h)
        bool exportMapCsv = false;
        bool resetToDefault = false;
        bool saveMapImage = false;
        bool openAccessibleView = false;
        std::vector<int64_t> exportPracticePack;  // practice ids to save as a practice pack file
        std::string reportScope;                  // non-empty: make the board report of this scope
        std::string reportDate;                   // ... as of this day
    } requests;
    // A picture of the map is taken at the end of the next frame, drawn for print (title instead
    // of hints, no hover): 0 = none, -1 = to download, > 0 = for a Dashboard.exportMapPng promise.
    int mapImageRequest = 0;
    bool drawingMapImage = false;   // this frame is that picture
    bool confirmReset = false;        // the reset dialog is open
    bool confirmPublish = false;      // the publish dialog is to open

    bool showSidePanel = true;
    Workspace workspace = Workspace::Areas;
    bool highContrast = false;        // the user's choices of look, remembered by the browser
    int scalePercent = 100;
    bool showShortcuts = false;
    bool showAbout = false;

    // Makes `database` the working database and rebuilds everything derived from it. With
    // PointsReading::Later the point layers (facilities and resilience points, some 3,700 rows and
    // 30-40 ms of the page's start) are left to completeOpening(): the start calls it right after
    // its first frame, which shows none of them (the layers start switched off, the Kaartlagen
    // panel folded). Showing a computed indicator, which may count them, reads them first.
    enum class PointsReading { Now, Later };
    void open(Database database, PointsReading points = PointsReading::Now);
    void completeOpening();  // reads what open() left for later; nothing when there is nothing
    // After a change committed to the database: refresh what the panels show. `areasChanged`
    // (boundaries or areas imported) rebuilds the map's geometry too.
    void dataChanged(bool areasChanged = false);
    void showIndicator(const std::string& indicatorId);
    // The inputs of a computed indicator changed (a checklist edit, a moved point): recolour the
    // map when it shows one. Call after the change is committed.
    void refreshComputed();
    // Another level or shape (new geometry), keeping the indicator where the level has it.
    void showMap(const MapSettings& settings);
    void reclassify(ClassMethod method, int classCount);
    void showRate(bool perThousandResidents);
    // One level finer, zoomed to `code` (a feature of the current level), which stays selected.
    // False when there is no finer level.
    bool drillDown(const std::string& code);
    // Fits the view to the selected area (or to the whole map when nothing is selected).
    void zoomToSelection();
    // The view as a link, and back (see view_link.h).
    ViewLink viewLink() const;
    void applyViewLink(const ViewLink& link);
    void notify(std::string text, bool isError);

    void select(const std::string& code) {
        if (code != selectedCode) coloursDirty = true;
        selectedCode = code;
    }

  private:
    void listIndicators();  // the computed indicators, then those with values at the map's level
    bool pointsPending_ = false;  // open() left the point layers for completeOpening()
};

}  // namespace wb

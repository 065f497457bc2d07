// The dashboard's panels. Each draws one part of the screen from the shared AppState.
#pragma once

#include "core/language.h"
#include "render/map_renderer.h"
#include "views/app_state.h"

namespace wb::ui {

struct MapOverlays;  // ui/map_overlays.h

// Callback for the language menu: the platform layer remembers the choice.
using LanguageChanged = void (*)(Language);

float drawMenuBar(AppState& state, LanguageChanged onLanguageChanged);  // returns its height
// The side panel: a tab per workspace (side_panel.cpp), each drawn by its own file.
void drawSidePanel(AppState& state, ScreenRect rect);
void drawRegionList(AppState& state);          // areas: safety regions and their municipalities
void drawBaselineWorkspace(AppState& state);   // baseline and progress (issue 5 features)
// Tabs of the baseline workspace, each a BeginTabItem with its anchor ("baseline-<name>") and content.
void progressTabItem(AppState& state);     // Voortgang
void actionListTabItem(AppState& state);   // Actielijst
void assignmentsTabItem(AppState& state);  // Opdrachten
void costsTabItem(AppState& state);        // Kosten (costs_tab.cpp)
void practicesTabItem(AppState& state);    // Praktijken (practices_tab.cpp)
void reportTabItem(AppState& state);       // Rapportage (report_tab.cpp)
void exchangeTabItem(AppState& state);     // Uitwisseling: the reporting chain (exchange_tab.cpp)
void drawCareWorkspace(AppState& state);       // population care (issue 6 features)
// Tabs of the population-care workspace, each a BeginTabItem with its anchor ("care-<name>") and content.
void vulnerabilityTabItem(AppState& state);     // Kwetsbaarheid (vulnerability_tab.cpp)
void resiliencePointsTabItem(AppState& state);  // Weerbaarheidspunten (resilience_points_tab.cpp)
void coverageTabItem(AppState& state);          // Dekking (coverage_tab.cpp)
void scenariosTabItem(AppState& state);         // Scenario's and the 72-hour view (scenarios_tab.cpp)
void networksTabItem(AppState& state);          // Netwerken (networks_tab.cpp)
void drawMapPanel(AppState& state, render::MapRenderer& renderer, MapOverlays& overlays, ScreenRect rect);
// Points, coverage rings and heat map over the rendered map, and the layers panel (map_overlays.cpp).
void drawMapOverlays(AppState& state, MapOverlays& overlays, const render::MapRenderer& renderer);
void drawLayersPanel(AppState& state, MapOverlays& overlays);  // inside the map window, at its top right
void drawStatusBar(AppState& state, ScreenRect rect);
void drawHelpWindows(AppState& state);
void drawPublishDialog(AppState& state);        // Bestand > Publiceren: what the public version leaves out
void drawImportProgress(AppState& state);        // modal while a file is being imported
void drawColumnMappingDialog(AppState& state);   // modal when a CSV's columns need the user

// Layout of the whole window: menu bar, side panel, map, status bar.
void drawDashboard(AppState& state, render::MapRenderer& renderer, MapOverlays& overlays, LanguageChanged onLanguageChanged);

}  // namespace wb::ui

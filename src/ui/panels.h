// The dashboard's panels. Each draws one part of the screen from the shared AppState.
#pragma once

#include "app/app_state.h"
#include "core/language.h"
#include "render/map_renderer.h"

namespace wb::ui {

// Callback for the language menu: the platform layer remembers the choice.
using LanguageChanged = void (*)(Language);

float drawMenuBar(AppState& state, LanguageChanged onLanguageChanged);  // returns its height
void drawRegionPanel(AppState& state, ScreenRect rect);
void drawMapPanel(AppState& state, render::MapRenderer& renderer, ScreenRect rect);
void drawStatusBar(AppState& state, ScreenRect rect);
void drawHelpWindows(AppState& state);
void drawImportProgress(AppState& state);        // modal while a file is being imported
void drawColumnMappingDialog(AppState& state);   // modal when a CSV's columns need the user

// Layout of the whole window: menu bar, side panel, map, status bar.
void drawDashboard(AppState& state, render::MapRenderer& renderer, LanguageChanged onLanguageChanged);

}  // namespace wb::ui

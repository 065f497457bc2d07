// The running dashboard: the state shared by the main loop (main.cpp) and the JavaScript API
// (web_api.cpp).
#pragma once

#include "core/language.h"
#include "views/app_state.h"

namespace wb {

// Null until start-up has opened the database.
AppState* runningApp();

// Schedules writing the database to browser storage if it changed since the last time. Called
// after every frame, and straight after an import so a quick reload cannot lose it.
void saveChangesSoon();

// Switches the interface language everywhere: strings, the page's lang attribute, the stored
// preference.
void changeLanguage(Language language);

}  // namespace wb

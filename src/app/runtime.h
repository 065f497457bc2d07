// The running dashboard: the state shared by the main loop (main.cpp) and the JavaScript API
// (web_api.cpp).
#pragma once

#include "app/app_state.h"
#include "core/language.h"

namespace wb {

// Null until start-up has opened the database.
AppState* runningApp();

// Switches the interface language everywhere: strings, the page's lang attribute, the stored
// preference.
void changeLanguage(Language language);

}  // namespace wb

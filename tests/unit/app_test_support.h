// Helpers for tests of the app layer (AppState is not copyable: tests fill one in place).
#pragma once

#include "views/app_state.h"
#include "test_support.h"

namespace wb::test {

// The app as the page starts it: the default database opened and the map built.
inline void openDefaultData(AppState& app) { app.open(openDefaultDatabase()); }

}  // namespace wb::test

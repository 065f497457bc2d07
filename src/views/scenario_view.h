// The state of the scenario tabs ("Scenario's", "Netwerken") that outlives a frame: the chosen
// scenario and hour of the 72-hour view with its cached model, the organisation search (which the
// map indicator "computed:organisations" follows), and a file the tabs want downloaded (main.cpp
// hands it to the browser after the frame; panels stay free of browser work).
#pragma once

#include <optional>
#include <string>

#include "views/map_model.h"
#include "views/outage_model.h"
#include "core/organisations.h"

namespace wb {

struct FileDownload {
    std::string fileName;
    std::string text;
    const char* mimeType = "text/plain";
};

struct ScenarioView {
    std::string scenarioCode;  // empty: the first of the catalogue (the long power outage)
    double hour = 24;
    OutageModel outage;
    OrganisationSearch organisationSearch = {{}, {}, {}, {}, 0, {}, {}, 5000};  // the Netwerken tab's filter: all found
    std::optional<FileDownload> download;
};

struct AppState;

// The 72-hour view as the tabs, the map, the accessible view and Dashboard.outageView show it:
// coverage counted within the Dekking tab's distance, so both tabs tell the same story.
const OutageView& outageViewOf(const AppState& state, const std::string& scenarioCode, double hour,
                               const std::string& scopeCode);

// The map indicator "computed:outage_uncovered": residents no working point covers at the 72-hour
// view's scenario and hour, per municipality; regions and provinces as the sum of their
// municipalities (re-derived and suppressed; a suppressed value is given as 0, shown as "<5").
inline constexpr const char* kOutageIndicatorId = "computed:outage_uncovered";
ComputedIndicator outageIndicator(AppState& state);

// The map indicator "computed:organisations": how many organisations of the Netwerken search reach
// the area (or an area inside it): the map highlights the areas the found organisations reach.
inline constexpr const char* kOrganisationsIndicatorId = "computed:organisations";
ComputedIndicator organisationsIndicator(AppState& state);

}  // namespace wb

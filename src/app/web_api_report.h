// The board report and practice packs as downloads (web only, web_api_report.cpp): the page
// captures the map, asks the module for the report's files (the same entry point as
// Dashboard.report) and downloads them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "views/app_state.h"

namespace wb {

// Starts making the report of `scopeCode` on `asOf`: the map is captured in a coming frame, then
// the HTML page and the CSV are downloaded (or a notice says why not).
void startReportDownload(const std::string& scopeCode, const std::string& asOf);

// Downloads the practices as a practice pack file.
void downloadPracticePack(const AppState& state, const std::vector<int64_t>& practiceIds);

}  // namespace wb

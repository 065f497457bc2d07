// The threat information sheet ("dreigingsinformatieblad") of a safety region: the scenarios of
// the catalogue, their effects per sector over 0-24 h / 24-72 h / after 72 h (severity in words,
// never colour alone), the region's own local actions with their status, and per municipality of
// the region how many actions it has and where local action perspective is missing. One
// self-contained HTML page (A4 print CSS, no scripts, no external resources) to print or share;
// every text from the database is escaped (io/html_writer.h).
#pragma once

#include <string>

#include "core/area_directory.h"
#include "core/database.h"
#include "core/language.h"

namespace wb {

// The safety region a code stands for: itself, or the region a municipality (or finer area)
// lies in; nullptr for a province, the country or an unknown code.
const Area* safetyRegionOf(const AreaDirectory& directory, const std::string& code);

// std::invalid_argument when `regionCode` names no safety region (see safetyRegionOf).
// `madeOn` is an ISO date (the day printed on the sheet).
std::string threatSheetHtml(const Database& db, const AreaDirectory& directory, const std::string& regionCode,
                            Language language, const std::string& madeOn);

// "dreigingsinformatie-VR01.html"
std::string threatSheetFileName(const Area& region, Language language);

}  // namespace wb

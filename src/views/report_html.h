// The board report ("voortgangsrapportage") as a file: a self-contained HTML page that prints on
// A4 (print CSS with @page and page breaks, the map as a PNG data URL, tables, inline SVG bar
// charts with their numbers written next to the bars), and a CSV of the same figures. Both are made
// from core/report_data.h; every text from the database goes through io::HtmlWriter. Platform-free:
// the page only supplies the map's PNG bytes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "views/app_state.h"
#include "core/area_directory.h"
#include "core/assignment_statuses.h"
#include "core/database.h"
#include "core/language.h"
#include "core/report_data.h"
#include "io/html_writer.h"

namespace wb {

struct ReportDocument {
    std::string html;
    std::string csv;
    std::string baseName;  // "voortgangsrapportage-VR09-2026-09-30" (without extension)
};

struct ReportContext {
    std::optional<ReportSnapshot> previous;  // the last snapshot before the report's day
    std::string mapPng;                      // PNG bytes of the map; empty: no map in the report
    std::string madeOn;                      // ISO date the report was made
    std::string exampleNotice;               // non-empty: the data is fictitious, say so
    // For a region or the country: what each list's roll-up rests on, "Gebaseerd op 7 van 9
    // gemeenten (6 aangeleverd, ...; 1 hier ingevoerd); ontbreekt: ..." (views/basis_lines.h),
    // the municipalities' list first.
    std::vector<std::string> basisLines;
    // And per assignment how the areas answering to its board stand, as delivered; empty for a
    // municipality.
    std::vector<AssignmentStanding> standings;
};

// A table of a scope's costs against its budget, its own costs and those of its member areas
// (caption, then th scope="col"/"row"): the report and the accessible view write it alike.
void writeCostTable(io::HtmlWriter& html, const std::string& caption, const ScopeCosts& scope,
                    const std::vector<ScopeCosts>& members, Language language);

std::string reportHtml(const ReportFigures& figures, const ReportContext& context, Language language);

// Long format, one figure per row: section, list, code, name, figure, value (CSV style of the
// language: ';' and decimal comma in Dutch). Sections: scope, phase, topic, area (per list),
// assignment, overdue, costs_scope, costs_area. Values are unrounded; empty when there is no data.
std::string reportCsv(const ReportFigures& figures, const ReportContext& context, Language language);

// Figures, the previous snapshot and the notices for `scopeCode` (an area code; "" or "NL" mean
// the country) on `asOf`, then both files. Throws std::invalid_argument for an unknown scope or a
// malformed date.
ReportDocument makeReport(const Database& db, const AreaDirectory& areas, const std::string& scopeCode,
                          const std::string& asOf, std::string mapPng, Language language);

// Saves the figures of `scopeCode` ("" or "NL": the country) on `asOf` as a snapshot, so the next
// report shows the change since, and tells the app the data changed. The button and
// Dashboard.saveReportSnapshot both come here. Throws std::invalid_argument like makeReport.
int64_t saveReportSnapshotOf(AppState& state, const std::string& scopeCode, const std::string& asOf);

// The scope code a report or snapshot uses for a selection ("" = the country's code).
std::string reportScopeCode(const AreaDirectory& areas, const std::string& selectedCode);

std::string base64Encode(std::string_view bytes);

}  // namespace wb

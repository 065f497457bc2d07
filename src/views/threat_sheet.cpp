#include "views/threat_sheet.h"

#include <cstdio>
#include <stdexcept>

#include "core/date_format.h"
#include "core/meta.h"
#include "core/scenarios.h"
#include "io/html_writer.h"
#include "views/strings_scenarios.h"

namespace wb {
namespace {

using T = ui::ScenarioText;

// A4 on paper; readable on screen. Severity is written out in every cell; the border weight only
// repeats it, so nothing depends on colour.
constexpr const char* kCss = R"(
@page { size: A4; margin: 15mm 14mm; }
body { font-family: system-ui, sans-serif; font-size: 10pt; color: #1a1a1a; max-width: 182mm; margin: 0 auto; }
h1 { font-size: 17pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 1mm; border-bottom: 1px solid #999; }
h3 { font-size: 10.5pt; margin: 3mm 0 1mm; }
p.meta { color: #444; margin: 0 0 1mm; }
p.notice { border: 1px solid #b35806; padding: 1mm 2mm; }
table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; }
caption { text-align: left; font-weight: 600; padding-bottom: 1mm; }
th, td { border: 1px solid #bbb; padding: 0.6mm 1.5mm; text-align: left; vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.s2, td.s3 { font-weight: 600; }
td.s3 { border: 2px solid #1a1a1a; }
tr { break-inside: avoid; }
section.scenario { break-inside: avoid-page; }
@media screen { body { padding: 8mm; } }
)";

std::string printf1(const char* format, const std::string& a) {
    char text[512];
    std::snprintf(text, sizeof text, format, a.c_str());
    return text;
}

class SheetWriter {
public:
    SheetWriter(const Database& db, const Area& region, Language language)
        : db_(db), region_(region), language_(language) {}

    std::string build(const std::string& madeOn) {
        const std::string title = printf1(t(T::ThreatSheetTitle), region_.name);
        html_.open("header");
        html_.element("h1", title);
        html_.element("p", region_.code, {{"class", "meta"}});
        html_.element("p", printf1(t(T::ThreatSheetPrinted), formatDate(madeOn, language_)), {{"class", "meta"}});
        if (metaValue(db_, "example_content").value_or("0") == "1") {
            html_.element("p", exampleContentNotice(db_, language_), {{"class", "notice"}});
        }
        html_.element("p", t(T::ThreatSheetIntro));
        html_.close();

        const ScenarioAreaMatrix matrix =
            scenarioAreaMatrix(db_, AreaLevel::Municipality, kDefaultDivisionYear, region_.code);
        for (size_t s = 0; s < matrix.scenarios.size(); ++s) scenario(matrix, s);

        std::string page = "<!doctype html>\n<html lang=\"";
        page += language_ == Language::Dutch ? "nl" : "en";
        page += "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>";
        page += io::escapeHtml(title);
        page += "</title><style>";
        page += kCss;
        page += "</style></head><body>";
        page += html_.html();
        page += "</body></html>\n";
        return page;
    }

private:
    const char* t(T id) const { return ui::translation(id, language_); }

    void scenario(const ScenarioAreaMatrix& matrix, size_t s) {
        const Scenario& sc = matrix.scenarios[s];
        const std::string name = ui::scenarioName(sc, language_);
        html_.open("section", {{"class", "scenario"}});
        html_.element("h2", name);
        html_.element("p", std::string(t(T::Theme)) + ": " + ui::themeLabel(sc.theme, language_), {{"class", "meta"}});
        if (!sc.description.empty()) html_.element("p", sc.description);
        effects(sc, name);
        regionActions(sc);
        municipalities(matrix, s, name);
        html_.close();
    }

    void effects(const Scenario& sc, const std::string& name) {
        const auto list = scenarioEffects(db_, sc.id);
        if (list.empty()) return;
        html_.open("table");
        html_.element("caption", printf1(t(T::A11yEffectsCaption), name));
        html_.open("thead").open("tr");
        html_.element("th", t(T::Sector), {{"scope", "col"}});
        for (EffectPeriod p : {EffectPeriod::First24Hours, EffectPeriod::Hours24To72, EffectPeriod::After72Hours}) {
            html_.element("th", ui::periodLabel(p, language_), {{"scope", "col"}});
        }
        html_.close().close().open("tbody");
        for (const std::string& sector : sectorsWithEffects(list, ui::kEffectSectors)) {
            html_.open("tr");
            html_.element("th", ui::sectorLabel(sector, language_), {{"scope", "row"}});
            for (EffectPeriod p : {EffectPeriod::First24Hours, EffectPeriod::Hours24To72, EffectPeriod::After72Hours}) {
                const ScenarioEffect* found = findEffect(list, sector, p);
                const std::string cls = "s" + std::to_string(found ? found->severity : 0);
                html_.element("td", ui::effectText(found, language_), {{"class", cls}});
            }
            html_.close();
        }
        html_.close().close();
    }

    void regionActions(const Scenario& sc) {
        const auto actions = scenarioActions(db_, sc.id, region_.code);
        html_.element("h3", t(T::ThreatSheetActionsRegion));
        if (actions.empty()) {
            html_.element("p", t(T::NoActions));
            return;
        }
        html_.open("table").open("thead").open("tr");
        html_.element("th", t(T::ColumnMeasure), {{"scope", "col"}});
        html_.element("th", t(T::ColumnAction), {{"scope", "col"}});
        html_.element("th", t(T::ColumnStatus), {{"scope", "col"}});
        html_.close().close().open("tbody");
        for (const auto& a : actions) {
            html_.open("tr");
            html_.element("td", a.measureCode);
            html_.element("td", a.description);
            html_.element("td", ui::actionStatusLabel(a.status, language_));
            html_.close();
        }
        html_.close().close();
    }

    void municipalities(const ScenarioAreaMatrix& matrix, size_t s, const std::string& name) {
        if (matrix.areas.empty()) return;
        html_.open("table");
        html_.element("caption", printf1(t(T::ThreatSheetMunicipalities), name));
        html_.open("thead").open("tr");
        html_.element("th", t(T::ColumnArea), {{"scope", "col"}});
        html_.element("th", t(T::LocalActions), {{"scope", "col"}, {"class", "n"}});
        html_.element("th", t(T::StatusDone), {{"scope", "col"}, {"class", "n"}});
        html_.element("th", t(T::MatrixMissing), {{"scope", "col"}});
        html_.close().close().open("tbody");
        for (size_t a = 0; a < matrix.areas.size(); ++a) {
            const ScenarioAreaCell& cell = matrix.cells[a][s];
            int done = 0;
            for (const auto& action : scenarioActionsOf(matrix.areas[a].code, matrix.scenarios[s].id)) {
                done += action.status == "done" ? 1 : 0;
            }
            html_.open("tr");
            html_.element("th", matrix.areas[a].name, {{"scope", "row"}});
            html_.element("td", std::to_string(cell.actions), {{"class", "n"}});
            html_.element("td", std::to_string(done), {{"class", "n"}});
            html_.element("td", cell.missingPerspective() ? t(T::MatrixMissing) : t(T::No));
            html_.close();
        }
        html_.close().close();
    }

    std::vector<ScenarioAction> scenarioActionsOf(const std::string& areaCode, int64_t scenarioId) const {
        return scenarioActions(db_, scenarioId, areaCode);
    }

    const Database& db_;
    const Area& region_;
    Language language_;
    io::HtmlWriter html_;
};

}  // namespace

const Area* safetyRegionOf(const AreaDirectory& directory, const std::string& code) {
    const Area* area = directory.find(code);
    return area ? directory.ancestorAt(*area, AreaLevel::SafetyRegion) : nullptr;
}

std::string threatSheetHtml(const Database& db, const AreaDirectory& directory, const std::string& regionCode,
                            Language language, const std::string& madeOn) {
    const Area* region = safetyRegionOf(directory, regionCode);
    if (!region) throw std::invalid_argument("no safety region for '" + regionCode + "'");
    return SheetWriter(db, *region, language).build(madeOn);
}

std::string threatSheetFileName(const Area& region, Language language) {
    return std::string(language == Language::Dutch ? "dreigingsinformatie-" : "threat-information-") + region.code +
           ".html";
}

}  // namespace wb

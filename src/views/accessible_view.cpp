#include "views/accessible_view.h"
#include "views/accessible_care.h"
#include "views/accessible_costs.h"
#include "views/accessible_progress.h"
#include "views/accessible_scenarios.h"

#include <cstdio>

#include "core/areas.h"
#include "core/meta.h"
#include "core/number_format.h"
#include "io/html_writer.h"
#include "views/strings.h"
#include "views/strings_public.h"

namespace wb {
namespace {

using io::HtmlWriter;
using ui::Text;

// The features' sections, in the order they follow the map and the indicators.
const AccessibleSections kFeatureSections[] = {
    progressSections,  // baseline progress and the national assignments (accessible_progress.cpp)
    costsSections,     // costs against budgets and the good practices (accessible_costs.cpp)
    careSections,      // vulnerability, resilience points and coverage (accessible_care.cpp)
    scenarioSections,  // scenarios, the 72-hour view and organisations (accessible_scenarios.cpp)
};

class ViewBuilder {
public:
    ViewBuilder(const AppState& state, Language language) : state_(state), language_(language) {}

    std::string build() {
        for (AccessibleSections sectionsOf : kFeatureSections) {
            for (AccessibleSection& section : sectionsOf(state_, language_)) features_.push_back(std::move(section));
        }
        html_.element("button", t(Text::A11yBack), {{"type", "button"}, {"data-action", "close"}});
        html_.element("h1", t(Text::A11yTitle), {{"id", "a11y-title"}, {"tabindex", "-1"}});
        html_.element("p", t(Text::A11yIntro));
        if (state_.readOnly) publicVersionNotice();
        if (state_.exampleContent) html_.element("p", exampleContentNotice(state_.db, language_), {{"class", "notice"}});
        contents();
        selection();
        mapFigures();
        indicatorsOfSelection();
        for (const AccessibleSection& section : features_) {
            html_.open("section", {{"aria-labelledby", section.id}});
            html_.element("h2", section.heading, {{"id", section.id}});
            section.body(html_);
            html_.close();
        }
        html_.element("p", t(Text::A11ySuppressedNote));
        return html_.html();
    }

private:
    const char* t(Text id) const { return ui::translation(id, language_); }

    // The public version says so first, as the label on the canvas does (ui/menu_bar.cpp).
    void publicVersionNotice() {
        char text[1024];
        std::snprintf(text, sizeof text, ui::translation(ui::PublicText::LabelTooltip, language_),
                      metaValue(state_.db, "public_made_at").value_or("").substr(0, 10).c_str());
        html_.open("p", {{"class", "notice"}, {"id", "public-version"}});
        html_.element("strong", ui::translation(ui::PublicText::Label, language_));
        html_.text(std::string(" ") + text);
        html_.close();
    }

    template <typename... Args>
    std::string format(Text id, Args... args) const {
        char text[1024];
        std::snprintf(text, sizeof text, t(id), args...);
        return text;
    }

    std::string name(const IndicatorInfo& i) const { return language_ == Language::Dutch ? i.nameNl : i.nameEn; }
    std::string unit(const IndicatorInfo& i) const { return language_ == Language::Dutch ? i.unitNl : i.unitEn; }

    std::string valueText(const IndicatorInfo& indicator, double value) const {
        if (indicator.isCountOfPeople) return formatPeopleCount(value, language_);
        return formatNumber(value, std::abs(value) >= 100 ? 0 : 1, language_);
    }

    void contents() {
        html_.open("nav", {{"aria-labelledby", "a11y-contents"}});
        html_.element("h2", t(Text::A11yContents), {{"id", "a11y-contents"}});
        html_.open("ul");
        const std::pair<const char*, std::string> sections[] = {
            {"#a11y-selection", t(Text::A11ySelection)},
            {"#a11y-map", t(Text::A11yMap)},
            {"#a11y-indicators", format(Text::A11yIndicatorsOf, selectedName().c_str())},
        };
        for (const auto& [href, label] : sections) html_.open("li").element("a", label, {{"href", href}}).close();
        for (const AccessibleSection& section : features_) {
            html_.open("li").element("a", section.heading, {{"href", "#" + section.id}}).close();
        }
        html_.close().close();
    }

    std::string selectedName() const {
        const Area* area = state_.areas.find(state_.selectedCode);
        return area ? area->name : t(Text::LevelCountry);
    }

    void selectButton(const Area& area) {
        const std::string label = format(Text::A11ySelectArea, area.name.c_str());
        html_.element("button", area.name, {{"type", "button"}, {"data-select", area.code}, {"aria-label", label}});
    }

    void selection() {
        html_.open("section", {{"aria-labelledby", "a11y-selection"}});
        html_.element("h2", t(Text::A11ySelection), {{"id", "a11y-selection"}});
        const Area* area = state_.areas.find(state_.selectedCode);
        if (!area) {
            html_.element("p", t(Text::A11yNoSelection));
        } else {
            html_.element("p", format(Text::A11ySelected, area->name.c_str(), area->code.c_str(),
                                      t(ui::levelText(area->level, false))));
            std::string chain;
            for (const Area* up = state_.areas.find(area->parentCode); up; up = state_.areas.find(up->parentCode)) {
                if (up->level == AreaLevel::Country) break;
                if (!chain.empty()) chain += ", ";
                chain += up->name + " (" + t(ui::levelText(up->level, false)) + ")";
            }
            if (!chain.empty()) html_.element("p", format(Text::A11yPartOf, chain.c_str()));
            html_.element("button", t(Text::A11yClearSelection), {{"type", "button"}, {"data-select", ""}});
        }
        html_.close();
    }

    // The map's figures for the areas in view of the selection: inside a selected coarser area,
    // else all areas of the map's level.
    void mapFigures() {
        const MapModel& map = state_.map;
        html_.open("section", {{"aria-labelledby", "a11y-map"}});
        html_.element("h2", t(Text::A11yMap), {{"id", "a11y-map"}});
        html_.element("p", format(Text::A11yMapSummary, name(map.indicator).c_str(),
                                  t(ui::levelText(map.settings.level, false)), map.classes.classCount(),
                                  t(ui::methodText(map.settings.method)), map.indicator.source.c_str()));
        const Area* focus = state_.areas.find(state_.selectedCode);
        const bool inside = focus && static_cast<int>(focus->level) < static_cast<int>(map.settings.level);
        html_.open("table");
        html_.element("caption", format(Text::A11yMapCaption, name(map.indicator).c_str()) +
                                     (inside ? " · " + focus->name : std::string()));
        html_.open("thead").open("tr");
        const std::string valueHeader = name(map.indicator) + " (" + unit(map.indicator) + ")";
        for (const std::string& header : {std::string(t(Text::A11yArea)), std::string(ui::translation(Text::TooltipCode, language_)),
                                          valueHeader, std::string(t(Text::A11yClass))}) {
            html_.element("th", header, {{"scope", "col"}});
        }
        html_.close().close().open("tbody");
        for (size_t i = 0; i < map.areas.size(); ++i) {
            const Area& area = map.areas[i];
            if (inside && !state_.areas.isInside(area, state_.selectedCode)) continue;
            html_.open("tr").open("th", {{"scope", "row"}});
            selectButton(area);
            html_.close().element("td", area.code);
            const auto& count = map.counts[i];
            html_.element("td", count ? valueText(map.indicator, *count) : t(Text::LegendNoData));
            std::string klass = "–";
            if (map.values[i] && !map.isSuppressed(i)) {
                klass = format(Text::A11yClassOf, map.classes.classOf(*map.values[i]) + 1, map.classes.classCount());
            }
            html_.element("td", klass).close();
        }
        html_.close().close().close();
    }

    void indicatorsOfSelection() {
        const std::string code = state_.selectedCode.empty() ? countryCode() : state_.selectedCode;
        html_.open("section", {{"aria-labelledby", "a11y-indicators"}});
        html_.element("h2", format(Text::A11yIndicatorsOf, selectedName().c_str()), {{"id", "a11y-indicators"}});
        html_.open("table");
        html_.element("caption", format(Text::A11yIndicatorsOf, selectedName().c_str()));
        html_.open("thead").open("tr");
        for (Text header : {Text::A11yIndicator, Text::A11yValue, Text::A11yUnit, Text::A11yYear, Text::A11ySource}) {
            html_.element("th", t(header), {{"scope", "col"}});
        }
        html_.close().close().open("tbody");
        for (const AreaIndicatorValue& v : areaIndicatorValues(state_.db, code)) {
            html_.open("tr").element("th", name(v.indicator), {{"scope", "row"}});
            html_.element("td", valueText(v.indicator, v.value)).element("td", unit(v.indicator));
            html_.element("td", std::to_string(v.period)).element("td", v.indicator.source).close();
        }
        html_.close().close().close();
    }

    std::string countryCode() const {
        const auto countries = state_.areas.atLevel(AreaLevel::Country);
        return countries.empty() ? "" : countries.front()->code;
    }

    const AppState& state_;
    Language language_;
    HtmlWriter html_;
    std::vector<AccessibleSection> features_;
};

}  // namespace

std::string accessibleViewHtml(const AppState& state, Language language) { return ViewBuilder(state, language).build(); }

}  // namespace wb

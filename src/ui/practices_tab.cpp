// The "Praktijken" tab of the Basisniveau workspace: the library of good practices. Full-text
// search (FTS5, accents ignored), filters by topic and by the selected area, a result list with
// the matched words marked, the detail of one practice with its linked measures and scenarios,
// adding a practice (owned by the selected area), and practice packs: tick practices and save
// them as a file another municipality imports; importing a pack goes through the normal import
// path (Bestand > Gegevens importeren, drag-and-drop), which recognises duplicates.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/date_format.h"
#include "core/practices.h"
#include "ui/editing_controls.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "ui/user_message.h"
#include "views/report_html.h"
#include "views/strings_progress.h"
#include "views/strings_report.h"

namespace wb::ui {
namespace {

using T = ReportText;

struct PracticesTab {
    char text[128] = "";
    int topic = 0;  // 0: any; else topics[topic - 1]
    bool onlySelection = false;
    // The search last run, and its results.
    long change = -1;
    std::string searched;
    std::vector<std::string> topics;
    std::vector<PracticeHit> hits;
    int64_t shown = 0;            // the practice whose detail is shown
    std::set<int64_t> ticked;     // for the practice pack
    // The form for a new practice.
    char title[160] = "";
    char summary[1024] = "";
    int newTopic = 0;
    char tags[160] = "";
    char source[160] = "";
};
PracticesTab g_tab;

std::string searchKey(const PracticeSearch& s) { return s.text + "\x1f" + s.areaCode + "\x1f" + s.topic + "\x1f" + std::to_string(s.limit); }

void refresh(const AppState& state) {
    PracticeSearch search;
    search.text = g_tab.text;
    if (g_tab.change != state.changeCount) g_tab.topics = practiceTopics(state.db);
    if (g_tab.topic > static_cast<int>(g_tab.topics.size())) g_tab.topic = 0;
    if (g_tab.topic > 0) search.topic = g_tab.topics[static_cast<size_t>(g_tab.topic - 1)];
    if (g_tab.onlySelection) search.areaCode = state.selectedCode;
    search.limit = 200;
    const std::string key = searchKey(search);
    if (g_tab.change == state.changeCount && g_tab.searched == key) return;
    g_tab.change = state.changeCount;
    g_tab.searched = key;
    g_tab.hits = searchPractices(state.db, search);
}

const Practice* shownPractice() {
    for (const PracticeHit& hit : g_tab.hits) {
        if (hit.practice.id == g_tab.shown) return &hit.practice;
    }
    return nullptr;
}

std::string topicName(const std::string& key) { return topicLabel(key, currentLanguage()); }

void filters(const AppState& state) {
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##practice-search", tr(T::SearchHint), g_tab.text, sizeof g_tab.text);
    anchorLastItem("practices-search");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    const std::string current = g_tab.topic == 0 ? tr(T::AnyTopic) : topicName(g_tab.topics[static_cast<size_t>(g_tab.topic - 1)]);
    if (ImGui::BeginCombo(tr(T::Topic), current.c_str())) {
        if (ImGui::Selectable(tr(T::AnyTopic), g_tab.topic == 0)) g_tab.topic = 0;
        for (size_t i = 0; i < g_tab.topics.size(); ++i) {
            if (ImGui::Selectable((topicName(g_tab.topics[i]) + "##" + g_tab.topics[i]).c_str(), g_tab.topic == static_cast<int>(i + 1))) {
                g_tab.topic = static_cast<int>(i + 1);
            }
        }
        ImGui::EndCombo();
    }
    const Area* selected = state.areas.find(state.selectedCode);
    if (selected) {
        char label[200];
        std::snprintf(label, sizeof label, tr(T::OnlySelection), selected->name.c_str());
        ImGui::Checkbox(label, &g_tab.onlySelection);
        anchorLastItem("practices-only-selection");
    } else {
        g_tab.onlySelection = false;
    }
}

void resultList() {
    ImGui::Text(tr(T::Found), static_cast<int>(g_tab.hits.size()));
    ImGui::BeginChild("##practice-results", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 11), true);
    if (g_tab.hits.empty()) ImGui::TextUnformatted(tr(T::NoneFound));
    for (const PracticeHit& hit : g_tab.hits) {
        const Practice& p = hit.practice;
        ImGui::PushID(static_cast<int>(p.id));
        bool ticked = g_tab.ticked.count(p.id) > 0;
        if (ImGui::Checkbox("##tick", &ticked)) {
            if (ticked) g_tab.ticked.insert(p.id); else g_tab.ticked.erase(p.id);
        }
        if (&hit == &g_tab.hits.front()) anchorLastItem("practices-first-tick");
        ImGui::SameLine();
        if (ImGui::Selectable(p.title.c_str(), g_tab.shown == p.id)) g_tab.shown = p.id;
        if (ImGui::IsItemHovered() && !hit.snippet.empty()) {  // the summary with the matched words in [ ]
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 30);
            ImGui::TextUnformatted(hit.snippet.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        if (&hit == &g_tab.hits.front()) anchorLastItem("practices-first-result");
        ImGui::PopID();
    }
    ImGui::EndChild();
}

void detail() {
    const Practice* p = shownPractice();
    if (!p) return;
    ImGui::Spacing();
    ImGui::TextWrapped("%s", p->title.c_str());
    ImGui::Separator();
    const std::pair<const char*, std::string> facts[] = {
        {tr(T::From), p->ownerAreaName.empty() ? p->ownerAreaCode : p->ownerAreaName},
        {tr(T::Topic), topicName(p->topic)},
        {tr(T::Tags), p->tags},
        {tr(T::Source), p->source},
        {tr(T::Published), formatDate(p->published, currentLanguage())},
    };
    for (const auto& [label, value] : facts) {
        if (!value.empty()) ImGui::TextWrapped("%s: %s", label, value.c_str());
    }
    ImGui::TextWrapped("%s", p->summary.c_str());
    if (!p->measures.empty()) {
        ImGui::TextUnformatted(tr(T::LinkedMeasures));
        for (const LinkedMeasure& m : p->measures) ImGui::BulletText("%s %s", m.code.c_str(), m.titleNl.c_str());
    }
    if (!p->scenarios.empty()) {
        ImGui::TextUnformatted(tr(T::LinkedScenarios));
        for (const LinkedScenario& s : p->scenarios) ImGui::BulletText("%s", s.nameNl.c_str());
    }
}

void packButtons(AppState& state) {
    ImGui::Spacing();
    ImGui::TextWrapped("%s", tr(T::PackHint));
    char label[128];
    std::snprintf(label, sizeof label, tr(T::ExportPack), static_cast<int>(g_tab.ticked.size()));
    ImGui::BeginDisabled(g_tab.ticked.empty());
    if (ImGui::Button(label)) {
        state.requests.exportPracticePack.assign(g_tab.ticked.begin(), g_tab.ticked.end());
        char text[128];
        std::snprintf(text, sizeof text, tr(T::PackExported), static_cast<int>(g_tab.ticked.size()));
        state.notify(text, false);
    }
    anchorLastItem("practices-export");
    ImGui::SameLine();
    if (ImGui::Button(tr(T::ClearTicks))) g_tab.ticked.clear();
    ImGui::EndDisabled();
    const EditingControls editing(state);
    if (ImGui::Button(tr(T::ImportPack))) state.requests.pickFiles = true;
    anchorLastItem("practices-import");
}

void addForm(AppState& state) {
    const bool open = ImGui::CollapsingHeader(tr(T::AddPractice));
    anchorLastItem("practices-add");
    if (!open) return;
    const EditingControls editing(state);
    const Area* owner = state.areas.find(state.selectedCode);
    if (owner && owner->level != AreaLevel::Country) ImGui::Text(tr(T::Owner), owner->name.c_str());
    else ImGui::TextUnformatted(tr(T::NoOwner));
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##new-title", tr(T::Title), g_tab.title, sizeof g_tab.title);
    anchorLastItem("practices-new-title");
    ImGui::InputTextMultiline("##new-summary", g_tab.summary, sizeof g_tab.summary,
                              ImVec2(-1, ImGui::GetTextLineHeightWithSpacing() * 4));
    anchorLastItem("practices-new-summary");
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 12);
    const std::string current = g_tab.newTopic > 0 && g_tab.newTopic <= static_cast<int>(g_tab.topics.size())
                                    ? topicName(g_tab.topics[static_cast<size_t>(g_tab.newTopic - 1)])
                                    : std::string("-");
    if (ImGui::BeginCombo(tr(T::Topic), current.c_str())) {
        for (size_t i = 0; i < g_tab.topics.size(); ++i) {
            if (ImGui::Selectable((topicName(g_tab.topics[i]) + "##new" + g_tab.topics[i]).c_str())) g_tab.newTopic = static_cast<int>(i + 1);
        }
        ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##new-tags", tr(T::Tags), g_tab.tags, sizeof g_tab.tags);
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##new-source", tr(T::Source), g_tab.source, sizeof g_tab.source);
    const bool add = ImGui::Button(tr(T::AddButton));
    anchorLastItem("practices-add-button");
    if (add) {
        NewPractice p;
        p.title = g_tab.title;
        p.summary = g_tab.summary;
        if (owner && owner->level != AreaLevel::Country) {
            p.ownerAreaCode = owner->code;
            p.ownerAreaYear = kDefaultDivisionYear;
        }
        if (g_tab.newTopic > 0 && g_tab.newTopic <= static_cast<int>(g_tab.topics.size())) p.topic = g_tab.topics[static_cast<size_t>(g_tab.newTopic - 1)];
        p.tags = g_tab.tags;
        p.source = g_tab.source;
        p.published = todayIsoDate();
        try {
            Transaction transaction(state.db);
            const auto id = addPractice(state.db, p);
            transaction.commit();
            if (id) {
                state.dataChanged();
                state.notify(tr(T::PracticeAdded), false);
                g_tab.shown = *id;
                g_tab.title[0] = g_tab.summary[0] = g_tab.tags[0] = g_tab.source[0] = '\0';
            } else {
                state.notify(tr(T::PracticeDuplicate), true);
            }
        } catch (const std::exception& e) {
            state.notify(std::string(tr(T::PracticeInvalid)) + ": " + userMessage(e), true);
        }
    }
}

}  // namespace

void practicesTabItem(AppState& state) {
    const bool open = ImGui::BeginTabItem(tr(T::TabPractices));
    anchorLastItem("baseline-practices");
    if (!open) return;
    refresh(state);
    filters(state);
    refresh(state);
    resultList();
    packButtons(state);
    detail();
    addForm(state);
    ImGui::EndTabItem();
}

}  // namespace wb::ui

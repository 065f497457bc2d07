// The "Areas" workspace of the side panel: the 25 safety regions, each opening to its
// municipalities, with a filter box. Selecting a row selects the area on the map (the selection
// is shared through AppState).
#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "core/number_format.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "views/strings.h"

namespace wb::ui {
namespace {

// Case-insensitive substring match on ASCII letters; names with accents still match on the
// unaccented part ("frys" finds "Fryslân").
bool matches(const std::string& text, const char* filter) {
    if (!*filter) return true;
    std::string a = text, b = filter;
    auto lower = [](std::string& s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    };
    lower(a);
    lower(b);
    return a.find(b) != std::string::npos;
}

}  // namespace

void drawRegionList(AppState& state) {
    static char filter[64] = "";
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##filter", tr(Text::RegionsFilterHint), filter, sizeof filter);
    anchorLastItem("regions.filter");

    // Flattened: the arrow keys move from the filter straight into the list.
    ImGui::BeginChild("##regionlist", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
    for (const Area* region : state.areas.atLevel(AreaLevel::SafetyRegion)) {
        std::vector<const Area*> members;
        for (const Area* m : state.areas.children(region->code)) {
            if (m->level == AreaLevel::Municipality && (matches(m->name, filter) || matches(region->name, filter))) {
                members.push_back(m);
            }
        }
        if (members.empty()) continue;

        const bool regionSelected = state.selectedCode == region->code;
        ImGuiTreeNodeFlags flags = ImGuiTreeNodeFlags_OpenOnArrow | ImGuiTreeNodeFlags_SpanAvailWidth;
        if (regionSelected) flags |= ImGuiTreeNodeFlags_Selected;
        if (*filter) ImGui::SetNextItemOpen(true, ImGuiCond_Always);
        const bool open = ImGui::TreeNodeEx(region->code.c_str(), flags, "%s  (%zu %s)", region->name.c_str(),
                                            members.size(), tr(Text::RegionsMunicipalities));
        anchorLastItem("region." + region->code);
        if (ImGui::IsItemClicked() && !ImGui::IsItemToggledOpen()) state.select(regionSelected ? "" : region->code);
        if (ImGui::IsItemFocused() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Space))) {
            state.select(regionSelected ? "" : region->code);
        }
        if (!open) continue;
        if (ImGui::BeginTable("##members", 2, ImGuiTableFlags_SizingStretchProp)) {
            ImGui::TableSetupColumn(tr(Text::ColumnName), ImGuiTableColumnFlags_WidthStretch);
            ImGui::TableSetupColumn(tr(Text::ColumnResidents), ImGuiTableColumnFlags_WidthFixed);
            for (const Area* member : members) {
                const Area& m = *member;
                const bool selected = state.selectedCode == m.code;
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                const std::string label = m.name + "##" + m.code;
                if (ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns)) {
                    state.select(selected ? "" : m.code);
                }
                anchorLastItem("area." + m.code);
                if (ImGui::IsItemHovered() || ImGui::IsItemFocused()) {
                    const auto feature = state.map.featureByCode.find(m.code);  // on the map at this level?
                    if (feature != state.map.featureByCode.end()) state.listHovered = feature->second;
                }
                ImGui::TableNextColumn();
                const auto population = state.areas.residents(m.code);
                const std::string count = population ? formatNumber(*population, 0, currentLanguage()) : "-";
                ImGui::SetCursorPosX(ImGui::GetCursorPosX() + ImGui::GetColumnWidth() - ImGui::CalcTextSize(count.c_str()).x);
                ImGui::TextUnformatted(count.c_str());
            }
            ImGui::EndTable();
        }
        ImGui::TreePop();
    }
    ImGui::EndChild();
}

}  // namespace wb::ui

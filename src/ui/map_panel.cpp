// The map panel: what to show (indicator, level, boundaries or tiles, classification), the
// rendered map image, mouse and keyboard navigation, hover tooltip, click to select and
// double-click to drill down, outlines of the hovered and selected areas, and the legend (always
// visible).
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "core/date_format.h"
#include "core/number_format.h"
#include "render/color_ramp.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "ui/window_placement.h"
#include "views/strings.h"

namespace wb::ui {
namespace {

constexpr double kKeyboardPanPixelsPerSecond = 500.0;
constexpr double kWheelZoomStep = 1.2;
constexpr float kLegendPadding = 8.0f;
constexpr float kLegendMargin = 12.0f;
constexpr float kSwatchSize = 14.0f;

ImVec2 toImVec(glm::dvec2 v) { return ImVec2(static_cast<float>(v.x), static_cast<float>(v.y)); }

const char* indicatorName(const IndicatorInfo& info) {
    return currentLanguage() == Language::Dutch ? info.nameNl.c_str() : info.nameEn.c_str();
}

const char* indicatorUnit(const IndicatorInfo& info) {
    return currentLanguage() == Language::Dutch ? info.unitNl.c_str() : info.unitEn.c_str();
}

// The unit of what the map colours: the indicator's, or "per 1,000 residents" for a rate.
const char* shownUnit(const MapModel& map) {
    return map.showsRate() ? tr(Text::UnitPerThousandResidents) : indicatorUnit(map.indicator);
}

int decimalsFor(const Classification& classes) { return std::max(std::abs(classes.max), std::abs(classes.min)) >= 100 ? 0 : 1; }

std::string formatValue(const MapModel& map, double value) {
    if (map.indicator.isCountOfPeople && !map.showsRate()) return formatPeopleCount(value, currentLanguage());
    return formatNumber(value, decimalsFor(map.classes), currentLanguage());
}

// Draws the edges of one feature (hexagon or boundary rings) over the map image.
void outlineFeature(ImDrawList* draw, const AppState& state, size_t feature, ImU32 colour, float thickness) {
    const geo::FeatureMesh& mesh = state.map.mesh;
    if (feature + 1 >= mesh.outlineOffsets.size()) return;
    for (uint32_t s = mesh.outlineOffsets[feature]; s < mesh.outlineOffsets[feature + 1]; ++s) {
        const uint32_t a = mesh.outlineIndices[2 * static_cast<size_t>(s)];
        const uint32_t b = mesh.outlineIndices[2 * static_cast<size_t>(s) + 1];
        draw->AddLine(toImVec(state.mapRect.min + state.view.worldToScreen(mesh.vertex(a))),
                      toImVec(state.mapRect.min + state.view.worldToScreen(mesh.vertex(b))), colour, thickness);
    }
}

void levelUp(AppState& state);

void fitWholeMap(AppState& state) {
    state.fitTarget.reset();
    state.viewFitted = false;
}

void handleInput(AppState& state) {
    ImGuiIO& io = ImGui::GetIO();
    const glm::dvec2 mouse = glm::dvec2(io.MousePos.x, io.MousePos.y) - state.mapRect.min;
    const bool hovered = ImGui::IsItemHovered();

    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
        state.view.panByPixels({io.MouseDelta.x, io.MouseDelta.y});
    }
    if (hovered && io.MouseWheel != 0.0f) state.view.zoomAt(mouse, std::pow(kWheelZoomStep, io.MouseWheel));
    if (state.pinchZoom != 1.0 && state.mapRect.contains(state.pinchCentre)) {
        state.view.zoomAt(state.pinchCentre - state.mapRect.min, state.pinchZoom);
    }
    // A click that did not drag selects the area under the mouse (or clears the selection); a
    // double click drills down into it (a region shows its municipalities, and so on).
    // A double click drills down (once: SDL counts the clicks of each press, so a third click is
    // not a second double click); the presses of a double click never count as clicks that select.
    if (hovered && state.pointerDoubleClicked) {
        if (const auto feature = state.map.featureAt(state.view.screenToWorld(mouse))) {
            state.drillDown(state.map.areas[*feature].code);
            return;
        }
    }
    if (ImGui::IsItemDeactivated() && state.lastPressClicks >= 2) {
        // the release that ends a double (or triple) click
    } else if (ImGui::IsItemDeactivated() && io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 4.0f && hovered &&
               state.care.pick != MapPick::None) {
        state.care.pickedKm = state.view.screenToWorld(mouse);  // a care tab asked for a place (views/care_view.h)
    } else if (ImGui::IsItemDeactivated() && io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < 4.0f && hovered) {
        const auto feature = state.map.featureAt(state.view.screenToWorld(mouse));
        const std::string code = feature ? state.map.areas[*feature].code : "";
        state.select(code == state.selectedCode ? "" : code);
    }

    state.hovered.reset();
    if (hovered && !ImGui::IsMouseDragging(ImGuiMouseButton_Left, 2.0f)) {
        state.hovered = state.map.featureAt(state.view.screenToWorld(mouse));
    }

    // Keyboard, when the map has focus (click on it, or reach it with Tab / Ctrl+Tab).
    if (!ImGui::IsWindowFocused() || io.WantTextInput) return;
    const double step = kKeyboardPanPixelsPerSecond * io.DeltaTime;
    glm::dvec2 pan{0, 0};
    if (ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_LeftArrow))) pan.x += step;
    if (ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_RightArrow))) pan.x -= step;
    if (ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) pan.y += step;
    if (ImGui::IsKeyDown(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) pan.y -= step;
    if (pan != glm::dvec2(0, 0)) state.view.panByPixels(pan);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Home))) fitWholeMap(state);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) && state.map.featureByCode.count(state.selectedCode)) {
        state.drillDown(state.selectedCode);
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace))) levelUp(state);
    for (ImWchar c : io.InputQueueCharacters) {
        const glm::dvec2 centre = state.view.viewport() * 0.5;
        if (c == '+' || c == '=') state.view.zoomAt(centre, kWheelZoomStep);
        if (c == '-' || c == '_') state.view.zoomAt(centre, 1.0 / kWheelZoomStep);
        if (c == '0') fitWholeMap(state);
        if (c == 'z' || c == 'Z') state.zoomToSelection();
    }
}

void drawTooltip(const AppState& state, size_t feature) {
    const MapModel& map = state.map;
    const Area& area = map.areas[feature];
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(area.name.c_str());
    ImGui::Separator();
    ImGui::Text("%s: %s", tr(Text::TooltipCode), area.code.c_str());
    const std::pair<AreaLevel, Text> ancestors[] = {{AreaLevel::Municipality, Text::TooltipMunicipality},
                                                    {AreaLevel::SafetyRegion, Text::TooltipSafetyRegion},
                                                    {AreaLevel::Province, Text::TooltipProvince}};
    for (const auto& [level, label] : ancestors) {
        if (level == area.level) continue;
        if (const Area* up = state.areas.ancestorAt(area, level)) ImGui::Text("%s: %s", tr(label), up->name.c_str());
    }
    const auto& count = map.counts[feature];
    if (map.indicator.isCountOfPeople) {  // the count itself, suppressed when small
        ImGui::Text("%s: %s %s", indicatorName(map.indicator),
                    count ? formatPeopleCount(*count, currentLanguage()).c_str() : tr(Text::LegendNoData),
                    count ? indicatorUnit(map.indicator) : "");
    } else {
        ImGui::Text("%s: %s %s", indicatorName(map.indicator),
                    count ? formatValue(map, *count).c_str() : tr(Text::LegendNoData), count ? indicatorUnit(map.indicator) : "");
    }
    if (map.showsRate() && map.values[feature] && !map.isSuppressed(feature)) {
        ImGui::Text("%s: %s", tr(Text::PerThousandResidents), formatValue(map, *map.values[feature]).c_str());
    }
    const auto residents = state.areas.residents(area.code);
    if (map.indicator.id != "population" && residents) {
        ImGui::Text("%s: %s", tr(Text::ColumnResidents), formatNumber(*residents, 0, currentLanguage()).c_str());
    }
    ImGui::EndTooltip();
}

// Class ranges as "from - to", the first as "< b0" and the last as ">= bN".
std::string classLabel(const MapModel& map, int index) {
    const auto& b = map.classes.breaks;
    const int n = map.classes.classCount();
    if (n == 1) return formatValue(map, map.classes.min) + " – " + formatValue(map, map.classes.max);
    if (index == 0) return "< " + formatValue(map, b[0]);
    if (index == n - 1) return "≥ " + formatValue(map, b[static_cast<size_t>(n) - 2]);
    return formatValue(map, b[static_cast<size_t>(index) - 1]) + " – " + formatValue(map, b[static_cast<size_t>(index)]);
}

enum class LegendEntry { Class, Suppressed, NoData };

struct Legend {
    std::string title;
    std::string source;
    std::vector<std::string> labels;  // one per class, then "suppressed" and "no data" when they occur
    std::vector<LegendEntry> kinds;
    int classCount = 0;
    render::Ramp ramp = render::Ramp::Sequential;
    ImVec2 size;
};

Legend layoutLegend(const MapModel& map) {
    Legend legend;
    legend.classCount = map.classes.classCount();
    legend.ramp = map.ramp();
    legend.title = std::string(indicatorName(map.indicator)) + " (" + shownUnit(map) + ")";
    legend.source = std::string(tr(Text::LegendSource)) + ": " + map.indicator.source;
    for (int i = 0; i < legend.classCount; ++i) {
        legend.labels.push_back(classLabel(map, i));
        legend.kinds.push_back(LegendEntry::Class);
    }
    if (map.anySuppressed()) {
        legend.labels.push_back(tr(Text::LegendSuppressed));
        legend.kinds.push_back(LegendEntry::Suppressed);
    }
    if (map.anyMissing()) {
        legend.labels.push_back(tr(Text::LegendNoData));
        legend.kinds.push_back(LegendEntry::NoData);
    }

    const float line = ImGui::GetTextLineHeightWithSpacing();
    float width = std::max(ImGui::CalcTextSize(legend.title.c_str()).x, ImGui::CalcTextSize(legend.source.c_str()).x);
    for (const auto& l : legend.labels) width = std::max(width, kSwatchSize + 8 + ImGui::CalcTextSize(l.c_str()).x);
    legend.size = ImVec2(width + kLegendPadding * 2, line * static_cast<float>(legend.labels.size() + 2) + kLegendPadding * 2);
    return legend;
}

void drawLegend(const Legend& legend, ImVec2 min, ImDrawList* draw) {
    const ImVec2 max(min.x + legend.size.x, min.y + legend.size.y);
    draw->AddRectFilled(min, max, IM_COL32(255, 255, 255, 235), 4.0f);
    draw->AddRect(min, max, IM_COL32(120, 130, 140, 255), 4.0f);

    const float line = ImGui::GetTextLineHeightWithSpacing();
    ImVec2 at(min.x + kLegendPadding, min.y + kLegendPadding);
    const ImU32 text = IM_COL32(20, 24, 28, 255);
    draw->AddText(at, text, legend.title.c_str());
    at.y += line;
    for (size_t i = 0; i < legend.labels.size(); ++i) {
        const LegendEntry kind = legend.kinds[i];
        const render::Rgb c = kind == LegendEntry::NoData       ? render::kNoDataColour
                              : kind == LegendEntry::Suppressed ? render::kSuppressedColour
                                                                : render::rampColour(legend.ramp, static_cast<int>(i), legend.classCount);
        const ImVec2 s0(at.x, at.y + (line - kSwatchSize) * 0.5f - 1);
        draw->AddRectFilled(s0, ImVec2(s0.x + kSwatchSize, s0.y + kSwatchSize), render::packRgba(c));
        if (kind == LegendEntry::Suppressed) {  // the same stripes as on the map
            draw->PushClipRect(s0, ImVec2(s0.x + kSwatchSize, s0.y + kSwatchSize), true);
            for (float d = -kSwatchSize; d < kSwatchSize; d += 5.0f) {
                draw->AddLine(ImVec2(s0.x + d, s0.y + kSwatchSize), ImVec2(s0.x + d + kSwatchSize, s0.y),
                              render::packRgba(render::kSuppressedHatchColour), 1.5f);
            }
            draw->PopClipRect();
        }
        draw->AddRect(s0, ImVec2(s0.x + kSwatchSize, s0.y + kSwatchSize), IM_COL32(90, 90, 90, 255));
        draw->AddText(ImVec2(at.x + kSwatchSize + 8, at.y), text, legend.labels[i].c_str());
        at.y += line;
    }
    draw->AddText(at, IM_COL32(70, 78, 86, 255), legend.source.c_str());
}

// A labelled combo box, on the current row when it fits (with `keepRoomFor` more pixels after
// it); its anchor is `anchor`, each choice `anchor.<index>` (for tests).
// Continues the row of controls when `width` more pixels fit, else starts a new row.
void continueRow(float width) {
    ImGui::SameLine(0, 16);
    if (ImGui::GetContentRegionAvail().x < width) {
        ImGui::NewLine();
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 8);
    }
}

template <typename T, typename Label>
bool chooseFrom(const char* label, const std::string& anchor, float width, const std::vector<T>& choices, T& current,
                Label labelOf, float keepRoomFor = 0) {
    continueRow(ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x + width + keepRoomFor);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(width);
    bool changed = false;
    const std::string id = "##" + anchor;
    const bool open = ImGui::BeginCombo(id.c_str(), labelOf(current).c_str());
    anchorLastItem(anchor);
    if (open) {
        for (size_t i = 0; i < choices.size(); ++i) {
            const bool selected = choices[i] == current;
            if (ImGui::Selectable((labelOf(choices[i]) + "##" + std::to_string(i)).c_str(), selected) && !selected) {
                current = choices[i];
                changed = true;
            }
            anchorLastItem(anchor + "." + std::to_string(i));
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    return changed;
}

// What the map shows: the indicator (every indicator with values at the level, imported ones
// too), the level, boundaries or tiles (when both exist), and how values are put into classes.
void drawMapControls(AppState& state) {
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + 8, ImGui::GetCursorPosY() + 4));
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Text::MapIndicator));
    ImGui::SameLine();
    const float em = ImGui::GetFontSize();  // widths in font sizes: they grow with the text size setting
    ImGui::SetNextItemWidth(15 * em);
    const bool indicatorOpen = ImGui::BeginCombo("##indicator", indicatorName(state.map.indicator));
    anchorLastItem("map.indicator");
    if (indicatorOpen) {
        for (size_t i = 0; i < state.indicators.size(); ++i) {
            const IndicatorInfo& info = state.indicators[i];
            const bool selected = info.id == state.map.indicator.id;
            const std::string label = std::string(indicatorName(info)) + "##" + info.id;
            if (ImGui::Selectable(label.c_str(), selected) && !selected) state.showIndicator(info.id);
            anchorLastItem("map.indicator." + info.id);
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }

    MapSettings settings = state.map.settings;
    const std::vector<AreaLevel> levels = mapLevels(state.areas);
    if (chooseFrom(tr(Text::MapLevel), "map.level", 9 * em, levels, settings.level,
                   [](AreaLevel l) { return std::string(tr(levelText(l, true))); })) {
        state.showMap(settings);
        state.zoomToSelection();
        return;
    }
    if (state.map.hasBoundaries && state.map.hasTiles) {
        continueRow(ImGui::CalcTextSize(tr(Text::ShapeBoundaries)).x + ImGui::CalcTextSize(tr(Text::ShapeTiles)).x +
                    4 * ImGui::GetFrameHeight());
        const std::pair<MapShape, Text> shapes[] = {{MapShape::Boundaries, Text::ShapeBoundaries},
                                                    {MapShape::Tiles, Text::ShapeTiles}};
        for (const auto& [shape, label] : shapes) {
            if (ImGui::RadioButton(tr(label), state.map.shape == shape) && state.map.shape != shape) {
                settings.shape = shape;
                state.showMap(settings);
                state.viewFitted = false;
            }
            anchorLastItem(shape == MapShape::Boundaries ? "map.shape.boundaries" : "map.shape.tiles");
            if (shape == MapShape::Boundaries) ImGui::SameLine();
        }
    }
    const std::vector<ClassMethod> methods = {ClassMethod::Quantiles, ClassMethod::EqualIntervals,
                                              ClassMethod::NaturalBreaks};
    if (chooseFrom(tr(Text::MapClassification), "map.method", 9.5f * em, methods, settings.method,
                   [](ClassMethod m) { return std::string(tr(methodText(m))); }, 7 * em)) {  // room for the count
        state.reclassify(settings.method, settings.classCount);
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(6.5f * em);
    char current[32];
    std::snprintf(current, sizeof current, tr(Text::ClassCountFormat), settings.classCount);
    const bool countOpen = ImGui::BeginCombo("##classes", current);
    anchorLastItem("map.classes");
    if (countOpen) {
        for (int n = kMinClassCount; n <= kMaxClassCount; ++n) {
            char label[32];
            std::snprintf(label, sizeof label, tr(Text::ClassCountFormat), n);
            if (ImGui::Selectable(label, n == settings.classCount)) state.reclassify(settings.method, n);
            anchorLastItem("map.classes." + std::to_string(n));
        }
        ImGui::EndCombo();
    }
    if (state.map.indicator.isCountOfPeople) {
        continueRow(ImGui::CalcTextSize(tr(Text::PerThousandResidents)).x + 2 * ImGui::GetFrameHeight());
        bool rate = state.map.settings.perThousandResidents;
        if (ImGui::Checkbox(tr(Text::PerThousandResidents), &rate)) state.showRate(rate);
        anchorLastItem("map.rate");
    }
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 4);
}

// "Bevolkingsdichtheid · Gemeenten · Groningen · 28-11-2026"
std::string mapImageTitle(const AppState& state) {
    std::string title = std::string(indicatorName(state.map.indicator)) + " · " + tr(levelText(state.map.settings.level, true));
    if (const Area* selected = state.areas.find(state.selectedCode)) title += " · " + selected->name;
    return title + " · " + formatDate(todayIsoDate(), currentLanguage());
}

void levelUp(AppState& state) {
    const auto levels = mapLevels(state.areas);
    const auto at = std::find(levels.begin(), levels.end(), state.map.settings.level);
    if (at == levels.begin() || at == levels.end()) return;
    MapSettings coarser = state.map.settings;
    coarser.level = *(at - 1);
    state.showMap(coarser);
    state.zoomToSelection();
}

}  // namespace

void drawMapPanel(AppState& state, render::MapRenderer& renderer, MapOverlays& overlays, ScreenRect rect) {
    placeNextWindow(rect);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    const std::string title =
        std::string(tr(Text::PanelMap)) + ": " + indicatorName(state.map.indicator) + "###map";
    const bool visible =
        ImGui::Begin(title.c_str(), nullptr, kPanelFlags | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    if (!visible) {
        ImGui::End();
        return;
    }
    drawMapControls(state);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    state.mapRect = {{origin.x, origin.y}, {std::max(avail.x, 1.0f), std::max(avail.y, 1.0f)}};
    state.view.setViewport(state.mapRect.size);
    const Legend legend = layoutLegend(state.map);
    if (!state.viewFitted) {
        if (state.restoreView) {
            state.view.show(state.restoreView->first, state.restoreView->second);
            state.restoreView.reset();
        } else {
            const geo::Bounds whole{state.map.mesh.boundsMin, state.map.mesh.boundsMax};
            const geo::Bounds target = state.fitTarget.value_or(whole);
            state.view.fit(target.min, target.max, 0.03, legend.size.x + kLegendMargin);
        }
        state.viewFitted = true;
    }

    ImGui::InvisibleButton("##mapcanvas", toImVec(state.mapRect.size));
    handleInput(state);

    // A new database, level or shape: upload the triangles once. Zooming far enough in or out
    // swaps in the boundaries' mesh for that scale (coarser when the areas are small on screen).
    const int meshLevel = state.map.drawLevel(state.view.kmPerPixel());
    if (state.meshDirty || meshLevel != state.drawnMeshLevel) {
        renderer.setMesh(state.map.meshAtLevel(meshLevel));
        renderer.setOutlines(state.map.shape == MapShape::Boundaries);
        state.drawnMeshLevel = meshLevel;
        state.coloursDirty |= state.meshDirty;  // the same features keep their colours
        state.meshDirty = false;
    }
    if (state.coloursDirty) {
        renderer.setFeatureColours(state.map.featureColours(state.areas, state.selectedCode));
        state.coloursDirty = false;
    }
    const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
    renderer.render(state.view, {static_cast<int>(std::lround(state.mapRect.size.x * scale.x)),
                                 static_cast<int>(std::lround(state.mapRect.size.y * scale.y))});

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 end(origin.x + static_cast<float>(state.mapRect.size.x), origin.y + static_cast<float>(state.mapRect.size.y));
    // The offscreen texture is bottom-up (GL convention): flip it with the texture coordinates.
    draw->AddImage(reinterpret_cast<ImTextureID>(static_cast<intptr_t>(renderer.texture())), origin, end,
                   ImVec2(0, 1), ImVec2(1, 0));
    drawMapOverlays(state, overlays, renderer);
    draw->PushClipRect(origin, end, true);
    const auto selected = state.map.featureByCode.find(state.selectedCode);
    if (selected != state.map.featureByCode.end()) {
        outlineFeature(draw, state, selected->second, IM_COL32(255, 255, 255, 255), 5.0f);
        outlineFeature(draw, state, selected->second, IM_COL32(200, 30, 60, 255), 2.5f);
    }
    const auto highlight = state.hovered ? state.hovered : state.listHovered;
    if (highlight && !state.drawingMapImage) outlineFeature(draw, state, *highlight, IM_COL32(20, 20, 20, 255), 2.0f);
    // Top left, under the hint line: that corner is North Sea on a map of the Netherlands.
    drawLegend(legend, ImVec2(origin.x + kLegendMargin, origin.y + kLegendMargin + ImGui::GetTextLineHeightWithSpacing()), draw);
    if (state.drawingMapImage) {
        // A picture for a report: what the map shows, where and when, in place of the usage hints.
        const std::string title = mapImageTitle(state);
        draw->AddText(ImGui::GetFont(), ImGui::GetFontSize() * 1.15f, ImVec2(origin.x + 12, origin.y + 6),
                      IM_COL32(20, 24, 28, 255), title.c_str());
    } else {
        draw->AddText(ImVec2(origin.x + 12, origin.y + 8), IM_COL32(60, 70, 80, 255),
                      tr(state.map.shape == MapShape::Tiles ? Text::MapHintTiles : Text::MapHintBoundaries));
    }
    draw->PopClipRect();
    state.listHovered.reset();

    if (state.hovered && !state.drawingMapImage) drawTooltip(state, *state.hovered);
    ImGui::End();
}

}  // namespace wb::ui

// The layers panel: a collapsible box at the map's top right with a checkbox per point layer
// (with its symbols as a legend), coverage rings and their radius, and the heat map (on/off,
// source, bandwidth, opacity, its colour legend). A child of the map window, so it stays above the
// map and the map does not see the mouse while it is over the panel.
#include <imgui.h>

#include <cmath>
#include <string>

#include "render/heat_ramp.h"
#include "ui/map_overlays.h"
#include "ui/panels.h"
#include "ui/test_anchors.h"
#include "views/strings.h"

namespace wb::ui {
namespace {

constexpr float kPanelWidth = 330.0f;
constexpr float kPanelMargin = 10.0f;
constexpr float kSwatch = 14.0f;

// The shapes of shaders/point_symbol.frag, approximated with ImGui primitives for the legend.
void drawSymbol(ImDrawList* draw, ImVec2 c, float size, const PointCategory& category) {
    const ImU32 fill = render::packRgba(category.colour);
    const ImU32 edge = IM_COL32(31, 31, 36, 255);
    const float r = size * 0.5f;
    const auto polygon = [&](std::initializer_list<ImVec2> corners) {
        std::vector<ImVec2> points;
        for (const ImVec2& p : corners) points.emplace_back(c.x + p.x * r, c.y + p.y * r);
        draw->AddConvexPolyFilled(points.data(), static_cast<int>(points.size()), fill);
        draw->AddPolyline(points.data(), static_cast<int>(points.size()), edge, ImDrawFlags_Closed, 1.2f);
    };
    const auto bar = [&](ImVec2 a, ImVec2 b, float width) {
        draw->AddLine(ImVec2(c.x + a.x * r, c.y + a.y * r), ImVec2(c.x + b.x * r, c.y + b.y * r), edge, width + 2.4f);
        draw->AddLine(ImVec2(c.x + a.x * r, c.y + a.y * r), ImVec2(c.x + b.x * r, c.y + b.y * r), fill, width);
    };
    switch (category.shape) {
        case SymbolShape::Square: polygon({{-0.82f, -0.82f}, {0.82f, -0.82f}, {0.82f, 0.82f}, {-0.82f, 0.82f}}); break;
        case SymbolShape::TriangleUp: polygon({{0, -1}, {0.95f, 0.75f}, {-0.95f, 0.75f}}); break;
        case SymbolShape::TriangleDown: polygon({{-0.95f, -0.75f}, {0.95f, -0.75f}, {0, 1}}); break;
        case SymbolShape::Diamond: polygon({{0, -1}, {1, 0}, {0, 1}, {-1, 0}}); break;
        case SymbolShape::Hexagon: polygon({{0, -1}, {0.87f, -0.5f}, {0.87f, 0.5f}, {0, 1}, {-0.87f, 0.5f}, {-0.87f, -0.5f}}); break;
        case SymbolShape::Plus:
            bar({-1, 0}, {1, 0}, r * 0.6f);
            bar({0, -1}, {0, 1}, r * 0.6f);
            break;
        case SymbolShape::Cross:
            bar({-0.75f, -0.75f}, {0.75f, 0.75f}, r * 0.5f);
            bar({-0.75f, 0.75f}, {0.75f, -0.75f}, r * 0.5f);
            break;
        case SymbolShape::Star: {
            std::vector<ImVec2> points;
            for (int i = 0; i < 10; ++i) {
                const float angle = -1.5707963f + i * 0.6283185f;
                const float radius = (i % 2 ? 0.45f : 1.05f) * r;
                points.emplace_back(c.x + std::cos(angle) * radius, c.y + std::sin(angle) * radius);
            }
            // Not convex: a fan of triangles from the centre fills it.
            for (int i = 0; i < 10; ++i) draw->AddTriangleFilled(c, points[i], points[(i + 1) % 10], fill);
            draw->AddPolyline(points.data(), 10, edge, ImDrawFlags_Closed, 1.2f);
            break;
        }
        case SymbolShape::Ring:
            draw->AddCircle(c, r * 0.72f, edge, 0, r * 0.56f + 2.4f);
            draw->AddCircle(c, r * 0.72f, fill, 0, r * 0.56f);
            break;
        case SymbolShape::Circle:
            draw->AddCircleFilled(c, r, fill);
            draw->AddCircle(c, r, edge, 0, 1.2f);
            break;
    }
}

// Leaves room for a symbol before the next item and draws it there.
void symbolThenSameLine(const PointCategory& category) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetFrameHeight();
    drawSymbol(ImGui::GetWindowDrawList(), ImVec2(at.x + kSwatch * 0.5f + 2, at.y + line * 0.5f), kSwatch, category);
    ImGui::Dummy(ImVec2(kSwatch + 4, line));
    ImGui::SameLine();
}

struct LayerRow {
    PointLayerId id;
    Text label;
    const char* anchor;
};

constexpr LayerRow kLayerRows[] = {
    {PointLayerId::VulnerableObjects, Text::LayerVulnerableObjects, "layers.vulnerable"},
    {PointLayerId::ResiliencePoints, Text::LayerResiliencePoints, "layers.resilience"},
    {PointLayerId::FireStations, Text::LayerFireStations, "layers.fire"},
};

void drawLayerToggles(PointLayers& layers) {
    for (const LayerRow& row : kLayerRows) {
        const auto& members = layers.members(row.id);
        // A layer of one category shows its symbol beside the checkbox; a mixed one lists them below.
        int only = -1;
        for (size_t c = 0; c < layers.categories().size(); ++c) {
            if (layers.categories()[c].layer != row.id) continue;
            only = only == -1 ? static_cast<int>(c) : -2;
        }
        if (only >= 0) symbolThenSameLine(layers.categories()[static_cast<size_t>(only)]);
        bool on = layers.visible(row.id);
        const std::string label = std::string(tr(row.label)) + " (" + std::to_string(members.size()) + ")";
        if (ImGui::Checkbox(label.c_str(), &on)) layers.setVisible(row.id, on);
        anchorLastItem(row.anchor);
        if (only == -2 && on) {
            ImGui::Indent();
            for (size_t c = 0; c < layers.categories().size(); ++c) {
                if (layers.categories()[c].layer != row.id) continue;
                symbolThenSameLine(layers.categories()[c]);
                ImGui::AlignTextToFramePadding();
                ImGui::TextUnformatted(layers.categoryLabel(static_cast<int>(c), currentLanguage()).c_str());
            }
            ImGui::Unindent();
        }
    }
}

void drawCoverageControls(PointLayers& layers) {
    ImGui::Checkbox(tr(Text::LayersCoverage), &layers.showCoverage);
    anchorLastItem("layers.coverage");
    if (!layers.showCoverage) return;
    float radius = static_cast<float>(layers.coverageRadiusKm);
    ImGui::SetNextItemWidth(-1);
    const std::string format = std::string(tr(Text::LayersCoverageRadius)) + ": %.2f";
    if (ImGui::SliderFloat("##coverage.radius", &radius, float(kMinCoverageKm), float(kMaxCoverageKm), format.c_str(),
                           ImGuiSliderFlags_Logarithmic)) {
        layers.coverageRadiusKm = radius;
    }
    anchorLastItem("layers.coverage.radius");
}

std::string heatSourceLabel(const PointLayers& layers, const HeatSource& source) {
    switch (source.kind) {
        case HeatSource::Kind::Layer:
            for (const LayerRow& row : kLayerRows) {
                if (static_cast<int>(row.id) == source.index) return tr(row.label);
            }
            break;
        case HeatSource::Kind::Category: return "  " + layers.categoryLabel(source.index, currentLanguage());
        case HeatSource::Kind::AreaCounts: return tr(Text::HeatSourceAreas);
    }
    return {};
}

// Low to high along the ramp, with what the ends mean.
void drawHeatLegend() {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    constexpr int kSteps = 32;
    for (int i = 0; i < kSteps; ++i) {
        const float x0 = at.x + width * i / kSteps, x1 = at.x + width * (i + 1) / kSteps;
        draw->AddRectFilled(ImVec2(x0, at.y), ImVec2(x1 + 0.5f, at.y + 10), render::packRgba(render::heatColour((i + 0.5) / kSteps)));
    }
    ImGui::Dummy(ImVec2(width, 12));
    ImGui::TextUnformatted(tr(Text::HeatLegendLow));
    const float highWidth = ImGui::CalcTextSize(tr(Text::HeatLegendHigh)).x;
    ImGui::SameLine(std::max(0.0f, ImGui::GetWindowContentRegionMax().x - highWidth));
    ImGui::TextUnformatted(tr(Text::HeatLegendHigh));
}

void drawHeatControls(AppState& state, bool halfFloat) {
    PointLayers& layers = state.layers;
    HeatSettings& heat = layers.heat;
    ImGui::Checkbox(tr(Text::HeatOn), &heat.on);
    anchorLastItem("layers.heat");
    if (!heat.on) return;
    const std::vector<HeatSource> sources = layers.heatSources();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(tr(Text::HeatSourceLabel));
    ImGui::SameLine();
    ImGui::SetNextItemWidth(-1);
    const bool open = ImGui::BeginCombo("##heat.source", heatSourceLabel(layers, heat.source).c_str());
    anchorLastItem("layers.heat.source");
    if (open) {
        const bool areasUsable = PointLayers::areaCountsAvailable(state.map);
        for (size_t i = 0; i < sources.size(); ++i) {
            const bool usable = sources[i].kind != HeatSource::Kind::AreaCounts || areasUsable;
            const bool selected = sources[i] == heat.source;
            const std::string label = heatSourceLabel(layers, sources[i]) + "##" + std::to_string(i);
            if (ImGui::Selectable(label.c_str(), selected, usable ? 0 : ImGuiSelectableFlags_Disabled)) heat.source = sources[i];
            anchorLastItem("layers.heat.source." + std::to_string(i));
            if (!usable && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tr(Text::HeatSourceAreasUnavailable));
        }
        ImGui::EndCombo();
    }
    float bandwidth = static_cast<float>(heat.bandwidthKm);
    ImGui::SetNextItemWidth(-1);
    const std::string bandwidthFormat = std::string(tr(Text::HeatBandwidth)) + ": %.2f";
    if (ImGui::SliderFloat("##heat.bandwidth", &bandwidth, float(kMinBandwidthKm), float(kMaxBandwidthKm),
                           bandwidthFormat.c_str(), ImGuiSliderFlags_Logarithmic)) {
        heat.bandwidthKm = bandwidth;
    }
    anchorLastItem("layers.heat.bandwidth");
    ImGui::SetNextItemWidth(-1);
    const std::string opacityFormat = std::string(tr(Text::HeatOpacity)) + ": %.2f";
    ImGui::SliderFloat("##heat.opacity", &heat.opacity, 0.1f, 1.0f, opacityFormat.c_str());
    anchorLastItem("layers.heat.opacity");
    drawHeatLegend();
    if (!halfFloat) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(ImVec4(0.6f, 0.3f, 0.0f, 1.0f), "%s", tr(Text::HeatLowPrecision));
        ImGui::PopTextWrapPos();
    }
}

}  // namespace

void drawLayersPanel(AppState& state, MapOverlays& overlays) {
    // The panel's height is what its content took last frame (ImGui 1.86 children cannot size
    // themselves); kept in the window's state storage.
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID heightKey = ImGui::GetID("##layers.height");
    const float lastHeight = storage->GetFloat(heightKey, ImGui::GetFrameHeightWithSpacing() + 16);
    // Below the map's hint line, which runs across the top (as the legend on the left does).
    const float top = kPanelMargin + ImGui::GetTextLineHeightWithSpacing();
    const float height = std::min(lastHeight, static_cast<float>(state.mapRect.size.y) - top - kPanelMargin);
    const ImVec2 keep = ImGui::GetCursorPos();
    ImGui::SetCursorScreenPos(ImVec2(static_cast<float>(state.mapRect.min.x + state.mapRect.size.x) - kPanelWidth - kPanelMargin,
                                     static_cast<float>(state.mapRect.min.y) + top));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(255, 255, 255, 240));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8, 6));
    ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 4.0f);
    ImGui::BeginChild("##layers", ImVec2(kPanelWidth, height), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    const bool open = ImGui::CollapsingHeader(tr(Text::PanelLayers));
    anchorLastItem("layers.header");
    if (open) {
        drawLayerToggles(state.layers);
        drawCoverageControls(state.layers);
        ImGui::Separator();
        drawHeatControls(state, overlays.heat().halfFloat());
    }
    storage->SetFloat(heightKey, ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y - ImGui::GetStyle().ItemSpacing.y);
    ImGui::EndChild();
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    ImGui::SetCursorPos(keep);
}

}  // namespace wb::ui

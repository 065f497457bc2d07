// What the map draws over its areas: point layers with coverage rings, and the density heat map.
// The renderers live here with what was last uploaded to them, so a frame only uploads what
// changed (new clusters at a new zoom, another heat map source). main.cpp owns one.
#pragma once

#include <string>

#include <glm/vec2.hpp>

#include "render/heatmap_renderer.h"
#include "render/point_renderer.h"
#include "render/render_target.h"

namespace wb::ui {

struct MapOverlays {
    render::PointRenderer points;
    render::HeatmapRenderer heat;
    long uploadedSymbols = -1;     // PointLayers::symbolsVersion() of the symbols and rings uploaded
    bool uploadedCoverage = false; // whether the rings uploaded were on
    std::string uploadedHeatKey;   // PointLayers::heatPointsKey() of the heat points uploaded

    // The map renderer leaves its output alone on frames where the areas did not change, so what
    // was drawn over it last frame would still be there: a copy of the bare areas is kept and put
    // back before the overlays are drawn again (one framebuffer copy per frame while they are on).
    struct BareMapKey {
        long redraws = -1;
        glm::dvec2 centre{0, 0};
        double kmPerPixel = 0;
        glm::ivec2 size{0, 0};
        bool operator==(const BareMapKey& o) const {
            return redraws == o.redraws && centre == o.centre && kmPerPixel == o.kmPerPixel && size == o.size;
        }
    };
    render::RenderTarget bareMap;
    BareMapKey bareMapKey;
    bool overlaidLastFrame = false;
};

}  // namespace wb::ui

#include "geo/map_view.h"

#include <algorithm>

namespace wb::geo {

void MapView::fit(glm::dvec2 boxMin, glm::dvec2 boxMax, double margin, double reservedLeftPixels) {
    // Never reserve so much that the map would get less than half the width.
    const double reserved = std::clamp(reservedLeftPixels, 0.0, viewport_.x * 0.5);
    const glm::dvec2 usable = glm::dvec2(viewport_.x - reserved, viewport_.y) * (1.0 - 2.0 * margin);
    const glm::dvec2 size = glm::max(boxMax - boxMin, glm::dvec2(1e-9));
    kmPerPixel_ = std::clamp(std::max(size.x / std::max(usable.x, 1.0), size.y / std::max(usable.y, 1.0)),
                             kMinKmPerPixel, kMaxKmPerPixel);
    // The box centre goes to the middle of the free part, i.e. reserved/2 pixels right of centre.
    centre_ = (boxMin + boxMax) * 0.5 - glm::dvec2(reserved * 0.5 * kmPerPixel_, 0.0);
}

void MapView::show(glm::dvec2 centre, double kmPerPixel) {
    centre_ = centre;
    kmPerPixel_ = std::clamp(kmPerPixel, kMinKmPerPixel, kMaxKmPerPixel);
}

void MapView::panByPixels(glm::dvec2 deltaPixels) {
    centre_ -= glm::dvec2(deltaPixels.x, -deltaPixels.y) * kmPerPixel_;
}

void MapView::zoomAt(glm::dvec2 anchorPixels, double factor) {
    const glm::dvec2 before = screenToWorld(anchorPixels);
    kmPerPixel_ = std::clamp(kmPerPixel_ / factor, kMinKmPerPixel, kMaxKmPerPixel);
    const glm::dvec2 after = screenToWorld(anchorPixels);
    centre_ += before - after;
}

glm::dvec2 MapView::screenToWorld(glm::dvec2 p) const {
    const glm::dvec2 fromCentre = p - viewport_ * 0.5;
    return centre_ + glm::dvec2(fromCentre.x, -fromCentre.y) * kmPerPixel_;
}

glm::dvec2 MapView::worldToScreen(glm::dvec2 w) const {
    const glm::dvec2 d = (w - centre_) / kmPerPixel_;
    return viewport_ * 0.5 + glm::dvec2(d.x, -d.y);
}

glm::mat4 MapView::worldToClip() const {
    // x_clip = (x - cx) / (kmPerPixel * w/2), same for y; computed in double, handed over as float.
    const double sx = 2.0 / (kmPerPixel_ * viewport_.x);
    const double sy = 2.0 / (kmPerPixel_ * viewport_.y);
    glm::mat4 m(1.0f);
    m[0][0] = static_cast<float>(sx);
    m[1][1] = static_cast<float>(sy);
    m[3][0] = static_cast<float>(-centre_.x * sx);
    m[3][1] = static_cast<float>(-centre_.y * sy);
    return m;
}

}  // namespace wb::geo

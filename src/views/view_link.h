// The map's view as the fragment of the page address ("#level=municipality&indicator=..."), so a
// copied link reopens the same map: level, shape, indicator, classification, selection, centre and
// zoom. The fragment never leaves the browser (no request), which suits a page without a server;
// it also works for a file:// page on a USB stick.
//
// A link is untrusted input (anyone can send one): parsing keeps only well-formed known keys with
// values in range and ignores everything else.
#pragma once

#include <optional>
#include <string>

#include <glm/vec2.hpp>

#include "views/map_model.h"

namespace wb {

struct ViewLink {
    MapSettings settings;
    std::string selectedCode;
    std::optional<glm::dvec2> centre;  // km in the map plane
    std::optional<double> kmPerPixel;
};

// "level=...&shape=...&indicator=...&classes=quantiles-7&select=VR01&centre=12.35,-67.89&scale=0.8123"
// (without the '#'). Numbers with enough digits to land on the same pixel.
std::string formatViewLink(const ViewLink& link);

// Reads a fragment (with or without the leading '#'). Keys that are missing or malformed keep the
// defaults of `fallback`; nullopt when the text holds no view at all.
std::optional<ViewLink> parseViewLink(const std::string& fragment, const MapSettings& fallback);

}  // namespace wb

#include "io/file_coordinates.h"

#include <cctype>
#include <cmath>
#include <vector>

#include "io/rd_to_wgs84.h"

namespace wb::io {
namespace {

using geojson_detail::fail;
using geojson_detail::pointText;

bool isLonLat(double x, double y) { return std::fabs(x) <= 180 && std::fabs(y) <= 90; }

std::string upperCase(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

}  // namespace

std::optional<CoordinateSystem> coordinateSystemNamed(std::string_view name) {
    // Every spelling ends in authority, optional version, code: "urn:ogc:def:crs:EPSG::28992",
    // "urn:ogc:def:crs:EPSG:6.6:28992", "EPSG:28992", ".../def/crs/EPSG/0/28992", ".../OGC/1.3/CRS84".
    std::vector<std::string> parts;
    std::string part;
    for (char c : upperCase(name) + ":") {
        if (c != ':' && c != '/') {
            part += c;
        } else if (!part.empty()) {
            parts.push_back(std::move(part));
            part.clear();
        }
    }
    if (parts.size() < 2) return std::nullopt;
    const std::string& code = parts.back();
    const auto isVersion = [](const std::string& text) {
        return text.find_first_not_of("0123456789.") == std::string::npos;
    };
    size_t authority = parts.size() - 2;
    if (isVersion(parts[authority]) && authority > 0) --authority;
    if (parts[authority] == "OGC" && code == "CRS84") return CoordinateSystem::Wgs84;
    if (parts[authority] != "EPSG") return std::nullopt;
    if (code == "4326") return CoordinateSystem::Wgs84;
    if (code == "28992") return CoordinateSystem::RdNew;
    return std::nullopt;
}

FileCoordinates::FileCoordinates(std::optional<CoordinateSystem> declared)
    : system_(declared), declared_(declared.has_value()) {}

std::optional<LonLat> FileCoordinates::tryToLonLat(double x, double y) {
    if (!std::isfinite(x) || !std::isfinite(y)) return std::nullopt;
    if (!system_) {
        if (isLonLat(x, y)) system_ = CoordinateSystem::Wgs84;
        else if (isWithinRdGrid(x, y)) system_ = CoordinateSystem::RdNew;
        else return std::nullopt;
        first_ = LonLat{x, y};
    }
    if (*system_ == CoordinateSystem::Wgs84) {
        if (!isLonLat(x, y)) return std::nullopt;
        return LonLat{x, y};
    }
    if (declared_ ? !isWithinRdArea(x, y) : !isWithinRdGrid(x, y)) return std::nullopt;
    return rdToWgs84(x, y);
}

LonLat FileCoordinates::toLonLat(double x, double y, const std::string& where, const geojson_detail::GeometryPath& path) {
    if (const auto point = tryToLonLat(x, y)) return *point;
    if (!std::isfinite(x) || !std::isfinite(y)) fail(where, path.message("coordinate is not a finite number"));
    const std::string position = pointText({x, y});
    if (!system_)
        fail(where, path.message("position " + position +
                                 " is neither a WGS84 longitude/latitude nor RD New (EPSG:28992) in the "
                                 "Netherlands: export as WGS84 or RD New"));
    if (*system_ == CoordinateSystem::Wgs84)
        fail(where, path.message("position " + position +
                                 " is not a WGS84 longitude/latitude: coordinates look projected "
                                 "(e.g. RD New / EPSG:28992); export as WGS84"));
    if (declared_)
        fail(where, path.message("position " + position + " lies outside the Netherlands, where RD New (EPSG:28992) holds"));
    fail(where, path.message("position " + position + " lies outside the RD New (EPSG:28992) grid, unlike the file's "
                             "first position " + pointText(first_)));
}

}  // namespace wb::io

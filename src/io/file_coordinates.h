// The coordinate systems boundary files come in, as Dutch sources hand them out: WGS84
// longitude/latitude (RFC 7946 GeoJSON, CBS's TopoJSON) and RD New (EPSG:28992: the default of
// PDOK's services, kept by ogr2ogr when it converts their files). Every reader turns a file's
// positions into WGS84 through one FileCoordinates, so the rules for which positions a file may
// hold, and the messages when one does not fit, are the same in every format.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "io/geo_features.h"
#include "io/geo_json_parsing.h"

namespace wb::io {

enum class CoordinateSystem { Wgs84, RdNew };

// The system a CRS name stands for, as GeoJSON's "crs" member and OGC URNs/URLs spell it:
// "urn:ogc:def:crs:EPSG::28992" (what ogr2ogr writes), "EPSG:28992",
// "http://www.opengis.net/def/crs/EPSG/0/28992" -> RdNew; the same forms of EPSG:4326, and
// "urn:ogc:def:crs:OGC:1.3:CRS84" -> Wgs84. nullopt for any other name.
std::optional<CoordinateSystem> coordinateSystemNamed(std::string_view name);

// The positions of one file, in file order, as WGS84. When the file declares its system
// (a GeoPackage's SRS, a GeoJSON "crs"), positions must fit it: RD New anywhere near the
// Netherlands (isWithinRdArea). When it declares nothing, the first position decides: a WGS84
// longitude/latitude makes the file WGS84, a position in the RD grid proper (isWithinRdGrid)
// makes it RD New, and every later position must fit the same. The two ranges do not overlap,
// so a file is read as RD New exactly when all of its positions are unmistakably RD New.
class FileCoordinates {
public:
    explicit FileCoordinates(std::optional<CoordinateSystem> declared = std::nullopt);

    // The position in WGS84, or nullopt when it does not fit the file (nothing changes then).
    std::optional<LonLat> tryToLonLat(double x, double y);

    // The same, failing with an ImportError at `where` and `path` that says why it does not fit.
    LonLat toLonLat(double x, double y, const std::string& where, const geojson_detail::GeometryPath& path);

    // True once the file is known to be in RD New: its positions were converted.
    bool convertedFromRdNew() const { return system_ == CoordinateSystem::RdNew; }

private:
    std::optional<CoordinateSystem> system_;
    bool declared_;
    LonLat first_{};  // the position that decided the system of a file that declared none
};

}  // namespace wb::io

// Which coordinate system a file's positions are in (io/file_coordinates.h): CRS names as files
// spell them, and the rule for files that declare none (the first position decides; every
// position must then fit), with the message for each kind of position that does not fit.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <string>

#include "io/file_coordinates.h"
#include "io/import_error.h"
#include "io/rd_to_wgs84.h"

using namespace wb::io;

namespace {

// The message for a position that does not fit, or "fits".
std::string refusal(FileCoordinates& coordinates, double x, double y) {
    try {
        coordinates.toLonLat(x, y, "feature 1", {});
    } catch (const ImportError& e) {
        return e.what();
    }
    return "fits";
}

}  // namespace

TEST(FileCoordinates, NamesOfRdNewAndWgs84AsFilesSpellThem) {
    for (const char* name : {"urn:ogc:def:crs:EPSG::28992", "URN:OGC:DEF:CRS:EPSG::28992", "EPSG:28992",
                             "urn:ogc:def:crs:EPSG:6.6:28992", "http://www.opengis.net/def/crs/EPSG/0/28992"})
        EXPECT_EQ(coordinateSystemNamed(name), CoordinateSystem::RdNew) << name;
    for (const char* name : {"urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "EPSG:4326",
                             "urn:ogc:def:crs:EPSG::4326", "http://www.opengis.net/def/crs/OGC/1.3/CRS84"})
        EXPECT_EQ(coordinateSystemNamed(name), CoordinateSystem::Wgs84) << name;
    for (const char* name : {"", "28992", "CRS84", "EPSG:3857", "urn:ogc:def:crs:EPSG::4258", "EPSG:289920",
                             "EPSG:28992x", "OGC:28992", "urn:ogc:def:crs:EPSG::CRS84"})
        EXPECT_EQ(coordinateSystemNamed(name), std::nullopt) << name;
}

TEST(FileCoordinates, TheFirstPositionOfAnUndeclaredFileDecides) {
    FileCoordinates degrees;
    EXPECT_EQ(degrees.toLonLat(5.1, 52.1, "", {}), (LonLat{5.1, 52.1}));
    EXPECT_FALSE(degrees.convertedFromRdNew());
    EXPECT_EQ(refusal(degrees, 155000, 463000),
              "feature 1: position (155000, 463000) is not a WGS84 longitude/latitude: coordinates look projected "
              "(e.g. RD New / EPSG:28992); export as WGS84");

    FileCoordinates metres;
    EXPECT_EQ(metres.toLonLat(155000, 463000, "", {}), rdToWgs84(155000, 463000));
    EXPECT_TRUE(metres.convertedFromRdNew());
    // The grid's corners still fit; a step beyond them does not, nor do degrees.
    EXPECT_EQ(refusal(metres, -7000, 289000), "fits");
    EXPECT_EQ(refusal(metres, 300000, 629000), "fits");
    EXPECT_EQ(refusal(metres, 300001, 463000),
              "feature 1: position (300001, 463000) lies outside the RD New (EPSG:28992) grid, unlike the file's first "
              "position (155000, 463000)");
    EXPECT_EQ(refusal(metres, 5.1, 52.1).substr(0, 40), "feature 1: position (5.1, 52.1) lies out");

    // A first position that is neither decides nothing: the next one still may.
    FileCoordinates undecided;
    EXPECT_EQ(refusal(undecided, 155000, 288999),
              "feature 1: position (155000, 288999) is neither a WGS84 longitude/latitude nor RD New (EPSG:28992) in "
              "the Netherlands: export as WGS84 or RD New");
    EXPECT_FALSE(undecided.tryToLonLat(std::nan(""), 52).has_value());
    EXPECT_EQ(refusal(undecided, std::numeric_limits<double>::infinity(), 52), "feature 1: coordinate is not a finite number");
    EXPECT_EQ(undecided.tryToLonLat(5, 52), (LonLat{5, 52}));
}

TEST(FileCoordinates, ADeclaredSystemHoldsFromTheFirstPosition) {
    FileCoordinates rd(CoordinateSystem::RdNew);
    EXPECT_TRUE(rd.convertedFromRdNew());
    EXPECT_EQ(refusal(rd, -40000, 680000), "fits");  // the generous area: North Sea, border regions
    EXPECT_EQ(refusal(rd, 5.1, 52.1),
              "feature 1: position (5.1, 52.1) lies outside the Netherlands, where RD New (EPSG:28992) holds");
    FileCoordinates wgs84(CoordinateSystem::Wgs84);
    EXPECT_EQ(refusal(wgs84, 155000, 463000).substr(0, 65),
              "feature 1: position (155000, 463000) is not a WGS84 longitude/lat");
}

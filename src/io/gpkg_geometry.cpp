#include "io/gpkg_geometry.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace wb::io {
namespace {

using geojson_detail::fail;
using geojson_detail::GeometryPath;
using geojson_detail::pointText;
using geojson_detail::PositionBudget;

// WKB geometry type codes (ISO 13249-3 / OGC 06-103r4) once Z/M are taken off.
enum WkbType : uint32_t {
    kPoint = 1,
    kLineString = 2,
    kPolygon = 3,
    kMultiPoint = 4,
    kMultiLineString = 5,
    kMultiPolygon = 6,
    kGeometryCollection = 7,
};

// EWKB (PostGIS) marks Z, M and an embedded SRID with the high bits of the type.
constexpr uint32_t kEwkbZ = 0x80000000u, kEwkbM = 0x40000000u, kEwkbSrid = 0x20000000u;

constexpr size_t kHeaderSize = 8;  // "GP", version, flags, srs_id
constexpr size_t kEnvelopeSizes[] = {0, 32, 48, 48, 64};  // by the flags' envelope indicator
constexpr uint8_t kFlagLittleEndian = 0x01, kFlagEmpty = 0x10, kFlagExtended = 0x20;
constexpr size_t kWkbHeaderSize = 5;  // byte order and type

bool hostIsLittleEndian() {
    const uint16_t probe = 1;
    uint8_t first;
    std::memcpy(&first, &probe, 1);
    return first == 1;
}

// Reads fixed-size values from a byte range, failing with "truncated" instead of reading past it.
class ByteCursor {
public:
    ByteCursor(std::string_view bytes, size_t offset, const std::string& where)
        : bytes_(bytes), pos_(offset), where_(where) {}

    size_t remaining() const { return bytes_.size() - pos_; }
    void setLittleEndian(bool little) { little_ = little; }

    uint8_t byte() {
        need(1);
        return static_cast<uint8_t>(bytes_[pos_++]);
    }
    uint32_t uint32() {
        uint32_t value;
        readSwapped(&value, 4);
        return value;
    }
    double float64() {
        double value;
        readSwapped(&value, 8);
        return value;
    }
    void skip(size_t n) {
        need(n);
        pos_ += n;
    }

    // A count read from the file, checked against the bytes left: each item takes at least
    // `minItemBytes`, so a count that claims more items than could fit is a lie, caught before
    // anything is reserved for it.
    uint32_t count(size_t minItemBytes, const GeometryPath& path, const char* items) {
        const uint32_t n = uint32();
        if (minItemBytes != 0 && n > remaining() / minItemBytes)
            fail(where_, path.message("the WKB claims " + std::to_string(n) + " " + items + " but only " +
                                      std::to_string(remaining()) + " bytes are left (truncated or damaged)"));
        return n;
    }

private:
    void need(size_t n) const {
        if (n > remaining())
            fail(where_, "the geometry is truncated: " + std::to_string(n) + " more bytes needed at byte " +
                             std::to_string(pos_) + " of " + std::to_string(bytes_.size()));
    }
    void readSwapped(void* out, size_t n) {
        need(n);
        uint8_t buffer[8];
        std::memcpy(buffer, bytes_.data() + pos_, n);
        if (little_ != hostIsLittleEndian()) std::reverse(buffer, buffer + n);
        std::memcpy(out, buffer, n);
        pos_ += n;
    }

    std::string_view bytes_;
    size_t pos_;
    const std::string& where_;
    bool little_ = true;
};

// The type of one WKB geometry with its dimensions taken apart.
struct WkbHeader {
    uint32_t type = 0;         // kPoint ... kGeometryCollection, or another code to refuse
    size_t coordinates = 2;    // per position: 2, 3 (Z or M) or 4 (ZM)
};

class WkbDecoder {
public:
    WkbDecoder(ByteCursor& cursor, const PositionConverter& toLonLat, Feature& feature, const std::string& where,
               PositionBudget& budget)
        : in_(cursor), toLonLat_(toLonLat), feature_(feature), where_(where), budget_(budget) {}

    // The top-level geometry: any supported type, numbered the way GeoJSON messages are (a lone
    // Polygon's rings without a polygon number).
    void decodeTopLevel() {
        const WkbHeader header = readHeader();
        switch (header.type) {
            case kPoint: return decodePoint(header, GeometryPath{});
            case kPolygon: return decodePolygon(header, GeometryPath{});
            case kMultiPoint:
            case kMultiPolygon: return decodeMulti(header);
            case kGeometryCollection: return decodeCollection();
            default: refuse(header.type);
        }
    }

private:
    WkbHeader readHeader() {
        const uint8_t order = in_.byte();
        if (order > 1) fail(where_, "invalid WKB byte order " + std::to_string(order) + " (must be 0 or 1)");
        in_.setLittleEndian(order == 1);
        const uint32_t raw = in_.uint32();
        WkbHeader header;
        uint32_t code = raw & ~(kEwkbZ | kEwkbM | kEwkbSrid);
        header.coordinates += (raw & kEwkbZ ? 1 : 0) + (raw & kEwkbM ? 1 : 0);
        if (raw & kEwkbSrid) in_.skip(4);  // the SRID of EWKB; the GeoPackage header's srs_id rules
        if (code >= 1000 && code < 4000) {  // ISO: +1000 Z, +2000 M, +3000 ZM
            header.coordinates += code / 1000 == 3 ? 2 : 1;
            code %= 1000;
        }
        header.type = code;
        return header;
    }

    [[noreturn]] void refuse(uint32_t type) const {
        if (type == kLineString || type == kMultiLineString)
            fail(where_, std::string(type == kLineString ? "LineString" : "MultiLineString") +
                             " geometries are not supported: only Polygon, MultiPolygon, Point and MultiPoint");
        fail(where_, "WKB geometry type " + std::to_string(type) +
                         " is not supported: only Polygon, MultiPolygon, Point and MultiPoint");
    }

    LonLat readPosition(const WkbHeader& header, const GeometryPath& path) {
        const double x = in_.float64();
        const double y = in_.float64();
        for (size_t i = 2; i < header.coordinates; ++i) in_.float64();  // Z and M are dropped
        return toLonLat_(x, y, path);
    }

    void decodePoint(const WkbHeader& header, const GeometryPath& path) {
        const double x = in_.float64();
        const double y = in_.float64();
        for (size_t i = 2; i < header.coordinates; ++i) in_.float64();
        if (std::isnan(x) && std::isnan(y)) return;  // how WKB writes an empty point
        budget_.spend(1, where_);
        feature_.points.push_back(toLonLat_(x, y, path));
    }

    void decodePolygon(const WkbHeader& header, GeometryPath path) {
        const uint32_t ringCount = in_.count(4, path, "rings");
        if (ringCount == 0) return;  // an empty polygon
        Polygon polygon;
        polygon.rings.reserve(ringCount);
        for (uint32_t r = 0; r < ringCount; ++r) {
            path.ring = r + 1;
            polygon.rings.push_back(decodeRing(header, path));
        }
        feature_.polygons.push_back(std::move(polygon));
    }

    Ring decodeRing(const WkbHeader& header, const GeometryPath& path) {
        const uint32_t positions = in_.count(8 * header.coordinates, path, "positions");
        budget_.spend(positions, where_);
        Ring ring;
        ring.reserve(positions);
        for (uint32_t i = 0; i < positions; ++i) {
            GeometryPath at = path;
            at.position = i + 1;
            ring.push_back(readPosition(header, at));
        }
        geojson_detail::checkRingSize(ring, where_, path);
        if (ring.front() != ring.back())
            fail(where_, path.message("the ring is not closed: its last position " + pointText(ring.back()) +
                                      " differs from its first " + pointText(ring.front())));
        return ring;
    }

    // A member of a MultiPoint, MultiPolygon or GeometryCollection: its own byte order and type.
    void decodeMember(uint32_t expected) {
        const WkbHeader header = readHeader();
        if (expected != 0 && header.type != expected)
            fail(where_, "a WKB " + std::string(expected == kPoint ? "MultiPoint" : "MultiPolygon") +
                             " holds a geometry of type " + std::to_string(header.type));
        GeometryPath path;
        if (header.type == kPoint) {
            path.point = feature_.points.size() + 1;
            decodePoint(header, path);
        } else if (header.type == kPolygon) {
            path.polygon = feature_.polygons.size() + 1;
            decodePolygon(header, path);
        } else if (header.type == kMultiPoint || header.type == kMultiPolygon) {
            decodeMulti(header);
        } else if (header.type == kGeometryCollection) {
            // Collections in collections would make the depth depend on the file; no writer needs them.
            fail(where_, "nested geometry collections are not supported");
        } else {
            refuse(header.type);
        }
    }

    void decodeMulti(const WkbHeader& header) {
        const bool points = header.type == kMultiPoint;
        // The smallest member: a header and one XY position, or a header and a ring count.
        const uint32_t members = in_.count(points ? kWkbHeaderSize + 16 : kWkbHeaderSize + 4, GeometryPath{},
                                           points ? "points" : "polygons");
        for (uint32_t i = 0; i < members; ++i) decodeMember(points ? kPoint : kPolygon);
    }

    void decodeCollection() {
        const uint32_t members = in_.count(kWkbHeaderSize + 4, GeometryPath{}, "geometries");
        for (uint32_t i = 0; i < members; ++i) decodeMember(0);
    }

    ByteCursor& in_;
    const PositionConverter& toLonLat_;
    Feature& feature_;
    const std::string& where_;
    PositionBudget& budget_;
};

// ---- writing ----

class BlobWriter {
public:
    void byte(uint8_t value) { out_.push_back(value); }
    void uint32(uint32_t value) { append(&value, 4); }
    void int32(int32_t value) { append(&value, 4); }
    void float64(double value) { append(&value, 8); }
    void position(LonLat p) {
        float64(p.lon);
        float64(p.lat);
    }
    void wkbHeader(WkbType type) {
        byte(1);  // little-endian
        uint32(type);
    }
    std::vector<uint8_t> take() { return std::move(out_); }

private:
    // Always little-endian, whatever the host.
    void append(const void* value, size_t n) {
        uint8_t buffer[8];
        std::memcpy(buffer, value, n);
        if (!hostIsLittleEndian()) std::reverse(buffer, buffer + n);
        out_.insert(out_.end(), buffer, buffer + n);
    }
    std::vector<uint8_t> out_;
};

void writeMultiPolygon(BlobWriter& out, const std::vector<Polygon>& polygons) {
    out.wkbHeader(kMultiPolygon);
    out.uint32(static_cast<uint32_t>(polygons.size()));
    for (const Polygon& polygon : polygons) {
        out.wkbHeader(kPolygon);
        out.uint32(static_cast<uint32_t>(polygon.rings.size()));
        for (const Ring& ring : polygon.rings) {
            out.uint32(static_cast<uint32_t>(ring.size()));
            for (const LonLat& p : ring) out.position(p);
        }
    }
}

void writeMultiPoint(BlobWriter& out, const std::vector<LonLat>& points) {
    out.wkbHeader(kMultiPoint);
    out.uint32(static_cast<uint32_t>(points.size()));
    for (const LonLat& p : points) {
        out.wkbHeader(kPoint);
        out.position(p);
    }
}

}  // namespace

void decodeGpkgGeometry(std::string_view blob, int64_t layerSrsId, const PositionConverter& toLonLat,
                        Feature& feature, const std::string& where, PositionBudget& budget) {
    if (blob.size() < kHeaderSize || blob[0] != 'G' || blob[1] != 'P')
        fail(where, "the geometry is not a GeoPackage geometry blob (it does not start with \"GP\")");
    const auto version = static_cast<uint8_t>(blob[2]);
    const auto flags = static_cast<uint8_t>(blob[3]);
    if (version != 0) fail(where, "GeoPackage geometry version " + std::to_string(version + 1) + " is not supported");
    if (flags & kFlagExtended) fail(where, "extended GeoPackage geometry types are not supported");
    const unsigned envelope = (flags >> 1) & 0x07;
    if (envelope >= std::size(kEnvelopeSizes))
        fail(where, "the geometry header has an invalid envelope type " + std::to_string(envelope));

    ByteCursor in(blob, 4, where);
    in.setLittleEndian(flags & kFlagLittleEndian);
    const auto srsId = static_cast<int32_t>(in.uint32());
    in.skip(kEnvelopeSizes[envelope]);  // a hint for indexes; the positions themselves are checked
    if (flags & kFlagEmpty) return;
    if (srsId != layerSrsId)
        fail(where, "the geometry's SRS id " + std::to_string(srsId) + " differs from the layer's " +
                        std::to_string(layerSrsId));
    WkbDecoder(in, toLonLat, feature, where, budget).decodeTopLevel();
    if (in.remaining() != 0)
        fail(where, std::to_string(in.remaining()) + " bytes follow the end of the WKB geometry (damaged?)");
}

std::vector<uint8_t> encodeGpkgGeometry(const Feature& feature, int32_t srsId) {
    double minLon = std::numeric_limits<double>::infinity(), minLat = minLon;
    double maxLon = -minLon, maxLat = -minLon;
    const auto extend = [&](LonLat p) {
        minLon = std::min(minLon, p.lon);
        maxLon = std::max(maxLon, p.lon);
        minLat = std::min(minLat, p.lat);
        maxLat = std::max(maxLat, p.lat);
    };
    for (const Polygon& polygon : feature.polygons)
        for (const Ring& ring : polygon.rings) std::for_each(ring.begin(), ring.end(), extend);
    std::for_each(feature.points.begin(), feature.points.end(), extend);

    BlobWriter out;
    out.byte('G');
    out.byte('P');
    out.byte(0);                                   // version 1
    out.byte(kFlagLittleEndian | (1 << 1));        // envelope [minx, maxx, miny, maxy]
    out.int32(srsId);
    for (double v : {minLon, maxLon, minLat, maxLat}) out.float64(v);
    const bool polygons = !feature.polygons.empty(), points = !feature.points.empty();
    if (polygons && points) {
        out.wkbHeader(kGeometryCollection);
        out.uint32(2);
    }
    if (polygons) writeMultiPolygon(out, feature.polygons);
    if (points) writeMultiPoint(out, feature.points);
    return out.take();
}

}  // namespace wb::io

#include "io/geojson_stream.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "io/file_coordinates.h"
#include "io/json_events.h"

namespace wb::io {
namespace {

// Thrown by the handler when the file is not a case for the fast path (see the header).
struct NotOrdinary {};

// Properties per feature the duplicate check compares linearly; more go the thorough way.
constexpr size_t kMaxStreamedProperties = 64;

// Where the reader is. Each open object or array the decoder cares about is one entry; values of
// members it ignores are skipped whole (skipDepth_).
enum class Context { Top, Crs, CrsProperties, Features, Feature, Properties, Geometry, Coordinates };

// Which member's value comes next.
enum class Member {
    None, TopType, TopName, TopCrs, CrsType, CrsProperties, CrsName, TopFeatures, FeatureType, FeatureId,
    FeatureProperties, FeatureGeometry, Property, GeometryType, GeometryCoordinates, Ignored
};

// The array depths of a simple geometry's "coordinates" (the array itself is depth 1): where the
// positions are, where the rings and the polygons are (0: none).
struct GeometryShape {
    int position = 0, ring = 0, polygon = 0;
};

std::optional<GeometryShape> shapeOf(const std::string& type) {
    if (type == "Point") return GeometryShape{1, 0, 0};
    if (type == "MultiPoint") return GeometryShape{2, 0, 0};
    if (type == "Polygon") return GeometryShape{3, 2, 1};
    if (type == "MultiPolygon") return GeometryShape{4, 3, 2};
    return std::nullopt;  // GeometryCollection, LineString, unknown: the thorough way
}

// A number as the document decoder writes it into a property or id (the JSON library's text).
std::string numberText(double value) { return nlohmann::json(value).dump(); }

class FeatureStream : public JsonEvents {
public:
    explicit FeatureStream(const GeoReadLimits& limits)
        : positionsLeft_(limits.maxPositions), maxNesting_(limits.maxNesting) {}

    FeatureSet result() {
        if (!finished_) throw NotOrdinary{};
        set_.convertedFromRdNew = coordinates_.convertedFromRdNew();
        return std::move(set_);
    }

    void null() override {
        if (skipped()) return;
        switch (take(Member::None)) {
            case Member::FeatureId: break;  // not a string or number: no id, as the document decoder reads it
            case Member::TopCrs: break;     // no coordinate system declared
            case Member::FeatureProperties: break;
            case Member::FeatureGeometry: break;
            case Member::Property: addProperty({}, PropertyType::Null); break;
            case Member::Ignored: break;
            default: throw NotOrdinary{};
        }
    }

    void boolean(bool value) override {
        if (skipped()) return;
        switch (take(Member::None)) {
            case Member::FeatureId: break;
            case Member::Property: addProperty(value ? "true" : "false", PropertyType::Boolean); break;
            case Member::Ignored: break;
            default: throw NotOrdinary{};
        }
    }

    void integer(int64_t value) override {
        if (inCoordinates()) return coordinate(static_cast<double>(value));
        writtenNumber(std::to_string(value));
    }
    void unsignedInteger(uint64_t value) override {
        if (inCoordinates()) return coordinate(static_cast<double>(value));
        writtenNumber(std::to_string(value));
    }
    void number(double value) override {
        if (inCoordinates()) return coordinate(value);
        if (skipped()) return;
        writtenNumber(numberText(value));
    }

    void string(std::string&& value) override {
        if (skipped()) return;
        switch (take(Member::None)) {
            case Member::TopType:
                // A bare geometry (as the database stores each area's boundary) is one feature.
                // A Topology or a single Feature: the thorough way, before reading further.
                if (value != "FeatureCollection") {
                    const auto shape = shapeOf(value);
                    if (!shape) throw NotOrdinary{};
                    shape_ = *shape;
                    topIsGeometry_ = true;
                }
                topType_ = std::move(value);
                break;
            case Member::TopName: set_.layerName = std::move(value); break;
            case Member::CrsType:
                if (value != "name") throw NotOrdinary{};  // a linked CRS: the thorough way refuses it
                break;
            case Member::CrsName: crsName_ = std::move(value); break;
            case Member::FeatureType: featureType_ = std::move(value); break;
            case Member::FeatureId: feature_.id = std::move(value); break;
            case Member::Property: addProperty(std::move(value), PropertyType::String); break;
            case Member::GeometryType: {
                const auto shape = shapeOf(value);
                if (!shape) throw NotOrdinary{};
                shape_ = *shape;
                break;
            }
            case Member::Ignored: break;
            default: throw NotOrdinary{};
        }
    }

    void key(std::string&& name) override {
        if (skipped()) return;
        if (next_ != Member::None) throw NotOrdinary{};
        switch (contexts_.back()) {
            case Context::Top:
                next_ = name == "type" ? once(Member::TopType, seenTopType_)
                        : name == "name" ? once(Member::TopName, seenTopName_)
                        : name == "crs" ? once(Member::TopCrs, seenCrs_)
                        : name == "features" ? once(Member::TopFeatures, seenFeatures_)
                        : name == "coordinates" && topIsGeometry_ ? once(Member::GeometryCoordinates, seenCoordinates_)
                                             : Member::Ignored;
                // Coordinates ahead of the type could belong to a geometry: they cannot be read yet.
                if (name == "coordinates" && !seenTopType_) throw NotOrdinary{};
                // Positions already read were read without the system the member declares.
                if (name == "crs" && positionsRead_) throw NotOrdinary{};
                break;
            // Only the usual form, {"type": "name", "properties": {"name": ...}}; anything more the
            // thorough way reads or refuses.
            case Context::Crs:
                next_ = name == "type" ? once(Member::CrsType, seenCrsType_)
                        : name == "properties" ? once(Member::CrsProperties, seenCrsProperties_)
                                               : throw NotOrdinary{};
                break;
            case Context::CrsProperties:
                if (name != "name") throw NotOrdinary{};
                next_ = once(Member::CrsName, seenCrsName_);
                break;
            case Context::Feature:
                next_ = name == "type" ? once(Member::FeatureType, seenFeatureType_)
                        : name == "id" ? once(Member::FeatureId, seenId_)
                        : name == "properties" ? once(Member::FeatureProperties, seenProperties_)
                        : name == "geometry" ? once(Member::FeatureGeometry, seenGeometry_)
                                             : Member::Ignored;
                break;
            case Context::Properties:
                if (feature_.properties.size() >= kMaxStreamedProperties) throw NotOrdinary{};
                for (const Property& p : feature_.properties)
                    if (p.name == name) throw NotOrdinary{};  // the last would win: the thorough way
                propertyName_ = std::move(name);
                next_ = Member::Property;
                break;
            case Context::Geometry:
                next_ = name == "type" ? once(Member::GeometryType, seenGeometryType_)
                        : name == "coordinates" ? once(Member::GeometryCoordinates, seenCoordinates_)
                                                : Member::Ignored;
                // The positions can only be read as they come once the type says what they are.
                if (next_ == Member::GeometryCoordinates && shape_.position == 0) throw NotOrdinary{};
                break;
            default: throw NotOrdinary{};
        }
    }

    void startObject() override {
        enter();
        if (skipped()) return;
        if (contexts_.empty()) {
            contexts_.push_back(Context::Top);
            return;
        }
        if (contexts_.back() == Context::Features) {
            feature_ = Feature{};
            featureType_.clear();
            seenFeatureType_ = seenId_ = seenProperties_ = seenGeometry_ = false;
            contexts_.push_back(Context::Feature);
            return;
        }
        switch (take(Member::None)) {
            case Member::TopCrs: contexts_.push_back(Context::Crs); break;
            case Member::CrsProperties: contexts_.push_back(Context::CrsProperties); break;
            case Member::FeatureProperties: contexts_.push_back(Context::Properties); break;
            case Member::FeatureGeometry:
                shape_ = {};
                seenGeometryType_ = seenCoordinates_ = false;
                contexts_.push_back(Context::Geometry);
                break;
            case Member::Ignored: skipDepth_ = 1; break;
            default: throw NotOrdinary{};  // a nested property, an object id, a document that is not an object
        }
    }

    void endObject() override {
        --depth_;
        if (skipped(true)) return;
        const Context closing = contexts_.back();
        contexts_.pop_back();
        switch (closing) {
            case Context::Top:
                if (topIsGeometry_) {
                    if (!seenCoordinates_ || seenFeatures_) throw NotOrdinary{};
                    set_.features.push_back(std::move(feature_));
                } else if (topType_ != "FeatureCollection" || !seenFeatures_) {
                    throw NotOrdinary{};
                }
                set_.sourceFormat = "GeoJSON";
                finished_ = true;
                break;
            case Context::Feature:
                if (featureType_ != "Feature") throw NotOrdinary{};
                set_.features.push_back(std::move(feature_));
                break;
            case Context::Geometry:
                if (!seenGeometryType_ || !seenCoordinates_) throw NotOrdinary{};
                break;
            case Context::Properties: break;
            case Context::Crs: {
                const auto system = coordinateSystemNamed(crsName_);
                if (!seenCrsType_ || !system) throw NotOrdinary{};
                coordinates_ = FileCoordinates(system);
                break;
            }
            case Context::CrsProperties: break;
            default: throw NotOrdinary{};
        }
    }

    void startArray() override {
        enter();
        if (inCoordinates()) return openCoordinateArray();
        if (skipped()) return;
        if (contexts_.empty()) throw NotOrdinary{};  // a document that is not an object
        switch (take(Member::None)) {
            case Member::TopFeatures: contexts_.push_back(Context::Features); break;
            case Member::GeometryCoordinates:
                contexts_.push_back(Context::Coordinates);
                coordinateDepth_ = 0;
                openCoordinateArray();
                break;
            case Member::Ignored: skipDepth_ = 1; break;
            default: throw NotOrdinary{};
        }
    }

    void endArray() override {
        --depth_;
        if (inCoordinates()) return closeCoordinateArray();
        if (skipped(true)) return;
        if (contexts_.back() != Context::Features) throw NotOrdinary{};
        contexts_.pop_back();
    }

private:
    bool inCoordinates() const { return !contexts_.empty() && contexts_.back() == Context::Coordinates; }

    // Inside the value of an ignored member. `closing`: called for the end of an object or array.
    bool skipped(bool closing = false) {
        if (skipDepth_ == 0) return false;
        if (closing) --skipDepth_;
        return true;
    }

    void enter() {
        if (++depth_ > maxNesting_) throw NotOrdinary{};  // the thorough way reports the limit
        if (skipDepth_ > 0) ++skipDepth_;
    }

    // The member whose value this is; a value where none was announced (an element of an array
    // the decoder does not expect) is not ordinary.
    Member take(Member replacement) {
        const Member member = next_;
        next_ = replacement;
        if (member == Member::None) throw NotOrdinary{};
        return member;
    }

    static Member once(Member member, bool& seen) {
        if (seen) throw NotOrdinary{};  // a repeated member: the last would win, the thorough way knows how
        seen = true;
        return member;
    }

    void writtenNumber(std::string text) {
        if (skipped()) return;
        switch (take(Member::None)) {
            case Member::FeatureId: feature_.id = std::move(text); break;
            case Member::Property: addProperty(std::move(text), PropertyType::Number); break;
            case Member::Ignored: break;
            default: throw NotOrdinary{};
        }
    }

    void addProperty(std::string value, PropertyType type) {
        feature_.properties.push_back(Property{std::move(propertyName_), std::move(value), type});
    }

    // ---- coordinates: positions straight into the feature's polygons or points ----

    void openCoordinateArray() {
        ++coordinateDepth_;
        if (coordinateDepth_ > shape_.position) throw NotOrdinary{};
        if (coordinateDepth_ == shape_.position) positionNumbers_ = 0;
        else if (coordinateDepth_ == shape_.ring) ring_.clear();
        else if (coordinateDepth_ == shape_.polygon) polygon_.rings.clear();
    }

    void coordinate(double value) {
        if (coordinateDepth_ != shape_.position) throw NotOrdinary{};
        if (positionNumbers_ == 0) position_.lon = value;
        else if (positionNumbers_ == 1) position_.lat = value;
        ++positionNumbers_;  // a third number (altitude) is ignored
    }

    void closeCoordinateArray() {
        const int depth = coordinateDepth_--;
        if (depth == shape_.position) {
            // An empty Point is an empty geometry (RFC 7946 3.1), read as none.
            if (depth == 1 && positionNumbers_ == 0) return finishCoordinates();
            addPosition();
        } else if (depth == shape_.ring) {
            // Closed as written in the file (position_ is the ring's last), as the thorough way checks.
            if (ring_.size() < 4 || ringFirst_ != position_) throw NotOrdinary{};
            // A copy of exactly the ring's size: ring_ keeps its capacity for the next ring, so a
            // ring costs one allocation instead of one per doubling.
            polygon_.rings.emplace_back(ring_.begin(), ring_.end());
        } else if (depth == shape_.polygon) {
            // A Polygon without rings is empty (no polygon); a MultiPolygon's polygon needs one.
            if (polygon_.rings.empty() && depth > 1) throw NotOrdinary{};
            if (!polygon_.rings.empty()) feature_.polygons.push_back(std::move(polygon_));
            polygon_ = Polygon{};
        }
        if (depth == 1) finishCoordinates();
    }

    void addPosition() {
        if (positionNumbers_ < 2) throw NotOrdinary{};
        const std::optional<LonLat> point = coordinates_.tryToLonLat(position_.lon, position_.lat);
        if (!point) throw NotOrdinary{};  // the thorough way says which position and why
        if (positionsLeft_ == 0) throw NotOrdinary{};
        --positionsLeft_;
        positionsRead_ = true;
        if (shape_.ring) {
            if (ring_.empty()) ringFirst_ = position_;
            ring_.push_back(*point);
        } else {
            feature_.points.push_back(*point);
        }
    }

    void finishCoordinates() {
        coordinateDepth_ = 0;
        contexts_.pop_back();
    }

    FeatureSet set_;
    bool finished_ = false;
    std::vector<Context> contexts_;
    Member next_ = Member::None;
    int skipDepth_ = 0;
    int depth_ = 0;
    size_t positionsLeft_;
    int maxNesting_;

    std::string topType_;
    bool topIsGeometry_ = false;  // the document is one Point, MultiPoint, Polygon or MultiPolygon
    bool seenTopType_ = false, seenTopName_ = false, seenCrs_ = false, seenFeatures_ = false;

    std::string crsName_;
    bool seenCrsType_ = false, seenCrsProperties_ = false, seenCrsName_ = false;
    FileCoordinates coordinates_;  // what the "crs" declares, else the first position decides
    bool positionsRead_ = false;

    Feature feature_;
    std::string featureType_;
    std::string propertyName_;
    bool seenFeatureType_ = false, seenId_ = false, seenProperties_ = false, seenGeometry_ = false;

    GeometryShape shape_;
    bool seenGeometryType_ = false, seenCoordinates_ = false;
    int coordinateDepth_ = 0;
    int positionNumbers_ = 0;
    LonLat position_;  // as written in the file
    LonLat ringFirst_;
    Ring ring_;
    Polygon polygon_;
};

}  // namespace

struct GeoJsonFeatureStreamReader::State {
    State(std::string_view text, const GeoReadLimits& limits) : stream(limits), reader(text, stream) {}
    FeatureStream stream;
    JsonEventReader reader;
};

GeoJsonFeatureStreamReader::GeoJsonFeatureStreamReader(std::string_view text, const GeoReadLimits& limits) {
    // An empty file gets its own message from the thorough way.
    std::string_view content = text;
    if (content.substr(0, 3) == "\xEF\xBB\xBF") content.remove_prefix(3);
    if (content.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        done_ = true;
        return;
    }
    state_ = std::make_unique<State>(text, limits);
}

GeoJsonFeatureStreamReader::~GeoJsonFeatureStreamReader() = default;

bool GeoJsonFeatureStreamReader::read(size_t bytes) {
    if (done_) return true;
    try {
        if (!state_->reader.read(bytes)) return false;
        result_ = state_->stream.result();
    } catch (const NotOrdinary&) {
        result_.reset();
    }
    done_ = true;
    state_.reset();
    return true;
}

size_t GeoJsonFeatureStreamReader::position() const { return state_ ? state_->reader.position() : 0; }

std::optional<FeatureSet> readGeoJsonFeatureStream(std::string_view text, const GeoReadLimits& limits) {
    GeoJsonFeatureStreamReader reader(text, limits);
    reader.read(SIZE_MAX);
    return reader.take();
}

}  // namespace wb::io

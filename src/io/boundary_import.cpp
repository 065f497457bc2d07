#include "io/boundary_import.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/areas.h"
#include "io/geojson_writer.h"
#include "io/import_error.h"
#include "io/text_encoding.h"

namespace wb::io {
namespace {

std::string featureRef(size_t index, const std::string& code) {
    return "feature " + std::to_string(index + 1) + (code.empty() ? "" : " (" + code + ")");
}

std::string nameOf(const Feature& feature) {
    for (const char* key : {"statnaam", "name", "naam", "NAME", "gemeentenaam", "buurtnaam", "wijknaam"}) {
        if (const std::string* v = feature.property(key); v && !v->empty()) return *v;
    }
    return {};
}

// District WK + 6 digits lies in GM + its first 4; neighbourhood BU + 8 digits in WK + its first 6.
std::string parentFromCode(const std::string& code) {
    if (code.rfind("WK", 0) == 0) return "GM" + code.substr(2, 4);
    if (code.rfind("BU", 0) == 0) return "WK" + code.substr(2, 6);
    return {};
}

// Stored positions are rounded to 1e-7 degrees (1.1 cm north-south, 0.7 cm east-west here): far
// finer than any boundary file (CBS's generalised ones are on a 0.001-degree grid, RD New is
// converted to about a metre), and such a number has at most ten significant digits, which the
// JSON reader converts exactly without strtod every time the boundary is read back (the map, the
// analyses); a converted or quantised position of 17 digits takes several times as long, and more
// room in the database and the page.
constexpr double kStoredPositionsPerDegree = 1e7;

double storedDegrees(double degrees) { return std::round(degrees * kStoredPositionsPerDegree) / kStoredPositionsPerDegree; }

LonLat storedPosition(const LonLat& p) { return {storedDegrees(p.lon), storedDegrees(p.lat)}; }

// The feature's geometry as it is stored: every position rounded (rings stay closed, as equal
// positions round alike).
Feature storedGeometry(const Feature& feature) {
    Feature out;
    out.polygons.reserve(feature.polygons.size());
    for (const Polygon& polygon : feature.polygons) {
        Polygon& rounded = out.polygons.emplace_back();
        rounded.rings.reserve(polygon.rings.size());
        for (const Ring& ring : polygon.rings) {
            Ring& r = rounded.rings.emplace_back();
            r.reserve(ring.size());
            for (const LonLat& p : ring) r.push_back(storedPosition(p));
        }
    }
    out.points.reserve(feature.points.size());
    for (const LonLat& p : feature.points) out.points.push_back(storedPosition(p));
    return out;
}

}  // namespace

BoundaryImport::BoundaryImport(Database& db, std::unique_ptr<FeatureReader> reader, std::string fileName)
    : db_(db), reader_(std::move(reader)), fileName_(std::move(fileName)) {
    result_.table = "area";
}

BoundaryImport::~BoundaryImport() = default;

double BoundaryImport::progress() const {
    // Reading the file is about a third of the work; storing the features the rest.
    if (reader_) return 0.3 * reader_->progress();
    if (features_.features.empty()) return 0;
    return 0.3 + 0.7 * static_cast<double>(next_) / static_cast<double>(features_.features.size());
}

bool BoundaryImport::step(ImportClock::time_point deadline) {
    if (reader_) {
        if (!reader_->read(deadline)) return false;
        features_ = reader_->take();
        reader_.reset();
        if (features_.features.empty()) throw ImportError("", "the file has no features");
        transaction_ = std::make_unique<Transaction>(db_);
        find_ = db_.prepare("SELECT year FROM area WHERE code = ? ORDER BY year DESC LIMIT 1");
        add_ = db_.prepare("INSERT INTO area (code, year, level, name, parent_code) VALUES (?, ?, ?, ?, ?)");
        set_ = db_.prepare(
            "UPDATE area SET geometry = ?, min_lon = ?, min_lat = ?, max_lon = ?, max_lat = ? WHERE code = ? AND year = ?");
        return false;  // show the progress bar before storing
    }
    while (next_ < features_.features.size()) {
        storeFeature(next_++);
        if (next_ % 16 == 0 && ImportClock::now() >= deadline) return false;
    }
    db_.prepare("INSERT INTO import_log (file_name, format, target, rows) VALUES (?, ?, 'area', ?)")
        .bind(1, fileName_).bind(2, features_.sourceFormat).bind(3, result_.rows).run();
    transaction_->commit();
    result_.message = "imported " + std::to_string(result_.rows) + " boundaries" +
                      (added_ ? " (" + std::to_string(added_) + " new areas)" : "") +
                      (features_.convertedFromRdNew ? ", converted from RD New (EPSG:28992) to WGS84" : "");
    if (namesReadAsWindows1252_) {
        result_.message += "; " + std::to_string(namesReadAsWindows1252_) +
                           " names were not valid UTF-8 and were read as Windows-1252";
    }
    return true;
}

void BoundaryImport::storeFeature(size_t i) {
    const Feature& feature = features_.features[i];
    const std::string code = cbsCodeOf(feature);
    if (code.empty()) throw ImportError(featureRef(i, ""), "no CBS area code (a statcode or code property)");
    if (feature.polygons.empty()) throw ImportError(featureRef(i, code), "has no polygon");
    // A second boundary for an area would replace the first and still be counted.
    const auto earlier = featureOfCode_.emplace(code, i);
    if (!earlier.second) {
        throw ImportError(featureRef(i, code),
                          "area " + code + " is already in feature " + std::to_string(earlier.first->second + 1));
    }
    find_.reset();
    find_.bind(1, code);
    int year = kDefaultDivisionYear;
    if (find_.step()) {
        year = static_cast<int>(find_.getInt(0));
    } else {
        const std::string parent = parentFromCode(code);
        std::string name = nameOf(feature);
        if (parent.empty()) throw ImportError(featureRef(i, code), "unknown area code " + code);
        if (name.empty()) throw ImportError(featureRef(i, code), "a new area needs a name (statnaam property)");
        // JSON files were decoded as a whole before reading; a GeoPackage's text comes from SQLite,
        // which does not check it: the same rule, name by name.
        if (!isValidUtf8(name)) {
            name = windows1252ToUtf8(name);
            ++namesReadAsWindows1252_;
        }
        if (characterCount(name) > kMaxNameCharacters) throw ImportError(featureRef(i, code), tooLongMessage("the name", name));
        add_.reset();
        add_.bind(1, code).bind(2, year).bind(3, code[0] == 'W' ? "district" : "neighbourhood").bind(4, name);
        add_.bind(5, parent).run();
        ++added_;
    }
    const Feature stored = storedGeometry(feature);
    double minLon = std::numeric_limits<double>::max(), minLat = minLon;
    double maxLon = std::numeric_limits<double>::lowest(), maxLat = maxLon;
    for (const Polygon& polygon : stored.polygons) {
        for (const LonLat& p : polygon.rings.front()) {
            minLon = std::min(minLon, p.lon);
            maxLon = std::max(maxLon, p.lon);
            minLat = std::min(minLat, p.lat);
            maxLat = std::max(maxLat, p.lat);
        }
    }
    set_.reset();
    set_.bind(1, writeGeometryJson(stored)).bind(2, minLon).bind(3, minLat).bind(4, maxLon).bind(5, maxLat);
    set_.bind(6, code).bind(7, year).run();
    ++result_.rows;
}

ImportResult importBoundaries(Database& db, const FeatureSet& features, const std::string& fileName) {
    BoundaryImport job(db, readInOneGo([&features] { return features; }), fileName);
    return runToEnd(job);
}

}  // namespace wb::io

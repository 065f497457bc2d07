#include "io/geo_file_reader.h"

#include <nlohmann/json.hpp>

#include "io/geo_json_parsing.h"
#include "io/geojson_stream.h"

namespace wb::io {

namespace {

FeatureSet readDocument(std::string_view text, const GeoReadLimits& limits) {
    using namespace geojson_detail;
    const Json document = parseJsonText(text, limits);
    const auto type = document.find("type");  // end() when the document is not an object
    const bool isTopology = type != document.end() && *type == "Topology";
    return isTopology ? decodeTopoJson(document, "", limits) : decodeGeoJson(document, limits);
}

// A 15,000-neighbourhood file (14 MB) takes about a tenth of a second to read in the page: a part
// of 256 KB is a few milliseconds, so the deadline is met closely.
constexpr size_t kPartBytes = 256 * 1024;

class GeoFileReader : public FeatureReader {
public:
    GeoFileReader(std::string_view text, const GeoReadLimits& limits) : text_(text), limits_(limits), stream_(text, limits) {}

    bool read(ImportClock::time_point deadline) override {
        while (!stream_.read(kPartBytes)) {
            if (ImportClock::now() >= deadline) return false;
        }
        if (auto ordinary = stream_.take()) features_ = std::move(*ordinary);
        else features_ = readDocument(text_, limits_);
        done_ = true;
        return true;
    }
    double progress() const override {
        if (done_ || text_.empty()) return done_ ? 1 : 0;
        return static_cast<double>(stream_.position()) / static_cast<double>(text_.size());
    }
    FeatureSet take() override { return std::move(features_); }

private:
    std::string_view text_;
    GeoReadLimits limits_;
    GeoJsonFeatureStreamReader stream_;
    FeatureSet features_;
    bool done_ = false;
};

}  // namespace

FeatureSet readGeoFile(std::string_view text, const GeoReadLimits& limits) {
    if (auto ordinary = readGeoJsonFeatureStream(text, limits)) return std::move(*ordinary);
    return readDocument(text, limits);
}

std::unique_ptr<FeatureReader> readGeoFileInParts(std::string_view text, const GeoReadLimits& limits) {
    return std::make_unique<GeoFileReader>(text, limits);
}

}  // namespace wb::io

#include "io/wkt_csv_reader.h"

#include <algorithm>
#include <memory>
#include <cctype>
#include <set>
#include <string>
#include <vector>

#include "core/text_split.h"
#include "io/csv_reader.h"
#include "io/file_coordinates.h"
#include "io/geo_json_parsing.h"
#include "io/utf8.h"
#include "io/wkt_reader.h"

namespace wb::io {
namespace {

using geojson_detail::fail;

bool isWktHeader(std::string_view header) {
    const std::string name = trimmed(header);
    return name.size() == 3 && std::equal(name.begin(), name.end(), "WKT", [](char a, char b) {
               return std::toupper(static_cast<unsigned char>(a)) == b;
           });
}

// Names from the file end up in the database and in JSON, which both need valid UTF-8: a file
// saved in another encoding is refused at the line where it shows, not stored as broken text.
void checkUtf8(const std::vector<std::string_view>& fields, const std::string& line) {
    for (std::string_view field : fields)
        if (!isValidUtf8(field)) fail(line, "the text is not valid UTF-8 (save the file as UTF-8)");
}

}  // namespace

bool isWktCsv(std::string_view bytes) {
    try {
        CsvReader reader(bytes);
        std::vector<std::string_view> header;
        return reader.next(header) && std::any_of(header.begin(), header.end(), isWktHeader);
    } catch (const CsvError&) {
        return false;  // malformed: the indicator import reports where
    }
}

namespace {

// The header first, then the rows a few hundred at a time, so a large file is read across frames.
class WktCsvReader : public FeatureReader {
public:
    WktCsvReader(std::string_view bytes, const GeoReadLimits& limits)
        : bytes_(bytes), budget_(limits.maxPositions), reader_(bytes) {
        set_.sourceFormat = "CSV (WKT)";
        guarded([&] { readHeader(); });
    }

    bool read(ImportClock::time_point deadline) override {
        bool done = false;
        guarded([&] {
            for (int n = 1;; ++n) {
                if (!reader_.next(fields_)) {
                    done = true;
                    return;
                }
                readRow();
                if (n % 64 == 0 && ImportClock::now() >= deadline) return;
            }
        });
        if (done) set_.convertedFromRdNew = coordinates_.convertedFromRdNew();
        return done;
    }

    double progress() const override {
        return bytes_.empty() ? 1.0 : static_cast<double>(reader_.position()) / static_cast<double>(bytes_.size());
    }

    FeatureSet take() override { return std::move(set_); }

private:
    template <typename Work>
    void guarded(Work work) {
        try {
            work();
        } catch (const CsvError& e) {
            fail("line " + std::to_string(e.line()), e.detail());
        }
    }

    void readHeader() {
        if (!reader_.next(fields_)) fail("", "the file is empty");
        checkUtf8(fields_, "line 1");
        headers_.assign(fields_.begin(), fields_.end());
        // Each column becomes a property, and a feature's properties have one value per name.
        std::set<std::string> names;
        for (const std::string& header : headers_)
            if (!names.insert(header).second) fail("line 1", "column '" + header + "' occurs twice");
        wktColumn_ = static_cast<size_t>(std::find_if(headers_.begin(), headers_.end(), isWktHeader) - headers_.begin());
        if (wktColumn_ == headers_.size()) fail("line 1", "no WKT column");
    }

    void readRow() {
        const std::string line = "line " + std::to_string(reader_.line());
        if (fields_.size() != headers_.size())
            fail(line, "expected " + std::to_string(headers_.size()) + " fields, found " + std::to_string(fields_.size()));
        checkUtf8(fields_, line);
        Feature feature;
        for (size_t i = 0; i < fields_.size(); ++i)
            if (i != wktColumn_) feature.properties.push_back(Property{headers_[i], std::string(fields_[i]), PropertyType::String});
        if (!fields_[wktColumn_].empty()) {
            const std::string where = line + ", column '" + headers_[wktColumn_] + "'";
            readWktPolygons(fields_[wktColumn_], coordinates_, feature.polygons, where, budget_);
        }
        set_.features.push_back(std::move(feature));
    }

    std::string_view bytes_;
    FeatureSet set_;
    FileCoordinates coordinates_;  // the whole file in one system
    geojson_detail::PositionBudget budget_;
    CsvReader reader_;
    std::vector<std::string_view> fields_;
    std::vector<std::string> headers_;
    size_t wktColumn_ = 0;
};

}  // namespace

std::unique_ptr<FeatureReader> readWktCsvInParts(std::string_view bytes, const GeoReadLimits& limits) {
    return std::make_unique<WktCsvReader>(bytes, limits);
}

FeatureSet readWktCsv(std::string_view bytes, const GeoReadLimits& limits) {
    WktCsvReader reader(bytes, limits);
    return readToEnd(reader);
}

}  // namespace wb::io

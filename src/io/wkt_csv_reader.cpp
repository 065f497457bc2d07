#include "io/wkt_csv_reader.h"

#include <algorithm>
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

FeatureSet readWktCsv(std::string_view bytes, const GeoReadLimits& limits) {
    FeatureSet set;
    set.sourceFormat = "CSV (WKT)";
    FileCoordinates coordinates;  // the whole file in one system
    geojson_detail::PositionBudget budget(limits.maxPositions);
    try {
        CsvReader reader(bytes);
        std::vector<std::string_view> fields;
        if (!reader.next(fields)) fail("", "the file is empty");
        checkUtf8(fields, "line 1");
        const std::vector<std::string> headers(fields.begin(), fields.end());
        // Each column becomes a property, and a feature's properties have one value per name.
        std::set<std::string> names;
        for (const std::string& header : headers)
            if (!names.insert(header).second) fail("line 1", "column '" + header + "' occurs twice");
        const size_t wktColumn = static_cast<size_t>(std::find_if(headers.begin(), headers.end(), isWktHeader) - headers.begin());
        if (wktColumn == headers.size()) fail("line 1", "no WKT column");
        while (reader.next(fields)) {
            const std::string line = "line " + std::to_string(reader.line());
            if (fields.size() != headers.size())
                fail(line, "expected " + std::to_string(headers.size()) + " fields, found " + std::to_string(fields.size()));
            checkUtf8(fields, line);
            Feature feature;
            for (size_t i = 0; i < fields.size(); ++i)
                if (i != wktColumn) feature.properties.push_back(Property{headers[i], std::string(fields[i]), PropertyType::String});
            if (!fields[wktColumn].empty()) {
                const std::string where = line + ", column '" + headers[wktColumn] + "'";
                readWktPolygons(fields[wktColumn], coordinates, feature.polygons, where, budget);
            }
            set.features.push_back(std::move(feature));
        }
    } catch (const CsvError& e) {
        fail("line " + std::to_string(e.line()), e.detail());
    }
    set.convertedFromRdNew = coordinates.convertedFromRdNew();
    return set;
}

}  // namespace wb::io

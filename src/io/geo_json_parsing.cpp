#include "io/geo_json_parsing.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>

#include "io/import_error.h"

namespace wb::io::geojson_detail {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Parser messages quote the text they stopped at, which may be any bytes: keep messages printable
// and short enough for a status line.
std::string printable(std::string_view text, size_t maxLength = 120) {
    std::string out;
    for (char c : text.substr(0, maxLength)) {
        const auto byte = static_cast<unsigned char>(c);
        out += byte >= 0x20 && byte < 0x7f ? c : '?';
    }
    if (text.size() > maxLength) out += "...";
    return out;
}

// nlohmann's "[json.exception.parse_error.101] parse error at line 3, column 7: syntax error while
// parsing value - invalid literal; last read: '"type": tru}'" becomes "invalid JSON at line 3,
// column 7: syntax error while parsing value - invalid literal". The "last read" part is dropped:
// it quotes everything since the last good token, line breaks and all, which says less than the
// line and column do.
std::string syntaxErrorText(std::string parserMessage) {
    const size_t lastRead = parserMessage.find("; last read: '");
    if (lastRead != std::string::npos) {
        const size_t expected = parserMessage.rfind("'; expected");
        if (expected != std::string::npos && expected > lastRead)
            parserMessage.erase(lastRead, expected + 1 - lastRead);
        else
            parserMessage.erase(lastRead);
    }
    const size_t at = parserMessage.find("parse error at ");
    if (at == std::string::npos) return "invalid JSON: " + printable(parserMessage);
    return "invalid JSON at " + printable(std::string_view(parserMessage).substr(at + 15), 200);
}

[[noreturn]] void failNumberOverflow(std::string_view text, const std::string& parserMessage) {
    // "[json.exception.out_of_range.406] number overflow parsing '1e999'": find the literal to say where.
    const size_t open = parserMessage.find('\'');
    const size_t close = parserMessage.rfind('\'');
    std::string literal;
    if (open != std::string::npos && close > open) literal = parserMessage.substr(open + 1, close - open - 1);
    const size_t position = literal.empty() ? std::string_view::npos : text.find(literal);
    fail(position == std::string_view::npos ? "" : "byte " + std::to_string(position + 1),
         "number " + printable(literal, 40) + " is too large (not a finite number)");
}

}  // namespace

void fail(const std::string& where, const std::string& what) { throw ImportError(where, what); }

Json parseJsonText(std::string_view text, const GeoReadLimits& limits) {
    std::string_view content = text;
    if (content.substr(0, kUtf8Bom.size()) == kUtf8Bom) content.remove_prefix(kUtf8Bom.size());
    if (content.find_first_not_of(" \t\r\n") == std::string_view::npos) fail("", "the file is empty");

    int nesting = 0;
    std::vector<size_t> memberCounts;  // one per open object
    const auto enforceLimits = [&](int, Json::parse_event_t event, Json&) {
        switch (event) {
        case Json::parse_event_t::object_start:
            memberCounts.push_back(0);
            [[fallthrough]];
        case Json::parse_event_t::array_start:
            if (++nesting > limits.maxNesting)
                fail("", "the JSON is nested more than " + std::to_string(limits.maxNesting) + " levels deep");
            break;
        case Json::parse_event_t::object_end:
            if (!memberCounts.empty()) memberCounts.pop_back();
            [[fallthrough]];
        case Json::parse_event_t::array_end:
            --nesting;
            break;
        case Json::parse_event_t::key:
            if (!memberCounts.empty() && ++memberCounts.back() > limits.maxObjectMembers)
                fail("", "a JSON object has more than " + std::to_string(limits.maxObjectMembers) + " members");
            break;
        case Json::parse_event_t::value:
            break;
        }
        return true;
    };

    try {
        return Json::parse(text.begin(), text.end(), enforceLimits);
    } catch (const Json::parse_error& e) {
        if (e.byte > text.size())
            fail("byte " + std::to_string(text.size()), "the file ends before the JSON is complete (truncated?)");
        fail("byte " + std::to_string(e.byte), syntaxErrorText(e.what()));
    } catch (const Json::out_of_range& e) {
        failNumberOverflow(text, e.what());
    } catch (const Json::exception& e) {
        fail("", "invalid JSON: " + printable(e.what()));
    }
}

void PositionBudget::spend(size_t positions, const std::string& where) {
    if (positions > remaining_)
        fail(where, "more than " + std::to_string(max_) + " coordinates: too many to import (simplify the file first)");
    remaining_ -= positions;
}

std::string GeometryPath::text() const {
    std::string out;
    const auto add = [&out](const char* name, size_t number) {
        if (number == 0) return;
        if (!out.empty()) out += ", ";
        out += name;
        out += ' ';
        out += std::to_string(number);
    };
    add("polygon", polygon);
    add("ring", ring);
    add("point", point);
    add("position", position);
    return out;
}

std::string GeometryPath::message(const std::string& what) const {
    const std::string prefix = text();
    return prefix.empty() ? what : prefix + ": " + what;
}

std::string inQuotes(std::string_view text) { return "\"" + printable(text, 60) + "\""; }

std::string featureWhere(size_t number, const Feature& feature) {
    std::string where = "feature " + std::to_string(number);
    const std::string code = cbsCodeOf(feature);
    if (!code.empty()) where += " (" + code + ")";
    return where;
}

std::vector<Property> readProperties(const Json& properties, const std::string& where) {
    std::vector<Property> out;
    if (properties.is_null()) return out;
    if (!properties.is_object()) fail(where, "\"properties\" must be an object or null");
    out.reserve(properties.size());
    for (const auto& [name, value] : properties.items()) {
        Property p;
        p.name = name;
        if (value.is_string()) {
            p.value = value.get_ref<const std::string&>();
        } else if (value.is_number()) {
            p.value = value.dump();
            p.type = PropertyType::Number;
        } else if (value.is_boolean()) {
            p.value = value.get<bool>() ? "true" : "false";
            p.type = PropertyType::Boolean;
        } else if (value.is_null()) {
            p.type = PropertyType::Null;
        } else {
            p.value = value.dump();
            p.type = PropertyType::Json;
        }
        out.push_back(std::move(p));
    }
    return out;
}

std::string readId(const Json& object) {
    const auto id = object.find("id");
    if (id == object.end()) return {};
    if (id->is_string()) return id->get_ref<const std::string&>();
    if (id->is_number()) return id->dump();
    return {};
}

std::string readType(const Json& object, const std::string& where, const std::string& whatObject) {
    const auto type = object.find("type");
    if (type == object.end()) fail(where, whatObject + " has no \"type\"");
    if (!type->is_string()) fail(where, "the \"type\" of " + whatObject + " is not a string");
    return type->get<std::string>();
}

LonLat readRawPosition(const Json& position, const std::string& where, const GeometryPath& path) {
    if (!position.is_array()) fail(where, path.message("a position must be an array of numbers [lon, lat]"));
    if (position.size() < 2) fail(where, path.message("a position needs at least two numbers [lon, lat]"));
    const Json& lon = position[0];
    const Json& lat = position[1];
    if (!lon.is_number() || !lat.is_number()) fail(where, path.message("coordinate is not a number"));
    const LonLat point{lon.get<double>(), lat.get<double>()};
    if (!std::isfinite(point.lon) || !std::isfinite(point.lat))
        fail(where, path.message("coordinate is not a finite number"));
    return point;
}

void checkLonLat(LonLat point, const std::string& where, const GeometryPath& path) {
    if (!std::isfinite(point.lon) || !std::isfinite(point.lat))
        fail(where, path.message("coordinate is not a finite number"));
    if (std::fabs(point.lon) <= 180 && std::fabs(point.lat) <= 90) return;
    fail(where, path.message("position " + pointText(point) +
                                   " is not a WGS84 longitude/latitude: coordinates look projected "
                                   "(e.g. RD New / EPSG:28992); export as WGS84"));
}

void checkRingSize(const Ring& ring, const std::string& where, const GeometryPath& path) {
    if (ring.size() >= 4) return;
    fail(where, path.message("a ring needs at least 4 positions (the last repeating the first), this one has " +
                                   std::to_string(ring.size())));
}

std::string numberText(double value) {
    // The JSON library's formatter: shortest round-trip text and, unlike printf, not tied to the C locale.
    std::string text = Json(value).dump();
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
    return text;
}

std::string pointText(LonLat point) { return "(" + numberText(point.lon) + ", " + numberText(point.lat) + ")"; }

}  // namespace wb::io::geojson_detail

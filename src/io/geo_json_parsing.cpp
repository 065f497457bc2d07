#include "io/geo_json_parsing.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "io/import_error.h"
#include "io/json_events.h"

namespace wb::io::geojson_detail {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Messages quote text from the file: keep them printable and short enough for a status line.
// Parser messages may quote any bytes, so only ASCII is kept; strings of the parsed document are
// valid UTF-8 (the parser checks), so there `keepUtf8` keeps names like "Fryslân" readable.
std::string printable(std::string_view text, size_t maxLength = 120, bool keepUtf8 = false) {
    const auto isContinuation = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
    size_t length = std::min(text.size(), maxLength);
    if (keepUtf8)
        while (length < text.size() && length > 0 && isContinuation(text[length])) --length;  // whole characters
    std::string out;
    for (char c : text.substr(0, length)) {
        const auto byte = static_cast<unsigned char>(c);
        out += (byte >= 0x20 && byte < 0x7f) || (keepUtf8 && byte >= 0x80) ? c : '?';
    }
    if (length < text.size()) out += "...";
    return out;
}

// Builds the document from the JSON reader's events (json_events.h). The library's own DOM
// builder inserts each member of an ordered object with a linear search for an earlier one of the
// same name, which makes an object of n members cost n^2 (100,000 members: 12 s); this one looks
// names up in a hash table once an object grows past a few members, so building stays linear.
// Duplicate names: the last value wins, as in JavaScript's JSON.parse.
class DocumentBuilder : public JsonEvents {
public:
    explicit DocumentBuilder(int maxNesting) : maxNesting_(maxNesting) {}

    Json takeDocument() { return std::move(document_); }

    void null() override { place(nullptr); }
    void boolean(bool value) override { place(value); }
    void integer(int64_t value) override { place(static_cast<Json::number_integer_t>(value)); }
    void unsignedInteger(uint64_t value) override { place(static_cast<Json::number_unsigned_t>(value)); }
    void number(double value) override { place(value); }
    void string(std::string&& value) override { place(std::move(value)); }
    void startObject() override { open(Json::value_t::object); }
    void startArray() override { open(Json::value_t::array); }
    void endObject() override { open_.pop_back(); }
    void endArray() override { open_.pop_back(); }

    void key(std::string&& name) override {
        OpenContainer& object = open_.back();
        // The vector underneath the ordered map: members by position, appended without a search.
        auto& members = static_cast<Json::object_t::Container&>(object.value->get_ref<Json::object_t&>());
        size_t index = members.size();
        if (members.size() < kLinearSearchMembers) {
            for (size_t i = 0; i < members.size(); ++i)
                if (members[i].first == name) index = i;
        } else {
            if (object.index.empty())
                for (size_t i = 0; i < members.size(); ++i) object.index.emplace(members[i].first, i);
            index = object.index.emplace(name, members.size()).first->second;
        }
        if (index == members.size()) members.emplace_back(std::move(name), nullptr);
        members[index].second = nullptr;
        member_ = &members[index].second;
    }

private:
    static constexpr size_t kLinearSearchMembers = 16;

    struct OpenContainer {
        Json* value;
        std::unordered_map<std::string, size_t> index;  // member name -> position, for large objects only
    };

    // Puts a value where the parser is: the document itself, the next element of the open array, or
    // the member whose name was just read. Containers stay where they are while they are open,
    // because nothing is added to their parent until they close.
    template <class Value>
    Json* place(Value&& value) {
        if (open_.empty()) {
            document_ = Json(std::forward<Value>(value));
            return &document_;
        }
        Json& parent = *open_.back().value;
        if (parent.is_array()) {
            auto& elements = parent.get_ref<Json::array_t&>();
            elements.emplace_back(std::forward<Value>(value));
            return &elements.back();
        }
        *member_ = Json(std::forward<Value>(value));
        return member_;
    }

    void open(Json::value_t type) {
        if (static_cast<int>(open_.size()) >= maxNesting_)
            fail("", "the JSON is nested more than " + std::to_string(maxNesting_) + " levels deep");
        Json* container = place(type);
        // Most arrays of a boundary file are positions, [x, y]: room for two up front saves the
        // reallocation from one element to two, which is a third of all allocations here.
        if (type == Json::value_t::array) container->get_ref<Json::array_t&>().reserve(2);
        open_.push_back(OpenContainer{container, {}});
    }

    int maxNesting_;
    Json document_;
    std::vector<OpenContainer> open_;
    Json* member_ = nullptr;
};

}  // namespace

void fail(const std::string& where, const std::string& what) { throw ImportError(where, what); }

Json parseJsonText(std::string_view text, const GeoReadLimits& limits) {
    std::string_view content = text;
    if (content.substr(0, kUtf8Bom.size()) == kUtf8Bom) content.remove_prefix(kUtf8Bom.size());
    if (content.find_first_not_of(" \t\r\n") == std::string_view::npos) fail("", "the file is empty");

    DocumentBuilder builder(limits.maxNesting);
    readJsonEvents(text, builder);
    return builder.takeDocument();
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

std::string inQuotes(std::string_view text) { return "\"" + printable(text, 60, true) + "\""; }

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

void checkRingSize(const Ring& ring, const std::string& where, const GeometryPath& path) {
    if (ring.size() >= 4) return;
    fail(where, path.message("a ring needs at least 4 positions (the last repeating the first), this one has " +
                                   std::to_string(ring.size())));
}

void checkRingClosed(LonLat first, LonLat last, const std::string& where, const GeometryPath& path) {
    if (first == last) return;
    fail(where, path.message("the ring is not closed: its last position " + pointText(last) + " differs from its first " +
                             pointText(first)));
}

std::string numberText(double value) {
    // The JSON library's formatter: shortest round-trip text and, unlike printf, not tied to the C locale.
    std::string text = Json(value).dump();
    if (text.size() > 2 && text.compare(text.size() - 2, 2, ".0") == 0) text.resize(text.size() - 2);
    return text;
}

std::string pointText(LonLat point) { return "(" + numberText(point.lon) + ", " + numberText(point.lat) + ")"; }

}  // namespace wb::io::geojson_detail

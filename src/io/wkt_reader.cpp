#include "io/wkt_reader.h"

#include <cctype>

#include "io/number_parser.h"

namespace wb::io {
namespace {

using geojson_detail::GeometryPath;

bool isLetter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
bool isNumberChar(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

std::string upperCase(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

class WktParser {
public:
    WktParser(std::string_view text, FileCoordinates& coordinates, const std::string& where,
              geojson_detail::PositionBudget& budget)
        : text_(text), coordinates_(coordinates), where_(where), budget_(budget) {}

    void readGeometry(std::vector<Polygon>& polygons) {
        skipSpaces();
        const size_t start = pos_;
        const std::string type = upperCase(word());
        if (type != "POLYGON" && type != "MULTIPOLYGON") {
            pos_ = start;
            fail("expected POLYGON or MULTIPOLYGON, found " + found());
        }
        readDimensions();
        if (!isEmpty()) {
            if (type == "POLYGON") {
                polygons.push_back(readPolygon(GeometryPath{}));
            } else {
                GeometryPath path;
                do {
                    ++path.polygon;
                    if (!isEmpty()) polygons.push_back(readPolygon(path));
                } while (commaOrClose());
            }
        }
        skipSpaces();
        if (pos_ < text_.size()) fail("expected the end of the geometry, found " + found());
    }

private:
    // Z, M or ZM after the type: how many numbers each position has.
    void readDimensions() {
        skipSpaces();
        const size_t start = pos_;
        const std::string dimensions = upperCase(word());
        if (dimensions == "Z" || dimensions == "M") {
            minNumbers_ = maxNumbers_ = 3;
        } else if (dimensions == "ZM") {
            minNumbers_ = maxNumbers_ = 4;
        } else {
            pos_ = start;  // no dimension word: EMPTY or '(' comes next
        }
    }

    // EMPTY, or '(' opening what follows (consumed either way).
    bool isEmpty() {
        skipSpaces();
        const size_t start = pos_;
        if (upperCase(word()) == "EMPTY") return true;
        pos_ = start;
        if (!take('(')) fail("expected '(' or EMPTY, found " + found());
        return false;
    }

    // After an element of a list: true for ',' (another follows), false for ')' (the list ends).
    bool commaOrClose() {
        skipSpaces();
        if (take(',')) return true;
        if (take(')')) return false;
        fail("expected ',' or ')', found " + found());
    }

    // The rings of a polygon, its '(' already read.
    Polygon readPolygon(GeometryPath path) {
        Polygon polygon;
        do {
            ++path.ring;
            skipSpaces();
            if (!take('(')) fail("expected '(', found " + found());
            polygon.rings.push_back(readRing(path));
        } while (commaOrClose());
        return polygon;
    }

    // The positions of a ring, its '(' already read.
    Ring readRing(GeometryPath path) {
        Ring ring;
        LonLat first{}, last{};  // as written in the file
        do {
            ++path.position;
            budget_.spend(1, where_);
            last = readPosition();
            if (path.position == 1) first = last;
            ring.push_back(coordinates_.toLonLat(last.lon, last.lat, where_, path));
        } while (commaOrClose());
        path.position = 0;
        geojson_detail::checkRingSize(ring, where_, path);
        geojson_detail::checkRingClosed(first, last, where_, path);
        return ring;
    }

    LonLat readPosition() {
        const double x = readNumber();
        const double y = readNumber();
        for (int n = 2; n < maxNumbers_; ++n) {
            skipSpaces();
            const bool optional = n >= minNumbers_;
            if (optional && (pos_ >= text_.size() || !isNumberChar(text_[pos_]))) break;  // what follows says what is wrong
            (void)readNumber();  // Z or M: the map is flat
        }
        return LonLat{x, y};
    }

    double readNumber() {
        skipSpaces();
        const size_t start = pos_;
        while (pos_ < text_.size() && isNumberChar(text_[pos_])) ++pos_;
        const std::optional<double> value = parseDecimal(text_.substr(start, pos_ - start));
        if (!value) {
            pos_ = start;
            fail("expected a number, found " + found());
        }
        return *value;
    }

    std::string_view word() {
        const size_t start = pos_;
        while (pos_ < text_.size() && isLetter(text_[pos_])) ++pos_;
        return text_.substr(start, pos_ - start);
    }

    bool take(char symbol) {
        if (pos_ >= text_.size() || text_[pos_] != symbol) return false;
        ++pos_;
        return true;
    }

    void skipSpaces() {
        while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    }

    // The token at the current character in single quotes, for a message; at the end of the text
    // there is no token, and that is the problem to report instead.
    std::string found() {
        skipSpaces();
        if (pos_ >= text_.size()) fail("the text ends before the geometry is complete");
        size_t end = pos_ + 1;
        const bool wordOrNumber = isLetter(text_[pos_]) || isNumberChar(text_[pos_]);
        while (wordOrNumber && end < text_.size() && end - pos_ < 24 &&
               (isLetter(text_[end]) || isNumberChar(text_[end])))
            ++end;
        std::string token;
        for (char c : text_.substr(pos_, end - pos_))
            token += static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7f ? c : '?';
        return "'" + token + "'";
    }

    [[noreturn]] void fail(const std::string& what) {
        geojson_detail::fail(where_, "character " + std::to_string(pos_ + 1) + ": " + what);
    }

    std::string_view text_;
    size_t pos_ = 0;
    int minNumbers_ = 2, maxNumbers_ = 3;
    FileCoordinates& coordinates_;
    const std::string& where_;
    geojson_detail::PositionBudget& budget_;
};

}  // namespace

void readWktPolygons(std::string_view text, FileCoordinates& coordinates, std::vector<Polygon>& polygons,
                     const std::string& where, geojson_detail::PositionBudget& budget) {
    WktParser(text, coordinates, where, budget).readGeometry(polygons);
}

}  // namespace wb::io

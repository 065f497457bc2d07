// Import messages in Dutch (io/import_message_dutch.h): the catalogue covers every message the
// importers can give (found in their source), every malformed file and many crafted bad inputs
// come out wholly Dutch, text from the file is carried over unchanged, and anything unknown falls
// back to the English text.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <iostream>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "views/app_state.h"
#include "views/import_queue.h"
#include "app_test_support.h"
#include "core/database.h"
#include "io/csv_reader.h"
#include "io/file_import.h"
#include "io/geo_file_reader.h"
#include "io/geopackage_reader.h"
#include "io/geopackage_writer.h"
#include "io/import_error.h"
#include "io/import_message_dutch.h"
#include "io/topojson_reader.h"
#include "io/wkt_csv_reader.h"
#include "test_support.h"
#include "views/strings.h"

using namespace wb;
using namespace wb::io;

namespace {

const std::string kSource = WEERBAAR_SOURCE_DIR;

bool isPlaceholder(const std::string& text, size_t i) {
    return i + 2 < text.size() && text[i] == '{' && text[i + 2] == '}' &&
           std::string("ncwtqspjm").find(text[i + 1]) != std::string::npos;
}

// The literal pieces of a template's English pattern (the text between placeholders).
std::vector<std::string> literalPieces(const std::string& english) {
    std::vector<std::string> pieces(1);
    for (size_t i = 0; i < english.size(); ++i) {
        if (isPlaceholder(english, i)) {
            pieces.emplace_back();
            i += 2;
        } else {
            pieces.back() += english[i];
        }
    }
    return pieces;
}

// ---- finding the message literals in the source ---------------------------------------------------

struct Token {
    enum Kind { Identifier, String, Punctuation } kind;
    std::string text;
    int line;
};

// A small C++ tokenizer: identifiers, string literals (escapes decoded) and punctuation; comments,
// character literals and numbers are skipped.
std::vector<Token> tokenize(const std::string& source) {
    std::vector<Token> tokens;
    int line = 1;
    for (size_t i = 0; i < source.size();) {
        const char c = source[i];
        if (c == '\n') {
            ++line, ++i;
        } else if (source.compare(i, 2, "//") == 0) {
            i = source.find('\n', i);
            if (i == std::string::npos) break;
        } else if (source.compare(i, 2, "/*") == 0) {
            const size_t end = source.find("*/", i + 2);
            for (size_t k = i; k < end && k < source.size(); ++k) line += source[k] == '\n';
            i = end == std::string::npos ? source.size() : end + 2;
        } else if (c == 'R' && source.compare(i, 2, "R\"") == 0) {  // a raw string: R"delimiter( ... )delimiter"
            const size_t open = source.find('(', i);
            const std::string close = ")" + source.substr(i + 2, open - i - 2) + "\"";
            const size_t end = source.find(close, open);
            for (size_t k = i; k < end; ++k) line += source[k] == '\n';
            tokens.push_back({Token::String, source.substr(open + 1, end - open - 1), line});
            i = end + close.size();
        } else if (c == '"' || c == '\'') {
            std::string text;
            size_t k = i + 1;
            for (; k < source.size() && source[k] != c; ++k) {
                if (source[k] != '\\') {
                    text += source[k];
                    continue;
                }
                const char e = source[++k];
                if (e == 'n') text += '\n';
                else if (e == 't') text += '\t';
                else if (e == 'u') text += "\\u";
                else if (e == 'x') text += '?';  // a byte by its code: not a word of any message
                else text += e;
            }
            if (c == '"') tokens.push_back({Token::String, text, line});
            i = k + 1;
        } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            size_t k = i;
            while (k < source.size() && (std::isalnum(static_cast<unsigned char>(source[k])) || source[k] == '_')) ++k;
            tokens.push_back({Token::Identifier, source.substr(i, k - i), line});
            i = k;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            while (i < source.size() && (std::isalnum(static_cast<unsigned char>(source[i])) || source[i] == '.')) ++i;
        } else {
            if (!std::isspace(static_cast<unsigned char>(c))) tokens.push_back({Token::Punctuation, std::string(1, c), line});
            ++i;
        }
    }
    return tokens;
}

struct MessageLiteral {
    std::string place;  // file:line
    std::string text;
};

// The string literals that make up messages: the arguments of the calls that build or throw one
// (fail, ImportError, CsvError, GeometryPath::message, invalid_argument, DatabaseError, ...) and
// what is assigned to a `where` or a result `message`.
std::vector<MessageLiteral> messageLiterals(const std::string& relativePath) {
    static const std::set<std::string> kCalls = {"fail",          "ImportError", "RepeatedValuesError", "CsvError", "invalid_argument",
                                                 "DatabaseError", "message",     "add",      "readType",
                                                 "count",         "requireIsoDate"};
    static const std::set<std::string> kAssigned = {"where", "linkWhere", "message"};
    const std::vector<Token> tokens = tokenize(test::readFile(kSource + "/" + relativePath));
    std::vector<MessageLiteral> out;
    const auto collect = [&](size_t from, const char* open, const char* close) {
        int depth = 0;
        for (size_t k = from; k < tokens.size(); ++k) {
            const Token& t = tokens[k];
            if (t.kind == Token::Punctuation && t.text == open) ++depth;
            if (t.kind == Token::Punctuation && t.text == close && --depth <= 0) return;
            if (t.kind == Token::String) out.push_back({relativePath + ":" + std::to_string(t.line), t.text});
        }
    };
    for (size_t i = 0; i + 1 < tokens.size(); ++i) {
        const Token& t = tokens[i];
        if (t.kind != Token::Identifier) continue;
        const Token& next = tokens[i + 1];
        if (kCalls.count(t.text) && next.text == "(") collect(i + 1, "(", ")");
        const bool assignment = next.text == "=" && i + 2 < tokens.size() && tokens[i + 2].text != "=";
        if (kAssigned.count(t.text) && assignment) collect(i + 2, "{", ";");  // up to the end of the statement
    }
    return out;
}

// The words of a literal without the punctuation and quotes around them: "\" must be text" -> "must be text".
std::string core(const std::string& literal) {
    size_t begin = 0, end = literal.size();
    const auto isWordChar = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    while (begin < end && !isWordChar(literal[begin])) ++begin;
    while (end > begin && !isWordChar(literal[end - 1])) --end;
    return literal.substr(begin, end - begin);
}

// The runs of words of a message literal that a template must hold. Names in double quotes
// ("coordinates", "published") are the file's own vocabulary, carried by a {q} placeholder, and
// numbers stand for an {n}: both are left out. "\"coordinates\" of a " -> {"of a"}.
std::vector<std::string> wordRuns(const std::string& literal) {
    std::vector<std::string> segments(1);  // split at double quotes
    for (char c : literal) {
        if (c == '"') segments.emplace_back();
        else segments.back() += c;
    }
    std::vector<std::string> runs;
    for (size_t i = 0; i < segments.size(); ++i) {
        const bool betweenQuotes = i > 0 && i + 1 < segments.size();
        if (betweenQuotes && segments[i].find(' ') == std::string::npos) continue;  // a quoted name
        std::string part;
        for (char c : segments[i] + " ") {
            if (std::isdigit(static_cast<unsigned char>(c)) || c == ' ') {
                // Numbers split a run; spaces are kept inside it.
                if (c == ' ') {
                    part += c;
                    continue;
                }
                if (!core(part).empty()) runs.push_back(core(part));
                part.clear();
            } else {
                part += c;
            }
        }
        if (!core(part).empty()) runs.push_back(core(part));
    }
    return runs;
}

bool isSql(const std::string& literal) {
    for (const char* keyword : {"SELECT ", "INSERT ", "UPDATE ", "DELETE ", "PRAGMA ", "CREATE "})
        if (literal.rfind(keyword, 0) == 0) return true;
    return false;
}

// ---- checking a Dutch message ---------------------------------------------------------------------

// The message without text in quotes (copied from the file, so possibly English).
std::string withoutQuotedText(const std::string& message) {
    std::string out;
    char open = 0;
    for (size_t i = 0; i < message.size(); ++i) {
        const char c = message[i];
        if (open) {
            if (c == open) open = 0;
            continue;
        }
        const bool startsWord = i == 0 || !std::isalnum(static_cast<unsigned char>(message[i - 1]));
        if (c == '"' || (c == '\'' && startsWord)) open = c;
        else out += c;
    }
    return out;
}

// English words that Dutch text does not use: a translated message holding one of them (outside
// quotes) has an untranslated part.
std::vector<std::string> englishWordsIn(const std::string& dutch) {
    static const std::set<std::string> kEnglish = {
        "a",        "an",       "the",     "must",    "not",       "has",       "have",     "found",   "expected",
        "feature",  "line",     "position", "coordinate", "coordinates", "number", "invalid", "unknown", "only",
        "supported", "empty",   "needs",   "column",  "layer",     "with",      "and",      "are",     "does",
        "file",     "this",     "that",    "from",    "than",      "more",      "holds",    "missing", "imported",
        "values",   "areas",    "measures", "practices", "cannot", "there",     "its",      "which",   "polygon",
        "point",    "arc",      "arcs",    "lies",    "must",      "text",      "list",     "year",    "date",
        "title",    "name",     "field",   "fields",    "header",    "row",      "rows",    "table",
        "practice", "measure",  "truncated", "damaged", "nested", "levels", "deep", "starts", "ends", "closed",
        "differs",  "without",  "digits",  "value",   "after",     "before"};
    std::vector<std::string> found;
    const std::string text = withoutQuotedText(dutch);
    std::string word;
    const auto flush = [&] {
        if (kEnglish.count(word)) found.push_back(word);
        word.clear();
    };
    for (char c : text) {
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') word += c;  // case kept: "Point" is a type name
        else flush();
    }
    flush();
    return found;
}

// ---- running the readers --------------------------------------------------------------------------

struct BadInput {
    std::string name;
    std::string bytes;
    const char* dutch = nullptr;  // the exact Dutch message, where checked
};

// The English message of importing `input` the dashboard's way, or "" when it was accepted.
std::string errorImporting(Database& db, const BadInput& input) {
    try {
        importFile(db, input.name, input.bytes, {});
    } catch (const ImportError& e) {
        return e.what();
    } catch (const CsvError& e) {
        return e.what();
    } catch (const std::exception& e) {
        return std::string("not an import error: ") + e.what();
    }
    return "";
}

std::string geoJsonFeature(const std::string& properties, const std::string& geometry) {
    return "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":" + properties +
           ",\"geometry\":" + geometry + "}]}";
}

std::string polygonGeometry(const std::string& coordinates) {
    return "{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}";
}

std::string topology(const std::string& arcs, const std::string& geometry) {
    return "{\"type\":\"Topology\",\"arcs\":" + arcs + ",\"objects\":{\"gemeenten\":{\"type\":\"GeometryCollection\","
           "\"geometries\":[" + geometry + "]}}}";
}

const std::string kSquare = "[[[4.1,52.1],[4.2,52.1],[4.2,52.2],[4.1,52.1]]]";
const std::string kGemeente = "{\"statcode\":\"GM0014\",\"statnaam\":\"Groningen\"}";

std::vector<BadInput> craftedBadInputs() {
    // Enough good rows for the columns to be recognised before the bad one.
    std::string manyRows = "Codering_3;Perioden;AantalInwoners_5\n";
    for (int i = 0; i < 100; ++i) manyRows += "GM0014;2024JJ00;" + std::to_string(1000 + i) + "\n";
    std::vector<BadInput> in = {
        // Files in general.
        {"leeg.geojson", "", "het bestand is leeg"},
        {"spaties.geojson", "  \n ", "het bestand is leeg"},
        {"tekst.docx", "hallo", "onbekend bestandstype: gebruik .csv, .geojson, .topojson, .gpkg of .sqlite"},
        {"kapot.sqlite", "geen database", "geen SQLite-databasebestand"},
        // JSON syntax.
        {"a.geojson", "{\"a\" 1}", "byte 6: ongeldige JSON op regel 1, kolom 6: verwacht: ':' na een naam, gevonden: '1'"},
        {"a.geojson", "{\"a\":1,}", nullptr},
        {"a.geojson", "[1 2]", "byte 4: ongeldige JSON op regel 1, kolom 4: verwacht: ',' of ']', gevonden: '2'"},
        {"a.geojson", "{\"a\":1\x01}", nullptr},
        {"a.geojson", "{\"a\":tru}", nullptr},
        {"a.geojson", "[\x02]", nullptr},
        {"a.geojson", "{\x02:1}", nullptr},
        {"a.geojson", "{\"a\"\x02}", nullptr},
        {"a.geojson", "[\"\\x\"]", nullptr},
        {"a.geojson", "[01]", nullptr},
        {"a.geojson", "[1.]", nullptr},
        {"a.geojson", "[1e]", nullptr},
        {"a.geojson", "[-]", nullptr},
        {"a.geojson", "[1e999]", "byte 2: getal '1e999' is te groot (geen eindig getal)"},
        {"a.geojson", "[\"a\x01\"]", nullptr},
        {"a.geojson", "[\"\\ud800\"]", nullptr},
        {"a.geojson", "[\"\\udc00\"]", nullptr},
        {"a.geojson", "[\"\\u12\"]", nullptr},
        {"a.geojson", "[\"\xff\"]", nullptr},
        {"a.geojson", "{} x", nullptr},
        {"a.geojson", "{\"type\":", nullptr},
        {"a.geojson", std::string(300, '[') + std::string(300, ']'), nullptr},
        // GeoJSON structure.
        {"a.geojson", "[1,2]", "geen GeoJSON: het bestand bevat een JSON-array, geen object"},
        {"a.geojson", "\"x\"", nullptr},
        {"a.geojson", "{}", "het bestand heeft geen \"type\""},
        {"a.geojson", "{\"type\":5}", nullptr},
        {"a.geojson", "{\"type\":\"Circle\"}", "onbekend GeoJSON-type \"Circle\""},
        {"a.geojson", "{\"type\":\"FeatureCollection\"}", nullptr},
        {"a.geojson", "{\"type\":\"FeatureCollection\",\"features\":[]}", "het bestand bevat geen objecten"},
        {"a.geojson", "{\"type\":\"FeatureCollection\",\"features\":[1]}", nullptr},
        {"a.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{}]}", "object 1: het object heeft geen \"type\""},
        {"a.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":7}]}", nullptr},
        {"a.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feat\"}]}", nullptr},
        {"a.geojson", geoJsonFeature("[1]", "null"), nullptr},
        {"a.geojson", geoJsonFeature(kGemeente, "5"), nullptr},
        {"a.geojson", geoJsonFeature(kGemeente, "{}"), nullptr},
        {"a.geojson", geoJsonFeature(kGemeente, "{\"type\":1}"), nullptr},
        {"a.geojson", geoJsonFeature(kGemeente, "{\"type\":\"Circle\"}"), nullptr},
        {"a.geojson", geoJsonFeature(kGemeente, "{\"type\":\"MultiLineString\"}"), nullptr},
        {"a.geojson", geoJsonFeature(kGemeente, "{\"type\":\"GeometryCollection\"}"), nullptr},
        {"a.geojson", geoJsonFeature(kGemeente, "{\"type\":\"Polygon\"}"),
         "object 1 (GM0014): Polygon heeft geen \"coordinates\""},
        {"a.geojson", geoJsonFeature(kGemeente, "{\"type\":\"Polygon\",\"coordinates\":5}"), nullptr},
        {"a.geojson", geoJsonFeature(kGemeente, polygonGeometry("[5]")), nullptr},
        {"a.geojson", geoJsonFeature(kGemeente, polygonGeometry("[[[4.1,52.1],[4.2,52.1],[4.1,52.1]]]")),
         "object 1 (GM0014): ring 1: een ring heeft minstens 4 posities nodig (de laatste gelijk aan de eerste), "
         "deze heeft er 3"},
        {"a.geojson", geoJsonFeature(kGemeente, polygonGeometry("[[[4.1,52.1],[4.2,52.1],[4.2,52.2],[\"x\",1]]]")),
         "object 1 (GM0014): ring 1, positie 4: coördinaat is geen getal"},
        {"a.geojson", geoJsonFeature(kGemeente, polygonGeometry("[[[4.1,52.1],[4.2],[4.2,52.2],[4.1,52.1]]]")), nullptr},
        {"a.geojson", geoJsonFeature(kGemeente, polygonGeometry("[[[4.1,52.1],5,[4.2,52.2],[4.1,52.1]]]")), nullptr},
        {"a.geojson", geoJsonFeature(kGemeente, polygonGeometry("[[[4.1,52.1],[4.2,52.1],[4.2,52.2],[4.1,52.15]]]")),
         "object 1 (GM0014): ring 1: de ring is niet gesloten: de laatste positie (4,1; 52,15) wijkt af van de "
         "eerste (4,1; 52,1)"},
        {"a.geojson", geoJsonFeature(kGemeente, "{\"type\":\"MultiPolygon\",\"coordinates\":[5]}"), nullptr},
        {"a.geojson", geoJsonFeature(kGemeente, "{\"type\":\"MultiPolygon\",\"coordinates\":[[]]}"), nullptr},
        {"a.geojson", geoJsonFeature(kGemeente, "{\"type\":\"Point\",\"coordinates\":[539900,6863659]}"),
         "object 1 (GM0014): positie (539900; 6863659) is geen WGS84-lengte/breedte en ook geen RD New (EPSG:28992) "
         "in Nederland: exporteer als WGS84 of RD New"},
        {"a.geojson", geoJsonFeature(kGemeente, "{\"type\":\"MultiPoint\",\"coordinates\":[[155000,463000],[5,52]]}"),
         "object 1 (GM0014): punt 2: positie (5; 52) ligt buiten het raster van RD New (EPSG:28992), anders dan de "
         "eerste positie van het bestand (155000; 463000)"},
        {"a.geojson", geoJsonFeature(kGemeente, "{\"type\":\"MultiPoint\",\"coordinates\":[[4.5,52.1],[400.5,52.1]]}"),
         nullptr},
        {"a.geojson", geoJsonFeature("{\"naam\":\"x\"}", polygonGeometry(kSquare)),
         "object 1: geen CBS-gebiedscode (een eigenschap statcode of code)"},
        {"a.geojson", geoJsonFeature(kGemeente, "null"), "object 1 (GM0014): heeft geen polygoon"},
        {"a.geojson", geoJsonFeature("{\"statcode\":\"GM9999\"}", polygonGeometry(kSquare)), nullptr},
        {"a.geojson", geoJsonFeature("{\"statcode\":\"BU00149999\"}", polygonGeometry(kSquare)), nullptr},
        {"a.geojson", "{\"type\":\"LineString\",\"coordinates\":[[4,52],[5,53]]}", nullptr},
        // TopoJSON.
        {"a.topojson", "[1]", nullptr},
        {"a.topojson", "{\"type\":\"Topo\"}", nullptr},
        {"a.topojson", "{\"type\":\"Topology\"}", nullptr},
        {"a.topojson", "{\"type\":\"Topology\",\"objects\":{}}", "de topologie heeft geen objecten"},
        {"a.topojson", "{\"type\":\"Topology\",\"objects\":{\"a\":{}}}", nullptr},
        {"a.topojson", "{\"type\":\"Topology\",\"transform\":5,\"arcs\":[],\"objects\":{\"a\":{}}}", nullptr},
        {"a.topojson", "{\"type\":\"Topology\",\"transform\":{\"scale\":[1]},\"arcs\":[],\"objects\":{\"a\":{}}}",
         "onderdeel \"transform\": \"scale\" moet een array van twee getallen zijn"},
        {"a.topojson", topology("[5]", "{}"), nullptr},
        {"a.topojson", topology("[[[0,0]]]", "{}"), "boog 0: een boog heeft minstens 2 posities nodig, deze heeft er 1"},
        {"a.topojson", topology("[[[0,0],[1,\"x\"]]]", "{}"), nullptr},
        {"a.topojson", topology("[[[0,0],[1,100]]]", "{}"), nullptr},
        {"a.topojson", "{\"type\":\"Topology\",\"arcs\":[],\"objects\":{\"gemeenten\":{\"type\":\"GeometryCollection\"}}}",
         "TopoJSON-object \"gemeenten\": een GeometryCollection heeft een array \"geometries\" nodig"},
        {"a.topojson", topology("[]", "5"), nullptr},
        {"a.topojson", topology("[]", "{\"type\":\"Circle\"}"), nullptr},
        {"a.topojson", topology("[]", "{\"type\":\"LineString\"}"), nullptr},
        {"a.topojson", topology("[]", "{\"type\":\"Polygon\"}"), nullptr},
        {"a.topojson", topology("[]", "{\"type\":\"Polygon\",\"arcs\":5}"), nullptr},
        {"a.topojson", topology("[]", "{\"type\":\"Polygon\",\"arcs\":[5]}"), nullptr},
        {"a.topojson", topology("[[[4,52],[5,52]]]", "{\"type\":\"Polygon\",\"arcs\":[[\"x\"]]}"),
         "object 1: ring 1: een boogindex moet een geheel getal zijn, gevonden: \"\"x\"\""},
        {"a.topojson", topology("[[[4,52],[5,52]]]", "{\"type\":\"Polygon\",\"arcs\":[[-3]]}"),
         "object 1: ring 1: boogindex -3 (boog 2 omgekeerd) valt buiten het bereik: de topologie heeft 1 bogen"},
        {"a.topojson", topology("[[[4,52],[5,52]],[[6,53],[4,52]]]", "{\"type\":\"Polygon\",\"arcs\":[[0,1]]}"),
         "object 1: ring 1: boog 1 begint bij (6; 53), maar boog 0 ervoor eindigt bij (5; 52): de bogen sluiten niet "
         "aan"},
        {"a.topojson", topology("[[[4,52],[5,52],[5,53],[4.5,53.5]]]", "{\"type\":\"Polygon\",\"arcs\":[[0]]}"), nullptr},
        {"a.topojson", topology("[[[4,52],[5,52]]]", "{\"type\":\"Polygon\",\"arcs\":[[0]]}"), nullptr},
        {"a.topojson", topology("[]", "{\"type\":\"Point\",\"coordinates\":[1]}"), nullptr},
        // Coordinate systems declared in GeoJSON.
        {"a.geojson", "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"link\"},\"features\":[]}",
         "onderdeel \"crs\": \"crs\" moet het coördinatenstelsel noemen: {\"type\": \"name\", \"properties\": {\"name\": "
         "...}}"},
        {"a.geojson",
         "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4258\"}},\"features\":[]}",
         "onderdeel \"crs\": het coördinatenstelsel \"EPSG:4258\" wordt niet ondersteund: gebruik WGS84 (EPSG:4326) of "
         "RD New (EPSG:28992)"},
        {"a.geojson",
         "{\"type\":\"FeatureCollection\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:28992\"}},"
         "\"features\":[{\"type\":\"Feature\",\"properties\":{\"statcode\":\"GM0014\"},"
         "\"geometry\":{\"type\":\"Point\",\"coordinates\":[5,52]}}]}",
         "object 1 (GM0014): positie (5; 52) ligt buiten Nederland, het gebied waar RD New (EPSG:28992) geldt"},
        // Boundaries in a CSV with WKT geometries.
        {"w.csv", "WKT,statcode\n\"POINT (5 52)\",GM0014\n",
         "regel 2, kolom 'WKT': teken 1: verwacht: POLYGON of MULTIPOLYGON, gevonden: 'POINT'"},
        {"w.csv", "WKT,statcode\n\"POLYGON [(5 52)]\",GM0014\n", "regel 2, kolom 'WKT': teken 9: verwacht: '(' of EMPTY, "
                                                                 "gevonden: '['"},
        {"w.csv", "WKT,statcode\n\"POLYGON ((5 52, 6 x))\",GM0014\n",
         "regel 2, kolom 'WKT': teken 19: verwacht: een getal, gevonden: 'x'"},
        {"w.csv", "WKT,statcode\n\"POLYGON ((5 52, 6 52 1 2))\",GM0014\n",
         "regel 2, kolom 'WKT': teken 24: verwacht: ',' of ')', gevonden: '2'"},
        {"w.csv", "WKT,statcode\n\"POLYGON ((5 52, 6 52, 6 53, 5 52)) x\",GM0014\n",
         "regel 2, kolom 'WKT': teken 36: verwacht: het einde van de geometrie, gevonden: 'x'"},
        {"w.csv", "WKT,statcode\n\"POLYGON ((5 52, 6 52\",GM0014\n",
         "regel 2, kolom 'WKT': teken 21: de tekst houdt op voordat de geometrie compleet is"},
        {"w.csv", "WKT,statcode\n\"POLYGON ((5 52, 6 52, 6 53, 5 52.5))\",GM0014\n",
         "regel 2, kolom 'WKT': ring 1: de ring is niet gesloten: de laatste positie (5; 52,5) wijkt af van de eerste "
         "(5; 52)"},
        {"w.csv", "WKT,statcode\n\"POLYGON ((5 52, 6 52, 5 52))\",GM0014\n", nullptr},
        {"w.csv", "WKT,statcode\n\"POLYGON ((5 52, 6 52, 6 53, 5 52))\",GM0014,x\n", "regel 2: 2 velden verwacht, 3 gevonden"},
        {"w.csv", "WKT,statcode\n\"POLYGON ((155000 463000, 5 52, 6 53, 155000 463000))\",GM0014\n", nullptr},
        {"w.csv", "WKT,statcode\n,GM0014\n", "object 1 (GM0014): heeft geen polygoon"},
        // Indicator CSV.
        {"a.csv", "x;y\n1;2\n", nullptr},
        {"a.csv", "gemeentecode;inwoners\nGM0014;5\n", nullptr},
        {"a.csv", "Codering_3;Perioden;AantalInwoners_5\nGM0014;2024JJ00;5\n\"GM0034;2024JJ00;5\n",
         "regel 3: een veld tussen aanhalingstekens wordt nergens gesloten"},
        {"a.csv", "Codering_3;Perioden;AantalInwoners_5\n\"GM0014\"x;2024JJ00;5\n", nullptr},
        {"a.csv", "Codering_3;Perioden;AantalInwoners_5\nGM0014;2024JJ00;5\nGM0034;2024JJ00;7\nGM0014;2024JJ00\n",
         "regel 4: 3 velden verwacht, 2 gevonden"},
        {"a.csv", "Codering_3;Perioden;AantalInwoners_5\nGM0014;2024JJ00;5\nGroningen stad;2024JJ00;5\n", nullptr},
        {"a.csv", "Codering_3;Perioden;AantalInwoners_5\nGM9999;2024JJ00;5\n", nullptr},
        {"a.csv", "Codering_3;Perioden;AantalInwoners_5\nGM0014;vorig jaar;5\n", nullptr},
        {"a.csv", manyRows + "GM0014;2024JJ00;veel\n", "regel 102, kolom 'AantalInwoners_5': 'veel' is geen getal"},
        {"a.csv", "area_code,indicator,period,value\nGM0014,score,2024,1\nGM0014,score,2024,2\n",
         "1 waarden herhalen gebied, indicator en periode van een eerdere regel: regel 3 herhaalt regel 2; kies "
         "\"laatste waarde telt\" om de laatste te houden"},
        {"a.csv", "code,jaar," + std::string(201, 'y') + "\nGM0014,2024,1\n",
         "regel 1, kolom 3: de naam is 201 tekens lang; de limiet is 200"},
        {"a.csv", "area_code,indicator,period,value\nGM0014" + std::string(195, ' ') + ",score,2024,1\n",
         "regel 2, kolom 'area_code': de code is 201 tekens lang; de limiet is 200"},
        {"a.csv", "\xFF\xFE\x41", "byte 3: de UTF-16-tekst houdt op midden in een teken"},
        {"a.csv", std::string("\xFF\xFE\x00\xDC", 4), "byte 3: de UTF-16-tekst bevat een los surrogaat"},
        // Action lists.
        {"b.csv", "code,phase,topic,title_nl\n", "het bestand bevat geen maatregelen"},
        {"b.csv", "code,phase,topic,title_nl\nA1,cold,water\n", "regel 2: 3 velden, terwijl de kopregel er 4 heeft"},
        {"b.csv", "code,phase,topic,title_nl\nA1,later,water,Water\n",
         "regel 2: maatregel A1: fase \"later\" is geen van \"cold\", \"first_72h\", \"after\""},
        {"b.csv", "code,phase,topic,title_nl\n,cold,water,Water\n", nullptr},
        {"b.csv", "code,phase,topic,title_nl\nA1,cold,,Water\n", nullptr},
        {"b.csv", "code,phase,topic,title_nl\nA1,cold,water,\n", nullptr},
        {"b.csv", "code,phase,topic,title_nl\nA1,cold,water,Water\nA1,cold,water,Weer\n", nullptr},
        // Practice packs.
        {"p.json", "{\"format\":\"weerbaar-practice-pack\",\"version\":2}", nullptr},
        {"p.json", "{\"format\":\"weerbaar-practice-pack\",\"version\":1}", nullptr},
        {"p.json", "{\"format\":\"weerbaar-practice-pack\",\"version\":1,\"practices\":[5]}", nullptr},
        {"p.json", "{\"format\":\"weerbaar-practice-pack\",\"version\":1,\"practices\":[{}]}", nullptr},
        {"p.json", "{\"format\":\"weerbaar-practice-pack\",\"version\":1,\"practices\":[{\"title\":5}]}", nullptr},
        {"p.json", "{\"format\":\"weerbaar-practice-pack\",\"version\":1,\"practices\":[{\"title\":\" \",\"summary\":\"s\"}]}",
         nullptr},
        {"p.json",
         "{\"format\":\"weerbaar-practice-pack\",\"version\":1,\"practices\":[{\"title\":\"Buurtkast\",\"summary\":\"\"}]}",
         nullptr},
        {"p.json",
         "{\"format\":\"weerbaar-practice-pack\",\"version\":1,\"practices\":[{\"title\":\"Buurtkast\",\"summary\":\"s\","
         "\"owner_area_year\":\"vorig\"}]}",
         nullptr},
        {"p.json",
         "{\"format\":\"weerbaar-practice-pack\",\"version\":1,\"practices\":[{\"title\":\"Buurtkast\",\"summary\":\"s\","
         "\"published\":\"gisteren\"}]}",
         "praktijkvoorbeeld 1 (Buurtkast): \"published\" is \"gisteren\", geen datum JJJJ-MM-DD"},
        {"p.json",
         "{\"format\":\"weerbaar-practice-pack\",\"version\":1,\"practices\":[{\"title\":\"Buurtkast\",\"summary\":\"s\","
         "\"measures\":5}]}",
         nullptr},
        {"p.json",
         "{\"format\":\"weerbaar-practice-pack\",\"version\":1,\"practices\":[{\"title\":\"Buurtkast\",\"summary\":\"s\","
         "\"measures\":[5]}]}",
         "praktijkvoorbeeld 1 (Buurtkast), maatregel 1: moet een object zijn met \"code\" en \"title_nl\""},
        {"p.json",
         "{\"format\":\"weerbaar-practice-pack\",\"version\":1,\"practices\":[{\"title\":\"Buurtkast\",\"summary\":\"s\","
         "\"scenarios\":[{}]}]}",
         nullptr},
        {"p.json",
         "{\"format\":\"weerbaar-practice-pack\",\"version\":1,\"practices\":[{\"title\":\"Buurtkast\",\"summary\":\"s\","
         "\"scenarios\":[{\"code\":7}]}]}",
         nullptr},
    };
    return in;
}

// GeoPackages that are wrong in one way each, made from a good one.
std::vector<BadInput> craftedBadGeoPackages() {
    FeatureSet set;
    Feature feature;
    feature.properties.push_back({"statcode", "GM0014"});
    feature.polygons.push_back({{{{4.1, 52.1}, {4.2, 52.1}, {4.2, 52.2}, {4.1, 52.1}}}});
    set.features.push_back(feature);
    const std::vector<uint8_t> good = writeGeoPackage(set, "gemeenten");
    const auto changed = [&](const std::string& sql) {
        Database db = Database::fromBytes(good.data(), good.size());
        db.exec("PRAGMA foreign_keys = OFF; " + sql);
        const std::vector<uint8_t> bytes = db.serialize();
        return std::string(bytes.begin(), bytes.end());
    };
    Database plain = Database::openMemory();
    plain.exec("CREATE TABLE x (a); INSERT INTO x VALUES (1);");
    const std::vector<uint8_t> plainBytes = plain.serialize();
    return {
        {"x.gpkg", std::string(plainBytes.begin(), plainBytes.end()),
         "geen GeoPackage: het SQLite-bestand heeft geen tabellen gpkg_contents en gpkg_geometry_columns"},
        {"x.sqlite", std::string(plainBytes.begin(), plainBytes.end()),
         "geen Weerbaar-database (geen tabel area of geen schemaversie)"},
        {"x.gpkg", changed("UPDATE gpkg_contents SET srs_id = 999; UPDATE gpkg_geometry_columns SET srs_id = 999;"),
         nullptr},
        {"x.gpkg", changed("DELETE FROM gpkg_contents"), nullptr},
        {"x.gpkg", changed("UPDATE gemeenten SET geom = 'tekst'"), nullptr},
        {"x.gpkg", changed("UPDATE gemeenten SET geom = x'00010203'"), nullptr},
        {"x.gpkg", changed("UPDATE gemeenten SET geom = geom || x'00'"), nullptr},
        {"x.gpkg", changed("UPDATE gemeenten SET geom = x'4750010100000000'"), nullptr},
        {"x.gpkg", changed("UPDATE gemeenten SET geom = x'4750000F00000000'"), nullptr},
        {"x.gpkg", changed("UPDATE gpkg_geometry_columns SET column_name = 'vorm'"), nullptr},
    };
}

std::vector<std::pair<std::string, std::string>> malformedCorpus() {
    // tests/malformed/: the files and the English messages of malformed_files_test.cpp.
    return {
        {"truncated.geojson", "byte 213: het bestand houdt op voordat de JSON compleet is (afgebroken?)"},
        {"invalid.json", "byte 47: ongeldige JSON op regel 3, kolom 4: verwacht: een naam tussen dubbele "
                         "aanhalingstekens, gevonden: '''"},
        {"web_mercator.geojson",
         "onderdeel \"crs\": het coördinatenstelsel \"urn:ogc:def:crs:EPSG::3857\" wordt niet ondersteund: gebruik "
         "WGS84 (EPSG:4326) of RD New (EPSG:28992)"},
        {"unclosed_ring.geojson", "object 1 (VR13): polygoon 2, ring 1: de ring is niet gesloten: de laatste positie "
                                  "(4,8; 52,25) wijkt af van de eerste (4,8; 52,2)"},
        {"line_string.geojson", "object 1: geometrieën van het type LineString worden niet ondersteund: alleen "
                                "Polygon, MultiPolygon, Point en MultiPoint"},
        {"out_of_range_arc.topojson",
         "object 2 (GM0034): ring 1: boogindex 1 valt buiten het bereik: de topologie heeft 1 bogen"},
        {"unclosed_quote.csv", "regel 3: een veld tussen aanhalingstekens wordt nergens gesloten"},
        {"wkt_misplaced_parenthesis.csv", "regel 3, kolom 'WKT': teken 67: verwacht: '(', gevonden: '4.44'"},
        {"gpkg_line_string.gpkg", "object 1 (rij-id 1): geometrieën van het type LineString worden niet "
                                  "ondersteund: alleen Polygon, MultiPolygon, Point en MultiPoint"},
        {"gpkg_lying_ring_count.gpkg", "object 1 (rij-id 1): de WKB noemt 4294967295 ringen, maar er zijn nog maar "
                                       "0 bytes over (afgebroken of beschadigd)"},
        {"gpkg_injected_table_name.gpkg",
         "laag \"areas\"; DROP TABLE areas; --\": de tabel die gpkg_contents noemt, bestaat niet"},
        {"gpkg_web_mercator.gpkg",
         "laag \"areas\": het coördinatenstelsel \"EPSG:3857\" (\"WGS 84 / Pseudo-Mercator\") wordt niet "
         "ondersteund: gebruik WGS84 (EPSG:4326) of RD New (EPSG:28992)"},
    };
}

// The English message of reading a malformed file (as malformed_files_test.cpp reads it).
std::string errorReadingMalformed(const std::string& name, const std::string& text) {
    const auto endsWith = [&](const char* suffix) {
        const std::string s(suffix);
        return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
    };
    try {
        if (endsWith(".csv") && isWktCsv(text)) {
            readWktCsv(text);
        } else if (endsWith(".csv")) {
            CsvReader reader(text);
            std::vector<std::string_view> fields;
            while (reader.next(fields)) {
            }
        } else if (endsWith(".gpkg")) {
            readGeoPackage(text);
        } else if (endsWith(".topojson")) {
            readTopoJson(text);
        } else {
            readGeoFile(text);
        }
    } catch (const ImportError& e) {
        return e.what();
    } catch (const CsvError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

TEST(ImportMessageDutch, EveryTemplateIsWellFormed) {
    const auto& templates = importMessageTemplates();
    EXPECT_GT(templates.size(), 150u);
    std::set<std::string> seen;
    for (const ImportMessageTemplate& t : templates) {
        const std::string english = t.english, dutch = t.dutch;
        EXPECT_TRUE(seen.insert(english).second) << "twice: " << english;
        ASSERT_FALSE(dutch.empty()) << english;
        size_t placeholders = 0;
        bool previousWasPlaceholder = false;
        for (size_t i = 0; i < english.size(); ++i) {
            if (isPlaceholder(english, i)) {
                // Two placeholders side by side could split their text anywhere.
                EXPECT_FALSE(previousWasPlaceholder) << english;
                ++placeholders;
                previousWasPlaceholder = true;
                i += 2;
            } else {
                previousWasPlaceholder = false;
            }
        }
        // Every placeholder appears in the Dutch text exactly once: nothing from the file is lost.
        for (size_t k = 1; k <= placeholders; ++k) {
            const std::string reference = "{" + std::to_string(k) + "}";
            const size_t at = dutch.find(reference);
            EXPECT_NE(at, std::string::npos) << reference << " missing in: " << dutch;
            EXPECT_EQ(dutch.find(reference, at + 1), std::string::npos) << reference << " twice in: " << dutch;
        }
        EXPECT_EQ(dutch.find("{" + std::to_string(placeholders + 1) + "}"), std::string::npos) << dutch;
        EXPECT_TRUE(englishWordsIn(dutch).empty()) << dutch << ": " << englishWordsIn(dutch).front();
    }
}

TEST(ImportMessageDutch, EveryMessageLiteralInTheImportersHasATemplate) {
    std::vector<std::string> files = {"src/core/checklist.cpp", "src/core/practices.cpp",
                                      "src/core/untrusted_database.cpp", "src/core/schema.cpp",
                                      "src/core/database.cpp",
                                      // the edit forms' core checks
                                      "src/core/costs.cpp", "src/core/organisations.cpp", "src/core/scenarios.cpp",
                                      "src/core/assignments.cpp", "src/core/vulnerability.cpp"};
    for (const char* name :
         {"action_list_csv.cpp", "action_list_file.cpp", "boundary_import.cpp", "csv_reader.cpp", "csv_reader.h",
          "csv_writer.cpp", "decoded_text_import.cpp", "file_import.cpp", "geo_file_reader.cpp", "geo_geometry_walk.h", "geo_json_parsing.cpp",
          "geojson_reader.cpp", "geojson_stream.cpp", "geopackage_reader.cpp", "gpkg_geometry.cpp",
          "indicator_import.cpp", "ingest_benchmark.cpp", "json_events.cpp", "practice_pack.cpp", "text_encoding.cpp",
          "topojson_reader.cpp", "file_coordinates.cpp", "wkt_reader.cpp", "wkt_csv_reader.cpp"})
        files.push_back(std::string("src/io/") + name);

    std::vector<std::string> pieces;
    for (const ImportMessageTemplate& t : importMessageTemplates())
        for (const std::string& piece : literalPieces(t.english)) pieces.push_back(piece);

    size_t checked = 0;
    for (const std::string& file : files) {
        for (const MessageLiteral& literal : messageLiterals(file)) {
            if (isSql(literal.text)) continue;  // a query whose result goes into a message
            for (const std::string& words : wordRuns(literal.text)) {
                ++checked;
                bool found = false;
                for (const std::string& piece : pieces) found = found || piece.find(words) != std::string::npos;
                EXPECT_TRUE(found) << literal.place << ": no template holds \"" << words << "\" (of \"" << literal.text
                                   << "\")";
            }
        }
    }
    // The scan must really find the messages (a broken scanner would check nothing).
    EXPECT_GT(checked, 200u);
}

TEST(ImportMessageDutch, TheMalformedFilesReadInDutch) {
    for (const auto& [name, dutch] : malformedCorpus()) {
        const std::string text = test::readFile(kSource + "/tests/malformed/" + name);
        const std::string english = errorReadingMalformed(name, text);
        ASSERT_FALSE(english.empty()) << name;
        EXPECT_EQ(importMessageIn(Language::Dutch, english), dutch) << name;
        EXPECT_EQ(importMessageIn(Language::English, english), english) << name;
    }
}

TEST(ImportMessageDutch, CraftedBadInputsReadWhollyInDutch) {
    Database db = test::openDefaultDatabase();
    std::vector<BadInput> inputs = craftedBadInputs();
    for (BadInput& gpkg : craftedBadGeoPackages()) inputs.push_back(std::move(gpkg));
    std::set<std::string> distinct;
    for (const BadInput& input : inputs) {
        const std::string english = errorImporting(db, input);
        const std::string label = input.name + " " + input.bytes.substr(0, 80);
        ASSERT_FALSE(english.empty()) << "accepted: " << label;
        distinct.insert(english);
        const std::optional<std::string> dutch = dutchImportMessage(english);
        ASSERT_TRUE(dutch.has_value()) << "no template for: " << english;
        EXPECT_TRUE(englishWordsIn(*dutch).empty()) << english << "\n -> " << *dutch;
        if (input.dutch) EXPECT_EQ(*dutch, input.dutch) << english;
        if (std::getenv("WEERBAAR_SHOW_IMPORT_MESSAGES")) std::cout << english << "\n  " << *dutch << "\n";
    }
    EXPECT_GT(distinct.size(), 100u);
}

TEST(ImportMessageDutch, TextFromTheFileIsCarriedOverUnchanged) {
    // Quotes, colons and English words inside quoted file text are left alone.
    EXPECT_EQ(importMessageIn(Language::Dutch, "layer \"the: line 3\": the table listed in gpkg_contents does not exist"),
              "laag \"the: line 3\": de tabel die gpkg_contents noemt, bestaat niet");
    EXPECT_EQ(importMessageIn(Language::Dutch, "line 4, column 'value: 2': 'not a number' is not a number"),
              "regel 4, kolom 'value: 2': 'not a number' is geen getal");
    EXPECT_EQ(importMessageIn(Language::Dutch, "feature 3 (row id 17): has no polygon"), "object 3 (rij-id 17): heeft geen polygoon");
    // Library text stays as it is inside the translated sentence.
    EXPECT_EQ(importMessageIn(Language::Dutch, "the GeoPackage cannot be read: no such column: fid"),
              "de GeoPackage kan niet worden gelezen: no such column: fid");
    // The JSON library's own words after "not JSON" are kept.
    Database db = test::openDefaultDatabase();
    const std::string broken = "{\"format\":\"weerbaar-practice-pack\",\"version\":1,\"practices\":[}";
    const std::string english = errorImporting(db, {"p.json", broken});
    const size_t notJson = english.find(": not JSON: ");
    ASSERT_TRUE(english.rfind("byte ", 0) == 0 && notJson != std::string::npos) << english;
    EXPECT_EQ(importMessageIn(Language::Dutch, english),
              english.substr(0, notJson) + ": geen JSON: " + english.substr(notJson + 12));
    // Successful imports too.
    EXPECT_EQ(importMessageIn(Language::Dutch, "imported 342 boundaries (12 new areas)"),
              "342 grenzen geïmporteerd (12 nieuwe gebieden)");
    // Counts get the Dutch thousands separator.
    EXPECT_EQ(importMessageIn(Language::Dutch, "imported 102600 values of 30 indicator(s) for 342 areas: 99180 new, "
                                               "3420 replaced"),
              "102.600 waarden van 30 indicator(en) voor 342 gebieden geïmporteerd: 99.180 nieuw, 3.420 vervangen");
    EXPECT_EQ(importMessageIn(Language::Dutch, "imported 5 values of 1 indicator(s) for 4 areas: 5 new, 0 replaced; 4 "
                                               "earlier values of repeated keys were overwritten; the file is not "
                                               "valid UTF-8 and was read as Windows-1252"),
              "5 waarden van 1 indicator(en) voor 4 gebieden geïmporteerd: 5 nieuw, 0 vervangen; 4 eerdere waarden van "
              "herhaalde sleutels overschreven (laatste waarde telt); het bestand is geen geldige UTF-8 en is gelezen "
              "als Windows-1252");
    EXPECT_EQ(importMessageIn(Language::Dutch, "imported 15000 boundaries (14658 new areas)"),
              "15.000 grenzen geïmporteerd (14.658 nieuwe gebieden)");
    EXPECT_EQ(importMessageIn(Language::Dutch, "3 practices added, 1 already present (skipped), 2 links not found"),
              "3 praktijkvoorbeelden toegevoegd, 1 al aanwezig (overgeslagen), 2 koppelingen niet gevonden");
}

TEST(ImportMessageDutch, AnUnknownMessageStaysEnglish) {
    const std::vector<std::string> unknown = {
        "std::bad_alloc",
        "line 3: something new went wrong",       // a known place, an unknown message: all English
        "feature 1 (GM0014): polygon 2, ring 1: ",  // nothing after the place
        ": ",
        ":",
        "line : the file is empty",
        std::string(5000, 'x'),
        "\xff\xfe line 1",
    };
    for (const std::string& message : unknown) {
        EXPECT_FALSE(dutchImportMessage(message).has_value()) << message;
        EXPECT_EQ(importMessageIn(Language::Dutch, message), message);
    }
    EXPECT_EQ(importMessageIn(Language::Dutch, ""), "");
    // Deeply nested places still finish quickly.
    std::string nested = "the file is empty";
    for (int i = 0; i < 200; ++i) nested = "line " + std::to_string(i) + ": " + nested;
    EXPECT_TRUE(dutchImportMessage(nested).has_value());
}

TEST(ImportMessageDutch, TheNoticeSpeaksTheInterfaceLanguageAndScriptsKeepEnglish) {
    for (const Language language : {Language::Dutch, Language::English}) {
        ui::setLanguage(language);
        AppState app;
        test::openDefaultData(app);
        queueImport(app, {"b.csv", "code,jaar,score\nGM9999,2024,1\n", {}, 8, false});
        queueImport(app, {"a.csv", "code,jaar,score\nGM0014,2024,1\n", {}, 9, false});
        queueImport(app, {"c.geojson", "{\"type\":\"Circle\"}", {}, 10, false});
        std::vector<std::string> notices;
        while (app.imports.busy()) {
            advanceImports(app, io::ImportClock::time_point::max());
            if (app.notice && (notices.empty() || notices.back() != app.notice->text)) notices.push_back(app.notice->text);
        }
        ASSERT_EQ(app.imports.finished.size(), 3u);
        // Dashboard.importFile's message: English whatever the interface language.
        EXPECT_EQ(app.imports.finished[0].message, "b.csv, line 2: unknown area code GM9999");
        EXPECT_EQ(app.imports.finished[1].message, "a.csv: imported 1 values of 1 indicator(s) for 1 areas");
        EXPECT_EQ(app.imports.finished[2].message, "c.geojson: unknown GeoJSON type \"Circle\"");
        ASSERT_EQ(notices.size(), 3u);
        if (language == Language::Dutch) {
            EXPECT_EQ(notices[0], "Import mislukt, er is niets gewijzigd: b.csv, regel 2: onbekende gebiedscode GM9999");
            EXPECT_EQ(notices[1], std::string(ui::translation(ui::Text::NoticeImported, Language::Dutch)) +
                                      ": a.csv: 1 waarden van 1 indicator(en) voor 1 gebieden geïmporteerd");
            EXPECT_EQ(notices[2], "Import mislukt, er is niets gewijzigd: c.geojson: onbekend GeoJSON-type \"Circle\"");
        } else {
            EXPECT_EQ(notices[0], "Import failed, nothing was changed: b.csv, line 2: unknown area code GM9999");
            EXPECT_EQ(notices[2], "Import failed, nothing was changed: c.geojson: unknown GeoJSON type \"Circle\"");
        }
    }
    ui::setLanguage(Language::Dutch);
}

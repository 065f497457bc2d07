// The JSON reader behind the GeoJSON and TopoJSON readers: exact numbers on the fast path, escapes,
// UTF-8 checks, and errors that say where.
#include <gtest/gtest.h>

#include <cstdlib>
#include <random>

#include "io/import_error.h"
#include "io/json_events.h"

using namespace wb::io;

namespace {

// Records the events as compact text: n b i u d s k { } [ ].
class Recorder : public JsonEvents {
public:
    std::string log;
    std::vector<double> numbers;
    void null() override { log += "n"; }
    void boolean(bool v) override { log += v ? "T" : "F"; }
    void integer(int64_t v) override { log += "i" + std::to_string(v) + ";"; }
    void unsignedInteger(uint64_t v) override { log += "u" + std::to_string(v) + ";"; }
    void number(double v) override {
        log += "d";
        numbers.push_back(v);
    }
    void string(std::string&& v) override { log += "s(" + v + ")"; }
    void key(std::string&& v) override { log += "k(" + v + ")"; }
    void startObject() override { log += "{"; }
    void endObject() override { log += "}"; }
    void startArray() override { log += "["; }
    void endArray() override { log += "]"; }
};

std::string events(const std::string& text) {
    Recorder r;
    readJsonEvents(text, r);
    return r.log;
}

std::string error(const std::string& text) {
    try {
        Recorder r;
        readJsonEvents(text, r);
    } catch (const ImportError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST(JsonEvents, ReportsStructureAndValues) {
    EXPECT_EQ(events(R"({"a":[1,-2,true,false,null,"x",{}],"b":[]})"), "{k(a)[u1;i-2;TFns(x){}]k(b)[]}");
    EXPECT_EQ(events("\xEF\xBB\xBF [ ] "), "[]");
    EXPECT_EQ(events("18446744073709551615"), "u18446744073709551615;");
    EXPECT_EQ(events("-9223372036854775808"), "i-9223372036854775808;");
    EXPECT_EQ(events("18446744073709551616"), "d");  // past 64 bits: a double
}

TEST(JsonEvents, UnescapesStringsIncludingSurrogatePairs) {
    EXPECT_EQ(events(R"("a\"b\\c\/d\n\t\u00e2\u20ac\ud83d\ude00")"), "s(a\"b\\c/d\n\t\xC3\xA2\xE2\x82\xAC\xF0\x9F\x98\x80)");
    EXPECT_EQ(events("\"Frysl\xC3\xA2n\""), "s(Frysl\xC3\xA2n)");
}

TEST(JsonEvents, ConvertsNumbersExactlyAsStrtodDoes) {
    std::mt19937_64 random(42);
    for (int i = 0; i < 200000; ++i) {
        // Coordinates as files write them (up to 17 significant digits), and a spread of exponents.
        char text[64];
        const double magnitude = std::ldexp(static_cast<double>(random() % 1000000007) / 1000000007.0, static_cast<int>(random() % 40) - 20);
        const int digits = 1 + static_cast<int>(random() % 17);
        std::snprintf(text, sizeof text, i % 3 ? "%.*f" : "%.*e", digits, (random() % 2 ? -1 : 1) * magnitude);
        Recorder r;
        readJsonEvents(text, r);
        ASSERT_EQ(r.numbers.size(), 1u) << text;
        EXPECT_EQ(r.numbers[0], std::strtod(text, nullptr)) << text;
    }
}

TEST(JsonEvents, RefusesWhatIsNotJsonAndSaysWhere) {
    EXPECT_EQ(error("[1,]"), "byte 4: invalid JSON at line 1, column 4: expected a value, found ']'");
    EXPECT_EQ(error("{\"a\":1,}"), "byte 8: invalid JSON at line 1, column 8: expected a member name in double quotes, found '}'");
    EXPECT_EQ(error("[01]"), "byte 2: invalid JSON at line 1, column 2: a number must not start with 0 ('01')");
    EXPECT_EQ(error("[1.]"), "byte 2: invalid JSON at line 1, column 2: invalid number '1.' (digits must follow '.')");
    EXPECT_EQ(error("\n[1e999]"), "byte 3: number '1e999' is too large (not a finite number)");
    EXPECT_EQ(error("[\"a\x01\"]"), "byte 4: invalid JSON at line 1, column 4: a control character (code 1) in a string must be escaped");
    EXPECT_EQ(error("[\"\\ud83d\"]"), "byte 3: invalid JSON at line 1, column 3: a \\u escape of a high surrogate without its low surrogate");
    EXPECT_EQ(error("[\"\xC0\xAF\"]"), "byte 3: invalid JSON at line 1, column 3: the text is not valid UTF-8 (save the file as UTF-8)");
    EXPECT_EQ(error("[\"\xED\xA0\x80\"]"), "byte 3: invalid JSON at line 1, column 3: the text is not valid UTF-8 (save the file as UTF-8)");
    EXPECT_EQ(error("[1] 2"), "byte 5: invalid JSON at line 1, column 5: unexpected text after the end of the JSON value");
    EXPECT_EQ(error("[tru"), "byte 4: the file ends before the JSON is complete (truncated?)");
    EXPECT_EQ(error("{\"a\":[1,2"), "byte 9: the file ends before the JSON is complete (truncated?)");
    EXPECT_EQ(error("\"abc"), "byte 4: the file ends before the JSON is complete (truncated?)");
}

// Read a few bytes at a time, the reader gives the same events and the same errors as in one go.
TEST(JsonEvents, ReadInPartsGivesTheSameEvents) {
    const std::string text =
        "\xEF\xBB\xBF{\"type\": \"FeatureCollection\", \"features\": [{\"a\": [1, -2.5, \"x\\u00e9\", true, null]}, "
        "{\"b\": {}}, [], {\"c\": [[3e2, 4], [5, 6]]}]}  \n";
    Recorder whole;
    readJsonEvents(text, whole);
    for (size_t part : {1u, 3u, 7u, 64u}) {
        Recorder parts;
        JsonEventReader reader(text, parts);
        int calls = 1;
        size_t before = reader.position();
        while (!reader.read(part)) {
            EXPECT_GT(reader.position(), before) << "each part reads on";
            before = reader.position();
            ++calls;
        }
        EXPECT_EQ(parts.log, whole.log) << "parts of " << part;
        EXPECT_EQ(reader.position(), text.size());
        if (part < 64) EXPECT_GT(calls, 5) << "parts of " << part;
    }
    Recorder broken;
    JsonEventReader reader("[1, 2, 3, 4, 5, 6,]", broken);
    EXPECT_FALSE(reader.read(4));
    try {
        while (!reader.read(4)) {
        }
        FAIL() << "the trailing comma should be refused";
    } catch (const ImportError& e) {
        EXPECT_STREQ(e.what(), "byte 19: invalid JSON at line 1, column 19: expected a value, found ']'");
    }
}

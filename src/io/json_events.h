// A JSON reader that reports what it reads as events (a value, the start or end of an object or
// array, a member name), for the GeoJSON and TopoJSON readers to build from.
//
// Why not the JSON library's own parser: boundary files are mostly numbers, and the library
// converts each with strtod, which in the WebAssembly build works in emulated 128-bit long double
// arithmetic: a 15,000-neighbourhood file took 1.6 s to read, nearly all of it number conversion.
// Here a number with up to 15 significant digits and a small exponent (every coordinate CBS and
// PDOK write) is converted exactly with one double multiplication or division (Clinger's fast
// path: both operands are exact, so the one rounding is the correct one); only longer numbers go
// to strtod.
//
// Strict JSON (RFC 8259): no comments, no trailing commas, strings must be valid UTF-8 (checked:
// everything built from the events may rely on it), escapes including surrogate pairs. A UTF-8
// byte-order mark at the start is skipped. Errors throw ImportError with where = "byte N" (1-based)
// and a message naming the line and column.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace wb::io {

class JsonEvents {
public:
    virtual ~JsonEvents() = default;
    virtual void null() = 0;
    virtual void boolean(bool value) = 0;
    virtual void integer(int64_t value) = 0;             // negative integers
    virtual void unsignedInteger(uint64_t value) = 0;    // non-negative integers
    virtual void number(double value) = 0;               // with a fraction or exponent, or too long for 64 bits
    virtual void string(std::string&& value) = 0;
    virtual void key(std::string&& name) = 0;            // a member name; its value follows
    virtual void startObject() = 0;
    virtual void endObject() = 0;
    virtual void startArray() = 0;
    virtual void endArray() = 0;
};

void readJsonEvents(std::string_view text, JsonEvents& events);

// The same reader a part at a time, so a large file can be read across frames (io/import_job.h).
class JsonEventReader {
public:
    JsonEventReader(std::string_view text, JsonEvents& events);
    ~JsonEventReader();
    // Reads about `bytes` more (a string or number is never cut); true when the JSON value is
    // complete and nothing but space follows it.
    bool read(size_t bytes);
    size_t position() const;  // bytes read so far

private:
    class Reader;
    std::unique_ptr<Reader> reader_;
};

}  // namespace wb::io

#include "io/json_events.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

#include "io/import_error.h"
#include "io/utf8.h"

namespace wb::io {
namespace {

constexpr double kExactPowersOfTen[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

}  // namespace

class JsonEventReader::Reader {
public:
    Reader(std::string_view text, JsonEvents& events) : text_(text), events_(events) {}

    size_t position() const { return pos_; }

    // Reads on until the value is complete (true) or the text up to `stop` has been read (false).
    bool run(size_t stop) {
        if (!started_) {
            started_ = true;
            if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
            readValue();
        }
        while (true) {
            if (open_.empty()) {
                skipSpace();
                if (pos_ != text_.size()) fail(pos_, "unexpected text after the end of the JSON value");
                return true;
            }
            if (pos_ >= stop) return false;
            skipSpace();
            const char c = next();
            if (c == ',') {
                if (open_.back() == '{') readKey();
                readValue();
            } else if (c == '}' && open_.back() == '{') {
                open_.pop_back();
                events_.endObject();
            } else if (c == ']' && open_.back() == '[') {
                open_.pop_back();
                events_.endArray();
            } else {
                fail(pos_ - 1, std::string("expected ',' or '") + (open_.back() == '{' ? '}' : ']') + "', found " +
                                   describe(c));
            }
        }
    }

private:
    // Reads one value; an object or array is only opened (its members follow in run()).
    void readValue() {
        skipSpace();
        const size_t start = pos_;
        const char c = next();
        switch (c) {
            case '{':
                events_.startObject();
                skipSpace();
                if (peek() == '}') {
                    ++pos_;
                    events_.endObject();
                } else {
                    open_.push_back('{');
                    readKey();
                    readValue();
                }
                return;
            case '[':
                events_.startArray();
                skipSpace();
                if (peek() == ']') {
                    ++pos_;
                    events_.endArray();
                } else {
                    open_.push_back('[');
                    readValue();
                }
                return;
            case '"': events_.string(readString()); return;
            case 't': expectWord(start, "true"); events_.boolean(true); return;
            case 'f': expectWord(start, "false"); events_.boolean(false); return;
            case 'n': expectWord(start, "null"); events_.null(); return;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    --pos_;
                    readNumber();
                    return;
                }
                fail(start, "expected a value, found " + describe(c));
        }
    }

    void readKey() {
        skipSpace();
        const size_t start = pos_;
        if (next() != '"') fail(start, "expected a member name in double quotes, found " + describe(text_[start]));
        std::string name = readString();
        skipSpace();
        const size_t colon = pos_;
        if (next() != ':') fail(colon, "expected ':' after a member name, found " + describe(text_[colon]));
        events_.key(std::move(name));
    }

    // After the opening quote; returns the unescaped text.
    std::string readString() {
        std::string out;
        while (true) {
            // The common case first: a run of plain ASCII copied in one go.
            const size_t runStart = pos_;
            while (pos_ < text_.size()) {
                const auto byte = static_cast<unsigned char>(text_[pos_]);
                if (byte == '"' || byte == '\\' || byte < 0x20 || byte >= 0x80) break;
                ++pos_;
            }
            out.append(text_.data() + runStart, pos_ - runStart);
            if (pos_ >= text_.size()) truncated();
            const auto byte = static_cast<unsigned char>(text_[pos_]);
            if (byte == '"') {
                ++pos_;
                return out;
            }
            if (byte == '\\') {
                readEscape(out);
            } else if (byte < 0x20) {
                fail(pos_, "a control character (code " + std::to_string(byte) + ") in a string must be escaped");
            } else {
                copyUtf8Character(out);
            }
        }
    }

    void readEscape(std::string& out) {
        const size_t start = pos_++;
        const char c = next();
        switch (c) {
            case '"': out += '"'; return;
            case '\\': out += '\\'; return;
            case '/': out += '/'; return;
            case 'b': out += '\b'; return;
            case 'f': out += '\f'; return;
            case 'n': out += '\n'; return;
            case 'r': out += '\r'; return;
            case 't': out += '\t'; return;
            case 'u': break;
            default: fail(start, "invalid escape \\" + std::string(1, c) + " in a string");
        }
        uint32_t code = readHex4(start);
        if (code >= 0xD800 && code <= 0xDBFF) {  // a high surrogate: the low one must follow
            if (text_.substr(pos_, 2) != "\\u") fail(start, "a \\u escape of a high surrogate without its low surrogate");
            pos_ += 2;
            const uint32_t low = readHex4(start);
            if (low < 0xDC00 || low > 0xDFFF) fail(start, "a \\u escape of a high surrogate without its low surrogate");
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
        } else if (code >= 0xDC00 && code <= 0xDFFF) {
            fail(start, "a \\u escape of a low surrogate without its high surrogate");
        }
        appendUtf8(out, code);
    }

    uint32_t readHex4(size_t escapeStart) {
        if (pos_ + 4 > text_.size()) truncated();
        uint32_t code = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = text_[pos_++];
            code <<= 4;
            if (c >= '0' && c <= '9') code |= static_cast<uint32_t>(c - '0');
            else if (c >= 'a' && c <= 'f') code |= static_cast<uint32_t>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F') code |= static_cast<uint32_t>(c - 'A' + 10);
            else fail(escapeStart, "a \\u escape needs four hexadecimal digits");
        }
        return code;
    }

    // One multi-byte UTF-8 character, checked (no overlong forms, no surrogates, at most U+10FFFF).
    void copyUtf8Character(std::string& out) {
        const size_t start = pos_;
        const int length = utf8SequenceLength(static_cast<unsigned char>(text_[pos_]));
        if (length < 2) fail(start, "the text is not valid UTF-8 (save the file as UTF-8)");
        if (pos_ + static_cast<size_t>(length) > text_.size()) truncated();
        if (!isValidUtf8Sequence(text_.substr(pos_, static_cast<size_t>(length))))
            fail(start, "the text is not valid UTF-8 (save the file as UTF-8)");
        out.append(text_.data() + pos_, static_cast<size_t>(length));
        pos_ += static_cast<size_t>(length);
    }

    void readNumber() {
        const size_t start = pos_;
        const bool negative = peek() == '-';
        if (negative) ++pos_;
        uint64_t mantissa = 0;
        uint64_t integerValue = 0;   // the integer part in full, while it fits 64 bits
        bool integerFits = true;
        int significant = 0;     // digits in the mantissa (leading zeros not counted)
        int dropped = 0;         // integer digits beyond what the mantissa holds
        bool isInteger = true;
        auto digit = [&](char c) { return c >= '0' && c <= '9'; };
        auto take = [&](char c, bool integerPart) {
            if (significant < 19) {
                mantissa = mantissa * 10 + static_cast<uint64_t>(c - '0');
                if (mantissa) ++significant;
            } else if (integerPart) {
                ++dropped;
            }
        };
        if (pos_ >= text_.size()) truncated();
        if (text_[pos_] == '0') {
            ++pos_;
            if (pos_ < text_.size() && digit(text_[pos_])) fail(start, "a number must not start with 0 (" + token(start) + ")");
        } else if (digit(text_[pos_])) {
            while (pos_ < text_.size() && digit(text_[pos_])) {
                const auto d = static_cast<uint64_t>(text_[pos_] - '0');
                if (integerValue > (UINT64_MAX - d) / 10) integerFits = false;
                else integerValue = integerValue * 10 + d;
                take(text_[pos_++], true);
            }
        } else {
            fail(start, "invalid number " + token(start));
        }
        int fractionDigits = 0;
        if (pos_ < text_.size() && text_[pos_] == '.') {
            isInteger = false;
            ++pos_;
            if (pos_ >= text_.size() || !digit(text_[pos_])) fail(start, "invalid number " + token(start) + " (digits must follow '.')");
            while (pos_ < text_.size() && digit(text_[pos_])) {
                if (significant < 19) {
                    take(text_[pos_], false);
                    ++fractionDigits;
                }
                ++pos_;
            }
        }
        int exponent = 0;
        if (pos_ < text_.size() && (text_[pos_] == 'e' || text_[pos_] == 'E')) {
            isInteger = false;
            ++pos_;
            bool negativeExponent = false;
            if (pos_ < text_.size() && (text_[pos_] == '+' || text_[pos_] == '-')) negativeExponent = text_[pos_++] == '-';
            if (pos_ >= text_.size() || !digit(text_[pos_])) fail(start, "invalid number " + token(start) + " (digits must follow the exponent)");
            while (pos_ < text_.size() && digit(text_[pos_])) {
                if (exponent < 100000) exponent = exponent * 10 + (text_[pos_] - '0');
                ++pos_;
            }
            if (negativeExponent) exponent = -exponent;
        }
        if (isInteger && integerFits) {
            if (!negative) {
                events_.unsignedInteger(integerValue);
                return;
            }
            if (integerValue <= static_cast<uint64_t>(INT64_MAX) + 1) {
                events_.integer(integerValue == static_cast<uint64_t>(INT64_MAX) + 1 ? INT64_MIN
                                                                                   : -static_cast<int64_t>(integerValue));
                return;
            }
        }
        const int scale = exponent - fractionDigits + dropped;
        double value;
        if (significant <= 15 && scale >= -22 && scale <= 22) {
            value = static_cast<double>(mantissa);  // exact: below 2^53
            value = scale < 0 ? value / kExactPowersOfTen[-scale] : value * kExactPowersOfTen[scale];
            if (negative) value = -value;
        } else {
            const std::string text(text_.substr(start, pos_ - start));
            value = std::strtod(text.c_str(), nullptr);
        }
        if (!std::isfinite(value)) {
            throw ImportError("byte " + std::to_string(start + 1), "number " + token(start) + " is too large (not a finite number)");
        }
        events_.number(value);
    }

    void expectWord(size_t start, std::string_view word) {
        if (text_.substr(start, word.size()) != word) {
            if (text_.size() - start < word.size() && word.substr(0, text_.size() - start) == text_.substr(start)) truncated();
            fail(start, "expected a value, found " + token(start));
        }
        pos_ = start + word.size();
    }

    void skipSpace() {
        while (pos_ < text_.size()) {
            const char c = text_[pos_];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') return;
            ++pos_;
        }
    }

    char peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }

    // The next byte; the end of the text here means the file was cut short.
    char next() {
        if (pos_ >= text_.size()) truncated();
        return text_[pos_++];
    }

    // The text of a token starting at `start`, short and printable, for messages.
    std::string token(size_t start) const {
        std::string out;
        for (size_t i = start; i < text_.size() && out.size() < 24; ++i) {
            const char c = text_[i];
            if (c == ',' || c == ']' || c == '}' || c == ' ' || c == '\n' || c == '\r' || c == '\t') break;
            out += static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F ? c : '?';
        }
        return "'" + out + "'";
    }

    static std::string describe(char c) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x21 && byte < 0x7F) return "'" + std::string(1, c) + "'";
        return "a byte with code " + std::to_string(byte);
    }

    [[noreturn]] void truncated() const {
        throw ImportError("byte " + std::to_string(text_.size()), "the file ends before the JSON is complete (truncated?)");
    }

    [[noreturn]] void fail(size_t at, const std::string& what) const {
        size_t line = 1, lineStart = 0;
        for (size_t i = 0; i < at && i < text_.size(); ++i) {
            if (text_[i] == '\n') ++line, lineStart = i + 1;
        }
        throw ImportError("byte " + std::to_string(at + 1), "invalid JSON at line " + std::to_string(line) + ", column " +
                                                              std::to_string(at - lineStart + 1) + ": " + what);
    }

    std::string_view text_;
    JsonEvents& events_;
    size_t pos_ = 0;
    bool started_ = false;
    std::vector<char> open_;  // '{' or '[' for each container being read
};

JsonEventReader::JsonEventReader(std::string_view text, JsonEvents& events)
    : reader_(std::make_unique<Reader>(text, events)) {}

JsonEventReader::~JsonEventReader() = default;

bool JsonEventReader::read(size_t bytes) {
    const size_t from = reader_->position();
    return reader_->run(bytes > SIZE_MAX - from ? SIZE_MAX : from + bytes);
}

size_t JsonEventReader::position() const { return reader_->position(); }

void readJsonEvents(std::string_view text, JsonEvents& events) {
    JsonEventReader reader(text, events);
    reader.read(SIZE_MAX);
}

}  // namespace wb::io

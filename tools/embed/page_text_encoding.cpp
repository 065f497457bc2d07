#include "page_text_encoding.h"

namespace wb::embed {
namespace {

void putGroup(std::string& out, unsigned value) {
    for (unsigned i = 0; i < sizeof kPageTextEscaped; ++i) {
        if (value == kPageTextEscaped[i]) {
            out += kPageTextEscape;
            out += static_cast<char>('0' + i);
            return;
        }
    }
    out += static_cast<char>(value);
}

}  // namespace

std::string encodePageText(const std::vector<unsigned char>& bytes) {
    std::string out;
    // 8/7 characters a byte, and one more for about one group in 32.
    out.reserve(bytes.size() * 8 / 7 + bytes.size() / 28 + 16);
    unsigned buffer = 0;  // bits not yet written, at most 6 + 8
    int count = 0;
    for (unsigned char b : bytes) {
        buffer = (buffer << 8) | b;
        count += 8;
        while (count >= 7) {
            count -= 7;
            putGroup(out, (buffer >> count) & 0x7F);
        }
        buffer &= (1u << count) - 1;
    }
    if (count > 0) putGroup(out, (buffer << (7 - count)) & 0x7F);
    return out;
}

}  // namespace wb::embed

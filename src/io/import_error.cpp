#include "io/import_error.h"

namespace wb::io {

std::string quotedCell(std::string_view text) {
    constexpr size_t kShownCharacters = 60;
    size_t end = 0, characters = 0;
    while (end < text.size() && characters < kShownCharacters) {
        ++end;
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;  // whole characters
        ++characters;
    }
    return "'" + std::string(text.substr(0, end)) + (end < text.size() ? "...'" : "'");
}

}  // namespace wb::io

#include "core/text_split.h"

namespace wb {
namespace {
constexpr std::string_view kBlank = " \t\r\n";
}

std::string trimmed(std::string_view text) {
    const size_t first = text.find_first_not_of(kBlank);
    if (first == std::string_view::npos) return {};
    return std::string(text.substr(first, text.find_last_not_of(kBlank) - first + 1));
}

std::vector<std::string> splitTrimmed(std::string_view text, char separator) {
    std::vector<std::string> pieces;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(separator, start);
        if (end == std::string_view::npos) end = text.size();
        std::string piece = trimmed(text.substr(start, end - start));
        if (!piece.empty()) pieces.push_back(std::move(piece));
        start = end + 1;
    }
    return pieces;
}

std::vector<std::string> wordsOf(std::string_view text) {
    std::vector<std::string> words;
    size_t start = text.find_first_not_of(kBlank);
    while (start != std::string_view::npos) {
        const size_t end = text.find_first_of(kBlank, start);
        words.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        start = end == std::string_view::npos ? end : text.find_first_not_of(kBlank, end);
    }
    return words;
}

}  // namespace wb

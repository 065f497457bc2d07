// The interface languages: Dutch first, English complete.
#pragma once

#include <optional>
#include <string_view>

namespace wb {

enum class Language { Dutch, English };

constexpr std::string_view languageCode(Language l) { return l == Language::Dutch ? "nl" : "en"; }

inline std::optional<Language> languageFromCode(std::string_view code) {
    if (code == "nl") return Language::Dutch;
    if (code == "en") return Language::English;
    return std::nullopt;
}

}  // namespace wb

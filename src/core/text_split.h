// Splitting short texts people type or the database keeps as lists: "water, voedsel" -> two
// items. One implementation for every such list (organisation offers, id lists, meta lists, lines
// of a form), and without iostreams: std::stringstream alone adds hundreds of kilobytes of locale
// machinery to the WebAssembly page.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace wb {

// `text` without spaces, tabs, carriage returns and newlines at either end.
std::string trimmed(std::string_view text);

// The pieces of `text` between `separator`s, each trimmed; empty pieces are left out.
std::vector<std::string> splitTrimmed(std::string_view text, char separator);

// The words of `text`: runs of characters other than spaces, tabs and newlines.
std::vector<std::string> wordsOf(std::string_view text);

}  // namespace wb

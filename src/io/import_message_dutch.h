// Import messages in the interface language. The importers report problems in English,
// "<where>: <what>" (io::ImportError, CsvError; e.g. "feature 1 (VR13): polygon 2, ring 1: the ring is
// not closed: ..."), and that English stays the contract for scripts (Dashboard.importFile's
// `message`) and tests. For the person at the screen this turns such a message into Dutch with a
// catalogue of templates, one per distinct message of the importers (and of the core checks they
// pass on), plus the places a message can name (feature, line, column, byte, layer, polygon, ...).
//
// What comes from the file is carried over unchanged: numbers, codes, names and quoted text
// ("..." and '...') are never translated or altered. One exception, for readability: a point
// "(4.8, 52.25)" becomes "(4,8; 52,25)" in Dutch (decimal comma, as everywhere in the Dutch
// interface; the semicolon keeps the two numbers apart). Text from a library (SQLite's own
// messages, the JSON library's parse errors) is kept as it is, inside a translated sentence.
//
// A message no template matches as a whole comes back in English: never lost, never half-guessed.
// Platform-free.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/language.h"

namespace wb::io {

// The message in `language`: English unchanged; Dutch when the catalogue knows every part of it,
// otherwise the English text.
std::string importMessageIn(Language language, const std::string& englishMessage);

// The Dutch text, or nullopt when some part of the message has no template.
std::optional<std::string> dutchImportMessage(const std::string& englishMessage);

// One entry of the catalogue. In `english`, placeholders stand for what the message carries:
//   {n} an integer, {c} a count (an integer the Dutch text writes with thousands separators:
//   "102600" -> "102.600"), {w} one word or code (no spaces), {t} any text, {q} text in double quotes,
//   {s} text in single quotes, {p} a point "(x, y)", {j} a JSON type name (array, string, ...),
//   {m} a nested message, itself translated (e.g. what follows "line 3: ").
// In `dutch`, {1}, {2}, ... are the placeholders of `english` in order.
struct ImportMessageTemplate {
    const char* english;
    const char* dutch;
};

// The catalogue, in the order it is tried (the first template that matches a message wins).
const std::vector<ImportMessageTemplate>& importMessageTemplates();

}  // namespace wb::io

// Indicator ids for the labels of an imported table (column headers of a wide table, the values of
// the indicator column of a long one). An id is what indicator_value rows are keyed by, so two
// labels that mean different things must never get the same id, or the later values would
// silently overwrite the earlier ones. The label itself stays the indicator's name.
//
// An id is the label in lower-case ASCII with '_' for everything else ("Wmo-cliënten" ->
// "wmo_clienten"). CBS StatLine numbers its columns ("AantalInwoners_5"); that suffix is left off
// ("aantalinwoners") only when the shorter id is still unambiguous: no other label of the file
// gives the same id with or without its suffix, and the database holds no indicator of that id
// under another name. Otherwise the suffix stays ("Inwoners_1", "Inwoners_2", "Inwoners" ->
// "inwoners_1", "inwoners_2", "inwoners"). Labels that still collide ("Inwoners 75+" and
// "Inwoners 75-") are told apart by a counter ("inwoners_75", "inwoners_75_2").
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wb::io {

// The label as an id, nothing left off: "AantalInwoners_5" -> "aantalinwoners_5".
std::string indicatorSlug(std::string_view label);

// `slug` without a trailing StatLine column number: "aantalinwoners_5" -> "aantalinwoners";
// unchanged when it has none or is nothing but the number.
std::string withoutStatLineSuffix(const std::string& slug);

// The name the database gives indicator `id`, or nullopt when there is no such indicator.
using ExistingIndicatorName = std::function<std::optional<std::string>(const std::string& id)>;

// One id per label, in the same order, all different. An id already in the database is reused
// only for the label it was named after (importing the same file again replaces its values).
std::vector<std::string> deriveIndicatorIds(const std::vector<std::string>& labels,
                                            const ExistingIndicatorName& existingName);

}  // namespace wb::io

// The meta table: key/value facts about the dataset (where it came from, whether it holds the
// fictitious example content, ...).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/database.h"
#include "core/language.h"

namespace wb {

std::optional<std::string> metaValue(const Database& db, std::string_view key);

// True while the database holds the fictitious example content of the default dataset; the
// interface then says so on screen.
bool hasExampleContent(const Database& db);

// The dataset's own description of what in it is made up, in `language`; empty when it has none.
std::string exampleContentNotice(const Database& db, Language language);

}  // namespace wb

// Runs one read-only SQL statement with bound parameters and returns the result as JSON text
// {"columns": [...], "rows": [[...], ...]}: the engine behind Dashboard.query().
//
// Outside callers must never change the data through this path: statements that would write,
// ATTACH/DETACH, and PRAGMAs that set values are refused with a QueryRefused error.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/database.h"

namespace wb {

class QueryRefused : public DatabaseError {
public:
    using DatabaseError::DatabaseError;
};

using QueryParam = std::variant<std::nullptr_t, int64_t, double, std::string>;

std::string runReadOnlyQueryJson(const Database& db, std::string_view sql, const std::vector<QueryParam>& params);

}  // namespace wb

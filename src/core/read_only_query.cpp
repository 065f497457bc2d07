#include "core/read_only_query.h"

#include <sqlite3.h>

#include "core/json_writer.h"

namespace wb {
namespace {

// PRAGMAs whose argument names what to read, not a value to set.
bool pragmaArgumentIsAName(const char* pragma) {
    for (const char* reading : {"table_info", "table_xinfo", "index_info", "index_xinfo", "index_list",
                                "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check"}) {
        if (sqlite3_stricmp(pragma, reading) == 0) return true;
    }
    return false;
}

// Authorizer installed while the statement is prepared: a second line of defence besides
// sqlite3_stmt_readonly(), which lets ATTACH/DETACH through, and PRAGMAs that set a connection
// flag: SQLite applies those while preparing (PRAGMA query_only = OFF would switch off the public
// version's guard before the statement is ever checked).
int denyAttachAndSettings(void*, int action, const char* name, const char* argument, const char*, const char*) {
    if (action == SQLITE_ATTACH || action == SQLITE_DETACH) return SQLITE_DENY;
    if (action == SQLITE_PRAGMA && argument && !pragmaArgumentIsAName(name)) return SQLITE_DENY;
    return SQLITE_OK;
}

struct AuthorizerScope {
    explicit AuthorizerScope(sqlite3* db) : db_(db) { sqlite3_set_authorizer(db_, denyAttachAndSettings, nullptr); }
    ~AuthorizerScope() { sqlite3_set_authorizer(db_, nullptr, nullptr); }
    sqlite3* db_;
};

void appendBlobAsHex(std::string& out, const Statement& st, int col) {
    static const char* digits = "0123456789abcdef";
    out += "{\"blob\":\"";
    for (uint8_t b : st.getBlob(col)) {
        out += digits[b >> 4];
        out += digits[b & 15];
    }
    out += "\"}";
}

}  // namespace

std::string runReadOnlyQueryJson(const Database& db, std::string_view sql, const std::vector<QueryParam>& params) {
    Statement st;
    {
        AuthorizerScope guard(db.handle());
        st = db.prepare(sql);
    }
    if (!st.isReadOnly()) throw QueryRefused("only read-only statements are allowed (SELECT, WITH, EXPLAIN)");
    if (static_cast<int>(params.size()) != st.parameterCount()) {
        throw DatabaseError("the statement has " + std::to_string(st.parameterCount()) + " parameter(s) but " +
                            std::to_string(params.size()) + " value(s) were given");
    }
    for (size_t i = 0; i < params.size(); ++i) {
        const int index = static_cast<int>(i) + 1;
        std::visit([&](const auto& v) { st.bind(index, v); }, params[i]);
    }

    std::string out = "{\"columns\":[";
    const int columns = st.columnCount();
    for (int c = 0; c < columns; ++c) {
        if (c) out += ',';
        appendJsonString(out, st.columnName(c) ? st.columnName(c) : "");
    }
    out += "],\"rows\":[";
    bool firstRow = true;
    while (st.step()) {
        out += firstRow ? "[" : ",[";
        firstRow = false;
        for (int c = 0; c < columns; ++c) {
            if (c) out += ',';
            switch (st.columnType(c)) {
                case SQLITE_INTEGER: out += std::to_string(st.getInt(c)); break;
                case SQLITE_FLOAT: appendJsonNumber(out, st.getDouble(c)); break;
                case SQLITE_TEXT: appendJsonString(out, st.getTextView(c)); break;
                case SQLITE_BLOB: appendBlobAsHex(out, st, c); break;
                default: out += "null";
            }
        }
        out += ']';
    }
    out += "]}";
    return out;
}

}  // namespace wb


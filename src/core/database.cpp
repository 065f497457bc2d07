#include "core/database.h"

#include <sqlite3.h>

#include <cstring>
#include <utility>

namespace wb {
namespace {

std::string errorText(sqlite3* db, int rc) {
    const char* msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return msg ? msg : sqlite3_errstr(rc);
}

}  // namespace

// ---- Statement ---------------------------------------------------------------------------------

Statement::Statement(sqlite3* db, std::string_view sql) {
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, &tail);
    if (rc != SQLITE_OK) throw DatabaseError(errorText(db, rc));
    if (!stmt_) throw DatabaseError("empty SQL statement");
    // A second statement after the first would be silently ignored by SQLite: refuse it instead.
    for (; tail && tail < sql.data() + sql.size(); ++tail) {
        if (!std::strchr(" \t\r\n;", *tail)) {
            sqlite3_finalize(stmt_);
            stmt_ = nullptr;
            throw DatabaseError("only one SQL statement is allowed here");
        }
    }
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept : stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

void Statement::check(int rc) const {
    if (rc != SQLITE_OK) throw DatabaseError(errorText(sqlite3_db_handle(stmt_), rc));
}

Statement& Statement::bind(int index, std::nullptr_t) {
    check(sqlite3_bind_null(stmt_, index));
    return *this;
}
Statement& Statement::bind(int index, int64_t value) {
    check(sqlite3_bind_int64(stmt_, index, value));
    return *this;
}
Statement& Statement::bind(int index, double value) {
    check(sqlite3_bind_double(stmt_, index, value));
    return *this;
}
Statement& Statement::bind(int index, std::string_view text) {
    check(sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
    return *this;
}
Statement& Statement::bindBlob(int index, const void* data, size_t size) {
    check(sqlite3_bind_blob64(stmt_, index, data, size, SQLITE_TRANSIENT));
    return *this;
}
int Statement::parameterCount() const { return sqlite3_bind_parameter_count(stmt_); }

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw DatabaseError(errorText(sqlite3_db_handle(stmt_), rc));
}

void Statement::reset() { sqlite3_reset(stmt_); }

void Statement::run() {
    while (step()) {
    }
    reset();
}

int Statement::columnCount() const { return sqlite3_column_count(stmt_); }
const char* Statement::columnName(int col) const { return sqlite3_column_name(stmt_, col); }
int Statement::columnType(int col) const { return sqlite3_column_type(stmt_, col); }
bool Statement::isNull(int col) const { return columnType(col) == SQLITE_NULL; }
int64_t Statement::getInt(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::getDouble(int col) const { return sqlite3_column_double(stmt_, col); }

std::string_view Statement::getTextView(int col) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
    if (!text) return {};
    return {text, static_cast<size_t>(sqlite3_column_bytes(stmt_, col))};
}

std::string Statement::getText(int col) const { return std::string(getTextView(col)); }

std::vector<uint8_t> Statement::getBlob(int col) const {
    const auto* data = static_cast<const uint8_t*>(sqlite3_column_blob(stmt_, col));
    return data ? std::vector<uint8_t>(data, data + sqlite3_column_bytes(stmt_, col)) : std::vector<uint8_t>{};
}

bool Statement::isReadOnly() const { return sqlite3_stmt_readonly(stmt_) != 0; }

// ---- Database ----------------------------------------------------------------------------------

Database Database::openMemory() { return openFile(":memory:"); }

Database Database::openFile(const std::string& path) {
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const std::string msg = errorText(db, rc);
        sqlite3_close(db);
        throw DatabaseError("cannot open " + path + ": " + msg);
    }
    sqlite3_extended_result_codes(db, 1);
    return Database(db);
}

DatabaseImage::DatabaseImage(size_t size)
    // SQLite frees a deserialized image with sqlite3_free (FREEONCLOSE), so it must come from
    // sqlite3_malloc64; at least one byte, as SQLite returns no memory for a size of zero.
    : bytes_(static_cast<uint8_t*>(sqlite3_malloc64(size ? size : 1))), size_(size) {
    if (!bytes_) throw DatabaseError("out of memory loading a database image");
}

void DatabaseImage::Free::operator()(uint8_t* bytes) const { sqlite3_free(bytes); }

DatabaseImage DatabaseImage::copyOf(const uint8_t* data, size_t size) {
    DatabaseImage image(size);
    if (size) std::memcpy(image.data(), data, size);
    return image;
}

Database Database::fromBytes(const uint8_t* data, size_t size) { return fromImage(DatabaseImage::copyOf(data, size)); }

Database Database::fromImage(DatabaseImage image) {
    Database database = openMemory();
    const auto size = static_cast<sqlite3_int64>(image.size());
    // SQLite owns the buffer from here on, even when deserializing fails, and may grow it (RESIZEABLE).
    const int rc = sqlite3_deserialize(database.db_, "main", image.bytes_.release(), size, size,
                                       SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc != SQLITE_OK) throw DatabaseError("cannot load database image: " + errorText(database.db_, rc));
    return database;
}

Database::~Database() { close(); }

void Database::close() {
    cache_.reset();  // the statements first: a connection with open statements does not close
    sqlite3_close(db_);
    db_ = nullptr;
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), cache_(std::move(other.cache_)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        db_ = std::exchange(other.db_, nullptr);
        cache_ = std::move(other.cache_);
    }
    return *this;
}

Statement& Database::cached(const std::string& sql) const {
    if (!cache_) cache_ = std::make_unique<std::unordered_map<std::string, Statement>>();
    auto found = cache_->find(sql);
    if (found == cache_->end()) found = cache_->emplace(sql, prepare(sql)).first;
    sqlite3_reset(found->second.handle());
    sqlite3_clear_bindings(found->second.handle());
    return found->second;
}

void Database::exec(std::string_view sql) {
    const std::string text(sql);  // sqlite3_exec needs a terminated string
    char* err = nullptr;
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        const std::string msg = err ? err : "unknown error";
        sqlite3_free(err);
        throw DatabaseError(msg);
    }
}

int64_t Database::scalarInt(std::string_view sql) const {
    Statement st = prepare(sql);
    return st.step() ? st.getInt(0) : 0;
}

std::string Database::scalarText(std::string_view sql) const {
    Statement st = prepare(sql);
    return st.step() ? st.getText(0) : std::string();
}

std::vector<uint8_t> Database::serialize() const {
    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(db_, "main", &size, 0);
    if (!bytes) throw DatabaseError("cannot serialize the database: " + errorText(db_, SQLITE_NOMEM));
    std::vector<uint8_t> out(bytes, bytes + size);
    sqlite3_free(bytes);
    return out;
}

int64_t Database::changes() const { return sqlite3_changes64(db_); }

// ---- Transaction -------------------------------------------------------------------------------

Transaction::Transaction(Database& db) : db_(db) { db_.exec("BEGIN IMMEDIATE"); }

Transaction::~Transaction() {
    if (!done_) {
        try {
            db_.exec("ROLLBACK");
        } catch (...) {
            // Nothing sensible to do in a destructor; SQLite already rolled back on most errors.
        }
    }
}

void Transaction::commit() {
    db_.exec("COMMIT");
    done_ = true;
}

}  // namespace wb

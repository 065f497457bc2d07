// RAII wrapper around one SQLite connection and its prepared statements.
//
// Errors throw DatabaseError carrying SQLite's own message, so callers up the stack (an importer,
// the JS API) can report what went wrong without checking return codes at every step.
#pragma once

#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace wb {

class DatabaseError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bindBlob(int index, const void* data, size_t size);
    int parameterCount() const;

    // Advances to the next row; false when done.
    bool step();
    void reset();  // keeps bindings, ready to step again
    void run();    // step() through a statement that returns no rows of interest

    int columnCount() const;
    const char* columnName(int col) const;
    int columnType(int col) const;  // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL
    bool isNull(int col) const;
    int64_t getInt(int col) const;
    double getDouble(int col) const;
    std::string getText(int col) const;
    std::string_view getTextView(int col) const;  // valid until the next step/reset
    std::vector<uint8_t> getBlob(int col) const;

    bool isReadOnly() const;
    sqlite3_stmt* handle() const { return stmt_; }

private:
    void check(int rc) const;
    sqlite3_stmt* stmt_ = nullptr;
};

// The bytes of a database image (a .sqlite file) in memory from SQLite's own allocator, which a
// Database takes over without copying them. The page's start database arrives this way: 3.6 MB
// written once, where the bytes used to be copied three times before SQLite could read them.
class DatabaseImage {
public:
    explicit DatabaseImage(size_t size);  // uninitialised bytes; throws DatabaseError when out of memory
    static DatabaseImage copyOf(const uint8_t* data, size_t size);
    uint8_t* data() { return bytes_.get(); }
    const uint8_t* data() const { return bytes_.get(); }
    size_t size() const { return size_; }

private:
    friend class Database;
    struct Free {
        void operator()(uint8_t* bytes) const;
    };
    std::unique_ptr<uint8_t, Free> bytes_;
    size_t size_ = 0;
};

class Database {
public:
    // An empty in-memory database.
    static Database openMemory();
    // An in-memory database holding a copy of a serialized database image (a .sqlite file).
    static Database fromBytes(const uint8_t* data, size_t size);
    // The same, taking the image over instead of copying it.
    static Database fromImage(DatabaseImage image);
    // A database file on disk (created when missing).
    static Database openFile(const std::string& path);

    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    void exec(std::string_view sql);  // one or more statements, no results
    Statement prepare(std::string_view sql) const { return Statement(db_, sql); }
    // A statement prepared once per connection and kept, reset and unbound, for code that runs the
    // same SQL per row (merging an exchange file: tens of thousands of rows). Valid until the
    // next call with the same SQL; not for a statement still being stepped by a caller up the stack.
    Statement& cached(const std::string& sql) const;
    int64_t scalarInt(std::string_view sql) const;
    std::string scalarText(std::string_view sql) const;

    // The whole database as the bytes of a .sqlite file.
    std::vector<uint8_t> serialize() const;
    int64_t changes() const;
    sqlite3* handle() const { return db_; }
    bool isOpen() const { return db_ != nullptr; }

private:
    explicit Database(sqlite3* db) : db_(db) {}
    void close();
    sqlite3* db_ = nullptr;
    // Behind a pointer so a Database stays cheap to move; finalized before the connection closes.
    mutable std::unique_ptr<std::unordered_map<std::string, Statement>> cache_;
};

// Runs a block in one transaction: commits when the block returns, rolls back when it throws,
// so an import either lands whole or leaves the database exactly as it was.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    void commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    Database& db_;
    bool done_ = false;
};

}  // namespace wb

#include "io/exchange_file.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <set>

#include "core/database.h"
#include "core/sha256.h"
#include "core/untrusted_database.h"

namespace wb::io {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kFileSchema = R"sql(
    CREATE TABLE manifest (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE record (
        kind      TEXT NOT NULL,
        uid       TEXT NOT NULL,
        area_code TEXT NOT NULL,
        content   TEXT NOT NULL,   -- JSON, keys sorted
        PRIMARY KEY (kind, uid)
    ) WITHOUT ROWID;
    CREATE TABLE forwarded (
        source_code TEXT    NOT NULL,
        seq         INTEGER NOT NULL,
        sha256      TEXT    NOT NULL,
        file        BLOB    NOT NULL,  -- the municipality's signed file, unchanged
        PRIMARY KEY (source_code, seq)
    ) WITHOUT ROWID;
    CREATE TABLE sender_key (
        source_code TEXT PRIMARY KEY,
        name        TEXT NOT NULL,
        public_key  TEXT NOT NULL,
        fingerprint TEXT NOT NULL
    ) WITHOUT ROWID;
    -- For people reading the file in a database browser; the dashboard reads only the tables.
    CREATE VIEW checklist_history AS
        SELECT area_code, json_extract(content, '$.measure') AS measure, json_extract(content, '$.status') AS status,
               json_extract(content, '$.status_date') AS status_date, json_extract(content, '$.changed_at') AS changed_at
          FROM record WHERE kind = 'measure_status' ORDER BY area_code, measure, status_date;
    CREATE VIEW assignment_statuses AS
        SELECT area_code, json_extract(content, '$.board') AS board, json_extract(content, '$.number') AS number,
               json_extract(content, '$.status') AS status, json_extract(content, '$.due_date') AS due_date,
               json_extract(content, '$.changed_at') AS changed_at
          FROM record WHERE kind = 'assignment_status' ORDER BY area_code, board, number;
)sql";

[[noreturn]] void malformed(const std::string& detail) { throw ExchangeFileError(ExchangeFileProblem::Malformed, detail); }

// Area codes (GM0363, VR13, NL01, WK036301, BU03630000) and ids: short, printable, no spaces.
bool isCode(const std::string& text) {
    if (text.empty() || text.size() > 16) return false;
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isalnum(c) != 0; });
}
bool isUid(const std::string& text) {
    if (text.empty() || text.size() > 300) return false;
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return c > 0x20 && c < 0x7f; });
}
bool isIsoDay(const std::string& text) {
    return text.size() == 10 && text[4] == '-' && text[7] == '-' &&
           std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) || c == '-'; });
}

std::string manifestValue(const std::map<std::string, std::string>& manifest, const std::string& key) {
    const auto found = manifest.find(key);
    if (found == manifest.end()) malformed("the manifest has no '" + key + "'");
    return found->second;
}

int64_t manifestNumber(const std::map<std::string, std::string>& manifest, const std::string& key) {
    const std::string text = manifestValue(manifest, key);
    if (text.empty() || text.size() > 15 || !std::all_of(text.begin(), text.end(), ::isdigit)) {
        malformed("the manifest's '" + key + "' is not a whole number: " + text);
    }
    return std::stoll(text);
}

// A table the reader relies on must be a real table with the expected columns (a crafted file
// could offer a view under that name).
void requireTable(const Database& db, const std::string& name, const std::vector<std::string>& columns) {
    Statement st = db.prepare("SELECT type FROM sqlite_schema WHERE name = ?");
    st.bind(1, name);
    if (!st.step() || st.getText(0) != "table") malformed("the table '" + name + "' is missing");
    Statement info = db.prepare("SELECT name FROM pragma_table_info(?)");
    info.bind(1, name);
    std::set<std::string> have;
    while (info.step()) have.insert(info.getText(0));
    for (const std::string& column : columns) {
        if (!have.count(column)) malformed("the table '" + name + "' has no column '" + column + "'");
    }
}

void setManifest(Database& db, const std::string& key, const std::string& value) {
    Statement st = db.prepare("INSERT INTO manifest (key, value) VALUES (?, ?)");
    st.bind(1, key).bind(2, value);
    st.run();
}

}  // namespace

std::string trustedComment(const ExchangeManifest& manifest) {
    return std::string(kExchangeFormatName) + "-v" + std::to_string(manifest.formatVersion) +
           ";source=" + manifest.senderCode + ";seq=" + std::to_string(manifest.seq) + ";peildatum=" + manifest.peildatum;
}

std::string exchangeContentSha256(const ExchangeFile& file) {
    Sha256 hash;
    const auto line = [&](const Json& row) {
        hash.update(row.dump());
        hash.update("\n");
    };
    const ExchangeManifest& m = file.manifest;
    line({"manifest", m.formatVersion, m.senderCode, m.senderName, m.seq, m.peildatum, m.createdAt});
    std::vector<const ExchangeRecord*> records;
    for (const ExchangeRecord& r : file.records) records.push_back(&r);
    std::sort(records.begin(), records.end(), [](const ExchangeRecord* a, const ExchangeRecord* b) {
        return a->kind != b->kind ? a->kind < b->kind : a->uid < b->uid;
    });
    for (const ExchangeRecord* r : records) line({"record", r->kind, r->uid, r->areaCode, r->content});
    std::vector<const ForwardedFile*> forwarded;
    for (const ForwardedFile& f : file.forwarded) forwarded.push_back(&f);
    std::sort(forwarded.begin(), forwarded.end(), [](const ForwardedFile* a, const ForwardedFile* b) {
        return a->sourceCode != b->sourceCode ? a->sourceCode < b->sourceCode : a->seq < b->seq;
    });
    for (const ForwardedFile* f : forwarded) line({"forwarded", f->sourceCode, f->seq, sha256Hex(f->file.data(), f->file.size())});
    std::vector<const SenderKey*> keys;
    for (const SenderKey& k : file.senderKeys) keys.push_back(&k);
    std::sort(keys.begin(), keys.end(), [](const SenderKey* a, const SenderKey* b) { return a->sourceCode < b->sourceCode; });
    for (const SenderKey* k : keys) line({"sender_key", k->sourceCode, k->name, k->publicKey, k->fingerprint});
    return hash.finishHex();
}

std::vector<uint8_t> writeExchangeFile(ExchangeFile& file) {
    ExchangeManifest& m = file.manifest;
    m.counts.clear();
    for (std::string_view kind : kExchangeKinds) m.counts[std::string(kind)] = 0;
    for (const ExchangeRecord& r : file.records) ++m.counts[r.kind];
    m.counts["forwarded"] = static_cast<int64_t>(file.forwarded.size());
    m.counts["sender_key"] = static_cast<int64_t>(file.senderKeys.size());
    for (ForwardedFile& f : file.forwarded) f.sha256 = sha256Hex(f.file.data(), f.file.size());
    m.contentSha256 = exchangeContentSha256(file);

    Database db = Database::openMemory();
    db.exec(kFileSchema);
    Transaction tx(db);
    setManifest(db, "format", kExchangeFormatName);
    setManifest(db, "format_version", std::to_string(m.formatVersion));
    setManifest(db, "sender_code", m.senderCode);
    setManifest(db, "sender_name", m.senderName);
    setManifest(db, "sender_level", m.senderLevel);
    setManifest(db, "sender_region", m.senderRegion);
    setManifest(db, "created_at", m.createdAt);
    setManifest(db, "peildatum", m.peildatum);
    setManifest(db, "seq", std::to_string(m.seq));
    setManifest(db, "app_schema_version", std::to_string(m.appSchemaVersion));
    setManifest(db, "content_sha256", m.contentSha256);
    for (const auto& [name, count] : m.counts) setManifest(db, "count." + name, std::to_string(count));
    Statement record = db.prepare("INSERT INTO record (kind, uid, area_code, content) VALUES (?, ?, ?, ?)");
    for (const ExchangeRecord& r : file.records) {
        record.bind(1, r.kind).bind(2, r.uid).bind(3, r.areaCode).bind(4, r.content);
        record.run();
        record.reset();
    }
    Statement forwarded = db.prepare("INSERT INTO forwarded (source_code, seq, sha256, file) VALUES (?, ?, ?, ?)");
    for (const ForwardedFile& f : file.forwarded) {
        forwarded.bind(1, f.sourceCode).bind(2, f.seq).bind(3, f.sha256).bindBlob(4, f.file.data(), f.file.size());
        forwarded.run();
        forwarded.reset();
    }
    Statement key = db.prepare("INSERT INTO sender_key (source_code, name, public_key, fingerprint) VALUES (?, ?, ?, ?)");
    for (const SenderKey& k : file.senderKeys) {
        key.bind(1, k.sourceCode).bind(2, k.name).bind(3, k.publicKey).bind(4, k.fingerprint);
        key.run();
        key.reset();
    }
    tx.commit();
    return db.serialize();
}

bool isExchangeImage(const uint8_t* data, size_t size) {
    try {
        Database db = openCheckedSqliteImage(data, size);
        if (db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'manifest'") != 1) return false;
        Statement st = db.prepare("SELECT value FROM manifest WHERE key = 'format'");
        return st.step() && st.getText(0) == kExchangeFormatName;
    } catch (const std::exception&) {
        return false;
    }
}

ExchangeFile readExchangeFile(const uint8_t* data, size_t size) {
    Database db;
    try {
        db = openCheckedSqliteImage(data, size);
    } catch (const DatabaseError& e) {
        throw ExchangeFileError(ExchangeFileProblem::Damaged, e.what());
    }
    try {
        if (db.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'manifest'") != 1) {
            throw ExchangeFileError(ExchangeFileProblem::NotAnExchangeFile, "the file has no exchange manifest");
        }
        requireTable(db, "manifest", {"key", "value"});
        std::map<std::string, std::string> manifest;
        {
            Statement st = db.prepare("SELECT key, value FROM manifest");
            while (st.step()) {
                if (!manifest.emplace(st.getText(0), st.getText(1)).second) malformed("the manifest repeats '" + st.getText(0) + "'");
            }
        }
        if (manifest["format"] != kExchangeFormatName) {
            throw ExchangeFileError(ExchangeFileProblem::NotAnExchangeFile, "the manifest is not of an exchange file");
        }
        ExchangeFile file;
        ExchangeManifest& m = file.manifest;
        const int64_t version = manifestNumber(manifest, "format_version");
        if (version > kExchangeFormatVersion) {
            throw ExchangeFileError(ExchangeFileProblem::NewerFormat,
                                    "the file has exchange format version " + std::to_string(version) +
                                        "; this dashboard reads up to version " + std::to_string(kExchangeFormatVersion));
        }
        if (version < 1) malformed("the exchange format version " + std::to_string(version) + " does not exist");
        m.formatVersion = static_cast<int>(version);
        m.senderCode = manifestValue(manifest, "sender_code");
        m.senderName = manifestValue(manifest, "sender_name");
        m.senderLevel = manifestValue(manifest, "sender_level");
        m.senderRegion = manifestValue(manifest, "sender_region");
        m.createdAt = manifestValue(manifest, "created_at");
        m.peildatum = manifestValue(manifest, "peildatum");
        m.seq = manifestNumber(manifest, "seq");
        m.appSchemaVersion = static_cast<int>(manifestNumber(manifest, "app_schema_version"));
        m.contentSha256 = manifestValue(manifest, "content_sha256");
        if (!isCode(m.senderCode)) malformed("the sender code '" + m.senderCode.substr(0, 40) + "' is not an area code");
        if (!isIsoDay(m.peildatum)) malformed("the peildatum '" + m.peildatum.substr(0, 40) + "' is not a date");
        if (m.seq < 1) malformed("the delivery number is " + std::to_string(m.seq));
        for (const auto& [key, value] : manifest) {
            if (key.rfind("count.", 0) == 0) m.counts[key.substr(6)] = manifestNumber(manifest, key);
        }

        requireTable(db, "record", {"kind", "uid", "area_code", "content"});
        {
            Statement st = db.prepare("SELECT kind, uid, area_code, content FROM record ORDER BY kind, uid");
            std::set<std::pair<std::string, std::string>> seen;
            while (st.step()) {
                ExchangeRecord r{st.getText(0), st.getText(1), st.getText(2), st.getText(3)};
                const std::string where = "row " + std::to_string(file.records.size() + 1) + " (" + r.kind.substr(0, 40) +
                                          " " + r.uid.substr(0, 80) + ")";
                if (!isExchangeKind(r.kind)) malformed(where + ": unknown kind of row");
                if (!isUid(r.uid)) malformed(where + ": malformed id");
                if (!isCode(r.areaCode)) malformed(where + ": malformed area code");
                if (!seen.insert({r.kind, r.uid}).second) malformed(where + ": the id occurs twice");
                try {
                    if (canonicalContent(r.content) != r.content) malformed(where + ": the content is not written canonically");
                } catch (const std::invalid_argument&) {
                    malformed(where + ": the content is not a JSON object");
                }
                file.records.push_back(std::move(r));
            }
        }
        requireTable(db, "forwarded", {"source_code", "seq", "sha256", "file"});
        {
            Statement st = db.prepare("SELECT source_code, seq, sha256, file FROM forwarded ORDER BY source_code, seq");
            while (st.step()) {
                ForwardedFile f{st.getText(0), st.getInt(1), st.getText(2), st.getBlob(3)};
                if (!isCode(f.sourceCode)) malformed("a forwarded file has a malformed sender code");
                if (sha256Hex(f.file.data(), f.file.size()) != f.sha256) {
                    throw ExchangeFileError(ExchangeFileProblem::HashMismatch,
                                            "the forwarded file of " + f.sourceCode + " was changed");
                }
                file.forwarded.push_back(std::move(f));
            }
        }
        requireTable(db, "sender_key", {"source_code", "name", "public_key", "fingerprint"});
        {
            Statement st = db.prepare("SELECT source_code, name, public_key, fingerprint FROM sender_key ORDER BY source_code");
            while (st.step()) file.senderKeys.push_back({st.getText(0), st.getText(1), st.getText(2), st.getText(3)});
        }

        std::map<std::string, int64_t> counted;
        for (std::string_view kind : kExchangeKinds) counted[std::string(kind)] = 0;
        for (const ExchangeRecord& r : file.records) ++counted[r.kind];
        counted["forwarded"] = static_cast<int64_t>(file.forwarded.size());
        counted["sender_key"] = static_cast<int64_t>(file.senderKeys.size());
        for (const auto& [kind, count] : counted) {
            // A file made before a kind of row existed (assignment statuses came later) does not
            // count it, and holds none: that reads as zero, so older files are still accepted.
            const auto said = m.counts.find(kind);
            const int64_t saidCount = said == m.counts.end() ? 0 : said->second;
            if (saidCount != count) {
                throw ExchangeFileError(ExchangeFileProblem::CountMismatch,
                                        "the manifest counts " + std::to_string(saidCount) +
                                            " rows of " + kind + ", the file holds " + std::to_string(count));
            }
        }
        if (exchangeContentSha256(file) != m.contentSha256) {
            throw ExchangeFileError(ExchangeFileProblem::HashMismatch,
                                    "the content does not match the hash in the manifest: rows were changed after the "
                                    "file was made");
        }
        return file;
    } catch (const DatabaseError& e) {
        throw ExchangeFileError(ExchangeFileProblem::Damaged, e.what());
    }
}

}  // namespace wb::io

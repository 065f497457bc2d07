// The exchange file ("voortgangsbestand"): what one organisation delivers to the next level, as
// one SQLite file anyone can open in the sqlite3 shell or DB Browser.
//
//   manifest(key, value)                     who sent it, for which area, as of which day, its
//                                            sequence number, per-table row counts, content hash
//   record(kind, uid, area_code, content)    the rows the sender owns (see core/exchange_records.h)
//   forwarded(source_code, seq, sha256, file) a region's file: its municipalities' signed files,
//                                            byte for byte as they were received
//   sender_key(source_code, name, public_key, fingerprint)
//                                            a region's file: the keys it trusts for them
//
// The content hash is SHA-256 over one JSON line per row in a fixed order (manifest identity,
// records by kind and uid, forwarded files by sender and seq with the hash of their bytes, keys
// by sender), so it does not depend on how SQLite laid the pages out. The signature (made in the
// browser, see web/signing.js) covers the whole file and travels appended to it; this reader sees
// only the SQLite image.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/exchange_records.h"

namespace wb::io {

inline constexpr int kExchangeFormatVersion = 1;
inline constexpr const char* kExchangeFormatName = "weerbaar-exchange";

struct ExchangeManifest {
    int formatVersion = kExchangeFormatVersion;
    std::string senderCode;
    std::string senderName;   // as the sender typed it
    std::string senderLevel;  // municipality, safety_region, country
    std::string senderRegion; // the safety region of a municipality; empty otherwise
    std::string createdAt;    // ISO time
    std::string peildatum;    // ISO date the figures are as of
    int64_t seq = 0;          // the sender's delivery number, 1, 2, ...
    int appSchemaVersion = 0;
    std::string contentSha256;
    std::map<std::string, int64_t> counts;  // per kind, plus "forwarded" and "sender_key"
};

struct ForwardedFile {
    std::string sourceCode;
    int64_t seq = 0;
    std::string sha256;  // of `file`
    std::vector<uint8_t> file;
};

struct SenderKey {
    std::string sourceCode;
    std::string name;
    std::string publicKey;  // minisign public key, base64
    std::string fingerprint;
};

struct ExchangeFile {
    ExchangeManifest manifest;
    std::vector<ExchangeRecord> records;
    std::vector<ForwardedFile> forwarded;
    std::vector<SenderKey> senderKeys;
};

// Why a file was refused; the interface words each reason in Dutch and English.
enum class ExchangeFileProblem {
    NotAnExchangeFile,  // an SQLite file, but no exchange manifest (an ordinary database?)
    Damaged,            // not SQLite, or SQLite that fails its checks
    NewerFormat,        // made by a newer version of the dashboard
    Malformed,          // a table, field or row that breaks the format
    HashMismatch,       // rows changed after the file was made
    CountMismatch,      // the manifest's counts do not match the rows
};

class ExchangeFileError : public std::runtime_error {
public:
    ExchangeFileError(ExchangeFileProblem problem, const std::string& detail)
        : std::runtime_error(detail), problem_(problem) {}
    ExchangeFileProblem problem() const { return problem_; }

private:
    ExchangeFileProblem problem_;
};

// "weerbaar-exchange-v1;source=GM0363;seq=12;peildatum=2026-03-31": the signature's trusted
// comment, so what a signature vouches for can be read without opening the file.
std::string trustedComment(const ExchangeManifest& manifest);

std::string exchangeContentSha256(const ExchangeFile& file);

// Fills in the counts and the content hash, and returns the file's bytes.
std::vector<uint8_t> writeExchangeFile(ExchangeFile& file);

// Opens an image as untrusted (defensive, schema not trusted), checks format, version, every row's
// shape, the counts and the content hash; throws ExchangeFileError naming what is wrong and where.
// Rows of an older format version are brought up to this one.
ExchangeFile readExchangeFile(const uint8_t* data, size_t size);

// True when the image is an SQLite file with an exchange manifest (cheap: no checks beyond that).
bool isExchangeImage(const uint8_t* data, size_t size);

}  // namespace wb::io

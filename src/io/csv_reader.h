// A fast CSV reader for spreadsheet and CBS StatLine exports.
//
// Handles RFC 4180 quoting (doubled quotes, delimiters and line breaks inside quotes), a UTF-8
// byte-order mark, CRLF or LF line ends, and detects the delimiter (',', ';' or tab) from the
// header line. Fields are string_views into the input where possible; only quoted fields with
// doubled quotes are copied. Malformed input throws CsvError naming the line.
#pragma once

#include <deque>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace wb {

class CsvError : public std::runtime_error {
public:
    CsvError(int line, const std::string& detail)
        : std::runtime_error("line " + std::to_string(line) + ": " + detail), line_(line), detail_(detail) {}
    int line() const { return line_; }
    const std::string& detail() const { return detail_; }  // the message without the line

private:
    int line_;
    std::string detail_;
};

// Chooses ',', ';' or '\t': whichever occurs most often outside quotes in the first line.
char detectDelimiter(std::string_view text);

class CsvReader {
public:
    // `text` must outlive the reader. delimiter 0 = detect.
    explicit CsvReader(std::string_view text, char delimiter = 0, char commentPrefix = 0);

    // Reads the next record into `fields` (views valid until the next call). False at the end.
    // Blank lines are skipped.
    bool next(std::vector<std::string_view>& fields);

    // Line number (1-based) where the record last returned by next() started.
    int line() const { return recordLine_; }
    char delimiter() const { return delimiter_; }
    // Bytes consumed so far, for progress reporting.
    size_t position() const { return pos_; }

private:
    std::string_view parseQuoted();

    std::string_view text_;
    size_t pos_ = 0;
    int line_ = 1;
    int recordLine_ = 0;
    char delimiter_;
    char comment_;
    std::deque<std::string> unescaped_;  // fields that needed unescaping (deque: stable addresses)
    size_t unescapedUsed_ = 0;
};

}  // namespace wb

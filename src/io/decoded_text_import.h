// Imports of text files (CSV, GeoJSON, TopoJSON, practice packs) start from UTF-8: the file's
// text is decoded once, up front (io/text_encoding.h), and the importer reads the result. When
// the bytes were UTF-8 already the importer reads them in place; otherwise a DecodedTextImport
// owns the converted text for as long as the import runs, and its message says how the file was
// read when that was a guess (Windows-1252).
#pragma once

#include <functional>
#include <memory>
#include <string_view>

#include "io/import_job.h"
#include "io/text_encoding.h"

namespace wb::io {

// Makes the importer for UTF-8 `text` (which outlives the job it returns).
using StartOnText = std::function<std::unique_ptr<ImportJob>(std::string_view text)>;

// The importer `start` makes, reading the text of `bytes` (which must outlive the job) as UTF-8.
std::unique_ptr<ImportJob> startOnDecodedText(std::string_view bytes, const StartOnText& start);

class DecodedTextImport : public ImportJob {
public:
    DecodedTextImport(DecodedText text, const StartOnText& start);
    bool step(ImportClock::time_point deadline) override;
    double progress() const override { return job_->progress(); }

private:
    DecodedText text_;  // before job_: the job reads it
    std::unique_ptr<ImportJob> job_;
};

}  // namespace wb::io

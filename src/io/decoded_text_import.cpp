#include "io/decoded_text_import.h"

namespace wb::io {

std::unique_ptr<ImportJob> startOnDecodedText(std::string_view bytes, const StartOnText& start) {
    DecodedText decoded = decodeText(bytes);
    if (decoded.encoding() == TextEncoding::Utf8) return start(decoded.text());  // a view of `bytes`
    return std::make_unique<DecodedTextImport>(std::move(decoded), start);
}

DecodedTextImport::DecodedTextImport(DecodedText text, const StartOnText& start)
    : text_(std::move(text)), job_(start(text_.text())) {}

bool DecodedTextImport::step(ImportClock::time_point deadline) {
    if (!job_->step(deadline)) return false;
    result_ = job_->result();
    if (text_.encoding() == TextEncoding::Windows1252) {
        result_.message = result_.message + "; the file is not valid UTF-8 and was read as Windows-1252";
    }
    return true;
}

}  // namespace wb::io

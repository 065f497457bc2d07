// How much of each frame an import may use (views/import_queue.h runs it a slice per frame).
//
// A fixed slice does not fit every machine: the browser asks for frames at most 60 times a
// second, and drawing a frame costs from a few milliseconds to a hundred and more (WebGL in
// software, a busy machine). A 12 ms slice next to 40 ms of drawing leaves the import idle three
// quarters of the time; a long slice next to cheap drawing makes the page stutter for nothing.
// So the slice follows the measured time of the rest of the frame (drawing, the browser's own
// work, waiting for the next frame): together they fill a frame of kFrame, ten frames a second,
// enough for the progress bar and its cancel button. When drawing alone takes more than half of
// that, the import still gets as long as the drawing took, so it never gets less than half of
// the time, and the frame rate drops below ten a second rather than the import crawling.
#pragma once

#include <chrono>
#include <optional>

#include "io/import_job.h"

namespace wb {

class ImportPacing {
public:
    using Duration = std::chrono::duration<double, std::milli>;

    static constexpr Duration kFrame{100};     // a frame while importing: ten a second
    static constexpr Duration kMinSlice{12};   // the import's least share of a frame
    static constexpr Duration kMaxSlice{250};  // cancel still answers within a quarter second

    // The slice for frames whose rest (everything but the import) takes `rest`.
    static Duration sliceFor(Duration rest);

    // The deadline of this frame's slice, starting `now`. The rest of the frame is the time since
    // the previous slice ended (smoothed over a few frames: one slow frame does not swing it).
    io::ImportClock::time_point startSlice(io::ImportClock::time_point now);
    // Called when this frame's slice has ended, with the time it ended.
    void endSlice(io::ImportClock::time_point now) { lastEnd_ = now; }
    // No import running: the next one measures afresh.
    void idle() { lastEnd_.reset(); }

    Duration rest() const { return rest_; }

private:
    std::optional<io::ImportClock::time_point> lastEnd_;
    Duration rest_{20};  // until measured: a frame drawn quickly
};

}  // namespace wb

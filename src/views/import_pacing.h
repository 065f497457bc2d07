// How long each slice of an import may run (views/import_queue.h runs it a slice at a time).
//
// The slices run back to back, each as a task of its own, and the browser draws its frames in
// between: while a frame is drawn the slice waits, and while the browser waits for its GPU
// process (WebGL in software: tens of milliseconds a frame) the import runs. So what the import
// must leave free is only the main thread's own part of a frame (the panels, the map's draw
// calls), and a slice is as long as fills a frame of kFrame together with it: ten frames a
// second, enough for the progress bar and its cancel button. When a frame alone takes more than
// half of that, the slice still gets as long as the frame took, so the import never gets less
// than half of the time, and the frame rate drops below ten a second rather than the import
// crawling. The browser does not always draw between two tasks (it waits while its GPU process
// is behind): when no frame has come for kMaxWithoutFrame, the next slice waits for one.
#pragma once

#include <chrono>

#include "io/import_job.h"

namespace wb {

class ImportPacing {
public:
    using Duration = std::chrono::duration<double, std::milli>;

    static constexpr Duration kFrame{100};     // a frame while importing: ten a second
    static constexpr Duration kMinSlice{12};   // the import's least share of a frame
    static constexpr Duration kMaxSlice{250};  // cancel still answers within a quarter second
    static constexpr Duration kMaxWithoutFrame{150};  // slices back to back at most this long

    // The slice for frames that take `frameCost` of the main thread.
    static Duration sliceFor(Duration frameCost);

    // A frame was drawn from `start` to `end` while an import ran: its cost of the main thread
    // (smoothed over a few frames: one slow frame does not swing the slice).
    void frameDrawn(io::ImportClock::time_point start, io::ImportClock::time_point end);
    // The deadline of a slice starting `now`.
    io::ImportClock::time_point startSlice(io::ImportClock::time_point now) const;
    // Whether a slice ending `now` may be followed by the next at once, or should wait for a frame.
    bool mayGoOnWithoutFrame(io::ImportClock::time_point now) const;

    Duration frameCost() const { return frameCost_; }

private:
    Duration frameCost_{20};  // until measured: a frame drawn quickly
    io::ImportClock::time_point lastFrame_{};
};

}  // namespace wb

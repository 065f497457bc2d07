// An import cut into slices. The browser build has no threads, so a long import (a million CSV
// rows, 15,000 neighbourhood boundaries) would freeze the page if it ran in one go. Instead the
// main loop calls step() once per frame with a time budget, draws a progress bar from progress(),
// and the page stays responsive.
//
// A job holds one transaction open from its first write to its last step (a job may read and
// check the whole file before it writes): the import is still all-or-nothing. When step() throws (an ImportError saying where and what) or the job is
// destroyed before it finished (cancelled), the transaction rolls back and the database is
// exactly as it was. While a job runs nothing else may write to the database.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "io/import_result.h"

namespace wb::io {

using ImportClock = std::chrono::steady_clock;

class ImportJob {
public:
    virtual ~ImportJob() = default;

    // Works until `deadline` has passed (checked every few hundred rows) or the work is done.
    // Returns true when finished; result() is then valid. Throws ImportError.
    virtual bool step(ImportClock::time_point deadline) = 0;

    // Share of the work done, 0 to 1, for the progress bar.
    virtual double progress() const = 0;

    const ImportResult& result() const { return result_; }

protected:
    ImportResult result_;
};

// Runs a job to the end in one go (unit tests, tools, small files).
ImportResult runToEnd(ImportJob& job);

}  // namespace wb::io

// How a boundary import (io/boundary_import.h) reads its file: a part per call, so a large file
// is read across frames (io/import_job.h) instead of holding one frame until it is read.
#pragma once

#include <functional>
#include <memory>

#include "io/geo_features.h"
#include "io/import_job.h"

namespace wb::io {

class FeatureReader {
public:
    virtual ~FeatureReader() = default;
    // Reads on until `deadline` has passed or the file is read (true; take() then gives the
    // features). Throws ImportError.
    virtual bool read(ImportClock::time_point deadline) = 0;
    virtual double progress() const = 0;  // share of the file read, 0 to 1
    virtual FeatureSet take() = 0;
};

// A reader that cannot pause, run in one call (features already read, in tests and tools).
std::unique_ptr<FeatureReader> readInOneGo(std::function<FeatureSet()> read);

// Runs a reader's parts one after the other, without a deadline: the whole file in one call.
FeatureSet readToEnd(FeatureReader& reader);

}  // namespace wb::io

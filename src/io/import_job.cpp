#include "io/import_job.h"

namespace wb::io {

ImportResult runToEnd(ImportJob& job) {
    while (!job.step(ImportClock::time_point::max())) {
    }
    return job.result();
}

}  // namespace wb::io

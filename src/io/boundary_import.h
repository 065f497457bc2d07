// Importing boundary files (GeoJSON, TopoJSON, GeoPackage, CSV with WKT; from CBS/PDOK) into
// area.geometry: each feature is matched to an area by its CBS code. Districts and neighbourhoods
// that are not in the database yet are added (their parent follows from the code). One
// transaction: a feature that cannot be placed stops the import and the database stays as it was.
// Every feature stored is counted: an area given twice is refused (the second would replace the
// first), and so is a name over the limit of io/text_encoding.h.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include "core/database.h"
#include "io/feature_reader.h"
#include "io/geo_features.h"
#include "io/import_job.h"

namespace wb::io {

ImportResult importBoundaries(Database& db, const FeatureSet& features, const std::string& fileName);

// The same import as a job for the main loop (see import_job.h). `reader` reads the file in the
// first steps (io/feature_reader.h), then the features are stored a slice at a time.
class BoundaryImport : public ImportJob {
public:
    BoundaryImport(Database& db, std::unique_ptr<FeatureReader> reader, std::string fileName);
    ~BoundaryImport() override;
    bool step(ImportClock::time_point deadline) override;
    double progress() const override;

private:
    void storeFeature(size_t index);

    Database& db_;
    std::unique_ptr<FeatureReader> reader_;
    std::string fileName_;
    FeatureSet features_;
    size_t next_ = 0;
    size_t added_ = 0;
    size_t namesReadAsWindows1252_ = 0;
    std::unordered_map<std::string, size_t> featureOfCode_;  // code -> the feature that gave it
    std::unique_ptr<Transaction> transaction_;
    Statement find_, add_, set_;
};

}  // namespace wb::io

// Importing boundary files (GeoJSON, TopoJSON from CBS/PDOK) into area.geometry: each feature is
// matched to an area by its CBS code. Districts and neighbourhoods that are not in the database yet
// are added (their parent follows from the code). One transaction: a feature that cannot be placed
// stops the import and the database stays as it was.
#pragma once

#include <string>

#include "core/database.h"
#include "io/geo_features.h"
#include "io/indicator_import.h"

namespace wb::io {

ImportResult importBoundaries(Database& db, const FeatureSet& features, const std::string& fileName);

}  // namespace wb::io

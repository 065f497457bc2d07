# Fuzz targets (libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer), one per importer:
#   fuzz_csv       wb::CsvReader over every record
#   fuzz_geojson   readGeoJson, and writeGeoJson -> readGeoJson must give the same features back
#   fuzz_topojson  readTopoJson, and the same round trip through GeoJSON
#   fuzz_geopackage     readGeoPackage, and writeGeoPackage -> readGeoPackage must give the same features
#   fuzz_gpkg_geometry  the GeoPackage geometry blob decoder alone (where hostile bytes meet our code),
#                       and encodeGpkgGeometry -> decode must give the same geometry
#   fuzz_boundary_mesh  what the map makes of accepted GeoJSON boundaries: full and simplified meshes
#   fuzz_wkt       the WKT geometry reader and the CSV with a WKT column around it
# Built in their own build dir (scripts/fuzz uses build/fuzz) because the whole tree there must be
# compiled by clang. The code under test is compiled again with coverage instrumentation and the
# sanitizers; the plain weerbaar_core of that build dir is not used by the fuzz targets.
option(WEERBAAR_FUZZ "Build the libFuzzer targets (clang only)" OFF)
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "WEERBAAR_FUZZ needs clang (libFuzzer): configure with CC=clang CXX=clang++")
endif()

# Every UB report is fatal: otherwise UBSan prints and carries on, and the fuzzer would not stop.
# Assertions stay on (-UNDEBUG), with bounds checks in the standard library, so that misuse of the
# JSON library or a vector index inside its capacity is a finding too, not just memory errors.
set(FUZZ_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g
  -UNDEBUG -D_GLIBCXX_ASSERTIONS)

# The importers, instrumented. A static library: a fuzz target links only the objects it uses,
# so io sources that need the database (benchmarks, imports into SQLite) cost a compile, not a link.
file(GLOB FUZZ_IO_SOURCES CONFIGURE_DEPENDS src/io/*.cpp)
list(APPEND FUZZ_IO_SOURCES src/core/json_writer.cpp)  # the JSON string escaping the GeoJSON writer uses
list(APPEND FUZZ_IO_SOURCES src/core/text_split.cpp)   # trimming the CSV headers the WKT reader looks for
list(APPEND FUZZ_IO_SOURCES src/geo/projection.cpp)    # RD New -> WGS84 for every reader
# What the map makes of boundaries (fuzz_boundary_mesh): projection, meshes, border simplification.
list(APPEND FUZZ_IO_SOURCES src/geo/projected_polygons.cpp src/geo/polygon_mesh.cpp src/geo/feature_mesh.cpp
  src/geo/hex_tiles.cpp src/geo/shared_border_simplify.cpp)
# The GeoPackage reader opens the file as an untrusted SQLite database.
list(APPEND FUZZ_IO_SOURCES src/core/database.cpp src/core/untrusted_database.cpp src/core/schema.cpp)
add_library(weerbaar_io_fuzz STATIC ${FUZZ_IO_SOURCES})
target_include_directories(weerbaar_io_fuzz PUBLIC
  $<TARGET_PROPERTY:weerbaar_core,INTERFACE_INCLUDE_DIRECTORIES>
  $<TARGET_PROPERTY:sqlite3_amalgamation,INTERFACE_INCLUDE_DIRECTORIES>)
target_compile_options(weerbaar_io_fuzz PRIVATE ${FUZZ_SANITIZERS} -fsanitize=fuzzer-no-link)
# SQLite itself is linked uninstrumented: coverage of its millions of branches would drown ours.
target_link_libraries(weerbaar_io_fuzz PUBLIC sqlite3_amalgamation)

foreach(target csv geojson topojson geopackage gpkg_geometry boundary_mesh wkt)
  add_executable(fuzz_${target} tests/fuzz/fuzz_${target}.cpp)
  target_compile_options(fuzz_${target} PRIVATE ${FUZZ_SANITIZERS} -fsanitize=fuzzer)
  target_link_options(fuzz_${target} PRIVATE ${FUZZ_SANITIZERS} -fsanitize=fuzzer)
  target_link_libraries(fuzz_${target} PRIVATE weerbaar_io_fuzz)
endforeach()

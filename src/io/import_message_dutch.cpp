#include "io/import_message_dutch.h"

#include <cctype>
#include <unordered_map>

namespace wb::io {
namespace {

// Grouped by where the message comes from; within a group the more specific templates come first,
// because the first template that matches wins. The completeness test
// (tests/unit/import_message_dutch_test.cpp) finds every message literal in the importers and
// checks it has a template here.
const std::vector<ImportMessageTemplate> kTemplates = {
    // ---- where: the place a message names, followed by the message itself ------------------------
    {"feature {n} (row id {t}): {m}", "object {1} (rij-id {2}): {3}"},
    {"feature {n} ({t}): {m}", "object {1} ({2}): {3}"},
    {"feature {n}: {m}", "object {1}: {2}"},
    {"line {n}, column {s}: {m}", "regel {1}, kolom {2}: {3}"},
    {"line {n}, column {n}: {m}", "regel {1}, kolom {2}: {3}"},
    {"line {n}: {m}", "regel {1}: {2}"},
    {"byte {n}: {m}", "byte {1}: {2}"},
    {"layer {q}: {m}", "laag {1}: {2}"},
    {"object {q}: {m}", "TopoJSON-object {1}: {2}"},
    {"arc {n}: {m}", "boog {1}: {2}"},
    {"transform: {m}", "onderdeel \"transform\": {1}"},
    {"crs: {m}", "onderdeel \"crs\": {1}"},
    {"geometry: {m}", "geometrie: {1}"},
    {"practice {n} ({t}), measures {n}: {m}", "praktijkvoorbeeld {1} ({2}), maatregel {3}: {4}"},
    {"practice {n} ({t}), scenarios {n}: {m}", "praktijkvoorbeeld {1} ({2}), scenario {3}: {4}"},
    {"practice {n} ({t}): {m}", "praktijkvoorbeeld {1} ({2}): {3}"},
    {"practice {n}: {m}", "praktijkvoorbeeld {1}: {2}"},
    // Inside a geometry (io::geojson_detail::GeometryPath): "polygon 2, ring 1, position 7: ...".
    {"polygon {n}, {m}", "polygoon {1}, {2}"},
    {"polygon {n}: {m}", "polygoon {1}: {2}"},
    {"ring {n}, {m}", "ring {1}, {2}"},
    {"ring {n}: {m}", "ring {1}: {2}"},
    {"point {n}, {m}", "punt {1}, {2}"},
    {"point {n}: {m}", "punt {1}: {2}"},
    {"position {n}: {m}", "positie {1}: {2}"},
    // Inside a WKT geometry (io/wkt_reader.cpp): "line 3, column 'WKT': character 12: ...".
    {"character {n}: {m}", "teken {1}: {2}"},

    // ---- the import queue (views/import_queue.cpp) --------------------------------------------------
    {"this is the public version of the dashboard, which is read-only: nothing was imported",
     "dit is de publieke versie van het dashboard, die alleen gelezen kan worden: er is niets geïmporteerd"},

    // ---- JSON syntax (io/json_events.cpp) ----------------------------------------------------------
    {"invalid JSON at line {n}, column {n}: {m}", "ongeldige JSON op regel {1}, kolom {2}: {3}"},
    {"unexpected text after the end of the JSON value", "onverwachte tekst na het einde van de JSON-waarde"},
    {"expected ',' or {s}, found a byte with code {n}", "verwacht: ',' of {1}, gevonden: een byte met code {2}"},
    {"expected ',' or {s}, found {s}", "verwacht: ',' of {1}, gevonden: {2}"},
    {"expected a value, found a byte with code {n}", "verwacht: een waarde, gevonden: een byte met code {1}"},
    {"expected a value, found {s}", "verwacht: een waarde, gevonden: {1}"},
    {"expected a member name in double quotes, found a byte with code {n}",
     "verwacht: een naam tussen dubbele aanhalingstekens, gevonden: een byte met code {1}"},
    {"expected a member name in double quotes, found {s}",
     "verwacht: een naam tussen dubbele aanhalingstekens, gevonden: {1}"},
    {"expected ':' after a member name, found a byte with code {n}",
     "verwacht: ':' na een naam, gevonden: een byte met code {1}"},
    {"expected ':' after a member name, found {s}", "verwacht: ':' na een naam, gevonden: {1}"},
    {"a control character (code {n}) in a string must be escaped",
     "een stuurteken (code {1}) in een tekenreeks moet met een escape worden geschreven"},
    {"invalid escape \\{t} in a string", "ongeldige escape \\{1} in een tekenreeks"},
    {"a \\u escape of a high surrogate without its low surrogate",
     "een \\u-escape van een hoog surrogaat zonder laag surrogaat"},
    {"a \\u escape of a low surrogate without its high surrogate",
     "een \\u-escape van een laag surrogaat zonder hoog surrogaat"},
    {"a \\u escape needs four hexadecimal digits", "een \\u-escape heeft vier hexadecimale cijfers nodig"},
    {"the text is not valid UTF-8 (save the file as UTF-8)", "de tekst is geen geldige UTF-8 (sla het bestand op als UTF-8)"},
    {"a number must not start with 0 ({s})", "een getal mag niet met 0 beginnen ({1})"},
    {"invalid number {s} (digits must follow '.')", "ongeldig getal {1} (na '.' moeten cijfers volgen)"},
    {"invalid number {s} (digits must follow the exponent)", "ongeldig getal {1} (na de exponent moeten cijfers volgen)"},
    {"invalid number {s}", "ongeldig getal {1}"},
    {"number {s} is too large (not a finite number)", "getal {1} is te groot (geen eindig getal)"},
    {"the file ends before the JSON is complete (truncated?)",
     "het bestand houdt op voordat de JSON compleet is (afgebroken?)"},

    // ---- GeoJSON and TopoJSON, shared checks (io/geo_json_parsing.cpp, io/geo_geometry_walk.h) -----
    {"the JSON is nested more than {n} levels deep", "de JSON is meer dan {1} niveaus diep genest"},
    {"the file is empty", "het bestand is leeg"},
    {"more than {n} coordinates: too many to import (simplify the file first)",
     "meer dan {1} coördinaten: te veel om te importeren (vereenvoudig het bestand eerst)"},
    {"{q} must be an object or null", "{1} moet een object of null zijn"},
    {"the feature has no \"type\"", "het object heeft geen \"type\""},
    {"the geometry has no \"type\"", "de geometrie heeft geen \"type\""},
    {"the file has no \"type\"", "het bestand heeft geen \"type\""},
    {"the \"type\" of the feature is not a string", "het \"type\" van het object is geen tekst"},
    {"the \"type\" of the geometry is not a string", "het \"type\" van de geometrie is geen tekst"},
    {"the \"type\" of the file is not a string", "het \"type\" van het bestand is geen tekst"},
    {"a position must be an array of numbers [lon, lat]", "een positie moet een array van getallen zijn [lon, lat]"},
    {"a position needs at least two numbers [lon, lat]", "een positie heeft minstens twee getallen nodig [lon, lat]"},
    {"coordinate is not a number", "coördinaat is geen getal"},
    {"coordinate is not a finite number", "coördinaat is geen eindig getal"},
    {"position {p} is not a WGS84 longitude/latitude: coordinates look projected (e.g. RD New / EPSG:28992); "
     "export as WGS84",
     "positie {1} is geen WGS84-lengte/breedte: de coördinaten lijken geprojecteerd (bijv. RD New / "
     "EPSG:28992); exporteer als WGS84"},
    // ---- coordinate systems (io/file_coordinates.cpp, io/geojson_reader.cpp) ----------------------
    {"position {p} is neither a WGS84 longitude/latitude nor RD New (EPSG:28992) in the Netherlands: export as "
     "WGS84 or RD New",
     "positie {1} is geen WGS84-lengte/breedte en ook geen RD New (EPSG:28992) in Nederland: exporteer als WGS84 "
     "of RD New"},
    {"position {p} lies outside the RD New (EPSG:28992) grid, unlike the file's first position {p}",
     "positie {1} ligt buiten het raster van RD New (EPSG:28992), anders dan de eerste positie van het bestand {2}"},
    {"\"crs\" must name the coordinate system: {\"type\": \"name\", \"properties\": {\"name\": ...}}",
     "\"crs\" moet het coördinatenstelsel noemen: {\"type\": \"name\", \"properties\": {\"name\": ...}}"},
    {"the coordinate system {q} is not supported: use WGS84 (EPSG:4326) or RD New (EPSG:28992)",
     "het coördinatenstelsel {1} wordt niet ondersteund: gebruik WGS84 (EPSG:4326) of RD New (EPSG:28992)"},
    {"a ring needs at least 4 positions (the last repeating the first), this one has {n}",
     "een ring heeft minstens 4 posities nodig (de laatste gelijk aan de eerste), deze heeft er {1}"},
    {"a polygon must be an array of rings", "een polygoon moet een array van ringen zijn"},
    {"the polygon has no rings", "de polygoon heeft geen ringen"},
    {"LineString geometries are not supported: only Polygon, MultiPolygon, Point and MultiPoint",
     "geometrieën van het type LineString worden niet ondersteund: alleen Polygon, MultiPolygon, Point en MultiPoint"},
    {"MultiLineString geometries are not supported: only Polygon, MultiPolygon, Point and MultiPoint",
     "geometrieën van het type MultiLineString worden niet ondersteund: alleen Polygon, MultiPolygon, Point en "
     "MultiPoint"},
    {"unknown geometry type {q}", "onbekend geometrietype {1}"},
    {"a GeometryCollection needs a \"geometries\" array", "een GeometryCollection heeft een array \"geometries\" nodig"},
    {"{w} has no {q}", "{1} heeft geen {2}"},
    {"{q} of a {w} must be an array", "{1} van een {2} moet een array zijn"},
    {"the ring is not closed: its last position {p} differs from its first {p}",
     "de ring is niet gesloten: de laatste positie {1} wijkt af van de eerste {2}"},

    // ---- GeoJSON (io/geojson_reader.cpp) -----------------------------------------------------------
    {"a feature must be a JSON object", "een object moet een JSON-object zijn"},
    {"expected a Feature, found type {q}", "verwacht: een Feature, gevonden: type {1}"},
    {"a ring must be an array of positions", "een ring moet een array van posities zijn"},
    {"not GeoJSON: the file holds a JSON {j}, not an object", "geen GeoJSON: het bestand bevat een JSON-{1}, geen object"},
    {"a FeatureCollection needs a \"features\" array", "een FeatureCollection heeft een array \"features\" nodig"},
    {"this is TopoJSON, not GeoJSON", "dit is TopoJSON, geen GeoJSON"},
    {"unknown GeoJSON type {q}", "onbekend GeoJSON-type {1}"},

    // ---- TopoJSON (io/topojson_reader.cpp) ---------------------------------------------------------
    {"{q} must be an array of two numbers", "{1} moet een array van twee getallen zijn"},
    {"{q} holds a number that is not finite", "{1} bevat een getal dat niet eindig is"},
    {"{q} must be an object", "{1} moet een object zijn"},
    {"a geometry object must be a JSON object", "een geometrieobject moet een JSON-object zijn"},
    {"a Topology needs an \"arcs\" array", "een Topology heeft een array \"arcs\" nodig"},
    {"an arc must be an array of positions", "een boog moet een array van posities zijn"},
    {"an arc needs at least 2 positions, this one has {n}", "een boog heeft minstens 2 posities nodig, deze heeft er {1}"},
    {"a geometry must be a JSON object", "een geometrie moet een JSON-object zijn"},
    {"a ring must be an array of arc indices", "een ring moet een array van boogindexen zijn"},
    {"an arc index must be an integer, found {q}", "een boogindex moet een geheel getal zijn, gevonden: {1}"},
    {"arc index {n} (arc {n} reversed) is out of range: the topology has {n} arcs",
     "boogindex {1} (boog {2} omgekeerd) valt buiten het bereik: de topologie heeft {3} bogen"},
    {"arc index {n} is out of range: the topology has {n} arcs",
     "boogindex {1} valt buiten het bereik: de topologie heeft {2} bogen"},
    {"arc {w} starts at {p} but arc {w} before it ends at {p}: the arcs do not join",
     "boog {1} begint bij {2}, maar boog {3} ervoor eindigt bij {4}: de bogen sluiten niet aan"},
    {"the ring is not closed: its arcs end at {p}, not at its start {p}",
     "de ring is niet gesloten: de bogen eindigen bij {1}, niet bij het begin {2}"},
    {"not TopoJSON: the file holds a JSON {j}, not an object", "geen TopoJSON: het bestand bevat een JSON-{1}, geen object"},
    {"not TopoJSON: the file's \"type\" is {q}, not \"Topology\"",
     "geen TopoJSON: het \"type\" van het bestand is {1}, niet \"Topology\""},
    {"a Topology needs an \"objects\" object", "een Topology heeft een object \"objects\" nodig"},
    {"the topology has no objects", "de topologie heeft geen objecten"},
    {"the topology has no object {q}; it has {t}", "de topologie heeft geen object {1}; wel {2}"},

    // ---- GeoPackage geometry blobs (io/gpkg_geometry.cpp) ------------------------------------------
    {"the WKB claims {n} rings but only {n} bytes are left (truncated or damaged)",
     "de WKB noemt {1} ringen, maar er zijn nog maar {2} bytes over (afgebroken of beschadigd)"},
    {"the WKB claims {n} positions but only {n} bytes are left (truncated or damaged)",
     "de WKB noemt {1} posities, maar er zijn nog maar {2} bytes over (afgebroken of beschadigd)"},
    {"the WKB claims {n} points but only {n} bytes are left (truncated or damaged)",
     "de WKB noemt {1} punten, maar er zijn nog maar {2} bytes over (afgebroken of beschadigd)"},
    {"the WKB claims {n} polygons but only {n} bytes are left (truncated or damaged)",
     "de WKB noemt {1} polygonen, maar er zijn nog maar {2} bytes over (afgebroken of beschadigd)"},
    {"the WKB claims {n} geometries but only {n} bytes are left (truncated or damaged)",
     "de WKB noemt {1} geometrieën, maar er zijn nog maar {2} bytes over (afgebroken of beschadigd)"},
    {"the geometry is truncated: {n} more bytes needed at byte {n} of {n}",
     "de geometrie is afgebroken: nog {1} bytes nodig bij byte {2} van {3}"},
    {"invalid WKB byte order {n} (must be 0 or 1)", "ongeldige WKB-bytevolgorde {1} (moet 0 of 1 zijn)"},
    {"WKB geometry type {n} is not supported: only Polygon, MultiPolygon, Point and MultiPoint",
     "WKB-geometrietype {1} wordt niet ondersteund: alleen Polygon, MultiPolygon, Point en MultiPoint"},
    {"a WKB MultiPoint holds a geometry of type {n}", "een WKB-MultiPoint bevat een geometrie van type {1}"},
    {"a WKB MultiPolygon holds a geometry of type {n}", "een WKB-MultiPolygon bevat een geometrie van type {1}"},
    {"nested geometry collections are not supported", "geneste geometrieverzamelingen worden niet ondersteund"},
    {"the geometry is not a GeoPackage geometry blob (it does not start with \"GP\")",
     "de geometrie is geen GeoPackage-geometrieblob (hij begint niet met \"GP\")"},
    {"GeoPackage geometry version {n} is not supported", "GeoPackage-geometrieversie {1} wordt niet ondersteund"},
    {"extended GeoPackage geometry types are not supported",
     "uitgebreide GeoPackage-geometrietypen worden niet ondersteund"},
    {"the geometry header has an invalid envelope type {n}", "de geometriekop heeft een ongeldig envelop-type {1}"},
    {"the geometry's SRS id {n} differs from the layer's {n}",
     "de SRS-id {1} van de geometrie wijkt af van die van de laag ({2})"},
    {"{n} bytes follow the end of the WKB geometry (damaged?)",
     "na het einde van de WKB-geometrie volgen nog {1} bytes (beschadigd?)"},

    // ---- GeoPackage files (io/geopackage_reader.cpp) -----------------------------------------------
    {"the GeoPackage has no feature layer (gpkg_contents lists no 'features' table)",
     "de GeoPackage heeft geen objectlaag (gpkg_contents noemt geen tabel van het type 'features')"},
    {"is a system table, not a feature table", "is een systeemtabel, geen objecttabel"},
    {"the table listed in gpkg_contents does not exist", "de tabel die gpkg_contents noemt, bestaat niet"},
    {"is a {w}, not a table", "is een {1}, geen tabel"},
    {"virtual tables are not supported", "virtuele tabellen worden niet ondersteund"},
    {"the geometry column {q} does not exist", "de geometriekolom {1} bestaat niet"},
    {"the table has no integer primary key", "de tabel heeft geen primaire sleutel van gehele getallen"},
    {"its SRS id {n} is not in gpkg_spatial_ref_sys", "de SRS-id {1} staat niet in gpkg_spatial_ref_sys"},
    {"the coordinate system {q} ({q}) is not supported: use WGS84 (EPSG:4326) or RD New (EPSG:28992)",
     "het coördinatenstelsel {1} ({2}) wordt niet ondersteund: gebruik WGS84 (EPSG:4326) of RD New (EPSG:28992)"},
    {"position {p} lies outside the Netherlands, where RD New (EPSG:28992) holds",
     "positie {1} ligt buiten Nederland, het gebied waar RD New (EPSG:28992) geldt"},
    {"the geometry column holds a value that is not a GeoPackage geometry blob",
     "de geometriekolom bevat een waarde die geen GeoPackage-geometrieblob is"},
    {"not a GeoPackage: the SQLite file has no gpkg_contents and gpkg_geometry_columns tables",
     "geen GeoPackage: het SQLite-bestand heeft geen tabellen gpkg_contents en gpkg_geometry_columns"},
    {"the GeoPackage cannot be read: {t}", "de GeoPackage kan niet worden gelezen: {1}"},

    // ---- WKT geometries in a CSV (io/wkt_reader.cpp, io/wkt_csv_reader.cpp) ------------------------
    {"expected POLYGON or MULTIPOLYGON, found {s}", "verwacht: POLYGON of MULTIPOLYGON, gevonden: {1}"},
    {"expected '(' or EMPTY, found {s}", "verwacht: '(' of EMPTY, gevonden: {1}"},
    {"expected '(', found {s}", "verwacht: '(', gevonden: {1}"},
    {"expected ',' or ')', found {s}", "verwacht: ',' of ')', gevonden: {1}"},
    {"expected a number, found {s}", "verwacht: een getal, gevonden: {1}"},
    {"expected the end of the geometry, found {s}", "verwacht: het einde van de geometrie, gevonden: {1}"},
    {"the text ends before the geometry is complete", "de tekst houdt op voordat de geometrie compleet is"},
    {"no WKT column", "geen WKT-kolom"},
    {"column {s} occurs twice", "kolom {1} komt twee keer voor"},

    // ---- database files (core/untrusted_database.cpp, core/schema.cpp, core/database.cpp) ----------
    {"not an SQLite database file", "geen SQLite-databasebestand"},
    {"the database file is damaged: {t}", "het databasebestand is beschadigd: {1}"},
    {"not a Weerbaar database (no area table or no schema version)",
     "geen Weerbaar-database (geen tabel area of geen schemaversie)"},
    {"the database has broken references (PRAGMA foreign_key_check)",
     "de database heeft verwijzingen die nergens heen wijzen (PRAGMA foreign_key_check)"},
    {"the database has schema version {n}, newer than this dashboard understands ({n})",
     "de database heeft schemaversie {1}, nieuwer dan dit dashboard begrijpt ({2})"},
    {"cannot load database image: {t}", "kan de database niet laden: {1}"},
    {"out of memory loading a database image", "onvoldoende geheugen om de database te laden"},
    {"empty SQL statement", "lege SQL-opdracht"},
    {"only one SQL statement is allowed here", "hier is maar één SQL-opdracht toegestaan"},
    {"cannot open {t}: {t}", "kan {1} niet openen: {2}"},
    {"cannot serialize the database: {t}", "kan de database niet serialiseren: {1}"},
    {"no table or view called {t}", "er is geen tabel of view met de naam {1}"},

    // ---- files in general (io/file_import.cpp, io/boundary_import.cpp) ----------------------------
    {"the file is {n} MB; the limit is {n} MB", "het bestand is {1} MB; de limiet is {2} MB"},
    {"unknown file type: use .csv, .geojson, .topojson, .gpkg or .sqlite",
     "onbekend bestandstype: gebruik .csv, .geojson, .topojson, .gpkg of .sqlite"},
    {"the file has no features", "het bestand bevat geen objecten"},
    {"no CBS area code (a statcode or code property)", "geen CBS-gebiedscode (een eigenschap statcode of code)"},
    {"has no polygon", "heeft geen polygoon"},
    {"unknown area code {t}", "onbekende gebiedscode {1}"},
    {"area {w} is already in feature {n}", "gebied {1} staat al in object {2}"},
    {"a new area needs a name (statnaam property)", "een nieuw gebied heeft een naam nodig (eigenschap statnaam)"},

    // ---- CSV (core CsvReader, io/indicator_import.cpp, io/ingest_benchmark.cpp) --------------------
    {"a quoted field is never closed", "een veld tussen aanhalingstekens wordt nergens gesloten"},
    {"unexpected text after a closing quote in field {n}", "onverwachte tekst na een sluitend aanhalingsteken in veld {1}"},
    {"the columns were not recognised: choose the area column and the value columns",
     "de kolommen zijn niet herkend: kies de gebiedskolom en de waardekolommen"},
    {"the file has no period column: choose a year", "het bestand heeft geen periodekolom: kies een jaar"},
    {"expected {n} fields, found {n}", "{1} velden verwacht, {2} gevonden"},
    {"{n} values repeat the area, indicator and period of an earlier line: {m}; choose \"last value wins\" to keep "
     "the last ones",
     "{1} waarden herhalen gebied, indicator en periode van een eerdere regel: {2}; kies \"laatste waarde telt\" om "
     "de laatste te houden"},
    {"line {n} repeats line {n}, {m}", "regel {1} herhaalt regel {2}, {3}"},
    {"line {n} repeats line {n}", "regel {1} herhaalt regel {2}"},
    {"...", "..."},
    {"the file names more than {n} indicators", "het bestand noemt meer dan {1} indicatoren"},
    {"{s} is not a CBS area code", "{1} is geen CBS-gebiedscode"},
    {"unknown area name {s}", "onbekende gebiedsnaam {1}"},
    {"{s} is not a period (expected a year such as 2024 or 2024JJ00)",
     "{1} is geen periode (verwacht: een jaar zoals 2024 of 2024JJ00)"},
    {"{s} is not a number", "{1} is geen getal"},
    {"the indicator name is empty", "de naam van de indicator is leeg"},
    {"the file has no data rows", "het bestand heeft geen gegevensregels"},
    {"expected the header area_code,indicator,period,value", "verwacht: de kopregel \"area_code,indicator,period,value\""},
    {"period is not a whole number", "de periode is geen geheel getal"},
    {"value is not a number", "de waarde is geen getal"},

    // ---- text encodings and limits (io/text_encoding.cpp, io/decoded_text_import.cpp) -------------
    {"the UTF-16 text ends in the middle of a character", "de UTF-16-tekst houdt op midden in een teken"},
    {"the UTF-16 text has a lone surrogate", "de UTF-16-tekst bevat een los surrogaat"},
    {"the name is {n} characters long; the limit is {n}", "de naam is {1} tekens lang; de limiet is {2}"},
    {"the code is {n} characters long; the limit is {n}", "de code is {1} tekens lang; de limiet is {2}"},
    {"{m}; the file is not valid UTF-8 and was read as Windows-1252",
     "{1}; het bestand is geen geldige UTF-8 en is gelezen als Windows-1252"},

    // ---- action lists (io/action_list_csv.cpp, core/checklist.cpp) ---------------------------------
    {"the file has no header row", "het bestand heeft geen kopregel"},
    {"the header has no column {q} (needed: code, phase, topic, title_nl)",
     "de kopregel heeft geen kolom {1} (nodig: code, phase, topic, title_nl)"},
    {"{n} fields where the header has {n}", "{1} velden, terwijl de kopregel er {2} heeft"},
    {"code {t} occurs twice", "code {1} komt twee keer voor"},
    {"the file has no measures", "het bestand bevat geen maatregelen"},
    {"a measure needs a code", "een maatregel heeft een code nodig"},
    {"measure {t}: phase {q} is not one of cold, first_72h, after",
     "maatregel {1}: fase {2} is geen van \"cold\", \"first_72h\", \"after\""},
    {"measure {t} needs a topic", "maatregel {1} heeft een onderwerp nodig"},
    {"measure {t} needs a Dutch title", "maatregel {1} heeft een Nederlandse titel nodig"},
    {"measure {n} belongs to a list for {w}, not for {t}", "maatregel {1} hoort bij een lijst voor {2}, niet voor {3}"},
    {"there is no action list {n}", "er is geen actielijst {1}"},
    {"the example list {q} cannot be edited: copy it first",
     "de voorbeeldlijst {1} kan niet worden bewerkt: maak er eerst een kopie van"},
    {"there is no measure {n}", "er is geen maatregel {1}"},
    {"the list needs a name", "de lijst heeft een naam nodig"},
    {"there is no area {t}", "er is geen gebied {1}"},
    {"the as-of date {q} is not a date YYYY-MM-DD", "de peildatum {1} is geen datum JJJJ-MM-DD"},
    {"the status date {q} is not a date YYYY-MM-DD", "de statusdatum {1} is geen datum JJJJ-MM-DD"},
    {"the due date {q} is not a date YYYY-MM-DD", "de streefdatum {1} is geen datum JJJJ-MM-DD"},
    {"the list already has a measure with code {t}", "de lijst heeft al een maatregel met code {1}"},
    {"action lists are for municipalities or safety regions", "actielijsten zijn er voor gemeenten of veiligheidsregio's"},
    {"the new order must name every measure of the list exactly once",
     "de nieuwe volgorde moet elke maatregel van de lijst precies één keer noemen"},

    // ---- practice packs (io/practice_pack.cpp, core/practices.cpp) ---------------------------------
    {"{q} is missing", "{1} ontbreekt"},
    {"{q} must be text", "{1} moet tekst zijn"},
    {"{q} must be a list", "{1} moet een lijst zijn"},
    {"{q} must be a year", "{1} moet een jaartal zijn"},
    {"must be an object with \"code\" and {q}", "moet een object zijn met \"code\" en {1}"},
    {"names neither a code nor a title", "noemt geen code en geen titel"},
    {"must be an object", "moet een object zijn"},
    {"the title is empty", "de titel is leeg"},
    {"the summary is empty", "de samenvatting is leeg"},
    {"{q} is {q}, not a date YYYY-MM-DD", "{1} is {2}, geen datum JJJJ-MM-DD"},
    {"not JSON: {t}", "geen JSON: {1}"},
    {"not a practice pack (\"format\" must be {q})", "geen praktijkpakket (\"format\" moet {1} zijn)"},
    {"practice pack version {t} is not supported (this dashboard reads {n})",
     "praktijkpakketversie {1} wordt niet ondersteund (dit dashboard leest {2})"},
    {"a practice needs a title", "een praktijkvoorbeeld heeft een titel nodig"},
    {"practice {q} needs a summary", "praktijkvoorbeeld {1} heeft een samenvatting nodig"},
    {"practice {q}: {q} is not a date YYYY-MM-DD", "praktijkvoorbeeld {1}: {2} is geen datum JJJJ-MM-DD"},

    // ---- refusals of the edit forms (core checks behind the tabs) --------------------------------
    {"a cost is a positive amount in EUR", "kosten zijn een positief bedrag in euro"},
    {"a budget is a positive amount in EUR", "een budget is een positief bedrag in euro"},
    {"there is no area {w}", "er is geen gebied {1}"},
    {"an organisation needs a name", "een organisatie heeft een naam nodig"},
    {"an organisation needs a type", "een organisatie heeft een soort nodig"},
    {"capacity cannot be negative", "de capaciteit kan niet negatief zijn"},
    {"a position needs both lon and lat", "een positie heeft zowel lengte- als breedtegraad nodig"},
    {"invalid position", "ongeldige positie"},
    {"no organisation with id {n}", "geen organisatie met id {1}"},
    {"unknown action status {s}", "onbekende actiestatus {1}"},
    {"the scenario matrix is for municipalities or safety regions", "de scenariomatrix is er voor gemeenten of veiligheidsregio's"},
    {"an action needs a description", "een actie heeft een beschrijving nodig"},
    {"an action needs an area", "een actie heeft een gebied nodig"},
    {"no scenario action with id {n}", "geen scenarioactie met id {1}"},
    {"{q} is not an assignment status", "{1} is geen opdrachtstatus"},
    {"there is no assignment {n}", "er is geen opdracht {1}"},
    {"weight of {s} must be finite and >= 0", "het gewicht van {1} moet eindig en >= 0 zijn"},
    {"indicator id {s} cannot carry a weight", "indicator-id {1} kan geen gewicht dragen"},
    {"no resilience point with id {n}", "geen weerbaarheidspunt met id {1}"},

    // ---- what a finished import did (ImportResult::message) ----------------------------------------
    {"{m}; {c} names were not valid UTF-8 and were read as Windows-1252",
     "{1}; {2} namen waren geen geldige UTF-8 en zijn gelezen als Windows-1252"},
    {"imported {c} boundaries ({c} new areas), converted from RD New (EPSG:28992) to WGS84",
     "{1} grenzen geïmporteerd ({2} nieuwe gebieden), omgerekend van RD New (EPSG:28992) naar WGS84"},
    {"imported {c} boundaries, converted from RD New (EPSG:28992) to WGS84",
     "{1} grenzen geïmporteerd, omgerekend van RD New (EPSG:28992) naar WGS84"},
    {"imported {c} boundaries ({c} new areas)", "{1} grenzen geïmporteerd ({2} nieuwe gebieden)"},
    {"imported {c} boundaries", "{1} grenzen geïmporteerd"},
    {"opened the database: {n} areas, {n} indicator values", "database geopend: {1} gebieden, {2} indicatorwaarden"},
    {"imported {c} values of {n} indicator(s) for {c} areas: {c} new, {c} replaced; {c} earlier values of repeated "
     "keys were overwritten",
     "{1} waarden van {2} indicator(en) voor {3} gebieden geïmporteerd: {4} nieuw, {5} vervangen; {6} eerdere "
     "waarden van herhaalde sleutels overschreven (laatste waarde telt)"},
    {"imported {c} values of {n} indicator(s) for {c} areas: {c} new, {c} replaced",
     "{1} waarden van {2} indicator(en) voor {3} gebieden geïmporteerd: {4} nieuw, {5} vervangen"},
    {"imported {c} values of {n} indicator(s) for {c} areas",
     "{1} waarden van {2} indicator(en) voor {3} gebieden geïmporteerd"},
    {"{n} measures now in the list from {t}", "{1} maatregelen nu in de lijst, uit {2}"},
    {"{n} measures in the new list from {t}", "{1} maatregelen in de nieuwe lijst, uit {2}"},
    {"{n} practices added, {n} already present (skipped), {n} links not found",
     "{1} praktijkvoorbeelden toegevoegd, {2} al aanwezig (overgeslagen), {3} koppelingen niet gevonden"},
    {"{n} practices added, {n} already present (skipped)",
     "{1} praktijkvoorbeelden toegevoegd, {2} al aanwezig (overgeslagen)"},
};

enum class Slot { Literal, Integer, Count, Word, Text, DoubleQuoted, SingleQuoted, Point, JsonType, Message };

struct Piece {
    Slot slot;
    std::string literal;  // for Slot::Literal
};

struct Pattern {
    std::vector<Piece> pieces;
    const char* dutch;
};

Slot slotNamed(char name) {
    switch (name) {
        case 'n': return Slot::Integer;
        case 'c': return Slot::Count;
        case 'w': return Slot::Word;
        case 't': return Slot::Text;
        case 'q': return Slot::DoubleQuoted;
        case 's': return Slot::SingleQuoted;
        case 'p': return Slot::Point;
        case 'j': return Slot::JsonType;
        case 'm': return Slot::Message;
        default: return Slot::Literal;
    }
}

std::vector<Piece> parseEnglish(std::string_view english) {
    std::vector<Piece> pieces;
    std::string literal;
    for (size_t i = 0; i < english.size(); ++i) {
        if (english[i] == '{' && i + 2 < english.size() && english[i + 2] == '}' && slotNamed(english[i + 1]) != Slot::Literal) {
            if (!literal.empty()) pieces.push_back({Slot::Literal, std::move(literal)});
            literal.clear();
            pieces.push_back({slotNamed(english[i + 1]), {}});
            i += 2;
        } else {
            literal += english[i];
        }
    }
    if (!literal.empty()) pieces.push_back({Slot::Literal, std::move(literal)});
    return pieces;
}

const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> parsed = [] {
        std::vector<Pattern> out;
        out.reserve(kTemplates.size());
        for (const ImportMessageTemplate& t : kTemplates) out.push_back({parseEnglish(t.english), t.dutch});
        return out;
    }();
    return parsed;
}

bool isDigit(char c) { return c >= '0' && c <= '9'; }

bool isInteger(std::string_view text) {
    if (!text.empty() && text[0] == '-') text.remove_prefix(1);
    if (text.empty()) return false;
    for (char c : text)
        if (!isDigit(c)) return false;
    return true;
}

bool isWord(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (c == ' ' || c == ':' || c == ',' || c == '"' || c == '\'' || static_cast<unsigned char>(c) < 0x20) return false;
    return true;
}

bool isQuoted(std::string_view text, char quote) {
    return text.size() >= 2 && text.front() == quote && text.back() == quote;
}

// A number as io::geojson_detail::numberText writes it: "4.8", "-0", "1e+21".
bool isNumberText(std::string_view text) {
    if (text.empty()) return false;
    bool digit = false;
    for (char c : text) {
        if (isDigit(c)) digit = true;
        else if (c != '-' && c != '+' && c != '.' && c != 'e' && c != 'E') return false;
    }
    return digit;
}

// "102600" -> "102.600": a count with the Dutch thousands separator.
std::string dutchCount(std::string_view digits) {
    std::string out;
    if (!digits.empty() && digits.front() == '-') out += '-', digits.remove_prefix(1);
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
        out += digits[i];
    }
    return out;
}

// "(4.8, 52.25)" -> "(4,8; 52,25)": decimal commas, and a semicolon between the two numbers.
std::optional<std::string> dutchPoint(std::string_view text) {
    if (text.size() < 6 || text.front() != '(' || text.back() != ')') return std::nullopt;
    const std::string_view inner = text.substr(1, text.size() - 2);
    const size_t comma = inner.find(", ");
    if (comma == std::string_view::npos) return std::nullopt;
    const std::string_view x = inner.substr(0, comma), y = inner.substr(comma + 2);
    if (!isNumberText(x) || !isNumberText(y)) return std::nullopt;
    std::string out = "(" + std::string(x) + "; " + std::string(y) + ")";
    for (char& c : out)
        if (c == '.') c = ',';
    return out;
}

// nlohmann::json::type_name() in a Dutch sentence ("een JSON-{1}").
std::optional<std::string> dutchJsonType(std::string_view name) {
    static const std::pair<std::string_view, const char*> kNames[] = {
        {"null", "null"},      {"object", "object"},   {"array", "array"},     {"string", "tekst"},
        {"boolean", "waarheidswaarde"}, {"number", "getal"}, {"binary", "binaire waarde"}, {"discarded", "ongeldige waarde"},
    };
    for (const auto& [english, dutch] : kNames)
        if (name == english) return std::string(dutch);
    return std::nullopt;
}

class Translator {
public:
    std::optional<std::string> translate(const std::string& english) {
        if (const auto known = memo_.find(english); known != memo_.end()) return known->second;
        std::optional<std::string> dutch;
        for (const Pattern& pattern : patterns()) {
            std::vector<std::string> values;
            if (match(pattern.pieces, 0, english, 0, values)) {
                dutch = fill(pattern.dutch, values);
                break;
            }
        }
        memo_.emplace(english, dutch);
        return dutch;
    }

private:
    // Whether pieces[piece...] match text[pos...] exactly; `values` collects the Dutch text of each
    // placeholder. Variable-length placeholders try the shortest candidate first and back off.
    bool match(const std::vector<Piece>& pieces, size_t piece, std::string_view text, size_t pos,
               std::vector<std::string>& values) {
        if (piece == pieces.size()) return pos == text.size();
        const Piece& p = pieces[piece];
        if (p.slot == Slot::Literal) {
            return text.compare(pos, p.literal.size(), p.literal) == 0 &&
                   match(pieces, piece + 1, text, pos + p.literal.size(), values);
        }
        const bool last = piece + 1 == pieces.size();
        const std::string* nextLiteral = last ? nullptr : &pieces[piece + 1].literal;  // a literal follows every slot
        for (size_t end = last ? text.size() : pos + 1; end <= text.size(); ++end) {
            if (nextLiteral) {
                end = text.find(*nextLiteral, end);
                if (end == std::string_view::npos) return false;
            }
            if (end > pos) {
                if (std::optional<std::string> value = render(p.slot, text.substr(pos, end - pos))) {
                    values.push_back(std::move(*value));
                    if (match(pieces, piece + 1, text, end, values)) return true;
                    values.pop_back();
                }
            }
            if (last) break;
        }
        return false;
    }

    std::optional<std::string> render(Slot slot, std::string_view text) {
        switch (slot) {
            case Slot::Integer: return isInteger(text) ? std::optional<std::string>(text) : std::nullopt;
            case Slot::Count: return isInteger(text) ? std::optional<std::string>(dutchCount(text)) : std::nullopt;
            case Slot::Word: return isWord(text) ? std::optional<std::string>(text) : std::nullopt;
            case Slot::Text: return std::string(text);
            case Slot::DoubleQuoted: return isQuoted(text, '"') ? std::optional<std::string>(text) : std::nullopt;
            case Slot::SingleQuoted: return isQuoted(text, '\'') ? std::optional<std::string>(text) : std::nullopt;
            case Slot::Point: return dutchPoint(text);
            case Slot::JsonType: return dutchJsonType(text);
            case Slot::Message: return translate(std::string(text));
            case Slot::Literal: break;
        }
        return std::nullopt;
    }

    static std::string fill(std::string_view dutch, const std::vector<std::string>& values) {
        std::string out;
        for (size_t i = 0; i < dutch.size(); ++i) {
            if (dutch[i] == '{' && i + 2 < dutch.size() && dutch[i + 2] == '}' && dutch[i + 1] >= '1' &&
                dutch[i + 1] <= '9' && static_cast<size_t>(dutch[i + 1] - '1') < values.size()) {
                out += values[static_cast<size_t>(dutch[i + 1] - '1')];
                i += 2;
            } else {
                out += dutch[i];
            }
        }
        return out;
    }

    std::unordered_map<std::string, std::optional<std::string>> memo_;
};

}  // namespace

std::optional<std::string> dutchImportMessage(const std::string& englishMessage) {
    if (englishMessage.empty()) return std::string();
    return Translator().translate(englishMessage);
}

std::string importMessageIn(Language language, const std::string& englishMessage) {
    if (language == Language::English) return englishMessage;
    return dutchImportMessage(englishMessage).value_or(englishMessage);
}

const std::vector<ImportMessageTemplate>& importMessageTemplates() { return kTemplates; }

}  // namespace wb::io

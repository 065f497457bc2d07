#include "ui/strings.h"

namespace wb::ui {
namespace {

struct Entry {
    Text id;
    const char* nl;
    const char* en;
};

// Keep in the order of the enum: a static_assert below and a unit test check it.
constexpr Entry kTable[] = {
    {Text::AppTitle, "Weerbaar: dashboard weerbare samenleving", "Weerbaar: resilient society dashboard"},
    {Text::MenuFile, "Bestand", "File"},
    {Text::MenuFileImport, "Gegevens importeren…", "Import data…"},
    {Text::MenuFileSaveDatabase, "Database opslaan (.sqlite)", "Save database (.sqlite)"},
    {Text::MenuFileSaveOffline, "Opslaan als offline-bestand", "Save as offline file"},
    {Text::MenuFileExportMapCsv, "Kaartcijfers exporteren (CSV)", "Export map figures (CSV)"},
    {Text::MenuFileReset, "Terug naar standaardgegevens…", "Back to the default data…"},
    {Text::ResetTitle, "Standaardgegevens herstellen", "Restore the default data"},
    {Text::ResetBody,
     "Alle geïmporteerde en gewijzigde gegevens in deze browser worden verwijderd en de standaardgegevens worden "
     "geladen. Sla eerst de database op als u de gegevens wilt bewaren.",
     "All imported and changed data in this browser is removed and the default data is loaded. Save the database "
     "first if you want to keep the data."},
    {Text::ResetConfirm, "Ja, standaardgegevens laden", "Yes, load the default data"},
    {Text::Cancel, "Annuleren", "Cancel"},
    {Text::MapIndicator, "Indicator", "Indicator"},
    {Text::NoticeImported, "Geïmporteerd", "Imported"},
    {Text::NoticeImportFailed, "Import mislukt, er is niets gewijzigd", "Import failed, nothing was changed"},
    {Text::NoticeStartedFromSaved, "Uw opgeslagen gegevens uit deze browser zijn geladen.",
     "Your data saved in this browser has been loaded."},
    {Text::NoticeStartedFromEmbedded, "De gegevens uit dit offline-bestand zijn geladen.",
     "The data in this offline file has been loaded."},
    {Text::NoticeSavedUnreadable,
     "De opgeslagen gegevens konden niet worden geopend; de standaardgegevens worden getoond",
     "The saved data could not be opened; the default data is shown"},
    {Text::NoticeStorageFailed, "Opslaan in de browser is mislukt; bewaar uw gegevens met Bestand > Database opslaan",
     "Saving in the browser failed; keep your data with File > Save database"},
    {Text::NoticeResetDone, "De standaardgegevens zijn geladen.", "The default data has been loaded."},
    {Text::NoticeDropHint, "Sleep een bestand (CSV, GeoJSON, TopoJSON, GeoPackage, .sqlite) op de pagina om het te importeren.",
     "Drop a file (CSV, GeoJSON, TopoJSON, GeoPackage, .sqlite) on the page to import it."},
    {Text::MenuView, "Beeld", "View"},
    {Text::MenuViewFit, "Hele kaart tonen", "Show whole map"},
    {Text::MenuViewSidePanel, "Zijpaneel", "Side panel"},
    {Text::MenuLanguage, "Taal (language)", "Language (taal)"},
    {Text::MenuHelp, "Help", "Help"},
    {Text::MenuHelpShortcuts, "Sneltoetsen", "Keyboard shortcuts"},
    {Text::MenuHelpAbout, "Over Weerbaar", "About Weerbaar"},
    {Text::PanelRegions, "Veiligheidsregio's", "Safety regions"},
    {Text::PanelMap, "Kaart", "Map"},
    {Text::RegionsFilterHint, "Zoek gemeente of regio", "Find municipality or region"},
    {Text::RegionsMunicipalities, "gemeenten", "municipalities"},
    {Text::ColumnName, "Naam", "Name"},
    {Text::ColumnCode, "Code", "Code"},
    {Text::ColumnResidents, "Inwoners", "Residents"},
    {Text::TooltipCode, "CBS-code", "CBS code"},
    {Text::TooltipSafetyRegion, "Veiligheidsregio", "Safety region"},
    {Text::TooltipProvince, "Provincie", "Province"},
    {Text::LegendNoData, "Geen gegevens", "No data"},
    {Text::LegendSource, "Bron", "Source"},
    {Text::SelectionLabel, "Geselecteerd", "Selected"},
    {Text::SelectionClear, "Selectie wissen", "Clear selection"},
    {Text::ShortcutsTitle, "Sneltoetsen", "Keyboard shortcuts"},
    {Text::ShortcutPan, "Pijltjestoetsen (kaart actief): kaart verschuiven", "Arrow keys (map focused): pan the map"},
    {Text::ShortcutZoom, "+ en - (kaart actief), of scrollen: in- en uitzoomen",
     "+ and - (map focused), or mouse wheel: zoom in and out"},
    {Text::ShortcutFit, "0 of Home (kaart actief): hele kaart tonen", "0 or Home (map focused): show the whole map"},
    {Text::ShortcutNavigate, "Tab / Ctrl+Tab / pijltjes: door vensters en knoppen bewegen",
     "Tab / Ctrl+Tab / arrows: move between windows and controls"},
    {Text::ShortcutSelect, "Spatie of Enter: kiezen; Esc: selectie wissen", "Space or Enter: activate; Esc: clear selection"},
    {Text::AboutTitle, "Over Weerbaar", "About Weerbaar"},
    {Text::AboutBody,
     "Weerbaar ondersteunt gemeenten en veiligheidsregio's bij het versterken van de weerbare samenleving: "
     "een gezamenlijk basisniveau, inzicht in kwetsbare inwoners en voorzieningen, noodsteunpunten, "
     "dreigingsscenario's en voortgangsrapportage. Alles draait in deze ene pagina, ook zonder netwerk.",
     "Weerbaar supports municipalities and safety regions in strengthening societal resilience: a common "
     "baseline, insight into vulnerable residents and facilities, resilience points, threat scenarios and "
     "progress reporting. Everything runs in this one page, also without a network."},
    {Text::AboutData,
     "Gegevens: gebiedsindeling 2025 (CBS / PDOK gebiedsindelingen), inwoners en oppervlakte 1 januari 2024 "
     "(CBS, tabel 85984NED Kerncijfers wijken en buurten 2024). Verveelvoudiging toegestaan met bronvermelding CBS.",
     "Data: 2025 area division (CBS / PDOK gebiedsindelingen), residents and area on 1 January 2024 "
     "(CBS, table 85984NED Key figures districts and neighbourhoods 2024). Reproduction allowed with credit to CBS."},
    {Text::Close, "Sluiten", "Close"},
    {Text::StatusGeography, "Gebiedsindeling 2025 · bron: CBS / PDOK", "Area division 2025 · source: CBS / PDOK"},
    {Text::ImportCancelled, "geannuleerd, er is niets gewijzigd",
     "cancelled, nothing was changed"},
    {Text::ImportProgressTitle, "Bestand importeren",
     "Importing a file"},
    {Text::ImportProgressWaiting, "Daarna nog in de wachtrij: %d bestand(en)",
     "Still waiting after this one: %d file(s)"},
    {Text::ImportProgressHint, "De import is pas definitief als hij helemaal klaar is; annuleren laat de gegevens zoals ze waren.",
     "The import only takes effect once it is complete; cancelling leaves the data as it was."},
    {Text::MappingTitle, "Kolommen koppelen",
     "Match the columns"},
    {Text::MappingIntro, "Niet alle kolommen van %s zijn herkend. Geef aan wat elke kolom bevat: een kolom met gebiedscodes (of gebiedsnamen) en minstens één kolom met waarden.",
     "Not all columns of %s were recognised. Say what each column holds: one with area codes (or area names) and at least one with values."},
    {Text::MappingColumn, "Kolom",
     "Column"},
    {Text::MappingExamples, "Voorbeelden",
     "Examples"},
    {Text::MappingMeaning, "Betekenis",
     "Meaning"},
    {Text::RoleIgnore, "Niet gebruiken",
     "Do not use"},
    {Text::RoleAreaCode, "Gebiedscode (CBS)",
     "Area code (CBS)"},
    {Text::RoleAreaName, "Gebiedsnaam",
     "Area name"},
    {Text::RolePeriod, "Periode (jaar)",
     "Period (year)"},
    {Text::RoleIndicatorName, "Naam van de indicator (lang formaat)",
     "Indicator name (long format)"},
    {Text::RoleValue, "Waarde (lang formaat)",
     "Value (long format)"},
    {Text::RoleIndicatorValues, "Indicator: waarden in deze kolom",
     "Indicator: values in this column"},
    {Text::MappingPeriod, "Jaar van de gegevens",
     "Year of the data"},
    {Text::MappingDecimal, "Decimaalteken",
     "Decimal separator"},
    {Text::MappingDecimalComma, "komma (1.234,5)",
     "comma (1.234,5)"},
    {Text::MappingDecimalPoint, "punt (1,234.5)",
     "point (1,234.5)"},
    {Text::MappingNeedArea, "Kies een kolom met gebiedscodes of gebiedsnamen.",
     "Choose a column with area codes or area names."},
    {Text::MappingNeedValues, "Kies minstens één kolom met waarden.",
     "Choose at least one column with values."},
    {Text::MappingNeedPeriod, "Geef het jaar van de gegevens op (er is geen periodekolom).",
     "Enter the year of the data (there is no period column)."},
    {Text::MappingImport, "Importeren",
     "Import"},
    {Text::ExampleDataLabel, "Fictieve voorbeeldgegevens",
     "Fictitious example data"},
    {Text::ExampleDataTooltip, "Behalve de gebiedsindeling en de CBS-cijfers zijn alle gegevens verzonnen, om te laten zien wat het dashboard kan.",
     "Apart from the area division and the CBS figures, all data is made up to show what the dashboard can do."},
    {Text::MapLevel, "Niveau",
     "Level"},
    {Text::LevelProvinces, "Provincies",
     "Provinces"},
    {Text::LevelSafetyRegions, "Veiligheidsregio's",
     "Safety regions"},
    {Text::LevelMunicipalities, "Gemeenten",
     "Municipalities"},
    {Text::LevelDistricts, "Wijken",
     "Districts"},
    {Text::LevelNeighbourhoods, "Buurten",
     "Neighbourhoods"},
    {Text::ShapeBoundaries, "Grenzen",
     "Boundaries"},
    {Text::ShapeTiles, "Zeshoeken",
     "Hexagons"},
    {Text::MapClassification, "Indeling",
     "Classes"},
    {Text::MethodQuantiles, "Kwantielen",
     "Quantiles"},
    {Text::MethodEqualIntervals, "Gelijke intervallen",
     "Equal intervals"},
    {Text::MethodNaturalBreaks, "Natuurlijke grenzen",
     "Natural breaks"},
    {Text::ClassCountFormat, "%d klassen",
     "%d classes"},
    {Text::LegendSuppressed, "minder dan 5 (afgeschermd)",
     "fewer than 5 (suppressed)"},
    {Text::MapHintTiles, "Eén zeshoek per gebied, bij het middelpunt. Importeer grenzen voor de echte kaart. Dubbelklik: inzoomen.",
     "One hexagon per area, at its centre. Import boundaries for the real map. Double-click: drill down."},
    {Text::MapHintBoundaries, "Dubbelklik: inzoomen naar een fijner niveau · Backspace: niveau omhoog · slepen en scrollen: verschuiven en zoomen.",
     "Double-click: drill down to a finer level · Backspace: level up · drag and scroll: pan and zoom."},
    {Text::MenuViewZoomSelection, "Zoom naar selectie",
     "Zoom to selection"},
    {Text::MenuViewLevelUp, "Niveau omhoog",
     "Level up"},
    {Text::MenuFileExportMapPng, "Kaart opslaan als afbeelding (PNG)",
     "Save map as image (PNG)"},
    {Text::ShortcutDrill, "Dubbelklik of Enter: inzoomen naar een fijner niveau; Backspace: niveau omhoog; Z: zoom naar selectie",
     "Double-click or Enter: drill down to a finer level; Backspace: level up; Z: zoom to selection"},
    {Text::TooltipMunicipality, "Gemeente",
     "Municipality"},
    {Text::PerThousandResidents, "Per 1.000 inwoners",
     "Per 1,000 residents"},
    {Text::UnitPerThousandResidents, "per 1.000 inwoners",
     "per 1,000 residents"},
    {Text::A11yTitle, "Weerbaar – toegankelijke weergave",
     "Weerbaar – accessible view"},
    {Text::A11yIntro, "Alle cijfers van het dashboard als tekst en tabellen, te gebruiken met een schermlezer en het toetsenbord. Kies een gebied met de knoppen in de tabellen; de weergave volgt de selectie en de taal van het dashboard.",
     "Every figure of the dashboard as text and tables, for screen readers and the keyboard. Choose an area with the buttons in the tables; the view follows the dashboard's selection and language."},
    {Text::A11yBack, "Terug naar het dashboard",
     "Back to the dashboard"},
    {Text::A11yContents, "Inhoud",
     "Contents"},
    {Text::A11ySelection, "Selectie",
     "Selection"},
    {Text::A11yNoSelection, "Geen gebied geselecteerd: de cijfers gelden voor heel Nederland.",
     "No area selected: the figures cover the whole of the Netherlands."},
    {Text::A11ySelected, "Geselecteerd: %s (%s), %s.",
     "Selected: %s (%s), %s."},
    {Text::A11yPartOf, "Ligt in: %s.",
     "Lies in: %s."},
    {Text::A11yClearSelection, "Selectie wissen (heel Nederland)",
     "Clear the selection (the whole country)"},
    {Text::A11yMap, "Kaart",
     "Map"},
    {Text::A11yMapSummary, "De kaart toont %s per %s in %d klassen (%s). Bron: %s.",
     "The map shows %s per %s in %d classes (%s). Source: %s."},
    {Text::A11yMapCaption, "%s per gebied",
     "%s per area"},
    {Text::A11yArea, "Gebied",
     "Area"},
    {Text::A11yClass, "Klasse",
     "Class"},
    {Text::A11yClassOf, "%d van %d",
     "%d of %d"},
    {Text::A11yIndicatorsOf, "Alle indicatoren van %s",
     "All indicators of %s"},
    {Text::A11yIndicator, "Indicator",
     "Indicator"},
    {Text::A11yValue, "Waarde",
     "Value"},
    {Text::A11yUnit, "Eenheid",
     "Unit"},
    {Text::A11yYear, "Jaar",
     "Year"},
    {Text::A11ySource, "Bron",
     "Source"},
    {Text::A11ySelectArea, "%s selecteren",
     "Select %s"},
    {Text::A11ySuppressedNote, "Aantallen personen onder de 5 staan er als \"<5\": zo zijn er geen kleine aantallen die naar personen kunnen wijzen.",
     "Counts of people below 5 are shown as \"<5\", so that no small number can point at individuals."},
    {Text::MenuViewAccessible, "Toegankelijke weergave",
     "Accessible view"},
    {Text::LevelCountry, "Nederland",
     "the Netherlands"},
    {Text::LevelProvince, "provincie",
     "province"},
    {Text::LevelSafetyRegion, "veiligheidsregio",
     "safety region"},
    {Text::LevelMunicipality, "gemeente",
     "municipality"},
    {Text::LevelDistrict, "wijk",
     "district"},
    {Text::LevelNeighbourhood, "buurt",
     "neighbourhood"},
    {Text::ShortcutLeaveCanvas, "F6: uit het dashboard naar de knop Toegankelijke weergave (alle cijfers als tekst en tabellen)",
     "F6: out of the dashboard to the Accessible view button (every figure as text and tables)"},
    {Text::MenuViewHighContrast, "Hoog contrast",
     "High contrast"},
    {Text::MenuViewTextSize, "Tekstgrootte",
     "Text size"},
};

static_assert(sizeof(kTable) / sizeof(kTable[0]) == kTextCount, "every Text needs a table entry");

Language g_language = Language::Dutch;

}  // namespace

void setLanguage(Language language) { g_language = language; }
Language currentLanguage() { return g_language; }

const char* translation(Text id, Language language) {
    const Entry& e = kTable[static_cast<size_t>(id)];
    return language == Language::Dutch ? e.nl : e.en;
}

const char* tr(Text id) { return translation(id, g_language); }

// Exposed for the unit test that checks the table order.
bool stringTableIsInEnumOrder() {
    for (size_t i = 0; i < kTextCount; ++i) {
        if (static_cast<size_t>(kTable[i].id) != i) return false;
    }
    return true;
}

Text levelText(AreaLevel level, bool plural) {
    switch (level) {
        case AreaLevel::Country: return Text::LevelCountry;
        case AreaLevel::Province: return plural ? Text::LevelProvinces : Text::LevelProvince;
        case AreaLevel::SafetyRegion: return plural ? Text::LevelSafetyRegions : Text::LevelSafetyRegion;
        case AreaLevel::Municipality: return plural ? Text::LevelMunicipalities : Text::LevelMunicipality;
        case AreaLevel::District: return plural ? Text::LevelDistricts : Text::LevelDistrict;
        case AreaLevel::Neighbourhood: return plural ? Text::LevelNeighbourhoods : Text::LevelNeighbourhood;
    }
    return Text::LevelMunicipality;
}

Text methodText(ClassMethod method) {
    switch (method) {
        case ClassMethod::EqualIntervals: return Text::MethodEqualIntervals;
        case ClassMethod::NaturalBreaks: return Text::MethodNaturalBreaks;
        case ClassMethod::Quantiles: break;
    }
    return Text::MethodQuantiles;
}

}  // namespace wb::ui

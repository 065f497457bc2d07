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
    {Text::MapHint, "Eén zeshoek per gemeente, geplaatst bij het middelpunt. Slepen: verschuiven, scrollen: zoomen.",
     "One hexagon per municipality, placed at its centre. Drag: pan, scroll: zoom."},
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

}  // namespace wb::ui

#include "views/strings_public.h"

namespace wb::ui {
namespace {

using T = PublicText;

constexpr Translation<PublicText> kTable[] = {
    {T::MenuPublish, "Publiceren…", "Publish…"},
    {T::PublishTitle, "Publieke versie maken", "Make a public version"},
    {T::PublishBody,
     "Maakt een kopie van deze pagina met de gegevens, voor een openbare website of een demonstratie. Weggelaten "
     "worden: namen van eigenaren en bewerkers, bewijsnotities, notities bij kosten en budgetten, hoe organisaties te "
     "bereiken zijn en waar ze zitten, eerdere momentopnamen van rapporten, het importlogboek en alles van de "
     "uitwisseling (ontvangen bestanden, afzenders, sleutels). Aantallen personen onder de 5 worden verwijderd, niet "
     "alleen afgeschermd. De kopie opent alleen-lezen, met het label \"Publieke versie\".",
     "Makes a copy of this page with the data, for a public web site or a demonstration. Left out: names of owners "
     "and editors, evidence notes, notes on costs and budgets, how to reach organisations and where they are, earlier "
     "report snapshots, the import log and everything of the exchange (received files, senders, keys). Counts of "
     "people below 5 are removed, not only hidden. The copy opens read-only, labelled \"Public version\"."},
    {T::PublishReview,
     "Vrije teksten blijven staan: titels en beschrijvingen van maatregelen, lokale acties en praktijken, namen van "
     "lijsten, organisaties en locaties. Kijk ze na voordat u de kopie publiceert.",
     "Free texts stay: titles and descriptions of measures, local actions and practices, names of lists, "
     "organisations and places. Check them before you publish the copy."},
    {T::PublishConfirm, "Publieke versie downloaden", "Download the public version"},
    {T::PublishFailed, "De publieke versie kon niet worden gemaakt", "The public version could not be made"},
    {T::Label, "Publieke versie — alleen lezen", "Public version — read only"},
    {T::LabelTooltip,
     "Deze kopie is gemaakt om te publiceren (%s): zonder namen van eigenaren en bewerkers, bewijsnotities, notities "
     "bij kosten en contactgegevens van organisaties, en zonder aantallen personen onder de 5. Wijzigen en importeren "
     "kan hier niet; de gegevens worden niet in deze browser bewaard.",
     "This copy was made for publication (%s): without names of owners and editors, evidence notes, notes on costs "
     "and contact details of organisations, and without counts of people below 5. Nothing can be changed or imported "
     "here; the data is not kept in this browser."},
    {T::NoticeStarted, "Dit is de publieke versie: alleen lezen.", "This is the public version: read only."},
};

static_assert(sizeof kTable / sizeof kTable[0] == static_cast<size_t>(PublicText::Count_), "one entry per PublicText");
static_assert(tableInEnumOrder(kTable), "entries in enum order");

}  // namespace

const char* translation(PublicText id, Language language) { return lookUp(kTable, id, language); }
const char* tr(PublicText id) { return translation(id, currentLanguage()); }

}  // namespace wb::ui

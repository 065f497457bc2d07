#include "views/strings_exchange.h"

namespace wb::ui {
namespace {

using T = ExchangeText;

constexpr Translation<T> kTable[] = {
    {T::Tab, "Uitwisseling", "Exchange"},
    {T::Organisation, "Organisatie", "Organisation"},
    {T::OrganisationHint,
     "Voor wie spreekt dit dashboard? Een gemeente (GM…), een veiligheidsregio (VR…) of Nederland (NL01). Aanleveren "
     "kan alleen voor het eigen gebied.",
     "Who does this dashboard speak for? A municipality (GM…), a safety region (VR…) or the Netherlands (NL01). You "
     "can only deliver for your own area."},
    {T::OrganisationCode, "Gebiedscode", "Area code"},
    {T::OrganisationName, "Naam afzender", "Sender name"},
    {T::SaveOrganisation, "Vastleggen", "Save"},
    {T::NoOrganisation, "Nog geen organisatie gekozen.", "No organisation chosen yet."},
    {T::UnknownArea, "Geen gemeente, veiligheidsregio of NL01: %s", "Not a municipality, safety region or NL01: %s"},
    {T::Peildatum, "Peildatum", "As of"},
    {T::Deliver, "Aanleveren…", "Deliver…"},
    {T::DeliverHint,
     "Maakt een ondertekend voortgangsbestand (SQLite) met wat uw organisatie voor het eigen gebied vastlegt: "
     "checklists met hun geschiedenis, kosten en budgetten, noodsteunpunten, lokale scenario-acties en organisaties.",
     "Makes a signed progress file (SQLite) with what your organisation records for its own area: checklists with "
     "their history, costs and budgets, resilience points, local scenario actions and organisations."},
    {T::DeliverForwardHint, "Ontvangen bestanden van %d gemeenten of regio's gaan ongewijzigd mee.",
     "Files received from %d municipalities or regions go along unchanged."},
    {T::Key, "Ondertekensleutel", "Signing key"},
    {T::KeyNone, "Deze browser heeft nog geen sleutel voor %s.", "This browser has no key for %s yet."},
    {T::KeyUnknown, "Sleutel wordt gezocht…", "Looking for the key…"},
    {T::KeyFingerprint, "Vingerafdruk", "Fingerprint"},
    {T::MakeKey, "Sleutel maken…", "Make a key…"},
    {T::RestoreKey, "Sleutel terugzetten…", "Restore a key…"},
    {T::SavePublicKey, "Sleutelbestand opslaan", "Save key file"},
    {T::Passphrase, "Wachtwoordzin", "Passphrase"},
    {T::PassphraseRepeat, "Nogmaals", "Repeat"},
    {T::PassphraseHint,
     "De geheime sleutel blijft in deze browser en kan er niet uit. Met deze wachtwoordzin wordt een reservekopie "
     "versleuteld die u downloadt: daarmee zet u de sleutel op een andere pc of USB-stick terug. Wachtwoordzin kwijt = "
     "nieuwe sleutel, en de ontvangers moeten die opnieuw vertrouwen.",
     "The secret key stays in this browser and cannot leave it. This passphrase encrypts a backup you download: with "
     "it you restore the key on another PC or USB stick. Passphrase lost = new key, which the receivers must trust "
     "again."},
    {T::PassphraseMismatch, "De wachtwoordzinnen verschillen.", "The passphrases differ."},
    {T::Receive, "Bestanden inlezen…", "Read files…"},
    {T::ReceiveHint,
     "Voortgangsbestanden van anderen worden samengevoegd, nooit vervangen. U kunt ze ook op de kaart slepen, meerdere "
     "tegelijk.",
     "Progress files of others are merged, never replaced. You can also drop them on the map, several at once."},
    {T::Busy, "Bezig: %d van %d bestanden", "Busy: %d of %d files"},
    {T::LastBatch, "Laatst ingelezen", "Last read"},
    {T::ColumnFile, "Bestand", "File"},
    {T::ColumnSender, "Afzender", "Sender"},
    {T::ColumnResult, "Uitkomst", "Result"},
    {T::ColumnNew, "Nieuw", "New"},
    {T::ColumnUpdated, "Bijgewerkt", "Updated"},
    {T::ColumnUnchanged, "Ongewijzigd", "Unchanged"},
    {T::ColumnHistory, "Geschiedenis", "History"},
    {T::ColumnRemoved, "Vervallen", "Removed"},
    {T::ColumnConflicts, "Conflicten", "Conflicts"},
    {T::VerdictAccepted, "Ingelezen", "Merged"},
    {T::VerdictOlder, "Ouder dan al ontvangen: alleen geschiedenis", "Older than one received: history only"},
    {T::VerdictDuplicate, "Al ontvangen: niets gewijzigd", "Received before: nothing changed"},
    {T::VerdictHeld, "Wacht op besluit", "Waiting for a decision"},
    {T::VerdictRefused, "Geweigerd", "Refused"},
    {T::ReasonUnknownKey, "onbekende sleutel: vergelijk de vingerafdruk met de afzender voor u vertrouwt",
     "unknown key: compare the fingerprint with the sender before you trust it"},
    {T::ReasonChangedKey, "andere sleutel dan eerder vertrouwd voor deze afzender",
     "another key than the one trusted before for this sender"},
    {T::ReasonUnsigned, "niet ondertekend", "not signed"},
    {T::ReasonSignature, "de handtekening klopt niet: gewijzigd na ondertekening of beschadigd",
     "the signature does not match: changed after signing or damaged"},
    {T::ReasonNotExchange, "geen voortgangsbestand", "not a progress file"},
    {T::ReasonDamaged, "beschadigd bestand", "damaged file"},
    {T::ReasonNewerFormat, "gemaakt met een nieuwere versie van Weerbaar", "made by a newer version of Weerbaar"},
    {T::ReasonMalformed, "wijkt af van het bestandsformaat", "does not follow the file format"},
    {T::ReasonHash, "de inhoud klopt niet met het manifest: gewijzigd na het maken",
     "the content does not match the manifest: changed after it was made"},
    {T::ReasonCounts, "de aantallen in het manifest kloppen niet", "the counts in the manifest do not match"},
    {T::ReasonSignedForOther, "de handtekening hoort bij een andere afzender, volgnummer of peildatum",
     "the signature belongs to another sender, number or as-of date"},
    {T::ReasonKeyOfOtherArea, "ondertekend met de sleutel van een andere organisatie",
     "signed with another organisation's key"},
    {T::ReasonIntegrity, "rijen buiten het eigen gebied of in strijd met eerder ontvangen rijen",
     "rows outside the sender's own area or contradicting rows received before"},
    {T::ReasonUnreadableRow, "een rij kan hier niet worden verwerkt", "a row cannot be processed here"},
    {T::Held, "Wachten op besluit", "Waiting for a decision"},
    {T::NoHeld, "Geen bestanden die wachten.", "No files waiting."},
    {T::HeldLine, "%s (nr. %d): vingerafdruk %s", "%s (no. %d): fingerprint %s"},
    {T::TrustAndImport, "Vertrouwen en inlezen", "Trust and merge"},
    {T::Reject, "Weigeren", "Reject"},
    {T::Conflicts, "Conflicten", "Conflicts"},
    {T::NoConflicts, "Geen open conflicten.", "No open conflicts."},
    {T::ConflictLocal, "Hier vastgelegd", "Recorded here"},
    {T::ConflictReceived, "Aangeleverd door %s", "Delivered by %s"},
    {T::ConflictRemoved, "(door de afzender verwijderd)", "(removed by the sender)"},
    {T::TakeReceived, "Aangeleverde versie", "Delivered version"},
    {T::KeepLocal, "Eigen versie", "Own version"},
    {T::TakeAllFrom, "Alles van %s overnemen", "Take everything from %s"},
    {T::KeepAllFrom, "Overal eigen versie houden", "Keep own version everywhere"},
    {T::DeliveryStatus, "Aanleverstatus", "Delivery status"},
    {T::DeliveryScope, "Voor", "For"},
    {T::DeliveredLine, "%d van %d gemeenten aangeleverd, peildatum %s", "%d of %d municipalities delivered, as of %s"},
    {T::StateMissing, "Niet ontvangen", "Not received"},
    {T::StateReceived, "Ontvangen", "Received"},
    {T::StateStale, "Verouderd", "Stale"},
    {T::StateHeld, "Wacht op besluit", "Waiting for a decision"},
    {T::StateRefused, "Geweigerd", "Refused"},
    {T::ColumnArea, "Gebied", "Area"},
    {T::ColumnState, "Status", "Status"},
    {T::ColumnPeildatum, "Peildatum", "As of"},
    {T::ColumnSeq, "Nr.", "No."},
    {T::ColumnReceivedAt, "Ontvangen op", "Received on"},
    {T::ColumnVia, "Via", "Via"},
    {T::ColumnFingerprint, "Vingerafdruk", "Fingerprint"},
    {T::ColumnForwarded, "Doorgestuurd", "Passed on"},
    {T::Yes, "ja", "yes"},
    {T::No, "nee", "no"},
    {T::KnownSenders, "Vertrouwde afzenders", "Trusted senders"},
    {T::NoKnownSenders, "Nog geen afzenders vertrouwd.", "No senders trusted yet."},
    {T::ImportKeyFile, "Sleutelbestand inlezen…", "Read key file…"},
    {T::PinnedVia, "via %s", "via %s"},
    {T::IndicatorName, "Aanlevering voortgang", "Progress delivery"},
    {T::IndicatorUnit, "0 niet ontvangen · 1 verouderd · 2 ontvangen", "0 not received · 1 stale · 2 received"},
    {T::IndicatorSource, "Voortgangsbestanden ontvangen in dit dashboard", "Progress files received in this dashboard"},
    {T::NoticeDelivered, "Voortgangsbestand %s gemaakt en ondertekend", "Progress file %s made and signed"},
    {T::NoticeReceived, "%d bestanden: %d ingelezen, %d wachten op besluit, %d geweigerd",
     "%d files: %d merged, %d waiting for a decision, %d refused"},
    {T::NoticeKeyMade, "Sleutel gemaakt; bewaar de reservekopie en de wachtwoordzin goed",
     "Key made; keep the backup and the passphrase safe"},
    {T::NoticeKeyPinned, "Sleutel van %s vertrouwd", "Key of %s trusted"},
    {T::NeedsRegionOrCountry, "De aanleverstatus is er voor een veiligheidsregio of voor Nederland.",
     "The delivery status is for a safety region or for the Netherlands."},
};
static_assert(tableInEnumOrder(kTable), "kTable must follow the order of ExchangeText");
static_assert(sizeof kTable / sizeof kTable[0] == static_cast<size_t>(T::Count), "one entry per ExchangeText");

}  // namespace

const char* translation(ExchangeText id, Language language) { return lookUp(kTable, id, language); }
const char* tr(ExchangeText id) { return translation(id, currentLanguage()); }

const char* verdictLabel(std::string_view verdict, Language language) {
    if (verdict == "accepted") return translation(T::VerdictAccepted, language);
    if (verdict == "older") return translation(T::VerdictOlder, language);
    if (verdict == "duplicate") return translation(T::VerdictDuplicate, language);
    if (verdict == "held") return translation(T::VerdictHeld, language);
    return translation(T::VerdictRefused, language);
}

const char* reasonLabel(std::string_view reason, Language language) {
    struct Entry {
        std::string_view code;
        T text;
    };
    static constexpr Entry kReasons[] = {
        {"unknown_key", T::ReasonUnknownKey},   {"changed_key", T::ReasonChangedKey},
        {"unsigned", T::ReasonUnsigned},        {"signature", T::ReasonSignature},
        {"not_exchange", T::ReasonNotExchange}, {"damaged", T::ReasonDamaged},
        {"newer_format", T::ReasonNewerFormat}, {"malformed", T::ReasonMalformed},
        {"hash", T::ReasonHash},                {"counts", T::ReasonCounts},
        {"signed_for_other", T::ReasonSignedForOther}, {"key_of_other_area", T::ReasonKeyOfOtherArea},
        {"integrity", T::ReasonIntegrity},      {"unreadable_row", T::ReasonUnreadableRow},
    };
    for (const Entry& e : kReasons) {
        if (e.code == reason) return translation(e.text, language);
    }
    return "";
}

const char* deliveryStateLabel(DeliveryState state, Language language) {
    switch (state) {
        case DeliveryState::Missing: return translation(T::StateMissing, language);
        case DeliveryState::Received: return translation(T::StateReceived, language);
        case DeliveryState::Stale: return translation(T::StateStale, language);
        case DeliveryState::Held: return translation(T::StateHeld, language);
        case DeliveryState::Refused: return translation(T::StateRefused, language);
    }
    return "";
}

}  // namespace wb::ui

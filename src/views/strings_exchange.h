// Strings of the exchange between organisations (the "Uitwisseling" tab, the delivery overview,
// the messages about received files), in Dutch and English (the shape of views/string_table.h).
#pragma once

#include <string_view>

#include "core/delivery_status.h"
#include "core/language.h"
#include "views/string_table.h"

namespace wb::ui {

enum class ExchangeText {
    Tab,
    Organisation,
    OrganisationHint,
    OrganisationCode,
    OrganisationName,
    SaveOrganisation,
    NoOrganisation,
    UnknownArea,
    Peildatum,
    Deliver,
    DeliverHint,
    DeliverForwardHint,
    Key,
    KeyNone,
    KeyUnknown,
    KeyFingerprint,
    MakeKey,
    RestoreKey,
    SavePublicKey,
    Passphrase,
    PassphraseRepeat,
    PassphraseHint,
    PassphraseMismatch,
    Receive,
    ReceiveHint,
    Busy,
    LastBatch,
    ColumnFile,
    ColumnSender,
    ColumnResult,
    ColumnNew,
    ColumnUpdated,
    ColumnUnchanged,
    ColumnHistory,
    ColumnRemoved,
    ColumnConflicts,
    VerdictAccepted,
    VerdictOlder,
    VerdictDuplicate,
    VerdictHeld,
    VerdictRefused,
    ReasonUnknownKey,
    ReasonChangedKey,
    ReasonUnsigned,
    ReasonSignature,
    ReasonNotExchange,
    ReasonDamaged,
    ReasonNewerFormat,
    ReasonMalformed,
    ReasonHash,
    ReasonCounts,
    ReasonSignedForOther,
    ReasonKeyOfOtherArea,
    ReasonIntegrity,
    ReasonUnreadableRow,
    Held,
    NoHeld,
    HeldLine,
    TrustAndImport,
    Reject,
    Conflicts,
    NoConflicts,
    ConflictLocal,
    ConflictReceived,
    ConflictRemoved,
    TakeReceived,
    KeepLocal,
    TakeAllFrom,
    KeepAllFrom,
    DeliveryStatus,
    DeliveryScope,
    DeliveredLine,
    StateMissing,
    StateReceived,
    StateStale,
    StateHeld,
    StateRefused,
    ColumnArea,
    ColumnState,
    ColumnPeildatum,
    ColumnSeq,
    ColumnReceivedAt,
    ColumnVia,
    ColumnFingerprint,
    ColumnForwarded,
    Yes,
    No,
    KnownSenders,
    NoKnownSenders,
    ImportKeyFile,
    PinnedVia,
    IndicatorName,
    IndicatorUnit,
    IndicatorSource,
    NoticeDelivered,
    NoticeReceived,
    NoticeKeyMade,
    NoticeKeyPinned,
    NeedsRegionOrCountry,
    Count
};

const char* translation(ExchangeText id, Language language);
const char* tr(ExchangeText id);

// The word for a verdict ("accepted", "held", ...) and for a reason code of io/exchange_delivery.h.
const char* verdictLabel(std::string_view verdict, Language language);
const char* reasonLabel(std::string_view reason, Language language);
const char* deliveryStateLabel(DeliveryState state, Language language);

}  // namespace wb::ui

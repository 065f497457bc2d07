// The exchange's strings: complete in both languages, and a word for every outcome and reason
// code the exchange reports (io/exchange_delivery.h).
#include <gtest/gtest.h>

#include <string>

#include "core/delivery_status.h"
#include "views/strings_exchange.h"

using namespace wb;
using namespace wb::ui;

TEST(StringsExchange, EveryStringHasBothLanguages) {
    for (int i = 0; i < static_cast<int>(ExchangeText::Count); ++i) {
        const auto id = static_cast<ExchangeText>(i);
        EXPECT_STRNE(translation(id, Language::Dutch), "") << i;
        EXPECT_STRNE(translation(id, Language::English), "") << i;
    }
}

TEST(StringsExchange, EveryReasonAndStateHasWords) {
    for (const char* reason : {"unknown_key", "changed_key", "unsigned", "signature", "not_exchange", "damaged",
                               "newer_format", "malformed", "hash", "counts", "signed_for_other", "key_of_other_area",
                               "integrity", "unreadable_row"}) {
        EXPECT_STRNE(reasonLabel(reason, Language::Dutch), "") << reason;
        EXPECT_STRNE(reasonLabel(reason, Language::English), "") << reason;
    }
    EXPECT_STREQ(reasonLabel("no such reason", Language::Dutch), "");
    EXPECT_STREQ(verdictLabel("held", Language::Dutch), "Wacht op besluit");
    EXPECT_STREQ(deliveryStateLabel(DeliveryState::Stale, Language::English), "Stale");
}

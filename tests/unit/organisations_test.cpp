// Social networks: searching organisations by words, offer, type, area (inside and around),
// scenario and point; adding, editing and removing with reach and links.
#include <gtest/gtest.h>

#include "test_support.h"

#include "core/organisations.h"
#include "core/schema.h"

using namespace wb;

namespace {

Database smallDatabase() {
    Database db = Database::openMemory();
    migrate(db);
    db.exec(R"sql(
        INSERT INTO area (code, year, level, name, parent_code) VALUES ('VR04', 2025, 'safety_region', 'IJsselland', NULL),
            ('GM0193', 2025, 'municipality', 'Zwolle', 'VR04'), ('GM0148', 2025, 'municipality', 'Dalfsen', 'VR04'),
            ('WK019301', 2025, 'district', 'Centrum', 'GM0193');
        INSERT INTO scenario (id, code, theme, name_nl, name_en) VALUES (1, 'STROOM', 'vital_infrastructure', 'S', 'S');
        INSERT INTO facility (id, kind, category, name, lon, lat) VALUES (7, 'resilience_point', 'local_point', 'Punt', 6.1, 52.5);
    )sql");
    return db;
}

Organisation organisation(std::string name, std::string type, std::vector<std::string> offers, std::string area) {
    Organisation o;
    o.name = std::move(name);
    o.type = std::move(type);
    o.offers = std::move(offers);
    o.offlineContact = "Koster bij de kerk";
    o.reach = {{std::move(area), 2025, "buurtbewoners"}};
    return o;
}

std::vector<std::string> namesOf(const std::vector<Organisation>& list) {
    std::vector<std::string> out;
    for (const auto& o : list) out.push_back(o.name);
    return out;
}

}  // namespace

TEST(Organisations, SearchByWordsOfferTypeAreaAndLinks) {
    Database db = smallDatabase();
    auto church = organisation("Parochie H. Nicolaas", "church", {"shelter", "food"}, "GM0193");
    church.scenarioIds = {1};
    church.pointIds = {7};
    addOrganisation(db, church);
    addOrganisation(db, organisation("Voetbalvereniging 100%", "sports_club", {"shelter", "transport"}, "GM0148"));
    addOrganisation(db, organisation("Rode Kruis IJsselland", "red_cross", {"care"}, "VR04"));
    addOrganisation(db, organisation("Wijkvereniging Centrum", "neighbourhood", {"outreach"}, "WK019301"));

    auto search = [&](OrganisationSearch s) { return namesOf(searchOrganisations(db, s)); };
    OrganisationSearch s;
    s.text = "nicolaas";
    EXPECT_EQ(search(s), std::vector<std::string>{"Parochie H. Nicolaas"});
    s.text = "100%";  // LIKE characters are searched for literally
    EXPECT_EQ(search(s), std::vector<std::string>{"Voetbalvereniging 100%"});
    s.text = "koster buurtbewoners";  // contact and community
    EXPECT_EQ(search(s).size(), 4u);
    s = {};
    s.offer = "shelter";
    EXPECT_EQ(search(s), (std::vector<std::string>{"Parochie H. Nicolaas", "Voetbalvereniging 100%"}));
    s.offer = "she";  // an offer is a whole key
    EXPECT_TRUE(search(s).empty());
    s = {};
    s.type = "red_cross";
    EXPECT_EQ(search(s).size(), 1u);
    // Zwolle: reached by the church, the district inside it, and the region's Red Cross around it.
    s = {};
    s.areaCode = "GM0193";
    EXPECT_EQ(search(s), (std::vector<std::string>{"Parochie H. Nicolaas", "Rode Kruis IJsselland", "Wijkvereniging Centrum"}));
    s.areaCode = "VR04";
    EXPECT_EQ(search(s).size(), 4u);
    s = {};
    s.scenarioId = 1;
    EXPECT_EQ(search(s), std::vector<std::string>{"Parochie H. Nicolaas"});
    s = {};
    s.pointId = 7;
    const auto linked = searchOrganisations(db, s);
    ASSERT_EQ(linked.size(), 1u);
    EXPECT_EQ(linked[0].offers, (std::vector<std::string>{"shelter", "food"}));
    EXPECT_EQ(linked[0].reach.size(), 1u);
    EXPECT_EQ(linked[0].pointIds, std::vector<int64_t>{7});
    EXPECT_EQ(linked[0].scenarioIds, std::vector<int64_t>{1});
}

TEST(Organisations, EditAndRemove) {
    Database db = smallDatabase();
    auto o = organisation("Burenhulp", "volunteer_group", {"care"}, "GM0193");
    o.id = addOrganisation(db, o);
    o.capacity = 40;
    o.reach.push_back({"GM0148", 2025, ""});
    o.lon = 6.1;
    o.lat = 52.5;
    updateOrganisation(db, o);
    const auto stored = findOrganisation(db, o.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(*stored->capacity, 40);
    EXPECT_EQ(stored->reach.size(), 2u);
    EXPECT_DOUBLE_EQ(*stored->lat, 52.5);
    o.lat.reset();
    EXPECT_THROW(updateOrganisation(db, o), std::invalid_argument);
    EXPECT_TRUE(removeOrganisation(db, o.id));
    EXPECT_FALSE(removeOrganisation(db, o.id));
    EXPECT_EQ(db.scalarInt("SELECT count(*) FROM organisation_reach"), 0);
}

TEST(Organisations, DefaultDatabase) {
    Database db = test::openDefaultDatabase();
    OrganisationSearch s;
    s.limit = 10000;
    EXPECT_EQ(static_cast<int64_t>(searchOrganisations(db, s).size()), db.scalarInt("SELECT count(*) FROM organisation"));
    s.areaCode = "GM0193";
    s.type = "red_cross";
    EXPECT_EQ(searchOrganisations(db, s).size(), 1u);  // the region's branch reaches Zwolle
}

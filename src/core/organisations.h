// Social networks: organisations that can help in a crisis (churches, mosques, sports clubs,
// neighbourhood associations, Red Cross, volunteer groups, businesses): what they offer, their
// capacity, how to reach them without phone or internet, the areas and communities they reach,
// and their links to resilience points and scenarios. Searchable by words, offer, type, area,
// point and scenario.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/database.h"

namespace wb {

struct OrganisationReach {
    std::string areaCode;
    int areaYear = 0;
    std::string community;  // may be empty: everyone in the area
};

struct Organisation {
    int64_t id = 0;
    std::string name;
    std::string type;                 // church, mosque, sports_club, neighbourhood, red_cross, ...
    std::vector<std::string> offers;  // shelter, food, transport, care, communication, outreach, ...
    std::optional<int64_t> capacity;
    std::string offlineContact;       // how to reach them without phone or internet
    std::optional<double> lon, lat;
    bool isExample = false;
    std::vector<OrganisationReach> reach;
    std::vector<int64_t> pointIds;    // resilience points (facility ids) they help run
    std::vector<int64_t> scenarioIds; // scenarios where they have a role
};

struct OrganisationSearch {
    std::string text;        // each word must occur in the name, type, offers, contact or a community
    std::string offer;       // offers this (exact key); empty: any
    std::string type;        // exact type; empty: any
    std::string areaCode;    // reaches this area or an area inside it; empty: anywhere
    int areaYear = 0;        // the division year of areaCode; 0: the latest year of that code
    std::optional<int64_t> scenarioId;
    std::optional<int64_t> pointId;
    int limit = 200;
};

// Matches by name, with their reach and links.
std::vector<Organisation> searchOrganisations(const Database& db, const OrganisationSearch& search);
std::optional<Organisation> findOrganisation(const Database& db, int64_t id);

// Adds or replaces (by id) an organisation with its reach and links, in one transaction.
// std::invalid_argument for an empty name or type, a negative capacity or half a position.
int64_t addOrganisation(Database& db, const Organisation& organisation);
void updateOrganisation(Database& db, const Organisation& organisation);
bool removeOrganisation(Database& db, int64_t id);

// The offers as stored: comma-separated keys.
std::vector<std::string> splitOffers(const std::string& text);

}  // namespace wb

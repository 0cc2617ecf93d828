#pragma once

#include "domain/date.h"
#include "domain/fiscal_code.h"
#include "domain/record.h"
#include "domain/sme_class.h"

#include <optional>
#include <string>

namespace clusterdesk {

struct Company : Record {
    std::string name;
    std::optional<FiscalCode> fiscalCode;
    std::string naceCode;            // NACE class as "28.30" (or a division "28")
    std::string naceVersion = "2.0"; // classification version: "2.0" or "2.1"
    std::optional<int> headcount;
    std::optional<double> turnoverEur;
    std::optional<double> balanceSheetEur;
    std::string region; // NUTS 2 code
    std::string city;
    std::string address;
    std::string website;
    std::string email;
    std::string phone;
    std::string notes;

    SizeClass sizeClass() const { return classifySize(headcount, turnoverEur, balanceSheetEur); }
};

struct Membership : Record {
    std::string companyId;
    std::string clusterId;
    std::optional<Date> since;
    std::optional<Date> until;
};

} // namespace clusterdesk

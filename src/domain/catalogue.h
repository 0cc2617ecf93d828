#pragma once

#include "domain/enum_names.h"

#include <string>

namespace clusterdesk {

enum class InstrumentKind { Financial, NonFinancial };
CLUSTERDESK_ENUM_NAMES(InstrumentKind, {InstrumentKind::Financial, "financial"},
                       {InstrumentKind::NonFinancial, "non_financial"});

// A financial instrument or non-financial service a recommendation can point to. Names change
// (SME Instrument became EIC Accelerator): formerNames keeps the old ones so old records still read.
struct Instrument {
    std::string code;
    std::string name;
    InstrumentKind kind = InstrumentKind::Financial;
    std::string formerNames; // "; "-separated
    std::string description;
    bool active = true;
};

struct CatalogueEntry {
    std::string code;
    std::string name;
};

} // namespace clusterdesk

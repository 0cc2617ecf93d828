#include "models/display_names.h"

#include <QCoreApplication>
#include <map>

namespace clusterdesk::ui {

namespace {
using Names = std::map<std::string, const char*>;

QString lookUp(const Names& names, const std::string& code) {
    auto it = names.find(code);
    return it == names.end() ? QString::fromStdString(code)
                             : QCoreApplication::translate("DisplayNames", it->second);
}
} // namespace

QString sizeClassName(const std::string& code) {
    static const Names names{{"micro", QT_TRANSLATE_NOOP("DisplayNames", "Micro")},
                             {"small", QT_TRANSLATE_NOOP("DisplayNames", "Small")},
                             {"medium", QT_TRANSLATE_NOOP("DisplayNames", "Medium")},
                             {"large", QT_TRANSLATE_NOOP("DisplayNames", "Large")},
                             {"unknown", QT_TRANSLATE_NOOP("DisplayNames", "Unknown")}};
    return lookUp(names, code);
}

QString labelLevelName(const std::string& code) {
    static const Names names{{"bronze", QT_TRANSLATE_NOOP("DisplayNames", "Bronze")},
                             {"silver", QT_TRANSLATE_NOOP("DisplayNames", "Silver")},
                             {"gold", QT_TRANSLATE_NOOP("DisplayNames", "Gold")}};
    return lookUp(names, code);
}

QString attendanceStatusName(const std::string& code) {
    static const Names names{{"registered", QT_TRANSLATE_NOOP("DisplayNames", "Registered")},
                             {"attended", QT_TRANSLATE_NOOP("DisplayNames", "Attended")},
                             {"no_show", QT_TRANSLATE_NOOP("DisplayNames", "No-show")}};
    return lookUp(names, code);
}

QString priorityName(const std::string& code) {
    static const Names names{{"high", QT_TRANSLATE_NOOP("DisplayNames", "High")},
                             {"medium", QT_TRANSLATE_NOOP("DisplayNames", "Medium")},
                             {"low", QT_TRANSLATE_NOOP("DisplayNames", "Low")}};
    return lookUp(names, code);
}

QString recommendationStatusName(const std::string& code) {
    static const Names names{{"proposed", QT_TRANSLATE_NOOP("DisplayNames", "Proposed")},
                             {"accepted", QT_TRANSLATE_NOOP("DisplayNames", "Accepted")},
                             {"in_progress", QT_TRANSLATE_NOOP("DisplayNames", "In progress")},
                             {"done", QT_TRANSLATE_NOOP("DisplayNames", "Done")},
                             {"declined", QT_TRANSLATE_NOOP("DisplayNames", "Declined")}};
    return lookUp(names, code);
}

QString measureStatusName(const std::string& code) {
    static const Names names{{"planned", QT_TRANSLATE_NOOP("DisplayNames", "Planned")},
                             {"in_progress", QT_TRANSLATE_NOOP("DisplayNames", "In progress")},
                             {"done", QT_TRANSLATE_NOOP("DisplayNames", "Done")},
                             {"cancelled", QT_TRANSLATE_NOOP("DisplayNames", "Cancelled")}};
    return lookUp(names, code);
}

QString followUpStatusName(const std::string& code) {
    static const Names names{{"open", QT_TRANSLATE_NOOP("DisplayNames", "Open")},
                             {"done", QT_TRANSLATE_NOOP("DisplayNames", "Done")},
                             {"cancelled", QT_TRANSLATE_NOOP("DisplayNames", "Cancelled")}};
    return lookUp(names, code);
}

QString fundingStatusName(const std::string& code) {
    static const Names names{{"submitted", QT_TRANSLATE_NOOP("DisplayNames", "Submitted")},
                             {"approved", QT_TRANSLATE_NOOP("DisplayNames", "Approved")},
                             {"rejected", QT_TRANSLATE_NOOP("DisplayNames", "Rejected")}};
    return lookUp(names, code);
}

QString staffRoleName(const std::string& code) {
    static const Names names{{"none", QT_TRANSLATE_NOOP("DisplayNames", "Not staff")},
                             {"cluster_manager", QT_TRANSLATE_NOOP("DisplayNames", "Cluster manager")},
                             {"consultant", QT_TRANSLATE_NOOP("DisplayNames", "Consultant")}};
    return lookUp(names, code);
}

QString employerKindName(const std::string& code) {
    static const Names names{{"none", QT_TRANSLATE_NOOP("DisplayNames", "None")},
                             {"company", QT_TRANSLATE_NOOP("DisplayNames", "A member company")},
                             {"cluster", QT_TRANSLATE_NOOP("DisplayNames", "A cluster organisation")},
                             {"consultancy", QT_TRANSLATE_NOOP("DisplayNames", "A consultancy")}};
    return lookUp(names, code);
}

QString funnelStageName(const std::string& code) {
    static const Names names{{"none", QT_TRANSLATE_NOOP("DisplayNames", "Not reached")},
                             {"informed", QT_TRANSLATE_NOOP("DisplayNames", "Informed")},
                             {"visited", QT_TRANSLATE_NOOP("DisplayNames", "Visited")},
                             {"enhanced", QT_TRANSLATE_NOOP("DisplayNames", "Enhanced support")}};
    return lookUp(names, code);
}

QString outcomeKindName(const std::string& code) {
    static const Names names{{"agreement", QT_TRANSLATE_NOOP("DisplayNames", "Partnership agreement")},
                             {"funding", QT_TRANSLATE_NOOP("DisplayNames", "Funding application")},
                             {"certification", QT_TRANSLATE_NOOP("DisplayNames", "Certification")}};
    return lookUp(names, code);
}

QString companyFieldName(const std::string& code) {
    static const Names names{{"name", QT_TRANSLATE_NOOP("DisplayNames", "Name")},
                             {"fiscal_code", QT_TRANSLATE_NOOP("DisplayNames", "Fiscal code")},
                             {"vat_registered", QT_TRANSLATE_NOOP("DisplayNames", "VAT registered")},
                             {"nace_code", QT_TRANSLATE_NOOP("DisplayNames", "NACE code")},
                             {"nace_version", QT_TRANSLATE_NOOP("DisplayNames", "NACE version")},
                             {"headcount", QT_TRANSLATE_NOOP("DisplayNames", "Staff headcount")},
                             {"turnover_eur", QT_TRANSLATE_NOOP("DisplayNames", "Turnover (EUR)")},
                             {"balance_sheet_eur", QT_TRANSLATE_NOOP("DisplayNames", "Balance sheet (EUR)")},
                             {"region", QT_TRANSLATE_NOOP("DisplayNames", "Region")},
                             {"city", QT_TRANSLATE_NOOP("DisplayNames", "City")},
                             {"address", QT_TRANSLATE_NOOP("DisplayNames", "Address")},
                             {"website", QT_TRANSLATE_NOOP("DisplayNames", "Website")},
                             {"email", QT_TRANSLATE_NOOP("DisplayNames", "Email")},
                             {"phone", QT_TRANSLATE_NOOP("DisplayNames", "Phone")},
                             {"notes", QT_TRANSLATE_NOOP("DisplayNames", "Notes")}};
    return lookUp(names, code);
}

} // namespace clusterdesk::ui

#include "io/company_columns.h"

#include "domain/text.h"

#include <algorithm>
#include <utility>

namespace clusterdesk {

namespace {
// Header keys (see columnKey) each field is known by, in English and Romanian.
const std::vector<std::pair<std::string, std::vector<std::string>>>& aliases() {
    static const std::vector<std::pair<std::string, std::vector<std::string>>> all = {
        {"name", {"name", "companyname", "company", "denumire", "denumirefirma", "firma", "numefirma"}},
        {"fiscal_code",
         {"fiscalcode", "cui", "cif", "codfiscal", "cuicif", "cifcui", "codunicdeinregistrare"}},
        {"nace_code", {"nace", "nacecode", "codnace", "caen", "codcaen", "nacerev2"}},
        {"headcount",
         {"headcount", "employees", "staff", "numberofemployees", "angajati", "nrangajati", "numarangajati",
          "numardeangajati", "nrsalariati", "salariati"}},
        {"turnover_eur", {"turnover", "turnovereur", "cifradeafaceri", "cifraafaceri"}},
        {"balance_sheet_eur",
         {"balancesheet", "balancesheeteur", "balancesheettotal", "activetotale", "totalactive"}},
        {"region", {"region", "regiune", "regiunea", "regiunedezvoltare", "nuts2", "nuts2region"}},
        {"city", {"city", "town", "localitate", "localitatea", "oras", "orasul"}},
        {"address", {"address", "adresa", "adresasediu", "sediu"}},
        {"website", {"website", "site", "web", "siteweb", "www", "url", "paginaweb"}},
        {"email", {"email", "mail", "adresaemail", "adresadeemail"}},
        {"phone", {"phone", "phonenumber", "telephone", "telefon", "tel", "nrtelefon"}},
    };
    return all;
}

// The text in parentheses or brackets, folded: "Cifra de afaceri (mii lei)" -> "mii lei".
std::string unitOf(std::string_view header) {
    auto open = header.find_first_of("([");
    if (open == std::string_view::npos)
        return {};
    auto close = header.find_first_of(")]", open);
    return foldDiacritics(
        trim(header.substr(open + 1, close == std::string_view::npos ? close : close - open - 1)));
}

// Amounts are stored in EUR; a column in lei, thousands or another currency would be off by a factor.
bool isForeignMoneyUnit(const std::string& unit) {
    static const char* const words[] = {"lei", "ron", "mii", "thousand", "mil", "usd", "$", "gbp", "chf"};
    if (unit == "k")
        return true;
    return std::any_of(std::begin(words), std::end(words),
                       [&](const char* w) { return unit.find(w) != std::string::npos; });
}

std::string fieldList() {
    std::string out;
    for (const auto& f : companyImportFields())
        out += (out.empty() ? "" : ", ") + f;
    return out;
}

std::string quotedList(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items)
        out += (out.empty() ? "'" : ", '") + item + "'";
    return out;
}

std::string describeOverride(const std::string& column, const std::string& field) {
    return "--map \"" + column + "=" + field + "\"";
}
} // namespace

std::vector<std::string> companyImportFields() {
    std::vector<std::string> fields;
    for (const auto& [field, keys] : aliases())
        fields.push_back(field);
    return fields;
}

std::string columnKey(std::string_view header) {
    std::string folded = foldDiacritics(header);
    std::string key;
    int depth = 0;
    for (char c : folded) {
        if (c == '(' || c == '[')
            ++depth;
        else if ((c == ')' || c == ']') && depth > 0)
            --depth;
        else if (depth == 0 && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            key += c;
    }
    return key;
}

std::string fieldForHeader(std::string_view header) {
    std::string key = columnKey(header);
    if (key.empty())
        return {};
    for (const auto& [field, keys] : aliases())
        if (std::find(keys.begin(), keys.end(), key) != keys.end())
            return field;
    return {};
}

std::vector<ColumnMatch> matchCompanyColumns(const std::vector<std::string>& headers,
                                             const std::map<std::string, std::string>& overrides,
                                             const std::string& source, std::size_t headerLine) {
    std::vector<ColumnMatch> columns;
    std::vector<bool> overridden(headers.size(), false);
    for (const auto& header : headers)
        columns.push_back({trim(header), {}});

    for (const auto& [column, requested] : overrides) {
        std::string field = trim(requested);
        if (!field.empty()) {
            auto fields = companyImportFields();
            if (std::find(fields.begin(), fields.end(), field) == fields.end())
                field = fieldForHeader(field);
            if (field.empty())
                throw ColumnMappingError(describeOverride(column, requested) + ": '" + requested +
                                         "' is not a company field; use one of " + fieldList() +
                                         ", or nothing after '=' to leave the column out");
        }
        bool found = false;
        for (std::size_t i = 0; i < columns.size(); ++i) {
            bool same = columns[i].header == trim(column) ||
                        (!columnKey(column).empty() && columnKey(columns[i].header) == columnKey(column));
            if (same) {
                columns[i].field = field;
                overridden[i] = found = true;
            }
        }
        if (!found) {
            std::vector<std::string> names;
            for (const auto& c : columns)
                names.push_back(c.header);
            throw ColumnMappingError(describeOverride(column, requested) + ": " + source +
                                     " has no column '" + column + "'; its columns are " + quotedList(names));
        }
    }

    for (std::size_t i = 0; i < columns.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (overridden[i] && overridden[j] && !columns[i].field.empty() &&
                columns[i].field == columns[j].field)
                throw ColumnMappingError("--map puts both '" + columns[j].header + "' and '" +
                                         columns[i].header + "' into " + columns[i].field +
                                         "; map only one column to each field");

    auto taken = [&](const std::string& field) {
        for (std::size_t i = 0; i < columns.size(); ++i)
            if (overridden[i] && columns[i].field == field)
                return true;
        return false;
    };
    std::string where = source + ", line " + std::to_string(headerLine);
    for (std::size_t i = 0; i < columns.size(); ++i) {
        if (overridden[i])
            continue;
        std::string field = fieldForHeader(columns[i].header);
        if (field.empty() || taken(field))
            continue;
        for (std::size_t j = 0; j < i; ++j)
            if (!overridden[j] && columns[j].field == field)
                throw InputError(where + ": the columns '" + columns[j].header + "' and '" +
                                 columns[i].header + "' both hold " + field + "; leave one out with " +
                                 describeOverride(columns[i].header, ""));
        bool money = field == "turnover_eur" || field == "balance_sheet_eur";
        if (money && isForeignMoneyUnit(unitOf(columns[i].header)))
            throw InputError(where + ": the column '" + columns[i].header +
                             "' is not in EUR; ClusterDesk stores amounts in EUR, so convert the column "
                             "to EUR and name it '" +
                             (field == "turnover_eur" ? "Turnover (EUR)" : "Balance sheet (EUR)") + "'");
        columns[i].field = field;
    }
    return columns;
}

} // namespace clusterdesk

#include "io/company_csv.h"

#include "domain/fiscal_code.h"
#include "domain/nace.h"
#include "domain/text.h"
#include "domain/validation.h"
#include "io/csv_reader.h"
#include "io/number_text.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

namespace clusterdesk {

namespace {
const char* const kNumberHint = "write it as 1234567.89, 1.234.567,89 or 1 234 567";

// "EUR 1.200", "1.200 €": the currency is allowed where it is the one ClusterDesk stores.
std::string withoutEuro(std::string value) {
    for (std::string_view mark : {"EUR", "eur", "Eur", "\xE2\x82\xAC", "euro", "Euro", "EURO"}) {
        if (value.starts_with(mark))
            value = trim(std::string_view(value).substr(mark.size()));
        if (value.ends_with(mark))
            value = trim(std::string_view(value).substr(0, value.size() - mark.size()));
    }
    return value;
}

bool isRegionCode(const std::string& value) {
    return value.size() == 4 && std::toupper(static_cast<unsigned char>(value[0])) == 'R' &&
           std::toupper(static_cast<unsigned char>(value[1])) == 'O' &&
           std::isdigit(static_cast<unsigned char>(value[2])) &&
           std::isdigit(static_cast<unsigned char>(value[3]));
}

std::string separatorName(char separator) {
    return separator == '\t' ? "a tab" : std::string("'") + separator + "'";
}

// Puts one non-empty cell into the company, or says why it cannot.
void assign(Company& c, const std::string& field, const std::string& value,
            std::vector<FieldError>& problems) {
    auto problem = [&](std::string message) { problems.push_back({field, std::move(message)}); };
    if (field == "name") {
        c.name = value;
    } else if (field == "fiscal_code") {
        if (auto code = parseFiscalCode(value))
            c.fiscalCode = code;
        else
            problem("'" + value + "' is not a valid fiscal code (CUI): " + fiscalCodeProblem(value) +
                    "; copy it from the company's registration certificate");
    } else if (field == "nace_code") {
        // CAEN codes are written as 4-digit classes; a spreadsheet that took "0111" for a number shows 111.
        bool lostZero = value.size() == 3 && std::all_of(value.begin(), value.end(),
                                                         [](unsigned char ch) { return std::isdigit(ch); });
        if (auto code = normaliseNaceCode(lostZero ? "0" + value : value))
            c.naceCode = *code;
        else
            problem("'" + value + "' is not a NACE code; write the class as 28.30 or 2830");
    } else if (field == "headcount") {
        auto number = parseNumberText(value);
        if (!number || *number != std::floor(*number) || std::fabs(*number) > std::numeric_limits<int>::max())
            problem("'" + value +
                    "' is not a whole number of employees; write the number of people, e.g. 12");
        else if (*number < 0)
            problem("'" + value + "' is negative; write the number of people, 0 or more");
        else
            c.headcount = static_cast<int>(*number);
    } else if (field == "turnover_eur" || field == "balance_sheet_eur") {
        auto number = parseNumberText(withoutEuro(value));
        if (!number)
            problem("'" + value + "' is not an amount in EUR; " + kNumberHint);
        else if (*number < 0)
            problem("'" + value + "' is negative; write the amount in EUR, 0 or more");
        else
            (field == "turnover_eur" ? c.turnoverEur : c.balanceSheetEur) = *number;
    } else if (field == "region") {
        c.region = value;
        if (isRegionCode(value))
            std::transform(c.region.begin(), c.region.end(), c.region.begin(),
                           [](unsigned char ch) { return static_cast<char>(std::toupper(ch)); });
    } else if (field == "email") {
        if (auto why = emailProblem(value); !why.empty())
            problem(why);
        else
            c.email = value;
    } else if (field == "city") {
        c.city = value;
    } else if (field == "address") {
        c.address = value;
    } else if (field == "website") {
        c.website = value;
    } else if (field == "phone") {
        c.phone = value;
    }
}

// A cell holding line breaks keeps them as "\n" whatever the file used.
std::string unixLineBreaks(std::string value) {
    for (auto at = value.find("\r\n"); at != std::string::npos; at = value.find("\r\n", at))
        value.erase(at, 1);
    return value;
}

bool blank(const std::vector<std::string>& fields) {
    return std::all_of(fields.begin(), fields.end(), [](const std::string& f) { return trim(f).empty(); });
}
} // namespace

ParsedCompanies parseCompanyCsv(std::string_view text, const std::string& source,
                                const std::map<std::string, std::string>& overrides) {
    CsvTable table = readCsv(text, source);
    auto first =
        std::find_if(table.rows.begin(), table.rows.end(), [](const CsvRow& r) { return !blank(r.fields); });
    if (first == table.rows.end())
        throw InputError(source + ": the file is empty; its first line must name the columns, e.g. "
                                  "Name;CUI;CAEN;Employees");

    ParsedCompanies parsed;
    parsed.separator = table.separator;
    const CsvRow& header = *first;
    parsed.columns = matchCompanyColumns(header.fields, overrides, source, header.line);
    if (std::none_of(parsed.columns.begin(), parsed.columns.end(),
                     [](const ColumnMatch& m) { return m.field == "name"; }))
        throw InputError(source + ", line " + std::to_string(header.line) +
                         ": no column holds the company's name; call it 'Name' or 'Denumire', or say which "
                         "column it is with --map \"Column=name\"");

    std::map<std::string, std::size_t> fiscalCodeLines; // digits -> first line
    for (auto row = first + 1; row != table.rows.end(); ++row) {
        if (blank(row->fields))
            continue;
        if (row->fields.size() != header.fields.size()) {
            parsed.problems.push_back(
                {row->line, "",
                 "the row has " + std::to_string(row->fields.size()) + " values but the header has " +
                     std::to_string(header.fields.size()) + " columns; put a value holding " +
                     separatorName(table.separator) + " in double quotes, or remove the extra separators"});
            continue;
        }
        Company company;
        std::vector<FieldError> problems;
        for (std::size_t i = 0; i < parsed.columns.size(); ++i) {
            std::string value = fixRomanianLetters(unixLineBreaks(trim(row->fields[i])));
            if (!parsed.columns[i].field.empty() && !value.empty())
                assign(company, parsed.columns[i].field, value, problems);
        }
        for (auto& error : validate(company)) {
            bool known = std::any_of(problems.begin(), problems.end(),
                                     [&](const FieldError& p) { return p.field == error.field; });
            if (!known)
                problems.push_back(std::move(error));
        }
        if (company.fiscalCode) {
            auto [it, fresh] = fiscalCodeLines.emplace(company.fiscalCode->digits, row->line);
            if (!fresh)
                problems.push_back({"fiscal_code", "fiscal code " + company.fiscalCode->digits +
                                                       " is also on line " + std::to_string(it->second) +
                                                       "; keep only one row per company"});
        }
        if (problems.empty()) {
            parsed.rows.push_back({row->line, std::move(company)});
            continue;
        }
        for (auto& p : problems)
            parsed.problems.push_back({row->line, std::move(p.field), std::move(p.message)});
    }
    return parsed;
}

} // namespace clusterdesk

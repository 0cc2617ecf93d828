#include "cli/report_options.h"

#include "domain/error.h"

#include <cstdio>
#include <fstream>

namespace clusterdesk::cli {

Period parseQuarter(const std::string& text, const std::string& option) {
    try {
        return Period::quarter(text);
    } catch (const ValidationError&) {
        throw ValidationError(option, "'" + text + "' is not a quarter; write it as YYYY-Qn, e.g. 2016-Q3");
    }
}

Period reportPeriod(const Arguments& args, const Date& today) {
    const auto quarter = args.value("--quarter");
    const auto from = args.value("--from");
    const auto to = args.value("--to");
    if (quarter && (from || to))
        throw UsageError("--quarter and --from/--to exclude each other; give a quarter or a period");
    if (quarter)
        return parseQuarter(*quarter, "--quarter");
    if (!from && !to)
        return Period::quarterOf(today);
    if (!from || !to)
        throw UsageError("--from and --to go together: give both days of the period");
    Period period{Date::parseOrThrow(*from, "--from"), Date::parseOrThrow(*to, "--to")};
    if (period.to < period.from)
        throw ValidationError("--to", "the period ends (" + *to + ") before it starts (" + *from +
                                          "); swap --from and --to");
    return period;
}

void writeOutputFile(const std::string& path, const std::string& bytes) {
    // Written beside the target and renamed over it, so a failed write never leaves half a report.
    const std::string partial = path + ".partial";
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (out)
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out || !out.flush()) {
            std::remove(partial.c_str());
            throw StorageError(path + ": cannot write the report; check that the folder exists and that you "
                                      "may write there");
        }
    }
    if (std::rename(partial.c_str(), path.c_str()) != 0) {
        std::remove(partial.c_str());
        throw StorageError(path +
                           ": cannot replace the file with the report; is it open in another program?");
    }
}

} // namespace clusterdesk::cli

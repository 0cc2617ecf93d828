#include "storage/catalogue_seed.h"

#include "domain/error.h"
#include "io/csv_reader.h"
#include "resources/embedded_catalogues.h"

#include <SQLiteCpp/Statement.h>
#include <algorithm>

namespace clusterdesk {

namespace {
struct Target {
    const char* catalogue;
    const char* table;
    std::vector<const char*> columns;
};

const Target kTargets[] = {
    {"nuts2-regions", "nuts2_region", {"code", "name", "macroregion"}},
    {"nace-sections", "nace_section", {"code", "name", "division_from", "division_to"}},
    {"audit-kinds", "audit_kind", {"code", "name", "phase"}},
    {"measure-kinds", "measure_kind", {"code", "name"}},
    {"instruments", "instrument", {"code", "name", "kind", "former_names", "description"}},
};
} // namespace

void seedCatalogues(SQLite::Database& db) {
    for (const auto& target : kTargets) {
        CsvTable table = readCsv(embeddedCatalogue(target.catalogue), std::string(target.catalogue) + ".csv");
        if (table.rows.empty())
            throw StorageError(std::string("the bundled catalogue ") + target.catalogue + " is empty");
        const auto& header = table.rows.front().fields;
        std::vector<std::size_t> positions;
        for (const char* column : target.columns) {
            auto it = std::find(header.begin(), header.end(), std::string(column));
            if (it == header.end())
                throw StorageError(std::string("the bundled catalogue ") + target.catalogue +
                                   " has no column " + column);
            positions.push_back(static_cast<std::size_t>(it - header.begin()));
        }
        std::string sql = std::string("INSERT OR IGNORE INTO ") + target.table + " (";
        std::string marks;
        for (std::size_t i = 0; i < target.columns.size(); ++i) {
            sql += (i ? ", " : "") + std::string(target.columns[i]);
            marks += i ? ", ?" : "?";
        }
        SQLite::Statement insert(db, sql + ") VALUES (" + marks + ")");
        for (std::size_t r = 1; r < table.rows.size(); ++r) {
            const auto& fields = table.rows[r].fields;
            for (std::size_t i = 0; i < positions.size(); ++i) {
                const std::string& value =
                    positions[i] < fields.size() ? fields[positions[i]] : std::string{};
                if (value.empty())
                    insert.bind(static_cast<int>(i + 1));
                else
                    insert.bind(static_cast<int>(i + 1), value);
            }
            insert.exec();
            insert.reset();
        }
    }
}

} // namespace clusterdesk

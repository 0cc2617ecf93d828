// How fast the desktop app's lists answer on 100,000 companies: the ids of the whole list in each sort
// order, a search, and one page of rows (what a screen shows). Run by hand:
//   build/tests/bench/list_bench [companies]
#include "storage/company_list_query.h"
#include "storage/database.h"
#include "support/temp_database.h"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <chrono>
#include <cstdio>
#include <random>
#include <string>

using namespace clusterdesk;

namespace {
using Clock = std::chrono::steady_clock;

double millisecondsSince(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// Companies and memberships straight into the tables: the bench measures the lists, not the repository.
void fill(Database& db, int companies) {
    const char* cities[] = {"Arad", "Brașov", "București", "Cluj-Napoca", "Sibiu", "Timișoara"};
    std::mt19937 random(7);
    SQLite::Transaction tx(db.sql());
    for (int c = 0; c < 4; ++c) {
        SQLite::Statement cluster(db.sql(),
                                  "INSERT INTO cluster (id, created_at, updated_at, changed_by, name) "
                                  "VALUES (?, 't', 't', 'bench', ?)");
        cluster.bind(1, "cluster-" + std::to_string(c));
        cluster.bind(2, "Cluster " + std::to_string(c));
        cluster.exec();
    }
    SQLite::Statement company(db.sql(),
                              "INSERT INTO company (id, created_at, updated_at, changed_by, name, city, "
                              "headcount, size_class) VALUES (?, 't', 't', 'bench', ?, ?, ?, 'small')");
    SQLite::Statement member(db.sql(),
                             "INSERT INTO membership (id, created_at, updated_at, changed_by, company_id, "
                             "cluster_id) VALUES (?, 't', 't', 'bench', ?, ?)");
    for (int i = 0; i < companies; ++i) {
        std::string id = "company-" + std::to_string(i);
        company.bind(1, id);
        company.bind(2, "Companie " + std::to_string(random() % 1000000) + " SRL");
        company.bind(3, cities[random() % 6]);
        company.bind(4, static_cast<int>(random() % 300));
        company.exec();
        company.reset();
        member.bind(1, "member-" + std::to_string(i));
        member.bind(2, id);
        member.bind(3, "cluster-" + std::to_string(i % 4));
        member.exec();
        member.reset();
    }
    tx.commit();
}
} // namespace

int main(int argc, char** argv) {
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    int companies = argc > 1 ? std::stoi(argv[1]) : 100000;
    test::TempDatabase t;
    auto start = Clock::now();
    fill(t.db(), companies);
    std::printf("filled %d companies in %.0f ms\n", companies, millisecondsSince(start));

    CompanyListQuery query(t.db());
    for (int column = 0; column < CompanyListQuery::ColumnCount; ++column) {
        ListFilter filter;
        filter.sortColumn = column;
        start = Clock::now();
        auto ids = query.ids(filter);
        double sorted = millisecondsSince(start);
        start = Clock::now();
        std::vector<std::string> page(ids.begin() + static_cast<long>(ids.size() / 2),
                                      ids.begin() + static_cast<long>(ids.size() / 2 + 100));
        auto rows = query.rows(page);
        std::printf("sort by column %d: %zu ids in %.0f ms, a page of %zu rows in %.1f ms\n", column,
                    ids.size(), sorted, rows.size(), millisecondsSince(start));
    }
    for (const char* search : {"companie 12", "timiș", "cluj 99"}) {
        ListFilter filter;
        filter.search = search;
        start = Clock::now();
        auto ids = query.ids(filter);
        std::printf("search \"%s\": %zu ids in %.0f ms\n", search, ids.size(), millisecondsSince(start));
    }
    ListFilter inCluster;
    inCluster.clusterId = "cluster-2";
    start = Clock::now();
    auto ids = query.ids(inCluster);
    std::printf("one cluster: %zu ids in %.0f ms\n", ids.size(), millisecondsSince(start));
    return 0;
}

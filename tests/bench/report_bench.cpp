// How long the quarterly output summary takes on a large database: 20,000 companies and 100,000
// attendance records (issue 5 asks for the PDF in under two seconds). Run by hand:
//   build/tests/bench/report_bench [companies] [attendance] [keep-database-file]
// Instructions counted (independent of the machine's load), on a database kept by an earlier run:
//   valgrind --tool=callgrind build/tests/bench/report_bench 20000 100000 FILE
// The figures go to docs/performance.md.
#include "reports/quarterly_report.h"
#include "reports/report_documents.h"
#include "storage/database.h"
#include "storage/report_queries.h"
#include "support/temp_database.h"

#include <QGuiApplication>
#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace clusterdesk;

namespace {
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string id(const char* prefix, int n) {
    char buffer[48];
    std::snprintf(buffer, sizeof buffer, "%s-%08d-0000-0000-0000-000000000000", prefix, n);
    return buffer;
}

std::string dayOf(std::mt19937& random, int yearFrom, int yearTo) {
    std::uniform_int_distribution<int> year(yearFrom, yearTo), month(1, 12), day(1, 28);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year(random), month(random), day(random));
    return buffer;
}

// Rows straight into the tables in one transaction: the benchmark measures the report, not the
// repository's validation and change log.
class Filler {
public:
    explicit Filler(SQLite::Database& db)
        : m_db(db) {}

    void insert(const std::string& table, const std::vector<std::string>& columns,
                const std::vector<std::vector<std::string>>& rows, bool entity = true) {
        std::string names = entity ? "id, created_at, updated_at, changed_by" : "";
        std::string marks = entity ? "?, ?, ?, ?" : "";
        for (const auto& c : columns) {
            names += (names.empty() ? "" : ", ") + c;
            marks += marks.empty() ? "?" : ", ?";
        }
        SQLite::Statement statement(m_db, "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")");
        for (const auto& row : rows) {
            int i = 1;
            if (entity) {
                statement.bind(i++, row.at(0));
                statement.bind(i++, "2016-01-01T00:00:00Z");
                statement.bind(i++, "2016-01-01T00:00:00Z");
                statement.bind(i++, "bench");
            }
            for (std::size_t c = entity ? 1 : 0; c < row.size(); ++c) {
                if (row[c].empty())
                    statement.bind(i++);
                else
                    statement.bind(i++, row[c]);
            }
            statement.exec();
            statement.reset();
        }
    }

private:
    SQLite::Database& m_db;
};

void fill(Database& database, int companies, int attendance) {
    std::mt19937 random(20160930);
    SQLite::Database& db = database.sql();
    SQLite::Transaction tx(db);
    Filler f(db);
    const int clusters = 8;
    std::vector<std::vector<std::string>> rows;
    for (int c = 0; c < clusters; ++c)
        rows.push_back({id("clus", c), "Cluster " + std::to_string(c + 1), "20", "20000"});
    f.insert("cluster", {"name", "budget_days", "budget_eur"}, rows);

    rows.clear();
    for (int c = 0; c < clusters; ++c)
        rows.push_back(
            {id("labl", c), id("clus", c), c % 3 == 0 ? "silver" : "bronze", "2015-06-01", "2017-05-31"});
    f.insert("excellence_label", {"cluster_id", "level", "awarded", "expires"}, rows);

    rows.clear();
    for (int i = 0; i < companies; ++i)
        rows.push_back({id("comp", i), "Company " + std::to_string(i), "12"});
    f.insert("company", {"name", "headcount"}, rows);
    rows.clear();
    for (int i = 0; i < companies; ++i)
        rows.push_back({id("memb", i), id("comp", i), id("clus", i % clusters)});
    f.insert("membership", {"company_id", "cluster_id"}, rows);
    rows.clear();
    for (int i = 0; i < companies; ++i)
        rows.push_back({id("pers", i), "Person " + std::to_string(i), "company", id("comp", i), "none", ""});
    for (int s = 0; s < 16; ++s)
        rows.push_back({id("staf", s), "Staff " + std::to_string(s), "cluster", "", "consultant", "350"});
    f.insert("person", {"name", "employer_kind", "employer_company_id", "staff_role", "day_rate_eur"}, rows);

    // Seminars of 50 registrations each, over 2015-2016; most registrants attended.
    const int seminars = attendance / 50;
    rows.clear();
    std::vector<std::vector<std::string>> organisers;
    for (int s = 0; s < seminars; ++s) {
        rows.push_back({id("semi", s), "Seminar " + std::to_string(s), dayOf(random, 2015, 2016)});
        organisers.push_back({id("semi", s), id("clus", s % clusters)});
        if (s % 10 == 0)
            organisers.push_back({id("semi", s), id("clus", (s + 1) % clusters)});
    }
    f.insert("seminar", {"title", "date"}, rows);
    f.insert("seminar_cluster", {"seminar_id", "cluster_id"}, organisers, false);
    rows.clear();
    std::uniform_int_distribution<int> anyCompany(0, companies - 1), percent(0, 99);
    for (int a = 0; a < attendance; ++a) {
        const int company = anyCompany(random);
        const int p = percent(random);
        rows.push_back({id("attn", a), id("semi", a / 50), id("comp", company), id("pers", company),
                        p < 80 ? "attended" : (p < 90 ? "registered" : "no_show")});
    }
    f.insert("attendance", {"seminar_id", "company_id", "person_id", "status"}, rows);

    const int visits = companies / 4;
    rows.clear();
    std::vector<std::vector<std::string>> recommendations;
    const char* kinds[] = {"business_review", "technology_audit", "none"};
    const char* instruments[] = {"eic_accelerator", "horizon_europe", "een", ""};
    const char* statuses[] = {"proposed", "accepted", "in_progress", "done", "declined"};
    for (int v = 0; v < visits; ++v) {
        const int company = anyCompany(random);
        rows.push_back({id("visi", v), id("comp", company), id("clus", company % clusters),
                        dayOf(random, 2015, 2016), kinds[v % 3]});
        for (int r = 0; r < 2; ++r)
            recommendations.push_back({id("reco", v * 2 + r), id("visi", v), "Recommendation",
                                       instruments[(v + r) % 4], "medium", statuses[(v + r) % 5]});
    }
    f.insert("visit", {"company_id", "cluster_id", "date", "audit_kind"}, rows);
    f.insert("recommendation", {"visit_id", "text", "instrument_code", "priority", "status"},
             recommendations);

    rows.clear();
    std::vector<std::vector<std::string>> members;
    const char* measureKinds[] = {"innovation_audit", "competence_mapping", "eco_innovation_audit",
                                  "market_study"};
    for (int m = 0; m < companies / 40; ++m) {
        rows.push_back({id("meas", m), id("clus", m % clusters), measureKinds[m % 4],
                        dayOf(random, 2015, 2016), "done"});
        for (int k = 0; k < 4; ++k)
            members.push_back({id("meas", m), id("comp", (m * 4 + k) % companies)});
    }
    f.insert("support_measure", {"cluster_id", "kind", "start_date", "status"}, rows);
    f.insert("measure_company", {"measure_id", "company_id"}, members, false);

    rows.clear();
    for (int e = 0; e < 4000; ++e)
        rows.push_back({id("effo", e), id("staf", e % 16), id("clus", e % clusters),
                        std::to_string(e % 3 + 1), dayOf(random, 2015, 2016), "0.5", "350"});
    f.insert("effort", {"person_id", "cluster_id", "phase", "date", "days", "day_rate_eur"}, rows);

    rows.clear();
    std::vector<std::vector<std::string>> attempts;
    for (int u = 0; u < visits; ++u) {
        const int company = anyCompany(random);
        const bool done = u % 3 == 0;
        const std::string due = dayOf(random, 2015, 2016);
        rows.push_back({id("foll", u), id("comp", company), id("clus", company % clusters), "Check-in", due,
                        done ? "done" : "open", done ? due : ""});
        for (int k = 0; k < 2; ++k)
            attempts.push_back(
                {id("cont", u * 2 + k), id("foll", u), dayOf(random, 2015, 2016), (u + k) % 3 ? "0" : "1"});
    }
    f.insert("follow_up", {"company_id", "cluster_id", "title", "due_date", "status", "completed_on"}, rows);
    f.insert("contact_attempt", {"follow_up_id", "date", "answered"}, attempts);

    rows.clear();
    for (int g = 0; g < 200; ++g)
        rows.push_back({id("agre", g), id("clus", g % clusters), "Agreement", dayOf(random, 2015, 2016)});
    f.insert("agreement", {"cluster_id", "title", "date"}, rows);
    tx.commit();
}
} // namespace

int main(int argc, char** argv) {
    const int companies = argc > 1 ? std::stoi(argv[1]) : 20000;
    const int attendance = argc > 2 ? std::stoi(argv[2]) : 100000;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    int qtArgc = 1;
    QGuiApplication app(qtArgc, argv);

    test::TempDir dir;
    // A third argument keeps the database there, for looking at query plans; a database left there by an
    // earlier run is reused as it is, so that a profiler (callgrind) can watch the report alone.
    const std::string path = argc > 3 ? std::string(argv[3]) : dir.file("bench.clusterdesk");
    const bool reuse = argc > 3 && std::filesystem::exists(path);
    auto start = Clock::now();
    if (!reuse) {
        Database db(path);
        fill(db, companies, attendance);
    }
    std::printf("database: %d companies, %d attendance records, %s in %.2f s\n", companies, attendance,
                reuse ? "reused" : "filled", secondsSince(start));

    // A fresh connection, as a user opening the file and asking for the report would have.
    Database db(path);
    const Period quarter = Period::quarter("2016-Q3");
    const Date today(2026, 1, 15);

    start = Clock::now();
    const OutputSummary summary = computeOutputSummary(db, quarter, {}, today);
    const double summarySeconds = secondsSince(start);

    start = Clock::now();
    const QuarterlyReport report = buildQuarterlyReport(db, quarter, {}, today);
    const double queriesSeconds = secondsSince(start);
    start = Clock::now();
    const QByteArray pdf = renderReportPdf(report);
    const double renderSeconds = secondsSince(start);

    start = Clock::now();
    const std::clock_t cpuStart = std::clock();
    const QByteArray again = renderReportPdf(buildQuarterlyReport(db, quarter, {}, today));
    const double totalSeconds = secondsSince(start);
    // Processor time as well: on a shared machine the wall clock also counts other people's work.
    const double totalCpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;

    std::printf("output summary of 2016-Q3 (one period, %zu clusters): %.3f s\n", summary.clusters.size(),
                summarySeconds);
    std::printf("quarterly report queries (period, previous quarter, year to date, 4 quarters): %.3f s\n",
                queriesSeconds);
    std::printf("PDF rendering: %.3f s (%lld bytes)\n", renderSeconds, static_cast<long long>(pdf.size()));
    std::printf("PDF end to end (queries + rendering), second run: %.3f s (processor time %.3f s)\n",
                totalSeconds, totalCpuSeconds);
    std::printf("seminar companies in 2016-Q3: %d, funnel informed: %d\n", summary.totals.seminarCompanies,
                summary.totals.funnel.informed);
    return again.isEmpty() ? 1 : 0;
}

#include "storage/peer_comparison.h"

#include <SQLiteCpp/Statement.h>

namespace clusterdesk {

namespace {
// The NACE section of a company's code ("28.30" -> division 28 -> section C); NULL without a code.
std::string naceSectionOf(const std::string& company) {
    return "(SELECT ns.code FROM nace_section ns WHERE CAST(substr(" + company +
           ".nace_code, 1, 2) AS INTEGER) BETWEEN ns.division_from AND ns.division_to)";
}

// A condition on peer company p being similar to the audited company s.
std::string similarity(PeerGroup group) {
    switch (group) {
    case PeerGroup::Cluster:
        return "EXISTS (SELECT 1 FROM membership mp JOIN membership ms ON ms.cluster_id = mp.cluster_id "
               "JOIN cluster cl ON cl.id = mp.cluster_id AND cl.deleted_at IS NULL "
               "WHERE mp.company_id = p.id AND ms.company_id = s.id "
               "AND mp.deleted_at IS NULL AND ms.deleted_at IS NULL)";
    case PeerGroup::NaceSection:
        return naceSectionOf("p") + " = " + naceSectionOf("s");
    case PeerGroup::SizeClass:
        return "p.size_class = s.size_class AND s.size_class <> 'unknown'";
    }
    return "0";
}
} // namespace

PeerComparison comparePeers(Database& db, const std::string& companyId, const std::string& templateKey,
                            PeerGroup group) {
    // One audit per peer company: its latest completed one of this template version.
    const std::string peers = "WITH ranked AS ("
                              " SELECT a.company_id, a.overall_percent, a.section_percents,"
                              "  row_number() OVER (PARTITION BY a.company_id"
                              "   ORDER BY a.completed_at DESC, a.id) AS position"
                              " FROM audit a"
                              " JOIN company p ON p.id = a.company_id AND p.deleted_at IS NULL"
                              " JOIN company s ON s.id = ?1"
                              " WHERE a.deleted_at IS NULL AND a.status = 'completed' AND a.template_key = ?2"
                              "  AND a.company_id <> s.id AND " +
                              similarity(group) + "), peers AS (SELECT * FROM ranked WHERE position = 1) ";

    PeerComparison result;
    result.group = group;
    SQLite::Statement overall(db.sql(), peers + "SELECT count(*), avg(overall_percent) FROM peers");
    overall.bind(1, companyId);
    overall.bind(2, templateKey);
    overall.executeStep();
    result.companies = overall.getColumn(0).getInt();
    if (!result.shown())
        return result;
    if (!overall.getColumn(1).isNull())
        result.overall = overall.getColumn(1).getDouble();

    SQLite::Statement sections(db.sql(), peers + "SELECT section.key, avg(section.value) FROM peers, "
                                                 "json_each(peers.section_percents) AS section "
                                                 "GROUP BY section.key");
    sections.bind(1, companyId);
    sections.bind(2, templateKey);
    while (sections.executeStep())
        result.sections[sections.getColumn(0).getString()] = sections.getColumn(1).getDouble();
    return result;
}

} // namespace clusterdesk

#include "exchange_fixture.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <functional>

using namespace clusterdesk;
using namespace clusterdesk::test;

namespace {
// The cluster office and two consultants who got the office's database and have sent a package back.
struct Network {
    Replica office{"office"};
    Replica ana{"ana"};
    Replica bogdan{"bogdan"};
    Cluster cluster;
    Company company;
    Visit visit;

    Network() {
        cluster = addCluster(office.repo(), "Pro Wood");
        company = addCompany(office.repo(), "Tesatoria SRL");
        visit = addVisit(office.repo(), company.id, cluster.id);
        send(office, ana);
        send(office, bogdan);
        send(ana, office);
        send(bogdan, office);
    }

    // Edits on all three sides, none touching the same field.
    void editEverywhere() {
        Visit v = ana.repo().visits().get(visit.id);
        v.findings = "needs a new loom";
        ana.repo().visits().update(v);
        Company newAtAna = addCompany(ana.repo(), "Confectii Vest");
        addVisit(ana.repo(), newAtAna.id, cluster.id);

        Company c = bogdan.repo().companies().get(company.id);
        c.city = "Iasi";
        bogdan.repo().companies().update(c);
        addRecommendation(bogdan.repo(), visit.id, "apply for the accelerator");

        Cluster cl = office.repo().clusters().get(cluster.id);
        cl.notes = "budget raised";
        office.repo().clusters().update(cl);
        Company gone = addCompany(office.repo(), "Closed SRL");
        office.repo().companies().remove(gone.id);
    }

    bool allEqual() {
        std::string reference = dumpRecords(office.db());
        return dumpRecords(ana.db()) == reference && dumpRecords(bogdan.db()) == reference;
    }

    std::size_t openConflicts() {
        return office.exchange().conflicts().size() + ana.exchange().conflicts().size() +
               bogdan.exchange().conflicts().size();
    }
};

using Step = std::function<void(Network&)>;

const std::vector<std::pair<std::string, Step>>& steps() {
    static const std::vector<std::pair<std::string, Step>> all = {
        {"ana->office", [](Network& n) { send(n.ana, n.office); }},
        {"bogdan->office", [](Network& n) { send(n.bogdan, n.office); }},
        {"office->ana", [](Network& n) { send(n.office, n.ana); }},
        {"office->bogdan", [](Network& n) { send(n.office, n.bogdan); }},
    };
    return all;
}
} // namespace

TEST_CASE("office and two consultants end up with the same data whatever the order of exchanges",
          "[exchange][three]") {
    std::vector<std::size_t> order{0, 1, 2, 3};
    int orders = 0;
    do {
        std::string description;
        for (auto i : order)
            description += steps()[i].first + " ";
        INFO("order: " << description);
        Network n;
        n.editEverywhere();
        for (auto i : order)
            steps()[i].second(n);
        for (const auto& step : steps()) // one more round in a fixed order carries everything everywhere
            step.second(n);
        CHECK(n.allEqual());
        CHECK(n.openConflicts() == 0);
        CHECK(n.bogdan.repo().visits().get(n.visit.id).findings == "needs a new loom");
        CHECK(n.ana.repo().companies().get(n.company.id).city == "Iasi");
        ++orders;
    } while (std::next_permutation(order.begin(), order.end()));
    CHECK(orders == 24);
}

TEST_CASE("consultants can exchange directly with each other as well", "[exchange][three]") {
    Network n;
    n.editEverywhere();
    send(n.ana, n.bogdan); // they do not know each other yet: a full package
    send(n.bogdan, n.ana);
    send(n.ana, n.bogdan);
    CHECK(dumpRecords(n.ana.db()) == dumpRecords(n.bogdan.db()));
    for (const auto& step : steps())
        step.second(n);
    CHECK(n.allEqual());
    CHECK(n.openConflicts() == 0);
}

TEST_CASE("a change relayed through the office is not sent back to where it came from as new",
          "[exchange][three]") {
    Network n;
    Visit v = n.ana.repo().visits().get(n.visit.id);
    v.findings = "needs a new loom";
    n.ana.repo().visits().update(v);
    send(n.ana, n.office);
    CHECK(send(n.office, n.bogdan).updated == 1);
    ImportSummary back = send(n.bogdan, n.office);
    CHECK(back.updated == 0);
    CHECK(back.inConflict == 0);
    CHECK(send(n.office, n.ana).updated == 0);
}

TEST_CASE("two consultants editing the same field meet as a conflict at the office", "[exchange][three]") {
    Network n;
    Company atAna = n.ana.repo().companies().get(n.company.id);
    atAna.city = "Cluj-Napoca";
    n.ana.repo().companies().update(atAna);
    Company atBogdan = n.bogdan.repo().companies().get(n.company.id);
    atBogdan.city = "Iasi";
    n.bogdan.repo().companies().update(atBogdan);

    CHECK(send(n.ana, n.office).updated == 1);
    CHECK(send(n.bogdan, n.office).inConflict == 1);
    auto conflicts = n.office.exchange().conflicts();
    REQUIRE(conflicts.size() == 1);
    CHECK(conflicts[0].mineValue == "Cluj-Napoca");
    CHECK(conflicts[0].mineChangedBy == "ana");
    CHECK(conflicts[0].theirsValue == "Iasi");
    CHECK(conflicts[0].theirsReplicaName == "bogdan");
    n.office.exchange().resolveConflict(conflicts[0].id, Keep::Theirs);
    for (const auto& step : steps())
        step.second(n);
    CHECK(n.allEqual());
    CHECK(n.openConflicts() == 0);
    CHECK(n.ana.repo().companies().get(n.company.id).city == "Iasi");
}

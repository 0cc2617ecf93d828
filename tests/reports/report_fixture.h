#pragma once

#include "storage/report_queries.h"
#include "storage/repository.h"
#include "support/record_builder.h"
#include "support/temp_database.h"

namespace clusterdesk::test {

// Two clusters with a little of everything in 2016-Q3, for checking the shape of each output format.
struct SmallReportData {
    TempDatabase t;
    Repository repo{t.db()};
    RecordBuilder make{repo};
    std::string indagro = make.cluster("Indagro Vest", 20, 20000);
    std::string textile =
        make.cluster("\u0162esături, Mode & Co", 22, 21000); // cedilla Ţ, as older systems write it

    SmallReportData() {
        make.label(textile, LabelLevel::Silver, "2015-05-01", "2017-04-30");
        auto a = make.company("Mobila SRL");
        auto b = make.company("Ţesătoria Bârlad SA");
        auto seminar = make.seminar("2016-07-10", {indagro, textile});
        make.attend(seminar, a);
        make.attend(seminar, b);
        auto visit = make.visit(indagro, a, "2016-08-01");
        make.recommendation(visit, "eic_accelerator");
        make.measure(textile, "innovation_audit", "2016-09-01", {b});
        auto consultant = make.person("Consultant", 300);
        make.effort(consultant, indagro, 2, "2016-08-01", 1.5, 300);
        auto followUp = make.followUp(textile, b, "2016-09-15");
        make.contact(followUp, "2016-09-16", true);
    }

    OutputSummary summary(const std::string& clusterId = {}) {
        return computeOutputSummary(t.db(), Period::quarter("2016-Q3"), clusterId, day("2026-01-01"));
    }
};

} // namespace clusterdesk::test

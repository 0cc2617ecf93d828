#include "storage/demo_data.h"

#include "domain/error.h"
#include "storage/repository.h"
#include "storage/write_transaction.h"

#include <array>

namespace clusterdesk {

namespace {
struct ClusterSeed {
    const char* name;
    const char* sector;
    const char* region;
    const char* organisation;
    LabelLevel label;
    const char* awarded;
};

const ClusterSeed kClusters[] = {
    {"Indagro Vest", "Agricultural machinery", "RO42", "Asociația Indagro Vest", LabelLevel::Bronze,
     "2016-02-15"},
    {"Traditions, Manufacturing, Future", "Textile", "RO31", "Asociația Tradiții, Manufactură, Viitor",
     LabelLevel::Bronze, "2016-02-15"},
    {"Pro Wood", "Wood", "RO12", "Asociația Pro Wood", LabelLevel::Bronze, "2016-02-15"},
    {"Romanian Textile Concept", "Textile", "RO32", "Asociația Romanian Textile Concept", LabelLevel::Silver,
     "2016-06-20"},
};

struct CompanySeed {
    int cluster; // index into kClusters
    const char* name;
    const char* nace;
    int headcount;
    double turnover;
    const char* city;
    const char* contact;
};

// Fictional companies; any likeness to a real firm is chance.
const CompanySeed kCompanies[] = {
    {0, "Agromec Banat SRL", "28.30", 85, 6.2e6, "Timișoara", "Ioan Popescu"},
    {0, "Semănătoarea Vest SA", "28.30", 140, 14.5e6, "Arad", "Maria Ionescu"},
    {0, "TehnoAgri Lugoj SRL", "28.30", 32, 2.8e6, "Lugoj", "Dan Mureșan"},
    {0, "Recolta Utilaje SRL", "33.12", 12, 0.9e6, "Reșița", "Elena Stan"},
    {0, "Hidraulica Timiș SRL", "28.12", 48, 4.1e6, "Timișoara", "Radu Dobre"},
    {0, "AgroParts Arad SRL", "28.30", 9, 0.6e6, "Arad", "Ana Crișan"},
    {1, "Țesătoria Argeș SA", "13.20", 120, 7.5e6, "Pitești", "Cristina Vasile"},
    {1, "Confecții Muntenia SRL", "14.13", 65, 3.2e6, "Târgoviște", "Mihai Toma"},
    {1, "Broderia Tradițională SRL", "13.99", 14, 0.7e6, "Câmpulung", "Ioana Marin"},
    {1, "Filatura Dunării SRL", "13.10", 75, 5.4e6, "Giurgiu", "George Niță"},
    {1, "Moda Prahova SRL", "14.14", 28, 1.6e6, "Ploiești", "Simona Pavel"},
    {1, "Tricotaje Olt SRL", "14.39", 40, 2.2e6, "Slatina", "Vasile Oprea"},
    {2, "Mobila Covasna SRL", "31.09", 95, 8.8e6, "Sfântu Gheorghe", "Attila Szabó"},
    {2, "Cherestea Harghita SRL", "16.10", 55, 6.1e6, "Miercurea Ciuc", "Zoltán Kovács"},
    {2, "Lemn Design Brașov SRL", "16.23", 22, 1.4e6, "Brașov", "Andreea Dumitru"},
    {2, "Case din Lemn Mureș SRL", "16.23", 36, 3.0e6, "Târgu Mureș", "Florin Rus"},
    {2, "Parchet Alba SRL", "16.22", 18, 1.1e6, "Alba Iulia", "Bianca Lazăr"},
    {2, "Ambalaje Lemn Sibiu SRL", "16.24", 8, 0.5e6, "Sibiu", "Petru Moldovan"},
    {3, "Atelierul de Croitorie SRL", "14.13", 45, 2.6e6, "București", "Laura Georgescu"},
    {3, "Textile Inovative SRL", "13.96", 26, 2.0e6, "București", "Bogdan Stoica"},
    {3, "Denim Ilfov SRL", "14.13", 110, 9.3e6, "Voluntari", "Raluca Enache"},
    {3, "Fir Natural SRL", "13.10", 16, 0.8e6, "Otopeni", "Sorin Matei"},
    {3, "Costume Scenă SRL", "14.19", 11, 0.4e6, "București", "Diana Neagu"},
    {3, "Eco Textil Design SRL", "13.92", 7, 0.3e6, "Buftea", "Alina Sandu"},
};

// Indexes into kCompanies: who attended the seminar (18), who registered but did not come (3).
constexpr std::array<int, 18> kAttended{0, 1, 2, 4, 6, 7, 9, 10, 12, 13, 14, 15, 18, 19, 20, 21, 22, 11};
constexpr std::array<int, 3> kNoShow{3, 16, 23};

struct RecommendationSeed {
    const char* text;
    const char* instrument;
    Priority priority;
    RecommendationStatus status;
};

struct VisitSeed {
    int company;
    const char* date;
    const char* findings;
    std::array<RecommendationSeed, 2> recommendations;
};

const VisitSeed kVisits[] = {
    {1,
     "2016-04-12",
     "Strong engineering team; no strategic plan for new products; exports only to Hungary.",
     {{{"Prepare an SME Instrument (now EIC Accelerator) phase 1 feasibility study for the precision seeder",
        "eic_accelerator", Priority::High, RecommendationStatus::Accepted},
       {"Use the Enterprise Europe Network partner search for distributors in Serbia and Bulgaria", "een",
        Priority::Medium, RecommendationStatus::InProgress}}}},
    {6,
     "2016-04-26",
     "Modern looms, low automation in finishing; no innovation budget.",
     {{{"Apply to the Regional Operational Programme for finishing-line equipment", "erdf_regional",
        Priority::High, RecommendationStatus::Done},
       {"Join a Horizon 2020 consortium on smart textiles through the cluster", "horizon_europe",
        Priority::Low, RecommendationStatus::Proposed}}}},
    {9,
     "2016-05-18",
     "Yarn quality certified nationally only; buyers in Germany ask for OEKO-TEX.",
     {{{"Prepare certification for international markets (OEKO-TEX Standard 100)", "een", Priority::High,
        RecommendationStatus::Accepted},
       {"Cross-border cooperation with Bulgarian spinners under INTERREG V-A Romania-Bulgaria", "interreg_a",
        Priority::Medium, RecommendationStatus::Proposed}}}},
    {12,
     "2016-06-07",
     "Furniture designed in-house, exports 60%; weak IP protection of designs.",
     {{{"Register the designs; IP vouchers now exist under the EUIPO SME Fund", "euipo_sme_fund",
        Priority::Medium, RecommendationStatus::Proposed},
       {"Co-finance a CNC line through the Competitiveness Operational Programme", "erdf_pocidif",
        Priority::High, RecommendationStatus::Declined}}}},
    {19,
     "2016-06-21",
     "Technical textiles prototype ready; no partner for clinical testing.",
     {{{"SME Instrument phase 1 for the antibacterial textile", "eic_accelerator", Priority::High,
        RecommendationStatus::InProgress},
       {"Find a research partner through the European Cluster Collaboration Platform", "eccp",
        Priority::Medium, RecommendationStatus::Done}}}},
};

std::string validFiscalCode(int seed) {
    std::string body = std::to_string(14000000 + seed * 7919);
    for (char check = '0'; check <= '9'; ++check)
        if (parseFiscalCode(body + check))
            return "RO" + body + check;
    return {};
}

Date day(const char* text) {
    return Date::parseOrThrow(text, "demo date");
}
} // namespace

void loadDemoData(Repository& repo) {
    if (!repo.database().isEmpty())
        throw StorageError(
            repo.database().path() +
            ": the database already holds data; load the demo data into a new, empty database");
    WriteTransaction tx(repo.database());
    repo.database().setSetting("organisation_name", "Romanian Cluster Association");

    Person consultant;
    consultant.name = "Daniel Consultant";
    consultant.jobTitle = "Innovation consultant";
    consultant.employerKind = EmployerKind::Consultancy;
    consultant.employerName = "Integrated Cluster Services";
    consultant.staffRole = StaffRole::Consultant;
    consultant.dayRateEur = 600;
    consultant = repo.people().insert(consultant);

    std::vector<Cluster> clusters;
    std::vector<Person> managers;
    for (const auto& seed : kClusters) {
        Cluster c;
        c.name = seed.name;
        c.sector = seed.sector;
        c.region = seed.region;
        c.organisation = seed.organisation;
        c.budgetDays = 20;
        c.budgetEur = 20000;
        c.notes = "Integrated Cluster Services 2016";
        clusters.push_back(repo.clusters().insert(c));

        ExcellenceLabel label;
        label.clusterId = clusters.back().id;
        label.level = seed.label;
        label.awarded = day(seed.awarded);
        label.expires = label.awarded.addMonths(12 * ExcellenceLabel::kValidityYears);
        repo.labels().insert(label);

        Person manager;
        manager.name = std::string("Manager ") + seed.name;
        manager.jobTitle = "Cluster manager";
        manager.employerKind = EmployerKind::Cluster;
        manager.employerClusterId = clusters.back().id;
        manager.staffRole = StaffRole::ClusterManager;
        manager.dayRateEur = 300;
        managers.push_back(repo.people().insert(manager));
    }

    std::vector<Company> companies;
    std::vector<Person> contacts;
    int seedNumber = 1;
    for (const auto& seed : kCompanies) {
        Company c;
        c.name = seed.name;
        c.fiscalCode = parseFiscalCode(validFiscalCode(seedNumber++));
        c.naceCode = seed.nace;
        c.headcount = seed.headcount;
        c.turnoverEur = seed.turnover;
        c.region = kClusters[seed.cluster].region;
        c.city = seed.city;
        companies.push_back(repo.companies().insert(c));

        Membership m;
        m.companyId = companies.back().id;
        m.clusterId = clusters[static_cast<std::size_t>(seed.cluster)].id;
        m.since = day("2015-01-01");
        repo.memberships().insert(m);

        Person p;
        p.name = seed.contact;
        p.jobTitle = "General manager";
        p.employerKind = EmployerKind::Company;
        p.employerCompanyId = companies.back().id;
        p.consentGivenOn = day("2016-03-01");
        p.consentPurpose = "cluster support programme contacts";
        p.consentSource = "seminar registration form";
        contacts.push_back(repo.people().insert(p));
    }

    Seminar seminar;
    seminar.title = "Cluster membership, funding instruments and international best practice";
    seminar.date = day("2016-03-17");
    seminar.place = "București";
    seminar.topics =
        "Benefits of cluster membership; financial and non-financial instruments for SMEs "
        "(Structural Funds, Horizon 2020, SME Instrument, INTERREG, EEN); international best practice";
    seminar.presenters = "Romanian Cluster Association; Integrated Cluster Services";
    for (const auto& c : clusters)
        seminar.clusterIds.push_back(c.id);
    seminar = repo.seminars().insert(seminar);
    auto attend = [&](int company, AttendanceStatus status) {
        Attendance a;
        a.seminarId = seminar.id;
        a.companyId = companies[static_cast<std::size_t>(company)].id;
        a.personId = contacts[static_cast<std::size_t>(company)].id;
        a.status = status;
        repo.attendance().insert(a);
    };
    for (int c : kAttended)
        attend(c, AttendanceStatus::Attended);
    for (int c : kNoShow)
        attend(c, AttendanceStatus::NoShow);

    auto clusterOf = [&](int company) {
        return clusters[static_cast<std::size_t>(kCompanies[company].cluster)];
    };
    auto book = [&](const Person& person, const Cluster& cluster, int phase, const char* date, double days,
                    const char* note) {
        Effort e;
        e.personId = person.id;
        e.clusterId = cluster.id;
        e.phase = phase;
        e.date = day(date);
        e.days = days;
        e.dayRateEur = person.dayRateEur;
        e.note = note;
        repo.effort().insert(e);
    };
    for (std::size_t i = 0; i < clusters.size(); ++i) {
        book(managers[i], clusters[i], 1, "2016-03-10", 2, "seminar invitations and preparation");
        book(consultant, clusters[i], 1, "2016-03-17", 1.5, "seminar presentation");
    }

    std::vector<Visit> visits;
    int followUpNumber = 0;
    for (const auto& seed : kVisits) {
        const Cluster cluster = clusterOf(seed.company);
        const std::size_t clusterIndex = static_cast<std::size_t>(kCompanies[seed.company].cluster);
        Visit v;
        v.companyId = companies[static_cast<std::size_t>(seed.company)].id;
        v.clusterId = cluster.id;
        v.date = day(seed.date);
        v.auditKind = audit_kind::kBusinessReview;
        v.findings = seed.findings;
        v.staffIds = {managers[clusterIndex].id, consultant.id};
        v = repo.visits().insert(v);
        visits.push_back(v);
        book(consultant, cluster, 2, seed.date, 2, "business review and report");
        book(managers[clusterIndex], cluster, 2, seed.date, 1, "company visit");

        std::vector<Recommendation> recommendations;
        for (const auto& r : seed.recommendations) {
            Recommendation rec;
            rec.visitId = v.id;
            rec.text = r.text;
            rec.instrumentCode = r.instrument;
            rec.priority = r.priority;
            rec.status = r.status;
            rec.dueDate = v.date.addMonths(6);
            recommendations.push_back(repo.recommendations().insert(rec));
        }

        // Check-ins 3, 6 and 12 months after the visit; the story says companies rarely report back.
        for (int months : kCheckInMonths) {
            FollowUp f;
            f.companyId = v.companyId;
            f.clusterId = cluster.id;
            f.visitId = v.id;
            f.recommendationId = recommendations.front().id;
            f.title = "Check-in " + std::to_string(months) + " months after the business review";
            f.dueDate = v.date.addMonths(months);
            f.ownerId = managers[clusterIndex].id;
            ++followUpNumber;
            bool answered = followUpNumber % 3 == 1;
            if (f.dueDate.year() == 2016) {
                ContactAttempt first;
                first.date = f.dueDate;
                first.channel = "phone";
                first.answered = answered;
                first.note = answered ? "progress reported" : "no answer";
                if (answered) {
                    f.status = FollowUpStatus::Done;
                    f.completedOn = f.dueDate.addDays(2);
                }
                f = repo.followUps().insert(f);
                first.followUpId = f.id;
                repo.contactAttempts().insert(first);
                if (!answered) {
                    ContactAttempt second = first;
                    second.id.clear();
                    second.date = f.dueDate.addDays(14);
                    second.channel = "email";
                    repo.contactAttempts().insert(second);
                }
            } else {
                repo.followUps().insert(f);
            }
        }
    }

    // Enhanced support: IMP3rove innovation audits for the two textile companies with the most potential.
    const std::pair<int, const char*> audits[] = {{6, "2016-09-13"}, {19, "2016-10-04"}};
    for (const auto& [company, date] : audits) {
        const Cluster cluster = clusterOf(company);
        SupportMeasure m;
        m.clusterId = cluster.id;
        m.kind = measure_kind::kInnovationAudit;
        m.title = "IMP3rove innovation management assessment";
        m.startDate = day(date);
        m.endDate = m.startDate.addDays(30);
        m.status = MeasureStatus::Done;
        m.outcomeNotes =
            "Innovation strategy and enabling factors below the benchmark group; action plan agreed.";
        m.companyIds = {companies[static_cast<std::size_t>(company)].id};
        repo.measures().insert(m);
        book(consultant, cluster, 3, date, 3, "innovation audit");
    }

    PartnershipAgreement agreement;
    agreement.clusterId = clusters[3].id;
    agreement.title = "International commercial partnership of Romanian and Bulgarian textile producers";
    agreement.kind = "commercial";
    agreement.date = day("2016-11-15");
    agreement.parties =
        "Romanian regional association of textile producers; Bulgarian regional association of "
        "textile producers";
    agreement.countries = "RO; BG";
    repo.agreements().insert(agreement);

    FundingApplication application;
    application.clusterId = clusters[3].id;
    application.companyId = companies[19].id;
    application.instrumentCode = "eic_accelerator";
    application.title = "SME Instrument phase 1: antibacterial technical textile";
    application.amountEur = 50000;
    application.status = FundingStatus::Submitted;
    application.submittedOn = day("2016-11-30");
    repo.fundingApplications().insert(application);

    tx.commit();
}

} // namespace clusterdesk

#include "domain/validation.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace clusterdesk;

namespace {
bool hasError(const std::vector<FieldError>& errors, const std::string& field) {
    return std::any_of(errors.begin(), errors.end(), [&](const FieldError& e) { return e.field == field; });
}
} // namespace

TEST_CASE("a company needs a name and valid optional fields", "[validation]") {
    Company c;
    CHECK(hasError(validate(c), "name"));
    c.name = "Agromec SRL";
    CHECK(validate(c).empty());
    c.naceCode = "2830"; // not normalised: storage expects 28.30
    c.email = "office-at-agromec";
    c.headcount = -1;
    auto errors = validate(c);
    CHECK(hasError(errors, "nace_code"));
    CHECK(hasError(errors, "email"));
    CHECK(hasError(errors, "headcount"));
}

TEST_CASE("a seminar needs a date and an organising cluster", "[validation]") {
    Seminar s;
    s.title = "Information seminar";
    auto errors = validate(s);
    CHECK(hasError(errors, "date"));
    CHECK(hasError(errors, "cluster_ids"));
}

TEST_CASE("effort is booked in phase 1 to 3 with positive days", "[validation]") {
    Effort e;
    e.personId = "p";
    e.clusterId = "c";
    e.date = Date(2016, 3, 1);
    e.phase = 4;
    e.days = 0;
    auto errors = validate(e);
    CHECK(hasError(errors, "phase"));
    CHECK(hasError(errors, "days"));
}

TEST_CASE("a decided funding application needs its decision date", "[validation]") {
    FundingApplication f;
    f.clusterId = "c";
    f.instrumentCode = "eic_accelerator";
    f.submittedOn = Date(2016, 5, 1);
    f.status = FundingStatus::Approved;
    CHECK(hasError(validate(f), "decided_on"));
    f.decidedOn = Date(2016, 4, 1);
    CHECK(hasError(validate(f), "decided_on"));
    f.decidedOn = Date(2016, 9, 1);
    CHECK(validate(f).empty());
}

TEST_CASE("a validation error lists every field in its message", "[validation]") {
    ValidationError e(std::vector<FieldError>{{"name", "is required"}, {"email", "is not an email address"}});
    CHECK(std::string(e.what()) == "name: is required; email: is not an email address");
    CHECK(e.errors().size() == 2);
}

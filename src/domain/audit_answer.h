#pragma once

#include "domain/audit_template.h"

#include <optional>
#include <string>
#include <string_view>

namespace clusterdesk {

// Answers are stored as text, one per question: scale "7", yes_no "yes" or "no", number "12.5",
// single_choice the option id, multiple_choice the chosen option ids joined with ";" in template order,
// text as typed. An empty answer means "not answered".

// The stored form of what a user typed, or a ValidationError (field "answer") saying what the question
// accepts. Accepts "da"/"nu", "y"/"n", "true"/"false" for yes_no, a decimal comma for numbers, and
// option labels as well as ids for choices (ids may be separated by ";" or ",").
std::string normaliseAnswer(const Question& question, std::string_view typed);

// What a form shows or prints for a stored answer: "7 - Good", "Yes", "12.5 %", the option labels.
std::string answerDisplay(const Question& question, const std::string& stored);

// The share of the question's points an answer earns, 0..1; nullopt when the question is not scored or
// the answer is empty.
std::optional<double> answerFraction(const Question& question, const std::string& stored);

} // namespace clusterdesk

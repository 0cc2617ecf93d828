#include "domain/audit_answer.h"

#include "domain/error.h"
#include "domain/text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace clusterdesk {

namespace {
std::string formatNumber(double value) {
    char buf[64];
    auto result = std::to_chars(buf, buf + sizeof buf, value);
    return std::string(buf, result.ptr);
}

std::optional<double> parseNumber(std::string text) {
    std::replace(text.begin(), text.end(), ',', '.');
    double value = 0;
    auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc{} || result.ptr != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<int> parseInteger(const std::string& text) {
    int value = 0;
    auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc{} || result.ptr != text.data() + text.size())
        return std::nullopt;
    return value;
}

[[noreturn]] void refuse(const std::string& message) {
    throw ValidationError("answer", message);
}

std::string optionIds(const Question& q) {
    std::string ids;
    for (const auto& o : q.options)
        ids += (ids.empty() ? "" : ", ") + o.id;
    return ids;
}

const ChoiceOption* findOption(const Question& q, const std::string& typed) {
    if (const auto* o = q.option(typed))
        return o;
    auto folded = foldDiacritics(typed);
    for (const auto& o : q.options)
        if (foldDiacritics(o.label) == folded)
            return &o;
    return nullptr;
}

std::vector<std::string> splitIds(const std::string& text) {
    std::vector<std::string> parts;
    std::string current;
    for (char c : text + ";") {
        if (c == ';' || c == ',') {
            if (auto part = trim(current); !part.empty())
                parts.push_back(part);
            current.clear();
        } else {
            current += c;
        }
    }
    return parts;
}

std::string rangeText(const Question& q) {
    std::string unit = q.unit.empty() ? "" : " " + q.unit;
    if (q.rangeMin && q.rangeMax)
        return "between " + formatNumber(*q.rangeMin) + " and " + formatNumber(*q.rangeMax) + unit;
    if (q.rangeMin)
        return "at least " + formatNumber(*q.rangeMin) + unit;
    return "at most " + formatNumber(*q.rangeMax) + unit;
}
} // namespace

std::string normaliseAnswer(const Question& q, std::string_view typedText) {
    std::string typed = trim(typedText);
    if (typed.empty())
        return {};
    switch (q.type) {
    case QuestionType::Scale: {
        auto value = parseInteger(typed);
        if (!value || *value < q.scaleMin || *value > q.scaleMax)
            refuse("answer with a whole number from " + std::to_string(q.scaleMin) + " to " +
                   std::to_string(q.scaleMax));
        return std::to_string(*value);
    }
    case QuestionType::YesNo: {
        static const std::set<std::string> yes{"yes", "y", "da", "true", "1"};
        static const std::set<std::string> no{"no", "n", "nu", "false", "0"};
        auto folded = foldDiacritics(typed);
        if (yes.contains(folded))
            return "yes";
        if (no.contains(folded))
            return "no";
        refuse("answer yes or no");
    }
    case QuestionType::Number: {
        auto value = parseNumber(typed);
        if (!value)
            refuse("'" + typed + "' is not a number");
        if ((q.rangeMin && *value < *q.rangeMin) || (q.rangeMax && *value > *q.rangeMax))
            refuse("the answer must be " + rangeText(q));
        return formatNumber(*value);
    }
    case QuestionType::SingleChoice: {
        const auto* option = findOption(q, typed);
        if (!option)
            refuse("'" + typed + "' is not one of the options (" + optionIds(q) + ")");
        return option->id;
    }
    case QuestionType::MultipleChoice: {
        std::set<std::string> chosen;
        for (const auto& part : splitIds(typed)) {
            const auto* option = findOption(q, part);
            if (!option)
                refuse("'" + part + "' is not one of the options (" + optionIds(q) + ")");
            chosen.insert(option->id);
        }
        std::string stored;
        for (const auto& o : q.options)
            if (chosen.contains(o.id))
                stored += (stored.empty() ? "" : ";") + o.id;
        return stored;
    }
    case QuestionType::Text:
        return typed;
    }
    return typed;
}

std::string answerDisplay(const Question& q, const std::string& stored) {
    if (stored.empty())
        return {};
    switch (q.type) {
    case QuestionType::Scale: {
        auto label = q.stepLabel(parseInteger(stored).value_or(q.scaleMin - 1));
        return label.empty() ? stored : stored + " - " + label;
    }
    case QuestionType::YesNo:
        return stored == "yes" ? "Yes" : "No";
    case QuestionType::Number:
        return q.unit.empty() ? stored : stored + " " + q.unit;
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice: {
        std::string labels;
        for (const auto& id : splitIds(stored)) {
            const auto* option = q.option(id);
            labels += (labels.empty() ? "" : "; ") + (option ? option->label : id);
        }
        return labels;
    }
    case QuestionType::Text:
        return stored;
    }
    return stored;
}

std::optional<double> answerFraction(const Question& q, const std::string& stored) {
    if (stored.empty() || !q.isScored())
        return std::nullopt;
    switch (q.type) {
    case QuestionType::Scale: {
        auto value = parseInteger(stored);
        if (!value)
            return std::nullopt;
        double f = static_cast<double>(*value - q.scaleMin) / (q.scaleMax - q.scaleMin);
        return std::clamp(f, 0.0, 1.0);
    }
    case QuestionType::YesNo:
        return (stored == "yes") == q.yesIsGood ? 1.0 : 0.0;
    case QuestionType::Number: {
        auto value = parseNumber(stored);
        if (!value)
            return std::nullopt;
        double f = std::clamp((*value - *q.rangeMin) / (*q.rangeMax - *q.rangeMin), 0.0, 1.0);
        return q.higherIsBetter ? f : 1.0 - f;
    }
    case QuestionType::SingleChoice: {
        double best = 0;
        for (const auto& o : q.options)
            best = std::max(best, o.score);
        const auto* option = q.option(stored);
        return option ? option->score / best : 0.0;
    }
    case QuestionType::MultipleChoice: {
        // Choosing every option that earns points earns all the question's points.
        double total = 0;
        for (const auto& o : q.options)
            total += o.score;
        double earned = 0;
        for (const auto& id : splitIds(stored))
            if (const auto* option = q.option(id))
                earned += option->score;
        return std::clamp(earned / total, 0.0, 1.0);
    }
    case QuestionType::Text:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace clusterdesk

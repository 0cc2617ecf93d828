#pragma once

#include "reports/report_sections.h"

#include <nlohmann/json.hpp>
#include <string>

namespace clusterdesk {

// For data files (CSV): plain numbers with '.' decimals and no grouping, a ratio as a fraction, an
// absent figure as an empty field.
std::string plainFigure(const nlohmann::json& value, FigureKind kind);

// For readers (HTML, PDF): grouped thousands, a ratio as a percentage, an absent figure as a dash.
std::string printedFigure(const nlohmann::json& value, FigureKind kind);

// A number with at most `decimals` decimals, trailing zeros dropped: 3.5, 1200, 0.3333.
std::string trimmedNumber(double value, int decimals);

} // namespace clusterdesk

#pragma once

#include <string>
#include <vector>

namespace clusterdesk {

struct FigureDefinition {
    std::string term;
    std::string definition;
};

// What each figure of the output summary counts, in the words printed at the end of the PDF. Kept
// beside the queries' rules (storage/report_figure_queries.cpp): change both together.
const std::vector<FigureDefinition>& figureDefinitions();

} // namespace clusterdesk

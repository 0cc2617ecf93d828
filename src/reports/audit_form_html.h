#pragma once

#include "domain/audit_template.h"
#include "reports/audit_printout.h"
#include "reports/radar_chart.h"

#include <QString>

namespace clusterdesk {

// Where the completed form's HTML wants the radar chart; the PDF writer puts the chart there.
inline constexpr const char* kRadarMarker = "[[radar-chart]]";

// A form to fill in by hand: every question with boxes to tick or lines to write on, notes per section.
QString blankFormHtml(const AuditTemplate& form);

// A filled-in form: who and when, the results table (with similar companies when there are enough),
// the radar chart marker, the template's suggestions and every answer with the section notes.
QString completedFormHtml(const AuditPrintout& printout);

// The sections that have a percentage, with the company's and (when shown) the peers' values.
RadarChartData radarData(const AuditPrintout& printout);

} // namespace clusterdesk

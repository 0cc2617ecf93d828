#pragma once

#include "domain/audit_template.h"
#include "reports/audit_printout.h"

#include <string>

namespace clusterdesk {

// PDF printouts of audit forms, A4, in DejaVu Sans so Romanian letters (ă â î ș ț) print. They paint
// with Qt's text layout and QPainter: a QGuiApplication must exist. Throw StorageError when the file
// cannot be written.
void writeBlankFormPdf(const AuditTemplate& form, const std::string& path);
void writeAuditPdf(const AuditPrintout& printout, const std::string& path);

} // namespace clusterdesk

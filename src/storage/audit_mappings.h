#pragma once

#include "domain/audit.h"
#include "storage/entity_mapping.h"

namespace clusterdesk {

template <> const EntityMapping<StoredTemplate>& mappingOf<StoredTemplate>();
template <> const EntityMapping<Audit>& mappingOf<Audit>();
template <> const EntityMapping<AuditAnswer>& mappingOf<AuditAnswer>();
template <> const EntityMapping<AuditSectionNote>& mappingOf<AuditSectionNote>();

// The audit tables' schemas, for code that walks every entity table (the offline exchange).
std::vector<const TableSchema*> auditTableSchemas();

} // namespace clusterdesk

#pragma once

namespace clusterdesk {

class Repository;

// Replays the seed story of the Romanian Cluster Association's "Integrated Cluster Services" (2016):
// four clusters with their labels and budgets, staff, fictional member companies, one information
// seminar attended by 18 SMEs, 5 business reviews with recommendations, 2 innovation audits, a RO-BG
// partnership agreement, effort, and follow-ups of which some are overdue or went unanswered.
// One transaction. Throws StorageError when the database already holds data.
void loadDemoData(Repository& repo);

} // namespace clusterdesk

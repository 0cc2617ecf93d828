#include "reports/figure_definitions.h"

namespace clusterdesk {

const std::vector<FigureDefinition>& figureDefinitions() {
    static const std::vector<FigureDefinition> all = {
        {"Period", "A record belongs to a period when it is dated on or after the first day and on or before "
                   "the last day. Deleted records never count, nor do records of a deleted company, seminar, "
                   "visit, cluster or person."},
        {"Information seminars", "Seminars dated in the period that the cluster organised. In the totals a "
                                 "seminar organised by several clusters counts once."},
        {"Companies / people that attended",
         "Distinct companies, and distinct named people, recorded as attended (not merely registered or "
         "absent) at those seminars. A company at two seminars counts once. At a seminar several clusters "
         "organised, each cluster counts its own members and the companies that belong to none of them."},
        {"Company visits", "Visits for the cluster dated in the period."},
        {"Audits by kind", "Technology audits and business reviews are visits of that kind; innovation and "
                           "eco-innovation audits are support measures of that kind starting in the period."},
        {"Recommendations", "Recommendations made at the visits counted above, by the instrument or service "
                            "they point to (\"No instrument\" when none) and by their current status."},
        {"Enhanced support measures", "Support measures (phase 3) of the cluster starting in the period, by "
                                      "kind."},
        {"Expert days and cost",
         "Expert days booked for the cluster and dated in the period; cost is days "
         "times the day rate recorded with them. Budgets are the cluster's budget for "
         "the support programme."},
        {"Partnership agreements", "Agreements of the cluster signed in the period."},
        {"Funding applications", "Applications submitted in the period, by their current status, and the "
                                 "amount requested."},
        {"Certifications", "Certifications awarded to companies in the period with the cluster's support."},
        {"Follow-ups",
         "Follow-ups due in the period: open, done, and overdue (still open after their due date, "
         "judged on the day after the period or today if that is earlier)."},
        {"Response rate", "Contact attempts of the period, on the cluster's follow-ups, that the company "
                          "answered, over all those attempts. Shown as a dash when nobody was contacted."},
        {"Funnel", "Companies at each stage by the end of the period, counting all records up to that day: "
                   "informed = attended a seminar of the cluster, was visited or is in a support measure; "
                   "visited = was visited or is in a support measure; enhanced = is in a support measure. "
                   "Conversion is each stage over the one before. In the totals a company counts once, at "
                   "the furthest stage it reached in any cluster."},
        {"Excellence label",
         "The cluster-management excellence label (bronze, silver, gold) valid on the last "
         "day of the period, the highest when several are valid, with its expiry date."},
        {"Outputs by quarter (chart)",
         "Companies that attended a seminar, visits, audits of every kind and "
         "support measures in each of the four quarters up to the one the period "
         "ends in."},
        {"Budget burn (chart)",
         "Expert days and cost booked since 1 January, added up month by month, as a share "
         "of the budget; the dashed line is an even pace that reaches the budget on 31 "
         "December."},
        {"Previous quarter, year to date", "The same figures for the quarter before the one the period "
                                           "starts in, and from 1 January to the last day of the period."},
    };
    return all;
}

} // namespace clusterdesk

#!/usr/bin/env bash
# Regenerates the audit screenshots of the user guide (docs/screenshots/audit*.png): the demo data with a
# business review filled in at each visit (four completed, one draft), then the app's --screenshot tour
# offscreen. Needs build/src/cli/clusterdesk-cli and build/ui/clusterdesk.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=build/src/cli/clusterdesk-cli
app=build/ui/clusterdesk
out=${1:-docs/screenshots}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.sqlite"
"$cli" --db "$db" demo >/dev/null

scales=(pl_goals bk_reports fp_cashflow fp_financing sm_customers sm_competitors pm_materials pe_skills
        pe_turnover op_equipment op_quality op_efficiency pu_suppliers pu_stock cs_satisfaction)
yes_no=(pl_plan pl_vision bk_uptodate bk_software fp_budget fp_innovation_budget sm_plan sm_key_customer
        pm_website pm_fairs pe_training op_certified pu_alternatives cs_complaints cs_after_sales)
# The draft stops after these, leaving required questions of "Promotion" and later sections open.
draft_scales=(pl_goals bk_reports fp_cashflow fp_financing sm_customers sm_competitors pm_materials)
draft_yes_no=(pl_plan pl_vision bk_uptodate bk_software fp_budget fp_innovation_budget sm_plan sm_key_customer)

level=0
"$cli" --db "$db" list visits --format csv | tail -n +2 | while IFS=, read -r visit _ company _; do
  audit=$("$cli" --db "$db" audit start --template business_review --visit "$visit" | awk '{print $NF}')
  level=$((level + 1))
  if [[ "$company" == Țesătoria* ]]; then
    for q in "${draft_scales[@]}"; do "$cli" --db "$db" audit answer "$audit" "$q" $((1 + (level + ${#q}) % 3)) >/dev/null; done
    for q in "${draft_yes_no[@]}"; do "$cli" --db "$db" audit answer "$audit" "$q" $([ $((${#q} % 3)) -eq 0 ] && echo yes || echo no) >/dev/null; done
    "$cli" --db "$db" audit note "$audit" planning "Owner plans a new knitting line for 2017; no written plan yet." >/dev/null
    continue
  fi
  for q in "${scales[@]}"; do "$cli" --db "$db" audit answer "$audit" "$q" $((2 + (level + ${#q}) % 4)) >/dev/null; done
  for q in "${yes_no[@]}"; do "$cli" --db "$db" audit answer "$audit" "$q" $([ $(((level + ${#q}) % 3)) -ne 0 ] && echo yes || echo no) >/dev/null; done
  "$cli" --db "$db" audit answer "$audit" strengths "Skilled staff and loyal customers." >/dev/null
  "$cli" --db "$db" audit answer "$audit" weaknesses "No written marketing plan." >/dev/null
  "$cli" --db "$db" audit complete "$audit" >/dev/null
done

XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" QT_QPA_PLATFORM=offscreen \
  "$app" --db "$db" --screenshot "$work/shots" 2>/dev/null
mkdir -p "$out"
cp "$work"/shots/audit*.png "$out"/
echo "audit screenshots written to $out"

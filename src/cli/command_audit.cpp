#include "cli/command.h"
#include "cli/command_helpers.h"
#include "domain/audit_answer.h"
#include "reports/audit_form_pdf.h"
#include "reports/audit_printout.h"
#include "storage/audit_store.h"
#include "storage/database.h"

#include <cstdio>
#include <ostream>

namespace clusterdesk::cli {

namespace {
std::string percent(std::optional<double> value) {
    if (!value)
        return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f %%", *value);
    return buf;
}

std::string rest(const Arguments& args, std::size_t from) {
    std::string text;
    for (std::size_t i = from; i < args.positional().size(); ++i)
        text += (text.empty() ? "" : " ") + args.positional()[i];
    return text;
}

PeerGroup peerGroup(const Arguments& args) {
    std::string code = args.value("--peers").value_or("cluster");
    if (auto group = fromCode<PeerGroup>(code))
        return *group;
    throw UsageError("--peers must be one of " + allCodes<PeerGroup>() + ", not '" + code + "'");
}

int start(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(1);
    NewAudit request;
    request.templateId = args.value("--template").value_or("");
    if (request.templateId.empty())
        throw UsageError("say which form with --template ID ('template list' shows them)");
    if (auto version = args.value("--version"))
        request.templateVersion = parseCount(*version, "--version");
    request.visitId = args.value("--visit").value_or("");
    request.measureId = args.value("--measure").value_or("");
    request.companyId = args.value("--company").value_or("");
    auto db = context.openDatabase();
    Audit audit = AuditStore(*db).start(request);
    context.out << audit.id << "\n";
    return kExitOk;
}

int answer(Context& context, const Arguments& args) {
    const std::string& id = args.required(1, "the audit id");
    const std::string& question = args.required(2, "the question id");
    auto db = context.openDatabase();
    std::string stored = AuditStore(*db).saveAnswer(id, question, rest(args, 3));
    context.out << question << ": " << (stored.empty() ? "cleared" : stored) << "\n";
    return kExitOk;
}

int note(Context& context, const Arguments& args) {
    const std::string& id = args.required(1, "the audit id");
    const std::string& section = args.required(2, "the section id");
    auto db = context.openDatabase();
    AuditStore(*db).saveNote(id, section, rest(args, 3));
    context.out << "note saved for section " << section << "\n";
    return kExitOk;
}

int complete(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(2);
    auto db = context.openDatabase();
    Audit audit = AuditStore(*db).complete(args.required(1, "the audit id"));
    context.out << "audit " << audit.id << " completed and locked; overall " << percent(audit.overallPercent)
                << "\n";
    return kExitOk;
}

int reopen(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(2);
    auto reason = args.value("--reason");
    if (!reason)
        throw UsageError("say why the audit is reopened with --reason TEXT");
    auto db = context.openDatabase();
    Audit audit = AuditStore(*db).reopen(args.required(1, "the audit id"), *reason);
    context.out << "audit " << audit.id << " is a draft again\n";
    return kExitOk;
}

int list(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(1);
    auto db = context.openDatabase();
    AuditStore store(*db);
    std::vector<Audit> audits;
    if (auto company = args.value("--company"))
        audits = store.ofCompany(*company);
    else if (auto visit = args.value("--visit"))
        audits = store.ofVisit(*visit);
    else if (auto measure = args.value("--measure"))
        audits = store.ofMeasure(*measure);
    else
        throw UsageError("choose the audits with --company ID, --visit ID or --measure ID");
    context.out << padded("ID", 38) << padded("FORM", 28) << padded("STATUS", 11) << "OVERALL\n";
    for (const auto& a : audits)
        context.out << padded(a.id, 38) << padded(a.templateId + "@" + std::to_string(a.templateVersion), 28)
                    << padded(toCode(a.status), 11) << percent(a.overallPercent) << "\n";
    return kExitOk;
}

int show(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(2);
    auto db = context.openDatabase();
    PeerGroup group = peerGroup(args);
    AuditPrintout p = loadPrintout(*db, args.required(1, "the audit id"), group);
    const AuditForm& f = p.form;
    auto& out = context.out;
    out << "Audit     " << f.audit.id << "\n"
        << "Form      " << f.form.title << " (" << f.form.id << ", version " << f.form.version << ")\n"
        << "Company   " << p.companyName << "\n"
        << "During    " << p.context << "\n"
        << "Status    "
        << (f.audit.status == AuditStatus::Completed ? "completed on " + f.audit.completedAt
                                                     : std::string("draft (results are provisional)"))
        << "\n"
        << "Answered  " << f.score.answered << " of " << f.score.questions << " questions\n\n";

    const bool peers = p.peers && p.peers->shown();
    out << padded("SECTION", 42) << padded("SCORE", 10) << (peers ? padded("PEERS", 10) : "") << "ANSWERED\n";
    for (const auto& s : f.score.sections) {
        out << padded(s.title, 42) << padded(percent(s.percent), 10);
        if (peers) {
            auto it = p.peers->sections.find(s.sectionId);
            out << padded(it == p.peers->sections.end() ? "-" : percent(it->second), 10);
        }
        out << s.answered << "/" << s.questions << "\n";
    }
    out << padded("Overall", 42) << padded(percent(f.score.overall), 10)
        << (peers ? padded(percent(p.peers->overall), 10) : "") << "\n\n";
    if (p.peers)
        out << "Peers (" << peerGroupLabel(group) << "): " << p.peers->companies << " companies"
            << (peers ? "\n" : "; at least 3 are needed for a comparison\n");

    if (!f.score.missingRequired.empty()) {
        out << "\nRequired questions not answered:\n";
        for (const auto& id : f.score.missingRequired)
            out << "  " << id << ": " << f.form.question(id)->text << "\n";
    }
    if (!f.suggestions.empty()) {
        out << "\nSuggested recommendations:\n";
        for (const auto& s : f.suggestions)
            out << "  - " << (s.rule.instrumentCode.empty() ? s.rule.measureKind : s.rule.instrumentCode)
                << ": " << s.rule.text << " (" << s.sectionTitle << " " << percent(s.sectionPercent)
                << ", below " << percent(s.rule.below) << ")\n";
    }
    if (args.flag("--answers")) {
        for (const auto& section : f.form.sections) {
            out << "\n" << section.title << "\n";
            for (const auto& q : section.questions) {
                auto it = f.answers.find(q.id);
                out << "  " << padded(q.id, 18)
                    << (it == f.answers.end() ? "-" : answerDisplay(q, it->second)) << "\n";
            }
            if (auto n = f.notes.find(section.id); n != f.notes.end())
                out << "  notes: " << n->second << "\n";
        }
    }
    return kExitOk;
}

int print(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(2);
    auto output = args.value("-o");
    if (!output)
        throw UsageError("say where to write the PDF with -o FILE.pdf");
    auto db = context.openDatabase();
    AuditPrintout printout = loadPrintout(*db, args.required(1, "the audit id"), peerGroup(args));
    writeAuditPdf(printout, *output);
    context.out << "wrote the audit of " << printout.companyName << " to " << *output << "\n";
    return kExitOk;
}
} // namespace

int runAudit(Context& context) {
    Arguments args(
        context.words,
        {"-o", "--template", "--version", "--visit", "--measure", "--company", "--reason", "--peers"},
        {"--answers"});
    const std::string& action =
        args.required(0, "what to do: start, answer, note, complete, reopen, list, show or print");
    if (action == "start")
        return start(context, args);
    if (action == "answer")
        return answer(context, args);
    if (action == "note")
        return note(context, args);
    if (action == "complete")
        return complete(context, args);
    if (action == "reopen")
        return reopen(context, args);
    if (action == "list")
        return list(context, args);
    if (action == "show")
        return show(context, args);
    if (action == "print")
        return print(context, args);
    throw UsageError("unknown audit action '" + action +
                     "' (start, answer, note, complete, reopen, list, show or print)");
}

} // namespace clusterdesk::cli

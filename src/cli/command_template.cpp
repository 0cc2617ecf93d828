#include "cli/command.h"
#include "cli/command_helpers.h"
#include "domain/audit_template.h"
#include "reports/audit_form_pdf.h"
#include "storage/database.h"
#include "storage/template_store.h"

#include <ostream>

namespace clusterdesk::cli {

namespace {
int validate(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(2);
    const std::string& file = args.required(1, "the template file (FILE.json)");
    std::string text = readTextFile(file);
    auto db = context.openDatabase();
    auto errors = TemplateStore(*db).check(text);
    if (!errors.empty()) {
        for (const auto& e : errors)
            context.out << e.field << ": " << e.message << "\n";
        context.err << file << ": not a valid audit template (" << errors.size()
                    << (errors.size() == 1 ? " problem" : " problems") << ")\n";
        return kExitInvalidInput;
    }
    AuditTemplate form = parseTemplate(text);
    std::size_t questions = 0;
    for (const auto& s : form.sections)
        questions += s.questions.size();
    context.out << file << ": valid template " << form.id << " version " << form.version << " ("
                << form.sections.size() << " sections, " << questions << " questions)\n";
    return kExitOk;
}

int import(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(2);
    const std::string& file = args.required(1, "the template file (FILE.json)");
    std::string text = readTextFile(file);
    auto db = context.openDatabase();
    auto result = TemplateStore(*db).import(text);
    if (result.added)
        context.out << "imported template " << result.stored.templateId << " version "
                    << result.stored.version << ": " << result.stored.title << "\n";
    else
        context.out << "template " << result.stored.templateId << " version " << result.stored.version
                    << " is already stored with the same content; nothing changed\n";
    return kExitOk;
}

int list(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(1);
    auto db = context.openDatabase();
    context.out << padded("ID", 26) << padded("VERSION", 9) << padded("KIND", 24) << padded("ORIGIN", 10)
                << "TITLE\n";
    for (const auto& t : TemplateStore(*db).all())
        context.out << padded(t.templateId, 26) << padded(std::to_string(t.version), 9) << padded(t.kind, 24)
                    << padded(t.origin, 10) << t.title << "\n";
    return kExitOk;
}

int print(Context& context, const Arguments& args) {
    args.expectPositionalAtMost(2);
    const std::string& id = args.required(1, "the template id");
    auto output = args.value("-o");
    if (!output)
        throw UsageError("say where to write the PDF with -o FILE.pdf");
    auto db = context.openDatabase();
    TemplateStore store(*db);
    std::optional<StoredTemplate> stored;
    if (auto version = args.value("--version"))
        stored = store.find(id, parseCount(*version, "--version"));
    else
        stored = store.latest(id);
    if (!stored)
        throw NotFoundError("there is no audit template '" + id + "'; 'template list' shows them");
    writeBlankFormPdf(store.form(stored->templateId, stored->version), *output);
    context.out << "wrote the blank form " << stored->templateId << " version " << stored->version << " to "
                << *output << "\n";
    return kExitOk;
}
} // namespace

int runTemplate(Context& context) {
    Arguments args(context.words, {"-o", "--version"}, {});
    const std::string& action = args.required(0, "what to do: validate, import, list or print");
    if (action == "validate")
        return validate(context, args);
    if (action == "import")
        return import(context, args);
    if (action == "list")
        return list(context, args);
    if (action == "print")
        return print(context, args);
    throw UsageError("unknown template action '" + action + "' (validate, import, list or print)");
}

} // namespace clusterdesk::cli

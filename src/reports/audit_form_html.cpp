// The printed audit forms as Qt rich text (the HTML subset QTextDocument lays out). Qt's CSS support is
// limited: tables carry the layout, and styles stay to colours, sizes and margins.
#include "reports/audit_form_html.h"

#include "domain/audit_answer.h"

#include <QStringList>

namespace clusterdesk {

namespace {
const QString kBox = QStringLiteral("\u2610");
const QString kCircle = QStringLiteral("\u25CB");
const QString kDash = QStringLiteral("\u2014");

QString esc(const std::string& text) {
    return QString::fromStdString(text).toHtmlEscaped().replace("\n", "<br/>");
}

QString percent(double value) {
    return QString::number(value, 'f', 1) + QStringLiteral("\u00A0%");
}

QString number(double value) {
    return QString::number(value, 'g', 10);
}

// Lines to write on by hand; length in characters fits the answer column (44) or the page (88).
QString writingLines(int count, int length = 44) {
    QStringList lines;
    for (int i = 0; i < count; ++i)
        lines << QString(length, QChar('_'));
    return "<span style=\"color:#9a9a9a;\">" + lines.join("<br/>") + "</span>";
}

QString questionCell(const QString& number, const Question& q) {
    QString html =
        "<td width=\"6%\" valign=\"top\">" + number + "</td><td width=\"44%\" valign=\"top\">" + esc(q.text);
    if (q.required)
        html += "&nbsp;<b>*</b>";
    if (!q.help.empty())
        html += "<br/><span style=\"font-size:8pt; color:#555555;\">" + esc(q.help) + "</span>";
    return html + "</td>";
}

QString scaleLegend(const Question& q) {
    QStringList legend;
    for (int v = q.scaleMin; v <= q.scaleMax; ++v)
        if (auto label = q.stepLabel(v); !label.empty())
            legend << QString::number(v) + "&nbsp;" + esc(label);
    return "<span style=\"font-size:7.5pt; color:#555555;\">" + legend.join(" &middot; ") + "</span>";
}

// The scale legend a whole section shares, when all its scale questions have the same steps and labels:
// printed once under the heading instead of under every question.
const Question* sharedScale(const Section& section) {
    const Question* first = nullptr;
    int scales = 0;
    for (const auto& q : section.questions) {
        if (q.type != QuestionType::Scale)
            continue;
        ++scales;
        if (!first)
            first = &q;
        else if (q.scaleMin != first->scaleMin || q.scaleMax != first->scaleMax ||
                 q.stepLabels != first->stepLabels)
            return nullptr;
    }
    return scales >= 2 ? first : nullptr;
}

QString blankAnswer(const Question& q, bool withLegend) {
    switch (q.type) {
    case QuestionType::Scale: {
        // Long scales (0..10) break in two even rows rather than leaving the last box alone.
        const int steps = q.scaleMax - q.scaleMin + 1;
        const int perRow = steps > 7 ? (steps + 1) / 2 : steps;
        QString boxes;
        for (int v = q.scaleMin; v <= q.scaleMax; ++v) {
            int index = v - q.scaleMin;
            if (index > 0)
                boxes += index % perRow == 0 ? "<br/>" : "&nbsp;&nbsp; ";
            boxes += kBox + "&nbsp;" + QString::number(v);
        }
        return boxes + (withLegend ? "<br/>" + scaleLegend(q) : QString());
    }
    case QuestionType::YesNo:
        return kBox + "&nbsp;Yes&nbsp;&nbsp;&nbsp;&nbsp;" + kBox + "&nbsp;No";
    case QuestionType::Number: {
        QString html = QString(18, QChar('_')) + "&nbsp;" + esc(q.unit);
        if (q.rangeMin && q.rangeMax)
            html += "&nbsp;&nbsp;<span style=\"color:#555555;\">(" + number(*q.rangeMin) + " to " +
                    number(*q.rangeMax) + ")</span>";
        else if (q.rangeMin)
            html +=
                "&nbsp;&nbsp;<span style=\"color:#555555;\">(at least " + number(*q.rangeMin) + ")</span>";
        else if (q.rangeMax)
            html += "&nbsp;&nbsp;<span style=\"color:#555555;\">(at most " + number(*q.rangeMax) + ")</span>";
        return html;
    }
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice: {
        const QString& mark = q.type == QuestionType::SingleChoice ? kCircle : kBox;
        QStringList options;
        for (const auto& o : q.options)
            options << mark + "&nbsp;" + esc(o.label);
        QString hint = q.type == QuestionType::SingleChoice ? "one answer" : "tick all that apply";
        return options.join("<br/>") + "<br/><span style=\"font-size:7.5pt; color:#555555;\">(" + hint +
               ")</span>";
    }
    case QuestionType::Text:
        return writingLines(3);
    }
    return {};
}

QString sectionHeading(std::size_t index, const Section& section, const QString& extra = {}) {
    QString html = "<h2 style=\"font-size:12pt; margin-top:14px; margin-bottom:4px;\">" +
                   QString::number(index + 1) + ". " + esc(section.title) + extra + "</h2>";
    if (!section.description.empty())
        html += "<p style=\"color:#444444; margin-top:0px;\">" + esc(section.description) + "</p>";
    return html;
}

const char* kTable = "<table width=\"100%\" border=\"0.5\" cellspacing=\"0\" cellpadding=\"4\" "
                     "style=\"border-style:solid; border-color:#b0b0b0;\">";

QString header(const AuditTemplate& form) {
    QString html = "<h1 style=\"font-size:17pt; margin-bottom:2px;\">" + esc(form.title) + "</h1>";
    html += "<p style=\"color:#555555; margin-top:0px;\">Template " + esc(form.id) + ", version " +
            QString::number(form.version) + "</p>";
    if (!form.description.empty())
        html += "<p>" + esc(form.description) + "</p>";
    return html;
}
} // namespace

QString blankFormHtml(const AuditTemplate& form) {
    QString html = "<html><body>" + header(form);
    html += QString(kTable) +
            "<tr><td width=\"50%\">Company:<br/><br/></td><td>Date:<br/><br/></td></tr>"
            "<tr><td>Consultant:<br/><br/></td><td>Visit or support measure:<br/><br/></td></tr>"
            "</table>";
    html +=
        "<p style=\"font-size:8pt; color:#555555;\">Questions marked <b>*</b> must be answered before the "
        "audit can be completed.</p>";
    for (std::size_t s = 0; s < form.sections.size(); ++s) {
        const Section& section = form.sections[s];
        html += sectionHeading(s, section);
        const Question* shared = sharedScale(section);
        if (shared)
            html += "<p style=\"margin-top:0px; margin-bottom:3px;\">" + scaleLegend(*shared) + "</p>";
        html += kTable;
        for (std::size_t q = 0; q < section.questions.size(); ++q) {
            const Question& question = section.questions[q];
            html += "<tr>" + questionCell(QString("%1.%2").arg(s + 1).arg(q + 1), question) +
                    "<td width=\"50%\" valign=\"top\">" + blankAnswer(question, !shared) + "</td></tr>";
        }
        html += "</table><p style=\"margin-top:6px;\">Notes:<br/>" + writingLines(2, 88) + "</p>";
    }
    return html + "</body></html>";
}

QString completedFormHtml(const AuditPrintout& printout) {
    const AuditForm& f = printout.form;
    const AuditTemplate& form = f.form;
    const bool completed = f.audit.status == AuditStatus::Completed;
    QString html = "<html><body>" + header(form);
    html += QString(kTable) + "<tr><td width=\"22%\"><b>Company</b></td><td>" + esc(printout.companyName) +
            "</td></tr><tr><td><b>Done during</b></td><td>" + esc(printout.context) +
            "</td></tr><tr><td><b>Status</b></td><td>" +
            (completed ? "Completed on " + esc(f.audit.completedAt.substr(0, 10))
                       : QString("Draft: the results are provisional")) +
            "</td></tr><tr><td><b>Answered</b></td><td>" + QString::number(f.score.answered) + " of " +
            QString::number(f.score.questions) + " questions</td></tr></table>";

    // Results with the peer comparison beside them.
    const PeerComparison* peers = printout.peers ? &*printout.peers : nullptr;
    const bool showPeers = peers && peers->shown();
    html += "<h2 style=\"font-size:13pt; margin-top:14px;\">Results</h2>" + QString(kTable) +
            "<tr><th align=\"left\">Section</th><th align=\"right\">Score</th>";
    if (showPeers)
        html += "<th align=\"right\">Similar companies</th>";
    html += "<th align=\"right\">Answered</th></tr>";
    for (const auto& s : f.score.sections) {
        html += "<tr><td>" + esc(s.title) + "</td><td align=\"right\">" +
                (s.percent ? percent(*s.percent) : kDash) + "</td>";
        if (showPeers) {
            auto it = peers->sections.find(s.sectionId);
            html += "<td align=\"right\">" + (it != peers->sections.end() ? percent(it->second) : kDash) +
                    "</td>";
        }
        html += "<td align=\"right\">" + QString::number(s.answered) + "/" + QString::number(s.questions) +
                "</td></tr>";
    }
    html += "<tr><td><b>Overall</b></td><td align=\"right\"><b>" +
            (f.score.overall ? percent(*f.score.overall) : kDash) + "</b></td>";
    if (showPeers)
        html += "<td align=\"right\"><b>" + (peers->overall ? percent(*peers->overall) : kDash) + "</b></td>";
    html += "<td></td></tr></table>";
    if (peers) {
        QString group = esc(peerGroupLabel(peers->group));
        if (showPeers)
            html += "<p style=\"font-size:8pt; color:#555555;\">Similar companies: the average of the latest "
                    "completed audit with this form of " +
                    QString::number(peers->companies) + " companies of the " + group + ".</p>";
        else
            html += "<p style=\"font-size:8pt; color:#555555;\">No comparison with similar companies (" +
                    group + "): " + QString::number(peers->companies) +
                    " completed audits with this form, at least 3 are needed.</p>";
    }
    html += "<p align=\"center\">" + QString(kRadarMarker) + "</p>";

    if (!f.suggestions.empty()) {
        html += "<h2 style=\"font-size:13pt;\">Suggested recommendations</h2><ul>";
        for (const auto& s : f.suggestions) {
            QString code = esc(s.rule.instrumentCode.empty() ? s.rule.measureKind : s.rule.instrumentCode);
            html += "<li>" + esc(s.rule.text) + " <span style=\"color:#555555;\">(" + esc(s.sectionTitle) +
                    " " + percent(s.sectionPercent) + ", below " + percent(s.rule.below) + "; " + code +
                    ")</span></li>";
        }
        html += "</ul>";
    }

    html += "<h2 style=\"font-size:13pt; margin-top:14px;\">Answers</h2>";
    for (std::size_t s = 0; s < form.sections.size(); ++s) {
        const Section& section = form.sections[s];
        const SectionScore* score = f.score.section(section.id);
        html +=
            sectionHeading(s, section, score && score->percent ? ": " + percent(*score->percent) : QString());
        html += kTable;
        for (std::size_t q = 0; q < section.questions.size(); ++q) {
            const Question& question = section.questions[q];
            auto it = f.answers.find(question.id);
            QString answer;
            if (it != f.answers.end())
                answer = esc(answerDisplay(question, it->second));
            else if (question.required)
                answer = "<span style=\"color:#b00000;\">not answered (required)</span>";
            else
                answer = "<span style=\"color:#777777;\">" + kDash + "</span>";
            html += "<tr>" + questionCell(QString("%1.%2").arg(s + 1).arg(q + 1), question) +
                    "<td width=\"50%\" valign=\"top\">" + answer + "</td></tr>";
        }
        html += "</table>";
        if (auto note = f.notes.find(section.id); note != f.notes.end())
            html += "<p style=\"margin-top:6px;\"><b>Notes:</b> " + esc(note->second) + "</p>";
    }
    return html + "</body></html>";
}

RadarChartData radarData(const AuditPrintout& printout) {
    RadarChartData data;
    RadarSeries company{
        QString::fromStdString(printout.companyName.empty() ? "This company" : printout.companyName),
        {},
        QColor(31, 94, 168),
        false};
    RadarSeries peers{"Similar companies (" +
                          QString::fromStdString(
                              peerGroupLabel(printout.peers ? printout.peers->group : PeerGroup::Cluster)) +
                          ", " + QString::number(printout.peers ? printout.peers->companies : 0) + ")",
                      {},
                      QColor(200, 90, 20),
                      true};
    const bool showPeers = printout.peers && printout.peers->shown();
    for (const auto& s : printout.form.score.sections) {
        if (!s.percent)
            continue;
        data.axes << QString::fromStdString(s.title);
        company.values.push_back(*s.percent);
        if (showPeers) {
            auto it = printout.peers->sections.find(s.sectionId);
            peers.values.push_back(it != printout.peers->sections.end() ? it->second : 0);
        }
    }
    data.series.push_back(std::move(company));
    if (showPeers)
        data.series.push_back(std::move(peers));
    return data;
}

} // namespace clusterdesk

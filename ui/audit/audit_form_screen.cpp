#include "audit/audit_form_screen.h"

#include "app/app_settings.h"
#include "app/session.h"
#include "audit/answer_inputs.h"
#include "audit/audit_results_view.h"
#include "audit/pdf_job.h"
#include "audit/question_editor.h"
#include "audit/reopen_dialog.h"
#include "audit/section_delegate.h"
#include "audit/section_list_model.h"
#include "audit/section_page.h"
#include "reports/audit_form_pdf.h"
#include "reports/audit_printout.h"
#include "reports/report_fonts.h"
#include "widgets/error_dialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <map>
#include <set>

namespace clusterdesk::ui {

namespace {
QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

// Characters file systems refuse, replaced in suggested file names.
QString fileNameOf(QString name) {
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    for (QChar& c : name)
        if (bad.contains(c))
            c = QLatin1Char('-');
    return name.simplified();
}
} // namespace

AuditFormScreen::AuditFormScreen(Session& session, const QString& auditId, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_id(auditId)
    , m_store(session.database())
    , m_title(new QLabel(this))
    , m_context(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_printBlank(new QPushButton(tr("Print &Blank Form…"), this))
    , m_print(new QPushButton(tr("&Print with Results…"), this))
    , m_complete(new QPushButton(tr("&Complete"), this))
    , m_reopen(new QPushButton(tr("&Reopen…"), this))
    , m_tabs(new QTabWidget(this))
    , m_sections(new SectionListModel(this))
    , m_sectionList(new QListView(this))
    , m_pageStack(new QStackedWidget(this))
    , m_results(nullptr) {
    m_form = m_store.load(auditId.toStdString());
    m_row = AuditListQuery(session.database()).row(auditId.toStdString());
    m_results = new AuditResultsView(session, m_store, this);
    build();
    load();
}

AuditFormScreen::~AuditFormScreen() {
    // Whatever is still being typed is kept.
    flush();
}

bool AuditFormScreen::isCompleted() const {
    return m_form.audit.status == AuditStatus::Completed;
}

void AuditFormScreen::build() {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_context->setWordWrap(true);
    m_context->setForegroundRole(QPalette::PlaceholderText);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setMargin(6);
    m_banner->hide();
    m_printBlank->setToolTip(tr("A form to fill in by hand, for visits where paper is easier"));
    m_print->setToolTip(tr("The answers, results, radar chart and suggestions, for the company"));
    m_complete->setToolTip(tr("Check the required answers and lock the form"));
    m_reopen->setToolTip(tr("Unlock the completed form to change answers; asks for a reason"));
    m_complete->setDefault(false);
    m_complete->setAutoDefault(false);

    auto* heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(m_title);
    heading->addWidget(m_context);
    auto* top = new QHBoxLayout;
    top->addLayout(heading, 1);
    for (QPushButton* button : {m_printBlank, m_print, m_complete, m_reopen})
        top->addWidget(button, 0, Qt::AlignTop);

    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(8);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progressText);
    progressRow->addWidget(m_progress, 1);

    m_sectionList->setModel(m_sections);
    m_sectionList->setItemDelegate(new SectionDelegate(m_sectionList));
    m_sectionList->setMinimumWidth(250);
    m_sectionList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sectionList->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    const auto& sections = m_form.form.sections;
    for (std::size_t i = 0; i < sections.size(); ++i) {
        auto* page = new SectionPage(sections[i], static_cast<int>(i) + 1, i == 0, i + 1 == sections.size());
        m_pages.push_back(page);
        m_pageStack->addWidget(page);
        connect(page, &SectionPage::answered, this, &AuditFormScreen::saveAnswer);
        connect(page, &SectionPage::noteEdited, this, &AuditFormScreen::saveNote);
        connect(page, &SectionPage::previousRequested, this,
                [this, i] { showSection(static_cast<int>(i) - 1); });
        connect(page, &SectionPage::nextRequested, this, [this, i] { showSection(static_cast<int>(i) + 1); });
    }

    auto* formPage = new QSplitter(Qt::Horizontal);
    formPage->addWidget(m_sectionList);
    formPage->addWidget(m_pageStack);
    formPage->setStretchFactor(0, 0);
    formPage->setStretchFactor(1, 1);
    formPage->setSizes({260, 900});
    formPage->setChildrenCollapsible(false);
    m_tabs->addTab(formPage, tr("&Form"));
    m_tabs->addTab(m_results, tr("Res&ults"));
    m_tabs->setDocumentMode(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addLayout(progressRow);
    layout->addWidget(m_tabs, 1);

    m_sections->setScore(m_form.score);
    connect(m_sectionList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    m_pageStack->setCurrentIndex(current.row());
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { flush(); });
    connect(m_complete, &QPushButton::clicked, this, &AuditFormScreen::complete);
    connect(m_reopen, &QPushButton::clicked, this, &AuditFormScreen::askReopen);
    connect(m_printBlank, &QPushButton::clicked, this, &AuditFormScreen::askPrintBlank);
    connect(m_print, &QPushButton::clicked, this, &AuditFormScreen::askPrintCompleted);
    connect(m_banner, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("question:")))
            showQuestion(link.mid(9));
        else
            QDesktopServices::openUrl(QUrl(link));
    });
    auto shortcut = [this](QKeySequence keys, int step) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, [this, step] { showSection(currentSection() + step); });
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), 1);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), -1);
    showSection(0);
}

void AuditFormScreen::load() {
    const AuditTemplate& form = m_form.form;
    m_title->setText(m_row ? tr("%1 – %2").arg(qs(form.title), qs(m_row->company)) : qs(form.title));
    QString context;
    if (m_row && !m_row->visitId.empty())
        context = tr("Company visit on %1 (%2)").arg(qs(m_row->date), qs(m_row->kindName));
    else if (m_row)
        context = tr("Support measure “%1”, from %2").arg(qs(m_row->measureName), qs(m_row->date));
    if (m_row && !m_row->clusterName.empty())
        context += QStringLiteral(" · ") + qs(m_row->clusterName);
    context += QStringLiteral(" · ") + tr("form version %1").arg(form.version);
    m_context->setText(context);

    for (std::size_t s = 0; s < form.sections.size(); ++s) {
        SectionPage* page = m_pages[s];
        for (QuestionEditor* editor : page->questions()) {
            auto it = m_form.answers.find(editor->questionId().toStdString());
            editor->setStored(it == m_form.answers.end() ? QString() : qs(it->second));
            editor->setError({});
        }
        auto note = m_form.notes.find(form.sections[s].id);
        page->setNote(note == m_form.notes.end() ? QString() : qs(note->second));
    }
    if (m_row)
        m_results->setAudit(*m_row);
    rescore();
    applyStatus();
}

void AuditFormScreen::applyStatus() {
    const bool completed = isCompleted();
    for (SectionPage* page : m_pages)
        page->setReadOnly(completed);
    m_complete->setVisible(!completed);
    m_reopen->setVisible(completed);
    if (completed)
        showBanner(tr("Completed on %1. The form is locked; use “Reopen…” to change answers.")
                       .arg(qs(m_form.audit.completedAt.substr(0, 10))),
                   QStringLiteral("done"));
    else if (!m_form.audit.reopenReason.empty())
        showBanner(tr("Reopened: %1").arg(qs(m_form.audit.reopenReason).toHtmlEscaped()),
                   QStringLiteral("info"));
    else
        m_banner->hide();
}

void AuditFormScreen::showBanner(const QString& html, const QString& kind) {
    static const std::map<QString, QString> styles = {
        {QStringLiteral("info"), QStringLiteral("background:#e8f0fb; color:#1b3a5c; border-radius:3px;")},
        {QStringLiteral("done"), QStringLiteral("background:#e6f4e7; color:#1d4d21; border-radius:3px;")},
        {QStringLiteral("error"), QStringLiteral("background:#fbeaea; color:#7a1a14; border-radius:3px;")},
    };
    auto it = styles.find(kind);
    m_banner->setStyleSheet(it == styles.end() ? QString() : it->second);
    m_banner->setText(html);
    m_banner->show();
}

void AuditFormScreen::rescore() {
    m_form.score = scoreAudit(m_form.form, m_form.answers);
    m_form.suggestions = suggestRecommendations(m_form.form, m_form.score);
    m_sections->setScore(m_form.score);
    m_progress->setRange(0, std::max(1, m_form.score.questions));
    m_progress->setValue(m_form.score.answered);
    QString format = tr("%1 of %2 questions answered").arg(m_form.score.answered).arg(m_form.score.questions);
    if (!m_form.score.missingRequired.empty())
        format += QStringLiteral(" · ") + tr("%n required not answered yet", nullptr,
                                             static_cast<int>(m_form.score.missingRequired.size()));
    if (m_form.score.overall)
        format += QStringLiteral(" · ") + (isCompleted() ? tr("score %1 %") : tr("score so far %1 %"))
                                              .arg(*m_form.score.overall, 0, 'f', 0);
    m_progressText->setText(format);
    m_results->setForm(m_form);
}

void AuditFormScreen::announce() {
    m_session.announce({RecordRef{QStringLiteral("audit"), m_id}});
}

void AuditFormScreen::saveAnswer(const QString& questionId, const QString& typed) {
    QuestionEditor* target = editor(questionId);
    try {
        std::string stored =
            m_store.saveAnswer(m_id.toStdString(), questionId.toStdString(), typed.toStdString());
        if (stored.empty())
            m_form.answers.erase(questionId.toStdString());
        else
            m_form.answers[questionId.toStdString()] = stored;
        if (target) {
            target->setError({});
            target->setStored(qs(stored));
        }
    } catch (const ValidationError& e) {
        QString message = e.errors().empty() ? QString::fromUtf8(e.what()) : qs(e.errors().front().message);
        if (target)
            target->setError(tr("Not saved: %1").arg(message));
        return;
    } catch (const std::exception& e) {
        if (target)
            target->setError(tr("Not saved: %1").arg(QString::fromUtf8(e.what())));
        return;
    }
    rescore();
    announce();
}

void AuditFormScreen::saveNote(const QString& sectionId, const QString& text) {
    try {
        m_store.saveNote(m_id.toStdString(), sectionId.toStdString(), text.toStdString());
        m_form.notes[sectionId.toStdString()] = text.trimmed().toStdString();
    } catch (const std::exception& e) {
        showBanner(tr("The note was not saved: %1").arg(QString::fromUtf8(e.what()).toHtmlEscaped()),
                   QStringLiteral("error"));
        return;
    }
    announce();
}

void AuditFormScreen::flush() {
    if (isCompleted())
        return;
    for (SectionPage* page : m_pages)
        page->flush();
}

bool AuditFormScreen::complete() {
    flush();
    try {
        m_store.complete(m_id.toStdString());
    } catch (const ValidationError& e) {
        std::set<QString> missing;
        for (const auto& error : e.errors())
            if (m_form.form.question(error.field))
                missing.insert(qs(error.field));
        if (missing.empty()) {
            showError(this, tr("The audit was not completed"), e);
            return false;
        }
        // Grouped by section, each question a link to it: "Promotion (5.1, 5.3); Personnel (6.1, 6.2)".
        QStringList sections;
        QString first;
        for (std::size_t s = 0; s < m_pages.size(); ++s) {
            QStringList links;
            for (QuestionEditor* editor : m_pages[s]->questions())
                if (missing.contains(editor->questionId())) {
                    editor->setMark(QuestionEditor::Mark::Flagged);
                    const Question* q = m_form.form.question(editor->questionId().toStdString());
                    links << QStringLiteral("<a href=\"question:%1\" title=\"%2\">%3</a>")
                                 .arg(editor->questionId(), qs(q->text).toHtmlEscaped(), editor->number());
                    if (first.isEmpty())
                        first = editor->questionId();
                }
            if (!links.isEmpty())
                sections << QStringLiteral("%1 (%2)").arg(qs(m_form.form.sections[s].title).toHtmlEscaped(),
                                                          links.join(QStringLiteral(", ")));
        }
        const int n = static_cast<int>(missing.size());
        QString what =
            n == 1 ? tr("<b>Not completed:</b> 1 required question is not answered yet: %1")
                   : tr("<b>Not completed:</b> %n required questions are not answered yet: %1", nullptr, n);
        showBanner(what.arg(sections.join(QStringLiteral("; "))), QStringLiteral("error"));
        m_tabs->setCurrentIndex(0);
        showQuestion(first);
        return false;
    } catch (const std::exception& e) {
        showError(this, tr("The audit was not completed"), e);
        return false;
    }
    m_form = m_store.load(m_id.toStdString());
    load();
    announce();
    return true;
}

void AuditFormScreen::askReopen() {
    ReopenDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        reopen(dialog.reason());
}

bool AuditFormScreen::reopen(const QString& reason) {
    try {
        m_store.reopen(m_id.toStdString(), reason.toStdString());
    } catch (const std::exception& e) {
        showError(this, tr("The audit was not reopened"), e);
        return false;
    }
    m_form = m_store.load(m_id.toStdString());
    load();
    announce();
    return true;
}

int AuditFormScreen::currentSection() const {
    return m_pageStack->currentIndex();
}

void AuditFormScreen::showSection(int index) {
    if (index < 0 || index >= static_cast<int>(m_pages.size()))
        return;
    m_sectionList->setCurrentIndex(m_sections->index(index));
    m_pageStack->setCurrentIndex(index);
}

QuestionEditor* AuditFormScreen::editor(const QString& questionId) const {
    for (SectionPage* page : m_pages)
        if (QuestionEditor* editor = page->question(questionId))
            return editor;
    return nullptr;
}

void AuditFormScreen::showQuestion(const QString& questionId) {
    for (std::size_t s = 0; s < m_pages.size(); ++s)
        if (QuestionEditor* editor = m_pages[s]->question(questionId)) {
            m_tabs->setCurrentIndex(0);
            showSection(static_cast<int>(s));
            m_pages[s]->showQuestion(editor);
            editor->input()->setFocus();
            return;
        }
}

QString AuditFormScreen::askPdfPath(const QString& title, const QString& suggestedName) {
    auto settings = appSettings();
    QString folder = settings->value(QStringLiteral("audits/pdfFolder")).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(
        this, title, folder + QLatin1Char('/') + fileNameOf(suggestedName), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    settings->setValue(QStringLiteral("audits/pdfFolder"), QFileInfo(path).absolutePath());
    return path;
}

void AuditFormScreen::askPrintBlank() {
    QString path = askPdfPath(tr("Print Blank Form to PDF"), tr("%1 - blank.pdf").arg(qs(m_form.form.title)));
    if (!path.isEmpty())
        printBlank(path);
}

void AuditFormScreen::askPrintCompleted() {
    QString company = m_row ? qs(m_row->company) : QString();
    QString path = askPdfPath(tr("Print Audit with Results to PDF"),
                              tr("%1 - %2.pdf").arg(qs(m_form.form.title), company));
    if (!path.isEmpty())
        printCompleted(path);
}

void AuditFormScreen::printBlank(const QString& path) {
    AuditTemplate form = m_form.form;
    runPdf(path, [form, file = path.toStdString()] { writeBlankFormPdf(form, file); });
}

void AuditFormScreen::printCompleted(const QString& path) {
    flush();
    AuditPrintout printout;
    try {
        printout = loadPrintout(m_session.database(), m_id.toStdString(), m_results->peerGroup());
    } catch (const std::exception& e) {
        emit printFinished(path, QString::fromUtf8(e.what()));
        showError(this, tr("The PDF was not written"), e);
        return;
    }
    runPdf(path, [printout, file = path.toStdString()] { writeAuditPdf(printout, file); });
}

void AuditFormScreen::runPdf(const QString& path, std::function<void()> work) {
    if (m_printing)
        return;
    m_printing = true;
    m_printBlank->setEnabled(false);
    m_print->setEnabled(false);
    showBanner(tr("Writing %1…").arg(QDir::toNativeSeparators(path).toHtmlEscaped()), QStringLiteral("info"));
    // The font is looked up (and registered when needed) here, on the GUI thread, before the work starts.
    ensureReportFonts();
    PdfJob* job = PdfJob::start(this, std::move(work));
    connect(job, &PdfJob::finished, this, [this, path](const QString& error) {
        m_printing = false;
        m_printBlank->setEnabled(true);
        m_print->setEnabled(true);
        if (error.isEmpty())
            showBanner(tr("PDF written: <a href=\"%1\">%2</a>")
                           .arg(QUrl::fromLocalFile(path).toString(),
                                QDir::toNativeSeparators(path).toHtmlEscaped()),
                       QStringLiteral("done"));
        else
            showBanner(tr("The PDF was not written: %1").arg(error.toHtmlEscaped()), QStringLiteral("error"));
        emit printFinished(path, error);
    });
}

} // namespace clusterdesk::ui

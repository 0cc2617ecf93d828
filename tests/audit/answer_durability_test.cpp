// A consultant's laptop may lose power or the program may crash mid-form: every answer given before must
// still be there. These tests kill a child process that is saving answers (no destructors, no cleanup)
// and reopen the database in the parent.
#include "audit_fixtures.h"
#include "storage/write_transaction.h"
#include "support/temp_database.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using namespace clusterdesk;

namespace {
int waitForChild(pid_t child) {
    int status = 0;
    waitpid(child, &status, 0);
    return status;
}

void writeAll(int fd, const std::string& text) {
    if (write(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size()))
        _exit(5);
}

// Creates the database with one draft audit, in a child process of its own: the parent must not carry
// an open SQLite connection, nor a seeded UUID generator, across fork() (a forked child would repeat
// the parent's next ids).
std::string prepareAudit(const std::string& path) {
    int channel[2];
    REQUIRE(pipe(channel) == 0);
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        try {
            Database db(path);
            test::AuditWorld w(db);
            std::string cluster = w.cluster("Indagro Vest");
            std::string company = w.company("Mecanica Agricola SRL", "28.30", 35, cluster);
            std::string visit = w.visit(company, cluster, "business_review");
            w.audits.templates().import(test::testDataFile("templates/every-type.json"));
            writeAll(channel[1], w.audits.start({"every_type", 0, visit, {}, {}}).id);
        } catch (...) {
            _exit(3);
        }
        _exit(0);
    }
    close(channel[1]);
    std::string auditId;
    char buf[64];
    for (ssize_t n; (n = read(channel[0], buf, sizeof buf)) > 0;)
        auditId.append(buf, static_cast<std::size_t>(n));
    close(channel[0]);
    int status = waitForChild(child);
    REQUIRE(WIFEXITED(status));
    REQUIRE(WEXITSTATUS(status) == 0);
    REQUIRE(auditId.size() == 36);
    return auditId;
}
} // namespace

TEST_CASE("a form reopened after the process was killed holds every answer given before",
          "[audit][durability]") {
    test::TempDir dir;
    const std::string path = dir.file("audit.clusterdesk");
    const std::string auditId = prepareAudit(path);

    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        try {
            Database db(path);
            AuditStore audits(db);
            audits.saveAnswer(auditId, "s1", "7");
            audits.saveAnswer(auditId, "y1", "yes");
            audits.saveAnswer(auditId, "n1", "12,5");
            audits.saveAnswer(auditId, "c2", "fairs, patents");
            audits.saveNote(auditId, "figures", "From the 2025 balance sheet");
            // The answer being typed when the power goes: its write has begun but is not committed.
            WriteTransaction typing(db);
            audits.saveAnswer(auditId, "t1", "Skilled weav");
            raise(SIGKILL);
        } catch (...) {
            _exit(3);
        }
        _exit(4);
    }
    int status = waitForChild(child);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    Database db(path);
    CHECK(db.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");
    AuditStore audits(db);
    AuditForm form = audits.load(auditId);
    CHECK(form.audit.status == AuditStatus::Draft);
    CHECK(form.answers.size() == 4);
    CHECK(form.answers["s1"] == "7");
    CHECK(form.answers["y1"] == "yes");
    CHECK(form.answers["n1"] == "12.5");
    CHECK(form.answers["c2"] == "fairs;patents");
    CHECK_FALSE(form.answers.contains("t1"));
    CHECK(form.notes["figures"] == "From the 2025 balance sheet");

    // The draft is resumed where it was left.
    audits.saveAnswer(auditId, "c1", "adhoc");
    audits.saveAnswer(auditId, "t1", "Skilled weavers");
    CHECK(audits.complete(auditId).status == AuditStatus::Completed);
}

TEST_CASE("killing the process at any moment loses no answer it had confirmed", "[audit][durability]") {
    test::TempDir dir;
    const std::string path = dir.file("audit.clusterdesk");
    const std::string auditId = prepareAudit(path);

    int acknowledgements[2];
    REQUIRE(pipe(acknowledgements) == 0);
    pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(acknowledgements[0]);
        try {
            Database db(path);
            AuditStore audits(db);
            // Answers keep coming, as fast as the disk allows; each is confirmed once saveAnswer returns.
            for (int i = 0;; ++i) {
                audits.saveAnswer(auditId, "t2", "draft " + std::to_string(i));
                audits.saveAnswer(auditId, "n3", std::to_string(i));
                writeAll(acknowledgements[1], std::to_string(i) + "\n");
            }
        } catch (...) {
            _exit(3);
        }
    }
    close(acknowledgements[1]);
    // Kill the writer at an arbitrary point after it has confirmed a few answers.
    std::string received;
    char buf[64];
    int lines = 0;
    while (lines < 25) {
        ssize_t n = read(acknowledgements[0], buf, sizeof buf);
        REQUIRE(n > 0);
        for (ssize_t i = 0; i < n; ++i) {
            received += buf[i];
            lines += buf[i] == '\n';
        }
    }
    kill(child, SIGKILL);
    int status = waitForChild(child);
    REQUIRE(WIFSIGNALED(status));
    // Confirmations written before the kill that were not read yet.
    for (ssize_t n; (n = read(acknowledgements[0], buf, sizeof buf)) > 0;)
        received.append(buf, static_cast<std::size_t>(n));
    close(acknowledgements[0]);

    auto lastLineStart = received.rfind('\n', received.size() - 2);
    int confirmed = std::stoi(received.substr(lastLineStart == std::string::npos ? 0 : lastLineStart + 1));

    Database db(path);
    CHECK(db.sql().execAndGet("PRAGMA integrity_check").getString() == "ok");
    AuditStore audits(db);
    AuditForm form = audits.load(auditId);
    // The last confirmed answer, or one given after it that was written before the kill.
    int stored = std::stoi(form.answers.at("n3"));
    CHECK(stored >= confirmed);
    CHECK(stored <= confirmed + 1);
    std::string draft = form.answers.at("t2");
    CHECK((draft == "draft " + std::to_string(stored) || draft == "draft " + std::to_string(stored + 1)));
}

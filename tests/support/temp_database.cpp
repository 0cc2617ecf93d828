#include "support/temp_database.h"

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

namespace clusterdesk::test {

TempDir::TempDir() {
    std::random_device rd;
    auto base = std::filesystem::temp_directory_path();
    do {
        m_path = base / ("clusterdesk-test-" + std::to_string(rd()));
    } while (!std::filesystem::create_directory(m_path));
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

TempDatabase::TempDatabase()
    : m_db(std::make_unique<Database>(path())) {
    configure();
}

void TempDatabase::reopen() {
    m_db.reset();
    m_db = std::make_unique<Database>(path());
    configure();
}

void TempDatabase::configure() {
    m_db->setActor("tester");
    m_db->setClock([this] {
        int t = m_tick++;
        char buf[32];
        std::snprintf(buf, sizeof buf, "2026-01-01T%02d:%02d:%02dZ", t / 3600 % 24, t / 60 % 60, t % 60);
        return std::string(buf);
    });
}

std::string testDataPath(const std::string& name) {
    return std::string(CLUSTERDESK_TEST_DATA) + "/" + name;
}

std::string testDataFile(const std::string& name) {
    std::ifstream in(testDataPath(name), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace clusterdesk::test

#pragma once

#include "storage/database.h"

#include <filesystem>
#include <string>

namespace clusterdesk::test {

// A fresh directory under the system's temporary folder, removed with everything in it at the end.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

// A database file in its own temporary directory, with a fixed actor and a clock that ticks one second
// per call so change-log order is repeatable.
class TempDatabase {
public:
    TempDatabase();
    Database& db() { return *m_db; }
    std::string path() const { return m_dir.file("test.clusterdesk"); }
    const TempDir& dir() const { return m_dir; }
    // Closes and opens the file again, as a restarted program would.
    void reopen();

private:
    void configure();
    TempDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_tick = 0;
};

// The text of a file under tests/data.
std::string testDataFile(const std::string& name);
std::string testDataPath(const std::string& name);

} // namespace clusterdesk::test

#pragma once

#include "domain/error.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace clusterdesk::cli {

// Wrong usage of the command line: exit code 1.
class UsageError : public Error {
public:
    using Error::Error;
};

// The words after the command name: options ("--cluster NAME", "--dry-run") anywhere, the rest
// positional. Each command says which options it knows; anything else is a UsageError.
class Arguments {
public:
    Arguments(std::vector<std::string> words, std::vector<std::string> valueOptions,
              std::vector<std::string> flagOptions, std::vector<std::string> repeatableOptions = {});

    std::optional<std::string> value(const std::string& option) const;
    std::vector<std::string> values(const std::string& option) const;
    bool flag(const std::string& option) const;
    const std::vector<std::string>& positional() const { return m_positional; }
    // The n-th positional word, or a UsageError saying what was expected there.
    const std::string& required(std::size_t n, const std::string& what) const;
    void expectPositionalAtMost(std::size_t n) const;

private:
    std::map<std::string, std::vector<std::string>> m_values;
    std::vector<std::string> m_flags;
    std::vector<std::string> m_positional;
};

} // namespace clusterdesk::cli

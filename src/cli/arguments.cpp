#include "cli/arguments.h"

#include <algorithm>

namespace clusterdesk::cli {

namespace {
bool contains(const std::vector<std::string>& list, const std::string& word) {
    return std::find(list.begin(), list.end(), word) != list.end();
}
} // namespace

Arguments::Arguments(std::vector<std::string> words, std::vector<std::string> valueOptions,
                     std::vector<std::string> flagOptions, std::vector<std::string> repeatableOptions) {
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string word = words[i];
        std::optional<std::string> inlineValue;
        if (word.starts_with("--") && word.find('=') != std::string::npos) {
            inlineValue = word.substr(word.find('=') + 1);
            word = word.substr(0, word.find('='));
        }
        if (contains(valueOptions, word) || contains(repeatableOptions, word)) {
            if (!inlineValue && i + 1 >= words.size())
                throw UsageError(word + " needs a value");
            std::string value = inlineValue ? *inlineValue : words[++i];
            if (!contains(repeatableOptions, word) && m_values.contains(word))
                throw UsageError(word + " is given twice");
            m_values[word].push_back(value);
        } else if (contains(flagOptions, word)) {
            m_flags.push_back(word);
        } else if (word.starts_with("-") && word.size() > 1) {
            throw UsageError("unknown option " + word);
        } else {
            m_positional.push_back(word);
        }
    }
}

std::optional<std::string> Arguments::value(const std::string& option) const {
    auto it = m_values.find(option);
    if (it == m_values.end())
        return std::nullopt;
    return it->second.front();
}

std::vector<std::string> Arguments::values(const std::string& option) const {
    auto it = m_values.find(option);
    return it == m_values.end() ? std::vector<std::string>{} : it->second;
}

bool Arguments::flag(const std::string& option) const {
    return contains(m_flags, option);
}

const std::string& Arguments::required(std::size_t n, const std::string& what) const {
    if (n >= m_positional.size())
        throw UsageError("missing " + what);
    return m_positional[n];
}

void Arguments::expectPositionalAtMost(std::size_t n) const {
    if (m_positional.size() > n)
        throw UsageError("unexpected argument '" + m_positional[n] + "'");
}

} // namespace clusterdesk::cli

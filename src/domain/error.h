#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace clusterdesk {

// One error style for the whole core: typed exceptions. Storage and parsers throw them; only the
// front ends (CLI, desktop) decide how to show them.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A value a user typed or a file held is not acceptable. Nothing was written.
struct FieldError {
    std::string field;
    std::string message;
};

class ValidationError : public Error {
public:
    explicit ValidationError(std::vector<FieldError> errors);
    ValidationError(std::string field, std::string message);
    const std::vector<FieldError>& errors() const { return m_errors; }

private:
    std::vector<FieldError> m_errors;
};

// A file (CSV, template, package) is malformed; where says file and line.
class InputError : public Error {
public:
    using Error::Error;
};

// A record that should exist does not (or is deleted).
class NotFoundError : public Error {
public:
    using Error::Error;
};

// The database or a file could not be read or written.
class StorageError : public Error {
public:
    using Error::Error;
};

// The database was written by a newer ClusterDesk.
class SchemaTooNewError : public StorageError {
public:
    using StorageError::StorageError;
};

} // namespace clusterdesk

#pragma once

#include "domain/date.h"
#include "domain/error.h"

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <string>
#include <vector>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace clusterdesk::ui {

// Reading typed values out of form widgets. Each reader that can fail adds a FieldError for its field to
// problems, worded like the domain's messages, so the form shows it under the field.
class FieldReader {
    Q_DECLARE_TR_FUNCTIONS(FieldReader)

public:
    std::string text(const QLineEdit* edit) const;
    std::string text(const QPlainTextEdit* edit) const;
    std::string code(const QComboBox* combo) const; // the item's data, as text
    std::optional<Date> date(const QLineEdit* edit, const std::string& field);
    Date requiredDate(const QLineEdit* edit, const std::string& field);
    std::optional<double> number(const QLineEdit* edit, const std::string& field);
    std::optional<int> integer(const QLineEdit* edit, const std::string& field);

    void add(const std::string& field, const std::string& message) { m_problems.push_back({field, message}); }
    // The reading problems, then the domain's, without a second message for a field that could not be read.
    std::vector<FieldError> merged(const std::vector<FieldError>& domainProblems) const;

private:
    std::vector<FieldError> m_problems;
};

QString toText(const std::optional<Date>& date);
QString toText(const Date& date);
QString toText(const std::optional<double>& number);
QString toText(const std::optional<int>& number);
void selectCode(QComboBox* combo, const std::string& code);

} // namespace clusterdesk::ui

#include "domain/catalogue.h"

namespace clusterdesk::ui {

// Fills a combo with catalogue entries (data: the code), optionally after an empty choice.
void fillCombo(QComboBox* combo, const std::vector<CatalogueEntry>& entries, const QString& emptyChoice = {});
// NUTS 2 regions as "RO42 – Vest", after "(not given)".
void fillRegionCombo(QComboBox* combo, const std::vector<CatalogueEntry>& regions);

} // namespace clusterdesk::ui

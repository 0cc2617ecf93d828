#include "widgets/field_values.h"

#include <QComboBox>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <algorithm>

namespace clusterdesk::ui {

std::string FieldReader::text(const QLineEdit* edit) const {
    return edit->text().trimmed().toStdString();
}

std::string FieldReader::text(const QPlainTextEdit* edit) const {
    return edit->toPlainText().trimmed().toStdString();
}

std::string FieldReader::code(const QComboBox* combo) const {
    return combo->currentData().toString().toStdString();
}

std::optional<Date> FieldReader::date(const QLineEdit* edit, const std::string& field) {
    std::string value = text(edit);
    if (value.empty())
        return std::nullopt;
    auto parsed = Date::parse(value);
    if (!parsed)
        add(field,
            tr("'%1' is not a date; write it as YYYY-MM-DD").arg(edit->text().trimmed()).toStdString());
    return parsed;
}

Date FieldReader::requiredDate(const QLineEdit* edit, const std::string& field) {
    return date(edit, field).value_or(Date{});
}

std::optional<double> FieldReader::number(const QLineEdit* edit, const std::string& field) {
    QString value = edit->text().trimmed();
    if (value.isEmpty())
        return std::nullopt;
    // People write 1 234,5 as often as 1234.5.
    QString plain = value;
    plain.remove(QLatin1Char(' '));
    plain.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    double number = plain.toDouble(&ok);
    if (!ok) {
        add(field, tr("'%1' is not a number").arg(value).toStdString());
        return std::nullopt;
    }
    return number;
}

std::optional<int> FieldReader::integer(const QLineEdit* edit, const std::string& field) {
    QString value = edit->text().trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    int number = value.toInt(&ok);
    if (!ok) {
        add(field, tr("'%1' is not a whole number").arg(value).toStdString());
        return std::nullopt;
    }
    return number;
}

std::vector<FieldError> FieldReader::merged(const std::vector<FieldError>& domainProblems) const {
    std::vector<FieldError> all = m_problems;
    for (const auto& p : domainProblems) {
        bool alreadyShown = std::any_of(m_problems.begin(), m_problems.end(),
                                        [&](const FieldError& mine) { return mine.field == p.field; });
        if (!alreadyShown)
            all.push_back(p);
    }
    return all;
}

QString toText(const std::optional<Date>& date) {
    return date ? toText(*date) : QString();
}

QString toText(const Date& date) {
    return date.isValid() ? QString::fromStdString(date.toString()) : QString();
}

QString toText(const std::optional<double>& number) {
    return number ? QString::number(*number, 'f', *number == static_cast<long long>(*number) ? 0 : 2)
                  : QString();
}

QString toText(const std::optional<int>& number) {
    return number ? QString::number(*number) : QString();
}

void selectCode(QComboBox* combo, const std::string& code) {
    int index = combo->findData(QString::fromStdString(code));
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace clusterdesk::ui

namespace clusterdesk::ui {

void fillCombo(QComboBox* combo, const std::vector<CatalogueEntry>& entries, const QString& emptyChoice) {
    QString current = combo->currentData().toString();
    combo->clear();
    if (!emptyChoice.isNull())
        combo->addItem(emptyChoice, QString());
    for (const auto& e : entries)
        combo->addItem(QString::fromStdString(e.name), QString::fromStdString(e.code));
    int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void fillRegionCombo(QComboBox* combo, const std::vector<CatalogueEntry>& regions) {
    std::vector<CatalogueEntry> named;
    for (const auto& r : regions)
        named.push_back({r.code, r.code + " – " + r.name});
    fillCombo(combo, named, FieldReader::tr("(not given)"));
}

} // namespace clusterdesk::ui

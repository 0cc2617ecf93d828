#pragma once

#include "domain/date.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;

namespace clusterdesk::ui {

// The period of a report: a quarter, a calendar year or any range of days. Only the fields of the kind
// chosen are shown. Emits periodChanged when the user (or a set* call) changes the period.
class PeriodPicker : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Quarter, Year, Dates };

    explicit PeriodPicker(QWidget* parent = nullptr);

    // The quarters offered: from the one `today` is in back to the one `earliest` is in (at least four).
    void fillQuarters(const Date& today, const Date& earliest);

    Kind kind() const;
    Period period() const;
    bool isValid() const; // false when the range ends before it starts

    void setQuarter(const Period& quarter);
    void setYear(int year);
    void setDates(const Date& from, const Date& to);

    QComboBox* kindBox() const { return m_kind; }
    QComboBox* quarterBox() const { return m_quarter; }
    QSpinBox* yearBox() const { return m_year; }
    QDateEdit* fromEdit() const { return m_from; }
    QDateEdit* toEdit() const { return m_to; }

signals:
    void periodChanged();

private:
    void setKind(Kind kind);
    void showFieldsOfKind();
    Period periodOf(Kind kind) const;

    QComboBox* m_kind;
    QComboBox* m_quarter;
    QSpinBox* m_year;
    QDateEdit* m_from;
    QLabel* m_dash;
    QDateEdit* m_to;
    Kind m_shownKind = Kind::Quarter;
};

} // namespace clusterdesk::ui

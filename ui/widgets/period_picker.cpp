#include "widgets/period_picker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace clusterdesk::ui {

namespace {
QDate toQDate(const Date& d) {
    return QDate(d.year(), static_cast<int>(d.month()), static_cast<int>(d.day()));
}
Date fromQDate(const QDate& d) {
    return Date(d.year(), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
}
} // namespace

PeriodPicker::PeriodPicker(QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_quarter(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_from(new QDateEdit(this))
    , m_dash(new QLabel(QStringLiteral("\u2013"), this))
    , m_to(new QDateEdit(this)) {
    m_kind->addItem(tr("Quarter"), static_cast<int>(Kind::Quarter));
    m_kind->addItem(tr("Year"), static_cast<int>(Kind::Year));
    m_kind->addItem(tr("From–to"), static_cast<int>(Kind::Dates));
    m_kind->setObjectName(QStringLiteral("periodKind"));
    m_quarter->setObjectName(QStringLiteral("quarter"));
    m_year->setObjectName(QStringLiteral("year"));
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // The style's size hint leaves too little room for a full ISO date beside the popup arrow.
        edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48);
    }
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    for (QWidget* w : std::initializer_list<QWidget*>{m_quarter, m_year, m_from, m_dash, m_to})
        layout->addWidget(w);
    showFieldsOfKind();

    connect(m_kind, &QComboBox::activated, this, [this] {
        // Switching kind keeps the same stretch of time where it can: the quarter's year, its dates.
        const Period before = periodOf(m_shownKind);
        QSignalBlocker blockYear(m_year);
        QSignalBlocker blockFrom(m_from);
        QSignalBlocker blockTo(m_to);
        if (kind() == Kind::Year) {
            m_year->setValue(before.to.year());
        } else if (kind() == Kind::Dates) {
            m_from->setDate(toQDate(before.from));
            m_to->setDate(toQDate(before.to));
        }
        showFieldsOfKind();
        emit periodChanged();
    });
    connect(m_quarter, &QComboBox::activated, this, &PeriodPicker::periodChanged);
    connect(m_year, &QSpinBox::valueChanged, this, &PeriodPicker::periodChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodPicker::periodChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodPicker::periodChanged);
}

void PeriodPicker::fillQuarters(const Date& today, const Date& earliest) {
    const QString current = m_quarter->currentData().toString();
    QSignalBlocker block(m_quarter);
    m_quarter->clear();
    for (Period q = Period::quarterOf(today); q.to >= earliest || m_quarter->count() < 4;
         q = q.previousQuarter())
        m_quarter->addItem(QString::fromStdString(q.quarterLabel()),
                           QString::fromStdString(q.quarterLabel()));
    m_quarter->setCurrentIndex(std::max(0, m_quarter->findData(current)));
}

PeriodPicker::Kind PeriodPicker::kind() const {
    return static_cast<Kind>(m_kind->currentData().toInt());
}

Period PeriodPicker::period() const {
    return periodOf(kind());
}

Period PeriodPicker::periodOf(Kind kind) const {
    switch (kind) {
    case Kind::Quarter:
        if (m_quarter->currentIndex() >= 0)
            return Period::quarter(m_quarter->currentData().toString().toStdString());
        return Period::quarterOf(Date::today());
    case Kind::Year:
        return Period::year(m_year->value());
    case Kind::Dates:
        break;
    }
    return Period{fromQDate(m_from->date()), fromQDate(m_to->date())};
}

bool PeriodPicker::isValid() const {
    return kind() != Kind::Dates || m_from->date() <= m_to->date();
}

void PeriodPicker::setQuarter(const Period& quarter) {
    const QString label = QString::fromStdString(quarter.quarterLabel());
    {
        QSignalBlocker block(m_quarter);
        if (m_quarter->findData(label) < 0)
            m_quarter->addItem(label, label);
        m_quarter->setCurrentIndex(m_quarter->findData(label));
    }
    setKind(Kind::Quarter);
    emit periodChanged();
}

void PeriodPicker::setYear(int year) {
    {
        QSignalBlocker block(m_year);
        m_year->setValue(year);
    }
    setKind(Kind::Year);
    emit periodChanged();
}

void PeriodPicker::setDates(const Date& from, const Date& to) {
    {
        QSignalBlocker blockFrom(m_from);
        QSignalBlocker blockTo(m_to);
        m_from->setDate(toQDate(from));
        m_to->setDate(toQDate(to));
    }
    setKind(Kind::Dates);
    emit periodChanged();
}

void PeriodPicker::setKind(Kind kind) {
    QSignalBlocker block(m_kind);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    showFieldsOfKind();
}

void PeriodPicker::showFieldsOfKind() {
    const Kind k = kind();
    m_shownKind = k;
    m_quarter->setVisible(k == Kind::Quarter);
    m_year->setVisible(k == Kind::Year);
    for (QWidget* w : std::initializer_list<QWidget*>{m_from, m_dash, m_to})
        w->setVisible(k == Kind::Dates);
}

} // namespace clusterdesk::ui

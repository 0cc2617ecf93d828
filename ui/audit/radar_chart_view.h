#pragma once

#include <QChartView>
#include <QStringList>
#include <optional>
#include <vector>

class QPolarChart;

namespace clusterdesk::ui {

// The sections' percentages as a radar (spider) chart drawn with Qt Charts: one spoke per section that
// has a percentage, the company's line and, when there is a comparison, the similar companies' average.
class RadarChartView : public QChartView {
    Q_OBJECT
public:
    explicit RadarChartView(QWidget* parent = nullptr);

    // values and peers hold one value per axis; peers empty when there is no comparison.
    void setData(const QStringList& axes, const std::vector<double>& values, const std::vector<double>& peers,
                 const QString& peersName);
    QPolarChart* polarChart() const { return m_chart; }
    int axisCount() const { return static_cast<int>(m_axes.size()); }

private:
    QPolarChart* m_chart;
    QStringList m_axes;
};

} // namespace clusterdesk::ui

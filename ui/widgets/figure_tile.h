#pragma once

#include <QFrame>

class QLabel;

namespace clusterdesk::ui {

// One figure of the dashboard: a big number, what it counts, a line of context. Clicking it (or Enter
// when it has focus) opens the list behind the number.
class FigureTile : public QFrame {
    Q_OBJECT
public:
    FigureTile(const QString& caption, QWidget* parent = nullptr);

    void setFigure(const QString& value, const QString& context = {});
    QString value() const;
    void setAlert(bool alert); // draws attention (overdue follow-ups)

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* m_value;
    QLabel* m_caption;
    QLabel* m_context;
};

} // namespace clusterdesk::ui

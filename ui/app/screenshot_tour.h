#pragma once

#include <QString>

namespace clusterdesk::ui {

class MainWindow;

// --screenshot DIR: shows every screen in turn, saves each as DIR/<screen>.png (the window as drawn,
// QWidget::grab) and quits. For the user guide and for looking at the screens under Xvfb.
class ScreenshotTour {
public:
    static void start(MainWindow& window, const QString& directory);
};

} // namespace clusterdesk::ui

#pragma once

#include <QGuiApplication>

namespace clusterdesk::test {

// Painting text (PDF, charts) needs a QGuiApplication: one for the whole test run, on the offscreen
// platform unless the environment chose another.
inline void ensureGuiApplication() {
    if (QGuiApplication::instance())
        return;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "reports_tests";
    static char* argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
}

} // namespace clusterdesk::test

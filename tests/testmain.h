#pragma once

#include "i18n.h"

#include <QTest>

// Runs a test class with the French translation installed: the tests check what a Caf officer
// reads.
#define HABILIS_TEST_MAIN_IMPL(AppClass, TestClass)                                                \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        AppClass app(argc, argv);                                                                  \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        habilis::installTranslators(app, QStringLiteral("fr"));                                    \
        TestClass tc;                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }

#define HABILIS_TEST_GUILESS_MAIN(TestClass) HABILIS_TEST_MAIN_IMPL(QCoreApplication, TestClass)
#define HABILIS_TEST_GUI_MAIN(TestClass) HABILIS_TEST_MAIN_IMPL(QApplication, TestClass)

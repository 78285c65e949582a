// main() for suites that need a QCoreApplication (event loop, QSignalSpy, timers). GoogleTest
// runs inside it; tests that wait use QSignalSpy::wait or QTest::qWaitFor, never a nested loop
// of their own.
#include <QCoreApplication>
#include <QLoggingCategory>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("remotegpu.*.debug=false"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

// main() of test_console: GoogleTest inside a QApplication (widgets need one), headless.
//
// Keychain: by default no keychain is reachable (the session bus address points nowhere), so a
// developer's real keyring is never touched and the "no keychain" path is what runs. The
// KeychainSession.* tests need a real Secret Service; ctest runs them as test_console_keychain
// through with-keychain.sh, which sets REMOTEGPU_TEST_KEYCHAIN and starts a private D-Bus
// session with an unlocked GNOME Keyring.

#include "ConsoleServer.h"

#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool withKeychain = qEnvironmentVariableIsSet("REMOTEGPU_TEST_KEYCHAIN");
    if (!withKeychain)
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/remotegpu-test-bus");
    // Whatever the code under test writes to settings lands here, where the tests can look
    // (a refresh token must never be written to a file) and nothing of the developer's changes.
    QTemporaryDir configHome;
    qputenv("XDG_CONFIG_HOME", configHome.path().toLocal8Bit());

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("remotegpu-console-test"));
    QApplication::setOrganizationName(QStringLiteral("RemoteGPU"));
    ::testing::InitGoogleTest(&argc, argv);
    if (GTEST_FLAG_GET(filter) == "*")
        GTEST_FLAG_SET(filter, withKeychain ? "KeychainSession.*" : "-KeychainSession.*");
    const int result = RUN_ALL_TESTS();
    remotegpu::test::ConsoleServer::releaseShared();
    return result;
}

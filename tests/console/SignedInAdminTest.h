#pragma once

#include "ConsoleServer.h"

#include <gtest/gtest.h>

#include <memory>

namespace remotegpu::test {

// The start most console suites share: a server with its admin signed in. A suite's own SetUp
// runs this one first: ASSERT_NO_FATAL_FAILURE(SignedInAdminTest::SetUp()).
class SignedInAdminTest : public ::testing::Test
{
protected:
    // The server of the suite: the shared one unless the suite needs one of its own.
    virtual ConsoleServer *suiteServer() { return ConsoleServer::shared(); }

    void SetUp() override
    {
        server = suiteServer();
        ASSERT_NE(server, nullptr);
        client = SignedInClient::admin(*server);
        ASSERT_NE(client, nullptr);
    }

    ConsoleServer *server = nullptr;
    std::unique_ptr<SignedInClient> client;
};

} // namespace remotegpu::test

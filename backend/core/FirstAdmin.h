#pragma once

#include "DatabaseUrl.h"
#include "Result.h"

#include <QString>

namespace remotegpu {

// The account --bootstrap-admin asks for, created only while no admin account exists: through
// CustomerRepository::create like every other account, with its audit row in the same
// transaction. The server's pool does not exist yet at that point of start-up, so this runs on a
// one-off pool of its own, closed before it returns.
class FirstAdmin
{
public:
    // Nothing to do when `username` is empty or an admin exists. The password comes from
    // REMOTEGPU_BOOTSTRAP_PASSWORD (12 characters or more), the e-mail address from
    // REMOTEGPU_BOOTSTRAP_EMAIL (default `username`@remotegpu.local).
    static Result<void> createIfNone(const DatabaseUrl &url, const QString &username);
};

} // namespace remotegpu

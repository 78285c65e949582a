#pragma once

#include "CustomerRepository.h"
#include "Error.h"
#include "LoginRefusal.h"

#include <optional>

namespace remotegpu {

// What one sign-in source (the directory, the local password hashes) made of a name and a
// password. With neither `account` nor `refusal` the source does not know the person, or could
// not be asked (`unavailable`), and the next source is tried.
struct SignInOutcome
{
    std::optional<AccountRecord> account; // the password is proven for this account
    std::optional<LoginRefusal> refusal;  // the sign-in ends here
    std::optional<Error> unavailable;
};

} // namespace remotegpu

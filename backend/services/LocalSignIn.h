#pragma once

#include "Result.h"
#include "SignInOutcome.h"

#include <QString>

namespace remotegpu {

class SqlSession;

// Sign-in against the password hashes in customers. A hash of an older cost is replaced by a
// current one once the password has matched it.
class LocalSignIn
{
public:
    static Result<SignInOutcome> signIn(SqlSession &session, const QString &username,
                                        const QString &password);
};

} // namespace remotegpu

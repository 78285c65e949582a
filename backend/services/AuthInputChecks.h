#pragma once

#include "Error.h"

#include <QList>
#include <QString>

namespace remotegpu {

// The form checks of sign-in and password reset, made before anything is looked up, as field
// errors a client can show beside its inputs.
class AuthInputChecks
{
public:
    static QList<FieldError> signInProblems(const QString &username, const QString &password);
    // A reset request names the account by user name or e-mail address.
    static QList<FieldError> resetRequestProblems(const QString &login);
    static QList<FieldError> resetConfirmationProblems(const QString &login, const QString &code);
    // Length and strength rules (system_configs password_min_length and
    // password_require_letter_and_digit), as field errors on `field`.
    static QList<FieldError> passwordProblems(const QString &password, const QString &username,
                                              int minLength, bool letterAndDigit,
                                              const QString &field);
};

} // namespace remotegpu

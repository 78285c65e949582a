#pragma once

#include <QString>

namespace remotegpu {

// What a well-formed password reset request is told, the same whether or not the account exists.
struct PasswordResetAnswer
{
    QString message;
    QString directoryResetUrl; // empty when directory accounts have no reset page of ours to name
};

} // namespace remotegpu

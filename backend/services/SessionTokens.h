#pragma once

#include "Customer.h"

#include <QJsonObject>
#include <QString>

namespace remotegpu {

// What a sign-in or a refresh hands the client.
struct SessionTokens
{
    QString accessToken;
    QString refreshToken;
    int expiresIn = 0;        // seconds, access token
    int refreshExpiresIn = 0; // seconds, refresh token
    Customer user;

    QJsonObject toJson() const;
};

} // namespace remotegpu

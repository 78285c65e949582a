#include "SessionTokens.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QJsonObject SessionTokens::toJson() const
{
    return QJsonObject{{u"accessToken"_s, accessToken},
                       {u"refreshToken"_s, refreshToken},
                       {u"tokenType"_s, u"Bearer"_s},
                       {u"expiresIn"_s, expiresIn},
                       {u"refreshExpiresIn"_s, refreshExpiresIn},
                       {u"user"_s, user.toJson()}};
}

} // namespace remotegpu

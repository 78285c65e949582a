#include "LoginRefusal.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

LoginRefusal LoginRefusal::badCredentials(std::optional<qint64> accountId, const QString &reason,
                                          const QString &logMessage)
{
    const QString answer = u"Wrong user name or password"_s;
    return {accountId, reason, logMessage.isEmpty() ? answer : logMessage,
            Error::unauthorized(answer)};
}

LoginRefusal LoginRefusal::forbidden(std::optional<qint64> accountId, const QString &reason,
                                     const QString &message)
{
    return {accountId, reason, message, Error::forbidden(message)};
}

} // namespace remotegpu

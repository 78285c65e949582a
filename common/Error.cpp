#include "Error.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

int httpStatusFor(ErrorKind kind)
{
    return static_cast<int>(kind);
}

ErrorKind errorKindForStatus(int status)
{
    switch (status) {
    case 400:
        return ErrorKind::BadRequest;
    case 401:
        return ErrorKind::Unauthorized;
    case 403:
        return ErrorKind::Forbidden;
    case 404:
        return ErrorKind::NotFound;
    case 409:
        return ErrorKind::Conflict;
    case 413:
        return ErrorKind::PayloadTooLarge;
    case 429:
        return ErrorKind::TooManyRequests;
    case 503:
        return ErrorKind::Unavailable;
    default:
        return status >= 400 && status < 500 ? ErrorKind::BadRequest : ErrorKind::Internal;
    }
}

Error Error::badRequest(const QString &message, QList<FieldError> fields)
{
    return {ErrorKind::BadRequest, message, std::move(fields), 0};
}
Error Error::invalidFields(QList<FieldError> fields)
{
    QString message;
    if (fields.isEmpty())
        message = u"The request is invalid"_s;
    else if (fields.size() == 1)
        message = fields.first().message;
    else
        message = fields.first().message %
                  u" (and %1 more problems, listed in data.errors)"_s.arg(fields.size() - 1);
    return {ErrorKind::BadRequest, message, std::move(fields), 0};
}

Error Error::unauthorized(const QString &message)
{
    return {ErrorKind::Unauthorized, message, {}};
}
Error Error::forbidden(const QString &message)
{
    return {ErrorKind::Forbidden, message, {}};
}
Error Error::notFound(const QString &message)
{
    return {ErrorKind::NotFound, message, {}};
}
Error Error::conflict(const QString &message)
{
    return {ErrorKind::Conflict, message, {}};
}
Error Error::tooManyRequests(const QString &message, int retryAfterSeconds)
{
    return {ErrorKind::TooManyRequests, message, {}, retryAfterSeconds};
}
Error Error::internal(const QString &message)
{
    return {ErrorKind::Internal, message, {}};
}
Error Error::unavailable(const QString &message)
{
    return {ErrorKind::Unavailable, message, {}};
}

} // namespace remotegpu

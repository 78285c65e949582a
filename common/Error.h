#pragma once

#include <QList>
#include <QString>

namespace remotegpu {

// What went wrong, in the terms the API speaks. The numeric value of each kind is the HTTP status
// and the envelope `code` that carry it (seed 001 §4.4), so server and console agree on one table.
enum class ErrorKind {
    BadRequest = 400,
    Unauthorized = 401,
    Forbidden = 403,
    NotFound = 404,
    Conflict = 409,
    PayloadTooLarge = 413,
    TooManyRequests = 429,
    Internal = 500,
    Unavailable = 503,
};

int httpStatusFor(ErrorKind kind);
// Any status the server may send, mapped back; unknown 4xx → BadRequest, unknown 5xx → Internal.
ErrorKind errorKindForStatus(int status);

struct FieldError
{
    QString field;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

// An error as a value: crosses module boundaries instead of an exception. `message` is written
// for the person who has to fix it ("pageSize must be between 1 and 200"), never a stack dump.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    QList<FieldError> fieldErrors;
    int retryAfterSeconds = 0; // with TooManyRequests: sent as the Retry-After header
    // The answer's trace id when the error came from a server, so a person can quote it to an
    // operator who finds the matching log line; empty for errors made on this side.
    QString traceId = {};

    static Error badRequest(const QString &message, QList<FieldError> fields = {});
    // A 400 for a list of field errors (from fromJson, validate() or a query parser). The message
    // repeats the first problem so a client that shows only `message` still says what to fix.
    static Error invalidFields(QList<FieldError> fields);
    static Error unauthorized(const QString &message);
    static Error forbidden(const QString &message);
    static Error notFound(const QString &message);
    static Error conflict(const QString &message);
    static Error tooManyRequests(const QString &message, int retryAfterSeconds);
    static Error internal(const QString &message);
    static Error unavailable(const QString &message);

    friend bool operator==(const Error &, const Error &) = default;
};

} // namespace remotegpu

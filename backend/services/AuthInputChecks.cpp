#include "AuthInputChecks.h"

#include "PasswordHasher.h"

#include <QRegularExpression>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

QList<FieldError> AuthInputChecks::signInProblems(const QString &username, const QString &password)
{
    QList<FieldError> fields;
    if (username.trimmed().isEmpty())
        fields.append({u"username"_s, u"username is required"_s});
    if (username.size() > 128)
        fields.append({u"username"_s, u"username must be at most 128 characters"_s});
    // Refused before any directory bind: an empty password is an unauthenticated bind, which
    // some directories accept for any DN.
    if (password.isEmpty())
        fields.append({u"password"_s, u"password is required"_s});
    return fields;
}

QList<FieldError> AuthInputChecks::resetRequestProblems(const QString &login)
{
    if (login.trimmed().isEmpty() || login.size() > 128)
        return {{u"username"_s, u"username is required"_s}};
    return {};
}

QList<FieldError> AuthInputChecks::resetConfirmationProblems(const QString &login,
                                                             const QString &code)
{
    QList<FieldError> fields;
    if (login.trimmed().isEmpty())
        fields.append({u"username"_s, u"username is required"_s});
    if (code.trimmed().isEmpty())
        fields.append({u"code"_s, u"code is required"_s});
    return fields;
}

QList<FieldError> AuthInputChecks::passwordProblems(const QString &password,
                                                    const QString &username, int minLength,
                                                    bool letterAndDigit, const QString &field)
{
    QList<FieldError> errors;
    if (password.size() < minLength)
        errors.append({field, u"%1 must be at least %2 characters"_s.arg(field).arg(minLength)});
    if (password.toUtf8().size() > PasswordHasher::kMaxPasswordBytes)
        errors.append({field, u"%1 must be at most %2 bytes"_s.arg(field).arg(
                                  PasswordHasher::kMaxPasswordBytes)});
    if (letterAndDigit) {
        static const QRegularExpression letter(u"\\p{L}"_s), digit(u"\\d"_s);
        if (!password.contains(letter) || !password.contains(digit))
            errors.append(
                {field, u"%1 must contain at least one letter and one digit"_s.arg(field)});
    }
    if (!username.isEmpty() && password.compare(username, Qt::CaseInsensitive) == 0)
        errors.append({field, u"%1 must not be the user name"_s.arg(field)});
    return errors;
}

} // namespace remotegpu

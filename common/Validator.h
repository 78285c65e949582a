#pragma once

#include "Error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace remotegpu {

// Collects field errors for validate(). Each check names the camelCase field and says what a
// valid value looks like, so the console can put the message next to the input as is.
// Empty optional values pass the format checks (ipAddress, email, …); pair with required().
// A field gets at most one error: the first check it fails.
class Validator
{
public:
    // `prefix` is prepended to every field name, e.g. "gpus[2]." for a nested item.
    explicit Validator(QString prefix = {});

    Validator &required(const QString &field, const QString &value);
    // Counts characters (code points) as PostgreSQL's VARCHAR(n) does, not UTF-16 units.
    Validator &maxLength(const QString &field, const QString &value, qsizetype max);
    // A reference to another row: ids start at 1, so 0 means "not given".
    Validator &requiredId(const QString &field, qint64 value);
    Validator &requiredMaxLength(const QString &field, const QString &value, qsizetype max);
    // Letters, digits, '.', '_' and '-': ids chosen by people that also appear in URLs.
    Validator &identifier(const QString &field, const QString &value, qsizetype max);
    Validator &atLeast(const QString &field, qint64 value, qint64 min);
    Validator &atLeast(const QString &field, std::optional<qint64> value, qint64 min);
    Validator &atLeast(const QString &field, std::optional<int> value, qint64 min);
    Validator &atLeast(const QString &field, std::optional<double> value, double min);
    Validator &between(const QString &field, qint64 value, qint64 min, qint64 max);
    Validator &percent(const QString &field, std::optional<double> value);
    Validator &finite(const QString &field, double value);
    Validator &port(const QString &field, int value);
    Validator &port(const QString &field, std::optional<int> value);
    Validator &ipAddress(const QString &field, const QString &value);
    // A DNS host name or an IP address: what an ssh client accepts as its host.
    Validator &hostOrAddress(const QString &field, const QString &value);
    Validator &email(const QString &field, const QString &value);
    Validator &requiredTime(const QString &field, const QDateTime &value);
    // Both must be set for the check to apply; `later` must be strictly after `earlier`.
    Validator &after(const QString &laterField, const QDateTime &later, const QString &earlierField,
                     const QDateTime &earlier);
    // Like after(), but equal instants are fine (an alert resolved in the second it fired).
    Validator &notBefore(const QString &laterField, const QDateTime &later,
                         const QString &earlierField, const QDateTime &earlier);

    void add(const QString &field, const QString &message);
    // Adds errors of a nested object, whose names are already prefixed by its own Validator.
    void append(const QList<FieldError> &errors);

    QList<FieldError> errors() const { return m_errors; }
    bool ok() const { return m_errors.isEmpty(); }

    static bool isIpv4(QStringView text);
    static bool isIpv6(QStringView text);
    static bool isIpAddress(QStringView text) { return isIpv4(text) || isIpv6(text); }
    static bool isHostname(QStringView text);
    static bool isEmail(QStringView text);
    static bool isIdentifier(QStringView text);
    static qsizetype characterCount(QStringView text);

private:
    QString name(const QString &field) const { return m_prefix + field; }

    QString m_prefix;
    QList<FieldError> m_errors;
};

} // namespace remotegpu

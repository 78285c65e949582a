#include "Validator.h"

#include <cmath>
#include <utility>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}
bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
bool isHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isHostLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    for (QChar c : label) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'-')
            return false;
    }
    return true;
}

// Characters RFC 5322 allows unquoted in the local part; quoted local parts are not accepted
// because no mail system we integrate with hands them out.
bool isEmailLocalChar(QChar c)
{
    static constexpr QStringView specials = u"!#$%&'*+/=?^_`{|}~-.";
    return isAsciiLetter(c) || isAsciiDigit(c) || specials.contains(c);
}

QString number(qint64 n)
{
    return QString::number(n);
}

} // namespace

Validator::Validator(QString prefix)
    : m_prefix(std::move(prefix))
{}

void Validator::add(const QString &field, const QString &message)
{
    // Checks run from basic to specific (required, length, format), so the first problem found
    // for a field is the one worth telling; "too long" plus "not an address" would be noise.
    const QString fieldName = name(field);
    for (const FieldError &e : std::as_const(m_errors)) {
        if (e.field == fieldName)
            return;
    }
    m_errors.append({fieldName, message});
}

void Validator::append(const QList<FieldError> &errors)
{
    m_errors.append(errors);
}

Validator &Validator::required(const QString &field, const QString &value)
{
    if (value.trimmed().isEmpty())
        add(field, name(field) % u" is required"_s);
    return *this;
}

Validator &Validator::maxLength(const QString &field, const QString &value, qsizetype max)
{
    const qsizetype count = characterCount(value);
    if (count > max) {
        add(field, name(field) % u" must be at most "_s % number(max) % u" characters (it has "_s %
                       number(count) % u")"_s);
    }
    return *this;
}

Validator &Validator::requiredId(const QString &field, qint64 value)
{
    if (value <= 0)
        add(field, name(field) % u" is required"_s);
    return *this;
}

Validator &Validator::requiredMaxLength(const QString &field, const QString &value, qsizetype max)
{
    if (value.trimmed().isEmpty())
        return required(field, value);
    return maxLength(field, value, max);
}

Validator &Validator::identifier(const QString &field, const QString &value, qsizetype max)
{
    if (value.isEmpty())
        return *this;
    if (!isIdentifier(value)) {
        add(field, name(field) % u" may contain only letters, digits, '.', '_' and '-'"_s);
        return *this;
    }
    return maxLength(field, value, max);
}

Validator &Validator::atLeast(const QString &field, qint64 value, qint64 min)
{
    if (value < min)
        add(field, name(field) % u" must be "_s % number(min) % u" or more"_s);
    return *this;
}

Validator &Validator::atLeast(const QString &field, std::optional<qint64> value, qint64 min)
{
    if (value)
        atLeast(field, *value, min);
    return *this;
}

Validator &Validator::atLeast(const QString &field, std::optional<int> value, qint64 min)
{
    if (value)
        atLeast(field, qint64(*value), min);
    return *this;
}

Validator &Validator::atLeast(const QString &field, std::optional<double> value, double min)
{
    if (value && !(*value >= min))
        add(field, name(field) % u" must be "_s % QString::number(min) % u" or more"_s);
    return *this;
}

Validator &Validator::between(const QString &field, qint64 value, qint64 min, qint64 max)
{
    if (value < min || value > max) {
        add(field, name(field) % u" must be between "_s % number(min) % u" and "_s % number(max));
    }
    return *this;
}

Validator &Validator::percent(const QString &field, std::optional<double> value)
{
    if (value && !(*value >= 0.0 && *value <= 100.0))
        add(field, name(field) % u" must be a percentage between 0 and 100"_s);
    return *this;
}

Validator &Validator::finite(const QString &field, double value)
{
    if (!std::isfinite(value))
        add(field, name(field) % u" must be a finite number"_s);
    return *this;
}

Validator &Validator::port(const QString &field, int value)
{
    if (value < 1 || value > 65535)
        add(field, name(field) % u" must be a port number between 1 and 65535"_s);
    return *this;
}

Validator &Validator::port(const QString &field, std::optional<int> value)
{
    if (value)
        port(field, *value);
    return *this;
}

Validator &Validator::ipAddress(const QString &field, const QString &value)
{
    if (!value.isEmpty() && !isIpAddress(value))
        add(field, name(field) % u" must be an IPv4 or IPv6 address"_s);
    return *this;
}

Validator &Validator::hostOrAddress(const QString &field, const QString &value)
{
    if (!value.isEmpty() && !isIpAddress(value) && !isHostname(value)) {
        add(field,
            name(field) % u" must be a host name such as gpu-01.example.com or an IP address"_s);
    }
    return *this;
}

Validator &Validator::email(const QString &field, const QString &value)
{
    if (!value.isEmpty() && !isEmail(value))
        add(field, name(field) % u" must be an email address such as name@example.com"_s);
    return *this;
}

Validator &Validator::requiredTime(const QString &field, const QDateTime &value)
{
    if (!value.isValid())
        add(field, name(field) % u" is required"_s);
    return *this;
}

Validator &Validator::after(const QString &laterField, const QDateTime &later,
                            const QString &earlierField, const QDateTime &earlier)
{
    if (later.isValid() && earlier.isValid() && !(later > earlier))
        add(laterField, name(laterField) % u" must be after "_s % name(earlierField));
    return *this;
}

Validator &Validator::notBefore(const QString &laterField, const QDateTime &later,
                                const QString &earlierField, const QDateTime &earlier)
{
    if (later.isValid() && earlier.isValid() && later < earlier)
        add(laterField, name(laterField) % u" must not be before "_s % name(earlierField));
    return *this;
}

bool Validator::isIpv4(QStringView text)
{
    int parts = 0;
    for (QStringView part : text.split(u'.')) {
        ++parts;
        if (part.isEmpty() || part.size() > 3)
            return false;
        // A leading zero reads as octal in some resolvers: refuse the ambiguity.
        if (part.size() > 1 && part.front() == u'0')
            return false;
        int value = 0;
        for (QChar c : part) {
            if (!isAsciiDigit(c))
                return false;
            value = value * 10 + (c.unicode() - u'0');
        }
        if (value > 255)
            return false;
    }
    return parts == 4;
}

bool Validator::isIpv6(QStringView text)
{
    const qsizetype n = text.size();
    if (n < 2 || n > 45)
        return false;
    int groups = 0;
    bool compressed = false;
    qsizetype i = 0;
    if (text.startsWith(u"::")) {
        compressed = true;
        i = 2;
        if (i == n)
            return true;
    } else if (text.front() == u':') {
        return false;
    }
    while (i < n) {
        const qsizetype start = i;
        while (i < n && isHexDigit(text[i]) && i - start < 5)
            ++i;
        if (i < n && text[i] == u'.') {
            // An embedded IPv4 address (::ffff:192.0.2.1) stands for the last two groups.
            if (!isIpv4(text.sliced(start)))
                return false;
            groups += 2;
            break;
        }
        const qsizetype length = i - start;
        if (length == 0 || length > 4)
            return false;
        ++groups;
        if (i == n)
            break;
        if (text[i] != u':')
            return false;
        ++i;
        if (i == n)
            return false;
        if (text[i] == u':') {
            if (compressed)
                return false;
            compressed = true;
            ++i;
        }
    }
    return compressed ? groups <= 7 : groups == 8;
}

bool Validator::isHostname(QStringView text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    for (QStringView label : text.split(u'.')) {
        if (!isHostLabel(label))
            return false;
    }
    return true;
}

bool Validator::isEmail(QStringView text)
{
    if (text.size() > 254)
        return false;
    const qsizetype at = text.lastIndexOf(u'@');
    if (at <= 0)
        return false;
    const QStringView local = text.first(at);
    const QStringView domain = text.sliced(at + 1);
    if (local.size() > 64 || local.front() == u'.' || local.back() == u'.' || local.contains(u".."))
        return false;
    for (QChar c : local) {
        if (!isEmailLocalChar(c))
            return false;
    }
    // A bare host ("root@gpu01") is a local mailbox, never a company address.
    return domain.contains(u'.') && isHostname(domain);
}

bool Validator::isIdentifier(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'.' && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

qsizetype Validator::characterCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

} // namespace remotegpu

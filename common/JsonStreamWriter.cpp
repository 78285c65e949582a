#include "JsonStreamWriter.h"

#include <QJsonDocument>
#include <QLocale>

#include <cmath>
#include <cstring>

namespace remotegpu {

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

// One UTF-16 unit that must be escaped in a JSON string, as QJsonDocument escapes it.
char *writeEscaped(char *out, char16_t c)
{
    *out++ = '\\';
    switch (c) {
    case u'"':
        *out++ = '"';
        break;
    case u'\\':
        *out++ = '\\';
        break;
    case u'\b':
        *out++ = 'b';
        break;
    case u'\f':
        *out++ = 'f';
        break;
    case u'\n':
        *out++ = 'n';
        break;
    case u'\r':
        *out++ = 'r';
        break;
    case u'\t':
        *out++ = 't';
        break;
    default:
        *out++ = 'u';
        *out++ = '0';
        *out++ = '0';
        *out++ = HexDigits[(c >> 4) & 0xf];
        *out++ = HexDigits[c & 0xf];
    }
    return out;
}

char *writeUtf8(char *out, char32_t cp)
{
    if (cp < 0x800) {
        *out++ = char(0xc0 | (cp >> 6));
    } else if (cp < 0x10000) {
        *out++ = char(0xe0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3f));
    } else {
        *out++ = char(0xf0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3f));
        *out++ = char(0x80 | ((cp >> 6) & 0x3f));
    }
    *out++ = char(0x80 | (cp & 0x3f));
    return out;
}

char *writeDigits(char *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's civil_from_days).
void civilFromDays(qint64 days, int &year, int &month, int &day)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
}

} // namespace

JsonStreamWriter::JsonStreamWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

void JsonStreamWriter::separate()
{
    if (m_needComma)
        m_out.push_back(',');
    m_needComma = true;
}

void JsonStreamWriter::appendBytes(const char *bytes, qsizetype size)
{
    std::memcpy(grow(size), bytes, size_t(size));
}

char *JsonStreamWriter::grow(qsizetype maxBytes)
{
    const qsizetype used = m_out.size();
    m_out.resize(used + maxBytes); // geometric growth; the new bytes are written next
    return m_out.data() + used;
}

void JsonStreamWriter::shrinkTo(const char *end)
{
    m_out.resize(end - m_out.constData());
}

void JsonStreamWriter::beginObject()
{
    separate();
    m_out.push_back('{');
    m_needComma = false;
}

void JsonStreamWriter::endObject()
{
    m_out.push_back('}');
    m_needComma = true;
}

void JsonStreamWriter::beginArray()
{
    separate();
    m_out.push_back('[');
    m_needComma = false;
}

void JsonStreamWriter::endArray()
{
    m_out.push_back(']');
    m_needComma = true;
}

void JsonStreamWriter::key(QLatin1StringView name)
{
    // One resize and a memcpy: QByteArray::append goes through insert() on 6.4, and keys are
    // the most frequent write of a list page.
    char *out = grow(name.size() + 4);
    if (m_needComma)
        *out++ = ',';
    *out++ = '"';
    std::memcpy(out, name.data(), size_t(name.size()));
    out += name.size();
    *out++ = '"';
    *out++ = ':';
    shrinkTo(out);
    m_needComma = false;
}

// UTF-16 (QString) or Latin-1 units; for Latin-1 every unit is its own code point.
template<typename Unit>
void JsonStreamWriter::writeString(const Unit *p, qsizetype size)
{
    separate();
    // Worst case per unit: six bytes (\u001f); a surrogate pair is two units for four.
    char *out = grow(2 + 6 * size);
    *out++ = '"';
    const Unit *const end = p + size;
    while (p != end) {
        const char16_t c = char16_t(*p++);
        if (c < 0x80) {
            if (c < 0x20 || c == u'"' || c == u'\\')
                out = writeEscaped(out, c);
            else
                *out++ = char(c);
        } else if (!QChar::isSurrogate(c)) {
            out = writeUtf8(out, c);
        } else if (QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(char16_t(*p))) {
            out = writeUtf8(out, QChar::surrogateToUcs4(c, char16_t(*p++)));
        } else {
            out = writeUtf8(out, QChar::ReplacementCharacter); // a lone half is not text
        }
    }
    *out++ = '"';
    shrinkTo(out);
}

void JsonStreamWriter::value(QStringView text)
{
    writeString(text.utf16(), text.size());
}

void JsonStreamWriter::value(QLatin1StringView text)
{
    writeString(reinterpret_cast<const uchar *>(text.data()), text.size());
}

void JsonStreamWriter::value(qint64 number)
{
    separate();
    char buffer[24];
    char *end = buffer + sizeof buffer;
    char *p = end;
    // Negate in unsigned arithmetic so the smallest qint64 has a magnitude too.
    quint64 magnitude = number < 0 ? 0 - quint64(number) : quint64(number);
    do {
        *--p = char('0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (number < 0)
        *--p = '-';
    appendBytes(p, end - p);
}

void JsonStreamWriter::value(double number)
{
    separate();
    // QJsonDocument's spelling: shortest round-trip form; JSON has no NaN or infinity.
    if (std::isfinite(number))
        m_out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
    else
        appendBytes("null", 4);
}

void JsonStreamWriter::value(bool flag)
{
    separate();
    if (flag)
        appendBytes("true", 4);
    else
        appendBytes("false", 5);
}

void JsonStreamWriter::null()
{
    separate();
    appendBytes("null", 4);
}

void JsonStreamWriter::value(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        value(json.toBool());
        break;
    case QJsonValue::Double: {
        // QJsonValue keeps integers that fit as integers; spell them without an exponent.
        const QVariant v = json.toVariant();
        if (v.typeId() == QMetaType::LongLong)
            value(v.toLongLong());
        else
            value(json.toDouble());
        break;
    }
    case QJsonValue::String:
        value(json.toString());
        break;
    case QJsonValue::Array:
        value(json.toArray());
        break;
    case QJsonValue::Object:
        value(json.toObject());
        break;
    }
}

void JsonStreamWriter::value(const QJsonObject &object)
{
    if (object.isEmpty()) {
        rawValue("{}");
        return;
    }
    rawValue(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void JsonStreamWriter::value(const QJsonArray &array)
{
    if (array.isEmpty()) {
        rawValue("[]");
        return;
    }
    rawValue(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void JsonStreamWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(text);
    endArray();
}

void JsonStreamWriter::rawValue(QByteArrayView json)
{
    separate();
    appendBytes(json.data(), json.size());
}

void JsonStreamWriter::nullable(const QString &text)
{
    if (text.isEmpty())
        null();
    else
        value(text);
}

void JsonStreamWriter::timestamp(const QDateTime &time)
{
    if (!time.isValid())
        null();
    else
        timestampMs(time.toMSecsSinceEpoch());
}

void JsonStreamWriter::timestampMs(qint64 msecsSinceEpoch)
{
    constexpr qint64 MsPerDay = 86'400'000;
    qint64 days = msecsSinceEpoch / MsPerDay;
    qint64 msOfDay = msecsSinceEpoch % MsPerDay;
    if (msOfDay < 0) {
        msOfDay += MsPerDay;
        --days;
    }
    int year = 0, month = 0, day = 0;
    civilFromDays(days, year, month, day);
    if (year < 0 || year > 9999) {
        // Outside four-digit years Qt's own spelling is the reference.
        value(QDateTime::fromMSecsSinceEpoch(msecsSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs));
        return;
    }
    separate();
    char *out = grow(26);
    *out++ = '"';
    out = writeDigits(out, year, 4);
    *out++ = '-';
    out = writeDigits(out, month, 2);
    *out++ = '-';
    out = writeDigits(out, day, 2);
    *out++ = 'T';
    out = writeDigits(out, int(msOfDay / 3'600'000), 2);
    *out++ = ':';
    out = writeDigits(out, int(msOfDay / 60'000 % 60), 2);
    *out++ = ':';
    out = writeDigits(out, int(msOfDay / 1000 % 60), 2);
    *out++ = '.';
    out = writeDigits(out, int(msOfDay % 1000), 3);
    *out++ = 'Z';
    *out++ = '"';
    shrinkTo(out);
}

} // namespace remotegpu

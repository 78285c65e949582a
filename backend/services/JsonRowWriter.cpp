#include "JsonRowWriter.h"

#include <QLocale>

#include <cmath>

namespace remotegpu {

void JsonRowWriter::beginRow()
{
    if (!m_out.isEmpty())
        m_out += ',';
    m_out += '{';
    m_firstField = true;
}

void JsonRowWriter::key(QByteArrayView key)
{
    if (!m_firstField)
        m_out += ',';
    m_firstField = false;
    m_out += '"';
    m_out += key;
    m_out += "\":";
}

void JsonRowWriter::field(QByteArrayView name, qint64 value)
{
    key(name);
    m_out += QByteArray::number(value);
}

void JsonRowWriter::field(QByteArrayView name, double value)
{
    key(name);
    if (std::isfinite(value))
        m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        m_out += "null";
}

void JsonRowWriter::field(QByteArrayView name, bool value)
{
    key(name);
    m_out += value ? "true" : "false";
}

void JsonRowWriter::field(QByteArrayView name, const QString &value)
{
    field(name, QByteArrayView(value.toUtf8()));
}

void JsonRowWriter::field(QByteArrayView name, QByteArrayView utf8)
{
    key(name);
    appendString(m_out, utf8);
}

void JsonRowWriter::field(QByteArrayView name, const QList<int> &values)
{
    key(name);
    m_out += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_out += ',';
        m_out += QByteArray::number(values.at(i));
    }
    m_out += ']';
}

void JsonRowWriter::nullField(QByteArrayView name)
{
    key(name);
    m_out += "null";
}

void JsonRowWriter::appendString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out += utf8.sliced(plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out += utf8.sliced(plainFrom);
    out += '"';
}

} // namespace remotegpu

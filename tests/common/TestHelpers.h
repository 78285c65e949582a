#pragma once

#include "Error.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <ostream>

// GoogleTest prints failing values through these instead of as raw bytes.
inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QStringList &l, std::ostream *os)
{
    *os << '[' << l.join(QStringLiteral(", ")).toStdString() << ']';
}
inline void PrintTo(const QJsonObject &o, std::ostream *os)
{
    *os << QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

namespace remotegpu {

template<typename T>
requires requires(const T &t)
{
    t.toJson();
}
void PrintTo(const T &value, std::ostream *os)
{
    *os << QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact).toStdString();
}

inline void PrintTo(const FieldError &e, std::ostream *os)
{
    *os << e.field.toStdString() << ": " << e.message.toStdString();
}

namespace test {

inline QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList out;
    for (const FieldError &e : errors)
        out.append(e.field);
    return out;
}

template<typename T>
QStringList invalidFields(const T &value)
{
    return fieldsOf(value.validate());
}

inline QString messageFor(const QList<FieldError> &errors, const QString &field)
{
    for (const FieldError &e : errors) {
        if (e.field == field)
            return e.message;
    }
    return {};
}

} // namespace test
} // namespace remotegpu

#include "SqlValues.h"

#include <QJsonDocument>

namespace remotegpu::sql {

using namespace Qt::Literals::StringLiterals;

QString epochMs(const QString &column)
{
    return u"(extract(epoch FROM "_s + column + u") * 1000)::int8"_s;
}

QDateTime utcFromEpochMs(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QVariant nullableId(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<int>());
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString textArray(const QStringList &values)
{
    QString out = u"{"_s;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += u',';
        QString v = values[i];
        v.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
        out += u'"' + v + u'"';
    }
    return out + u'}';
}

QDateTime utcTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : value.toDateTime().toUTC();
}

WhereClause &WhereClause::add(const QString &condition, const QVariantList &binds)
{
    m_conditions << condition;
    m_binds << binds;
    return *this;
}

WhereClause &WhereClause::addIn(const QString &column, const QStringList &values)
{
    if (values.isEmpty())
        return *this;
    m_conditions << column + u" = ANY(?::text[])"_s;
    m_binds << textArray(values);
    return *this;
}

Result<void> WhereClause::addInIds(const QString &field, const QString &column,
                                   const QStringList &values)
{
    if (values.isEmpty())
        return {};
    QStringList ids;
    for (const QString &v : values) {
        bool ok = false;
        const qint64 id = v.trimmed().toLongLong(&ok);
        if (!ok) {
            const QString message =
                u"filters.%1 must be ids (whole numbers); \"%2\" is not one"_s.arg(field,
                                                                                   v.left(64));
            return Error::badRequest(message, {{u"filters."_s + field, message}});
        }
        ids << QString::number(id);
    }
    m_conditions << column + u" = ANY(?::bigint[])"_s;
    m_binds << QString(u'{' + ids.join(u',') + u'}');
    return {};
}

QString WhereClause::sql() const
{
    return m_conditions.isEmpty() ? QString() : u" WHERE "_s + m_conditions.join(u" AND "_s);
}

} // namespace remotegpu::sql

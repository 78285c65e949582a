#include "SystemSetting.h"

#include "JsonReader.h"
#include "JsonWriter.h"
#include "Validator.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <limits>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isSettingKey(const QString &key)
{
    if (key.isEmpty() || !(key.front() >= u'a' && key.front() <= u'z'))
        return false;
    for (QChar c : key) {
        const bool ok =
            (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.';
        if (!ok)
            return false;
    }
    return true;
}

QString typeMismatch(SettingType type)
{
    return u"value %1 because type is %2"_s.arg(SystemSetting::typeRequirement(type),
                                                toString(type));
}

// JSON keeps integers exactly; normalising to the integer form makes == independent of
// whether the number came from a parser (2) or a literal (2.0).
QJsonValue normalised(SettingType type, const QJsonValue &value)
{
    if (type == SettingType::Int && value.isDouble())
        return QJsonValue(value.toInteger());
    return value;
}

} // namespace

SystemSetting SystemSetting::makeString(const QString &key, const QString &value)
{
    SystemSetting s;
    s.key = key;
    s.type = SettingType::String;
    s.value = value;
    return s;
}

SystemSetting SystemSetting::makeInt(const QString &key, qint64 value)
{
    SystemSetting s;
    s.key = key;
    s.type = SettingType::Int;
    s.value = QJsonValue(value);
    return s;
}

SystemSetting SystemSetting::makeBool(const QString &key, bool value)
{
    SystemSetting s;
    s.key = key;
    s.type = SettingType::Bool;
    s.value = value;
    return s;
}

SystemSetting SystemSetting::makeJson(const QString &key, const QJsonValue &objectOrArray)
{
    SystemSetting s;
    s.key = key;
    s.type = SettingType::Json;
    s.value = objectOrArray;
    return s;
}

QJsonValue SystemSetting::defaultValue(SettingType type)
{
    switch (type) {
    case SettingType::String:
        return QString();
    case SettingType::Int:
        return QJsonValue(qint64(0));
    case SettingType::Bool:
        return false;
    case SettingType::Json:
        return QJsonObject();
    }
    return {};
}

QString SystemSetting::typeRequirement(SettingType type)
{
    switch (type) {
    case SettingType::String:
        return u"must be a string"_s;
    case SettingType::Int:
        return u"must be a whole number"_s;
    case SettingType::Bool:
        return u"must be true or false"_s;
    case SettingType::Json:
        return u"must be a JSON object or array"_s;
    }
    return {};
}

bool SystemSetting::matchesType(SettingType type, const QJsonValue &value)
{
    switch (type) {
    case SettingType::String:
        return value.isString();
    case SettingType::Int:
        return value.isDouble() && value.toInteger(std::numeric_limits<qint64>::min()) !=
                                       std::numeric_limits<qint64>::min();
    case SettingType::Bool:
        return value.isBool();
    case SettingType::Json:
        return value.isObject() || value.isArray();
    }
    return false;
}

Result<SystemSetting> SystemSetting::fromColumns(const QString &key, const QString &configValue,
                                                 const QString &configType)
{
    const std::optional<SettingType> type = fromString<SettingType>(configType);
    if (!type) {
        return Error::internal(u"Setting "_s % key % u" has an unknown type '"_s % configType %
                               u"' (expected one of: "_s % allowedValues<SettingType>() % u")"_s);
    }
    SystemSetting s;
    s.key = key;
    s.type = *type;
    switch (*type) {
    case SettingType::String:
        s.value = configValue;
        break;
    case SettingType::Int: {
        bool ok = false;
        const qint64 n = configValue.trimmed().toLongLong(&ok);
        if (ok)
            s.value = QJsonValue(n);
        else
            s.value = QJsonValue::Undefined;
        break;
    }
    case SettingType::Bool:
        if (configValue == u"true")
            s.value = true;
        else if (configValue == u"false")
            s.value = false;
        else
            s.value = QJsonValue::Undefined;
        break;
    case SettingType::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(configValue.toUtf8());
        if (doc.isObject())
            s.value = doc.object();
        else if (doc.isArray())
            s.value = doc.array();
        else
            s.value = QJsonValue::Undefined;
        break;
    }
    }
    if (s.value.isUndefined()) {
        return Error::internal(u"Setting "_s % key % u" holds '"_s % configValue %
                               u"', which is not a valid "_s % configType);
    }
    return s;
}

QString SystemSetting::columnValue() const
{
    switch (type) {
    case SettingType::String:
        return value.toString();
    case SettingType::Int:
        return QString::number(value.toInteger());
    case SettingType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case SettingType::Json:
        if (value.isArray())
            return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QJsonObject SystemSetting::toJson() const
{
    return QJsonObject{
        {u"id"_s, id},
        {u"key"_s, key},
        {u"type"_s, json::enumValue(type)},
        {u"value"_s, value},
        {u"description"_s, json::nullable(description)},
        {u"isPublic"_s, isPublic},
        {u"createdAt"_s, json::timestamp(createdAt)},
        {u"updatedAt"_s, json::timestamp(updatedAt)},
    };
}

Result<SystemSetting> SystemSetting::fromJson(const QJsonObject &json)
{
    JsonReader r(json);
    SystemSetting s;
    s.id = r.int64(u"id"_s);
    s.key = r.string(u"key"_s);
    const qsizetype errorsBeforeType = r.errors().size();
    s.type = r.enumValue(u"type"_s, s.type);
    const bool typeKnown = r.errors().size() == errorsBeforeType;
    const QJsonValue value = json.value(u"value"_s);
    if (value.isUndefined())
        s.value = defaultValue(s.type);
    else if (typeKnown && !matchesType(s.type, value))
        r.addError(u"value"_s, typeMismatch(s.type));
    else
        s.value = normalised(s.type, value);
    s.description = r.string(u"description"_s);
    s.isPublic = r.boolean(u"isPublic"_s);
    s.createdAt = r.timestamp(u"createdAt"_s);
    s.updatedAt = r.timestamp(u"updatedAt"_s);
    return r.finish(std::move(s));
}

QList<FieldError> SystemSetting::validate() const
{
    Validator v;
    v.required(u"key"_s, key).maxLength(u"key"_s, key, 128);
    if (!key.isEmpty() && !isSettingKey(key)) {
        v.add(u"key"_s, u"key may contain only lower-case letters, digits, '_' and '.', starting "
                        u"with a letter"_s);
    }
    if (!matchesType(type, value))
        v.add(u"value"_s, typeMismatch(type));
    return v.errors();
}

} // namespace remotegpu

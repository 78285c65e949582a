#pragma once

#include "Enums.h"
#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace remotegpu {

// One platform setting (table `system_configs`). The column holds text; on the wire and in this
// model the value is typed by `type`: a JSON string, a whole number, true/false, or a JSON
// object/array. Use fromColumns / columnValue to cross between the two.
struct SystemSetting
{
    qint64 id = 0;
    QString key; // "site_name", "allocation.expiring_window_hours"
    SettingType type = SettingType::String;
    QJsonValue value = QString();
    QString description;
    bool isPublic = false; // readable by customers, not only admins
    QDateTime createdAt;
    QDateTime updatedAt;

    static SystemSetting makeString(const QString &key, const QString &value);
    static SystemSetting makeInt(const QString &key, qint64 value);
    static SystemSetting makeBool(const QString &key, bool value);
    static SystemSetting makeJson(const QString &key, const QJsonValue &objectOrArray);

    // From the stored row; an unknown type or a text that does not parse as its type is an
    // Error naming the key, so a hand-edited row is reported rather than read as 0.
    static Result<SystemSetting> fromColumns(const QString &key, const QString &configValue,
                                             const QString &configType);
    // The text for system_configs.config_value.
    QString columnValue() const;

    QString stringValue() const { return value.toString(); }
    qint64 intValue(qint64 fallback = 0) const { return value.toInteger(fallback); }
    bool boolValue(bool fallback = false) const { return value.toBool(fallback); }

    // "", 0, false or {}: what an absent `value` reads as.
    static QJsonValue defaultValue(SettingType type);
    // Whether `value` has the JSON type `type` calls for.
    static bool matchesType(SettingType type, const QJsonValue &value);
    // What a value of `type` must be, for messages: "must be a whole number".
    static QString typeRequirement(SettingType type);

    QJsonObject toJson() const;
    static Result<SystemSetting> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const SystemSetting &, const SystemSetting &) = default;
};

} // namespace remotegpu

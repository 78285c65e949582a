#pragma once

#include "Enums.h"
#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace remotegpu {

// A message to one user (table `notifications`), e.g. "allocation expires in 3 days".
struct Notification
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString title;
    QString content;
    QString type; // what it is about: "allocation.expiring", "alert", "task.finished", …
    AlertSeverity level = AlertSeverity::Info;
    bool isRead = false;
    QDateTime readAt;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<Notification> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const Notification &, const Notification &) = default;
};

} // namespace remotegpu

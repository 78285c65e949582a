#pragma once

#include "Enums.h"
#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

// A dataset in object storage (table `datasets`). A V2.1 `ready` row reads as `available`.
struct Dataset
{
    qint64 id = 0;
    QString uuid;
    std::optional<qint64> tenantId; // null for a public dataset uploaded by an admin
    qint64 customerId = 0;          // who uploaded it
    std::optional<qint64> workspaceId;
    QString name;
    QString description;
    QString storagePath; // bucket path, e.g. "s3://remotegpu/users/2/datasets/imagenet"
    QString storageType = QStringLiteral("minio");
    qint64 totalSize = 0; // bytes
    int fileCount = 0;
    DatasetStatus status = DatasetStatus::Uploading;
    DatasetVisibility visibility = DatasetVisibility::Private;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<Dataset> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const Dataset &, const Dataset &) = default;
};

} // namespace remotegpu

#pragma once

#include "Enums.h"
#include "Error.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu {

// Container image metadata (table `images`). Customers see an image once it is `available`.
struct Image
{
    qint64 id = 0;
    std::optional<qint64> tenantId; // null: a platform image; else a tenant's own upload
    QString name;                   // image reference, unique, e.g. "pytorch/2.0-cuda11.8"
    QString displayName;
    QString description;
    QString category;
    QString framework;
    QString frameworkVersion;
    QString cudaVersion;
    QString pythonVersion;
    bool isOfficial = false;
    std::optional<qint64> size; // bytes
    QString registryUrl;
    QStringList tags;
    ImageStatus status = ImageStatus::Building;
    QDateTime createdAt;
    QDateTime updatedAt;

    QJsonObject toJson() const;
    static Result<Image> fromJson(const QJsonObject &json);
    QList<FieldError> validate() const;

    friend bool operator==(const Image &, const Image &) = default;
};

} // namespace remotegpu

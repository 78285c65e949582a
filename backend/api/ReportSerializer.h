#pragma once

#include "DashboardStats.h"
#include "GpuTrend.h"
#include "ResourceStatistics.h"
#include "TenantStatisticsReport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace remotegpu {

// The dashboard and statistics reports as the API renders them: JSON where common/ has no
// toJson for the type, and the CSV downloads of ?format=csv (columns in the JSON's order).
class ReportSerializer
{
public:
    static QByteArray adminStatsCsv(const DashboardStats &stats);
    static QByteArray gpuTrendCsv(const GpuTrend &trend);
    static QJsonObject resourcesJson(const ResourceStatistics &report);
    static QByteArray resourcesCsv(const ResourceStatistics &report);
    static QByteArray tenantsCsv(const TenantStatisticsReport &report);
    // "yyyyMMddTHHmm-yyyyMMddTHHmm" (UTC), for the download's file name.
    static QString fileStamp(const QDateTime &from, const QDateTime &to);
};

} // namespace remotegpu

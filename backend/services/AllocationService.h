#pragma once

#include "Allocation.h"
#include "ClientInfo.h"
#include "Clock.h"
#include "FreeWindows.h"
#include "Page.h"
#include "PageRequest.h"
#include "Principal.h"
#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace remotegpu {

class DatabasePool;
class RateLimiter;
class SqlSession;

// Whole-machine allocations: create, extend, reclaim, bulk extend and the free-window query.
// Every write runs in one transaction with its audit row(s) and its SSH key jobs; a refused
// write leaves a failure audit row written after the rollback. A host's periods never overlap
// because the database refuses it (allocations_host_period_excl, SQLSTATE 23P01): this class
// only turns that refusal into a 409 naming the allocation that holds the period.
class AllocationService
{
public:
    // Bulk extend touches many rows in one transaction: a few per minute per account is plenty.
    static constexpr int BulkExtendLimit = 10;
    static constexpr int BulkExtendWindowSeconds = 60;

    AllocationService(DatabasePool &pool, const Clock &clock, RateLimiter &limiter)
        : m_pool(pool)
        , m_clock(clock)
        , m_limiter(limiter)
    {}

    struct CreateRequest
    {
        QString hostId;
        qint64 tenantId = 0;
        QDateTime startTime; // invalid: now
        QDateTime endTime;
        QString remark;
        bool hostFromPath = false; // an unknown host is then 404 rather than a 400 on hostId
    };

    struct BulkExtendRequest
    {
        QStringList ids;
        QDateTime endTime;             // either this…
        std::optional<int> extendDays; // …or this many days added to each allocation's end
    };

    Result<Page<Allocation>> list(const PageRequest &request, qint64 scopeTenant);
    Result<QList<Allocation>> recent(qint64 scopeTenant);
    // Another tenant's allocation reads as NotFound.
    Result<Allocation> get(const QString &id, qint64 scopeTenant);

    Result<Allocation> create(const CreateRequest &request, const Principal &actor,
                              const ClientInfo &client);
    Result<Allocation> extend(const QString &id, const QDateTime &endTime, const Principal &actor,
                              const ClientInfo &client);
    Result<Allocation> reclaim(const QString &id, const QString &reason, const Principal &actor,
                               const ClientInfo &client);
    // Reclaims the host's active allocation.
    Result<Allocation> reclaimHost(const QString &hostId, const QString &reason,
                                   const Principal &actor, const ClientInfo &client);
    // All or nothing: one unknown id or one clash and no allocation changes.
    Result<QList<Allocation>> bulkExtend(const BulkExtendRequest &request, const Principal &actor,
                                         const ClientInfo &client);

    // Counts a bulk extend against the actor's rate limit: a 429 once it is used up.
    Result<void> admitBulkExtend(const Principal &actor);

    // Free [start, end) intervals of one host, or of every host with a GPU named `gpuModel`,
    // over [from, to): from now and for 28 days when `from` or `to` is invalid (not given).
    // `scopeTenant` 0: every host; otherwise only hosts that tenant has (or had) allocated, so a
    // customer does not learn the rest of the fleet (another host reads as absent).
    Result<FreeWindows> freeWindows(const QString &hostId, const QString &gpuModel,
                                    const QDateTime &from, const QDateTime &to,
                                    qint64 scopeTenant = 0);

private:
    // Writes a failure audit row in its own transaction (the failed one is rolled back) and
    // hands the error back.
    Error fail(const QString &action, const QString &resourceId, std::optional<qint64> tenantId,
               const Error &error, const Principal &actor, const ClientInfo &client,
               const QJsonObject &detail = {});
    Result<Allocation> extendIn(SqlSession &session, const Allocation &current,
                                const QDateTime &endTime);

    DatabasePool &m_pool;
    const Clock &m_clock;
    RateLimiter &m_limiter;
};

} // namespace remotegpu

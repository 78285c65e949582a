#include "PgRows.h"

#include <libpq-fe.h>

#include <charconv>

namespace remotegpu {

PgRows::PgRows(pg_result *result)
    : m_result(result, PQclear)
{}

int PgRows::size() const
{
    return m_result ? PQntuples(m_result.get()) : 0;
}

bool PgRows::isNull(int row, int column) const
{
    return PQgetisnull(m_result.get(), row, column) != 0;
}

QByteArrayView PgRows::utf8(int row, int column) const
{
    return QByteArrayView(PQgetvalue(m_result.get(), row, column),
                          PQgetlength(m_result.get(), row, column));
}

QString PgRows::text(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QString::fromUtf8(utf8(row, column));
}

qint64 PgRows::int64(int row, int column) const
{
    const QByteArrayView v = utf8(row, column);
    qint64 n = 0;
    std::from_chars(v.data(), v.data() + v.size(), n);
    return n;
}

std::optional<qint64> PgRows::optionalInt64(int row, int column) const
{
    if (isNull(row, column))
        return std::nullopt;
    return int64(row, column);
}

QDateTime PgRows::utcFromEpochMs(int row, int column) const
{
    if (isNull(row, column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(int64(row, column), Qt::UTC);
}

} // namespace remotegpu

#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

struct pg_result;

namespace remotegpu {

// The rows of one libpq result, read cell by cell straight from libpq's buffer (text format).
// For hot lists: QSqlQuery::value() builds a QVariant per cell, and on the machine list that
// was a fifth of the server's CPU (docs/benchmarks.md). Cheap to copy (the result is shared).
// Readers take (row, column); a null cell reads as an empty string, 0 or an invalid QDateTime,
// and isNull() tells it apart.
class PgRows
{
public:
    // One row, read with the same calls minus the row number.
    class Row
    {
    public:
        Row(const PgRows &rows, int row)
            : m_rows(rows)
            , m_row(row)
        {}
        bool isNull(int column) const { return m_rows.isNull(m_row, column); }
        QByteArrayView utf8(int column) const { return m_rows.utf8(m_row, column); }
        QString text(int column) const { return m_rows.text(m_row, column); }
        qint64 int64(int column) const { return m_rows.int64(m_row, column); }
        QDateTime utcFromEpochMs(int column) const { return m_rows.utcFromEpochMs(m_row, column); }

    private:
        const PgRows &m_rows;
        int m_row;
    };

    PgRows() = default;
    explicit PgRows(pg_result *result); // takes ownership

    int size() const;
    Row row(int row) const { return Row(*this, row); }

    bool isNull(int row, int column) const;
    QByteArrayView utf8(int row, int column) const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;
    std::optional<qint64> optionalInt64(int row, int column) const;
    // A `(extract(epoch FROM col) * 1000)::int8` column (sql::epochMs) as a UTC time.
    QDateTime utcFromEpochMs(int row, int column) const;

private:
    std::shared_ptr<pg_result> m_result;
};

} // namespace remotegpu

#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace remotegpu {

// Writes flat JSON objects ({"key":value,…}) straight into a byte buffer, for the rows of a
// heartbeat batch (HeartbeatIngestService). QJsonObject kept a sorted map per row and the whole
// document was then serialized again: a quarter of the server's CPU per heartbeat
// (docs/benchmarks.md). Keys are the caller's ASCII literals and are written as given; strings
// are escaped as RFC 8259 requires; a missing figure (nullopt) leaves its key out, and a
// non-finite number is written as null, as QJsonDocument does.
class JsonRowWriter
{
public:
    explicit JsonRowWriter(QByteArray &out)
        : m_out(out)
    {}

    // Opens a row; rows after the first are preceded by a comma.
    void beginRow();
    void endRow() { m_out += '}'; }

    void field(QByteArrayView key, qint64 value);
    void field(QByteArrayView key, int value) { field(key, qint64(value)); }
    void field(QByteArrayView key, double value);
    void field(QByteArrayView key, bool value);
    void field(QByteArrayView key, const QString &value);
    void field(QByteArrayView key, QByteArrayView utf8);
    void field(QByteArrayView key, const QList<int> &values);
    template<typename T>
    void field(QByteArrayView key, const std::optional<T> &value)
    {
        if (value)
            field(key, *value);
    }

    // A missing figure written as null, where the reader expects every key (the C2 events).
    template<typename T>
    void fieldOrNull(QByteArrayView key, const std::optional<T> &value)
    {
        if (value)
            field(key, *value);
        else
            nullField(key);
    }
    void nullField(QByteArrayView key);

    static void appendString(QByteArray &out, QByteArrayView utf8);

private:
    void key(QByteArrayView key);

    QByteArray &m_out;
    bool m_firstField = true;
};

} // namespace remotegpu

#include "HeartbeatBuffer.h"

#include "AgentLog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace remotegpu {

namespace {

const QString stateFile = QStringLiteral("state.json");

Result<void> writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error::unavailable(
            QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

HeartbeatBuffer::HeartbeatBuffer(QString directory, qsizetype maxCount)
    : m_directory(std::move(directory))
    , m_maxCount(std::max<qsizetype>(1, maxCount))
{}

QString HeartbeatBuffer::fileFor(qint64 sequence) const
{
    return m_directory + QStringLiteral("/%1.json").arg(sequence, 20, 10, QLatin1Char('0'));
}

Result<void> HeartbeatBuffer::open()
{
    QDir dir(m_directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return Error::unavailable(
            QStringLiteral("cannot create the buffer directory %1").arg(m_directory));
    m_sequences.clear();
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const QString &name : files) {
        if (name == stateFile)
            continue;
        bool ok = false;
        const qint64 sequence = QStringView(name).chopped(5).toLongLong(&ok);
        if (ok)
            m_sequences << sequence;
    }
    std::sort(m_sequences.begin(), m_sequences.end());
    QFile state(dir.filePath(stateFile));
    if (state.open(QIODevice::ReadOnly)) {
        const QJsonObject json = QJsonDocument::fromJson(state.readAll()).object();
        m_nextSequence = json.value(QStringLiteral("nextSequence")).toInteger(1);
        m_dropped = json.value(QStringLiteral("dropped")).toInteger(0);
    }
    if (!m_sequences.isEmpty())
        m_nextSequence = std::max(m_nextSequence, m_sequences.last() + 1);
    // A smaller bound than last time: the oldest beyond it go, counted like any other drop.
    if (m_sequences.size() > m_maxCount) {
        const qsizetype excess = m_sequences.size() - m_maxCount;
        for (qsizetype i = 0; i < excess; ++i)
            QFile::remove(fileFor(m_sequences[i]));
        m_sequences.remove(0, excess);
        m_dropped += excess;
        saveState();
    }
    return {};
}

void HeartbeatBuffer::saveState()
{
    const QJsonObject json{{QStringLiteral("nextSequence"), m_nextSequence},
                           {QStringLiteral("dropped"), m_dropped}};
    if (Result<void> written =
            writeFile(m_directory + u'/' + stateFile, QJsonDocument(json).toJson());
        !written)
        qCWarning(agentLog) << written.error().message;
}

qint64 HeartbeatBuffer::takeSequence()
{
    const qint64 sequence = m_nextSequence++;
    saveState();
    return sequence;
}

Result<void> HeartbeatBuffer::append(const AgentHeartbeat &heartbeat)
{
    while (m_sequences.size() >= m_maxCount) {
        QFile::remove(fileFor(m_sequences.takeFirst()));
        ++m_dropped;
    }
    if (Result<void> written =
            writeFile(fileFor(heartbeat.sequence),
                      QJsonDocument(heartbeat.toJson()).toJson(QJsonDocument::Compact));
        !written) {
        ++m_dropped;
        saveState();
        return written;
    }
    const auto at = std::lower_bound(m_sequences.begin(), m_sequences.end(), heartbeat.sequence);
    if (at == m_sequences.end() || *at != heartbeat.sequence)
        m_sequences.insert(at, heartbeat.sequence);
    m_nextSequence = std::max(m_nextSequence, heartbeat.sequence + 1);
    saveState();
    return {};
}

QList<AgentHeartbeat> HeartbeatBuffer::oldest(qsizetype count)
{
    QList<AgentHeartbeat> heartbeats;
    QList<qint64> corrupt;
    for (qsizetype i = 0; i < m_sequences.size() && heartbeats.size() < count; ++i) {
        const QString path = fileFor(m_sequences[i]);
        QFile file(path);
        QJsonParseError parseError{};
        const QJsonDocument document = file.open(QIODevice::ReadOnly)
                                           ? QJsonDocument::fromJson(file.readAll(), &parseError)
                                           : QJsonDocument();
        Result<AgentHeartbeat> heartbeat =
            document.isObject()
                ? AgentHeartbeat::fromJson(document.object())
                : Result<AgentHeartbeat>(Error::badRequest(parseError.errorString()));
        if (!heartbeat) {
            qCWarning(agentLog).noquote() << "skipping the corrupt buffered heartbeat" << path
                                          << ":" << heartbeat.error().message;
            corrupt << m_sequences[i];
            continue;
        }
        heartbeats << *heartbeat;
    }
    if (!corrupt.isEmpty()) {
        m_corrupt += corrupt.size();
        remove(corrupt);
    }
    return heartbeats;
}

void HeartbeatBuffer::remove(const QList<qint64> &sequences)
{
    for (qint64 sequence : sequences) {
        QFile::remove(fileFor(sequence));
        m_sequences.removeOne(sequence);
    }
}

} // namespace remotegpu

#include "NvidiaSmiCollector.h"

#include "AgentLog.h"
#include "NvidiaSmiComputeAppsParser.h"
#include "NvidiaSmiCsvParser.h"
#include "NvidiaSmiQueryParser.h"
#include "ProcessOwner.h"

#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>

namespace remotegpu {

namespace {

constexpr int timeoutMs = 10'000;

Result<QString> runProgram(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(timeoutMs))
        return Error::unavailable(
            QStringLiteral("%1 did not start: %2").arg(program, process.errorString()));
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return Error::unavailable(
            QStringLiteral("%1 did not answer within %2 s").arg(program).arg(timeoutMs / 1000));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error::unavailable(
            QStringLiteral("%1 %2 exited with %3: %4")
                .arg(program, arguments.join(u' '))
                .arg(process.exitCode())
                .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString format()
{
    return QStringLiteral("--format=csv,noheader,nounits");
}

} // namespace

NvidiaSmiCollector::NvidiaSmiCollector(QString program)
    : m_run([program](const QStringList &arguments) { return runProgram(program, arguments); })
    , m_owner([](qint64 pid) { return ProcessOwner::of(pid); })
{}

NvidiaSmiCollector::NvidiaSmiCollector(Runner runner, OwnerLookup owners)
    : m_run(std::move(runner))
    , m_owner(std::move(owners))
{}

bool NvidiaSmiCollector::available(const QString &program)
{
    if (program.contains(u'/'))
        return QFileInfo(program).isExecutable();
    return !QStandardPaths::findExecutable(program).isEmpty();
}

Result<GpuSnapshot> NvidiaSmiCollector::collect()
{
    QStringList fields = NvidiaSmiCsvParser::queryFields();
    if (!m_healthFieldsKnown) {
        for (const QString &field : NvidiaSmiCsvParser::healthFields())
            fields.removeAll(field);
    }
    Result<QString> csv = m_run({QStringLiteral("--query-gpu=") + fields.join(u','), format()});
    if (!csv && m_healthFieldsKnown) {
        qCInfo(agentLog)
            << "nvidia-smi rejected the health fields; reading them from nvidia-smi -q:"
            << csv.error().message;
        m_healthFieldsKnown = false;
        return collect();
    }
    if (!csv)
        return csv.error();
    Result<QList<GpuReading>> readings = NvidiaSmiCsvParser::parse(*csv, fields);
    if (!readings)
        return readings.error();

    GpuSnapshot snapshot;
    snapshot.source = QStringLiteral("nvidia-smi");
    snapshot.gpus = *readings;
    QHash<QString, qsizetype> byUuid;
    for (qsizetype i = 0; i < snapshot.gpus.size(); ++i)
        byUuid.insert(snapshot.gpus[i].uuid, i);

    if (!m_healthFieldsKnown) {
        if (Result<QString> report = m_run({QStringLiteral("-q")})) {
            if (auto health = NvidiaSmiQueryParser::parse(*report)) {
                for (const NvidiaSmiQueryParser::GpuHealthCounters &counters :
                     std::as_const(*health)) {
                    if (!byUuid.contains(counters.uuid))
                        continue;
                    GpuReading &gpu = snapshot.gpus[byUuid.value(counters.uuid)];
                    gpu.eccUncorrectedVolatile = counters.eccUncorrectedVolatile;
                    gpu.retiredPagesDoubleBit = counters.retiredPagesDoubleBit;
                    gpu.rowRemapFailure = counters.rowRemapFailure;
                }
            }
        }
    }

    const QStringList appFields = NvidiaSmiComputeAppsParser::queryFields();
    Result<QString> apps =
        m_run({QStringLiteral("--query-compute-apps=") + appFields.join(u','), format()});
    Result<QList<GpuProcess>> processes = apps ? NvidiaSmiComputeAppsParser::parse(*apps, appFields)
                                               : Result<QList<GpuProcess>>(apps.error());
    if (!processes) {
        qCWarning(agentLog) << "no GPU process list:" << processes.error().message;
        return snapshot;
    }
    snapshot.processesCollected = true;
    for (GpuReading &gpu : snapshot.gpus)
        gpu.sample.processCount = 0;
    for (GpuProcess process : std::as_const(*processes)) {
        const qsizetype at = byUuid.value(process.gpuUuid, -1);
        if (at >= 0) {
            process.gpuIndex = snapshot.gpus[at].sample.gpuIndex;
            snapshot.gpus[at].sample.processCount =
                snapshot.gpus[at].sample.processCount.value_or(0) + 1;
        }
        process.username = m_owner(process.pid);
        snapshot.processes << process;
    }
    return snapshot;
}

} // namespace remotegpu

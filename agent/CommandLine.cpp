#include "CommandLine.h"

#include <QCommandLineParser>
#include <QFile>

namespace remotegpu {

namespace {

struct Options
{
    QCommandLineOption server{QStringLiteral("server"),
                              QStringLiteral("The RemoteGPU server's base URL."),
                              QStringLiteral("URL")};
    QCommandLineOption tokenFile{
        QStringLiteral("token-file"),
        QStringLiteral("Where the agent token is kept (mode 0600; a JSON map hostId -> token)."),
        QStringLiteral("FILE")};
    QCommandLineOption enrollToken{
        QStringLiteral("enroll-token"),
        QStringLiteral(
            "The site's enrollment token: exchanged for a per-host token on first start."),
        QStringLiteral("TOKEN")};
    QCommandLineOption hostId{QStringLiteral("host-id"),
                              QStringLiteral("This machine's id in RemoteGPU (for enrolment)."),
                              QStringLiteral("ID")};
    QCommandLineOption interval{QStringLiteral("interval"),
                                QStringLiteral("Seconds between heartbeats (default 10)."),
                                QStringLiteral("S")};
    QCommandLineOption bufferDir{
        QStringLiteral("buffer-dir"),
        QStringLiteral("Where heartbeats wait while the server is unreachable."),
        QStringLiteral("DIR")};
    QCommandLineOption bufferMax{
        QStringLiteral("buffer-max"),
        QStringLiteral(
            "At most this many buffered heartbeats; the oldest go first (default 8640)."),
        QStringLiteral("N")};
    QCommandLineOption nvidiaSmi{QStringLiteral("nvidia-smi"),
                                 QStringLiteral("The nvidia-smi program to run."),
                                 QStringLiteral("PATH")};
    QCommandLineOption dcgmUrl{
        QStringLiteral("dcgm-url"),
        QStringLiteral("A local dcgm-exporter /metrics URL for GPU figures."),
        QStringLiteral("URL")};
    QCommandLineOption nodeExporterUrl{
        QStringLiteral("node-exporter-url"),
        QStringLiteral("A local node-exporter /metrics URL for host figures."),
        QStringLiteral("URL")};
    QCommandLineOption once{QStringLiteral("once"),
                            QStringLiteral("Send one heartbeat (and the backlog) and exit.")};
    QCommandLineOption simulate{QStringLiteral("simulate"),
                                QStringLiteral("Play N simulated hosts instead of this one."),
                                QStringLiteral("N")};
    QCommandLineOption hostIds{QStringLiteral("host-ids"),
                               QStringLiteral("Simulated host ids, comma-separated."),
                               QStringLiteral("a,b,c")};
    QCommandLineOption hostIdsFile{QStringLiteral("host-ids-file"),
                                   QStringLiteral("Simulated host ids, one a line."),
                                   QStringLiteral("FILE")};
    QCommandLineOption hostIdPrefix{
        QStringLiteral("host-id-prefix"),
        QStringLiteral("Simulated host ids P0001..PN when no list is given."), QStringLiteral("P")};
    QCommandLineOption gpusPerHost{QStringLiteral("gpus-per-host"),
                                   QStringLiteral("GPUs per simulated host (default 8)."),
                                   QStringLiteral("G")};
    QCommandLineOption silentHost{
        QStringLiteral("silent-host"),
        QStringLiteral("A simulated host that stops heartbeating after --silent-after."),
        QStringLiteral("ID")};
    QCommandLineOption silentAfter{
        QStringLiteral("silent-after"),
        QStringLiteral("Seconds before the silent host goes quiet (default 300)."),
        QStringLiteral("S")};
    QCommandLineOption seed{QStringLiteral("seed"),
                            QStringLiteral("Seed of the simulated load (same seed, same figures)."),
                            QStringLiteral("K")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({server, tokenFile, enrollToken, hostId, interval, bufferDir, bufferMax,
                           nvidiaSmi, dcgmUrl, nodeExporterUrl, once, simulate, hostIds,
                           hostIdsFile, hostIdPrefix, gpusPerHost, silentHost, silentAfter, seed});
    }
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QStringLiteral(
        "remotegpu-agent: posts this host's CPU, memory, disk, network and GPU figures to a "
        "RemoteGPU "
        "server every interval, buffering them on disk while the server is unreachable."));
    parser.addHelpOption();
    parser.addVersionOption();
    options.addTo(parser);
}

Result<qint64> positive(const QCommandLineParser &parser, const QCommandLineOption &option,
                        qint64 fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value <= 0)
        return Error::badRequest(QStringLiteral("--%1 must be a positive whole number, not \"%2\"")
                                     .arg(option.names().first(), parser.value(option)));
    return value;
}

} // namespace

QString CommandLine::helpText()
{
    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    return parser.helpText();
}

Result<CommandLine::Parsed> CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    Options options;
    describe(parser, options);
    if (!parser.parse(arguments))
        return Error::badRequest(parser.errorText());
    Parsed parsed;
    if (parser.isSet(QStringLiteral("help")))
        return Parsed{Request::Help, {}};
    if (parser.isSet(QStringLiteral("version")))
        return Parsed{Request::Version, {}};
    if (!parser.positionalArguments().isEmpty())
        return Error::badRequest(
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first()));

    AgentConfig &config = parsed.config;
    config.server = QUrl(parser.value(options.server));
    if (!parser.isSet(options.server) || !config.server.isValid() ||
        (config.server.scheme() != u"http" && config.server.scheme() != u"https"))
        return Error::badRequest(QStringLiteral("--server must be the server's http(s):// URL"));
    if (parser.isSet(options.tokenFile))
        config.tokenFile = parser.value(options.tokenFile);
    config.enrollToken = parser.value(options.enrollToken);
    config.hostId = parser.value(options.hostId);
    if (parser.isSet(options.bufferDir))
        config.bufferDir = parser.value(options.bufferDir);
    if (parser.isSet(options.nvidiaSmi))
        config.nvidiaSmi = parser.value(options.nvidiaSmi);
    if (parser.isSet(options.dcgmUrl))
        config.dcgmUrl = QUrl(parser.value(options.dcgmUrl));
    if (parser.isSet(options.nodeExporterUrl))
        config.nodeExporterUrl = QUrl(parser.value(options.nodeExporterUrl));
    config.once = parser.isSet(options.once);

    const auto number = [&](const QCommandLineOption &option, qint64 fallback, qint64 max,
                            auto &target) -> Result<void> {
        Result<qint64> value = positive(parser, option, fallback);
        if (!value)
            return value.error();
        if (*value > max)
            return Error::badRequest(
                QStringLiteral("--%1 may be at most %2").arg(option.names().first()).arg(max));
        target = std::remove_reference_t<decltype(target)>(*value);
        return {};
    };
    qint64 seed = 1;
    for (Result<void> checked :
         {number(options.interval, 10, 3600, config.intervalSeconds),
          number(options.bufferMax, 8640, 1'000'000, config.bufferMax),
          number(options.simulate, 0, 100'000, config.simulate),
          number(options.gpusPerHost, 8, 64, config.gpusPerHost),
          number(options.silentAfter, 300, 365 * 86400, config.silentAfterSeconds),
          number(options.seed, 1, std::numeric_limits<qint64>::max(), seed)}) {
        if (!checked)
            return checked.error();
    }
    config.seed = quint64(seed);

    if (parser.isSet(options.hostIds))
        config.hostIds = parser.value(options.hostIds).split(u',', Qt::SkipEmptyParts);
    if (parser.isSet(options.hostIdsFile)) {
        QFile file(parser.value(options.hostIdsFile));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error::badRequest(
                QStringLiteral("cannot read --host-ids-file: %1").arg(file.errorString()));
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
            if (!line.trimmed().isEmpty())
                config.hostIds << line.trimmed();
        }
    }
    for (QString &id : config.hostIds)
        id = id.trimmed();
    if (parser.isSet(options.hostIdPrefix))
        config.hostIdPrefix = parser.value(options.hostIdPrefix);
    config.silentHost = parser.value(options.silentHost);

    if (config.simulate > 0) {
        if (config.enrollToken.isEmpty())
            return Error::badRequest(QStringLiteral(
                "--simulate needs --enroll-token (each simulated host enrols once)"));
        if (!config.hostIds.isEmpty() && config.hostIds.size() < config.simulate)
            return Error::badRequest(QStringLiteral("--simulate %1 needs %1 host ids; %2 given")
                                         .arg(config.simulate)
                                         .arg(config.hostIds.size()));
        if (config.hostIds.isEmpty()) {
            for (int i = 1; i <= config.simulate; ++i)
                config.hostIds << config.hostIdPrefix +
                                      QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
        }
        config.hostIds = config.hostIds.mid(0, config.simulate);
        if (!parser.isSet(options.tokenFile))
            config.tokenFile = QStringLiteral("remotegpu-agent-sim-tokens.json");
        if (!parser.isSet(options.bufferDir))
            config.bufferDir = QStringLiteral("remotegpu-agent-sim-buffer");
    } else if (!config.enrollToken.isEmpty() && config.hostId.isEmpty()) {
        return Error::badRequest(
            QStringLiteral("--enroll-token needs --host-id (the machine's id in RemoteGPU)"));
    }
    return parsed;
}

} // namespace remotegpu

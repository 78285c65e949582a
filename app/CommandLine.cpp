#include "CommandLine.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

QString normaliseLanguage(QString value)
{
    value.replace(u'-', u'_');
    if (value.compare(u"zh_CN"_s, Qt::CaseInsensitive) == 0 ||
        value.compare(u"zh"_s, Qt::CaseInsensitive) == 0)
        return u"zh_CN"_s;
    if (value.compare(u"en"_s, Qt::CaseInsensitive) == 0 || value.startsWith(u"en_"_s))
        return u"en"_s;
    return {};
}

} // namespace

CommandLine::CommandLine()
    : m_server(u"server"_s,
               tr("Connect to the RemoteGPU server at <url>, e.g. http://10.0.0.5:8080."),
               tr("url"))
    , m_local(u"local"_s, tr("Start the bundled remotegpu-server on a free local port and "
                             "connect to it."))
    , m_language(u"lang"_s, tr("User interface language: zh_CN or en (default: the system's)."),
                 tr("language"))
    , m_smokeTest(u"smoke-test"_s,
                  tr("Open the main window without signing in, and quit once it is shown. "
                     "For automated checks."))
    , m_help({u"h"_s, u"help"_s}, tr("Show this help and exit."))
    , m_version(u"version"_s, tr("Show the version and exit."))
{
    m_parser.setApplicationDescription(
        tr("RemoteGPU Console: the operators' desktop console for a RemoteGPU fleet."));
    m_parser.addOptions({m_server, m_local, m_language, m_smokeTest, m_help, m_version});
}

Result<CommandLine::Options> CommandLine::parse(const QStringList &arguments)
{
    if (!m_parser.parse(arguments))
        return Error::badRequest(m_parser.errorText());
    if (!m_parser.positionalArguments().isEmpty()) {
        return Error::badRequest(tr("Unexpected argument \"%1\"; see --help.")
                                     .arg(m_parser.positionalArguments().constFirst()));
    }

    Options options;
    options.helpRequested = m_parser.isSet(m_help);
    options.versionRequested = m_parser.isSet(m_version);
    options.local = m_parser.isSet(m_local);
    options.smokeTest = m_parser.isSet(m_smokeTest);

    if (m_parser.isSet(m_language)) {
        options.language = normaliseLanguage(m_parser.value(m_language));
        if (options.language.isEmpty()) {
            return Error::badRequest(
                tr("Unknown language \"%1\" for --lang; use one of: %2.")
                    .arg(m_parser.value(m_language), supportedLanguages().join(u", "_s)));
        }
    }

    if (m_parser.isSet(m_server)) {
        const QString text = m_parser.value(m_server).trimmed();
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
            return Error::badRequest(tr("--server needs an http:// or https:// address such as "
                                        "http://10.0.0.5:8080, not \"%1\".")
                                         .arg(text));
        }
        options.server = url;
    }
    if (options.local && !options.server.isEmpty()) {
        return Error::badRequest(
            tr("--server and --local exclude each other: --local starts its own server."));
    }
    return options;
}

QString CommandLine::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == u"--lang"_s || argument == u"-lang"_s) && i + 1 < arguments.size())
            return normaliseLanguage(arguments.at(i + 1));
        if (argument.startsWith(u"--lang="_s))
            return normaliseLanguage(argument.mid(7));
        if (argument.startsWith(u"-lang="_s))
            return normaliseLanguage(argument.mid(6));
    }
    return {};
}

QStringList CommandLine::supportedLanguages()
{
    return {u"zh_CN"_s, u"en"_s};
}

} // namespace remotegpu

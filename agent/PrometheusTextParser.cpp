#include "PrometheusTextParser.h"

#include <QStringList>

#include <limits>

namespace remotegpu {

namespace {

std::optional<double> parseValue(const QString &text)
{
    if (text == u"NaN")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == u"+Inf" || text == u"Inf")
        return std::numeric_limits<double>::infinity();
    if (text == u"-Inf")
        return -std::numeric_limits<double>::infinity();
    bool ok = false;
    const double value = text.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

Result<QList<PrometheusTextParser::Sample>> PrometheusTextParser::parse(const QString &text)
{
    QList<Sample> samples;
    int lineNumber = 0;
    for (const QString &rawLine : text.split(u'\n')) {
        ++lineNumber;
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const auto bad = [lineNumber](const char *why) {
            return Error::badRequest(
                QStringLiteral("metrics line %1: %2").arg(lineNumber).arg(QLatin1StringView(why)));
        };
        Sample sample;
        qsizetype at = 0;
        while (at < line.size() && line[at] != u'{' && !line[at].isSpace())
            ++at;
        sample.name = line.left(at);
        if (sample.name.isEmpty())
            return bad("no metric name");
        if (at < line.size() && line[at] == u'{') {
            ++at;
            while (true) {
                while (at < line.size() && (line[at] == u',' || line[at].isSpace()))
                    ++at;
                if (at >= line.size())
                    return bad("unclosed label set");
                if (line[at] == u'}') {
                    ++at;
                    break;
                }
                const qsizetype equals = line.indexOf(u'=', at);
                if (equals < 0 || equals + 1 >= line.size() || line[equals + 1] != u'"')
                    return bad("label without a quoted value");
                const QString key = line.mid(at, equals - at).trimmed();
                QString value;
                at = equals + 2;
                bool closed = false;
                while (at < line.size()) {
                    const QChar c = line[at++];
                    if (c == u'\\' && at < line.size()) {
                        const QChar escaped = line[at++];
                        value += escaped == u'n' ? QChar(u'\n') : escaped;
                    } else if (c == u'"') {
                        closed = true;
                        break;
                    } else {
                        value += c;
                    }
                }
                if (!closed)
                    return bad("unterminated label value");
                sample.labels.insert(key, value);
            }
        }
        const QStringList rest = line.mid(at).simplified().split(u' ', Qt::SkipEmptyParts);
        if (rest.isEmpty())
            return bad("no value");
        const std::optional<double> value = parseValue(rest.first());
        if (!value)
            return bad("value is not a number");
        sample.value = *value;
        samples << sample;
    }
    return samples;
}

std::optional<double> PrometheusTextParser::find(const QList<Sample> &samples, const QString &name,
                                                 const QMap<QString, QString> &labels)
{
    for (const Sample &sample : samples) {
        if (sample.name != name)
            continue;
        bool matches = true;
        for (auto it = labels.cbegin(); it != labels.cend() && matches; ++it)
            matches = sample.labels.value(it.key()) == it.value();
        if (matches)
            return sample.value;
    }
    return std::nullopt;
}

} // namespace remotegpu

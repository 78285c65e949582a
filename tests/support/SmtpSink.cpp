#include "SmtpSink.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTcpServer>
#include <QTcpSocket>

#include <optional>

namespace remotegpu::test {

using namespace Qt::Literals::StringLiterals;

namespace {

// A client that stops talking is dropped, so a broken test cannot hang the sink's thread.
constexpr int kIdleTimeoutMs = 30000;
// How often blocked waits look at the stop request.
constexpr int kPollMs = 50;
constexpr qsizetype kMaxLineLength = 64 * 1024;
constexpr qsizetype kMaxMessageSize = 16 * 1024 * 1024;

QByteArray headerBlock(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    return end < 0 ? data : data.left(end);
}

// "<user@example.com> SIZE=12" → "user@example.com"; a bare address is taken as it is.
QString pathArgument(const QByteArray &argument)
{
    const QByteArray trimmed = argument.trimmed();
    const qsizetype open = trimmed.indexOf('<');
    const qsizetype close = trimmed.indexOf('>', open + 1);
    if (open >= 0 && close > open)
        return QString::fromUtf8(trimmed.mid(open + 1, close - open - 1));
    const qsizetype space = trimmed.indexOf(' ');
    return QString::fromUtf8(space < 0 ? trimmed : trimmed.left(space));
}

std::optional<QByteArray> decodeBase64(const QByteArray &text)
{
    auto decoded =
        QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

QString decodeCharset(const QByteArray &bytes, QByteArray charset)
{
    // RFC 2231 adds a language after '*': UTF-8*zh-CN.
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset.truncate(star);
    charset = charset.toLower();
    if (charset == "utf-8" || charset == "utf8")
        return QString::fromUtf8(bytes);
    if (charset == "us-ascii" || charset == "iso-8859-1" || charset == "latin1")
        return QString::fromLatin1(bytes);
    QStringDecoder decoder(charset.constData());
    return decoder.isValid() ? QString(decoder(bytes)) : QString::fromLatin1(bytes);
}

// One SMTP conversation over a blocking socket (there is no event loop in the sink's thread).
class Conversation
{
public:
    Conversation(QTcpSocket &socket, const std::stop_token &stop)
        : m_socket(socket)
        , m_stop(stop)
    {}

    // The next line without its CRLF; nullopt when the client left, went quiet or we stop.
    std::optional<QByteArray> readLine()
    {
        QElapsedTimer idle;
        idle.start();
        while (!m_socket.canReadLine()) {
            if (m_stop.stop_requested() || idle.elapsed() > kIdleTimeoutMs ||
                m_socket.bytesAvailable() > kMaxLineLength)
                return std::nullopt;
            if (!m_socket.waitForReadyRead(kPollMs) &&
                m_socket.state() != QAbstractSocket::ConnectedState && !m_socket.canReadLine())
                return std::nullopt;
        }
        QByteArray line = m_socket.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        return line;
    }

    void reply(const QByteArray &text)
    {
        m_socket.write(text + "\r\n");
        while (m_socket.bytesToWrite() > 0 && m_socket.waitForBytesWritten(kPollMs)) {
        }
    }

private:
    QTcpSocket &m_socket;
    const std::stop_token &m_stop;
};

} // namespace

QByteArray ReceivedMail::rawHeader(const QByteArray &name) const
{
    // RFC 5322 §2.2.3: unfolding removes the CRLF before each continuation line's whitespace.
    QByteArray block = headerBlock(data);
    block.replace("\r\n ", " ").replace("\r\n\t", "\t");
    for (const QByteArray &line : block.split('\n')) {
        const QByteArray field = line.endsWith('\r') ? line.chopped(1) : line;
        const qsizetype colon = field.indexOf(':');
        if (colon > 0 && field.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return field.mid(colon + 1).trimmed();
    }
    return {};
}

QString ReceivedMail::header(const QByteArray &name) const
{
    return decodeEncodedWords(rawHeader(name));
}

QByteArray ReceivedMail::rawBody() const
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    return end < 0 ? QByteArray() : data.mid(end + 4);
}

QString ReceivedMail::body() const
{
    const QByteArray encoding = rawHeader("Content-Transfer-Encoding").toLower();
    QByteArray decoded = rawBody();
    if (encoding == "quoted-printable")
        decoded = decodeQuotedPrintable(decoded);
    else if (encoding == "base64")
        decoded = QByteArray::fromBase64(decoded); // skips the line breaks
    return QString::fromUtf8(decoded).replace(u"\r\n"_s, u"\n"_s);
}

QString decodeEncodedWords(const QByteArray &value)
{
    static const QRegularExpression word(uR"(=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=)"_s);
    const QString text = QString::fromUtf8(value);
    QString result;
    qsizetype position = 0;
    bool afterWord = false;
    for (QRegularExpressionMatchIterator it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString between = text.mid(position, match.capturedStart() - position);
        // §6.2: whitespace between two encoded-words is not part of the text.
        if (!afterWord || !between.trimmed().isEmpty())
            result += between;
        const QByteArray encoded = match.captured(3).toLatin1();
        std::optional<QByteArray> bytes;
        if (match.captured(2).compare(u"B"_s, Qt::CaseInsensitive) == 0) {
            bytes = decodeBase64(encoded);
        } else {
            QByteArray q = encoded;
            bytes = decodeQuotedPrintable(q.replace('_', ' '));
        }
        if (bytes)
            result += decodeCharset(*bytes, match.captured(1).toLatin1());
        else
            result += match.captured(0); // not decodable: shown as sent, so a test sees it
        position = match.capturedEnd();
        afterWord = true;
    }
    result += text.mid(position);
    return result;
}

QByteArray decodeQuotedPrintable(const QByteArray &encoded)
{
    QByteArray out;
    const QList<QByteArray> lines = encoded.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        while (line.endsWith(' ') || line.endsWith('\t'))
            line.chop(1);
        const bool softBreak = line.endsWith('=');
        if (softBreak)
            line.chop(1);
        for (qsizetype j = 0; j < line.size(); ++j) {
            bool ok = false;
            const int byte =
                line.at(j) == '=' && j + 2 < line.size() ? line.mid(j + 1, 2).toInt(&ok, 16) : 0;
            if (ok) {
                out += static_cast<char>(byte);
                j += 2;
            } else {
                out += line.at(j);
            }
        }
        if (!softBreak && i + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

SmtpSink::SmtpSink(SmtpSinkOptions options)
    : m_options(std::move(options))
{
    std::promise<quint16> ready;
    std::future<quint16> port = ready.get_future();
    // The thread owns the promise, so the shared state outlives set_value() even though the
    // constructor returns as soon as the port is known.
    m_thread = std::jthread(
        [this, ready = std::move(ready)](std::stop_token stop) mutable { run(stop, ready); });
    m_port = port.get();
}

SmtpSink::~SmtpSink()
{
    m_thread.request_stop();
    m_thread.join();
}

QString SmtpSink::url() const
{
    return u"smtp://127.0.0.1:%1"_s.arg(m_port);
}

bool SmtpSink::waitForMessages(qsizetype count, int timeoutMs) const
{
    QMutexLocker lock(&m_mutex);
    const QDeadlineTimer deadline(timeoutMs);
    while (m_messages.size() < count) {
        if (!m_received.wait(&m_mutex, deadline))
            return m_messages.size() >= count;
    }
    return true;
}

QList<ReceivedMail> SmtpSink::messages() const
{
    QMutexLocker lock(&m_mutex);
    return m_messages;
}

void SmtpSink::record(ReceivedMail mail)
{
    QMutexLocker lock(&m_mutex);
    m_messages.append(std::move(mail));
    m_received.wakeAll();
}

void SmtpSink::run(const std::stop_token &stop, std::promise<quint16> &ready)
{
    // Created here so that the server and its sockets belong to this thread.
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        ready.set_value(0);
        return;
    }
    ready.set_value(server.serverPort());
    while (!stop.stop_requested()) {
        if (!server.waitForNewConnection(kPollMs))
            continue;
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            ++m_connections;
            serve(*socket, stop);
            socket->abort();
            delete socket;
        }
    }
}

void SmtpSink::serve(QTcpSocket &socket, const std::stop_token &stop)
{
    Conversation talk(socket, stop);
    const bool authOffered = !m_options.username.isEmpty();
    bool greeted = false;
    QString user;
    std::optional<ReceivedMail> transaction;

    // Returns the user name once the client proved the password, an empty string otherwise
    // (having already answered).
    const auto authenticate = [&](const QByteArray &arguments) -> QString {
        const QList<QByteArray> parts = arguments.trimmed().split(' ');
        const QByteArray mechanism = parts.value(0).toUpper();
        QByteArray initial = parts.value(1);
        if (!authOffered || !user.isEmpty()) {
            talk.reply("503 5.5.1 AUTH not available");
            return {};
        }
        if (!m_options.authMechanisms.contains(QString::fromLatin1(mechanism),
                                               Qt::CaseInsensitive)) {
            talk.reply("504 5.5.4 Unrecognized authentication type");
            return {};
        }
        // One client response: the initial one if given ("=" means empty), else asked for.
        const auto response = [&](const QByteArray &challenge,
                                  QByteArray &given) -> std::optional<QByteArray> {
            QByteArray line = given;
            given.clear();
            if (line.isEmpty()) {
                talk.reply("334 " + challenge);
                std::optional<QByteArray> read = talk.readLine();
                if (!read)
                    return std::nullopt;
                line = *read;
            }
            if (line == "*")
                return std::nullopt;
            if (line == "=")
                return QByteArray();
            return decodeBase64(line);
        };
        QString name;
        QString password;
        if (mechanism == "PLAIN") {
            const std::optional<QByteArray> plain = response(QByteArray(), initial);
            const QList<QByteArray> fields = plain ? plain->split('\0') : QList<QByteArray>();
            if (fields.size() != 3) {
                talk.reply("501 5.5.2 Cannot decode AUTH PLAIN response");
                return {};
            }
            name = QString::fromUtf8(fields.at(1));
            password = QString::fromUtf8(fields.at(2));
        } else {
            const std::optional<QByteArray> login = response("VXNlcm5hbWU6", initial);
            const std::optional<QByteArray> secret =
                login ? response("UGFzc3dvcmQ6", initial) : std::nullopt;
            if (!login || !secret) {
                talk.reply("501 5.5.2 Authentication cancelled or not decodable");
                return {};
            }
            name = QString::fromUtf8(*login);
            password = QString::fromUtf8(*secret);
        }
        if (name != m_options.username || password != m_options.password) {
            talk.reply("535 5.7.8 Authentication credentials invalid");
            return {};
        }
        talk.reply("235 2.7.0 Authentication successful");
        return name;
    };

    talk.reply("220 sink.test ESMTP RemoteGPU test sink");
    while (std::optional<QByteArray> line = talk.readLine()) {
        const qsizetype space = line->indexOf(' ');
        const QByteArray verb = (space < 0 ? *line : line->left(space)).toUpper();
        const QByteArray argument = space < 0 ? QByteArray() : line->mid(space + 1);
        const QByteArray upper = line->toUpper();

        if (verb == "EHLO") {
            greeted = true;
            transaction.reset();
            talk.reply("250-sink.test greets " + argument);
            if (authOffered)
                talk.reply("250-AUTH " + m_options.authMechanisms.join(u' ').toUpper().toLatin1());
            talk.reply("250 HELP");
        } else if (verb == "HELO") {
            greeted = true;
            transaction.reset();
            talk.reply("250 sink.test");
        } else if (verb == "AUTH") {
            const QString authenticated = authenticate(argument);
            if (!authenticated.isEmpty())
                user = authenticated;
        } else if (upper.startsWith("MAIL FROM:")) {
            if (!greeted)
                talk.reply("503 5.5.1 Send EHLO first");
            else if (authOffered && user.isEmpty())
                talk.reply("530 5.7.0 Authentication required");
            else if (transaction)
                talk.reply("503 5.5.1 Nested MAIL command");
            else {
                transaction = ReceivedMail{pathArgument(line->mid(10)), {}, {}, user};
                talk.reply("250 2.1.0 Ok");
            }
        } else if (upper.startsWith("RCPT TO:")) {
            const QString recipient = pathArgument(line->mid(8));
            if (!transaction)
                talk.reply("503 5.5.1 Need MAIL before RCPT");
            else if (m_options.refusedRecipients.contains(recipient, Qt::CaseInsensitive))
                talk.reply("550 5.1.1 <" + recipient.toUtf8() +
                           ">: Recipient address rejected: User unknown");
            else {
                transaction->recipients.append(recipient);
                talk.reply("250 2.1.5 Ok");
            }
        } else if (verb == "DATA") {
            if (!transaction || transaction->recipients.isEmpty()) {
                talk.reply("503 5.5.1 Need RCPT before DATA");
                continue;
            }
            talk.reply("354 End data with <CR><LF>.<CR><LF>");
            bool complete = false;
            while (std::optional<QByteArray> dataLine = talk.readLine()) {
                if (*dataLine == ".") {
                    complete = true;
                    break;
                }
                // RFC 5321 §4.5.2: the client doubled every leading dot.
                if (dataLine->startsWith('.'))
                    dataLine->remove(0, 1);
                transaction->data += *dataLine + "\r\n";
                if (transaction->data.size() > kMaxMessageSize)
                    break;
            }
            if (!complete) {
                talk.reply("552 5.3.4 Message too big or incomplete");
                return;
            }
            record(*transaction);
            transaction.reset();
            talk.reply("250 2.0.0 Ok: queued");
        } else if (verb == "RSET") {
            transaction.reset();
            talk.reply("250 2.0.0 Ok");
        } else if (verb == "NOOP") {
            talk.reply("250 2.0.0 Ok");
        } else if (verb == "QUIT") {
            talk.reply("221 2.0.0 Bye");
            return;
        } else {
            talk.reply("502 5.5.2 Command not recognized");
        }
    }
}

} // namespace remotegpu::test

#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QWaitCondition>

#include <atomic>
#include <future>
#include <stop_token>
#include <thread>

class QTcpSocket;

namespace remotegpu::test {

struct SmtpSinkOptions
{
    // Non-empty: EHLO advertises AUTH with `authMechanisms` (PLAIN and/or LOGIN), only this
    // user with this password is accepted, and MAIL is refused (530) until a client has
    // authenticated, as on a real submission port.
    QString username;
    QString password;
    QStringList authMechanisms{QStringLiteral("PLAIN"), QStringLiteral("LOGIN")};
    // RCPT TO for one of these (compared case-insensitively) is answered 550.
    QStringList refusedRecipients;
};

// One message as the sink accepted it, with helpers to read it back the way a mail client would.
struct ReceivedMail
{
    QString envelopeFrom;      // MAIL FROM, without the angle brackets
    QStringList recipients;    // RCPT TO accepted, without the angle brackets
    QByteArray data;           // after dot-unstuffing; lines end in CRLF; without the final "."
    QString authenticatedUser; // who the session authenticated as; empty without AUTH

    // The first header called `name` (case-insensitive), unfolded, exactly as sent; null if absent.
    QByteArray rawHeader(const QByteArray &name) const;
    // The same with RFC 2047 encoded-words decoded.
    QString header(const QByteArray &name) const;
    // Everything after the blank line that ends the header, as sent.
    QByteArray rawBody() const;
    // The body decoded per Content-Transfer-Encoding (quoted-printable, base64, 7bit or 8bit),
    // read as UTF-8, with line breaks as "\n".
    QString body() const;
};

// RFC 2047: decodes every encoded-word (B or Q; UTF-8, US-ASCII, ISO-8859-1) in a header value,
// dropping the whitespace between adjacent words; the rest is read as UTF-8.
QString decodeEncodedWords(const QByteArray &value);
// RFC 2045 §6.7: soft line breaks removed, =XX decoded, CRLF kept, trailing blanks dropped.
QByteArray decodeQuotedPrintable(const QByteArray &encoded);

// A minimal SMTP server on a free 127.0.0.1 port for tests of code that sends mail. It runs in
// its own thread, because the sender under test (libcurl) blocks the thread that calls it.
// Speaks EHLO/HELO, AUTH PLAIN/LOGIN (when configured), MAIL, RCPT, DATA (with dot-unstuffing),
// RSET, NOOP and QUIT; no STARTTLS, no pipelining. Connections are served one after the other,
// which is enough for clients that send a message and quit.
class SmtpSink
{
public:
    explicit SmtpSink(SmtpSinkOptions options = {});
    ~SmtpSink();
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;

    // 0 if the sink could not listen.
    quint16 port() const { return m_port; }
    QString url() const; // smtp://127.0.0.1:<port>

    // Waits until at least `count` messages have been accepted; false on timeout.
    bool waitForMessages(qsizetype count, int timeoutMs) const;
    QList<ReceivedMail> messages() const;
    // Connections accepted so far: 0 proves a client never even connected.
    int connectionCount() const { return m_connections.load(); }

private:
    void run(const std::stop_token &stop, std::promise<quint16> &ready);
    void serve(QTcpSocket &socket, const std::stop_token &stop);
    void record(ReceivedMail mail);

    const SmtpSinkOptions m_options;
    quint16 m_port = 0;
    mutable QMutex m_mutex;
    mutable QWaitCondition m_received;
    QList<ReceivedMail> m_messages;
    std::atomic<int> m_connections{0};
    std::jthread m_thread; // last: it uses the members above, and is stopped and joined first
};

} // namespace remotegpu::test

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace remotegpu {

// One HTTP/1.1 request's head as parsed; header names as sent.
struct HttpRequestHead
{
    QByteArray method;
    QByteArray target;
    int minorVersion = 1; // HTTP/1.0 or HTTP/1.1, nothing else gets this far
    QList<QPair<QByteArray, QByteArray>> headers;
    qint64 contentLength = -1; // -1: none given
    bool chunked = false;
    bool keepAlive = true;
    bool expectContinue = false;

    bool hasBody() const { return chunked || contentLength > 0; }
};

// A strict, incremental HTTP/1.1 request parser (RFC 9112) that never buffers more than its
// limits. It refuses rather than guesses, because two parsers that guess differently (ours and a
// proxy's) are how requests get smuggled:
//   - lines end in CRLF; a bare LF or a stray CR is an error;
//   - the version is HTTP/1.0 or HTTP/1.1; the target is origin-form ("/…") or "*";
//   - a header line is token ":" value with no space before the colon; no obs-fold;
//     values hold no control characters;
//   - Content-Length is digits only, and every copy of it agrees;
//   - Transfer-Encoding is exactly "chunked" (HTTP/1.1 only) and never comes with
//     Content-Length; chunk sizes are hex with at most 15 digits;
//   - HTTP/1.1 needs exactly one Host.
// After an error nothing more is parsed: the connection answers and closes.
class HttpRequestParser
{
public:
    enum class Step {
        NeedMore,     // consumed what it could; feed more bytes
        HeadComplete, // head() is ready; call setBodyLimit() then feed on for the body
        Complete,     // head() and body() hold a whole request; reset() before the next
        Failed,       // status()/reason() say why; the connection must answer and close
    };

    HttpRequestParser(qint64 maxHeaderBytes, int maxHeaderCount);

    // Consumes bytes from the front of `in` (what is left belongs to a later step).
    Step feed(QByteArray &in);
    void setBodyLimit(qint64 bytes) { m_bodyLimit = bytes; }
    qint64 bodyLimit() const { return m_bodyLimit; }
    void reset();

    const HttpRequestHead &head() const { return m_head; }
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    int status() const { return m_status; }
    const QByteArray &reason() const { return m_reason; }
    // Bytes of this request seen so far (0: between requests).
    bool started() const { return m_state != State::Head || m_headBytes > 0; }
    bool readingBody() const { return m_state != State::Head && m_state != State::Done; }

private:
    enum class State { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Failed };
    Step fail(int status, const char *reason);
    Step parseHead(const QByteArray &head);
    Step interpretHeaders();
    // A CRLF-terminated line from `in` (without the CRLF); false when incomplete. Sets a failure
    // on a bare LF, a stray CR or a line longer than `maxLine`.
    bool takeLine(QByteArray &in, QByteArray *line, qint64 maxLine, bool *failed);
    // Moves up to m_remaining bytes of `in` into the body; true once none remain.
    bool takeBodyBytes(QByteArray &in);

    qint64 m_maxHeaderBytes;
    int m_maxHeaderCount;
    qint64 m_bodyLimit = 0;
    State m_state = State::Head;
    HttpRequestHead m_head;
    QByteArray m_body;
    qint64 m_headBytes = 0; // bytes of the head consumed so far (its size limit)
    qint64 m_remaining = 0; // of the body (Content-Length) or of the current chunk
    qint64 m_trailerBytes = 0;
    QByteArray m_partialHead; // the head as it arrives
    int m_status = 0;
    QByteArray m_reason;
};

} // namespace remotegpu

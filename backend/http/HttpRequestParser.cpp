#include "HttpRequestParser.h"

#include <algorithm>
#include <utility>

namespace remotegpu {

namespace {

bool isTchar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTchar(c))
            return false;
    }
    return true;
}

// field-value: VCHAR, obs-text, SP and HTAB; no other control character (RFC 9110 §5.5).
bool isFieldValue(QByteArrayView text)
{
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '\t')
            continue;
        if (c < 0x20 || c == 0x7F)
            return false;
    }
    return true;
}

QByteArray trimmedOws(QByteArrayView text)
{
    qsizetype begin = 0, end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t'))
        ++begin;
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t'))
        --end;
    return text.sliced(begin, end - begin).toByteArray();
}

// The comma-separated elements of every copy of a header, trimmed; empty elements dropped.
QList<QByteArray> listOf(const QList<QPair<QByteArray, QByteArray>> &headers, const char *name,
                         int *copies)
{
    QList<QByteArray> items;
    *copies = 0;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        ++*copies;
        for (const QByteArray &part : h.second.split(',')) {
            QByteArray item = trimmedOws(part);
            if (!item.isEmpty())
                items.append(item);
        }
    }
    return items;
}

} // namespace

HttpRequestParser::HttpRequestParser(qint64 maxHeaderBytes, int maxHeaderCount)
    : m_maxHeaderBytes(maxHeaderBytes)
    , m_maxHeaderCount(maxHeaderCount)
{}

void HttpRequestParser::reset()
{
    m_state = State::Head;
    m_head = {};
    m_body.clear();
    m_headBytes = 0;
    m_remaining = 0;
    m_trailerBytes = 0;
    m_partialHead.clear();
    m_status = 0;
    m_reason.clear();
    m_bodyLimit = 0;
}

HttpRequestParser::Step HttpRequestParser::fail(int status, const char *reason)
{
    m_state = State::Failed;
    m_status = status;
    m_reason = reason;
    return Step::Failed;
}

bool HttpRequestParser::takeLine(QByteArray &in, QByteArray *line, qint64 maxLine, bool *failed)
{
    *failed = false;
    const qsizetype lf = in.indexOf('\n');
    const qsizetype end = lf < 0 ? std::min<qsizetype>(in.size(), maxLine + 2) : lf;
    // A CR is allowed only right before the LF (or as the last byte so far, its LF to come).
    for (qsizetype i = 0; i < end; ++i) {
        if (in[i] == '\r' && i != end - 1) {
            *failed = true;
            fail(400, "a stray CR in a line");
            return false;
        }
    }
    if (lf < 0) {
        if (in.size() > maxLine + 1) {
            *failed = true;
            fail(400, "a line too long");
        }
        return false;
    }
    if (lf == 0 || in[lf - 1] != '\r') {
        *failed = true;
        fail(400, "a line ended by a bare LF instead of CRLF");
        return false;
    }
    if (lf - 1 > maxLine) {
        *failed = true;
        fail(400, "a line too long");
        return false;
    }
    *line = in.left(lf - 1);
    in.remove(0, lf + 1);
    return true;
}

bool HttpRequestParser::takeBodyBytes(QByteArray &in)
{
    const qsizetype take = qsizetype(std::min<qint64>(in.size(), m_remaining));
    m_body.append(in.constData(), take);
    in.remove(0, take);
    m_remaining -= take;
    return m_remaining == 0;
}

HttpRequestParser::Step HttpRequestParser::feed(QByteArray &in)
{
    for (;;) {
        switch (m_state) {
        case State::Failed:
            return Step::Failed;
        case State::Done:
            return Step::Complete;
        case State::Head: {
            // An empty line before a request line is ignored (RFC 9112 §2.2).
            while (m_partialHead.isEmpty() && in.startsWith("\r\n")) {
                in.remove(0, 2);
                m_headBytes += 2;
                if (m_headBytes > m_maxHeaderBytes)
                    return fail(431, "the request head is too large");
            }
            if (in.isEmpty() || (m_partialHead.isEmpty() && in == "\r"))
                return Step::NeedMore;
            const qsizetype scanFrom = m_partialHead.size();
            // Never hold more than the limit (plus the 4 bytes of the blank line's CRLF CRLF).
            const qsizetype room = m_maxHeaderBytes + 4 - m_partialHead.size();
            const qsizetype take = std::min(in.size(), room);
            m_partialHead.append(in.constData(), take);
            in.remove(0, take);
            const qsizetype end =
                m_partialHead.indexOf("\r\n\r\n", std::max<qsizetype>(0, scanFrom - 3));
            // Bare LF and stray CR fail at once, not when the head is complete: a client that
            // ends lines with LF alone would otherwise hold the connection until the timeout.
            // Only the head's bytes: what follows it is a body.
            const qsizetype scanTo = end < 0 ? m_partialHead.size() : end + 4;
            for (qsizetype i = scanFrom; i < scanTo; ++i) {
                const char c = m_partialHead[i];
                if (c == '\n' && (i == 0 || m_partialHead[i - 1] != '\r'))
                    return fail(400, "a line ended by a bare LF instead of CRLF");
                if (c == '\r' && i + 1 < m_partialHead.size() && m_partialHead[i + 1] != '\n')
                    return fail(400, "a stray CR in the request head");
            }
            if (end < 0) {
                if (m_partialHead.size() > m_maxHeaderBytes)
                    return fail(431, "the request head is too large");
                m_headBytes = m_partialHead.size();
                return Step::NeedMore;
            }
            if (end + 4 > m_maxHeaderBytes)
                return fail(431, "the request head is too large");
            // Bytes after the head belong to the body or the next request.
            in.prepend(m_partialHead.mid(end + 4));
            const QByteArray head = m_partialHead.left(end);
            m_partialHead.clear();
            m_headBytes = end + 4;
            return parseHead(head);
        }
        case State::Body: {
            if (m_body.isEmpty()) {
                if (m_head.contentLength > m_bodyLimit)
                    return fail(413, "the body is larger than this route accepts");
                m_body.reserve(qsizetype(m_head.contentLength));
            }
            if (!takeBodyBytes(in))
                return Step::NeedMore;
            m_state = State::Done;
            break;
        }
        case State::ChunkSize: {
            QByteArray line;
            bool failed = false;
            if (!takeLine(in, &line, 1024, &failed))
                return failed ? Step::Failed : Step::NeedMore;
            const qsizetype semicolon = line.indexOf(';');
            const QByteArray digits = semicolon < 0 ? line : line.left(semicolon);
            if (digits.isEmpty() || digits.size() > 15)
                return fail(400, "a chunk size that is not 1 to 15 hex digits");
            qint64 size = 0;
            for (char c : digits) {
                int v = -1;
                if (c >= '0' && c <= '9')
                    v = c - '0';
                else if (c >= 'a' && c <= 'f')
                    v = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    v = c - 'A' + 10;
                if (v < 0)
                    return fail(400, "a chunk size that is not 1 to 15 hex digits");
                size = size * 16 + v;
            }
            if (semicolon >= 0 && !isFieldValue(QByteArrayView(line).sliced(semicolon)))
                return fail(400, "a chunk extension with control characters");
            if (size == 0) {
                m_state = State::Trailers;
                break;
            }
            if (m_body.size() + size > m_bodyLimit)
                return fail(413, "the body is larger than this route accepts");
            m_remaining = size;
            m_state = State::ChunkData;
            break;
        }
        case State::ChunkData: {
            if (!takeBodyBytes(in))
                return Step::NeedMore;
            m_state = State::ChunkDataEnd;
            break;
        }
        case State::ChunkDataEnd:
            if (in.size() < 2) {
                if (!in.isEmpty() && in[0] != '\r')
                    return fail(400, "chunk data not followed by CRLF");
                return Step::NeedMore;
            }
            if (in[0] != '\r' || in[1] != '\n')
                return fail(400, "chunk data not followed by CRLF");
            in.remove(0, 2);
            m_state = State::ChunkSize;
            break;
        case State::Trailers: {
            QByteArray line;
            bool failed = false;
            if (!takeLine(in, &line, m_maxHeaderBytes, &failed))
                return failed ? Step::Failed : Step::NeedMore;
            if (line.isEmpty()) {
                m_state = State::Done;
                break;
            }
            m_trailerBytes += line.size() + 2;
            if (m_trailerBytes > m_maxHeaderBytes)
                return fail(431, "the trailer section is too large");
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)) ||
                !isFieldValue(QByteArrayView(line).sliced(colon + 1)))
                return fail(400, "a malformed trailer line");
            break; // trailers are read and dropped: nothing here uses them
        }
        }
    }
}

HttpRequestParser::Step HttpRequestParser::parseHead(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n'); // every '\n' was checked to follow a '\r'
    const auto stripCr = [](const QByteArray &l) { return l.endsWith('\r') ? l.chopped(1) : l; };
    const QByteArray requestLine = stripCr(lines.first());
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3)
        return fail(400, "a request line that is not METHOD SP TARGET SP VERSION");
    m_head.method = parts[0];
    m_head.target = parts[1];
    if (!isToken(m_head.method))
        return fail(400, "a method that is not a token");
    if (m_head.target.isEmpty())
        return fail(400, "an empty request target");
    for (char c : m_head.target) {
        if (c <= 0x20 || c >= 0x7F)
            return fail(400, "a request target with characters that must be percent-encoded");
    }
    if (m_head.target == "*") {
        if (m_head.method != "OPTIONS")
            return fail(400, "a request target of * outside OPTIONS");
    } else if (!m_head.target.startsWith('/')) {
        return fail(400, "a request target that is not a path");
    }
    if (parts[2] == "HTTP/1.1")
        m_head.minorVersion = 1;
    else if (parts[2] == "HTTP/1.0")
        m_head.minorVersion = 0;
    else
        return fail(400, "an HTTP version other than 1.0 or 1.1");

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = stripCr(lines[i]);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "a folded header line (obs-fold)");
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            return fail(400, "a header line without a colon");
        const QByteArrayView name = QByteArrayView(line).first(colon);
        if (!isToken(name))
            return fail(400, "a header name that is not a token (or a space before the colon)");
        const QByteArrayView value = QByteArrayView(line).sliced(colon + 1);
        if (!isFieldValue(value))
            return fail(400, "a header value with control characters");
        if (m_head.headers.size() >= m_maxHeaderCount)
            return fail(431, "too many header lines");
        m_head.headers.append({name.toByteArray(), trimmedOws(value)});
    }
    return interpretHeaders();
}

HttpRequestParser::Step HttpRequestParser::interpretHeaders()
{
    const bool http11 = m_head.minorVersion == 1;
    int hosts = 0;
    (void)listOf(m_head.headers, "Host", &hosts);
    if (hosts > 1 || (http11 && hosts == 0))
        return fail(400, "HTTP/1.1 needs exactly one Host header");

    int lengthCopies = 0;
    const QList<QByteArray> lengths = listOf(m_head.headers, "Content-Length", &lengthCopies);
    if (lengthCopies > 0) {
        if (lengths.isEmpty())
            return fail(400, "an empty Content-Length");
        for (const QByteArray &l : lengths) {
            if (l != lengths.first())
                return fail(400, "Content-Length values that differ");
            if (l.size() > 18 ||
                !std::all_of(l.begin(), l.end(), [](char c) { return c >= '0' && c <= '9'; }))
                return fail(400, "a Content-Length that is not a number");
        }
        m_head.contentLength = lengths.first().toLongLong();
    }

    int codingCopies = 0;
    const QList<QByteArray> codings = listOf(m_head.headers, "Transfer-Encoding", &codingCopies);
    if (codingCopies > 0) {
        if (!http11)
            return fail(400, "Transfer-Encoding in an HTTP/1.0 request");
        if (lengthCopies > 0)
            return fail(400, "both Content-Length and Transfer-Encoding");
        if (codings.size() != 1 || codings.first().compare("chunked", Qt::CaseInsensitive) != 0)
            return fail(400, "a Transfer-Encoding other than chunked");
        m_head.chunked = true;
    }

    int connectionCopies = 0;
    const QList<QByteArray> connection = listOf(m_head.headers, "Connection", &connectionCopies);
    const auto has = [&](const char *token) {
        return std::any_of(connection.begin(), connection.end(), [&](const QByteArray &t) {
            return t.compare(token, Qt::CaseInsensitive) == 0;
        });
    };
    m_head.keepAlive = http11 ? !has("close") : has("keep-alive") && !has("close");

    int expectCopies = 0;
    const QList<QByteArray> expect = listOf(m_head.headers, "Expect", &expectCopies);
    if (!expect.isEmpty()) { // an empty Expect asks for nothing
        if (expect.size() != 1 || expect.first().compare("100-continue", Qt::CaseInsensitive) != 0)
            return fail(417, "an Expect other than 100-continue");
        m_head.expectContinue = http11 && m_head.hasBody();
    }

    if (m_head.chunked) {
        m_state = State::ChunkSize;
    } else if (m_head.contentLength > 0) {
        m_remaining = m_head.contentLength;
        m_state = State::Body;
    } else {
        m_state = State::Done;
    }
    return Step::HeadComplete;
}

} // namespace remotegpu

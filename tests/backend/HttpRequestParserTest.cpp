// HttpRequestParser on its own: each framing rule, with bytes that arrive in pieces.
#include "HttpRequestParser.h"

#include <gtest/gtest.h>

using namespace remotegpu;
using Step = HttpRequestParser::Step;

namespace {

struct Outcome
{
    Step step = Step::NeedMore;
    int status = 0;
    QByteArray body;
    QByteArray rest; // bytes left after the first request
};

// Feeds `wire` in pieces of `piece` bytes, as a socket might deliver it, up to the end of the
// first request or the first error.
Outcome parse(const QByteArray &wire, qsizetype piece = 1 << 20, qint64 bodyLimit = 1 << 20)
{
    HttpRequestParser parser(16 * 1024, 100);
    QByteArray in;
    qsizetype at = 0;
    for (;;) {
        const Step step = parser.feed(in);
        if (step == Step::HeadComplete) {
            parser.setBodyLimit(bodyLimit);
            continue;
        }
        if (step == Step::Complete)
            return {step, 0, parser.takeBody(), in + wire.mid(at)};
        if (step == Step::Failed)
            return {step, parser.status(), {}, {}};
        if (at >= wire.size())
            return {Step::NeedMore, 0, {}, {}};
        in += wire.mid(at, piece);
        at += piece;
    }
}

} // namespace

TEST(HttpRequestParser, ParsesAContentLengthBodyInAnyPieces)
{
    // The body may hold what a head may not (a bare LF here): it is not a head.
    const QByteArray wire =
        "POST /api/x?y=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhe\nl\rGET";
    for (qsizetype piece : {1, 2, 7, 1000}) {
        const Outcome o = parse(wire, piece);
        ASSERT_EQ(o.step, Step::Complete) << piece;
        EXPECT_EQ(o.body, "he\nl\r");
        EXPECT_EQ(o.rest, "GET");
    }
}

TEST(HttpRequestParser, DecodesChunkedBodiesAndDropsTrailers)
{
    const QByteArray wire = "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "3;ext=1\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-Trailer: t\r\n\r\nNEXT";
    for (qsizetype piece : {1, 3, 1000}) {
        const Outcome o = parse(wire, piece);
        ASSERT_EQ(o.step, Step::Complete) << piece;
        EXPECT_EQ(o.body, "abc0123456789");
        EXPECT_EQ(o.rest, "NEXT");
    }
}

TEST(HttpRequestParser, RefusesAmbiguousFramingWith400)
{
    const QList<QByteArray> smuggling = {
        // two Content-Lengths that differ, as headers and as a list
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2, 40\r\n\r\n",
        // Content-Length with Transfer-Encoding
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n",
        // codings other than chunked alone
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: xchunked\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: "
        "chunked\r\n\r\n",
        "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n",
        // versions
        "GET / HTTP/9.9\r\nHost: a\r\n\r\n",
        "GET / HTTP/2.0\r\nHost: a\r\n\r\n",
        "GET / http/1.1\r\nHost: a\r\n\r\n",
        // line endings and header syntax
        "GET / HTTP/1.1\nHost: a\n\n",
        "GET / HTTP/1.1\r\nHost: a\nX: y\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\rX: y\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nNo colon here\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nName : space-before-colon\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\nX: folded\r\n  continuation\r\n\r\n",
        QByteArrayLiteral("GET / HTTP/1.1\r\nHost: a\r\nX: nul\0here\r\n\r\n"),
        "GET  / HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET http://evil/ HTTP/1.1\r\nHost: a\r\n\r\n",
        "GET / HTTP/1.1\r\n\r\n",                       // no Host
        "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", // two Hosts
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x10\r\n\r\n",
        // chunk framing
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nabc",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\nb\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffff\r\n",
    };
    for (const QByteArray &wire : smuggling) {
        for (qsizetype piece : {1, 1000}) {
            const Outcome o = parse(wire, piece);
            EXPECT_EQ(o.step, Step::Failed) << wire.constData() << " piece " << piece;
            EXPECT_EQ(o.status, 400) << wire.constData();
        }
    }
}

TEST(HttpRequestParser, AcceptsWhatTheStandardAllows)
{
    // Identical Content-Length copies, a leading empty line, case-insensitive names and coding,
    // HTTP/1.0 without Host, OPTIONS *, obs-text in a value.
    EXPECT_EQ(
        parse("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\ncontent-length: 2\r\n\r\nok")
            .body,
        "ok");
    EXPECT_EQ(parse("\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n").step, Step::Complete);
    EXPECT_EQ(
        parse("POST / HTTP/1.1\r\nHOST: a\r\nTransfer-Encoding: Chunked\r\n\r\n0\r\n\r\n").step,
        Step::Complete);
    EXPECT_EQ(parse("GET / HTTP/1.0\r\n\r\n").step, Step::Complete);
    EXPECT_EQ(parse("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n").step, Step::Complete);
    EXPECT_EQ(parse("GET / HTTP/1.1\r\nHost: a\r\nX-Name: caf\xc3\xa9\r\n\r\n").step,
              Step::Complete);
}

TEST(HttpRequestParser, KeepAliveAndExpectFollowTheVersion)
{
    HttpRequestParser parser(16 * 1024, 100);
    QByteArray in = "POST / HTTP/1.1\r\nHost: a\r\nConnection: close\r\nExpect: 100-Continue\r\n"
                    "Content-Length: 3\r\n\r\n";
    ASSERT_EQ(parser.feed(in), Step::HeadComplete);
    EXPECT_FALSE(parser.head().keepAlive);
    EXPECT_TRUE(parser.head().expectContinue);
    parser.reset();
    in = "GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n";
    ASSERT_EQ(parser.feed(in), Step::HeadComplete);
    EXPECT_TRUE(parser.head().keepAlive);
    parser.reset();
    in = "GET / HTTP/1.0\r\n\r\n";
    ASSERT_EQ(parser.feed(in), Step::HeadComplete);
    EXPECT_FALSE(parser.head().keepAlive);
    parser.reset();
    in = "POST / HTTP/1.1\r\nHost: a\r\nExpect: something-else\r\nContent-Length: 3\r\n\r\n";
    EXPECT_EQ(parser.feed(in), Step::Failed);
    EXPECT_EQ(parser.status(), 417);
}

TEST(HttpRequestParser, LimitsHoldWhileBytesArrive)
{
    // A head that never ends fails at the limit, not when memory runs out.
    HttpRequestParser parser(16 * 1024, 100);
    QByteArray in = "GET / HTTP/1.1\r\nHost: a\r\nX-Long: ";
    Step step = parser.feed(in);
    for (int i = 0; i < 100 && step == Step::NeedMore; ++i) {
        in += QByteArray(1024, 'a');
        step = parser.feed(in);
    }
    EXPECT_EQ(step, Step::Failed);
    EXPECT_EQ(parser.status(), 431);

    QByteArray many = "GET / HTTP/1.1\r\nHost: a\r\n";
    for (int i = 0; i < 101; ++i)
        many += "X-" + QByteArray::number(i) + ": v\r\n";
    EXPECT_EQ(parse(many + "\r\n").status, 431);

    // Bodies: by Content-Length before a byte is read, and counted while chunks arrive.
    EXPECT_EQ(parse("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\n", 1000, 10).status,
              413);
    EXPECT_EQ(parse("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                    "8\r\n12345678\r\n8\r\n12345678\r\n0\r\n\r\n",
                    5, 10)
                  .status,
              413);
}

#include "ApiEnvelope.h"
#include "Samples.h"
#include "TestHelpers.h"

#include <gtest/gtest.h>

#include <QJsonDocument>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

TEST(ApiEnvelope, SuccessCarriesDataAndTraceId)
{
    const ApiEnvelope e = ApiEnvelope::success(sample<Machine>().toJson(), u"trace-1"_s);
    const QJsonObject json = QJsonDocument::fromJson(e.toBytes()).object();
    EXPECT_EQ(json.value(u"code"_s).toInt(-1), 0);
    EXPECT_EQ(json.value(u"message"_s).toString(), u"ok"_s);
    EXPECT_EQ(json.value(u"traceId"_s).toString(), u"trace-1"_s);
    EXPECT_EQ(json.keys(), (QStringList{u"code"_s, u"data"_s, u"message"_s, u"traceId"_s}));
    const Result<Machine> machine = Machine::fromJson(json.value(u"data"_s).toObject());
    ASSERT_TRUE(machine.ok());
    EXPECT_EQ(*machine, sample<Machine>());
}

TEST(ApiEnvelope, SuccessParsesBack)
{
    const ApiEnvelope sent = ApiEnvelope::success(QJsonArray{1, u"二"_s}, u"t"_s);
    const Result<ApiEnvelope> got = ApiEnvelope::parse(sent.toBytes());
    ASSERT_TRUE(got.ok());
    EXPECT_TRUE(got->ok());
    EXPECT_EQ(got->code, 0);
    EXPECT_EQ(got->data, sent.data);
    EXPECT_EQ(got->traceId, u"t"_s);
}

TEST(ApiEnvelope, FailureCodeIsTheHttpStatus)
{
    const ApiEnvelope e =
        ApiEnvelope::failure(Error::conflict(u"node-01 is already allocated"_s), u"trace-2"_s);
    EXPECT_EQ(e.code, 409);
    EXPECT_FALSE(e.ok());
    EXPECT_EQ(e.message, u"node-01 is already allocated"_s);
    EXPECT_TRUE(e.data.isNull());
}

TEST(ApiEnvelope, FailureWithFieldErrorsRoundTripsToTheSameError)
{
    Machine m = sample<Machine>();
    m.ipAddress = u"999.1.1.1"_s;
    m.totalGpu = -1;
    const Error sent = Error::invalidFields(m.validate());
    const ApiEnvelope envelope = ApiEnvelope::failure(sent, u"trace-3"_s);

    const QJsonObject json = QJsonDocument::fromJson(envelope.toBytes()).object();
    EXPECT_EQ(json.value(u"code"_s).toInt(), 400);
    const QJsonArray errors = json.value(u"data"_s).toObject().value(u"errors"_s).toArray();
    ASSERT_EQ(errors.size(), 2);
    EXPECT_EQ(errors.at(0).toObject().value(u"field"_s).toString(), u"ipAddress"_s);
    EXPECT_EQ(errors.at(1).toObject().value(u"field"_s).toString(), u"totalGpu"_s);

    const Result<ApiEnvelope> parsed = ApiEnvelope::parse(envelope.toBytes());
    ASSERT_TRUE(parsed.ok());
    EXPECT_FALSE(parsed->ok());
    EXPECT_EQ(parsed->traceId, u"trace-3"_s);
    // The error a client gets is the one sent, carrying the answer's trace id as well.
    Error expected = sent;
    expected.traceId = u"trace-3"_s;
    EXPECT_EQ(parsed->toError(), expected);
}

TEST(ApiEnvelope, EveryErrorKindMapsBackFromItsCode)
{
    for (ErrorKind kind :
         {ErrorKind::BadRequest, ErrorKind::Unauthorized, ErrorKind::Forbidden, ErrorKind::NotFound,
          ErrorKind::Conflict, ErrorKind::PayloadTooLarge, ErrorKind::TooManyRequests,
          ErrorKind::Internal, ErrorKind::Unavailable}) {
        const Error sent{kind, u"m"_s, {}};
        const Result<ApiEnvelope> parsed =
            ApiEnvelope::parse(ApiEnvelope::failure(sent, u"t"_s).toBytes());
        ASSERT_TRUE(parsed.ok());
        Error expected = sent;
        expected.traceId = u"t"_s;
        EXPECT_EQ(parsed->toError(), expected) << httpStatusFor(kind);
    }
}

TEST(ApiEnvelope, NonEnvelopeBodiesAreRejected)
{
    EXPECT_FALSE(ApiEnvelope::parse("<html>502 Bad Gateway</html>").ok());
    EXPECT_FALSE(ApiEnvelope::parse("[1,2]").ok());
    EXPECT_FALSE(ApiEnvelope::parse(R"({"message":"ok"})").ok());
    EXPECT_FALSE(ApiEnvelope::parse(R"({"code":"0","message":"ok"})").ok());
    EXPECT_FALSE(ApiEnvelope::parse("").ok());
}

} // namespace

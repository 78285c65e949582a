#include "AccessToken.h"

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kIssued = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);

QString issue(const AccessTokenCodec &codec)
{
    const AccessClaims claims{42,      Role::CustomerOwner,  7,      u"li.wei"_s,
                              kIssued, kIssued.addSecs(900), kIssued};
    auto token = codec.issue(claims, kIssued);
    EXPECT_TRUE(token.ok());
    return token.ok() ? *token : QString();
}

TEST(AccessToken, ARememberedTokenStillExpires)
{
    const AccessTokenCodec codec({QByteArray(32, 'k')});
    const QString token = issue(codec);
    // First verification checks the signature and remembers the token; the second is a hit.
    for (int i = 0; i < 2; ++i) {
        auto claims = codec.verify(token, kIssued.addSecs(60));
        ASSERT_TRUE(claims.ok()) << claims.error().message.toStdString();
        EXPECT_EQ(claims->subject, 42);
        EXPECT_EQ(claims->tenantId, 7);
        EXPECT_EQ(claims->role, Role::CustomerOwner);
        EXPECT_EQ(claims->username, u"li.wei"_s);
    }
    // 30 s of leeway past the 900 s lifetime, then refused although it verified before.
    EXPECT_TRUE(codec.verify(token, kIssued.addSecs(900 + 29)).ok());
    auto late = codec.verify(token, kIssued.addSecs(900 + 30));
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().kind, ErrorKind::Unauthorized);
    // And a clock far behind the token's issue time is refused too (not yet valid).
    EXPECT_FALSE(codec.verify(token, kIssued.addSecs(-31)).ok());
    EXPECT_TRUE(codec.verify(token, kIssued.addSecs(-29)).ok());
}

TEST(AccessToken, ATamperedTokenIsNeverTakenForARememberedOne)
{
    const AccessTokenCodec codec({QByteArray(32, 'k')});
    const QString token = issue(codec);
    ASSERT_TRUE(codec.verify(token, kIssued).ok());
    QString tampered = token;
    tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == u'A' ? u'B' : u'A';
    EXPECT_FALSE(codec.verify(tampered, kIssued).ok());
    // Signed with another key: refused, even though a token with the same claims verified.
    const AccessTokenCodec other({QByteArray(32, 'x')});
    EXPECT_FALSE(codec.verify(issue(other), kIssued).ok());
}

} // namespace

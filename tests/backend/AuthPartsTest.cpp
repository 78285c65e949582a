// The parts of sign-in that decide without a database: the login throttle's wait, the limits read
// from system_configs, the form checks, the refusal answers and the random secrets.
#include "AuthInputChecks.h"
#include "AuthLimits.h"
#include "LoginRefusal.h"
#include "LoginThrottle.h"
#include "RandomText.h"
#include "SessionTokens.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

namespace {

AuthLimits limitsOf(int perAccount, int perIp, int lockout)
{
    AuthLimits l;
    l.maxFailuresPerAccount = perAccount;
    l.maxFailuresPerIp = perIp;
    l.lockoutSeconds = lockout;
    return l;
}

LoginAttemptRepository::Counts failures(int fromAddress, int account, int address,
                                        int secondsSinceLast)
{
    LoginAttemptRepository::Counts c;
    c.accountFromAddress = fromAddress;
    c.account = account;
    c.address = address;
    c.secondsSinceLastAccountFailure = secondsSinceLast;
    return c;
}

QStringList fieldsOf(const QList<FieldError> &errors)
{
    QStringList names;
    for (const FieldError &e : errors)
        names.append(e.field);
    return names;
}

} // namespace

TEST(LoginThrottle, FailuresBelowEveryLimitDoNotWait)
{
    const AuthLimits limits = limitsOf(5, 20, 900);
    EXPECT_EQ(LoginThrottle::retryAfterSeconds(failures(4, 14, 19, 0), limits), 0);
    EXPECT_EQ(LoginThrottle::retryAfterSeconds(failures(0, 0, 0, 0), limits), 0);
}

TEST(LoginThrottle, TheAccountFromOneAddressLocksForWhatIsLeftOfTheLockout)
{
    const AuthLimits limits = limitsOf(5, 20, 900);
    EXPECT_EQ(LoginThrottle::retryAfterSeconds(failures(5, 5, 5, 0), limits), 900);
    EXPECT_EQ(LoginThrottle::retryAfterSeconds(failures(5, 5, 5, 600), limits), 300);
    // The lockout has run out: the next try goes ahead.
    EXPECT_EQ(LoginThrottle::retryAfterSeconds(failures(5, 5, 5, 900), limits), 0);
    EXPECT_EQ(LoginThrottle::retryAfterSeconds(failures(5, 5, 5, 1200), limits), 0);
}

TEST(LoginThrottle, StrangersSlowAnAccountForAMinuteButCannotKeepItShut)
{
    const AuthLimits limits = limitsOf(5, 20, 900);
    // Fifteen failures from elsewhere: this address (no failures of its own) waits a minute at
    // most.
    EXPECT_EQ(LoginThrottle::retryAfterSeconds(failures(0, 15, 0, 10), limits), 50);
    EXPECT_EQ(LoginThrottle::retryAfterSeconds(failures(0, 15, 0, 60), limits), 0);
    EXPECT_EQ(LoginThrottle::retryAfterSeconds(failures(0, 14, 0, 0), limits), 0);
}

TEST(LoginThrottle, AnAddressThatFailsOftenWaitsTheWholeLockout)
{
    const AuthLimits limits = limitsOf(5, 20, 600);
    EXPECT_EQ(LoginThrottle::retryAfterSeconds(failures(0, 0, 20, 599), limits), 600);
}

TEST(LoginThrottle, TheLongestOfTheWaitsApplies)
{
    const AuthLimits limits = limitsOf(5, 20, 900);
    // Account-from-address has 100 s left, the account-wide minute 40 s: 100 s.
    EXPECT_EQ(LoginThrottle::retryAfterSeconds(failures(5, 15, 5, 800), limits), 100);
    // With a short lockout the account-wide minute is the longer one.
    EXPECT_EQ(LoginThrottle::retryAfterSeconds(failures(5, 15, 5, 20), limitsOf(5, 20, 30)), 40);
}

TEST(AuthLimits, MissingOrUnreadableSettingsAreTheDefaults)
{
    const AuthLimits l = AuthLimits::fromSettings({{u"login_lockout_seconds"_s, u"soon"_s}});
    EXPECT_EQ(l.maxFailuresPerAccount, 5);
    EXPECT_EQ(l.maxFailuresPerIp, 20);
    EXPECT_EQ(l.windowSeconds, 900);
    EXPECT_EQ(l.lockoutSeconds, 900);
    EXPECT_EQ(l.accessTtl, 900);
    EXPECT_EQ(l.refreshTtl, 1209600);
    EXPECT_EQ(l.resetTtl, 900);
    EXPECT_EQ(l.resetMaxAttempts, 5);
    EXPECT_EQ(l.password.minLength, 8);
    EXPECT_TRUE(l.password.requireLetterAndDigit);
}

TEST(AuthLimits, StoredValuesApplyAndValuesBelowTheirMinimumAreMistakes)
{
    const AuthLimits l = AuthLimits::fromSettings({
        {u"login_max_failures_per_account"_s, u" 3 "_s},
        {u"login_max_failures_per_ip"_s, u"0"_s}, // at least 1
        {u"login_lockout_seconds"_s, u"120"_s},
        {u"access_token_ttl_seconds"_s, u"29"_s},        // at least 30
        {u"refresh_token_ttl_seconds"_s, u"60"_s},       // exactly the minimum
        {u"password_reset_code_ttl_seconds"_s, u"59"_s}, // at least 60
        {u"password_reset_max_attempts"_s, u"2"_s},
        {u"password_min_length"_s, u"12"_s},
        {u"password_require_letter_and_digit"_s, u"false"_s},
    });
    EXPECT_EQ(l.maxFailuresPerAccount, 3);
    EXPECT_EQ(l.maxFailuresPerIp, 20);
    EXPECT_EQ(l.lockoutSeconds, 120);
    EXPECT_EQ(l.accessTtl, 900);
    EXPECT_EQ(l.refreshTtl, 60);
    EXPECT_EQ(l.resetTtl, 900);
    EXPECT_EQ(l.resetMaxAttempts, 2);
    EXPECT_EQ(l.password.minLength, 12);
    EXPECT_FALSE(l.password.requireLetterAndDigit);
}

TEST(AuthInputChecks, SignInNeedsANameOfAtMost128CharactersAndAPassword)
{
    EXPECT_TRUE(AuthInputChecks::signInProblems(u"li.wei"_s, u"x"_s).isEmpty());
    EXPECT_EQ(fieldsOf(AuthInputChecks::signInProblems(u"  "_s, QString())),
              (QStringList{u"username"_s, u"password"_s}));
    EXPECT_EQ(fieldsOf(AuthInputChecks::signInProblems(QString(129, u'a'), u"x"_s)),
              QStringList{u"username"_s});
    // A password of spaces is a password (a directory bind with it is not unauthenticated).
    EXPECT_TRUE(AuthInputChecks::signInProblems(u"li.wei"_s, u" "_s).isEmpty());
}

TEST(AuthInputChecks, ResetFormsNeedTheirFields)
{
    EXPECT_TRUE(AuthInputChecks::resetRequestProblems(u"li.wei@example.com"_s).isEmpty());
    EXPECT_EQ(fieldsOf(AuthInputChecks::resetRequestProblems(u" "_s)), QStringList{u"username"_s});
    EXPECT_EQ(fieldsOf(AuthInputChecks::resetRequestProblems(QString(129, u'a'))),
              QStringList{u"username"_s});
    EXPECT_TRUE(AuthInputChecks::resetConfirmationProblems(u"li.wei"_s, u"12345678"_s).isEmpty());
    EXPECT_EQ(fieldsOf(AuthInputChecks::resetConfirmationProblems(u""_s, u" "_s)),
              (QStringList{u"username"_s, u"code"_s}));
}

TEST(AuthInputChecks, PasswordRulesNameTheFieldTheyAreAbout)
{
    EXPECT_TRUE(
        AuthInputChecks::passwordProblems(u"Secret123"_s, u"li.wei"_s, 8, true, u"p"_s).isEmpty());
    const QList<FieldError> short_ =
        AuthInputChecks::passwordProblems(u"abc1"_s, u"li.wei"_s, 8, true, u"newPassword"_s);
    ASSERT_EQ(short_.size(), 1);
    EXPECT_EQ(short_.first().field, u"newPassword"_s);
    EXPECT_EQ(short_.first().message, u"newPassword must be at least 8 characters"_s);
    // Letters only: refused with the rule, accepted without it.
    EXPECT_EQ(AuthInputChecks::passwordProblems(u"abcdefgh"_s, {}, 8, true, u"p"_s).size(), 1);
    EXPECT_TRUE(AuthInputChecks::passwordProblems(u"abcdefgh"_s, {}, 8, false, u"p"_s).isEmpty());
    // The user name itself, in any case, is not a password.
    EXPECT_EQ(
        AuthInputChecks::passwordProblems(u"LiWei2024"_s, u"liwei2024"_s, 8, true, u"p"_s).size(),
        1);
    // Over the byte limit: 402 characters, most of them three bytes in UTF-8.
    const QList<FieldError> long_ =
        AuthInputChecks::passwordProblems(QString(400, u'密') + u"a1"_s, {}, 8, true, u"p"_s);
    ASSERT_EQ(long_.size(), 1);
    EXPECT_EQ(long_.first().message, u"p must be at most 1024 bytes"_s);
}

TEST(LoginRefusal, AnUnknownNameAndAWrongPasswordGetTheSameAnswer)
{
    const LoginRefusal unknown = LoginRefusal::badCredentials(std::nullopt, u"unknown_user"_s);
    const LoginRefusal wrong =
        LoginRefusal::badCredentials(42, u"bad_credentials"_s, u"hash unusable"_s);
    EXPECT_EQ(unknown.answer, wrong.answer);
    EXPECT_EQ(unknown.answer.kind, ErrorKind::Unauthorized);
    // The log keeps what the client is not told.
    EXPECT_EQ(unknown.logMessage, unknown.answer.message);
    EXPECT_EQ(wrong.logMessage, u"hash unusable"_s);
    EXPECT_EQ(wrong.accountId, 42);

    const LoginRefusal disabled = LoginRefusal::forbidden(7, u"disabled"_s, u"disabled here"_s);
    EXPECT_EQ(disabled.answer.kind, ErrorKind::Forbidden);
    EXPECT_EQ(disabled.answer.message, u"disabled here"_s);
    EXPECT_EQ(disabled.logMessage, u"disabled here"_s);
}

TEST(RandomText, TokensAreUrlSafeOfTheirLengthAndDiffer)
{
    static const QRegularExpression urlSafe(u"^[A-Za-z0-9_-]+$"_s);
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString token = random_text::urlSafeToken(32);
        EXPECT_EQ(token.size(), 43); // 32 bytes, base64 without padding
        EXPECT_TRUE(urlSafe.match(token).hasMatch()) << token.toStdString();
        seen.insert(token);
    }
    EXPECT_EQ(seen.size(), 200);
    EXPECT_EQ(QByteArray::fromBase64(random_text::urlSafeToken(5).toLatin1(),
                                     QByteArray::Base64UrlEncoding)
                  .size(),
              5);
}

TEST(RandomText, CodesAreDigitsAndUseEveryDigit)
{
    QSet<QChar> used;
    for (int i = 0; i < 100; ++i) {
        const QString code = random_text::digits(8);
        ASSERT_EQ(code.size(), 8);
        for (QChar c : code) {
            EXPECT_TRUE(c.isDigit()) << code.toStdString();
            used.insert(c);
        }
    }
    EXPECT_EQ(used.size(), 10);
}

TEST(SessionTokens, JsonCarriesTheTokensTheirLifetimesAndTheUser)
{
    SessionTokens t;
    t.accessToken = u"a.b.c"_s;
    t.refreshToken = u"r"_s;
    t.expiresIn = 900;
    t.refreshExpiresIn = 1209600;
    t.user.username = u"li.wei"_s;
    const QJsonObject json = t.toJson();
    EXPECT_EQ(json.value(u"accessToken"_s).toString(), u"a.b.c"_s);
    EXPECT_EQ(json.value(u"refreshToken"_s).toString(), u"r"_s);
    EXPECT_EQ(json.value(u"tokenType"_s).toString(), u"Bearer"_s);
    EXPECT_EQ(json.value(u"expiresIn"_s).toInt(), 900);
    EXPECT_EQ(json.value(u"refreshExpiresIn"_s).toInt(), 1209600);
    EXPECT_EQ(json.value(u"user"_s).toObject().value(u"username"_s).toString(), u"li.wei"_s);
}

// Rate limits, trusted proxies, password reset by mail, and the audit-or-nothing rule, each on
// its own server and database so their counters do not meet.
#include "AuthFixture.h"
#include "AuthService.h"
#include "QtPrinters.h"
#include "SmtpSink.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {
QJsonObject dataOf(const HttpResult &r)
{
    return r.json().value(u"data"_s).toObject();
}
} // namespace

TEST(AuthLimits, RepeatedFailuresAre429AndForgedForwardedForDoesNotReset)
{
    // The loopback peer is not a trusted proxy here, so its X-Forwarded-For means nothing.
    auto f = AuthFixture::start(u"auth_limits"_s, {{u"trusted-proxies"_s, u"10.9.9.9"_s}});
    ASSERT_TRUE(f);
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(f->login(f->ownerA.username, u"wrong-pass-%1"_s.arg(i)).status, 401);
    const HttpResult limited = f->login(f->ownerA.username, u"wrong-pass-x"_s);
    EXPECT_EQ(limited.status, 429);
    EXPECT_GT(limited.header("Retry-After").toInt(), 0);
    EXPECT_EQ(limited.json().value(u"code"_s).toInt(), 429);
    for (const char *forged : {"1.2.3.4", "5.6.7.8, 9.9.9.9", "::1"}) {
        const HttpResult r =
            f->login(f->ownerA.username, f->ownerA.password, {{"X-Forwarded-For", forged}});
        EXPECT_EQ(r.status, 429) << forged;
    }
    // Even the right password waits: the lock is on trying, not on being wrong.
    EXPECT_EQ(f->login(f->ownerA.username, f->ownerA.password).status, 429);
    // Others are not affected by this account's lock.
    EXPECT_EQ(f->login(f->ownerB.username, f->ownerB.password).status, 200);
    EXPECT_GE(
        f->db()
            .scalar(
                u"SELECT count(*) FROM audit_logs WHERE action = 'auth.login' AND result = 'failure' AND status_code = 429"_s)
            .toInt(),
        1);
}

TEST(AuthLimits, TrustedProxyForwardedForIsTheClient)
{
    auto f = AuthFixture::start(u"auth_proxy"_s, {{u"trusted-proxies"_s, u"127.0.0.1"_s}});
    ASSERT_TRUE(f);
    for (int i = 0; i < 5; ++i)
        ASSERT_EQ(f->login(f->ownerA.username, u"wrong-pass-%1"_s.arg(i),
                           {{"X-Forwarded-For", "198.51.100.7"}})
                      .status,
                  401);
    EXPECT_EQ(
        f->login(f->ownerA.username, f->ownerA.password, {{"X-Forwarded-For", "198.51.100.7"}})
            .status,
        429);
    // Another client behind the same proxy is a different address.
    EXPECT_EQ(
        f->login(f->ownerA.username, f->ownerA.password, {{"X-Forwarded-For", "198.51.100.8"}})
            .status,
        200);
    EXPECT_EQ(f->db()
                  .scalar(u"SELECT count(*) FROM login_attempts WHERE client_ip = '198.51.100.7'"_s)
                  .toInt(),
              6);
}

// 20 failed sign-ins from one address (login_max_failures_per_ip) close it to every account for
// the lockout: the 20th failure is still answered, the 21st attempt is not. The failures are
// spread over accounts so no per-account limit is reached first.
TEST(AuthLimits, TwentyFailuresFromOneAddressCloseIt)
{
    auto f = AuthFixture::start(u"auth_ip_limit"_s, {{u"trusted-proxies"_s, u"127.0.0.1"_s}});
    ASSERT_TRUE(f);
    const QList<QPair<QByteArray, QByteArray>> from = {{"X-Forwarded-For", "198.51.100.20"}};
    for (int i = 0; i < 20; ++i) {
        ASSERT_EQ(f->login(u"someone-%1"_s.arg(i % 5), u"wrong-pass-%1"_s.arg(i), from).status, 401)
            << "failure " << i + 1;
    }
    const HttpResult closed = f->login(f->ownerB.username, f->ownerB.password, from);
    EXPECT_EQ(closed.status, 429) << closed.body.constData();
    EXPECT_GT(closed.header("Retry-After").toInt(), 0);
    // The same account from another address is not affected.
    EXPECT_EQ(
        f->login(f->ownerB.username, f->ownerB.password, {{"X-Forwarded-For", "198.51.100.21"}})
            .status,
        200);
}

// 15 failures for one account from anywhere (3 × login_max_failures_per_account) slow that
// account down for a minute, from every address, even with the right password; the 15th failure
// itself is still answered. Each address stays under its own per-pair limit of 5.
TEST(AuthLimits, FifteenFailuresFromAnywhereSlowTheAccount)
{
    auto f = AuthFixture::start(u"auth_account_limit"_s, {{u"trusted-proxies"_s, u"127.0.0.1"_s}});
    ASSERT_TRUE(f);
    for (int i = 0; i < 15; ++i) {
        const QByteArray address = "203.0.113." + QByteArray::number(i / 4 + 1);
        ASSERT_EQ(
            f->login(f->ownerA.username, u"wrong-pass-%1"_s.arg(i), {{"X-Forwarded-For", address}})
                .status,
            401)
            << "failure " << i + 1 << " from " << address.constData();
    }
    const HttpResult slowed =
        f->login(f->ownerA.username, f->ownerA.password, {{"X-Forwarded-For", "203.0.113.99"}});
    EXPECT_EQ(slowed.status, 429) << slowed.body.constData();
    const int retryAfter = slowed.header("Retry-After").toInt();
    EXPECT_GT(retryAfter, 0);
    EXPECT_LE(retryAfter, 60);
    // Another account from those addresses is not affected.
    EXPECT_EQ(f->login(f->ownerB.username, f->ownerB.password, {{"X-Forwarded-For", "203.0.113.1"}})
                  .status,
              200);
}

class PasswordReset : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sink = std::make_unique<SmtpSink>();
        f = AuthFixture::start(u"auth_reset"_s,
                               {{u"smtp-url"_s, sink->url()},
                                {u"smtp-tls"_s, u"none"_s},
                                {u"smtp-from"_s, u"RemoteGPU <noreply@remotegpu.test>"_s}});
        ASSERT_TRUE(f);
    }
    QString codeFromMail(int index)
    {
        EXPECT_TRUE(sink->waitForMessages(index + 1, 10000));
        const QString body = sink->messages().value(index).body();
        const auto match = QRegularExpression(u"(\\d{8})"_s).match(body);
        EXPECT_TRUE(match.hasMatch()) << qPrintable(body);
        return match.captured(1);
    }
    std::unique_ptr<SmtpSink> sink;
    std::unique_ptr<AuthFixture> f;
};

TEST_F(PasswordReset, CodeByMailSetsTheNewPasswordAndEndsSessions)
{
    const QString oldRefresh = dataOf(f->login(f->ownerA.username, f->ownerA.password))
                                   .value(u"refreshToken"_s)
                                   .toString();
    const HttpResult requested =
        f->postJson(u"/api/auth/password-reset/request"_s, {{u"username"_s, f->ownerA.username}});
    ASSERT_EQ(requested.status, 200) << requested.body.constData();
    const HttpResult unknown =
        f->postJson(u"/api/auth/password-reset/request"_s, {{u"username"_s, u"nobody-here"_s}});
    ASSERT_EQ(unknown.status, 200);
    EXPECT_EQ(dataOf(requested), dataOf(unknown))
        << "the answer must not tell whether the account exists";

    const QString code = codeFromMail(0);
    ASSERT_FALSE(sink->messages().isEmpty());
    const ReceivedMail mail = sink->messages().first();
    EXPECT_EQ(mail.recipients, QStringList{f->ownerA.username + u"@example.test"_s});
    EXPECT_TRUE(mail.header("Subject").contains(u"密码重置"_s))
        << qPrintable(mail.header("Subject"));
    EXPECT_FALSE(
        f->db()
            .scalar(u"SELECT count(*) FROM password_reset_codes WHERE code_hash LIKE '%%1%'"_s.arg(
                code))
            .toInt() > 0)
        << "the code must be stored hashed";

    const HttpResult weak = f->postJson(
        u"/api/auth/password-reset/confirm"_s,
        {{u"username"_s, f->ownerA.username}, {u"code"_s, code}, {u"newPassword"_s, u"short"_s}});
    EXPECT_EQ(weak.status, 400);
    EXPECT_EQ(
        dataOf(weak).value(u"errors"_s).toArray().first().toObject().value(u"field"_s).toString(),
        u"newPassword"_s);

    const HttpResult done = f->postJson(u"/api/auth/password-reset/confirm"_s,
                                        {{u"username"_s, f->ownerA.username},
                                         {u"code"_s, code},
                                         {u"newPassword"_s, u"Brand-new-pass-42"_s}});
    ASSERT_EQ(done.status, 200) << done.body.constData();
    EXPECT_EQ(f->login(f->ownerA.username, u"Brand-new-pass-42"_s).status, 200);
    EXPECT_EQ(f->login(f->ownerA.username, f->ownerA.password).status, 401);
    EXPECT_EQ(f->postJson(u"/api/auth/refresh"_s, {{u"refreshToken"_s, oldRefresh}}).status, 401)
        << "reset ends every session";
    // A code works once.
    EXPECT_EQ(f->postJson(u"/api/auth/password-reset/confirm"_s,
                          {{u"username"_s, f->ownerA.username},
                           {u"code"_s, code},
                           {u"newPassword"_s, u"Another-pass-43"_s}})
                  .status,
              400);
    EXPECT_EQ(
        f->db()
            .scalar(
                u"SELECT count(*) FROM audit_logs WHERE action = 'auth.password_reset.confirm' AND result = 'success'"_s)
            .toInt(),
        1);
}

TEST_F(PasswordReset, NewAccountsAndResetsReadThePolicyAlike)
{
    // Values an operator may write by hand: "0" is false, and a minimum of 0 means as short as
    // allowed. Account creation and the reset must agree on what they mean.
    ASSERT_EQ(
        f->db().exec(
            u"UPDATE system_configs SET config_value = '0' "
            "WHERE config_key IN ('password_require_letter_and_digit', 'password_min_length')"_s),
        QString());
    const QString admin = f->accessToken(f->admin);
    const HttpResult created = f->postJson(u"/api/admin/customers"_s,
                                           {{u"username"_s, u"policy.user"_s},
                                            {u"email"_s, u"policy.user@example.test"_s},
                                            {u"password"_s, u"abc"_s}},
                                           admin);
    EXPECT_EQ(created.status, 201) << created.body.constData();

    ASSERT_EQ(
        f->postJson(u"/api/auth/password-reset/request"_s, {{u"username"_s, u"policy.user"_s}})
            .status,
        200);
    const QString code = codeFromMail(0);
    const HttpResult reset = f->postJson(
        u"/api/auth/password-reset/confirm"_s,
        {{u"username"_s, u"policy.user"_s}, {u"code"_s, code}, {u"newPassword"_s, u"xyz"_s}});
    EXPECT_EQ(reset.status, 200) << reset.body.constData();
    EXPECT_EQ(f->login(u"policy.user"_s, u"xyz"_s).status, 200);
}

TEST_F(PasswordReset, FiveWrongGuessesKillTheCode)
{
    ASSERT_EQ(
        f->postJson(u"/api/auth/password-reset/request"_s, {{u"username"_s, f->memberA.username}})
            .status,
        200);
    const QString code = codeFromMail(0);
    const QString wrong = code == u"00000000"_s ? u"11111111"_s : u"00000000"_s;
    for (int i = 0; i < 5; ++i) {
        EXPECT_EQ(f->postJson(u"/api/auth/password-reset/confirm"_s,
                              {{u"username"_s, f->memberA.username},
                               {u"code"_s, wrong},
                               {u"newPassword"_s, u"Guess-pass-77"_s}})
                      .status,
                  400);
    }
    EXPECT_EQ(
        f->postJson(u"/api/auth/password-reset/confirm"_s, {{u"username"_s, f->memberA.username},
                                                            {u"code"_s, code},
                                                            {u"newPassword"_s, u"Guess-pass-77"_s}})
            .status,
        400);
    EXPECT_EQ(f->login(f->memberA.username, f->memberA.password).status, 200);
}

// A code lives 15 minutes (password_reset_code_ttl_seconds): with the server's clock moved, it
// works a second before and is refused at the 15th minute.
TEST_F(PasswordReset, ACodeLastsFifteenMinutes)
{
    const QDateTime at = QDateTime::currentDateTimeUtc();
    const auto confirm = [&](const QString &code, const QString &password) {
        return f->postJson(
            u"/api/auth/password-reset/confirm"_s,
            {{u"username"_s, f->ownerA.username}, {u"code"_s, code}, {u"newPassword"_s, password}});
    };
    // Requests a code with the clock at `when`; returns the code the mail carried.
    const auto requestAt = [&](const QDateTime &when, int mail) {
        AuthFixture::ClockAt clock(*f, when);
        EXPECT_EQ(f->postJson(u"/api/auth/password-reset/request"_s,
                              {{u"username"_s, f->ownerA.username}})
                      .status,
                  200);
        return codeFromMail(mail);
    };
    const QString late = requestAt(at, 0);
    {
        AuthFixture::ClockAt clock(*f, at.addSecs(15 * 60));
        const HttpResult r = confirm(late, u"Too-late-pass-51"_s);
        EXPECT_EQ(r.status, 400) << r.body.constData();
        EXPECT_TRUE(r.json().value(u"message"_s).toString().contains(u"expired"_s))
            << r.body.constData();
    }
    EXPECT_EQ(f->login(f->ownerA.username, f->ownerA.password).status, 200);

    const QDateTime second = at.addSecs(20 * 60);
    const QString inTime = requestAt(second, 1);
    {
        AuthFixture::ClockAt clock(*f, second.addSecs(15 * 60 - 1));
        const HttpResult r = confirm(inTime, u"Just-in-time-52"_s);
        EXPECT_EQ(r.status, 200) << r.body.constData();
    }
    EXPECT_EQ(f->login(f->ownerA.username, u"Just-in-time-52"_s).status, 200);
}

TEST_F(PasswordReset, RequestsAreRateLimited)
{
    int limited = 0;
    for (int i = 0; i < 5; ++i) {
        const HttpResult r = f->postJson(u"/api/auth/password-reset/request"_s,
                                         {{u"username"_s, f->ownerB.username}});
        if (r.status == 429) {
            ++limited;
            EXPECT_GT(r.header("Retry-After").toInt(), 0);
        }
    }
    EXPECT_EQ(limited, 2) << "three requests per account in 15 minutes";
}

TEST_F(PasswordReset, AFailingAuditInsertRollsTheChangeBack)
{
    ASSERT_EQ(
        f->postJson(u"/api/auth/password-reset/request"_s, {{u"username"_s, f->ownerB.username}})
            .status,
        200);
    const QString code = codeFromMail(0);
    ASSERT_EQ(
        f->db().exec(
            u"CREATE FUNCTION fail_confirm_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.action = 'auth.password_reset.confirm' THEN RAISE EXCEPTION 'audit store "
            "down'; END IF; RETURN NEW; END $$; "
            "CREATE TRIGGER fail_confirm_audit BEFORE INSERT ON audit_logs FOR EACH ROW EXECUTE FUNCTION fail_confirm_audit();"_s),
        QString());
    const HttpResult r = f->postJson(u"/api/auth/password-reset/confirm"_s,
                                     {{u"username"_s, f->ownerB.username},
                                      {u"code"_s, code},
                                      {u"newPassword"_s, u"Never-stored-88"_s}});
    EXPECT_EQ(r.status, 500);
    ASSERT_EQ(f->db().exec(u"DROP TRIGGER fail_confirm_audit ON audit_logs"_s), QString());
    EXPECT_EQ(f->login(f->ownerB.username, f->ownerB.password).status, 200)
        << "the password change must have been rolled back";
    EXPECT_EQ(f->login(f->ownerB.username, u"Never-stored-88"_s).status, 401);
    EXPECT_EQ(f->db()
                  .scalar(u"SELECT count(*) FROM password_reset_codes WHERE consumed_at IS NULL"_s)
                  .toInt(),
              1)
        << "the code is still unspent";
}

TEST(PasswordResetUnconfigured, SaysSoInsteadOfPretending)
{
    auto f = AuthFixture::start(u"auth_noreset"_s);
    ASSERT_TRUE(f);
    const HttpResult r =
        f->postJson(u"/api/auth/password-reset/request"_s, {{u"username"_s, f->ownerA.username}});
    EXPECT_EQ(r.status, 503);
    EXPECT_TRUE(r.json().value(u"message"_s).toString().contains(u"not set up"_s));
}

TEST(DirectoryResetLink, IsAnsweredWhenSignInIsDelegated)
{
    auto f = AuthFixture::start(u"auth_dirreset"_s,
                                {{u"password-reset-url"_s, u"https://id.example.test/reset"_s}});
    ASSERT_TRUE(f);
    const HttpResult r =
        f->postJson(u"/api/auth/password-reset/request"_s, {{u"username"_s, u"someone"_s}});
    ASSERT_EQ(r.status, 200);
    EXPECT_EQ(dataOf(r).value(u"directoryResetUrl"_s).toString(),
              u"https://id.example.test/reset"_s);
}

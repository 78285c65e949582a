#include "PasswordResetFlow.h"

#include "AccountStates.h"
#include "AuditRepository.h"
#include "AuthInputChecks.h"
#include "AuthLimits.h"
#include "ClientInfo.h"
#include "CustomerRepository.h"
#include "JsonLog.h"
#include "PasswordHasher.h"
#include "PasswordResetRepository.h"
#include "RandomText.h"
#include "RateLimiter.h"
#include "RefreshTokenRepository.h"
#include "SmtpMailer.h"
#include "SqlSession.h"

#include <QThreadPool>
#include <QtConcurrent>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kResetAnswer =
    u"If an account with this name exists and has an e-mail address, a reset code was sent to it. "
    "The code is valid for 15 minutes."_s;

// An entry about `account` itself, as the actor and the target.
AuditEntry auditOfAccount(const ClientInfo &client, const QString &action,
                          const AccountRecord &account)
{
    AuditEntry e = client.audit(action, AuditResult::Success);
    e.actorId = account.customer.id;
    e.tenantId = account.customer.effectiveTenantId();
    e.username = account.customer.username;
    e.resourceType = u"customer"_s;
    e.resourceId = QString::number(account.customer.id);
    return e;
}

} // namespace

PasswordResetFlow::PasswordResetFlow(DatabasePool &pool, const AuthSettings &settings,
                                     RateLimiter &limiter, const Clock &clock,
                                     AccountStates &states)
    : m_pool(pool)
    , m_limiter(limiter)
    , m_clock(clock)
    , m_states(states)
    , m_directoryResetUrl(settings.directoryPasswordResetUrl)
    , m_mailThreads(std::make_unique<QThreadPool>())
{
    if (settings.smtp)
        m_mailer = std::make_unique<SmtpMailer>(*settings.smtp);
    m_mailThreads->setMaxThreadCount(2);
}

PasswordResetFlow::~PasswordResetFlow()
{
    m_mailThreads->waitForDone();
}

Result<PasswordResetAnswer> PasswordResetFlow::request(const QString &login,
                                                       const ClientInfo &client)
{
    if (auto fields = AuthInputChecks::resetRequestProblems(login); !fields.isEmpty())
        return Error::badRequest(u"Give your user name or e-mail address"_s, fields);
    if (!m_mailer && m_directoryResetUrl.isEmpty())
        return Error::unavailable(
            u"Password reset is not set up on this server; ask your administrator"_s);
    if (auto r = m_limiter.hit(u"reset-ip:"_s + client.ip, 10, 900,
                               u"password reset requests from your address"_s);
        !r)
        return r.error();
    if (auto r = m_limiter.hit(u"reset-account:"_s + login.trimmed().toLower(), 3, 900,
                               u"password reset requests for this account"_s);
        !r)
        return r.error();

    const PasswordResetAnswer answer{kResetAnswer, m_directoryResetUrl};

    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto limits = AuthLimits::load(*session);
    if (!limits)
        return limits.error();
    auto account = CustomerRepository(*session).findForLogin(login.trimmed());
    if (!account)
        return account.error();

    const bool eligible = *account && (*account)->isActive() && !(*account)->isDirectoryOnly() &&
                          m_mailer && !(*account)->customer.email.isEmpty();
    if (!eligible) {
        AuditEntry e = client.audit(u"auth.password_reset.request"_s, AuditResult::Failure);
        e.username = login.left(128);
        e.statusCode = 200;
        e.errorMessage = !*account                 ? u"no such account"_s
                         : !(*account)->isActive() ? u"account disabled"_s
                         : (*account)->isDirectoryOnly()
                             ? u"directory account: reset at the directory"_s
                             : u"no mail server or no e-mail address"_s;
        if (*account) {
            e.actorId = (*account)->customer.id;
            e.tenantId = (*account)->customer.effectiveTenantId();
        }
        if (auto r = AuditRepository(*session).insert(e); !r)
            return r.error();
        return answer;
    }

    const AccountRecord &a = **account;
    const QString code = random_text::digits(8);
    auto codeHash = PasswordHasher::hash(code);
    if (!codeHash)
        return Error::internal(u"Cannot create a reset code"_s);
    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r.error();
    if (auto r = PasswordResetRepository(*session).insert(a.customer.id, *codeHash,
                                                          m_clock.now().addSecs(limits->resetTtl),
                                                          limits->resetMaxAttempts, client.ip);
        !r)
        return r.error();
    AuditEntry e = auditOfAccount(client, u"auth.password_reset.request"_s, a);
    e.statusCode = 200;
    if (auto r = AuditRepository(*session).insert(e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    mailCode(a, code, *limits, client.traceId);
    return answer;
}

void PasswordResetFlow::mailCode(const AccountRecord &account, const QString &code,
                                 const AuthLimits &limits, const QString &traceId)
{
    MailMessage mail;
    mail.to = account.customer.email;
    mail.subject = u"RemoteGPU 密码重置验证码 / password reset code"_s;
    mail.textBody =
        u"您好 %1，\n\n您的 RemoteGPU 密码重置验证码是：%2\n验证码 %3 分钟内有效，最多可尝试 %4 "
        u"次。\n"
        "如果这不是您本人的操作，请忽略此邮件。\n\n"
        "Hello %1,\n\nYour RemoteGPU password reset code is: %2\n"
        "It is valid for %3 minutes and %4 tries. If you did not ask for it, ignore this mail.\n"_s
            .arg(account.customer.displayName.isEmpty() ? account.customer.username
                                                        : account.customer.displayName,
                 code)
            .arg(limits.resetTtl / 60)
            .arg(limits.resetMaxAttempts);
    SmtpMailer *mailer = m_mailer.get();
    (void)QtConcurrent::run(m_mailThreads.get(), [mailer, mail, traceId] {
        if (auto sent = mailer->send(mail); !sent)
            qCWarning(lcServer).noquote()
                << "password reset mail not sent (trace" << traceId << "):" << sent.error().message;
    });
}

Result<void> PasswordResetFlow::confirm(const QString &login, const QString &code,
                                        const QString &newPassword, const ClientInfo &client)
{
    const QString wrong = u"The reset code is wrong or has expired; request a new one if needed"_s;
    auto session = SqlSession::open(m_pool);
    if (!session)
        return session.error();
    auto limits = AuthLimits::load(*session);
    if (!limits)
        return limits.error();
    QList<FieldError> fields = AuthInputChecks::resetConfirmationProblems(login, code);
    fields +=
        AuthInputChecks::passwordProblems(newPassword, login.trimmed(), limits->password.minLength,
                                          limits->password.requireLetterAndDigit, u"newPassword"_s);
    if (!fields.isEmpty())
        return Error::badRequest(u"The new password or the form is not acceptable"_s, fields);

    auto account = CustomerRepository(*session).findForLogin(login.trimmed());
    if (!account)
        return account.error();
    if (!*account || !(*account)->isActive() || (*account)->isDirectoryOnly())
        return Error::badRequest(wrong, {{u"code"_s, wrong}});
    const AccountRecord &a = **account;

    Transaction tx(*session);
    if (auto r = tx.begin(); !r)
        return r;
    PasswordResetRepository codes(*session);
    auto live = codes.lockLive(a.customer.id, m_clock.now());
    if (!live)
        return live.error();
    AuditEntry e = auditOfAccount(client, u"auth.password_reset.confirm"_s, a);
    AuditRepository audit(*session);
    if (!*live || PasswordHasher::verify(code.trimmed(), (*live)->codeHash) !=
                      PasswordHasher::Verdict::Match) {
        if (*live) {
            if (auto r = codes.countWrongGuess((*live)->id); !r)
                return r;
        }
        e.result = AuditResult::Failure;
        e.statusCode = 400;
        e.errorMessage = *live ? u"wrong code (%1 of %2 tries used)"_s.arg((*live)->attempts + 1)
                                     .arg((*live)->maxAttempts)
                               : u"no live code"_s;
        if (auto r = audit.insert(e); !r)
            return r.error();
        if (auto r = tx.commit(); !r)
            return r;
        return Error::badRequest(wrong, {{u"code"_s, wrong}});
    }
    auto hash = PasswordHasher::hash(newPassword);
    if (!hash)
        return hash.error();
    if (auto r = CustomerRepository(*session).updatePassword(a.customer.id, *hash); !r)
        return r;
    // Access tokens issued before end with the refresh tokens (a hash upgraded at sign-in keeps
    // the generation: that is why the trigger does not watch password_hash).
    if (auto r = CustomerRepository(*session).bumpTokenGeneration(a.customer.id); !r)
        return r;
    if (auto r = codes.consume((*live)->id); !r)
        return r;
    auto revoked = RefreshTokenRepository(*session).revokeAllOf(a.customer.id, u"password_reset"_s);
    if (!revoked)
        return revoked.error();
    e.statusCode = 200;
    e.detail = QJsonObject{{u"revokedTokens"_s, *revoked}};
    if (auto r = audit.insert(e); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r;
    m_states.forget(a.customer.id);
    return {};
}

} // namespace remotegpu

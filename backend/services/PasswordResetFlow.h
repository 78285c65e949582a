#pragma once

#include "AuthSettings.h"
#include "Clock.h"
#include "PasswordResetAnswer.h"
#include "Result.h"

#include <QString>

#include <memory>

class QThreadPool;

namespace remotegpu {

class AccountStates;
class DatabasePool;
class RateLimiter;
class SmtpMailer;
struct AccountRecord;
struct AuthLimits;
struct ClientInfo;

// Password reset by a one-time code sent by mail: the request stores the code's hash and mails
// the code from a small pool of its own threads; the confirmation checks it and sets the new
// password, ending every session of the account. Directory accounts reset at the directory.
class PasswordResetFlow
{
public:
    PasswordResetFlow(DatabasePool &pool, const AuthSettings &settings, RateLimiter &limiter,
                      const Clock &clock, AccountStates &states);
    // Waits for the mails still being sent.
    ~PasswordResetFlow();

    // Always the same answer for a well-formed request, whether or not the account exists.
    Result<PasswordResetAnswer> request(const QString &login, const ClientInfo &client);
    Result<void> confirm(const QString &login, const QString &code, const QString &newPassword,
                         const ClientInfo &client);

private:
    // Sent off the request thread: the answer takes as long whether or not the account exists.
    void mailCode(const AccountRecord &account, const QString &code, const AuthLimits &limits,
                  const QString &traceId);

    DatabasePool &m_pool;
    RateLimiter &m_limiter;
    const Clock &m_clock;
    AccountStates &m_states;
    QString m_directoryResetUrl;
    std::unique_ptr<SmtpMailer> m_mailer;
    std::unique_ptr<QThreadPool> m_mailThreads;
};

} // namespace remotegpu

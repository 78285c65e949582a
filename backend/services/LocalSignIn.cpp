#include "LocalSignIn.h"

#include "PasswordHasher.h"
#include "RandomText.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<SignInOutcome> LocalSignIn::signIn(SqlSession &session, const QString &username,
                                          const QString &password)
{
    CustomerRepository customers(session);
    auto found = customers.findForLogin(username);
    if (!found)
        return found.error();
    if (!*found || (*found)->isDirectoryOnly()) {
        // Same work as a real check, so the answer time does not tell that the name is unknown.
        static const QString decoy = PasswordHasher::hash(random_text::urlSafeToken(16)).value();
        (void)PasswordHasher::verify(password, decoy);
        return SignInOutcome{};
    }
    const auto verdict = PasswordHasher::verify(password, (*found)->passwordHash);
    SignInOutcome outcome;
    if (verdict != PasswordHasher::Verdict::Match) {
        outcome.refusal = LoginRefusal::badCredentials(
            (*found)->customer.id, u"bad_credentials"_s,
            verdict == PasswordHasher::Verdict::Unusable
                ? u"password cannot be checked against the stored hash (too long for bcrypt, or no usable hash)"_s
                : QString());
        return outcome;
    }
    outcome.account = **found;
    if (PasswordHasher::needsRehash(outcome.account->passwordHash)) {
        if (auto hash = PasswordHasher::hash(password))
            (void)customers.updatePassword(outcome.account->customer.id, *hash);
    }
    return outcome;
}

} // namespace remotegpu

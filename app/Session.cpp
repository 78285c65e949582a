#include "Session.h"

#include "ApiClient.h"
#include "LiveFeed.h"

#include <QLoggingCategory>
#include <QMetaObject>

#include <qt6keychain/keychain.h>
#include <utility>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcSession, "remotegpu.session")

namespace {

QString keychainDetail(const QKeychain::Job *job)
{
    return job->errorString().isEmpty() ? QString::number(job->error()) : job->errorString();
}

} // namespace

Session::Session(ApiClient *api, const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_keychainService(keychainService)
    , m_liveFeed(new LiveFeed(this))
{
    Q_ASSERT(m_api);
    connect(m_api, &ApiClient::unauthorized, this, &Session::renewAfterUnauthorized);
    // The feed's token expired (or was revoked) while the REST side had no reason to notice:
    // renew it the same way a 401 would.
    connect(m_liveFeed, &LiveFeed::accessTokenRefused, this, [this] {
        if (isSignedIn() && !m_renewing)
            renewAfterUnauthorized();
    });
}

void Session::updateLiveFeed()
{
    if (isSignedIn() && role() == u"admin"_s)
        m_liveFeed->start(m_api->baseUrl(), m_accessToken);
    else if (!isSignedIn() || !role().isEmpty())
        m_liveFeed->stop(); // signed out, or a customer: the feed is for administrators
}

void Session::renewAfterUnauthorized()
{
    if (!isSignedIn()) {
        m_api->failHeldRequests(
            Error::unauthorized(tr("You are not signed in. Sign in and try again.")));
        return;
    }
    if (m_refreshToken.isEmpty()) {
        Q_EMIT reauthenticationRequired(Error::unauthorized(
            tr("Your sign-in has expired. Sign in again to continue where you were.")));
        return;
    }
    m_renewing = true;
    refresh();
}

Session::~Session() = default;

QString Session::defaultKeychainService()
{
    return u"RemoteGPU Console"_s;
}

QString Session::userName() const
{
    return m_profile.value(u"username"_s).toString();
}

QString Session::displayName() const
{
    const QString name = m_profile.value(u"displayName"_s).toString();
    return name.isEmpty() ? userName() : name;
}

QString Session::role() const
{
    return m_profile.value(u"role"_s).toString();
}

QString Session::keychainKeyFor(const QUrl &server)
{
    // "http://host:8080/" and "http://host:8080" are one server and share one sign-in.
    QUrl normalised =
        server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = normalised.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    normalised.setPath(path);
    return u"refresh-token "_s + normalised.toString();
}

QString Session::currentKeychainKey() const
{
    return keychainKeyFor(m_api->baseUrl());
}

Result<void> Session::applyTokens(const QJsonValue &data)
{
    const QJsonObject answer = data.toObject();
    const QString access = answer.value(u"accessToken"_s).toString();
    if (access.isEmpty()) {
        return Error::internal(tr("The server's sign-in answer has no access token. Check that "
                                  "the console and the server are the same version."));
    }
    m_accessToken = access;
    m_api->setAccessToken(access);

    // A refresh answer may omit the refresh token when the server does not rotate it.
    const QString refresh = answer.value(u"refreshToken"_s).toString();
    const bool refreshChanged = !refresh.isEmpty() && refresh != m_refreshToken;
    if (!refresh.isEmpty())
        m_refreshToken = refresh;

    const QJsonObject user = answer.value(u"user"_s).toObject();
    if (!user.isEmpty()) {
        m_profile = user;
        Q_EMIT profileChanged();
    } else {
        fetchProfile();
    }
    m_renewing = false;
    updateLiveFeed();
    Q_EMIT signedIn();
    if (m_api->isHoldingRequests())
        m_api->releaseHeldRequests();
    if (refreshChanged)
        storeRefreshToken();
    return {};
}

void Session::fetchProfile()
{
    m_api->get(u"/api/auth/profile"_s, {}, this, [this](Result<QJsonValue> answer) {
        if (!answer.ok()) {
            qCWarning(lcSession).noquote() << "profile:" << answer.error().message;
            return;
        }
        m_profile = answer->toObject();
        updateLiveFeed();
        Q_EMIT profileChanged();
    });
}

void Session::resume()
{
    auto *job = new QKeychain::ReadPasswordJob(m_keychainService);
    job->setKey(currentKeychainKey());
    const QString server = m_api->baseUrl().toString();
    connect(job, &QKeychain::Job::finished, this, [this, job, server] {
        if (job->error() == QKeychain::EntryNotFound) {
            Q_EMIT resumeFailed(Error::unauthorized(
                tr("No sign-in is saved for %1. Sign in with your user name and password.")
                    .arg(server)));
            return;
        }
        if (job->error() != QKeychain::NoError) {
            // Unauthorized, like a missing entry: the way on is the same, signing in, and a
            // person without a keychain was already told when the sign-in was not remembered.
            qCInfo(lcSession).noquote() << "keychain read:" << keychainDetail(job);
            Q_EMIT resumeFailed(Error::unauthorized(
                tr("The saved sign-in could not be read from the system keychain (%1). Sign in "
                   "with your user name and password.")
                    .arg(keychainDetail(job))));
            return;
        }
        m_refreshToken = job->textData();
        refresh();
    });
    job->start();
}

void Session::refresh()
{
    if (m_refreshToken.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                Q_EMIT resumeFailed(Error::unauthorized(
                    tr("There is no sign-in to renew. Sign in with your user name and password.")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_api->post(u"/api/auth/refresh"_s, QJsonObject{{u"refreshToken"_s, m_refreshToken}}, this,
                [this](Result<QJsonValue> answer) {
                    if (!answer.ok()) {
                        if (std::exchange(m_renewing, false)) {
                            // Mid-session: the open views stay; the person signs in again
                            // over them, or the held requests fail with a reason.
                            if (answer.error().kind == ErrorKind::Unauthorized) {
                                m_refreshToken.clear();
                                forgetStoredRefreshToken();
                                Q_EMIT reauthenticationRequired(Error::unauthorized(
                                    tr("Your sign-in has expired. Sign in again to continue "
                                       "where you were.")));
                            } else {
                                m_api->failHeldRequests(answer.error());
                            }
                            return;
                        }
                        // A refused refresh token is dead for good; a network failure is not.
                        if (answer.error().kind == ErrorKind::Unauthorized) {
                            forgetStoredRefreshToken();
                            const bool wasSignedIn = isSignedIn();
                            clear();
                            if (wasSignedIn)
                                Q_EMIT signedOut();
                        }
                        Q_EMIT resumeFailed(answer.error());
                        return;
                    }
                    Result<void> applied = applyTokens(*answer);
                    if (!applied.ok())
                        Q_EMIT resumeFailed(applied.error());
                });
}

void Session::signOut()
{
    if (isSignedIn()) {
        // The request carries the current bearer token; clearing it below does not affect it.
        m_api->post(u"/api/auth/logout"_s, QJsonObject{{u"refreshToken"_s, m_refreshToken}}, this,
                    [](const Result<QJsonValue> &answer) {
                        if (!answer.ok())
                            qCInfo(lcSession).noquote() << "logout:" << answer.error().message;
                    });
    }
    forgetStoredRefreshToken();
    clear();
    m_api->failHeldRequests(Error::unauthorized(tr("You signed out.")));
    Q_EMIT signedOut();
}

void Session::clear()
{
    m_accessToken.clear();
    m_refreshToken.clear();
    m_profile = {};
    m_api->setAccessToken({});
    m_liveFeed->stop();
}

// Keychain jobs have no parent and delete themselves when finished: libsecret calls back into a
// job after its answer arrives, so a job deleted with its Session before then (a console closed
// or a Session replaced while the keychain is slow) would be used after being freed. The
// `this` context of each finished connection drops the callback once the Session is gone.
void Session::storeRefreshToken()
{
    auto *job = new QKeychain::WritePasswordJob(m_keychainService);
    job->setKey(currentKeychainKey());
    job->setTextData(m_refreshToken);
    // QtKeychain's "insecure fallback" is a plain settings file; a token there is readable by
    // anything running as this user, so not having a keychain means not remembering.
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        if (job->error() == QKeychain::NoError) {
            Q_EMIT refreshTokenStored();
            return;
        }
        const bool refused = job->error() == QKeychain::AccessDenied ||
                             job->error() == QKeychain::AccessDeniedByUser;
        const QString message =
            refused ? tr("Your sign-in could not be remembered because the system keychain "
                         "refused access (%1). You will have to sign in again next time.")
                          .arg(keychainDetail(job))
                    : tr("Your sign-in could not be remembered because no system keychain is "
                         "available (%1). You will have to sign in again next time. To be "
                         "remembered, run a Secret Service keychain such as GNOME Keyring or "
                         "KWallet in your desktop session.")
                          .arg(keychainDetail(job));
        qCWarning(lcSession).noquote() << message;
        Q_EMIT refreshTokenNotStored(message);
    });
    job->start();
}

void Session::forgetStoredRefreshToken()
{
    auto *job = new QKeychain::DeletePasswordJob(m_keychainService);
    job->setKey(currentKeychainKey());
    job->setInsecureFallback(false);
    connect(job, &QKeychain::Job::finished, this, [job] {
        if (job->error() != QKeychain::NoError && job->error() != QKeychain::EntryNotFound)
            qCInfo(lcSession).noquote() << "keychain delete:" << keychainDetail(job);
    });
    job->start();
}

} // namespace remotegpu

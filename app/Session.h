#pragma once

#include "Error.h"
#include "Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QString>
#include <QUrl>

namespace remotegpu {

class ApiClient;
class LiveFeed;

// Who is signed in to which server. Holds the access token (memory only, and handed to the
// ApiClient), the refresh token and the profile. The refresh token outlives the process only
// in the system keychain (QtKeychain): where no keychain is available the console says so and
// forgets it, rather than leaving a token in a plain file.
class Session : public QObject
{
    Q_OBJECT

public:
    // The service name the shipped console uses for its keychain entries.
    static QString defaultKeychainService();

    // `keychainService` names this console's entries in the keychain; tests pass their own so
    // they never read or overwrite an operator's real sign-in.
    explicit Session(ApiClient *api, const QString &keychainService, QObject *parent = nullptr);
    ~Session() override;

    bool isSignedIn() const { return !m_accessToken.isEmpty(); }
    QString accessToken() const { return m_accessToken; }
    QString refreshToken() const { return m_refreshToken; }
    QJsonObject profile() const { return m_profile; }
    QString userName() const;
    QString displayName() const;
    // `admin`, `customer_owner` or `customer_member` (seed 000, customers.role).
    QString role() const;
    // The live fleet feed: started when an administrator signs in, given every new access
    // token, stopped at sign-out. Views connect to its signals.
    LiveFeed *liveFeed() const { return m_liveFeed; }

    // Takes the data of a successful /api/auth/login or /api/auth/refresh answer,
    //   {"accessToken":…, "refreshToken":…, "user":{…}}
    // (`user` optional: fetched from /api/auth/profile when absent), signs in and starts
    // storing the refresh token in the keychain.
    Result<void> applyTokens(const QJsonValue &data);

    // Signs in again without a password, from the refresh token the keychain holds for the
    // ApiClient's current server. Ends in signedIn() or resumeFailed().
    void resume();
    // Trades the refresh token for a new access token. Ends in signedIn() or resumeFailed().
    void refresh();
    // Revokes the tokens on the server (best effort: the local sign-out happens either way) and
    // forgets them here and in the keychain.
    void signOut();

    // The keychain entry name for a server, so each server keeps its own sign-in.
    static QString keychainKeyFor(const QUrl &server);

Q_SIGNALS:
    void signedIn();
    void signedOut();
    void profileChanged();
    void resumeFailed(const remotegpu::Error &error);
    void refreshTokenStored();
    // The refresh token could not be kept; `message` tells the person what that means for them.
    void refreshTokenNotStored(const QString &message);
    // Mid-session, the access token expired and the refresh token was refused too: the person
    // has to sign in again. Requests made meanwhile are held by the ApiClient and go out once
    // signedIn() fires again (or fail when the person gives up), so nothing is lost.
    void reauthenticationRequired(const remotegpu::Error &error);

private:
    void storeRefreshToken();
    void forgetStoredRefreshToken();
    void fetchProfile();
    void clear();
    void renewAfterUnauthorized();
    QString currentKeychainKey() const;
    void updateLiveFeed();

    ApiClient *m_api;
    QString m_keychainService;
    QString m_accessToken;
    QString m_refreshToken;
    QJsonObject m_profile;
    bool m_renewing = false;
    LiveFeed *m_liveFeed;
};

} // namespace remotegpu

#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace remotegpu {

// Where and how outgoing mail is handed over: the company's relay or a mail provider's
// submission port.
struct SmtpSettings
{
    // smtp://host:port (plain, then STARTTLS as `tls` says) or smtps://host:port (TLS from the
    // first byte, `tls` is then irrelevant). Credentials in the URL work but belong in
    // username/password.
    QString url;
    // None: never upgrade (a relay on localhost); StartTlsIfAvailable: upgrade when the server
    // offers it; StartTlsRequired: refuse to send (or to authenticate) over a plain connection.
    enum class Tls { None, StartTlsIfAvailable, StartTlsRequired } tls = Tls::StartTlsRequired;
    QString username; // empty: no AUTH
    QString password;
    QString from;            // "RemoteGPU <noreply@example.com>" or a bare address
    QString caCertFile;      // optional CA bundle; the system's store otherwise
    int timeoutSeconds = 10; // the whole exchange (connect, TLS, AUTH, DATA) must fit in it
};

struct MailMessage
{
    QString to; // "Name <user@example.com>" or a bare address; one recipient
    QString subject;
    QString textBody; // plain text, any line endings (sent as CRLF)
};

// Sends one plain-text mail per call through libcurl's SMTP client. Each call uses its own curl
// handle and connection, so one instance is shared by any number of worker threads.
//
// Errors: BadRequest, before anything is sent, for a `to`, `from` or `subject` that contains CR
// or LF (header injection) or an address that is not user@domain; Unavailable, naming the URL
// (without credentials) and what the server or the network said, when the mail could not be
// handed over. No message ever contains the password.
class SmtpMailer
{
public:
    explicit SmtpMailer(SmtpSettings settings);

    const SmtpSettings &settings() const { return m_settings; }

    // Blocks for at most about settings().timeoutSeconds.
    Result<void> send(const MailMessage &message) const;

    // The RFC 5322 message send() transmits, given its Date and Message-ID (with or without the
    // angle brackets): CRLF line endings, every header line in ASCII (non-ASCII subjects and
    // display names as RFC 2047 UTF-8 encoded-words), body as quoted-printable UTF-8. Expects
    // fields send() accepted; CR and LF in a header field are replaced by spaces regardless.
    static QByteArray buildMessage(const SmtpSettings &settings, const MailMessage &message,
                                   const QDateTime &date, const QByteArray &messageId);

private:
    SmtpSettings m_settings;
};

} // namespace remotegpu

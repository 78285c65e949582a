#include "SmtpMailer.h"

#include <QByteArrayList>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <curl/curl.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kDefaultTimeoutSeconds = 10;
// RFC 5321 §4.5.3.1: 64 octets of local part, 254 of path once the brackets are gone.
constexpr qsizetype kMaxLocalPartLength = 64;
constexpr qsizetype kMaxAddressLength = 254;
// 42 bytes of UTF-8 become 56 base64 characters, so "Subject: " and one 68-character
// encoded-word stay within the 78 columns RFC 5322 recommends (RFC 2047 caps a word at 75).
constexpr qsizetype kEncodedWordBytes = 42;
// RFC 2045 §6.7: encoded lines are at most 76 characters, the soft line break's "=" included.
constexpr qsizetype kQuotedPrintableLineLength = 76;
// The server's last line is quoted in errors; a hostile or broken server could send megabytes.
constexpr qsizetype kMaxQuotedReplyLength = 300;

// curl_global_init is not thread-safe in this libcurl (7.88); every worker thread may be the
// first to send, so the first one initializes for all.
void initializeCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
using CurlHandle = std::unique_ptr<CURL, CurlDeleter>;

struct SlistDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};
using CurlList = std::unique_ptr<curl_slist, SlistDeleter>;

// One side of an envelope: what goes in the header (display name) and what goes to the server.
struct Mailbox
{
    QString displayName;
    QByteArray address; // ASCII addr-spec, the domain in its IDNA (xn--) form
};

bool hasLineBreak(const QString &text)
{
    return text.contains(u'\r') || text.contains(u'\n');
}

bool isPrintableAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() <= 0x7e; });
}

Error badField(const QString &field, const QString &message)
{
    return Error::badRequest(message, {FieldError{field, message}});
}

// Deliberately minimal (the relay has the last word): one '@', a non-empty ASCII local part, a
// domain IDNA can convert, and none of the characters that would let one field become several
// recipients or break out of the angle brackets.
Result<QByteArray> checkAddress(const QString &field, const QString &address)
{
    const QString invalid = u"%1 must be an e-mail address like user@example.com"_s.arg(field);
    if (address.isEmpty() || address.size() > kMaxAddressLength)
        return badField(field, invalid);
    for (const QChar c : address) {
        if (c.unicode() <= 0x20 || c.unicode() == 0x7f || u"<>()[],;:\\\""_s.contains(c))
            return badField(field, invalid);
    }
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || at != address.lastIndexOf(u'@') || at == address.size() - 1)
        return badField(field, invalid);
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.size() > kMaxLocalPartLength || !isPrintableAscii(local) || local.startsWith(u'.') ||
        local.endsWith(u'.') || local.contains(u".."_s))
        return badField(field, invalid);
    if (domain.startsWith(u'.') || domain.endsWith(u'.') || domain.contains(u".."_s))
        return badField(field, invalid);
    // A Chinese domain (例子.中国) is sent as xn--…; QUrl refuses what IDNA cannot convert.
    const QByteArray aceDomain = QUrl::toAce(domain);
    if (aceDomain.isEmpty())
        return badField(field, invalid);
    return QByteArray(local.toLatin1() + '@' + aceDomain);
}

// "Name <user@example.com>", "\"Acme, Inc.\" <user@example.com>" or a bare "user@example.com".
Result<Mailbox> parseMailbox(const QString &field, const QString &text)
{
    if (hasLineBreak(text))
        return badField(field, u"%1 must not contain line breaks"_s.arg(field));
    const QString trimmed = text.trimmed();
    Mailbox mailbox;
    QString address = trimmed;
    const qsizetype open = trimmed.indexOf(u'<');
    if (open >= 0) {
        if (!trimmed.endsWith(u'>') || trimmed.indexOf(u'>') != trimmed.size() - 1 ||
            trimmed.indexOf(u'<', open + 1) >= 0)
            return badField(field,
                            u"%1 must be an e-mail address like user@example.com"_s.arg(field));
        address = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
        QString name = trimmed.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"')) {
            name = name.mid(1, name.size() - 2);
            name.replace(u"\\\\"_s, u"\\"_s).replace(u"\\\""_s, u"\""_s);
        }
        mailbox.displayName = name;
    }
    Result<QByteArray> checked = checkAddress(field, address);
    if (!checked)
        return std::move(checked).error();
    mailbox.address = std::move(checked).value();
    return mailbox;
}

// RFC 2047 "B" encoded-words of at most kEncodedWordBytes of UTF-8 each, cut between characters:
// §5 forbids splitting a character across words, and decoders join adjacent words without the
// whitespace between them, so the text comes back exactly.
QByteArrayList encodedWords(const QString &text)
{
    QByteArrayList words;
    QByteArray chunk;
    const auto flush = [&] {
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length =
            text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()
                ? 2
                : 1;
        const QByteArray bytes = QStringView(text).mid(i, length).toUtf8();
        if (!chunk.isEmpty() && chunk.size() + bytes.size() > kEncodedWordBytes)
            flush();
        chunk += bytes;
        i += length;
    }
    if (!chunk.isEmpty() || words.isEmpty())
        flush();
    return words;
}

// Words folded onto continuation lines (CRLF + space), which unfolding turns back into spaces
// that RFC 2047 then ignores between encoded-words.
QByteArray foldedEncodedWords(const QString &text)
{
    return encodedWords(text).join("\r\n ");
}

QByteArray subjectHeader(QString subject)
{
    subject.replace(u'\r', u' ').replace(u'\n', u' ');
    const QByteArray prefix = "Subject: ";
    // Plain ASCII that fits one line is sent as written, so it stays readable in raw form; text
    // that looks like an encoded-word is encoded too, or a reader would decode it.
    if (isPrintableAscii(subject) && !subject.contains(u"=?"_s) &&
        prefix.size() + subject.size() <= 78)
        return prefix + subject.toLatin1();
    return prefix + foldedEncodedWords(subject);
}

// A display name as an RFC 5322 phrase: atoms as they are, a quoted-string when it holds
// specials (a comma would otherwise split the header into two addresses), encoded-words when it
// is not ASCII.
QByteArray phrase(QString name)
{
    name.replace(u'\r', u' ').replace(u'\n', u' ');
    if (!isPrintableAscii(name) || name.contains(u"=?"_s))
        return foldedEncodedWords(name);
    const QString specials = u"()<>[]:;@\\,.\""_s;
    if (std::none_of(name.cbegin(), name.cend(), [&](QChar c) { return specials.contains(c); }))
        return name.toLatin1();
    QString quoted = name;
    quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return '"' + quoted.toLatin1() + '"';
}

QByteArray mailboxHeader(const Mailbox &mailbox)
{
    if (mailbox.displayName.isEmpty())
        return mailbox.address;
    return phrase(mailbox.displayName) + " <" + mailbox.address + '>';
}

// buildMessage must not emit an injected header even when called with unchecked fields: what
// parseMailbox refuses is reduced to its bare text with the line breaks gone.
Mailbox mailboxForHeader(const QString &text)
{
    Result<Mailbox> parsed = parseMailbox(u"address"_s, text);
    if (parsed)
        return std::move(parsed).value();
    QString flat = text;
    flat.replace(u'\r', u' ').replace(u'\n', u' ');
    return Mailbox{QString(), flat.trimmed().toUtf8()};
}

// RFC 5322 §3.3 with English names whatever the locale: "Tue, 01 Jul 2025 08:30:00 +0800".
QByteArray dateHeaderValue(const QDateTime &date)
{
    static constexpr const char *days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime when = date.isValid() ? date : QDateTime::currentDateTimeUtc();
    const QDate day = when.date();
    const QTime time = when.time();
    const int offsetMinutes = when.offsetFromUtc() / 60;
    const int absOffset = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    return QString::asprintf("%s, %02d %s %04d %02d:%02d:%02d %c%02d%02d",
                             days[day.dayOfWeek() - 1], day.day(), months[day.month() - 1],
                             day.year(), time.hour(), time.minute(), time.second(),
                             offsetMinutes < 0 ? '-' : '+', absOffset / 60, absOffset % 60)
        .toLatin1();
}

// One line of UTF-8 in quoted-printable, soft-broken to 76 columns. A leading "." is left as it
// is: SMTP dot-stuffing (libcurl's job) protects it on the wire, and the tests prove that.
void appendQuotedPrintableLine(const QByteArray &line, QByteArray &out)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    qsizetype column = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto c = static_cast<unsigned char>(line.at(i));
        const bool lastOnLine = i + 1 == line.size();
        char piece[3];
        qsizetype pieceLength = 1;
        // Trailing blanks are encoded: transports may strip them, and decoders are told to.
        if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !lastOnLine)) {
            piece[0] = static_cast<char>(c);
        } else {
            piece[0] = '=';
            piece[1] = hex[c >> 4];
            piece[2] = hex[c & 0x0f];
            pieceLength = 3;
        }
        // Room for the "=" of a soft break, unless this piece ends the line anyway.
        const qsizetype limit =
            lastOnLine ? kQuotedPrintableLineLength : kQuotedPrintableLineLength - 1;
        if (column + pieceLength > limit) {
            out += "=\r\n";
            column = 0;
        }
        out.append(piece, pieceLength);
        column += pieceLength;
    }
}

// Line breaks of any style become CRLF. A body without a final line break ends with a soft
// break, so the message still ends in CRLF while the body decodes to exactly what was given.
QByteArray quotedPrintableBody(const QString &text)
{
    QString normalized = text;
    normalized.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');
    QByteArray out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        appendQuotedPrintableLine(lines.at(i).toUtf8(), out);
        if (i + 1 < lines.size())
            out += "\r\n";
    }
    if (!out.endsWith("\r\n"))
        out += "=\r\n";
    return out;
}

// The URL as it may appear in a message: credentials in it never reach a log or a client.
QString displayUrl(const QString &url)
{
    const QUrl parsed(url);
    if (!parsed.isValid())
        return u"the configured SMTP URL"_s;
    return parsed.toString(QUrl::RemoveUserInfo);
}

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userdata)
{
    auto *upload = static_cast<Upload *>(userdata);
    const size_t left = static_cast<size_t>(upload->data.size() - upload->offset);
    const size_t length = std::min(size * count, left);
    std::memcpy(buffer, upload->data.constData() + upload->offset, length);
    upload->offset += static_cast<qsizetype>(length);
    return length;
}

// libcurl reports "Login denied" or "RCPT failed: 550" but not the server's words, which are what
// an operator needs ("5.7.8 Username and Password not accepted", "Recipient address rejected").
// Only refusals (4xx, 5xx) the server sent are kept: what we send (AUTH carries the password)
// never is, and the "221 Bye" of the QUIT after a failure must not hide the refusal.
int keepServerRefusal(CURL *, curl_infotype type, char *data, size_t size, void *userdata)
{
    if (type == CURLINFO_HEADER_IN) {
        const QByteArray line = QByteArray(data, static_cast<qsizetype>(size)).trimmed();
        if (line.startsWith('4') || line.startsWith('5'))
            *static_cast<QByteArray *>(userdata) = line.left(kMaxQuotedReplyLength);
    }
    return 0;
}

QString scrub(QString text, const SmtpSettings &settings)
{
    const QString urlPassword = QUrl(settings.url).password();
    for (const QString &secret : {settings.password, urlPassword}) {
        if (!secret.isEmpty())
            text.replace(secret, u"***"_s);
    }
    return text;
}

} // namespace

SmtpMailer::SmtpMailer(SmtpSettings settings)
    : m_settings(std::move(settings))
{}

QByteArray SmtpMailer::buildMessage(const SmtpSettings &settings, const MailMessage &message,
                                    const QDateTime &date, const QByteArray &messageId)
{
    QByteArray id = messageId.trimmed();
    id.replace('\r', "").replace('\n', "");
    if (!id.startsWith('<'))
        id = '<' + id + '>';

    QByteArray out;
    out += "Date: " + dateHeaderValue(date) + "\r\n";
    out += "From: " + mailboxHeader(mailboxForHeader(settings.from)) + "\r\n";
    out += "To: " + mailboxHeader(mailboxForHeader(message.to)) + "\r\n";
    out += subjectHeader(message.subject) + "\r\n";
    out += "Message-ID: " + id + "\r\n";
    // RFC 3834: vacation responders and ticket systems must not answer a reset code.
    out += "Auto-Submitted: auto-generated\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=UTF-8\r\n";
    // Quoted-printable rather than 8bit: libcurl does not negotiate 8BITMIME, and a 7-bit body
    // with short lines passes any relay unchanged.
    out += "Content-Transfer-Encoding: quoted-printable\r\n";
    out += "\r\n";
    out += quotedPrintableBody(message.textBody);
    return out;
}

Result<void> SmtpMailer::send(const MailMessage &message) const
{
    // Everything the caller controls is checked before a connection is opened.
    if (hasLineBreak(message.subject))
        return badField(u"subject"_s, u"subject must not contain line breaks"_s);
    Result<Mailbox> to = parseMailbox(u"to"_s, message.to);
    if (!to)
        return to.error();
    Result<Mailbox> from = parseMailbox(u"from"_s, m_settings.from);
    if (!from)
        return from.error();

    const QString where = displayUrl(m_settings.url);
    if (m_settings.url.trimmed().isEmpty())
        return Error::unavailable(u"Outgoing mail is not configured: no SMTP URL is set"_s);
    const QUrl url(m_settings.url.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"smtp"_s && scheme != u"smtps"_s))
        return Error::unavailable(u"Outgoing mail is misconfigured: the SMTP URL %1 must look like "
                                  u"smtp://host:587 or smtps://host:465"_s.arg(where));

    const QByteArray domain = from->address.mid(from->address.indexOf('@') + 1);
    const QByteArray messageId =
        QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + '@' + domain;
    Upload upload{buildMessage(m_settings, message, QDateTime::currentDateTimeUtc(), messageId)};

    initializeCurlOnce();
    const CurlHandle curl(curl_easy_init());
    if (!curl)
        return Error::unavailable(
            u"Cannot send mail through %1: libcurl could not start"_s.arg(where));

    const QByteArray urlBytes = m_settings.url.trimmed().toUtf8();
    const QByteArray username = m_settings.username.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caCertFile.toLocal8Bit();
    const QByteArray mailFrom = '<' + from->address + '>';
    const QByteArray rcptTo = '<' + to->address + '>';
    CurlList recipients(curl_slist_append(nullptr, rcptTo.constData()));
    const long timeout =
        m_settings.timeoutSeconds > 0 ? m_settings.timeoutSeconds : kDefaultTimeoutSeconds;
    long useSsl = CURLUSESSL_ALL;
    switch (m_settings.tls) {
    case SmtpSettings::Tls::None:
        useSsl = CURLUSESSL_NONE;
        break;
    case SmtpSettings::Tls::StartTlsIfAvailable:
        useSsl = CURLUSESSL_TRY;
        break;
    case SmtpSettings::Tls::StartTlsRequired:
        useSsl = CURLUSESSL_ALL;
        break;
    }
    char errorBuffer[CURL_ERROR_SIZE] = {};
    QByteArray lastRefusal;

    CURL *h = curl.get();
    curl_easy_setopt(h, CURLOPT_URL, urlBytes.constData());
    // A URL from the configuration must not turn the mailer into a client of another protocol.
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    // Signals cannot carry timeouts across threads; without this, a DNS timeout may longjmp
    // into another worker's stack.
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, timeout);
    curl_easy_setopt(h, CURLOPT_TIMEOUT, timeout);
    curl_easy_setopt(h, CURLOPT_USE_SSL, useSsl);
    if (!caFile.isEmpty())
        curl_easy_setopt(h, CURLOPT_CAINFO, caFile.constData());
    if (!username.isEmpty()) {
        curl_easy_setopt(h, CURLOPT_USERNAME, username.constData());
        curl_easy_setopt(h, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(h, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(h, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, static_cast<curl_off_t>(upload.data.size()));
    curl_easy_setopt(h, CURLOPT_READFUNCTION, &readUpload);
    curl_easy_setopt(h, CURLOPT_READDATA, &upload);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
    // VERBOSE only feeds the debug callback; with one installed, nothing goes to stderr.
    curl_easy_setopt(h, CURLOPT_DEBUGFUNCTION, &keepServerRefusal);
    curl_easy_setopt(h, CURLOPT_DEBUGDATA, &lastRefusal);
    curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);

    const CURLcode rc = curl_easy_perform(h);
    if (rc == CURLE_OK)
        return {};

    QString reason = QString::fromUtf8(curl_easy_strerror(rc));
    const QString detail = QString::fromUtf8(errorBuffer).trimmed();
    if (!detail.isEmpty() && detail != reason)
        reason += u" ("_s % detail % u')';
    if (!lastRefusal.isEmpty())
        reason += u"; the server said: "_s % QString::fromUtf8(lastRefusal);
    return Error::unavailable(
        scrub(u"Cannot send mail through %1: %2"_s.arg(where, reason), m_settings));
}

} // namespace remotegpu

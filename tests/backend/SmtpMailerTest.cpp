#include "SmtpMailer.h"
#include "QtPrinters.h"
#include "SmtpSink.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>

#include <gtest/gtest.h>

#include <thread>
#include <vector>

using namespace remotegpu;
using namespace remotegpu::test;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kChineseSubject = u"RemoteGPU 密码重置验证码"_s;

// Everything a mail client must get back unchanged: Chinese text, lines that start with a dot
// (one of them alone on its line, which would end DATA if it were not stuffed), trailing blanks,
// "=" (the quoted-printable escape) and a line longer than any encoded line may be.
const QString kChineseBody = u"您好，\n\n您的验证码是 483920，10 分钟内有效。\n"
                             u".\n"
                             u".hidden 以点开头的行\n"
                             u"..两个点\n"
                             u"行尾有空格   \n"
                             u"a=b, c==d\n"
                             u"这是一行很长的文字，用来检查 quoted-printable "
                             u"的软换行不会把一个汉字拆坏。这是一行很长的文字。\n"
                             u"RemoteGPU 运维团队"_s;

SmtpSettings settingsFor(const SmtpSink &sink)
{
    SmtpSettings settings;
    settings.url = sink.url();
    settings.tls = SmtpSettings::Tls::None; // the sink speaks no TLS
    settings.from = u"RemoteGPU <noreply@remotegpu.test>"_s;
    settings.timeoutSeconds = 5;
    return settings;
}

MailMessage resetMail()
{
    return MailMessage{u"张伟 <zhang.wei@example.com>"_s, kChineseSubject, kChineseBody};
}

// A port nothing listens on: taken from the kernel, then released.
quint16 unusedPort()
{
    QTcpServer server;
    EXPECT_TRUE(server.listen(QHostAddress::LocalHost, 0));
    return server.serverPort();
}

QByteArray headerOf(const QByteArray &message)
{
    return message.left(message.indexOf("\r\n\r\n") + 2);
}

QByteArray bodyOf(const QByteArray &message)
{
    return message.mid(message.indexOf("\r\n\r\n") + 4);
}

QByteArray build(const MailMessage &message,
                 const QString &from = u"RemoteGPU <noreply@remotegpu.test>"_s)
{
    SmtpSettings settings;
    settings.from = from;
    const QDateTime date(QDate(2025, 7, 1), QTime(8, 30, 5), Qt::OffsetFromUTC, 8 * 3600);
    return SmtpMailer::buildMessage(settings, message, date, "abc-123@remotegpu.test");
}

ReceivedMail parse(const QByteArray &data)
{
    return ReceivedMail{{}, {}, data, {}};
}

// ---- buildMessage ----------------------------------------------------------------------------

TEST(SmtpMailerBuild, UsesCrlfLineEndingsEverywhere)
{
    const QByteArray message =
        build(MailMessage{u"a@example.com"_s, kChineseSubject, u"one\ntwo\r\nthree\rfour\n"_s});
    for (qsizetype i = 0; i < message.size(); ++i) {
        if (message.at(i) == '\n') {
            ASSERT_TRUE(i > 0 && message.at(i - 1) == '\r') << "bare LF at " << i;
        }
        if (message.at(i) == '\r') {
            ASSERT_TRUE(i + 1 < message.size() && message.at(i + 1) == '\n') << "bare CR at " << i;
        }
    }
    EXPECT_TRUE(message.endsWith("\r\n"));
    EXPECT_EQ(parse(message).body(), u"one\ntwo\nthree\nfour\n"_s);
}

TEST(SmtpMailerBuild, HasTheHeadersOfAnRfc5322MimeMessage)
{
    const QByteArray message = build(MailMessage{u"user@example.com"_s, u"Reset code"_s, u"x"_s});
    const QByteArray header = headerOf(message);
    EXPECT_TRUE(header.startsWith("Date: Tue, 01 Jul 2025 08:30:05 +0800\r\n"))
        << header.constData();
    EXPECT_TRUE(header.contains("\r\nFrom: RemoteGPU <noreply@remotegpu.test>\r\n"));
    EXPECT_TRUE(header.contains("\r\nTo: user@example.com\r\n"));
    EXPECT_TRUE(header.contains("\r\nSubject: Reset code\r\n"));
    EXPECT_TRUE(header.contains("\r\nMessage-ID: <abc-123@remotegpu.test>\r\n"));
    EXPECT_TRUE(header.contains("\r\nMIME-Version: 1.0\r\n"));
    EXPECT_TRUE(header.contains("\r\nContent-Type: text/plain; charset=UTF-8\r\n"));
    EXPECT_TRUE(header.contains("\r\nContent-Transfer-Encoding: quoted-printable\r\n"));
    EXPECT_TRUE(header.contains("\r\nAuto-Submitted: auto-generated\r\n"));
    // A Message-ID given with its brackets keeps exactly one pair.
    SmtpSettings settings;
    settings.from = u"noreply@remotegpu.test"_s;
    const QByteArray bracketed = SmtpMailer::buildMessage(
        settings, MailMessage{u"user@example.com"_s, u"s"_s, u"b"_s},
        QDateTime(QDate(2025, 1, 5), QTime(23, 0), Qt::UTC), "<id@x.test>");
    EXPECT_TRUE(bracketed.contains("\r\nMessage-ID: <id@x.test>\r\n"));
    EXPECT_TRUE(bracketed.startsWith("Date: Sun, 05 Jan 2025 23:00:00 +0000\r\n"));
}

TEST(SmtpMailerBuild, EncodesAChineseSubjectAsUtf8EncodedWords)
{
    const QByteArray message = build(resetMail());
    const ReceivedMail mail = parse(message);
    EXPECT_TRUE(mail.rawHeader("Subject").startsWith("=?UTF-8?B?"))
        << mail.rawHeader("Subject").constData();
    EXPECT_EQ(mail.header("Subject"), kChineseSubject);
    // The whole header is 7-bit: no raw UTF-8 for a relay to mangle.
    for (const char c : headerOf(message))
        ASSERT_LT(static_cast<unsigned char>(c), 0x80);
}

TEST(SmtpMailerBuild, KeepsAnAsciiSubjectReadable)
{
    const ReceivedMail mail = parse(build(MailMessage{u"a@example.com"_s, u"Your code"_s, {}}));
    EXPECT_EQ(mail.rawHeader("Subject"), "Your code");
}

TEST(SmtpMailerBuild, EncodesAnAsciiSubjectThatLooksLikeAnEncodedWord)
{
    const QString subject = u"=?UTF-8?B?5a+G56CB?="_s;
    const ReceivedMail mail = parse(build(MailMessage{u"a@example.com"_s, subject, {}}));
    EXPECT_NE(mail.rawHeader("Subject"), subject.toLatin1());
    EXPECT_EQ(mail.header("Subject"), subject);
}

TEST(SmtpMailerBuild, FoldsALongSubjectWithoutSplittingACharacter)
{
    QString subject;
    for (int i = 0; i < 12; ++i)
        subject += u"密码重置验证码😀"_s; // the emoji is a surrogate pair, 4 bytes of UTF-8
    const QByteArray message = build(MailMessage{u"a@example.com"_s, subject, {}});
    for (const QByteArray &line : headerOf(message).split('\n'))
        EXPECT_LE(line.size(), 79) << line.constData(); // 78 + the CR
    const ReceivedMail mail = parse(message);
    EXPECT_EQ(mail.header("Subject"), subject);
    // Every word holds whole characters: each decodes alone to valid UTF-8.
    const QList<QByteArray> words = mail.rawHeader("Subject").split(' ');
    EXPECT_GT(words.size(), 1);
    for (const QByteArray &word : words) {
        ASSERT_TRUE(word.startsWith("=?UTF-8?B?") && word.endsWith("?=")) << word.constData();
        EXPECT_LE(word.size(), 75);
        const QByteArray bytes = QByteArray::fromBase64(word.mid(10, word.size() - 12));
        EXPECT_EQ(QString::fromUtf8(bytes).toUtf8(), bytes);
        EXPECT_FALSE(QString::fromUtf8(bytes).contains(QChar::ReplacementCharacter));
    }
}

TEST(SmtpMailerBuild, WritesTheBodyAsShortAsciiQuotedPrintableLines)
{
    const QByteArray message = build(resetMail());
    const QByteArray body = bodyOf(message);
    for (const QByteArray &line : body.split('\n')) {
        EXPECT_LE(line.size(), 77) << line.constData(); // 76 + the CR
        for (const char c : line)
            ASSERT_LT(static_cast<unsigned char>(c), 0x80) << line.constData();
    }
    EXPECT_EQ(parse(message).body(), kChineseBody);
    // Leading dots are left to SMTP dot-stuffing, not hidden by the encoding.
    EXPECT_TRUE(body.contains("\r\n.\r\n"));
    EXPECT_TRUE(body.contains("\r\n.hidden "));
}

TEST(SmtpMailerBuild, DecodesABodyWithoutAFinalLineBreakExactly)
{
    for (const QString &text : {u"483920"_s, u""_s, u"末尾没有换行"_s, u"ends with a blank "_s}) {
        const QByteArray message = build(MailMessage{u"a@example.com"_s, u"s"_s, text});
        EXPECT_TRUE(message.endsWith("\r\n"));
        EXPECT_EQ(parse(message).body(), text);
    }
}

TEST(SmtpMailerBuild, WritesDisplayNamesAsPhrases)
{
    EXPECT_EQ(
        parse(build(resetMail(), u"RemoteGPU Team <noreply@remotegpu.test>"_s)).rawHeader("From"),
        "RemoteGPU Team <noreply@remotegpu.test>");
    EXPECT_EQ(parse(build(resetMail(), u"Acme, Inc. <noreply@acme.test>"_s)).rawHeader("From"),
              "\"Acme, Inc.\" <noreply@acme.test>");
    EXPECT_EQ(parse(build(resetMail(), u"noreply@remotegpu.test"_s)).rawHeader("From"),
              "noreply@remotegpu.test");
    const ReceivedMail chinese =
        parse(build(resetMail(), u"远程 GPU 平台 <noreply@remotegpu.test>"_s));
    EXPECT_TRUE(chinese.rawHeader("From").startsWith("=?UTF-8?B?"));
    EXPECT_EQ(chinese.header("From"), u"远程 GPU 平台 <noreply@remotegpu.test>"_s);
    EXPECT_EQ(chinese.header("To"), u"张伟 <zhang.wei@example.com>"_s);
}

TEST(SmtpMailerBuild, SendsAnInternationalDomainInItsAsciiForm)
{
    const ReceivedMail mail = parse(build(MailMessage{u"user@例子.中国"_s, u"s"_s, {}}));
    EXPECT_EQ(mail.rawHeader("To"), "user@xn--fsqu00a.xn--fiqs8s");
}

// ---- send() through the sink -----------------------------------------------------------------

TEST(SmtpMailerSend, DeliversAChineseMessageIntact)
{
    SmtpSink sink;
    ASSERT_NE(sink.port(), 0);
    const Result<void> sent = SmtpMailer(settingsFor(sink)).send(resetMail());
    ASSERT_TRUE(sent.ok()) << sent.error().message.toStdString();
    ASSERT_TRUE(sink.waitForMessages(1, 5000));

    const ReceivedMail mail = sink.messages().at(0);
    EXPECT_EQ(mail.envelopeFrom, u"noreply@remotegpu.test"_s);
    EXPECT_EQ(mail.recipients, QStringList{u"zhang.wei@example.com"_s});
    EXPECT_EQ(mail.header("Subject"), kChineseSubject);
    EXPECT_EQ(mail.header("To"), u"张伟 <zhang.wei@example.com>"_s);
    EXPECT_EQ(mail.body(), kChineseBody);
    // The sink unstuffed what libcurl stuffed: the dotted lines arrived as they were built.
    EXPECT_TRUE(mail.rawBody().contains("\r\n.\r\n"));
    EXPECT_TRUE(mail.rawBody().contains("\r\n.hidden "));
    EXPECT_TRUE(mail.rawBody().contains("\r\n..=E4=B8"));
    const QByteArray messageId = mail.rawHeader("Message-ID");
    EXPECT_TRUE(messageId.startsWith('<') && messageId.endsWith("@remotegpu.test>"))
        << messageId.constData();
    EXPECT_FALSE(mail.rawHeader("Date").isEmpty());
}

TEST(SmtpMailerSend, AuthenticatesWithPlain)
{
    SmtpSink sink(SmtpSinkOptions{u"mailer"_s, u"pä55-wörd"_s, {u"PLAIN"_s}, {}});
    SmtpSettings settings = settingsFor(sink);
    settings.username = u"mailer"_s;
    settings.password = u"pä55-wörd"_s;
    const Result<void> sent = SmtpMailer(settings).send(resetMail());
    ASSERT_TRUE(sent.ok()) << sent.error().message.toStdString();
    ASSERT_TRUE(sink.waitForMessages(1, 5000));
    EXPECT_EQ(sink.messages().at(0).authenticatedUser, u"mailer"_s);
}

TEST(SmtpMailerSend, AuthenticatesWithLogin)
{
    SmtpSink sink(SmtpSinkOptions{u"mailer"_s, u"S3cret!"_s, {u"LOGIN"_s}, {}});
    SmtpSettings settings = settingsFor(sink);
    settings.username = u"mailer"_s;
    settings.password = u"S3cret!"_s;
    const Result<void> sent = SmtpMailer(settings).send(resetMail());
    ASSERT_TRUE(sent.ok()) << sent.error().message.toStdString();
    ASSERT_TRUE(sink.waitForMessages(1, 5000));
    EXPECT_EQ(sink.messages().at(0).authenticatedUser, u"mailer"_s);
}

TEST(SmtpMailerSend, WrongPasswordIsUnavailableAndNeverQuotesThePassword)
{
    SmtpSink sink(SmtpSinkOptions{u"mailer"_s, u"right-password"_s, {u"PLAIN"_s, u"LOGIN"_s}, {}});
    SmtpSettings settings = settingsFor(sink);
    settings.username = u"mailer"_s;
    settings.password = u"Wr0ng-Passw0rd"_s;
    const Result<void> sent = SmtpMailer(settings).send(resetMail());
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().kind, ErrorKind::Unavailable);
    const QString message = sent.error().message;
    EXPECT_TRUE(message.startsWith(u"Cannot send mail through "_s % sink.url() % u": "_s))
        << message.toStdString();
    EXPECT_TRUE(message.contains(u"535"_s)) << message.toStdString(); // the server's refusal
    EXPECT_FALSE(message.contains(u"Wr0ng-Passw0rd"_s)) << message.toStdString();
    EXPECT_FALSE(message.contains(u"right-password"_s));
    EXPECT_TRUE(sink.messages().isEmpty());
}

TEST(SmtpMailerSend, MissingCredentialsReportTheServersRefusal)
{
    SmtpSink sink(SmtpSinkOptions{u"mailer"_s, u"secret"_s, {u"PLAIN"_s}, {}});
    const Result<void> sent = SmtpMailer(settingsFor(sink)).send(resetMail());
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(sent.error().message.contains(u"530 5.7.0 Authentication required"_s))
        << sent.error().message.toStdString();
}

TEST(SmtpMailerSend, NothingListeningIsUnavailableNamingTheUrl)
{
    SmtpSettings settings;
    settings.url = u"smtp://127.0.0.1:%1"_s.arg(unusedPort());
    settings.tls = SmtpSettings::Tls::None;
    settings.from = u"noreply@remotegpu.test"_s;
    const Result<void> sent = SmtpMailer(settings).send(resetMail());
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(sent.error().message.startsWith(u"Cannot send mail through "_s % settings.url %
                                                u": Couldn't connect to server"_s))
        << sent.error().message.toStdString();
}

TEST(SmtpMailerSend, CredentialsInTheUrlNeverAppearInTheError)
{
    const quint16 port = unusedPort();
    SmtpSettings settings;
    settings.url = u"smtp://mailer:Url-S3cret@127.0.0.1:%1"_s.arg(port);
    settings.tls = SmtpSettings::Tls::None;
    settings.from = u"noreply@remotegpu.test"_s;
    const Result<void> sent = SmtpMailer(settings).send(resetMail());
    ASSERT_FALSE(sent.ok());
    EXPECT_FALSE(sent.error().message.contains(u"Url-S3cret"_s))
        << sent.error().message.toStdString();
    EXPECT_TRUE(sent.error().message.contains(u"smtp://127.0.0.1:%1"_s.arg(port)));
}

TEST(SmtpMailerSend, AUrlOfAnotherSchemeIsAConfigurationError)
{
    SmtpSettings settings;
    settings.url = u"http://127.0.0.1:25"_s;
    settings.from = u"noreply@remotegpu.test"_s;
    const Result<void> sent = SmtpMailer(settings).send(resetMail());
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(sent.error().message.contains(u"smtp://"_s)) << sent.error().message.toStdString();
}

TEST(SmtpMailerSend, RefusesLineBreaksInHeaderFieldsBeforeConnecting)
{
    SmtpSink sink;
    struct Case
    {
        QString field;
        QString from;
        MailMessage message;
    };
    const QString from = u"noreply@remotegpu.test"_s;
    const QList<Case> cases{
        {u"to"_s, from, {u"victim@example.com\r\nBcc: all@example.com"_s, u"s"_s, u"b"_s}},
        {u"to"_s, from, {u"victim@example.com\nBcc: all@example.com"_s, u"s"_s, u"b"_s}},
        {u"subject"_s, from, {u"a@example.com"_s, u"Hi\r\nBcc: all@example.com"_s, u"b"_s}},
        {u"subject"_s, from, {u"a@example.com"_s, u"Hi\rX-Evil: 1"_s, u"b"_s}},
        {u"from"_s,
         u"noreply@remotegpu.test\nBcc: all@example.com"_s,
         {u"a@example.com"_s, u"s"_s, u"b"_s}},
    };
    for (const Case &c : cases) {
        SmtpSettings settings = settingsFor(sink);
        settings.from = c.from;
        const Result<void> sent = SmtpMailer(settings).send(c.message);
        ASSERT_FALSE(sent.ok()) << c.field.toStdString();
        EXPECT_EQ(sent.error().kind, ErrorKind::BadRequest);
        ASSERT_EQ(sent.error().fieldErrors.size(), 1);
        EXPECT_EQ(sent.error().fieldErrors.at(0).field, c.field);
    }
    EXPECT_EQ(sink.connectionCount(), 0);
    EXPECT_TRUE(sink.messages().isEmpty());
}

TEST(SmtpMailerSend, RefusesMalformedAddresses)
{
    SmtpSink sink;
    for (const QString &to :
         {u""_s, u"no-at-sign"_s, u"two@@example.com"_s, u"a@b.com, c@d.com"_s,
          u"a b@example.com"_s, u"<a@example.com"_s, u".a@example.com"_s, u"a@.example.com"_s,
          u"a@example..com"_s, u"a@"_s, u"@example.com"_s, u"用户@example.com"_s}) {
        const Result<void> sent =
            SmtpMailer(settingsFor(sink)).send(MailMessage{to, u"s"_s, u"b"_s});
        ASSERT_FALSE(sent.ok()) << to.toStdString();
        EXPECT_EQ(sent.error().kind, ErrorKind::BadRequest) << to.toStdString();
    }
    EXPECT_EQ(sink.connectionCount(), 0);
}

TEST(SmtpMailerSend, ARefusedRecipientIsUnavailableWithTheServersReply)
{
    SmtpSink sink(SmtpSinkOptions{{}, {}, {}, {u"gone@example.com"_s}});
    const Result<void> sent =
        SmtpMailer(settingsFor(sink)).send(MailMessage{u"gone@example.com"_s, u"s"_s, u"b"_s});
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(sent.error().message.contains(
        u"550 5.1.1 <gone@example.com>: Recipient address rejected"_s))
        << sent.error().message.toStdString();
    EXPECT_TRUE(sink.messages().isEmpty());
}

TEST(SmtpMailerSend, StartTlsRequiredRefusesAServerWithoutTls)
{
    SmtpSink sink;
    SmtpSettings settings = settingsFor(sink);
    settings.tls = SmtpSettings::Tls::StartTlsRequired;
    const Result<void> sent = SmtpMailer(settings).send(resetMail());
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(sent.error().message.contains(u"STARTTLS"_s)) << sent.error().message.toStdString();
    EXPECT_EQ(sink.connectionCount(), 1);
    EXPECT_TRUE(sink.messages().isEmpty());

    // The same server takes the mail when TLS is optional or off: the setting made the difference.
    settings.tls = SmtpSettings::Tls::StartTlsIfAvailable;
    const Result<void> ifAvailable = SmtpMailer(settings).send(resetMail());
    EXPECT_TRUE(ifAvailable.ok()) << ifAvailable.error().message.toStdString();
    settings.tls = SmtpSettings::Tls::None;
    const Result<void> none = SmtpMailer(settings).send(resetMail());
    EXPECT_TRUE(none.ok()) << none.error().message.toStdString();
    EXPECT_TRUE(sink.waitForMessages(2, 5000));
}

TEST(SmtpMailerSend, ImplicitTlsAgainstAPlainServerFails)
{
    SmtpSink sink;
    SmtpSettings settings = settingsFor(sink);
    settings.url = u"smtps://127.0.0.1:%1"_s.arg(sink.port());
    const Result<void> sent = SmtpMailer(settings).send(resetMail());
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(sent.error().message.startsWith(u"Cannot send mail through smtps://"_s));
    EXPECT_TRUE(sink.messages().isEmpty());
}

TEST(SmtpMailerSend, ASilentServerTimesOut)
{
    // Accepted by the kernel, never greeted: the client must give up on its own.
    QTcpServer silent;
    ASSERT_TRUE(silent.listen(QHostAddress::LocalHost, 0));
    SmtpSettings settings;
    settings.url = u"smtp://127.0.0.1:%1"_s.arg(silent.serverPort());
    settings.tls = SmtpSettings::Tls::None;
    settings.from = u"noreply@remotegpu.test"_s;
    settings.timeoutSeconds = 1;
    QElapsedTimer timer;
    timer.start();
    const Result<void> sent = SmtpMailer(settings).send(resetMail());
    ASSERT_FALSE(sent.ok());
    EXPECT_EQ(sent.error().kind, ErrorKind::Unavailable);
    EXPECT_TRUE(sent.error().message.contains(u"Timeout"_s, Qt::CaseInsensitive))
        << sent.error().message.toStdString();
    EXPECT_LT(timer.elapsed(), 5000);
}

TEST(SmtpMailerSend, SendsFromSeveralThreadsAtOnce)
{
    SmtpSink sink;
    const SmtpMailer mailer(settingsFor(sink));
    constexpr int kThreads = 4;
    std::vector<Result<void>> results(kThreads, Result<void>());
    {
        std::vector<std::jthread> threads;
        for (int i = 0; i < kThreads; ++i) {
            threads.emplace_back([&, i] {
                results[i] = mailer.send(MailMessage{u"user%1@example.com"_s.arg(i),
                                                     kChineseSubject, u"code %1"_s.arg(i)});
            });
        }
    }
    for (const Result<void> &result : results)
        EXPECT_TRUE(result.ok()) << result.error().message.toStdString();
    ASSERT_TRUE(sink.waitForMessages(kThreads, 5000));
    QStringList bodies;
    for (const ReceivedMail &mail : sink.messages())
        bodies.append(mail.body());
    bodies.sort();
    EXPECT_EQ(bodies, (QStringList{u"code 0"_s, u"code 1"_s, u"code 2"_s, u"code 3"_s}));
}

} // namespace

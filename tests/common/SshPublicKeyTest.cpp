// OpenSSH public key parsing, against keys made with ssh-keygen (OpenSSH 9, Debian 12) and the
// fingerprints `ssh-keygen -lf` printed for them.
#include "SshPublicKey.h"
#include "SshKey.h"

#include "TestHelpers.h"

#include <gtest/gtest.h>

using namespace remotegpu;
using namespace Qt::Literals::StringLiterals;

namespace {

struct Fixture
{
    const char *file;
    QString line;
    QString fingerprint; // ssh-keygen -lf
    int bits;            // ssh-keygen -lf
};

// Generated with `ssh-keygen -t <type> [-b <bits>] -N '' -C user@<file>`; the sk- key was built
// by hand (no security key here) and fingerprinted by ssh-keygen -lf as ED25519-SK.
const Fixture kAccepted[] = {
    {"k_ed25519_.pub",
     u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAII9QzEx4klI0YFiOqYvCiON+W8RJ3+/1RWMXLkVbWIOB user@k_ed25519_"_s,
     u"SHA256:V224JR68IPVT/1gQKzgARKE/y4LKUmy4KA+eORzrGzg"_s, 256},
    {"k_ecdsa_256.pub",
     u"ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBFMaMxD+vWqWc43wOYaxCyHa8kEWMwW32KNtLWcmbUQqbXvf61Ed0HL13KnCrUpMxvwKMBGvqR1f3vYGIOQD6q0= user@k_ecdsa_256"_s,
     u"SHA256:h8gezPU9pmz2+pzW4UbDm1FTUxjsBxmYLLlYmurBRp4"_s, 256},
    {"k_ecdsa_384.pub",
     u"ecdsa-sha2-nistp384 AAAAE2VjZHNhLXNoYTItbmlzdHAzODQAAAAIbmlzdHAzODQAAABhBPCm+XdkHQtY1uxNShXRc5HShLQ5zUCQ5PAqjp7/6xKHfHcPj6B6uOhwqy9OzPWADs5UJ+cD70HrdAu/1djjMWP2uedKAH9bXyGJ5JraoWp1W/GRPsLNwLyAtKadnYE7vg== user@k_ecdsa_384"_s,
     u"SHA256:XsiFBYhOYmn9ZcohBdGK5BwoTvzRAMLsJALIWjzzM74"_s, 384},
    {"k_ecdsa_521.pub",
     u"ecdsa-sha2-nistp521 AAAAE2VjZHNhLXNoYTItbmlzdHA1MjEAAAAIbmlzdHA1MjEAAACFBACiS0jJQo7MNIBE1+dwm1nfnsuEWv76qh/i3F2+a/pr2r8ND7raMmvK7k0uWndHrjL4/K3qgeY+Dj8t74TicCcCdwB1vESRVnmnWbVo8yzkyS4XGwd51T76snFK/91jPXNnyyLGZjd0k2ZkYc4olf6sEOQ2ZNMPyhENs5M37fL6jNvQqA== user@k_ecdsa_521"_s,
     u"SHA256:A0C3SUpumFT/5erFcDWH4zDD+J51mMhzcT/gkRtEHoI"_s, 521},
    {"k_rsa_2048.pub",
     u"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDw3dYZsf0Uzgj6DBq5uBrqbjqH6dtiDFQ5Vc9sz6ohmKV1hrZe4YTYhQEoJ65q4Dtw42xp6jxgumVRt2bGws3Avp0Pc2dEsyynTlDZADMJZMxDakMzM4vwdsb8xozwf5fsoIT387wus3TlBMrJgyJLBtPVAS863k/69Wf1w1jwFurtIBUA80ShiBBfmaFbEaJ6rYjAkcLsQnWlkB0K7bdvg6F6DQqR83sWWcg//B9fAEp1JndavrJnirvt07C3THQlDs1ykh2syPQUZe8uG76F2IwxUtRYVjK1vZRh+96JiDaCy5c3b7gV10gnU8XYzSBzheDKsTGaNe3Xbxm5dDd/ user@k_rsa_2048"_s,
     u"SHA256:+0sx51F7cZ8/XU/CtVDL+iIjq3A2K/wTG37b/5HQCwE"_s, 2048},
    {"k_rsa_3072.pub",
     u"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQDMJM8DGmBifF4lc6BDgbYqKOzBHnYqtdFKWN+Mx7P5oMaUfakX08kztBssR3Ve3FSsplvVi+md/qPdoQ6+0TXLRA4SjVFICjCAdYj7CMbQ+x4OZgvCF2OneW+ZxXDpgyhzD96Xgybw2/RvLylAy4KtinxQ3dyxK6Qv0VBpz3XbFaQgO23YllP5BArdgmHy6lCXkFgOSuVfdp+F0xMcmxhdP/fdHZGPpOBZqzQ9xCyQlh7dT2I2Y3DR3z4IxH/0m06BkSIXbiTPHQHwrz7l/IjE4eZffGQx4qMSm7aJZqDEyBl2F5l3LfYYtWl1Y0Y9R4IJt9asYZ3uVrnXJfKTlO5Q2F2cpjpebvvTACXT4wDs3E+WOlC7z08rPZgytWN9q3tp+Kwn9uWt7cCT40x6tVV/K7Sz9RPBgUG4opd4RJ5v3rw3/ki3DD+yaStPcmz6ZmPAgVfiNG7fMpBaD0PKFZnNshj6ri2qSBq+dfSxlGGh9koscDjwz7K4amG9foLsT4U= user@k_rsa_3072"_s,
     u"SHA256:IWUKg79teXeNvaV2bKGCU/oIWa7IJRFWhr5Bhkt6t9E"_s, 3072},
    {"sk.pub",
     u"sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAIAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gAAAABHNzaDo= yubikey"_s,
     u"SHA256:nX0hpi5mKbTIJ10yBq5/sLQhiI1Y0RBAqN0drDdgJWs"_s, 256},
};

const Fixture kRsa1024 = {
    "k_rsa_1024.pub",
    u"ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAAAgQCcrn7Kf9cKR/XWkCPDxJ+y1/F305DnALmc6gw/bZNqakdIwxTtvnCqydnquKUHsjotmSyUza7rROc9DDBpm5YMHRJfhHmaqOZ9HMLq7tWTr2tHOZxHmMjmDbmJURxbOY/JmZspJgmtf8DTuJ9Hknstwrnh1gz/sz7k9n5BRXdygQ== user@k_rsa_1024"_s,
    u"SHA256:fqG+t0LnURja6xn+bDcmWC8TPKDXNy4GqBtXCOG0pis"_s, 1024};

QString fieldMessage(const Error &e)
{
    return e.fieldErrors.isEmpty() ? QString() : e.fieldErrors.first().field;
}

} // namespace

TEST(SshPublicKey, FingerprintsMatchSshKeygen)
{
    for (const Fixture &f : kAccepted) {
        SCOPED_TRACE(f.file);
        auto key = SshPublicKey::parse(f.line);
        ASSERT_TRUE(key.ok()) << key.error().message.toStdString();
        EXPECT_EQ(key->fingerprint(), f.fingerprint);
        EXPECT_EQ(key->bits, f.bits);
        EXPECT_EQ(key->type, f.line.section(u' ', 0, 0));
        EXPECT_EQ(key->line(), f.line);
    }
}

TEST(SshPublicKey, CommentIsOptionalAndWhitespaceIsNormalised)
{
    const Fixture &ed = kAccepted[0];
    const QString bare = ed.line.section(u' ', 0, 1);
    auto key = SshPublicKey::parse(u"  \t"_s + bare.section(u' ', 0, 0) + u"   "_s +
                                   bare.section(u' ', 1, 1) + u"\n"_s);
    ASSERT_TRUE(key.ok()) << key.error().message.toStdString();
    EXPECT_TRUE(key->comment.isEmpty());
    EXPECT_EQ(key->line(), bare);
    EXPECT_EQ(key->fingerprint(), ed.fingerprint);

    auto spaced = SshPublicKey::parse(bare + u" my laptop key"_s);
    ASSERT_TRUE(spaced.ok());
    EXPECT_EQ(spaced->comment, u"my laptop key"_s);
}

TEST(SshPublicKey, RsaBelow2048BitsIsRefused)
{
    auto key = SshPublicKey::parse(kRsa1024.line);
    ASSERT_FALSE(key.ok());
    EXPECT_EQ(key.error().kind, ErrorKind::BadRequest);
    EXPECT_TRUE(key.error().message.contains(u"1024 bits"_s)) << key.error().message.toStdString();
    EXPECT_TRUE(key.error().message.contains(u"2048"_s));
    EXPECT_EQ(fieldMessage(key.error()), u"publicKey"_s);
}

TEST(SshPublicKey, PrivateKeyIsRefusedWithAHint)
{
    const QString pem = u"-----BEGIN OPENSSH PRIVATE KEY-----\n"
                        "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                        "-----END OPENSSH PRIVATE KEY-----\n"_s;
    auto key = SshPublicKey::parse(pem, u"key"_s);
    ASSERT_FALSE(key.ok());
    EXPECT_TRUE(key.error().message.contains(u".pub"_s)) << key.error().message.toStdString();
    EXPECT_TRUE(key.error().message.contains(u"private key"_s));
    EXPECT_EQ(fieldMessage(key.error()), u"key"_s);
}

TEST(SshPublicKey, BlobTypeMustMatchTheLine)
{
    const QString edBody = kAccepted[0].line.section(u' ', 1, 1);
    auto key = SshPublicKey::parse(u"ssh-rsa "_s + edBody);
    ASSERT_FALSE(key.ok());
    EXPECT_TRUE(key.error().message.contains(u"ssh-ed25519"_s))
        << key.error().message.toStdString();

    // A P-256 key relabelled as P-384: the blob's own type string differs.
    const QString p256Body = kAccepted[1].line.section(u' ', 1, 1);
    EXPECT_FALSE(SshPublicKey::parse(u"ecdsa-sha2-nistp384 "_s + p256Body).ok());
}

TEST(SshPublicKey, MalformedInputIsRefused)
{
    const QString ed = kAccepted[0].line;
    const QString body = ed.section(u' ', 1, 1);
    const QStringList bad = {
        QString(),
        u"   "_s,
        u"ssh-ed25519"_s,                               // no body
        u"ssh-ed25519 !!!notbase64!!!"_s,               // not base64
        u"ssh-ed25519 "_s + body.left(body.size() - 8), // truncated
        u"ssh-dss AAAAB3NzaC1kc3MAAACBAP"_s,            // DSA
        u"from=\"10.0.0.1\" "_s + ed,                   // authorized_keys options
        ed + u"\n"_s + kAccepted[4].line,               // two keys
        u"ssh-ed25519 "_s +
            QString::fromLatin1(QByteArray("\0\0\0\x0bssh-ed25519\0\0\0\x10", 19).toBase64() +
                                QByteArray(16, 'a').toBase64()), // 16-byte key
    };
    for (const QString &text : bad) {
        SCOPED_TRACE(text.toStdString());
        auto key = SshPublicKey::parse(text);
        ASSERT_FALSE(key.ok());
        EXPECT_EQ(key.error().kind, ErrorKind::BadRequest);
        EXPECT_FALSE(key.error().message.isEmpty());
    }
}

TEST(SshPublicKey, TrailingBytesInTheBlobAreRefused)
{
    const QString ed = kAccepted[0].line;
    QByteArray blob = QByteArray::fromBase64(ed.section(u' ', 1, 1).toLatin1());
    blob.append("junk");
    EXPECT_FALSE(
        SshPublicKey::parse(u"ssh-ed25519 "_s + QString::fromLatin1(blob.toBase64())).ok());
}

// SshKey (the stored record) reports what the parser found, not a generic "not a key line".
TEST(SshKeyValidation, TheMessageSaysWhatIsWrongWithTheKey)
{
    SshKey k;
    k.name = u"laptop"_s;
    k.publicKey = u"-----BEGIN OPENSSH PRIVATE KEY-----"_s;
    const QList<FieldError> errors = k.validate();
    EXPECT_EQ(test::fieldsOf(errors), QStringList{u"publicKey"_s});
    EXPECT_TRUE(test::messageFor(errors, u"publicKey"_s).contains(u"private key"_s))
        << qPrintable(test::messageFor(errors, u"publicKey"_s));
}

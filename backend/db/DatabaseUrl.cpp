#include "DatabaseUrl.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QUrl>

#include <libpq-fe.h>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

Result<DatabaseUrl> DatabaseUrl::parse(const QString &url)
{
    char *errmsg = nullptr;
    PQconninfoOption *options = PQconninfoParse(url.toUtf8().constData(), &errmsg);
    if (!options) {
        const QString reason = errmsg ? QString::fromUtf8(errmsg).trimmed() : u"out of memory"_s;
        PQfreemem(errmsg);
        return Error::badRequest(
            u"The database URL is not valid: %1. Expected postgresql://USER:PASSWORD@HOST:PORT/DB"_s
                .arg(reason));
    }
    DatabaseUrl result;
    result.original = url;
    QStringList rest;
    for (PQconninfoOption *o = options; o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString key = QString::fromUtf8(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (key == u"host"_s || key == u"hostaddr"_s)
            result.host = value;
        else if (key == u"port"_s) {
            bool ok = false;
            result.port = value.toInt(&ok);
            if (!ok || result.port < 1 || result.port > 65535) {
                PQconninfoFree(options);
                return Error::badRequest(
                    u"The database URL's port \"%1\" is not a number from 1 to 65535. Expected postgresql://USER:PASSWORD@HOST:PORT/DB"_s
                        .arg(value));
            }
        } else if (key == u"dbname"_s)
            result.database = value;
        else if (key == u"user"_s)
            result.user = value;
        else if (key == u"password"_s)
            result.password = value;
        else {
            QString escaped = value;
            escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
            rest.append(key + u"='"_s + escaped + u'\'');
        }
    }
    PQconninfoFree(options);
    result.options = rest.join(u';');
    return result;
}

void DatabaseUrl::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    if (port > 0)
        db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    QStringList pairs = options.split(u';', Qt::SkipEmptyParts);
    const QString settings = QString::fromLatin1(SessionSettings);
    bool merged = false;
    for (QString &kv : pairs) {
        if (kv.startsWith(u"options='"_s)) { // parse() quoted the value: append inside the quotes
            kv.insert(kv.size() - 1, u' ' + settings);
            merged = true;
        }
    }
    if (!merged)
        pairs.append(u"options='"_s + settings + u'\'');
    db.setConnectOptions(pairs.join(u';'));
}

QString DatabaseUrl::withDatabase(const QString &name) const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host.startsWith(u'/') ? QString() : host);
    if (port > 0)
        url.setPort(port);
    url.setUserName(user);
    url.setPassword(password);
    url.setPath(u'/' + name);
    QString s = url.toString(QUrl::FullyEncoded);
    QStringList query;
    if (host.startsWith(u'/'))
        query.append(u"host="_s + QString::fromUtf8(QUrl::toPercentEncoding(host)));
    for (const QString &kv : options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype eq = kv.indexOf(u'=');
        QString value = kv.mid(eq + 1);
        value =
            value.mid(1, value.size() - 2).replace(u"\\'"_s, u"'"_s).replace(u"\\\\"_s, u"\\"_s);
        query.append(kv.left(eq) + u'=' + QString::fromUtf8(QUrl::toPercentEncoding(value)));
    }
    if (!query.isEmpty())
        s += u'?' + query.join(u'&');
    return s;
}

QString DatabaseUrl::redacted() const
{
    DatabaseUrl copy = *this;
    if (!copy.password.isEmpty())
        copy.password = u"***"_s;
    return copy.withDatabase(database);
}

} // namespace remotegpu

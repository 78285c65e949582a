#include "PgPipeline.h"

#include "SqlSession.h"
#include "ThreadDbState.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

#include <optional>
#include <vector>

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

namespace {

// Sent first in a batch with generic plans; set_config(…, true) lasts until the implicit
// transaction of the batch ends at its Sync. Prepared and cached like the batch's own statements
// (planning it on every call cost more than the plan it saves).
const SqlStatement &genericPlansStatement()
{
    static const SqlStatement statement{
        u"SELECT set_config('plan_cache_mode', 'force_generic_plan', true)"_s, {}};
    return statement;
}

PGconn *libpqHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL registers its PGconn* metatype, which Qt 6.4 names after the struct.
    if (!handle.isValid() ||
        (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

// A bind value as libpq's text form (what the server parses for the parameter's inferred type);
// nullopt is SQL NULL. False in `ok` for a type no repository binds.
std::optional<QByteArray> paramText(const QVariant &value, bool &ok)
{
    ok = true;
    // NULL as QPSQL sends it (QSqlResultPrivate::isVariantNull): in Qt 6 a QVariant holding a
    // null QString or an invalid QDateTime is not isNull(), but SqlSession::exec binds it as NULL,
    // and the two paths must agree.
    if (value.isNull())
        return std::nullopt;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return QByteArray(value.toBool() ? "t" : "f");
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return QByteArray::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::QString:
        if (const QString *text = static_cast<const QString *>(value.constData()); text->isNull())
            return std::nullopt;
        return value.toString().toUtf8();
    case QMetaType::QByteArray:
        if (const auto *bytes = static_cast<const QByteArray *>(value.constData()); bytes->isNull())
            return std::nullopt;
        return value.toByteArray();
    case QMetaType::QDateTime:
        if (!value.toDateTime().isValid())
            return std::nullopt;
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QDate:
        if (!value.toDate().isValid())
            return std::nullopt;
        return value.toDate().toString(Qt::ISODate).toUtf8();
    default:
        ok = false;
        return std::nullopt;
    }
}

struct Failure
{
    QString state;
    QString message;
};

Failure failureOf(const PGresult *result, PGconn *conn)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    return {QString::fromLatin1(state ? state : ""),
            QString::fromUtf8(primary ? primary : PQerrorMessage(conn)).trimmed()};
}

// One command sent in the pipeline, in order; each has its own results to collect.
struct Sent
{
    enum class Kind { Prepare, Query } kind;
    qsizetype statement = -1;
    QByteArray name; // Prepare: the statement name to remember once the server accepted it
};

} // namespace

QByteArray PgPipeline::numberedPlaceholders(const QString &sql)
{
    const QByteArray in = sql.toUtf8();
    QByteArray out;
    out.reserve(in.size() + 16);
    int next = 1;
    char quote = 0; // ' or " while inside a literal or quoted identifier
    bool comment = false;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (comment) {
            comment = c != '\n';
        } else if (quote) {
            if (c == quote)
                quote = 0; // a doubled quote closes and reopens: same result
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '-' && i + 1 < in.size() && in[i + 1] == '-') {
            comment = true;
        } else if (c == '?') {
            out += '$' + QByteArray::number(next++);
            continue;
        }
        out += c;
    }
    return out;
}

Result<QList<PgRows>> PgPipeline::run(QSqlDatabase &db, const QList<SqlStatement> &statements,
                                      PlanChoice plans)
{
    PGconn *conn = libpqHandle(db);
    if (!conn || PQstatus(conn) != CONNECTION_OK)
        return SqlSession::errorFor(QString(), u"no open connection"_s, true,
                                    u"A pipelined query"_s);
    ThreadDbState &state = ThreadDbState::current();
    QHash<QString, QByteArray> &names = state.pipelineStatements[db.connectionName()];
    const bool generic = plans == PlanChoice::Generic && PQtransactionStatus(conn) == PQTRANS_IDLE;

    QList<const SqlStatement *> batch;
    batch.reserve(statements.size() + 1);
    if (generic)
        batch.append(&genericPlansStatement());
    for (const SqlStatement &statement : statements)
        batch.append(&statement);
    const qsizetype firstOwn = generic ? 1 : 0; // batch index of statements[0]

    // Every bind as text first, so that a value that cannot be sent stops the batch before any
    // of it reaches the server.
    std::vector<std::vector<std::optional<QByteArray>>> texts(size_t(batch.size()));
    for (qsizetype i = 0; i < batch.size(); ++i) {
        texts[size_t(i)].reserve(size_t(batch[i]->binds.size()));
        for (const QVariant &bind : batch[i]->binds) {
            bool ok = true;
            texts[size_t(i)].push_back(paramText(bind, ok));
            if (!ok)
                return Error::internal(u"A query bind of type %1 cannot be sent"_s.arg(
                    QString::fromLatin1(bind.typeName())));
        }
    }

    if (PQenterPipelineMode(conn) != 1)
        return SqlSession::errorFor(QString(), QString::fromUtf8(PQerrorMessage(conn)).trimmed(),
                                    false, u"Starting a pipelined query"_s);

    QList<Sent> sent;
    QHash<QString, QByteArray> preparedNow; // a statement twice in one batch is prepared once
    bool sendFailed = false;
    for (qsizetype i = 0; i < batch.size() && !sendFailed; ++i) {
        const SqlStatement &statement = *batch[i];
        QByteArray name = names.value(statement.sql, preparedNow.value(statement.sql));
        if (name.isEmpty()) {
            name = "rgp_" + QByteArray::number(++state.pipelineStatementCount);
            const QByteArray sql = numberedPlaceholders(statement.sql);
            sendFailed = PQsendPrepare(conn, name.constData(), sql.constData(), 0, nullptr) != 1;
            sent.append({Sent::Kind::Prepare, i, name});
            preparedNow.insert(statement.sql, name);
            if (sendFailed)
                break;
        }
        std::vector<const char *> values;
        values.reserve(texts[size_t(i)].size());
        for (const auto &t : texts[size_t(i)])
            values.push_back(t ? t->constData() : nullptr);
        sendFailed = PQsendQueryPrepared(conn, name.constData(), int(values.size()), values.data(),
                                         nullptr, nullptr, 0) != 1;
        sent.append({Sent::Kind::Query, i, {}});
    }
    if (!sendFailed)
        sendFailed = PQpipelineSync(conn) != 1;

    QList<PgRows> rows(statements.size());
    std::optional<Failure> failure;
    bool broken = sendFailed; // the connection's state is unknown: close it
    if (!sendFailed) {
        for (const Sent &s : std::as_const(sent)) {
            PGresult *result = PQgetResult(conn);
            if (!result) {
                broken = true;
                break;
            }
            const ExecStatusType status = PQresultStatus(result);
            if (status == PGRES_FATAL_ERROR) {
                if (!failure)
                    failure = failureOf(result, conn);
                PQclear(result);
            } else if (status == PGRES_PIPELINE_ABORTED) {
                PQclear(result); // skipped after an earlier failure
            } else if (s.kind == Sent::Kind::Query && s.statement >= firstOwn) {
                rows[s.statement - firstOwn] = PgRows(result);
            } else {
                if (s.kind == Sent::Kind::Prepare && status == PGRES_COMMAND_OK)
                    names.insert(batch[s.statement]->sql, s.name);
                PQclear(result);
            }
            while (PGresult *extra = PQgetResult(conn)) // up to the command's end marker
                PQclear(extra);
        }
        if (!broken) {
            PGresult *sync = PQgetResult(conn);
            broken = PQresultStatus(sync) != PGRES_PIPELINE_SYNC;
            PQclear(sync);
        }
    }
    if (!broken)
        broken = PQexitPipelineMode(conn) != 1;

    if (broken || PQstatus(conn) != CONNECTION_OK) {
        const QString reason = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        state.forgetStatements(db.connectionName());
        db.close(); // the pool reopens it for the next request
        return SqlSession::errorFor(failure ? failure->state : QString(), reason, true,
                                    u"A pipelined query"_s);
    }
    if (failure) {
        // 26000: a statement we remembered is gone (DISCARD ALL by a pooler, say), and with it
        // QPSQL's: prepare everything again next time rather than fail forever.
        if (failure->state == u"26000"_s)
            state.forgetStatements(db.connectionName()); // `names` refers into what this drops
        return SqlSession::errorFor(failure->state, failure->message, false, u"A database query"_s);
    }
    return rows;
}

} // namespace remotegpu

#pragma once

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace remotegpu {

// One upload through ApiClient::upload, while it runs: how much of the body went out, and a way
// to stop it. It is a child of the caller's context; the requests it makes (a second one after a
// token renewal) hang off a context object of its own, so cancel() ends them, held or on the
// wire, through ApiClient's rule that a request whose context is gone never calls back.
class ApiUpload : public QObject
{
    Q_OBJECT

public:
    explicit ApiUpload(QObject *parent);
    ~ApiUpload() override;

    bool isRunning() const { return !m_done; }
    bool isDone() const { return m_done; }
    // Aborts the request; the callback does not run. Emits cancelled() (once, and only while
    // running).
    void cancel();

    // For ApiClient: the context of the requests, the reply now on the wire, and the end.
    QObject *requestContext() const { return m_requestContext; }
    void setReply(QNetworkReply *reply);
    void markDone() { m_done = true; }

Q_SIGNALS:
    // Bytes of the body sent so far, of `total` (again from 0 when a renewed token sends it
    // once more).
    void progress(qint64 sent, qint64 total);
    // The whole body was sent; the server is at work on it.
    void sent();
    void cancelled();

private:
    QObject *m_requestContext;
    QPointer<QNetworkReply> m_reply;
    bool m_done = false;
    bool m_sentSignalled = false;
};

} // namespace remotegpu

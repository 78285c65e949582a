#include "ApiUpload.h"

#include <QNetworkReply>

namespace remotegpu {

ApiUpload::ApiUpload(QObject *parent)
    : QObject(parent)
    , m_requestContext(new QObject(this))
{}

ApiUpload::~ApiUpload() = default;

void ApiUpload::setReply(QNetworkReply *reply)
{
    if (m_reply)
        m_reply->disconnect(this);
    m_reply = reply;
    m_sentSignalled = false;
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (m_done)
            return;
        Q_EMIT progress(sent, total);
        if (total > 0 && sent >= total && !m_sentSignalled) {
            m_sentSignalled = true;
            Q_EMIT this->sent();
        }
    });
}

void ApiUpload::cancel()
{
    if (m_done)
        return;
    m_done = true;
    // Destroying the requests' context aborts the reply on the wire and drops a request held
    // for a token renewal; neither calls back.
    delete m_requestContext;
    m_requestContext = nullptr;
    Q_EMIT cancelled();
}

} // namespace remotegpu

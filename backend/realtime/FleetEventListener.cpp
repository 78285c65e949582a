#include "FleetEventListener.h"

#include "PgNotificationListener.h"

namespace remotegpu {

using namespace Qt::Literals::StringLiterals;

FleetEventListener::FleetEventListener(QString databaseUrl)
    : m_listener(std::make_unique<PgNotificationListener>(
          std::move(databaseUrl),
          QByteArrayLiteral("LISTEN remotegpu_fleet; LISTEN remotegpu_accounts"),
          u"fleet event listener"_s, u"live monitoring sockets get no events"_s))
{
    // Direct: the signals are passed on from the listener's thread, as documented.
    connect(m_listener.get(), &PgNotificationListener::notified, this,
            &FleetEventListener::dispatch, Qt::DirectConnection);
    connect(m_listener.get(), &PgNotificationListener::listeningChanged, this,
            &FleetEventListener::listeningChanged, Qt::DirectConnection);
}

FleetEventListener::~FleetEventListener() = default;

void FleetEventListener::start()
{
    m_listener->start();
}

void FleetEventListener::dispatch(const QByteArray &payload)
{
    // The two channels' payloads never look alike: a fleet event is a JSON object, an account
    // change a bare account id.
    if (payload.startsWith('{')) {
        Q_EMIT eventReceived(payload);
        return;
    }
    bool ok = false;
    const qint64 id = payload.toLongLong(&ok);
    if (ok)
        Q_EMIT accountChanged(id);
}

} // namespace remotegpu

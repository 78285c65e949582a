#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace remotegpu {

class PgNotificationListener;

// Hears PostgreSQL channels remotegpu_fleet (the fleet events of contract C2, sent by ingest,
// the offline detector and the alert_records trigger of any server instance) and
// remotegpu_accounts (an account changed, migration 0019) through a PgNotificationListener of
// its own, and tells the two kinds apart. Signals are emitted on the listener's thread; connect
// them with a receiver context so they arrive queued.
class FleetEventListener : public QObject
{
    Q_OBJECT
public:
    explicit FleetEventListener(QString databaseUrl);
    ~FleetEventListener() override;
    void start();

Q_SIGNALS:
    // One remotegpu_fleet payload (a JSON object, as sent).
    void eventReceived(const QByteArray &payload);
    // A remotegpu_accounts payload: the id of an account whose tokens may no longer be good.
    void accountChanged(qint64 accountId);
    // Listening (true) or lost the connection and retrying (false): events sent meanwhile are
    // missed, so a consumer may want to tell its clients.
    void listeningChanged(bool listening);

private:
    void dispatch(const QByteArray &payload);

    std::unique_ptr<PgNotificationListener> m_listener;
};

} // namespace remotegpu

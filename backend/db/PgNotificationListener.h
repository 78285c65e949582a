#pragma once

#include "Backoff.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;
class QThread;
class QTimer;

namespace remotegpu {

class PgConnection;

// LISTENs on PostgreSQL channels on a dedicated libpq connection and a thread of its own, so an
// unreachable database never blocks the thread that owns it, and reconnects with the shared
// capped back-off. NOTIFY keeps nothing for a listener that is not connected: listeningChanged
// says when that gap starts and ends. Signals are emitted on the listener's thread; connect them
// with a receiver context so they arrive queued, or handle them thread-safely.
class PgNotificationListener : public QObject
{
    Q_OBJECT
public:
    // `listenSql`: the LISTEN statements. `name`: the thread's name and the log's words for it
    // ("fleet event listener"). `whileDown`: what the warning says goes without meanwhile.
    PgNotificationListener(QString databaseUrl, QByteArray listenSql, QString name,
                           QString whileDown);
    ~PgNotificationListener() override;
    void start();

Q_SIGNALS:
    // One NOTIFY payload, as sent (PgConnection hands payloads over without their channel).
    void notified(const QByteArray &payload);
    // Listening (true) or lost the connection and retrying (false).
    void listeningChanged(bool listening);

private:
    void connectNow();
    void readNotifications();
    void lost();
    void retryLater();

    QString m_url;
    QByteArray m_listenSql;
    QString m_name;
    QString m_whileDown;
    QThread *m_thread;
    std::unique_ptr<PgConnection> m_connection;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_retry = nullptr;
    Backoff m_backoff{1000, 30000};
};

} // namespace remotegpu

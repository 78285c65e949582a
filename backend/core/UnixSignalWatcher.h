#pragma once

#include <QObject>
#include <QSocketNotifier>

namespace remotegpu {

// Turns SIGTERM and SIGINT into a Qt signal on the event loop (the self-pipe trick: a signal
// handler may only write to a file descriptor, never touch Qt).
class UnixSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit UnixSignalWatcher(QObject *parent = nullptr);
    ~UnixSignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace remotegpu

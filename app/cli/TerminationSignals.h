#pragma once

#include <QObject>

class QSocketNotifier;

// Turns SIGINT and SIGTERM into a Qt signal, through a self-pipe (a signal handler may only
// write(2)), so a long-running command such as `kubetailor proxy` can stop cleanly: close its
// connections, free its port and exit 0. One instance at a time; the previous handlers come
// back when it is destroyed. Elsewhere than Unix it does nothing.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    bool isActive() const { return m_active; }

signals:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
    bool m_active = false;
};

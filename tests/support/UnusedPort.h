#pragma once

#include <QHostAddress>
#include <QTcpServer>

// A loopback port nothing listens on (it was free a moment ago): a connection to it is
// refused, which is how the tests reach an "upstream down".
inline quint16 unusedLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

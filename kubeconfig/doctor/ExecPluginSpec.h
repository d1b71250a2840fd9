#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

// A user's `exec` stanza as plain values, with the cluster fields client-go hands the plugin
// when provideClusterInfo is set: what it takes to run the plugin as kubectl would.
struct ExecPluginSpec
{
    QString command;
    QStringList args;
    QList<QPair<QString, QString>> env;
    QString apiVersion;      // client.authentication.k8s.io/v1 or v1beta1
    QString interactiveMode; // Never, IfAvailable, Always; empty when not set
    bool provideClusterInfo = false;
    QString installHint;
    QString userFile; // the file the user entry came from (a relative command is relative to it)

    QString server;
    QByteArray certificateAuthorityData; // PEM
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
};

#include "ExecCredentialRunner.h"

#include "kubeconfig/ContextInfo.h"
#include "kubeconfig/KubeconfigSchema.h"
#include "kubeconfig/KubeconfigSet.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QProcess>

namespace {

Q_LOGGING_CATEGORY(lcDoctor, "kubetailor.doctor", QtInfoMsg)

CheckResult make()
{
    CheckResult result;
    result.id = QStringLiteral("exec-credential");
    result.title = ExecCredentialRunner::tr("exec credential");
    return result;
}

// A few lines of the plugin's stderr help ("run gcloud auth login"); cut, so that a plugin
// that dumps a lot cannot flood the report.
QString stderrExcerpt(const QByteArray &standardError)
{
    QStringList lines = QString::fromLocal8Bit(standardError)
                            .trimmed()
                            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.size() > 3)
        lines = lines.mid(0, 3);
    QString text = lines.join(QStringLiteral(" / ")).trimmed();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("...");
    return text;
}

} // namespace

std::optional<ExecPluginSpec> ExecCredentialRunner::specFor(const KubeconfigSet &set,
                                                            const ContextInfo &context)
{
    const int index = set.documentOf(KubeconfigDocument::Section::Users, context.userName);
    if (index < 0)
        return std::nullopt;
    const YamlNode *user =
        set.document(index).body(KubeconfigDocument::Section::Users, context.userName);
    const YamlNode *exec = user ? user->find(QStringLiteral("exec")) : nullptr;
    if (!exec || !exec->isMap())
        return std::nullopt;

    ExecPluginSpec spec;
    spec.command = exec->stringValue(QStringLiteral("command"));
    spec.apiVersion = exec->stringValue(QStringLiteral("apiVersion"));
    spec.interactiveMode = exec->stringValue(QStringLiteral("interactiveMode"));
    spec.installHint = exec->stringValue(QStringLiteral("installHint"));
    spec.provideClusterInfo =
        KubeconfigSchema::isTrue(exec->find(QStringLiteral("provideClusterInfo")));
    spec.args = KubeconfigSchema::stringList(exec->find(QStringLiteral("args")));
    if (const YamlNode *env = exec->find(QStringLiteral("env")); env && env->isSequence()) {
        for (int i = 0; i < env->size(); ++i) {
            const YamlNode &item = env->at(i);
            if (item.isMap() && !item.stringValue(QStringLiteral("name")).isEmpty())
                spec.env.append({item.stringValue(QStringLiteral("name")),
                                 item.stringValue(QStringLiteral("value"))});
        }
    }
    spec.userFile = set.document(index).path();
    spec.server = context.server;
    spec.certificateAuthorityData = context.certificateAuthorityData;
    spec.tlsServerName = context.tlsServerName;
    spec.insecureSkipTlsVerify = context.insecureSkipTlsVerify;
    return spec;
}

QByteArray ExecCredentialRunner::execInfo(const ExecPluginSpec &spec)
{
    QJsonObject specObject{{QStringLiteral("interactive"), false}};
    if (spec.provideClusterInfo) {
        QJsonObject cluster{{QStringLiteral("server"), spec.server}};
        if (!spec.tlsServerName.isEmpty())
            cluster.insert(QStringLiteral("tls-server-name"), spec.tlsServerName);
        if (spec.insecureSkipTlsVerify)
            cluster.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!spec.certificateAuthorityData.isEmpty())
            cluster.insert(QStringLiteral("certificate-authority-data"),
                           QString::fromLatin1(spec.certificateAuthorityData.toBase64()));
        specObject.insert(QStringLiteral("cluster"), cluster);
    }
    const QJsonObject info{
        {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
        {QStringLiteral("apiVersion"), spec.apiVersion.isEmpty()
                                           ? QStringLiteral("client.authentication.k8s.io/v1beta1")
                                           : spec.apiVersion},
        {QStringLiteral("spec"), specObject},
    };
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

CheckResult ExecCredentialRunner::run(const ExecPluginSpec &spec, const QString &program,
                                      int timeoutMs)
{
    CheckResult result = make();
    if (spec.interactiveMode == QLatin1String("Always")) {
        result.outcome = CheckResult::Outcome::Skipped;
        result.summary = tr("skipped: the plugin asks for a terminal (interactiveMode: Always); "
                            "run kubectl from a terminal to check it");
        return result;
    }
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto &variable : spec.env)
        env.insert(variable.first, variable.second);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"), QString::fromUtf8(execInfo(spec)));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    qCDebug(lcDoctor) << "running exec plugin" << program;
    process.start(program, spec.args);
    if (!process.waitForStarted(timeoutMs)) {
        result.outcome = CheckResult::Outcome::Fail;
        result.summary = tr("%1 could not be started: %2").arg(program, process.errorString());
        result.fix = spec.installHint.trimmed().isEmpty()
                         ? tr("check that %1 is an executable program").arg(program)
                         : spec.installHint.trimmed();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.outcome = CheckResult::Outcome::Fail;
        result.summary =
            tr("%1 did not finish within %2 s").arg(spec.command).arg(timeoutMs / 1000);
        result.fix = tr("the plugin may be waiting for a login in a browser or on a terminal: "
                        "run kubectl once from a terminal, or log in with the cloud's CLI");
        return result;
    }
    const int exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return judge(spec, exitCode, process.readAllStandardOutput(), process.readAllStandardError());
}

CheckResult ExecCredentialRunner::judge(const ExecPluginSpec &spec, int exitCode,
                                        const QByteArray &standardOutput,
                                        const QByteArray &standardError)
{
    CheckResult result = make();
    const QString excerpt = stderrExcerpt(standardError);
    const QString loginFix = tr("log in with the cloud's CLI (gcloud auth login, aws sso login, "
                                "az login) and run it again");
    if (exitCode != 0) {
        result.outcome = CheckResult::Outcome::Fail;
        result.summary = tr("%1 failed (exit code %2)%3")
                             .arg(spec.command)
                             .arg(exitCode)
                             .arg(excerpt.isEmpty() ? QString() : QStringLiteral(": ") + excerpt);
        result.fix = loginFix;
        return result;
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(standardOutput, &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        root.value(QLatin1String("kind")).toString() != QLatin1String("ExecCredential")) {
        result.outcome = CheckResult::Outcome::Fail;
        result.summary =
            tr("%1 printed no ExecCredential (kubectl would fail with 'decoding "
               "stdout')%2")
                .arg(spec.command, excerpt.isEmpty() ? QString() : QStringLiteral(": ") + excerpt);
        result.fix = tr("check the plugin's args in the kubeconfig; fetch the kubeconfig again "
                        "with the cloud's CLI");
        return result;
    }
    const QString apiVersion = root.value(QLatin1String("apiVersion")).toString();
    if (!spec.apiVersion.isEmpty() && apiVersion != spec.apiVersion) {
        result.outcome = CheckResult::Outcome::Fail;
        result.summary = tr("%1 answered with apiVersion %2, but the kubeconfig asks for %3: "
                            "kubectl refuses that")
                             .arg(spec.command, apiVersion, spec.apiVersion);
        result.fix = tr("set the exec apiVersion to %1, or update the plugin").arg(apiVersion);
        return result;
    }
    const QJsonObject status = root.value(QLatin1String("status")).toObject();
    const bool token = !status.value(QLatin1String("token")).toString().isEmpty();
    const bool certificate =
        !status.value(QLatin1String("clientCertificateData")).toString().isEmpty() &&
        !status.value(QLatin1String("clientKeyData")).toString().isEmpty();
    const QString expiry = status.value(QLatin1String("expirationTimestamp")).toString();
    if (!expiry.isEmpty())
        result.details << tr("expires: %1").arg(expiry);

    if (token) {
        const QDateTime when = QDateTime::fromString(expiry, Qt::ISODate);
        if (when.isValid() && when < QDateTime::currentDateTimeUtc()) {
            result.outcome = CheckResult::Outcome::Warn;
            result.summary = tr("%1 printed an ExecCredential with a token that expired at %2")
                                 .arg(spec.command, expiry);
            result.fix = loginFix;
        } else {
            result.outcome = CheckResult::Outcome::Pass;
            result.summary =
                tr("%1 printed an ExecCredential with a token (not shown)").arg(spec.command);
        }
    } else if (certificate) {
        result.outcome = CheckResult::Outcome::Fail;
        result.summary = tr("%1 printed a client certificate, no token: noauth cannot carry "
                            "client certificates")
                             .arg(spec.command);
        result.fix = tr("use the operator's auth mode, or the local forwarder's passthrough");
    } else {
        result.outcome = CheckResult::Outcome::Fail;
        result.summary = tr("%1 printed an ExecCredential without a token").arg(spec.command);
        result.fix = loginFix;
    }
    return result;
}

#include "ApiConnection.h"

#include "tests/support/apiserver/DeterministicBytes.h"
#include "tests/support/apiserver/ExecWebSocket.h"
#include "tests/support/apiserver/TestApiServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>
#include <QUrl>

namespace {

// A boolean query parameter as the API server reads it (Go's strconv.ParseBool): kubectl
// sends "true", the Python client "True".
bool isTrue(const QString &value)
{
    static const QStringList yes = {QStringLiteral("1"),    QStringLiteral("t"),
                                    QStringLiteral("T"),    QStringLiteral("true"),
                                    QStringLiteral("TRUE"), QStringLiteral("True")};
    return yes.contains(value);
}

constexpr qsizetype MaxBufferedBody = 8 * 1024 * 1024;
constexpr qint64 LargeWriteWindow = 512 * 1024;

QByteArray reasonPhrase(int code)
{
    switch (code) {
    case 101:
        return "Switching Protocols";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    default:
        return "Status";
    }
}

QJsonObject apiResource(const QString &name, const QString &kind, bool namespaced,
                        const QStringList &verbs)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("singularName"), QString()},
            {QStringLiteral("namespaced"), namespaced},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("verbs"), QJsonArray::fromStringList(verbs)}};
}

} // namespace

QByteArray ApiConnection::Request::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

ApiConnection::ApiConnection(QSslSocket *socket, TestApiServer *server)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
{
    m_socket->setParent(this);
    http_parser_init(&m_parser, HTTP_REQUEST);
    m_parser.data = this;
    connect(m_socket, &QSslSocket::readyRead, this, &ApiConnection::readInput);
    connect(m_socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            deleteLater();
    });
    connect(m_socket, &QSslSocket::bytesWritten, this, [this] {
        if (m_stream == Stream::Large)
            pumpLarge();
    });
    connect(&m_streamTimer, &QTimer::timeout, this, [this] {
        if (m_stream == Stream::Log)
            writeLogLine();
        else if (m_stream == Stream::Watch)
            endStream(); // timeoutSeconds reached
    });
}

ApiConnection::~ApiConnection() = default;

void ApiConnection::readInput()
{
    const QByteArray bytes = m_socket->readAll();
    if (m_state == State::Upgraded) {
        if (m_exec)
            m_exec->feed(bytes);
        return;
    }
    m_input += bytes;
    if (m_state == State::Http)
        parseInput();
}

void ApiConnection::parseInput()
{
    static const http_parser_settings settings = [] {
        http_parser_settings s;
        http_parser_settings_init(&s);
        s.on_message_begin = &ApiConnection::onMessageBegin;
        s.on_url = &ApiConnection::onUrl;
        s.on_header_field = &ApiConnection::onHeaderField;
        s.on_header_value = &ApiConnection::onHeaderValue;
        s.on_headers_complete = &ApiConnection::onHeadersComplete;
        s.on_body = &ApiConnection::onBody;
        s.on_message_complete = &ApiConnection::onMessageComplete;
        return s;
    }();
    while (m_state == State::Http && !m_input.isEmpty()) {
        const size_t parsed =
            http_parser_execute(&m_parser, &settings, m_input.constData(), size_t(m_input.size()));
        m_input.remove(0, qsizetype(parsed));
        if (m_messageComplete) {
            m_messageComplete = false;
            http_parser_pause(&m_parser, 0);
            dispatch();
            continue;
        }
        if (HTTP_PARSER_ERRNO(&m_parser) != HPE_OK) {
            m_closeAfterResponse = true;
            sendStatus(400, QStringLiteral("BadRequest"),
                       QString::fromLatin1(http_errno_description(HTTP_PARSER_ERRNO(&m_parser))));
            m_state = State::Streaming; // read nothing more
            return;
        }
        if (parsed == 0)
            return;
    }
}

int ApiConnection::onMessageBegin(http_parser *parser)
{
    auto *self = static_cast<ApiConnection *>(parser->data);
    self->m_request.method.clear();
    self->m_request.target.clear();
    self->m_request.headers.clear();
    self->m_request.body.clear();
    self->m_request.sink = false;
    self->m_request.bodyBytes = 0;
    self->m_request.bodyHash.reset();
    self->m_headerField.clear();
    self->m_lastWasValue = false;
    return 0;
}

int ApiConnection::onUrl(http_parser *parser, const char *at, size_t length)
{
    static_cast<ApiConnection *>(parser->data)->m_request.target.append(at, qsizetype(length));
    return 0;
}

int ApiConnection::onHeaderField(http_parser *parser, const char *at, size_t length)
{
    auto *self = static_cast<ApiConnection *>(parser->data);
    if (self->m_lastWasValue)
        self->m_headerField.clear();
    self->m_headerField.append(at, qsizetype(length));
    self->m_lastWasValue = false;
    return 0;
}

int ApiConnection::onHeaderValue(http_parser *parser, const char *at, size_t length)
{
    auto *self = static_cast<ApiConnection *>(parser->data);
    if (!self->m_lastWasValue)
        self->m_request.headers.append({self->m_headerField, QByteArray()});
    self->m_request.headers.last().second.append(at, qsizetype(length));
    self->m_lastWasValue = true;
    return 0;
}

int ApiConnection::onHeadersComplete(http_parser *parser)
{
    auto *self = static_cast<ApiConnection *>(parser->data);
    self->m_request.method = http_method_str(http_method(parser->method));
    self->m_request.sink = self->m_request.target.startsWith("/_test/sink");
    // Recorded before the body arrives, so a request cut off mid-body still shows up.
    const QSslCertificate client = self->m_socket->peerCertificate();
    self->m_server->recorder().record(
        self->m_request.method, self->m_request.target, self->m_request.headers,
        client.subjectInfo(QSslCertificate::CommonName).join(QLatin1Char(',')));
    return 0;
}

int ApiConnection::onBody(http_parser *parser, const char *at, size_t length)
{
    auto *self = static_cast<ApiConnection *>(parser->data);
    Request &request = self->m_request;
    request.bodyBytes += qint64(length);
    if (request.sink)
        request.bodyHash.addData(QByteArrayView(at, qsizetype(length)));
    else if (request.body.size() < MaxBufferedBody)
        request.body.append(at, qsizetype(length));
    return 0;
}

int ApiConnection::onMessageComplete(http_parser *parser)
{
    auto *self = static_cast<ApiConnection *>(parser->data);
    self->m_messageComplete = true;
    http_parser_pause(parser, 1);
    return 0;
}

void ApiConnection::dispatch()
{
    m_closeAfterResponse = !http_should_keep_alive(&m_parser);
    const QUrl url(QString::fromLatin1(m_request.target));
    const QUrlQuery query(url);
    const QString path = url.path();
    const QByteArray &method = m_request.method;
    const QStringList segments = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);

    if (m_parser.upgrade && !segments.endsWith(QStringLiteral("exec"))) {
        m_closeAfterResponse = true;
        sendStatus(400, QStringLiteral("BadRequest"), QStringLiteral("upgrade only for exec"));
        return;
    }
    if (path == QLatin1String("/version")) {
        sendJson(200, {{QStringLiteral("major"), QStringLiteral("1")},
                       {QStringLiteral("minor"), QStringLiteral("33")},
                       {QStringLiteral("gitVersion"), QStringLiteral("v1.33.0-kubetailor-test")},
                       {QStringLiteral("gitCommit"), QStringLiteral("0000000")},
                       {QStringLiteral("gitTreeState"), QStringLiteral("clean")},
                       {QStringLiteral("buildDate"), QStringLiteral("2025-01-01T00:00:00Z")},
                       {QStringLiteral("goVersion"), QStringLiteral("go1.24")},
                       {QStringLiteral("compiler"), QStringLiteral("gc")},
                       {QStringLiteral("platform"), QStringLiteral("linux/amd64")}});
    } else if (path == QLatin1String("/api")) {
        sendJson(200, {{QStringLiteral("kind"), QStringLiteral("APIVersions")},
                       {QStringLiteral("versions"), QJsonArray{QStringLiteral("v1")}},
                       {QStringLiteral("serverAddressByClientCIDRs"), QJsonArray()}});
    } else if (path == QLatin1String("/apis")) {
        sendJson(200, {{QStringLiteral("kind"), QStringLiteral("APIGroupList")},
                       {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                       {QStringLiteral("groups"), QJsonArray()}});
    } else if (path == QLatin1String("/api/v1")) {
        const QStringList readWrite{QStringLiteral("create"), QStringLiteral("delete"),
                                    QStringLiteral("get"), QStringLiteral("list"),
                                    QStringLiteral("watch")};
        QJsonObject pods =
            apiResource(QStringLiteral("pods"), QStringLiteral("Pod"), true, readWrite);
        pods.insert(QStringLiteral("shortNames"), QJsonArray{QStringLiteral("po")});
        pods.insert(QStringLiteral("categories"), QJsonArray{QStringLiteral("all")});
        sendJson(
            200,
            {{QStringLiteral("kind"), QStringLiteral("APIResourceList")},
             {QStringLiteral("groupVersion"), QStringLiteral("v1")},
             {QStringLiteral("resources"),
              QJsonArray{pods,
                         apiResource(QStringLiteral("pods/log"), QStringLiteral("Pod"), true,
                                     {QStringLiteral("get")}),
                         apiResource(QStringLiteral("pods/exec"), QStringLiteral("PodExecOptions"),
                                     true, {QStringLiteral("create"), QStringLiteral("get")}),
                         apiResource(QStringLiteral("namespaces"), QStringLiteral("Namespace"),
                                     false, {QStringLiteral("get"), QStringLiteral("list")})}}});
    } else if (segments.size() >= 5 && segments.at(0) == QLatin1String("api") &&
               segments.at(1) == QLatin1String("v1") &&
               segments.at(2) == QLatin1String("namespaces") &&
               segments.at(4) == QLatin1String("pods")) {
        if (segments.at(3) != QLatin1String("default"))
            sendStatus(404, QStringLiteral("NotFound"),
                       QStringLiteral("namespaces \"%1\" not found").arg(segments.at(3)));
        else
            handlePods(segments.mid(5), query);
    } else if (path == QLatin1String("/openapi/v3")) {
        // Just enough OpenAPI v3 for kubectl to see that the server validates fields itself
        // (fieldValidation on the Pod PATCH operation), so `create -f` needs no schema.
        sendJson(200,
                 {{QStringLiteral("paths"),
                   QJsonObject{{QStringLiteral("api/v1"),
                                QJsonObject{{QStringLiteral("serverRelativeURL"),
                                             QStringLiteral("/openapi/v3/api/v1?hash=1")}}}}}});
    } else if (path == QLatin1String("/openapi/v3/api/v1")) {
        const QJsonObject gvk{{QStringLiteral("group"), QString()},
                              {QStringLiteral("version"), QStringLiteral("v1")},
                              {QStringLiteral("kind"), QStringLiteral("Pod")}};
        const QJsonObject parameter{
            {QStringLiteral("name"), QStringLiteral("fieldValidation")},
            {QStringLiteral("in"), QStringLiteral("query")},
            {QStringLiteral("schema"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}};
        const QJsonObject patch{{QStringLiteral("x-kubernetes-group-version-kind"), gvk},
                                {QStringLiteral("parameters"), QJsonArray{parameter}},
                                {QStringLiteral("responses"), QJsonObject()}};
        sendJson(200, {{QStringLiteral("openapi"), QStringLiteral("3.0.0")},
                       {QStringLiteral("info"),
                        QJsonObject{{QStringLiteral("title"), QStringLiteral("Kubernetes")},
                                    {QStringLiteral("version"), QStringLiteral("v1.33.0")}}},
                       {QStringLiteral("paths"),
                        QJsonObject{{QStringLiteral("/api/v1/namespaces/{namespace}/pods/{name}"),
                                     QJsonObject{{QStringLiteral("patch"), patch}}}}},
                       {QStringLiteral("components"), QJsonObject()}});
    } else if (path == QLatin1String("/_test/large") && method == "GET") {
        startLarge(query.queryItemValue(QStringLiteral("bytes")).toLongLong());
    } else if (path == QLatin1String("/_test/sink")) {
        sendJson(200, {{QStringLiteral("bytes"), double(m_request.bodyBytes)},
                       {QStringLiteral("sha256"),
                        QString::fromLatin1(m_request.bodyHash.result().toHex())}});
    } else if (path == QLatin1String("/_test/requests")) {
        sendBody(200, "application/json",
                 QJsonDocument(m_server->recorder().all()).toJson(QJsonDocument::Compact));
    } else {
        sendStatus(404, QStringLiteral("NotFound"),
                   QStringLiteral("the server could not find the requested resource"));
    }
}

void ApiConnection::handlePods(const QStringList &segments, const QUrlQuery &query)
{
    FakeCluster &cluster = m_server->cluster();
    const QByteArray &method = m_request.method;
    if (segments.isEmpty()) {
        const QString watch = query.queryItemValue(QStringLiteral("watch"));
        if (method == "GET" && isTrue(watch)) {
            startWatch(query);
        } else if (method == "GET") {
            const QJsonObject list = cluster.podList();
            sendJson(200, wantsTable()
                              ? FakeCluster::table(list.value(QStringLiteral("items")).toArray(),
                                                   cluster.resourceVersion())
                              : list);
        } else if (method == "POST") {
            QJsonParseError error;
            const QJsonObject manifest = QJsonDocument::fromJson(m_request.body, &error).object();
            const QString name = manifest.value(QStringLiteral("metadata"))
                                     .toObject()
                                     .value(QStringLiteral("name"))
                                     .toString();
            if (error.error != QJsonParseError::NoError || name.isEmpty())
                sendStatus(400, QStringLiteral("BadRequest"),
                           QStringLiteral("the request body is not a Pod with a name"));
            else if (cluster.contains(name))
                sendStatus(409, QStringLiteral("AlreadyExists"),
                           QStringLiteral("pods \"%1\" already exists").arg(name));
            else
                sendJson(201, cluster.create(manifest));
        } else {
            sendStatus(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("not supported"));
        }
        return;
    }
    const QString name = segments.at(0);
    if (!cluster.contains(name)) {
        sendStatus(404, QStringLiteral("NotFound"),
                   QStringLiteral("pods \"%1\" not found").arg(name));
        return;
    }
    const QString sub = segments.value(1);
    if (sub.isEmpty() && method == "GET") {
        const QJsonObject pod = cluster.pod(name);
        sendJson(200, wantsTable() ? FakeCluster::table({pod}, cluster.resourceVersion()) : pod);
    } else if (sub == QLatin1String("log") && method == "GET") {
        startLog(query);
    } else if (sub == QLatin1String("exec")) {
        handleExec(name, query);
    } else {
        sendStatus(405, QStringLiteral("MethodNotAllowed"), QStringLiteral("not supported"));
    }
}

void ApiConnection::handleExec(const QString &pod, const QUrlQuery &query)
{
    Q_UNUSED(pod);
    const QByteArray upgrade = m_request.header("Upgrade");
    if (!m_parser.upgrade || upgrade.compare("websocket", Qt::CaseInsensitive) != 0) {
        // SPDY/3.1 (kubectl before 1.29's WebSocket executor) is not spoken here.
        m_closeAfterResponse = true;
        sendStatus(400, QStringLiteral("BadRequest"),
                   QStringLiteral("the test API server speaks exec over WebSocket only "
                                  "(v5.channel.k8s.io, v4.channel.k8s.io)"));
        return;
    }
    QByteArray protocol;
    const QList<QByteArray> offered = m_request.header("Sec-WebSocket-Protocol").split(',');
    for (const QByteArray &wanted :
         {QByteArray("v5.channel.k8s.io"), QByteArray("v4.channel.k8s.io")}) {
        for (const QByteArray &candidate : offered) {
            if (protocol.isEmpty() && candidate.trimmed() == wanted)
                protocol = wanted;
        }
    }
    if (protocol.isEmpty()) {
        m_closeAfterResponse = true;
        sendStatus(400, QStringLiteral("BadRequest"),
                   QStringLiteral("no supported subprotocol offered"));
        return;
    }
    QStringList command;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("command"))
            command << item.second;
    }
    writeHead(101, {{"Upgrade", "websocket"},
                    {"Connection", "Upgrade"},
                    {"Sec-WebSocket-Accept",
                     ExecWebSocket::acceptKey(m_request.header("Sec-WebSocket-Key"))},
                    {"Sec-WebSocket-Protocol", protocol}});
    m_state = State::Upgraded;
    m_exec = new ExecWebSocket(m_socket, protocol, command, this);
    m_exec->start();
    if (!m_input.isEmpty())
        m_exec->feed(std::exchange(m_input, QByteArray()));
}

void ApiConnection::startWatch(const QUrlQuery &query)
{
    writeHead(200, {{"Content-Type", "application/json"}, {"Transfer-Encoding", "chunked"}});
    m_state = State::Streaming;
    m_stream = Stream::Watch;
    connect(&m_server->cluster(), &FakeCluster::podChanged, this, &ApiConnection::sendWatchEvent);
    const int timeout = query.queryItemValue(QStringLiteral("timeoutSeconds")).toInt();
    if (timeout > 0) {
        m_streamTimer.setSingleShot(true);
        m_streamTimer.start(timeout * 1000);
    }
}

void ApiConnection::sendWatchEvent(const QString &type, const QJsonObject &pod)
{
    if (m_stream != Stream::Watch)
        return;
    const QJsonObject object =
        wantsTable() ? FakeCluster::table({pod}, m_server->cluster().resourceVersion()) : pod;
    const QJsonObject event{{QStringLiteral("type"), type}, {QStringLiteral("object"), object}};
    writeChunk(QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n');
}

void ApiConnection::startLog(const QUrlQuery &query)
{
    const QString follow = query.queryItemValue(QStringLiteral("follow"));
    writeHead(200, {{"Content-Type", "text/plain"}, {"Transfer-Encoding", "chunked"}});
    m_state = State::Streaming;
    m_stream = Stream::Log;
    m_logLine = 0;
    if (isTrue(follow)) {
        m_logLimit = m_server->options().logFollowLines;
        for (int i = 0; i < 3; ++i)
            writeLogLine();
        m_streamTimer.setSingleShot(false);
        m_streamTimer.start(m_server->options().logIntervalMs);
    } else {
        m_logLimit = 3;
        for (int i = 0; i < 3; ++i)
            writeLogLine();
    }
}

void ApiConnection::writeLogLine()
{
    if (m_logLine >= m_logLimit) {
        endStream();
        return;
    }
    ++m_logLine;
    writeChunk("log line " + QByteArray::number(m_logLine) + ' ' +
               QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toLatin1() + '\n');
    if (m_logLine >= m_logLimit)
        endStream();
}

void ApiConnection::startLarge(qint64 bytes)
{
    if (bytes < 0 || bytes > 4LL * 1024 * 1024 * 1024) {
        sendStatus(400, QStringLiteral("BadRequest"), QStringLiteral("bytes must be 0..4GiB"));
        return;
    }
    writeHead(200, {{"Content-Type", "application/octet-stream"},
                    {"Content-Length", QByteArray::number(bytes)}});
    m_state = State::Streaming;
    m_stream = Stream::Large;
    m_largeSent = 0;
    m_largeTotal = bytes;
    pumpLarge();
}

void ApiConnection::pumpLarge()
{
    while (m_stream == Stream::Large && m_socket->bytesToWrite() < LargeWriteWindow &&
           m_largeSent < m_largeTotal) {
        const qint64 size = qMin<qint64>(64 * 1024, m_largeTotal - m_largeSent);
        m_socket->write(DeterministicBytes::generate(m_largeSent, size));
        m_largeSent += size;
    }
    if (m_stream == Stream::Large && m_largeSent >= m_largeTotal) {
        m_stream = Stream::None;
        finishResponse();
    }
}

void ApiConnection::endStream()
{
    if (m_stream == Stream::Watch)
        disconnect(&m_server->cluster(), &FakeCluster::podChanged, this,
                   &ApiConnection::sendWatchEvent);
    m_streamTimer.stop();
    m_stream = Stream::None;
    m_socket->write("0\r\n\r\n");
    finishResponse();
}

void ApiConnection::writeHead(int code, const HeaderList &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(code) + ' ' + reasonPhrase(code) + "\r\n";
    for (const auto &header : headers)
        head += header.first + ": " + header.second + "\r\n";
    head +=
        "Date: " + QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    if (m_closeAfterResponse && code != 101)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
}

void ApiConnection::sendBody(int code, const QByteArray &contentType, const QByteArray &body)
{
    writeHead(code, {{"Content-Type", contentType},
                     {"Content-Length", QByteArray::number(body.size())},
                     {"Cache-Control", "no-cache, private"}});
    m_socket->write(body);
    finishResponse();
}

void ApiConnection::sendJson(int code, const QJsonObject &object)
{
    sendBody(code, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void ApiConnection::sendStatus(int code, const QString &reason, const QString &message)
{
    sendJson(code, {{QStringLiteral("kind"), QStringLiteral("Status")},
                    {QStringLiteral("apiVersion"), QStringLiteral("v1")},
                    {QStringLiteral("metadata"), QJsonObject()},
                    {QStringLiteral("status"), QStringLiteral("Failure")},
                    {QStringLiteral("message"), message},
                    {QStringLiteral("reason"), reason},
                    {QStringLiteral("code"), code}});
}

void ApiConnection::writeChunk(const QByteArray &data)
{
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n");
}

void ApiConnection::finishResponse()
{
    if (m_closeAfterResponse) {
        m_state = State::Streaming; // nothing more is read
        m_socket->disconnectFromHost();
        return;
    }
    if (m_state == State::Streaming && m_stream == Stream::None) {
        m_state = State::Http;
        // Requests that arrived while the stream ran; parsed after this call returns.
        QTimer::singleShot(0, this, [this] {
            if (m_state == State::Http)
                parseInput();
        });
    }
}

bool ApiConnection::wantsTable() const
{
    return m_request.header("Accept").contains("as=Table");
}

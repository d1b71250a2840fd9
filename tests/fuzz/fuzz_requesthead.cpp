// libFuzzer target for the forwarder's request side: the head parser (HttpRequestParser over
// http-parser), the guard, the log redaction and the upstream head rewrite. Properties:
// - no crash, no sanitizer report;
// - a head the parser handed out (HeadComplete, which the forwarder sends upstream) is never
//   refused afterwards for a head reason: nothing is forwarded that is answered with an error;
// - the same bytes in different slices give the same heads and the same refusal, and the same
//   body bytes whether the parser copies them or passes them through (setPassBodyThrough);
// - the rewritten head reads back as one request with the same method, target and framing.
#include "proxycore/HttpRequestParser.h"
#include "proxycore/LogRedactor.h"
#include "proxycore/RequestGuard.h"
#include "proxycore/UpstreamRequestHead.h"

#include <cstdio>
#include <cstdlib>

namespace {

struct Outcome
{
    QList<QByteArray> heads;
    QByteArray bodies; // each message's body bytes, then '|'
    int errorStatus = 0;
};

[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "property broken: %s\n", what);
    std::abort();
}

void checkRewrite(const HttpMessageHead &request, bool chunked)
{
    const HttpMessageHead upstream =
        UpstreamRequestHead::rewrite(request, chunked, QByteArrayLiteral("up.example:443"));
    const QByteArray wire = upstream.serializeRequest();
    HttpRequestParser again;
    const HttpMessageParser::Step step = again.parse(wire);
    if (step.stop != HttpMessageParser::Stop::HeadComplete) {
        if (qEnvironmentVariableIsSet("FUZZ_VERBOSE"))
            std::fprintf(stderr, "%s\n%s\n", qPrintable(again.errorText()), wire.constData());
        broken("the rewritten head does not read back as a complete head");
    }
    // What follows the head in its own bytes (at most the head's last line end) is no
    // second message and no error.
    const HttpMessageParser::Step rest = again.parse(wire.mid(step.consumed));
    if (rest.stop == HttpMessageParser::Stop::Error ||
        rest.stop == HttpMessageParser::Stop::HeadComplete) {
        broken("the rewritten head does not read back as one clean head");
    }
    const HttpMessageHead &read = again.head();
    if (read.method != request.method || read.target != request.target)
        broken("the rewritten head changed the method or the target");
    if (again.isChunked() != chunked)
        broken("the rewritten head changed chunked framing");
    if (read.values("Content-Length") != request.values("Content-Length"))
        broken("the rewritten head changed Content-Length");
    if (read.values("Host") != QList<QByteArrayView>{"up.example:443"})
        broken("the rewritten head does not carry exactly the upstream's Host");
}

Outcome run(const QByteArray &input, qsizetype slice, bool checks, bool through)
{
    Outcome outcome;
    HttpRequestParser parser;
    parser.setMaxHeadBytes(2048);
    parser.setPassBodyThrough(through);
    QByteArray pending;
    qsizetype offset = 0;
    bool headOut = false;
    int rounds = 0;
    while ((offset < input.size() || !pending.isEmpty()) && ++rounds < 100000) {
        if (offset < input.size()) {
            pending += input.mid(offset, slice);
            offset += slice;
        }
        const HttpMessageParser::Step step = parser.parse(pending);
        if (step.passedBody < 0 || step.passedBody > step.consumed)
            broken("the passed body is not within the consumed bytes");
        if (!through && step.passedBody != 0)
            broken("a body was passed through without being asked to");
        outcome.bodies += parser.takeBody();
        outcome.bodies += pending.mid(step.consumed - step.passedBody, step.passedBody);
        pending.remove(0, step.consumed);
        switch (step.stop) {
        case HttpMessageParser::Stop::HeadComplete: {
            headOut = true;
            const HttpMessageHead &head = parser.head();
            outcome.heads.append(head.method + ' ' + head.target);
            if (checks) {
                RequestGuard::check(head, 8443, false);
                LogRedactor::redactTarget(head.target);
                checkRewrite(head, parser.isChunked());
            }
            break;
        }
        case HttpMessageParser::Stop::MessageComplete:
            headOut = false;
            outcome.bodies += '|';
            break;
        case HttpMessageParser::Stop::Upgrade:
            return outcome;
        case HttpMessageParser::Stop::Error:
            if (headOut && parser.errorInHead())
                broken("a head already handed out (forwarded) was refused afterwards");
            outcome.errorStatus = parser.errorStatus();
            return outcome;
        case HttpMessageParser::Stop::NeedMoreData:
            if (step.consumed == 0 && offset >= input.size())
                return outcome;
            break;
        }
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Outcome whole = run(input, qMax<qsizetype>(1, input.size()), true, false);
    const Outcome sliced = run(input, qsizetype(size % 7) + 1, false, true);
    const Outcome through = run(input, qMax<qsizetype>(1, input.size()), false, true);
    if (whole.bodies != sliced.bodies || whole.bodies != through.bodies ||
        whole.heads != through.heads || whole.errorStatus != through.errorStatus)
        broken("passing bodies through changed the bytes sent on");
    if (whole.heads != sliced.heads || whole.errorStatus != sliced.errorStatus) {
        if (qEnvironmentVariableIsSet("FUZZ_VERBOSE")) {
            std::fprintf(stderr, "whole: %s -> %d\nsliced: %s -> %d\n",
                         whole.heads.join(" | ").constData(), whole.errorStatus,
                         sliced.heads.join(" | ").constData(), sliced.errorStatus);
        }
        broken("slicing the same bytes changed what was parsed");
    }
    return 0;
}

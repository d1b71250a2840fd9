#!/usr/bin/env python3
"""A TCP relay that delays every byte by a fixed time in each direction: a "far" link on
loopback for the benchmarks (this kernel has no netem).

  delay-relay.py --target HOST:PORT [--listen 127.0.0.1:0] [--delay-ms 40]
                 [--max-seconds 900] [--max-connections 64] [--port-file FILE]

Bytes read on one side are written to the other DELAY ms after they arrived, in order, so a
round trip through the relay takes 2 x DELAY (80 ms with the default: a client in Europe, an
API server in the US). The client's TCP handshake completes on loopback at once, so the relay
holds a new connection's bytes for one round trip first: the client's first bytes reach the
target 1.5 round trips after its connect(), as over a real link. Bandwidth is not limited. Loopback only and bounded: it listens on
127.0.0.1 only, refuses connections beyond --max-connections and exits after --max-seconds.
"""
import argparse
import asyncio
import os
import sys
import time


def host_port(text):
    host, _, port = text.rpartition(":")
    return host, int(port)


async def pump(reader, writer, delay):
    """Copies reader to writer, each chunk DELAY seconds after it was read."""
    queue = asyncio.Queue()

    async def read_side():
        try:
            while True:
                data = await reader.read(65536)
                await queue.put((time.monotonic() + delay, data))
                if not data:
                    return
        except (ConnectionError, OSError):
            await queue.put((time.monotonic() + delay, b""))

    async def write_side():
        try:
            while True:
                due, data = await queue.get()
                wait = due - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                if not data:
                    if writer.can_write_eof():
                        writer.write_eof()
                    return
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass

    await asyncio.gather(read_side(), write_side())


async def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", required=True, type=host_port)
    parser.add_argument("--listen", default="127.0.0.1:0", type=host_port)
    parser.add_argument("--delay-ms", type=float, default=40.0)
    parser.add_argument("--max-seconds", type=float, default=900.0)
    parser.add_argument("--max-connections", type=int, default=64)
    parser.add_argument("--port-file")
    args = parser.parse_args()
    if args.listen[0] not in ("127.0.0.1", "localhost"):
        sys.exit("delay-relay.py: listens on loopback only")
    delay = args.delay_ms / 1000.0
    open_connections = 0

    async def handle(client_reader, client_writer):
        nonlocal open_connections
        if open_connections >= args.max_connections:
            client_writer.close()
            return
        open_connections += 1
        # The round trip of the TCP handshake the far link would have cost.
        await asyncio.sleep(2 * delay)
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*args.target)
        except OSError:
            open_connections -= 1
            client_writer.close()
            return
        try:
            await asyncio.gather(pump(client_reader, upstream_writer, delay),
                                 pump(upstream_reader, client_writer, delay))
        finally:
            open_connections -= 1
            for w in (client_writer, upstream_writer):
                w.close()

    server = await asyncio.start_server(handle, args.listen[0], args.listen[1])
    port = server.sockets[0].getsockname()[1]
    if args.port_file:
        with open(args.port_file + ".tmp", "w") as f:
            f.write(f"{port}\n")
        os.replace(args.port_file + ".tmp", args.port_file)
    print(f"relaying 127.0.0.1:{port} -> {args.target[0]}:{args.target[1]} "
          f"with {args.delay_ms:g} ms each way", flush=True)
    async with server:
        try:
            await asyncio.wait_for(server.serve_forever(), args.max_seconds)
        except asyncio.TimeoutError:
            pass


if __name__ == "__main__":
    asyncio.run(main())

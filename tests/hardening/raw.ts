import http from "node:http";

// Requests fetch() will not send (TRACE, a body larger than announced, no Content-Type at all) go
// out through node:http. The answer's body is read up to `keep` bytes, then the socket is dropped.

export type RawReply = { status: number; headers: http.IncomingHttpHeaders; text: string };

export function rawRequest(
  baseUrl: string,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string | Buffer | (() => AsyncIterable<Buffer>) },
  keep = 64 * 1024,
): Promise<RawReply> {
  const url = new URL(options.path, baseUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          if (size < keep) chunks.push(chunk);
          size += chunk.length;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    // A server that answers before reading the whole body may close the socket under us: that is not a failure here.
    req.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    const body = options.body;
    if (typeof body === "function") {
      void (async () => {
        for await (const chunk of body()) if (!req.write(chunk)) await new Promise((r) => req.once("drain", r));
        req.end();
      })().catch(() => req.destroy());
    } else {
      req.end(body);
    }
  });
}

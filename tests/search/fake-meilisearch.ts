import http from "node:http";
import type { AddressInfo } from "node:net";
import { fromBeforeAll } from "../support/test-database";

// A stand-in for a Meilisearch server that records every request the official client sends.
// Tasks succeed at once; multi-search answers come from `answer`, empty by default.

export type Recorded = { method: string; path: string; body: unknown; authorization?: string };
type Query = Record<string, unknown>;
export type FakeMeilisearch = {
  url: string;
  requests: Recorded[];
  /** Requests other than task polling, which is the client's business. */
  calls(): Recorded[];
  answer: (query: Query, index: number) => Record<string, unknown>;
  close(): Promise<void>;
};

const empty = () => ({ hits: [], facetDistribution: {}, totalHits: 0, processingTimeMs: 0 });

export async function fakeMeilisearch(): Promise<FakeMeilisearch> {
  let taskUid = 0;
  const fake: FakeMeilisearch = {
    url: "",
    requests: [],
    calls: () => fake.requests.filter((r) => !r.path.startsWith("/tasks/")),
    answer: empty,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const body = raw ? JSON.parse(raw) : undefined;
      const path = req.url ?? "";
      fake.requests.push({ method: req.method ?? "", path, body, authorization: req.headers.authorization });
      const reply = (status: number, payload: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(payload));
      };
      if (req.method === "GET" && path.startsWith("/tasks/")) {
        return reply(200, { uid: Number(path.split("/")[2]), status: "succeeded", type: "documentAdditionOrUpdate", error: null });
      }
      if (path === "/multi-search") {
        return reply(200, { results: (body.queries as Query[]).map((q, i) => ({ indexUid: q.indexUid, ...fake.answer(q, i) })) });
      }
      reply(202, { taskUid: ++taskUid, indexUid: null, status: "enqueued", type: "unknown", enqueuedAt: new Date().toISOString() });
    });
  });
  // Node closes an idle kept-alive connection after 5 s; on a loaded machine the client can send on it
  // just as it closes (ECONNRESET). A stand-in need not save sockets.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** A fake for this file's tests: started in beforeAll, closed in afterAll. */
export function useFakeMeilisearch(): FakeMeilisearch {
  return fromBeforeAll("useFakeMeilisearch()", fakeMeilisearch, (fake) => fake.close());
}

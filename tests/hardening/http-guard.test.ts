import { beforeAll, describe, expect, it } from "vitest";
import { useApplicationWorld, type WorldStudent } from "../support/application-world";
import { applicationTables } from "../support/snapshots";
import { rawRequest } from "./raw";

// Issue 8, items 2, 3, 7 and 10: what the HTTP layer refuses before any route runs, and the cache
// header every page carries. Each example of the issue is a test; the sweep (sweep.test.ts) sends
// the same requests to every route.

const w = useApplicationWorld();
let student: WorldStudent;
let positionId: number;

beforeAll(async () => {
  student = await w.student();
  positionId = (await w.make.position({ enterpriseId: w.enterprise.id })).id;
});

const MB = 1024 * 1024;

/** `total` bytes of `byte`, in 64 kB chunks, so a test never holds 100 MB. */
function* bytes(total: number, byte = "a") {
  const chunk = Buffer.alloc(64 * 1024, byte);
  for (let sent = 0; sent < total; sent += chunk.length) yield chunk.subarray(0, Math.min(chunk.length, total - sent));
}
const stream = (total: number, prefix = "") =>
  async function* () {
    if (prefix) yield Buffer.from(prefix);
    yield* bytes(total);
  };

describe("body size (item 2)", () => {
  it("a 100 MB url-encoded post is refused with 413 from its Content-Length, before it is read", async () => {
    const started = Date.now();
    const reply = await rawRequest(w.app.url, {
      method: "POST",
      path: "/login",
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(100 * MB) },
      body: stream(100 * MB - 9, "username="),
    });
    expect(reply.status).toBe(413);
    expect(reply.text).toContain("提交的内容过大");
    // Not a timing assertion on speed, only that the server did not wait for 100 MB it never wanted.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it("a chunked post with no Content-Length is cut off at 413 once the bytes streamed pass 1 MB", async () => {
    const before = await applicationTables(w.db);
    const reply = await rawRequest(w.app.url, {
      method: "POST",
      path: `/positions/${positionId}/apply`,
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: student.client.cookie },
      body: stream(3 * MB, "note="),
    });
    expect(reply.status).toBe(413);
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("a 100 MB multipart file on /positions/:id/apply is refused with 413 and no application is made", async () => {
    const before = await applicationTables(w.db);
    const boundary = "----hostile";
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="note"; filename="big.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`;
    const reply = await rawRequest(w.app.url, {
      method: "POST",
      path: `/positions/${positionId}/apply`,
      headers: {
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "content-length": String(100 * MB),
        cookie: student.client.cookie,
      },
      body: stream(100 * MB - head.length, head),
    });
    expect(reply.status).toBe(413);
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("just under the limit the form is read and answered by its schema (400, not 413)", async () => {
    const before = await applicationTables(w.db);
    const small = await student.client.post(`/positions/${positionId}/apply`, { note: "a".repeat(MB - 1000) });
    expect(small.status).toBe(400);
    expect(await small.text()).toContain("留言不能超过 500 个字符");
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("just over the limit is 413", async () => {
    const response = await student.client.post(`/positions/${positionId}/apply`, { note: "a".repeat(MB) });
    expect(response.status).toBe(413);
  });
});

describe("content types and origins (item 3)", () => {
  const bodies: Array<[string, string, string, number]> = [
    ["application/json", "application/json", JSON.stringify({ note: "你好" }), 415],
    ["text/plain", "text/plain", "note=你好", 415],
    ["application/xml", "application/xml", "<note>你好</note>", 415],
    ["multipart without a boundary", "multipart/form-data", "note=你好", 400],
  ];
  const actions = () => [`/positions/${positionId}/apply`, "/login", "/logout", "/account", "/applications", "/inbox"];

  it.each(bodies)("%s on every action → %i with a Chinese message, nothing written", async (_name, type, body, status) => {
    const before = await applicationTables(w.db);
    for (const path of actions()) {
      const response = await student.client.request(path, { method: "POST", headers: { "content-type": type }, body });
      expect(response.status, path).toBe(status);
      expect(await response.text(), path).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("Origin: null is refused with 403", async () => {
    const before = await applicationTables(w.db);
    for (const path of actions()) {
      const response = await student.client.request(path, {
        method: "POST",
        headers: { origin: "null" },
        body: new URLSearchParams({ note: "你好" }),
      });
      expect(response.status, path).toBe(403);
      expect(await response.text()).toContain("跨站请求已被拒绝");
    }
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("a post from this origin, and one with no Origin at all, still reach the form", async () => {
    const fresh = (await w.make.position({ enterpriseId: w.enterprise.id })).id;
    const own = await student.client.request(`/positions/${fresh}/apply`, {
      method: "POST",
      headers: { origin: w.app.url },
      body: new URLSearchParams({ note: "你好" }),
    });
    expect(own.status).toBe(302);
    const none = await student.client.post(`/positions/${fresh}/apply`, { note: "x".repeat(501) });
    expect(none.status).toBe(400);
  });
});

describe("methods no route has (item 7)", () => {
  it.each(["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS"])("%s → 405 with Allow", async (method) => {
    for (const path of ["/", "/login", `/positions/${positionId}`, `/positions/${positionId}/apply`]) {
      const reply = await rawRequest(w.app.url, { method, path, headers: { cookie: student.client.cookie } });
      expect(reply.status, `${method} ${path}`).toBe(405);
      expect(reply.headers.allow).toBe("GET, HEAD, POST");
      if (method !== "HEAD") expect(reply.text).toContain("不支持该请求方法");
    }
  });
});

describe("caching (item 10)", () => {
  it("pages and _data replies with personal data carry Cache-Control: private, no-store", async () => {
    for (const path of ["/", "/applications", "/account", "/inbox", "/applications?_data=features%2Fapplications%2Fmy-applications-route"]) {
      const response = await student.client.get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("cache-control"), path).toBe("private, no-store");
    }
  });

  it("so does a redirect to the sign-in page and the sign-in page itself", async () => {
    for (const path of ["/applications", "/login"]) {
      const response = await w.visitor().get(path);
      expect(response.headers.get("cache-control"), path).toBe("private, no-store");
    }
  });
});

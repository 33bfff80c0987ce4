import { describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { applicationTables } from "../support/snapshots";

// Issue 8, item 1: field names are bounded before conform builds anything from them, and an error
// reply never echoes a huge value. One reader (app/lib/form.server.ts) for every action; the sweep
// sends these bodies to every route.

const w = useApplicationWorld();

const encoded = (pairs: Array<[string, string]>) => new URLSearchParams(pairs).toString();
const postRaw = (client: { request: (p: string, i: RequestInit) => Promise<Response> }, path: string, body: string) =>
  client.request(path, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body });

describe("indexes", () => {
  it("`username[100000000]=x` from a visitor on /login is 400 at once, with a short Chinese reply", async () => {
    const response = await postRaw(w.visitor(), "/login", "username[100000000]=x"); // the 51-byte request, give or take
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).toContain("字段序号过大");
    expect(text.length).toBeLessThan(100_000);
  });

  it("`programIds[10000000]=44` on the new-position form is 400 and writes nothing", async () => {
    const before = await applicationTables(w.db);
    const response = await postRaw(w.staff, "/enterprise/positions/new", encoded([["intent", "create"], ["title", "岗位"], ["programIds[10000000]", "44"]]));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("字段序号过大");
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("index 999 is read (the schema answers), index 1000 is refused before parsing", async () => {
    const at = await postRaw(w.visitor(), "/login", encoded([["username[999]", "x"]]));
    expect(at.status).toBe(400);
    expect(await at.text()).not.toContain("字段序号过大");
    const over = await postRaw(w.visitor(), "/login", encoded([["username[1000]", "x"]]));
    expect(over.status).toBe(400);
    expect(await over.text()).toContain("字段序号过大");
  });
});

describe("nesting", () => {
  it.each([
    ["a.b.b.b… 20,000 levels", "a" + ".b".repeat(20_000)],
    ["a[0][0]… 20,000 levels", "a" + "[0]".repeat(20_000)],
  ])("%s is 400, not a stack overflow", async (_name, name) => {
    for (const path of ["/login", "/enterprise/positions/new"]) {
      const response = await postRaw(path === "/login" ? w.visitor() : w.staff, path, encoded([[name, "x"]]));
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).toMatch(/字段名过长|字段名层级过深/);
    }
  });

  it("eight steps are read, nine are refused (names kept short to test depth alone)", async () => {
    const eight = await postRaw(w.visitor(), "/login", encoded([["a" + ".b".repeat(8), "x"]]));
    expect(await eight.text()).not.toContain("字段名层级过深");
    const nine = await postRaw(w.visitor(), "/login", encoded([["a" + ".b".repeat(9), "x"]]));
    expect(nine.status).toBe(400);
    expect(await nine.text()).toContain("字段名层级过深");
  });

  it("more than 1,000 fields are refused", async () => {
    const pairs = Array.from({ length: 1_001 }, (_, i): [string, string] => [`f${i}`, "x"]);
    const response = await postRaw(w.visitor(), "/login", encoded(pairs));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("提交的字段过多");
  });
});

describe("echo", () => {
  it("a 900 kB username is refused without being sent back in full", async () => {
    const response = await postRaw(w.visitor(), "/login", encoded([["username", "x".repeat(900_000)], ["password", "p"]]));
    const text = await response.text();
    expect(response.status).toBe(400);
    expect(text).toContain("用户名不能超过 64 个字符");
    expect(text.length).toBeLessThan(100_000);
  });

  it("a broken multipart body is 400 with a Chinese message", async () => {
    const response = await w.visitor().request("/login", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
      body: "--xyz\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nno end",
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("表单格式不正确");
  });
});

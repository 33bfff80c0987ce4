import { describe, expect, it } from "vitest";
import { readConfig } from "~/config.server";
import { todayInHohhot } from "~/lib/dates";
import { createPositionSearch } from "../../search/engine";
import { useTestDatabase } from "../support/test-database";
import { useFakeMeilisearch } from "./fake-meilisearch";

// At start-up (app/server/boot.server.ts) the adapter creates its index and applies the settings,
// so the first student's search does not pay for it; the key from MEILI_API_KEY goes with every request.

const UID = "positions_start";
const t = useTestDatabase();
const fake = useFakeMeilisearch();

describe("Meilisearch at start-up", () => {
  it("reads MEILI_URL and MEILI_API_KEY from the environment", () => {
    expect(readConfig({ MEILI_URL: "http://search:7700", MEILI_API_KEY: "k" })).toMatchObject({ meiliUrl: "http://search:7700", meiliApiKey: "k" });
    expect(readConfig({ MEILI_URL: "", MEILI_API_KEY: "" })).toMatchObject({ meiliUrl: undefined, meiliApiKey: undefined });
  });

  it("applies index and settings at start, once, with the API key; searches then go straight to the query", async () => {
    const { meiliUrl, meiliApiKey } = readConfig({ MEILI_URL: fake.url, MEILI_API_KEY: "master-key-for-test" });
    const engine = createPositionSearch(t.db, { meiliUrl, meiliApiKey, indexUid: UID, today: todayInHohhot });
    fake.requests.length = 0;
    await engine.start();
    expect(fake.calls().map((c) => `${c.method} ${c.path}`)).toEqual(["POST /indexes", `PATCH /indexes/${UID}/settings`]);

    fake.requests.length = 0;
    await engine.start();
    await engine.search({ q: "厨师" });
    expect(fake.calls().map((c) => `${c.method} ${c.path}`)).toEqual(["POST /multi-search"]);
    expect(fake.requests.every((r) => r.authorization === "Bearer master-key-for-test")).toBe(true);
  });
});

describe("the built-in engine at start-up", () => {
  it("starts without a server, and is the engine when MEILI_URL is unset", async () => {
    const engine = createPositionSearch(t.db, { meiliUrl: readConfig({}).meiliUrl, today: todayInHohhot });
    expect(engine.name).toBe("postgres");
    await expect(engine.start()).resolves.toBeUndefined();
  });
});

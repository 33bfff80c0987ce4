import { beforeAll, describe, expect, it } from "vitest";
import { positionSearch } from "~/lib/position-search.server";
import { useTestApp } from "../support/test-app";

// Pages are mostly Chinese: three bytes a character in UTF-8. React 18's streaming renderer used
// to pad a chunk with zero bytes when a character did not fit at its end (app/server/
// drop-nul-bytes.server.ts); with paragraphs of every length, some character lands on a boundary.

const t = useTestApp();
const PARAGRAPHS = Array.from({ length: 40 }, (_, i) => `第${i + 1}段：${"岗位职责包括切配打荷炉灶".repeat(1 + (i % 7))}${"。".repeat(i % 3)}`);
let positionId: number;
let client: Awaited<ReturnType<typeof t.clientFor>>;

beforeAll(async () => {
  const enterprise = await t.make.enterprise();
  positionId = (
    await t.make.position({ enterpriseId: enterprise.id, title: "中餐热菜厨师", description: PARAGRAPHS.join("\n"), indexed: positionSearch() })
  ).id;
  client = await t.clientFor((await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id);
});

describe("Chinese pages over the wire", () => {
  it("carry every character intact and no zero byte, however the text falls on the renderer's chunks", async () => {
    const response = await client.get(`/positions/${positionId}`);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBeGreaterThan(4 * 2048); // enough chunks for boundaries to fall inside characters
    expect(bytes.indexOf(0)).toBe(-1);
    const html = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    for (const paragraph of PARAGRAPHS) expect(html).toContain(`<p>${paragraph}</p>`);
  });
});

import { describe, expect, it } from "vitest";
import { DEFINITION_VERSION, payBandOf, synonymMap } from "../../search/definition";
import { packFacets, unpackFacets } from "../../search/postgres/facet-key";
import { normalizeQuery } from "../../search/query";
import { groupPatterns, indexTerms, indexWords, queryGroups, queryWords } from "../../search/text";

// How text becomes terms for the built-in engine: jieba words, prefixes, synonym groups.

describe("segmentation", () => {
  it("cuts Chinese into words, keeping the field's words whole", () => {
    expect(queryWords("中餐厨师")).toEqual(["中餐", "厨师"]);
    expect(queryWords("西贝莜面")).toEqual(["西贝", "莜面"]);
    expect(queryWords("钣金喷漆")).toEqual(["钣金", "喷漆"]);
    expect(queryWords("汽车运用与维修")).toEqual(["汽车运用与维修"]);
    expect(queryWords("UI设计，的 PLC!")).toEqual(["ui", "设计", "plc"]);
  });

  it("indexes every dictionary word inside a text, so a query word is found however the sentence was cut", () => {
    const words = indexWords("室内设计师助理");
    expect(words).toEqual(expect.arrayContaining(["室内", "设计师", "助理", "设计", "室内设计"]));
    expect(indexWords("新能源汽车维修技师")).toEqual(expect.arrayContaining(["新能源汽车", "汽车维修", "汽车", "维修"]));
  });

  it("normalises full-width letters and case", () => {
    expect(queryWords("ＣＡＤ制图")).toEqual(["cad", "制图"]);
  });
});

describe("terms", () => {
  it("adds prefixes of title words and the synonym group of each word", () => {
    const terms = indexTerms("中餐烹饪");
    expect(terms).toEqual(expect.arrayContaining(["中餐烹饪", "中餐", "烹饪", "=厨师", "中*", "中餐*", "烹*"]));
    expect(indexTerms("负责烹饪", "prose")).not.toContain("烹*");
    // A word across a sentence's boundary is no word of it (only a bigram, which ranks below words) and has no synonym.
    expect(indexWords("维护工程车辆", { inside: false })).not.toContain("护工");
    expect(indexTerms("维护工程车辆", "prose")).not.toContain("=养老护理员");
    expect(indexTerms("拉晶设备维护工")).not.toContain("=养老护理员");
  });

  it("turns a query into groups of alternatives; the last word also as a prefix while typing", () => {
    expect(queryGroups("厨师 会计")).toEqual([["厨师", "=厨师"], ["会计", "=会计", "会计*"]]);
    expect(queryGroups("厨师 会计 ")).toEqual([["厨师", "=厨师"], ["会计", "=会计"]]);
    expect(queryGroups("光")).toEqual([["光", "光*"]]);
    expect(queryGroups("的")).toEqual([]);
    expect(normalizeQuery({ q: "  " }).groups).toEqual([]);
  });

  it("gives LIKE patterns for every word a group stands for", () => {
    expect(groupPatterns(["幼师", "=幼儿保育", "幼师*"])).toEqual(["%幼师%", "%幼儿保育%", "%幼儿教师%", "%保育员%", "%学前教育%"]);
  });

  it("makes synonyms symmetric and every group's word findable from the others", () => {
    const map = synonymMap();
    for (const [word, others] of Object.entries(map)) for (const other of others) expect(map[other]).toContain(word);
    expect(indexTerms("汽修学徒")).toContain("=汽修");
    expect(queryGroups("汽车运用与维修 ")[0]).toContain("=汽修");
  });
});

describe("the index definition", () => {
  it("bands pay on payMax (or payMin): the same figure payAtLeast filters", () => {
    expect([null, 2999, 3000, 4999, 5000, 7999, 8000, 20000].map(payBandOf)).toEqual([
      null, "lt3000", "3000-4999", "3000-4999", "5000-7999", "5000-7999", "gte8000", "gte8000",
    ]);
  });

  it("has a version that changes with what is stored", () => {
    expect(DEFINITION_VERSION).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("packed facet values", () => {
  it("round-trip, with nothing as 0", () => {
    const all = { kind: "APPRENTICESHIP", district: "ECONOMIC_ZONE", enterpriseSize: "MICRO", payBand: "gte8000" };
    expect(unpackFacets(packFacets(all))).toEqual(all);
    const none = { kind: "JOB", district: null, enterpriseSize: null, payBand: null };
    expect(unpackFacets(packFacets(none))).toEqual(none);
    expect(packFacets({ kind: null, district: null, enterpriseSize: null, payBand: null })).toBe(0);
  });
});

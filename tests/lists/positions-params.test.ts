import { beforeAll, describe, expect, it } from "vitest";
import type { District, EnterpriseSize, PositionKind } from "~/generated/prisma/client";
import { indexWords } from "../../search/text";
import type { Client } from "../support/http";
import { useTestApp, type TestAppHandle } from "../support/test-app";
import { asSet, expectSplits, expectTwoPages, queryOf, shownRows } from "./list-params";

// /positions: every query parameter (q, kind, clusterId, district, categoryId, enterpriseSize,
// payAtLeast, sort, page) changes what the page lists, checked against the positions made here,
// filtered and ordered by plain code. A page that ignores any one parameter fails a case below.

const PER_PAGE = 20; // the search page lists 20 positions a page
const COUNT = 26; // more than one page, so page 2 has the last 6

type Made = {
  id: number;
  title: string;
  kind: PositionKind;
  clusterId: number | null;
  district: District | null;
  enterpriseSize: EnterpriseSize;
  categoryIds: number[]; // the position's own categories and its programs' categories
  payValue: number; // payMax, or payMin when there is no max
  publishedAt: number;
};

const KINDS: PositionKind[] = ["JOB", "INTERNSHIP", "APPRENTICESHIP"];
const DISTRICTS: Array<District | null> = ["XINCHENG", "SAIHAN", "YUQUAN", "HUIMIN", null];
const SIZES: EnterpriseSize[] = ["LARGE", "MEDIUM", "SMALL", "SMALL", "MEDIUM", "LARGE", "SMALL"];

/** The test's data, in one place: 26 published positions whose attributes cycle with coprime periods. */
async function makeWorld(t: TestAppHandle) {
  // Load the segmenter's dictionary now, not inside the first position's transaction (5 s limit).
  indexWords("预热");
  const clusterA = await t.make.cluster();
  const clusterB = await t.make.cluster();
  const categoryA = await t.make.category();
  const categoryB = await t.make.category();
  const programCategory = await t.make.category(); // reached only through a program
  const program = await t.make.program({ categoryId: programCategory.id });
  const enterprises = new Map<EnterpriseSize, number>();
  for (const size of new Set(SIZES)) enterprises.set(size, (await t.make.enterprise({ size })).id);
  const base = Date.parse("2026-11-01T02:00:00Z");

  const positions: Made[] = [];
  for (let i = 0; i < COUNT; i++) {
    const size = SIZES[i % 7]!;
    const cluster = [clusterA.id, clusterB.id, null, null][i % 4]!;
    const own = i % 6 === 0 ? [categoryA.id] : i % 6 === 3 ? [categoryB.id] : [];
    const viaProgram = i % 5 === 2;
    // Distinct pay values in no particular order; one position states only a minimum.
    const pay = 2500 + ((i * 11) % COUNT) * 250;
    const onlyMin = i === 3;
    // Published one minute apart, in an order unlike the ids'.
    const publishedAt = base - ((i * 7) % COUNT) * 60_000;
    // Two positions with 茶艺师: in the title of the older one, only in the description of the newer.
    const title = i === 25 ? "茶艺师助理" : i === 24 ? "门店服务员" : i % 4 === 1 ? `钳工学徒${i}号` : `操作岗${i}号`;
    const description = i === 24 ? { description: "兼做茶艺师的工作，负责门店日常。" } : {};
    const kind = KINDS[i % 3]!;
    const { id } = await t.make.position({
      title,
      ...description,
      kind,
      // An internship states its length (the position form requires it) and a minimum age.
      durationMonths: kind === "INTERNSHIP" ? 6 : null,
      minAge: kind === "INTERNSHIP" ? 16 : null,
      enterpriseId: enterprises.get(size)!,
      clusterId: cluster,
      district: DISTRICTS[i % 5],
      payMin: onlyMin ? pay : 2000,
      payMax: onlyMin ? null : pay,
      publishedAt: new Date(publishedAt),
      programIds: viaProgram ? [program.id] : [],
      categoryIds: own,
      indexed: true,
    });
    positions.push({
      id,
      title,
      kind,
      clusterId: cluster,
      district: DISTRICTS[i % 5]!,
      enterpriseSize: size,
      categoryIds: [...own, ...(viaProgram ? [programCategory.id] : [])],
      payValue: pay,
      publishedAt,
    });
  }
  // Not listed: a draft and a closed position with every word and value the cases look for.
  for (const status of ["DRAFT", "CLOSED"] as const) {
    await t.make.position({
      title: `钳工茶艺师${status}`,
      status,
      enterpriseId: enterprises.get("LARGE")!,
      clusterId: clusterA.id,
      district: "XINCHENG",
      payMin: 3000,
      payMax: 4500,
      indexed: true,
    });
  }
  const school = await t.make.school();
  const student = await t.clientFor((await t.make.student({ schoolId: school.id, account: true })).user.id);
  return { positions, student, clusterA, clusterB, categoryA, categoryB, programCategory };
}

type World = Awaited<ReturnType<typeof makeWorld>>;
const t = useTestApp();
let w: World;
let student: Client;
beforeAll(async () => {
  w = await makeWorld(t);
  student = w.student;
});

const newest = (a: Made, b: Made) => b.publishedAt - a.publishedAt || b.id - a.id;
const byPay = (a: Made, b: Made) => b.payValue - a.payValue || newest(a, b);
const ids = (list: Made[]) => list.map((p) => p.id);
const allIds = () => ids(w.positions);

type Case = { name: string; params: (w: World) => Parameters<typeof queryOf>[0]; pick: (p: Made, w: World) => boolean };

const FILTERS: Case[] = [
  { name: "q (a word in titles)", params: () => ({ q: "钳工" }), pick: (p) => p.title.includes("钳工") },
  { name: "kind", params: () => ({ kind: "INTERNSHIP" }), pick: (p) => p.kind === "INTERNSHIP" },
  { name: "kind, two values", params: () => ({ kind: ["JOB", "APPRENTICESHIP"] }), pick: (p) => p.kind !== "INTERNSHIP" },
  { name: "clusterId", params: (w) => ({ clusterId: w.clusterA.id }), pick: (p, w) => p.clusterId === w.clusterA.id },
  {
    name: "clusterId, two values",
    params: (w) => ({ clusterId: [w.clusterA.id, w.clusterB.id] }),
    pick: (p) => p.clusterId !== null,
  },
  { name: "district", params: () => ({ district: "YUQUAN" }), pick: (p) => p.district === "YUQUAN" },
  {
    name: "district, two values",
    params: () => ({ district: ["XINCHENG", "HUIMIN"] }),
    pick: (p) => p.district === "XINCHENG" || p.district === "HUIMIN",
  },
  { name: "categoryId (the position's own)", params: (w) => ({ categoryId: w.categoryA.id }), pick: (p, w) => p.categoryIds.includes(w.categoryA.id) },
  {
    name: "categoryId (through its program)",
    params: (w) => ({ categoryId: w.programCategory.id }),
    pick: (p, w) => p.categoryIds.includes(w.programCategory.id),
  },
  {
    name: "categoryId, two values",
    params: (w) => ({ categoryId: [w.categoryA.id, w.categoryB.id] }),
    pick: (p, w) => p.categoryIds.includes(w.categoryA.id) || p.categoryIds.includes(w.categoryB.id),
  },
  { name: "enterpriseSize", params: () => ({ enterpriseSize: "MEDIUM" }), pick: (p) => p.enterpriseSize === "MEDIUM" },
  {
    name: "enterpriseSize, two values",
    params: () => ({ enterpriseSize: ["LARGE", "MEDIUM"] }),
    pick: (p) => p.enterpriseSize !== "SMALL",
  },
  { name: "payAtLeast", params: () => ({ payAtLeast: 6000 }), pick: (p) => p.payValue >= 6000 },
];

const COMBINED: Array<{ name: string; params: (w: World) => Parameters<typeof queryOf>[0]; parts: [Case, Case] }> = [
  { name: "district and kind", params: () => ({ district: ["XINCHENG", "HUIMIN"], kind: ["JOB", "APPRENTICESHIP"] }), parts: [FILTERS[6]!, FILTERS[2]!] },
  { name: "q and payAtLeast", params: () => ({ q: "钳工", payAtLeast: 6000 }), parts: [FILTERS[0]!, FILTERS[12]!] },
];

describe("/positions query parameters", () => {
  it("with no parameters lists the newest 20 published positions", async () => {
    expect(await shownRows(student, "/positions")).toEqual(ids([...w.positions].sort(newest)).slice(0, PER_PAGE));
  });

  it.each(FILTERS)("$name narrows the list to exactly the matching positions", async ({ name, params, pick }) => {
    const expected = ids(w.positions.filter((p) => pick(p, w)));
    expectSplits(expected, allIds(), PER_PAGE, name);
    expect(asSet(await shownRows(student, `/positions${queryOf(params(w))}`))).toEqual(asSet(expected));
  });

  it.each(COMBINED)("$name together list what both select", async ({ name, params, parts: [a, b] }) => {
    const expected = ids(w.positions.filter((p) => a.pick(p, w) && b.pick(p, w)));
    expectSplits(expected, ids(w.positions.filter((p) => a.pick(p, w))), PER_PAGE, `${name} within ${a.name}`);
    expectSplits(expected, ids(w.positions.filter((p) => b.pick(p, w))), PER_PAGE, `${name} within ${b.name}`);
    expect(asSet(await shownRows(student, `/positions${queryOf(params(w))}`))).toEqual(asSet(expected));
  });

  it("sort=pay lists the best paid first (payMax, or payMin without a max), newest first among equals", async () => {
    const byNewest = ids([...w.positions].sort(newest)).slice(0, PER_PAGE);
    const expected = ids([...w.positions].sort(byPay)).slice(0, PER_PAGE);
    expect(expected, "pay order must differ from the default").not.toEqual(byNewest);
    expect(await shownRows(student, "/positions?sort=pay")).toEqual(expected);
  });

  it("sort=newest with words lists by publication, not by relevance", async () => {
    const tea = w.positions.filter((p) => p.title === "茶艺师助理" || p.title === "门店服务员");
    const [inTitle, inDescription] = [tea.find((p) => p.title === "茶艺师助理")!, tea.find((p) => p.title === "门店服务员")!];
    expect(inDescription.publishedAt, "the description match is the newer").toBeGreaterThan(inTitle.publishedAt);
    const q = encodeURIComponent("茶艺师");
    // Relevance (the default with words): the title match first.
    expect(await shownRows(student, `/positions?q=${q}`)).toEqual([inTitle.id, inDescription.id]);
    expect(await shownRows(student, `/positions?q=${q}&sort=relevance`)).toEqual([inTitle.id, inDescription.id]);
    expect(await shownRows(student, `/positions?q=${q}&sort=newest`)).toEqual([inDescription.id, inTitle.id]);
  });

  it("page=2 lists the positions after the first 20, none of them twice", async () => {
    await expectTwoPages(student, "/positions", ids([...w.positions].sort(newest)), PER_PAGE);
  });

  it("page keeps the sort: page 2 of sort=pay is the rest in pay order", async () => {
    await expectTwoPages(student, "/positions?sort=pay", ids([...w.positions].sort(byPay)), PER_PAGE);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { District, EnterpriseSize, Ownership } from "~/generated/prisma/client";
import { useTestApp, type TestAppHandle } from "../support/test-app";
import { asSet, expectSplits, expectTwoPages, queryOf, shownRows } from "./list-params";

// The directory's lists: /schools (district, ownership; one page) and /enterprises (cluster,
// district, size, page). Each parameter changes what is listed, checked against the organisations
// made here, filtered and ordered by plain code. (/directory and /clusters/:id take no parameters.)

const ENTERPRISES_PER_PAGE = 30;
const NO_PAGING = Number.POSITIVE_INFINITY;

type School = { id: number; district: District; ownership: Ownership };
type Enterprise = { id: number; clusterId: number | null; district: District; size: EnterpriseSize };

const SCHOOL_DISTRICTS: District[] = ["XINCHENG", "SAIHAN", "TOGTOH"];
const OWNERSHIPS: Ownership[] = ["PUBLIC", "PRIVATE"];
const ENTERPRISE_DISTRICTS: District[] = ["SAIHAN", "YUQUAN", "HUIMIN", "ECONOMIC_ZONE"];
const SIZES: EnterpriseSize[] = ["LARGE", "MEDIUM", "SMALL", "MICRO", "SMALL"];

/** The test's data, in one place: 10 schools and 35 enterprises whose attributes cycle with coprime periods. */
async function makeWorld(t: TestAppHandle) {
  const viewer = await t.clientFor((await t.make.user({ role: "BUREAU_ADMIN", organisationId: (await t.make.bureau()).id })).id);
  const schools: School[] = [];
  for (let i = 0; i < 10; i++) {
    const ownership = OWNERSHIPS[i % 2]!;
    const district = SCHOOL_DISTRICTS[i % 3]!;
    const school = await t.make.school({ ownership, district });
    schools.push({ id: school.id, district, ownership });
  }
  const clusters = [await t.make.cluster(), await t.make.cluster()];
  const enterprises: Enterprise[] = [];
  for (let i = 0; i < 35; i++) {
    const clusterId = [clusters[0]!.id, clusters[1]!.id, null][i % 3]!;
    const district = ENTERPRISE_DISTRICTS[i % 4]!;
    const size = SIZES[i % 5]!;
    enterprises.push({ id: (await t.make.enterprise({ clusterId, district, size })).id, clusterId, district, size });
  }
  return { viewer, schools, enterprises, clusters };
}

type World = Awaited<ReturnType<typeof makeWorld>>;
const t = useTestApp();
let w: World;
beforeAll(async () => {
  w = await makeWorld(t);
});

type Case<R> = { name: string; params: (w: World) => Record<string, string | number>; pick: (r: R, w: World) => boolean };
const ids = (list: Array<{ id: number }>) => list.map((r) => r.id);

const SCHOOL_FILTERS: Array<Case<School>> = [
  { name: "district", params: () => ({ district: "SAIHAN" }), pick: (s) => s.district === "SAIHAN" },
  { name: "ownership", params: () => ({ ownership: "PRIVATE" }), pick: (s) => s.ownership === "PRIVATE" },
];

const ENTERPRISE_FILTERS: Array<Case<Enterprise>> = [
  { name: "cluster", params: (w) => ({ cluster: w.clusters[1]!.id }), pick: (e, w) => e.clusterId === w.clusters[1]!.id },
  { name: "district", params: () => ({ district: "HUIMIN" }), pick: (e) => e.district === "HUIMIN" },
  { name: "size", params: () => ({ size: "SMALL" }), pick: (e) => e.size === "SMALL" },
];

describe("/schools query parameters", () => {
  it("with no parameters lists every school", async () => {
    expect(asSet(await shownRows(w.viewer, "/schools"))).toEqual(asSet(ids(w.schools)));
  });

  it.each(SCHOOL_FILTERS)("$name narrows the list to exactly the matching schools", async ({ name, params, pick }) => {
    const expected = ids(w.schools.filter((s) => pick(s, w)));
    expectSplits(expected, ids(w.schools), NO_PAGING, name);
    expect(asSet(await shownRows(w.viewer, `/schools${queryOf(params(w))}`))).toEqual(asSet(expected));
  });

  it("district and ownership together list what both select", async () => {
    const [district, ownership] = [SCHOOL_FILTERS[0]!, SCHOOL_FILTERS[1]!];
    const expected = ids(w.schools.filter((s) => district.pick(s, w) && ownership.pick(s, w)));
    expectSplits(expected, ids(w.schools.filter((s) => district.pick(s, w))), NO_PAGING, "within district");
    expectSplits(expected, ids(w.schools.filter((s) => ownership.pick(s, w))), NO_PAGING, "within ownership");
    const shown = await shownRows(w.viewer, `/schools${queryOf({ ...district.params(w), ...ownership.params(w) })}`);
    expect(asSet(shown)).toEqual(asSet(expected));
  });
});

describe("/enterprises query parameters", () => {
  it.each(ENTERPRISE_FILTERS)("$name narrows the list to exactly the matching enterprises", async ({ name, params, pick }) => {
    const expected = ids(w.enterprises.filter((e) => pick(e, w)));
    expectSplits(expected, ids(w.enterprises), ENTERPRISES_PER_PAGE, name);
    expect(asSet(await shownRows(w.viewer, `/enterprises${queryOf(params(w))}`))).toEqual(asSet(expected));
  });

  it("cluster and size together list what both select", async () => {
    const [cluster, size] = [ENTERPRISE_FILTERS[0]!, ENTERPRISE_FILTERS[2]!];
    const expected = ids(w.enterprises.filter((e) => cluster.pick(e, w) && size.pick(e, w)));
    expectSplits(expected, ids(w.enterprises.filter((e) => cluster.pick(e, w))), ENTERPRISES_PER_PAGE, "within cluster");
    expectSplits(expected, ids(w.enterprises.filter((e) => size.pick(e, w))), ENTERPRISES_PER_PAGE, "within size");
    const shown = await shownRows(w.viewer, `/enterprises${queryOf({ ...cluster.params(w), ...size.params(w) })}`);
    expect(asSet(shown)).toEqual(asSet(expected));
  });

  it("page=2 lists the enterprises after the first 30, in the order they joined, none of them twice", async () => {
    await expectTwoPages(w.viewer, "/enterprises", ids(w.enterprises).sort((a, b) => a - b), ENTERPRISES_PER_PAGE);
  });
});

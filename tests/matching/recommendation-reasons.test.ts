import { beforeAll, describe, expect, it } from "vitest";
import { currentCohort } from "~/features/applications/eligibility";
import type { DISTRICTS } from "~/lib/districts";
import { useApplicationWorld } from "../support/application-world";
import { dayFromToday } from "../support/dates";

// Issue 9, item 9: a reason is a fact about the position it stands beside, not the same lines on
// every card. Positions made by the factories for one program, each different in one way; the
// expected facts are typed from each position's own columns.

const w = useApplicationWorld();
type Spec = { district?: (typeof DISTRICTS)[number]; payMin?: number; payMax?: number; headcount?: number; deadline?: string; fact: string };
const specs: Record<string, Spec> = {
  nearSchool: { district: "XINCHENG", fact: "新城区" }, // the world's school is in 新城区
  county: { district: "WUCHUAN", fact: "武川县，离学校较远" },
  wellPaid: { payMin: 6000, payMax: 7000, fact: "月薪约 6500 元，高于本专业岗位中位数 4500 元" },
  poorlyPaid: { payMin: 3000, payMax: 3000, fact: "月薪约 3000 元，低于本专业岗位中位数 4500 元" },
  median: { payMin: 4000, payMax: 5000, fact: "月薪约 4500 元，与本专业岗位中位数持平" },
  closingSoon: { deadline: dayFromToday(3), fact: `3 天后报名截止（${dayFromToday(3)}）` },
  manySeats: { headcount: 12, fact: "还剩 12 个名额" },
};
const ids: Record<string, number> = {};

beforeAll(async () => {
  for (const [name, { fact: _fact, ...columns }] of Object.entries(specs)) {
    ids[name] = (await w.make.position({ enterpriseId: w.enterprise.id, title: `岗位-${name}`, kind: "JOB", programIds: [w.program.id], ...columns })).id;
  }
});

describe("recommendation reasons", () => {
  it("differ between positions and each names a fact of its own position", async () => {
    const who = await w.student({ cohortYear: currentCohort(dayFromToday(0)) - 1 });
    const html = await (await who.client.get("/recommended")).text();
    const reasons = new Map(
      [...html.matchAll(/href="\/positions\/(\d+)".*?推荐理由：([^<]*)</gs)].map((m) => [Number(m[1]), m[2]!]),
    );
    expect(reasons.size).toBe(Object.keys(specs).length);
    expect(new Set(reasons.values()).size).toBeGreaterThan(1);
    for (const [name, spec] of Object.entries(specs)) {
      expect(reasons.get(ids[name]!), name).toContain(spec.fact);
      // …and no other card claims that fact.
      const others = [...reasons.entries()].filter(([id]) => id !== ids[name]).map(([, text]) => text);
      expect(others.filter((text) => text.includes(spec.fact)), name).toEqual([]);
    }
  });
});

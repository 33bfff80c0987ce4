import { dayFromToday } from "./dates";

// Form bodies as a browser posts them, and what a successful post answers.

export type FormBody = Record<string, string | string[]>;

/** A complete, valid apprenticeship seat for the position form; override any field. */
export function validPositionForm(overrides: FormBody = {}): FormBody {
  return {
    intent: "create",
    title: "中式烹调学徒",
    kind: "APPRENTICESHIP",
    description: "在企业师傅带领下学习中式热菜烹调，轮岗切配、打荷、炉灶。",
    headcount: "3",
    district: "SAIHAN",
    address: "呼和浩特市赛罕区昭乌达路 1 号",
    payMin: "3000",
    payMax: "4500",
    startDate: dayFromToday(60),
    durationMonths: "24",
    minAge: "16",
    wantedCertificates: "中式烹调师（初级）\n食品安全知识培训合格证",
    contact: "0471-6660000",
    deadline: dayFromToday(30),
    ...overrides,
  };
}

/** Where a successful position create/edit redirected to, and the position id in it. */
export function positionIdOf(response: Response): number {
  const location = response.headers.get("location") ?? "";
  const match = /^\/enterprise\/positions\/(\d+)\/edit/.exec(location);
  if (!match) throw new Error(`expected a redirect to the edit page, got ${response.status} ${location}`);
  return Number(match[1]);
}

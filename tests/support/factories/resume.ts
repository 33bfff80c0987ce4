import type { Prisma } from "~/generated/prisma/client";
import { next, type FactoryContext } from "./context";
import { student } from "./student";

// A student's résumé (学生简历), of a new student unless `studentId` is given: a short 自我介绍 and
// 技能, and a mobile number unique to the record (139 0000 nnnn). Traits: `contact: "wechat"` gives
// a WeChat id instead of the phone, `contact: "both"` gives both; `full: true` also fills 证书 and
// 实习与经历.

export type ResumeTraits = Partial<Prisma.ResumeUncheckedCreateInput> & {
  contact?: "phone" | "wechat" | "both";
  full?: boolean;
};

export async function resume(ctx: FactoryContext, traits: ResumeTraits = {}) {
  const n = next();
  const { contact = "phone", full = false, ...columns } = traits;
  const studentId = columns.studentId ?? (await student(ctx)).id;
  const phone = contact === "wechat" ? null : `1390000${String(n % 10_000).padStart(4, "0")}`;
  const wechat = contact === "phone" ? null : `qc_student${n}`;
  return ctx.db.prisma.resume.create({
    data: {
      intro: `热爱烹饪，做事认真（简历${n}）`,
      skills: "中式热菜、刀工",
      certificates: full ? "中式烹调师（初级）" : null,
      experience: full ? "某酒店后厨 · 2025年7月—8月 · 切配与打荷" : null,
      phone,
      wechat,
      ...columns,
      studentId,
    },
  });
}

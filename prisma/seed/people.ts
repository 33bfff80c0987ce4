import type { Random } from "../../shared/prng";

// Made-up people: every name starts with 示例· and every phone number has the 0000 block, so no
// demo record can be mistaken for, or collide with, a real person.

export const SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐韩冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文".split("");
const GIVEN_CHARS = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉兰萍鹏辉建宇浩欣怡轩涵诺远彤琪博嘉晨阳峰婷东".split("");
const GIVEN_NAMES = "子轩 梓涵 一诺 思远 雨彤 佳琪 俊杰 文博 嘉怡 晨阳 海峰 志强 雅婷 晓东 欣然 浩宇".split(" ");
/** Mongolian names go without a Han surname, as they usually do. */
const MONGOLIAN_NAMES = "巴特尔 乌兰 其其格 苏日娜 额尔敦 敖登 格日勒 阿拉坦 娜仁 朝鲁".split(" ");
/** Share of girls by category: nursing and preschool are mostly girls, the trades mostly boys. */
export const FEMALE_SHARE: Partial<Record<string, number>> = { "72": 0.85, "77": 0.9, "75": 0.7, "74": 0.5, "73": 0.6, "70": 0.1, "66": 0.1, "63": 0.1, "64": 0.15 };

export function personName(random: Random): string {
  if (random.chance(0.1)) return `示例·${random.pick(MONGOLIAN_NAMES)}`;
  const given = random.chance(0.3)
    ? random.pick(GIVEN_NAMES)
    : random.pick(GIVEN_CHARS) + (random.chance(0.6) ? random.pick(GIVEN_CHARS) : "");
  return `示例·${random.pick(SURNAMES)}${given}`;
}

/** 1xx-0000-xxxx: the 0000 block marks the number as made up. */
export function fakePhone(random: Random): string | null {
  if (random.chance(0.3)) return null;
  return `1${random.int(3, 9)}${random.int(0, 9)}-0000-${String(random.int(0, 9999)).padStart(4, "0")}`;
}

/** 中职 students start at about 15–16: born between 1 Sep (cohort−16) and 31 Aug (cohort−15). */
export function birthDate(cohortYear: number, random: Random): Date {
  return new Date(Date.UTC(cohortYear - 16, 8, 1) + random.int(0, 364) * 86_400_000);
}

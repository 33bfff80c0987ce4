import { describe, expect, it } from "vitest";
import { DestinationFormSchema } from "~/features/destinations/destination-schema";
import { useDestinationRows } from "../import/destination-rows";

// break21: 单位所在市 as schools write it — the province typed again in front (陕西省西安市, 内蒙古包头市), a
// league without its 盟 (锡林郭勒, 锡盟). Before: 陕西省西安市 under 内蒙古 was stored as typed and judged by
// no rule, so 附表1 row 5 (secured in 内蒙古) counted a graduate working in Xi'an; 锡林郭勒 became
// 锡林郭勒市 (no such city) and escaped the known-city check under 北京.

const w = useDestinationRows();
const check = w.checkPlaces;

describe("a province named in front of the city", () => {
  it("another province in front is refused, row by row, in Chinese", async () => {
    const checked = await check(
      [
        ["内蒙古", "陕西省西安市"],
        ["内蒙古自治区", "河北省廊坊市"], // 廊坊 is no city the platform knows: the province in front says it
        ["北京", "内蒙古包头市"],
        ["内蒙古", "北京朝阳区"],
        ["内蒙古", "吉林省长春市"],
      ],
      "21p",
    );
    expect(checked.errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, "单位所在市", "陕西省西安市位于陕西省，请核对单位所在省"],
      [3, "单位所在市", "河北省廊坊市位于河北省，请核对单位所在省"],
      [4, "单位所在市", "内蒙古包头市位于内蒙古自治区，请核对单位所在省"],
      [5, "单位所在市", "北京朝阳区位于北京市，请核对单位所在省"],
      [6, "单位所在市", "吉林省长春市位于吉林省，请核对单位所在省"],
    ]);
  });

  it("the same province in front is dropped (the column is the city); a municipality keeps its name; 附表1 row 5 counts them", async () => {
    const checked = await check(
      [
        ["内蒙古", "内蒙古包头市"],
        ["内蒙古自治区", "内蒙古自治区鄂尔多斯市东胜区"],
        ["内蒙古", "内蒙古赛罕区"],
        ["陕西", "陕西省西安市"],
        ["陕西省", "陕西西安"],
        ["广西", "广西自治区南宁市"],
        ["北京", "北京市朝阳区"],
        ["吉林", "吉林市"],
        ["吉林", "吉林市昌邑区"], // 吉林市 with a district: the 吉林 in front is the city's own name
        ["内蒙古", "乌海市海南区"],
        ["内蒙古", "海南区"], // Wuhai's district: the short 海南 is no province in front
        ["天津", "河北区"], // Tianjin's district, not 河北省
      ],
      "21q",
    );
    expect(checked.errors).toEqual([]);
    expect(checked.destinations.map((d) => d.destination.employerCity)).toEqual([
      "包头市", "鄂尔多斯市东胜区", "呼和浩特市", "西安市", "西安市", "南宁市", "北京市朝阳区", "吉林市", "吉林市昌邑区", "乌海市海南区", "海南区", "河北区",
    ]);
    const report = await w.report(checked);
    const value = (table: string, row: string) => report.figures.find((f) => f.table === table && f.row === row)!.value;
    // 12 graduates, all employed; in 内蒙古: 包头, 鄂尔多斯, 呼和浩特, 乌海, 海南区 = 5 of 12 = 41.67 %; Hohhot
    // (A) 1; west or northeast outside Hohhot (B): 包头, 鄂尔多斯, 西安 ×2, 南宁, 吉林 ×2, 乌海, 海南区 = 9.
    expect(value("附表1", "5")).toBe(41.67);
    expect([value("附表3", "1"), value("附表3", "A"), value("附表3", "B")]).toEqual([12, 1, 9]);
  });
});

describe("Inner Mongolia's leagues written without 盟", () => {
  it("锡林郭勒 / 锡盟 / 阿拉善 under 内蒙古 are stored as the league; 兴安 too, but only under 内蒙古", async () => {
    const checked = await check(
      [
        ["内蒙古", "锡林郭勒"],
        ["内蒙古", "锡盟"],
        ["内蒙古", "阿拉善"],
        ["内蒙古", "兴安"],
      ],
      "21r",
    );
    expect(checked.errors).toEqual([]);
    expect(checked.destinations.map((d) => d.destination.employerCity)).toEqual(["锡林郭勒盟", "锡林郭勒盟", "阿拉善盟", "兴安盟"]);
  });

  it("锡林郭勒 under 北京 is refused like 包头 under 北京 (the form and the import alike); 兴安 under 广西 is 广西's", async () => {
    const checked = await check([["北京", "锡林郭勒"], ["广西", "兴安"]], "21s");
    expect(checked.errors.map((e) => [e.row, e.column, e.message])).toEqual([[2, "单位所在市", "锡林郭勒盟位于内蒙古自治区，请核对单位所在省"]]);
    const form = (employerProvince: string, employerCity: string) =>
      DestinationFormSchema.safeParse({ kind: "EMPLOYED_CONTRACT", employerName: "某公司", employerProvince, employerCity }).error?.issues.map((i) => i.message) ?? [];
    expect(form("北京市", "阿拉善")).toEqual(["阿拉善盟位于内蒙古自治区，请核对单位所在省"]);
    expect(form("内蒙古", "陕西省西安市")).toEqual(["陕西省西安市位于陕西省，请核对单位所在省"]);
    expect(form("内蒙古", "阿拉善")).toEqual([]);
  });
});

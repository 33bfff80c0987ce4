import { FactList } from "~/components/facts";
import { deadlineText, named, placeText, present } from "~/lib/facts";
import { DISTRICT_LABEL, SIZE_LABEL } from "~/lib/labels";
import { payRange, POSITION_KIND_LABEL } from "~/lib/position-labels";
import { storedCity } from "~/lib/work-city";

type Facts = {
  kind: string;
  enterpriseSize: string | null;
  cluster: { name: string } | null;
  headcount: number;
  city: string | null;
  district: string | null;
  address: string | null;
  payMin: number | null;
  payMax: number | null;
  startDate: string | null;
  durationMonths: number | null;
  minAge: number | null;
  programs: string[];
  categories: string[];
  wantedCertificates: string[];
  contact: string | null;
  deadline: string | null;
};

/** A position's facts; those it does not state are left out (no "—"), and no deadline reads 长期有效 (issue 9 item 9). */
export function PositionFacts({ position: p }: { position: Facts }) {
  return (
    <FactList
      facts={[
        { label: "岗位类型", value: named(POSITION_KIND_LABEL, p.kind) },
        { label: "月薪", value: payRange(p.payMin, p.payMax) },
        { label: "招收人数", value: present(p.headcount) },
        // 工作城市 only outside Hohhot (docs/decisions/0010): every other position is in 呼和浩特市.
        { label: "工作城市", value: storedCity(p.city) },
        { label: "工作地点", value: placeText(named(DISTRICT_LABEL, p.district), p.address) },
        { label: "产业集群", value: present(p.cluster?.name) },
        { label: "企业规模", value: named(SIZE_LABEL, p.enterpriseSize) },
        { label: "面向专业", value: present([...p.programs, ...p.categories].join("、")) },
        { label: "到岗日期", value: present(p.startDate) },
        { label: "时长", value: p.durationMonths ? `${p.durationMonths} 个月` : null },
        { label: "最低年龄", value: p.minAge ? `${p.minAge} 周岁` : null },
        { label: "证书要求", value: present(p.wantedCertificates.join("、")) },
        { label: "联系方式", value: present(p.contact) },
        { label: "报名截止", value: deadlineText(p.deadline) },
      ]}
    />
  );
}

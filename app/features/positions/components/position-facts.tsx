import { DISTRICT_LABEL, label, SIZE_LABEL } from "~/lib/labels";
import { payRange, POSITION_KIND_LABEL } from "~/lib/position-labels";

type Facts = {
  kind: string;
  enterpriseSize: string | null;
  cluster: { name: string } | null;
  headcount: number;
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

const orDash = (value: string | number | null | undefined) => (value == null || value === "" ? "—" : String(value));

export function PositionFacts({ position: p }: { position: Facts }) {
  return (
    <dl className="facts">
      <dt>岗位类型</dt>
      <dd>{label(POSITION_KIND_LABEL, p.kind)}</dd>
      <dt>月薪</dt>
      <dd>{payRange(p.payMin, p.payMax)}</dd>
      <dt>招收人数</dt>
      <dd>{p.headcount}</dd>
      <dt>工作地点</dt>
      <dd>{[label(DISTRICT_LABEL, p.district), p.address].filter((v) => v && v !== "—").join(" ") || "—"}</dd>
      <dt>产业集群</dt>
      <dd>{orDash(p.cluster?.name)}</dd>
      <dt>企业规模</dt>
      <dd>{label(SIZE_LABEL, p.enterpriseSize)}</dd>
      <dt>面向专业</dt>
      <dd>{orDash([...p.programs, ...p.categories].join("、"))}</dd>
      <dt>到岗日期</dt>
      <dd>{orDash(p.startDate)}</dd>
      <dt>时长</dt>
      <dd>{p.durationMonths ? `${p.durationMonths} 个月` : "—"}</dd>
      <dt>最低年龄</dt>
      <dd>{p.minAge ? `${p.minAge} 周岁` : "—"}</dd>
      <dt>证书要求</dt>
      <dd>{orDash(p.wantedCertificates.join("、"))}</dd>
      <dt>联系方式</dt>
      <dd>{orDash(p.contact)}</dd>
      <dt>报名截止</dt>
      <dd>{orDash(p.deadline)}</dd>
    </dl>
  );
}

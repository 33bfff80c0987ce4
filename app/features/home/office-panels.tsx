import type { HomeOf } from "./home.server";
import { NextSteps, Stat } from "./stat";
import { TodoPanel } from "./todo-panel";

export function BureauPanel({ home }: { home: HomeOf<"BUREAU_ADMIN"> }) {
  const f = home.figures;
  return (
    <>
      <TodoPanel title="本周动态" todos={home.todos} empty="近 7 天没有新发布的岗位、新申请或新的录用。" />
      <section className="card">
        <h1>全市中职教育概况</h1>
        <NextSteps links={[["/bureau/positions", "岗位与申请统计"], ["/directory", "产业集群"], ["/schools", "学校名录"], ["/enterprises", "企业名录"]]} />
      </section>
      <div className="grid">
        <Stat value={f.publicSchools} label="公办中职学校" />
        <Stat value={f.privateSchools} label="民办中职学校" />
        <Stat value={f.enrolled} label="在校生" />
        <Stat value={f.graduates} label={`${home.graduationYear}届毕业生`} />
        <Stat value={f.fullTimeTeachers} label="专任教师" />
        <Stat value={f.dualTeachers} label="双师型教师" />
        <Stat value={f.enterprises} label="合作企业" />
        <Stat value={f.activeAgreements} label="有效校企合作协议" />
      </div>
    </>
  );
}

export function SchoolPanel({ home }: { home: HomeOf<"SCHOOL_STAFF"> }) {
  const id = home.school.id;
  return (
    <>
      <TodoPanel title="待跟进" todos={home.todos} empty="目前没有学生持有录用通知或面试邀请。" />
      <section className="card">
        <h1>{home.school.name}</h1>
        <NextSteps
          links={[
            [`/schools/${id}/students`, "本校学生"],
            ["/school/applications", "学生申请"],
            [`/organisations/${id}/edit`, "编辑学校资料"],
            [`/schools/${id}`, "学校详情"],
          ]}
        />
      </section>
      <div className="grid">
        <Stat value={home.enrolled} label="在校生" />
        {home.byCohort.map((c) => (
          <Stat key={c.cohortYear} value={c.enrolled} label={`${c.cohortYear}级在校生`} />
        ))}
        <Stat value={home.programs.length} label="开设专业" />
        <Stat value={home.fullTimeTeachers} label="专任教师" />
        <Stat value={home.dualTeachers} label="双师型教师" />
      </div>
      <section className="card">
        <h2>开设专业</h2>
        {home.programs.length === 0 ? <p className="muted">尚未登记专业。</p> : <p>{home.programs.join("、")}</p>}
      </section>
    </>
  );
}

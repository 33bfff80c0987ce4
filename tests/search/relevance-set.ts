import type { PositionQuery } from "../../search/engine";

// Queries people of this field type, and what a good answer holds: written from the meaning of the
// words and of the demo data (prisma/seed/demo-positions.ts), not from any engine's output. A
// position is relevant when `relevant` says so; the test checks how many of the first ten results
// are relevant, against how many could be (recall@10 = |top 10 ∩ relevant| / min(10, |relevant|)).

export type DemoPosition = { id: number; title: string; kind: string; enterprise: string; programs: string; description: string };
export type RelevanceCase = { query: PositionQuery; relevant: (p: DemoPosition) => boolean };

const title = (re: RegExp) => (p: DemoPosition) => re.test(p.title);
const HOTELS = /饭店|酒店|大厦|香格里拉/;

export const RELEVANCE_SET: RelevanceCase[] = [
  // 烹饪: the cooks, whichever word is typed
  { query: { q: "厨师" }, relevant: title(/厨师|炒锅|烹饪|烹调/) },
  { query: { q: "烹饪" }, relevant: title(/厨师|炒锅|烹饪|烹调/) },
  { query: { q: "中餐厨师" }, relevant: title(/(中餐|热菜|炒锅|凉菜|蒙餐).*厨师/) },
  { query: { q: "西餐" }, relevant: title(/西餐|西式|扒房/) },
  { query: { q: "面点师" }, relevant: title(/面点师/) },
  { query: { q: "面点学徒" }, relevant: (p) => p.kind === "APPRENTICESHIP" && /面点|西点|烘焙|莜面/.test(p.title) },
  { query: { q: "西贝 莜面" }, relevant: (p) => p.enterprise.includes("西贝") && /莜面/.test(p.title + p.description) },
  { query: { q: "香格里拉 西餐" }, relevant: (p) => p.enterprise.includes("香格里拉") && /西餐|西式|扒房/.test(p.title) },
  { query: { q: "储备店长" }, relevant: title(/储备店长/) },
  { query: { q: "巨华 厨师" }, relevant: (p) => p.enterprise.includes("巨华") && /厨师|炒锅|烹饪|烹调/.test(p.title) },
  // 旅游、酒店
  { query: { q: "前台" }, relevant: title(/前台|前厅/) },
  { query: { q: "客房服务员" }, relevant: title(/客房服务员/) },
  { query: { q: "导游" }, relevant: title(/导游|讲解员/) },
  { query: { q: "旅游计调" }, relevant: title(/计调/) },
  { query: { q: "调酒师" }, relevant: title(/调酒/) },
  { query: { q: "咖啡师" }, relevant: title(/咖啡/) },
  { query: { q: "酒店实习" }, relevant: (p) => p.kind === "INTERNSHIP" && HOTELS.test(p.enterprise) },
  { query: { q: "幼师" }, relevant: title(/保育|幼儿|亲子/) },
  // 财会、商贸
  { query: { q: "会计" }, relevant: title(/会计|出纳|财务/) },
  { query: { q: "出纳" }, relevant: title(/出纳/) },
  { query: { q: "收银" }, relevant: title(/收银/) },
  { query: { q: "电商" }, relevant: title(/电商|网店|直播/) },
  { query: { q: "电子商务" }, relevant: title(/电商|网店|直播/) },
  { query: { q: "新媒体运营" }, relevant: title(/新媒体/) },
  // 计算机、工美设计
  { query: { q: "运维" }, relevant: title(/运维|网络管理员|信息系统维护员/) },
  { query: { q: "软件测试" }, relevant: title(/软件测试/) },
  { query: { q: "平面设计" }, relevant: title(/平面设计|美工|UI设计/) },
  { query: { q: "室内设计" }, relevant: title(/室内设计/) },
  { query: { q: "CAD制图" }, relevant: title(/CAD/) },
  // 机电、装备制造
  { query: { q: "电工" }, relevant: title(/电工/) },
  { query: { q: "焊工" }, relevant: title(/焊/) },
  { query: { q: "数控车工" }, relevant: title(/数控车工/) },
  { query: { q: "工业机器人" }, relevant: title(/机器人|自动化产线/) },
  { query: { q: "汽修" }, relevant: title(/(汽车|车辆).*(维修|修理)/) },
  // 清洁能源、化工、电子信息
  { query: { q: "光伏" }, relevant: title(/光伏/) },
  { query: { q: "单晶" }, relevant: title(/单晶|拉晶|硅片/) }, // the mono-silicon works: pulling, wafers
  { query: { q: "发电运行值班" }, relevant: (p) => p.enterprise.includes("发电") && /运行值班/.test(p.title) },
  { query: { q: "化工操作工" }, relevant: title(/化工操作工/) },
  { query: { q: "电子装配" }, relevant: title(/电子装配/) },
  // 医药卫生、测绘
  { query: { q: "护士" }, relevant: title(/护士|护理/) },
  { query: { q: "养老护理" }, relevant: title(/养老/) },
  { query: { q: "康复" }, relevant: title(/康复/) },
  { query: { q: "药剂" }, relevant: title(/药/) },
  { query: { q: "测绘" }, relevant: title(/测绘|测量|航测|地理信息/) },
  { query: { q: "无人机" }, relevant: title(/无人机|航测/) },
];

import type { PositionQuery } from "../../search/engine";

// Queries people of this field type, and what a good answer holds: written from the meaning of the
// words and of the demo data (prisma/seed/demo-positions.ts), not from any engine's output. A
// position is relevant when `relevant` says so; the test checks how many of the first ten results
// are relevant, against how many could be (recall@10 = |top 10 ∩ relevant| / min(10, |relevant|)).

export type DemoPosition = {
  id: number;
  title: string;
  kind: string;
  enterprise: string;
  programs: string;
  description: string;
  district: string | null;
  certificates: string;
};
/**
 * `cls`: the class of issue 10 the query stands for (1 symbols, 2 traditional characters, 3 a word
 * inside a longer word, 4 everyday phrasing, 5 exclusions, 6 fields of the card, 7 the page's own
 * reading of the URL, 8 pinyin); 0 is the set from before the issue. `url` (class 7): the query is
 * read from this query string the way the search page reads it (sort default included). `best`: the
 * one right answer, which should come first (MRR).
 */
export type RelevanceCase = {
  cls: number;
  query: PositionQuery;
  url?: string;
  relevant: (p: DemoPosition) => boolean;
  best?: (p: DemoPosition) => boolean;
};

const title = (re: RegExp) => (p: DemoPosition) => re.test(p.title);
const HOTELS = /饭店|酒店|大厦|香格里拉/;

const BEFORE_ISSUE_10: Omit<RelevanceCase, "cls">[] = [
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

const CHEF = /厨师|炒锅|烹饪|烹调|西餐热厨|西式冷厨/;
const chef = title(CHEF);
const q = (text: string) => ({ q: text });
const exact = (name: string) => (p: DemoPosition) => p.title === name;

/**
 * Positions the demo data lacks and the classes need, posted in the test through the enterprise's
 * form (the same service every enterprise uses): symbols (class 1) and a few benefit phrasings (class 3).
 */
export const ADDED_POSITIONS: { title: string; kind: "JOB" | "INTERNSHIP" | "APPRENTICESHIP"; description: string }[] = [
  { title: "C#/.NET开发实习生", kind: "INTERNSHIP", description: "参与C#与.NET后台开发，编写单元测试。包吃包住。" },
  { title: "C++嵌入式开发助理", kind: "JOB", description: "协助C++嵌入式软件开发与调试，提供食宿。" },
  { title: "5G基站维护员", kind: "JOB", description: "负责5G基站巡检与故障处理，五险一金，周末双休。" },
  { title: "3D建模师", kind: "JOB", description: "使用3D软件完成产品建模与渲染，包食宿。" },
  { title: "B2B销售代表", kind: "JOB", description: "开拓B2B企业客户，维护渠道关系，双休。" },
  { title: "1+X证书培训助理", kind: "JOB", description: "协助学校组织1+X职业技能等级证书培训与考核。" },
];

const ISSUE_10: RelevanceCase[] = [
  // 1. symbols that are part of a word (search-index's branch)
  { cls: 1, query: q("C#"), relevant: title(/C#/), best: title(/C#/) },
  { cls: 1, query: q("C++"), relevant: title(/C\+\+/), best: title(/C\+\+/) },
  { cls: 1, query: q(".NET"), relevant: title(/\.NET/), best: title(/\.NET/) },
  { cls: 1, query: q("5G"), relevant: title(/5G/), best: title(/5G/) },
  { cls: 1, query: q("3D建模"), relevant: title(/3D/), best: title(/3D/) },
  { cls: 1, query: q("B2B"), relevant: title(/B2B/), best: title(/B2B/) },
  { cls: 1, query: q("1+X"), relevant: (p) => /1\+X/.test(p.title + p.description + p.certificates) },
  { cls: 1, query: q("C++开发"), relevant: title(/C\+\+/), best: title(/C\+\+/) },
  // 2. traditional characters (search-index's branch)
  { cls: 2, query: q("會計"), relevant: title(/会计|出纳|财务/) },
  { cls: 2, query: q("出納"), relevant: title(/出纳/) },
  { cls: 2, query: q("電工"), relevant: title(/电工/) },
  { cls: 2, query: q("財會"), relevant: title(/会计|出纳|财务/) },
  { cls: 2, query: q("廚師"), relevant: chef },
  { cls: 2, query: q("護士"), relevant: title(/护士|护理/) },
  { cls: 2, query: q("導遊"), relevant: title(/导游|讲解员/) },
  { cls: 2, query: q("電商運營"), relevant: title(/电商|网店|直播/) },
  // 3. a word inside a longer word; benefit phrasings (search-index's branch)
  { cls: 3, query: q("吃住"), relevant: (p) => /包吃住|包吃包住|包食宿|提供食宿/.test(p.description) },
  { cls: 3, query: q("包吃包住"), relevant: (p) => /包吃住|包吃包住|包食宿|提供食宿/.test(p.description) },
  { cls: 3, query: q("包食宿"), relevant: (p) => /包吃住|包吃包住|包食宿|提供食宿/.test(p.description) },
  { cls: 3, query: q("厨"), relevant: title(/厨/) },
  { cls: 3, query: q("热厨"), relevant: title(/热厨/) },
  { cls: 3, query: q("冷厨"), relevant: title(/冷厨/) },
  { cls: 3, query: q("社保"), relevant: (p) => /五险一金|社保/.test(p.description) },
  { cls: 3, query: q("双休"), relevant: (p) => /双休/.test(p.description) },
  { cls: 3, query: q("维修技师"), relevant: title(/维修技师/) },
  // 4. everyday phrasing: filler left out, words relaxed from the end (this branch)
  { cls: 4, query: q("找厨师"), relevant: chef },
  { cls: 4, query: q("求职厨师"), relevant: chef },
  { cls: 4, query: q("有没有厨师"), relevant: chef },
  { cls: 4, query: q("我想找一份厨师的工作"), relevant: chef },
  { cls: 4, query: q("厨师职位"), relevant: chef },
  { cls: 4, query: q("ui设计师"), relevant: title(/UI设计/), best: title(/UI设计/) },
  { cls: 4, query: q("找会计"), relevant: title(/会计|出纳|财务/), best: exact("会计") },
  { cls: 4, query: q("求职护士"), relevant: title(/护士|护理/) },
  { cls: 4, query: q("有没有电工的工作"), relevant: title(/电工/) },
  { cls: 4, query: q("我想找一份导游的工作"), relevant: title(/导游|讲解员/) },
  { cls: 4, query: q("焊工岗位"), relevant: title(/焊/) },
  { cls: 4, query: q("招聘收银员"), relevant: title(/收银/) },
  { cls: 4, query: q("请问有咖啡师吗"), relevant: title(/咖啡/) },
  { cls: 4, query: q("找个幼师工作"), relevant: title(/保育|幼儿|亲子/) },
  { cls: 4, query: q("出纳职位"), relevant: title(/出纳/) },
  { cls: 4, query: q("应聘前台"), relevant: title(/前台|前厅/) },
  { cls: 4, query: q("想找调酒师"), relevant: title(/调酒/) },
  { cls: 4, query: q("厨师 飞行员"), relevant: chef },
  { cls: 4, query: q("会计 宇航员"), relevant: title(/会计|出纳|财务/) },
  { cls: 4, query: q("护士 潜水员"), relevant: title(/护士|护理/) },
  { cls: 4, query: q("UI设计"), relevant: title(/UI设计/) },
  // 5. "-word" excludes (this branch)
  { cls: 5, query: q("厨师 -实习"), relevant: (p) => chef(p) && !/实习/.test(p.title + p.description) },
  { cls: 5, query: q("会计 -实习"), relevant: (p) => /会计|出纳|财务/.test(p.title) && !/实习/.test(p.title + p.description) },
  { cls: 5, query: q("厨师 -学徒"), relevant: (p) => chef(p) && !/学徒/.test(p.title + p.description) },
  { cls: 5, query: q("护士 -实习"), relevant: (p) => /护士|护理/.test(p.title) && !/实习/.test(p.title + p.description) },
  { cls: 5, query: q("电工 -学徒"), relevant: (p) => /电工/.test(p.title) && !/学徒/.test(p.title + p.description) },
  { cls: 5, query: q("导游 -实习"), relevant: (p) => /导游|讲解员/.test(p.title) && !/实习/.test(p.title + p.description) },
  { cls: 5, query: q("西餐 -香格里拉"), relevant: (p) => /西餐|西式|扒房/.test(p.title) && !p.enterprise.includes("香格里拉") },
  { cls: 5, query: q("导游 -讲解员"), relevant: (p) => /导游/.test(p.title) && !/讲解员/.test(p.title + p.description) },
  // 6. fields of the card: certificates, kind, district, the city's short name (search-index's branch)
  { cls: 6, query: q("电工证"), relevant: (p) => /电工/.test(p.certificates) },
  { cls: 6, query: q("低压电工"), relevant: (p) => /低压电工/.test(p.certificates) },
  { cls: 6, query: q("健康证"), relevant: (p) => /健康证/.test(p.certificates) },
  { cls: 6, query: q("就业岗位"), relevant: (p) => p.kind === "JOB" },
  { cls: 6, query: q("学徒"), relevant: (p) => p.kind === "APPRENTICESHIP" },
  { cls: 6, query: q("新城区"), relevant: (p) => p.district === "XINCHENG" },
  { cls: 6, query: q("赛罕区厨师"), relevant: (p) => p.district === "SAIHAN" && chef(p) },
  { cls: 6, query: q("呼市 厨师"), relevant: chef },
  { cls: 6, query: q("导游资格证"), relevant: (p) => /导游资格证/.test(p.certificates) },
  // 7. the page's reading of the URL: a query sorts by relevance unless an order is picked (this branch)
  { cls: 7, query: {}, url: "?q=会计&sort=", relevant: title(/会计/), best: exact("会计") },
  { cls: 7, query: {}, url: "?q=厨师&sort=", relevant: chef },
  { cls: 7, query: {}, url: "?q=护士&sort=", relevant: title(/护士|护理/), best: exact("护士") },
  { cls: 7, query: {}, url: "?q=电工&sort=", relevant: title(/电工/), best: exact("电工") },
  { cls: 7, query: {}, url: "?q=导游&sort=", relevant: title(/导游|讲解员/) },
  { cls: 7, query: {}, url: "?q=出纳", relevant: title(/出纳/) },
  { cls: 7, query: {}, url: "?q=西餐&sort=", relevant: title(/西餐|西式|扒房/) },
  { cls: 7, query: {}, url: "?q=收银员&sort=", relevant: title(/收银/), best: exact("收银员") },
  // 8. pinyin, full and initials, below character matches (search-index's branch)
  { cls: 8, query: q("chushi"), relevant: chef },
  { cls: 8, query: q("cs"), relevant: chef },
  { cls: 8, query: q("kuaiji"), relevant: title(/会计/) },
  { cls: 8, query: q("hushi"), relevant: title(/护士/) },
  { cls: 8, query: q("daoyou"), relevant: title(/导游/) },
  { cls: 8, query: q("dianshang"), relevant: title(/电商/) },
  { cls: 8, query: q("diangong"), relevant: title(/电工/) },
  { cls: 8, query: q("xican"), relevant: title(/西餐/) },
  { cls: 8, query: q("guangfu"), relevant: title(/光伏/) },
  { cls: 8, query: q("xibei"), relevant: (p) => p.enterprise.includes("西贝") },
];

export const RELEVANCE_SET: RelevanceCase[] = [...BEFORE_ISSUE_10.map((c) => ({ cls: 0, ...c })), ...ISSUE_10];

// The one list of words that mean the same thing to the people who search here: students, teachers
// and enterprise staff in Hohhot's vocational schools. Each group is symmetric (any word finds the
// others). Both engines read it: Meilisearch as its `synonyms` setting, the PostgreSQL engine as
// shared group terms written beside the words (search/text.ts). Changing it needs a reindex
// (npm run search:reindex); the PostgreSQL engine notices by itself (see DEFINITION_VERSION).

export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // 烹饪 (the program) is what schools say; 厨师 is what job seekers type.
  ["厨师", "烹饪", "烹调", "厨艺"],
  ["面点师", "白案", "面点师傅"],
  ["幼儿保育", "幼师", "幼儿教师", "保育员", "学前教育"],
  ["汽修", "汽车运用与维修", "汽车维修", "汽车修理"],
  ["新能源汽车", "电动汽车"],
  ["电商", "电子商务"],
  ["直播电商", "直播带货"],
  ["会计", "财会", "会计事务"],
  ["护士", "护理"],
  ["药剂", "药剂师", "药师"],
  ["计算机", "电脑"],
  ["数控", "cnc"],
  ["光伏", "太阳能发电"],
  ["风电", "风力发电"],
  ["前台", "前厅"],
  ["酒店", "饭店", "宾馆"],
  ["导游", "导游员", "讲解员"],
  ["工美", "工艺美术"],
  ["美工", "平面设计"],
  ["焊工", "电焊工", "焊接"],
  ["客服", "客户服务"],
  ["网络安全", "网络信息安全", "网安"],
  ["养老护理员", "养老护理", "护工"],
  ["无人机", "航拍"],
  // Benefits, as postings phrase them (issue 10).
  ["包吃住", "包食宿", "包吃包住", "提供食宿"],
  ["五险一金", "社保"],
  ["双休", "周末双休"],
  // 电工证 is what people call the electrician's licence the postings list by its full name.
  ["电工证", "低压电工作业证", "电工作业证", "电工操作证"],
  // The city's short name: every position is in 呼和浩特 (search/definition.ts CITY).
  ["呼和浩特", "呼和浩特市", "呼市"],
];

/**
 * Words the segmenter must keep whole (jieba's general dictionary splits some of them, e.g.
 * 西贝 → 西|贝 or 钣金 → 钣|金): every synonym, the catalogue's program names and trade words of
 * the field. Meilisearch gets the same list as its `dictionary` setting.
 */
export const DOMAIN_WORDS: readonly string[] = [
  ...SYNONYM_GROUPS.flat(),
  "中餐烹饪", "西餐烹饪", "中西面点", "西贝", "莜面", "红案", "钣金", "运维", "带货", "巨华", "喜来登", "希尔顿",
  "香格里拉", "阿特斯", "君正", "阜生", "二十二冶", "汉王", "恒宾", "华杰美居", "创维", "大唐",
  "计调", "收银员", "传菜员", "咨客", "迎宾员", "调酒师", "咖啡师", "茶艺师", "储备店长", "前厅接待",
  "客房服务员", "行李员", "礼宾员", "出纳", "仓管员", "质检员", "化验员", "操作工", "仪表工", "电工",
  "钳工", "车工", "铣工", "装配工", "调试员", "巡检员", "值班员", "测绘员", "测量员", "施工员", "资料员",
  "造价员", "制图员", "设计师", "效果图", "软装", "短视频", "新媒体", "数据标注", "网络管理员",
  "运维工程师", "单晶", "拉晶", "硅片", "组件", "逆变器", "汽机", "锅炉", "热控", "化工", "导医",
  "康复治疗", "检验科", "药房", "月嫂", "育婴师", "研学", "讲解", "票务",
  // Words written with symbols (search/text.ts keeps them whole itself; Meilisearch needs them listed).
  "c++", "c#", ".net", "asp.net", "node.js", "vue.js", "1+x",
];

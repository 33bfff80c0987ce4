import type { District, PositionKind } from "~/generated/prisma/client";

// The words demo positions are made of: trades (岗位) with their titles, duties, programs (names
// from prisma/seed/catalogue.ts), cluster (names from the 2023 report's 表5) and usual pay, and
// which trades each kind of employer offers. Demo design, not report facts: the report says only
// that the 2023 campus fair of 商贸旅游职业学校 offered "烹饪、机电、计算机、旅游、财会、工美设计等近
// 600 余个工作岗位" from about 30 enterprises. Used by prisma/seed/demo-positions.ts and the benchmark.

export const CLUSTER = {
  AGRIFOOD: "绿色农畜产品加工产业集群",
  CLEAN_ENERGY: "清洁能源产业集群",
  CHEMICAL: "现代化工产业集群",
  EQUIPMENT: "新材料和现代装备制造业产业集群",
  BIOMEDICINE: "生物医药产业",
  ELECTRONICS: "电子信息产业",
  /** Not one of 表5's six: the sector the report names beside them (prisma/seed/report-2023.ts SERVICE_SECTOR). */
  SERVICES: "现代服务业",
} as const;

export type Trade = {
  titles: readonly string[];
  duties: readonly string[];
  programs: readonly string[];
  cluster?: string;
  pay: readonly [number, number]; // a full-time job's usual monthly range, yuan
  certificates?: readonly string[];
};

const t = (titles: string, programs: string, pay: [number, number], duties: string[], extra: Partial<Trade> = {}): Trade => ({
  titles: titles.split(" "),
  programs: programs.split(" "),
  pay,
  duties,
  ...extra,
});

export const TRADES = {
  // 烹饪
  chefChinese: t("中餐厨师 中餐热菜厨师 炒锅厨师 凉菜厨师 蒙餐厨师", "中餐烹饪", [3800, 7500], [
    "负责热菜、凉菜的切配与烹调，按标准菜谱保证出品质量和出菜速度",
    "参与宴会和团餐出品，配合厨师长研发当季新菜",
    "做好原料验收、食材保管和厨房卫生，执行食品安全操作规范",
  ], { certificates: ["中式烹调师（四级）", "健康证"] }),
  chefWestern: t("西餐厨师 西餐热厨 西式冷厨 扒房厨师", "西餐烹饪", [4000, 8000], [
    "负责西式热菜、沙拉、酱汁的制作与摆盘",
    "协助主厨完成早餐自助和零点出品，控制食材成本",
  ], { certificates: ["西式烹调师（四级）", "健康证"] }),
  pastry: t("面点师 中式面点师 西点师 烘焙师 莜面制作师", "中西面点", [3300, 6500], [
    "负责包子、烧麦、莜面等面点的和面、制馅与成型蒸制",
    "按配方制作面包、蛋糕和西式点心，保证口感与外观一致",
    "做好面点间设备保养和原料出入库记录",
  ], { certificates: ["中式面点师（四级）", "健康证"] }),
  kitchenHelper: t("厨房帮工 切配工 打荷 厨师助理", "中餐烹饪", [2900, 4200], [
    "协助厨师完成原料初加工、切配和打荷",
    "负责厨房餐具、灶台清洁和垃圾分类",
  ]),
  waiter: t("餐厅服务员 宴会服务员 传菜员 迎宾员", "高星级饭店运营与管理 旅游服务与管理", [2900, 4600], [
    "负责餐前摆台、点单、上菜和结账引导，热情接待每一位宾客",
    "熟悉菜品知识，向宾客介绍特色菜和当季推荐",
  ]),
  storeManager: t("储备店长 门店主管 餐厅领班", "连锁经营与管理 高星级饭店运营与管理", [4500, 8500], [
    "学习门店排班、成本和顾客满意度管理，轮岗后担任门店管理岗",
    "带领服务团队完成营业目标，处理顾客意见",
  ]),
  // 旅游、酒店
  frontDesk: t("前厅接待 前台接待员 礼宾员 大堂副理助理", "高星级饭店运营与管理 旅游服务与管理", [3000, 5000], [
    "负责宾客入住登记、退房结账和问询服务",
    "处理预订和房态，协调客房、礼宾等部门",
  ], { certificates: ["前厅服务员（四级）"] }),
  housekeeping: t("客房服务员 客房领班 公共区域主管", "高星级饭店运营与管理", [2900, 4600], [
    "负责客房清扫、布草更换和迷你吧补充，按标准检查房间",
    "及时报修客房设施，做好遗留物品登记",
  ]),
  bar: t("调酒师 咖啡师 茶艺师", "茶艺与茶营销 高星级饭店运营与管理", [3200, 5800], [
    "负责大堂吧饮品制作，调制鸡尾酒、手冲咖啡或冲泡茶饮",
    "维护吧台设备，管理酒水和茶叶库存",
  ], { certificates: ["茶艺师（五级）"] }),
  guide: t("导游 地接导游 研学旅行导师 景区讲解员", "导游服务 旅游服务与管理", [3000, 6800], [
    "带领旅游团完成草原、博物院和昭君博物院等线路的讲解与行程服务",
    "组织中小学生研学旅行活动，保障团队安全",
  ], { certificates: ["导游资格证"] }),
  travelOps: t("旅游计调 旅游顾问 票务专员", "旅游服务与管理", [3200, 5600], [
    "负责线路采购、车辆和酒店预订，编排团队行程",
    "在线解答游客咨询，完成机票、火车票预订",
  ]),
  kidsClub: t("儿童乐园保育员 亲子活动助理", "幼儿保育", [3000, 4600], [
    "负责酒店儿童俱乐部幼儿看护，组织手工和游戏活动",
    "做好儿童活动区卫生消毒，及时与家长沟通",
  ], { certificates: ["保育员证"] }),
  kindergarten: t("幼儿园保育员 幼儿教师 配班老师", "幼儿保育", [2800, 4800], [
    "负责幼儿一日生活照料、午睡看护和卫生保健",
    "配合主班老师组织教学和户外活动，记录幼儿成长",
  ], { certificates: ["保育员证", "教师资格证"] }),
  // 财会、商贸
  accountant: t("会计 会计助理 出纳 成本会计 财务专员", "会计事务 金融事务", [3500, 6800], [
    "负责凭证录入、账务核对和纳税申报资料整理",
    "管理现金和银行账户，编制资金日报",
    "协助完成月末结账和成本核算",
  ], { certificates: ["初级会计专业技术资格", "1+X 业财一体信息化应用"] }),
  cashier: t("收银员 前台收银", "会计事务 商务助理", [2900, 4200], [
    "负责收银结算、发票开具和交班对账",
    "熟练使用收银系统，解答顾客付款问题",
  ]),
  ecommerce: t("电商运营专员 电商客服 网店运营助理 直播运营助理", "电子商务 直播电商服务 跨境电子商务", [3600, 7200], [
    "负责网店商品上架、活动策划和数据分析",
    "在线解答顾客咨询，处理订单和售后",
    "协助策划直播带货，撰写商品卖点文案",
  ], { certificates: ["1+X 网店运营推广"] }),
  newMedia: t("新媒体运营 短视频剪辑师 主播助理", "数字媒体技术应用 直播电商服务", [3600, 6800], [
    "负责公众号、抖音等平台内容策划与日常更新",
    "拍摄剪辑短视频，跟踪播放数据",
  ]),
  sales: t("销售代表 市场推广专员 门店导购", "市场营销 连锁经营与管理", [3500, 7500], [
    "负责客户开发和产品推介，完成销售目标",
    "收集市场信息，配合组织促销活动",
  ]),
  logistics: t("仓管员 物流专员 配送调度员", "物流服务与管理 冷链物流服务与管理", [3500, 5800], [
    "负责仓库收发货、盘点和库存台账",
    "安排配送车辆和线路，跟踪在途订单",
  ]),
  // 计算机、电子信息
  itSupport: t("网络管理员 IT运维工程师 桌面运维 信息系统维护员", "计算机网络技术 计算机应用 网络信息安全", [4000, 7800], [
    "负责公司网络、服务器和办公电脑的日常运维",
    "处理网络故障和信息安全事件，做好数据备份",
  ], { cluster: CLUSTER.ELECTRONICS, certificates: ["1+X 网络系统建设与运维"] }),
  software: t("软件测试员 前端开发助理 数据标注员 Java开发助理", "软件与信息服务 大数据技术应用 人工智能技术应用", [4500, 9000], [
    "编写测试用例，执行功能测试并提交缺陷",
    "完成图像和文本数据标注，保证标注质量",
    "参与网页前端开发和接口联调",
  ], { cluster: CLUSTER.ELECTRONICS }),
  graphic: t("平面设计师 UI设计助理 美工", "计算机平面设计 数字媒体技术应用", [3600, 6800], [
    "负责海报、画册、电商详情页的设计制作",
    "使用Photoshop、Illustrator完成品牌视觉物料",
  ]),
  electronics: t("电子装配工 SMT操作员 品质检验员 家电维修工程师", "电子技术应用 电子电器应用与维修", [3800, 6200], [
    "负责电视机、智能终端主板的装配与调试",
    "按作业指导书操作贴片设备，记录生产数据",
    "对来料和成品进行检验，填写质检报告",
  ], { cluster: CLUSTER.ELECTRONICS }),
  // 工美设计
  interior: t("室内设计师助理 效果图设计师 软装设计师 家装顾问", "建筑装饰技术 艺术设计与制作 工艺美术", [3600, 8000], [
    "协助设计师量房、绘制平面方案和施工图",
    "使用3ds Max、酷家乐制作效果图",
    "根据客户需求搭配软装方案，跟进现场效果",
  ]),
  craft: t("工艺美术设计师 民族工艺品设计师 皮具设计助理", "工艺美术 民族工艺品制作 皮革制品造型设计", [3200, 6200], [
    "设计具有蒙古族元素的文创产品和民族工艺品",
    "负责皮具打版、样品制作和工艺改进",
  ]),
  cad: t("CAD制图员 施工图绘制员", "建筑装饰技术 工程造价 工程测量", [3500, 6200], [
    "使用AutoCAD绘制施工图和竣工图，整理图纸档案",
  ]),
  // 机电、装备制造
  electrician: t("维修电工 电工 电气设备维护员 配电值班员", "机电技术应用 电气设备运行与控制 供用电技术", [4000, 7800], [
    "负责厂区供配电设备巡检、维护和故障处理",
    "按操作票进行倒闸操作，做好运行记录",
  ], { cluster: CLUSTER.EQUIPMENT, certificates: ["低压电工作业证"] }),
  mechatronic: t("机电设备维修工 设备维护技术员 钳工", "机电技术应用 数控技术应用", [4000, 7800], [
    "负责生产设备的点检、保养和故障维修",
    "读懂机械图纸和电气原理图，完成备件更换",
  ], { cluster: CLUSTER.EQUIPMENT }),
  cnc: t("数控车工 数控铣工 加工中心操作工", "数控技术应用 模具制造技术", [4500, 8200], [
    "按图纸编程并操作数控车床、加工中心完成零件加工",
    "进行首件检验和量具使用，保证加工精度",
  ], { cluster: CLUSTER.EQUIPMENT, certificates: ["1+X 数控车铣加工"] }),
  welder: t("焊工 电焊工 氩弧焊工", "焊接技术应用", [5000, 9500], [
    "负责钢结构和管道焊接，保证焊缝质量",
    "按焊接工艺卡施焊，做好焊材管理",
  ], { cluster: CLUSTER.EQUIPMENT, certificates: ["焊工作业证"] }),
  robot: t("工业机器人操作员 自动化产线调试员", "工业机器人技术应用 机电技术应用", [4500, 8200], [
    "负责工业机器人示教编程、产线调试和日常维护",
  ], { cluster: CLUSTER.EQUIPMENT, certificates: ["1+X 工业机器人操作与运维"] }),
  autoRepair: t("汽车维修工 工程车辆维修工 汽车机电维修技师 新能源汽车维修技师", "汽车运用与维修 新能源汽车运用与维修", [4000, 7800], [
    "负责车辆保养、故障诊断和底盘、发动机维修",
    "维护工程车辆和班车，做好维修记录",
  ], { certificates: ["1+X 汽车运用与维修"] }),
  // 清洁能源
  solar: t("光伏运维工程师 光伏组件工艺技术员 光伏电站巡检员", "光伏工程技术与应用 新能源装备运行与维护", [4500, 8500], [
    "负责光伏电站逆变器、组件和汇流箱的巡检与维护",
    "跟进组件生产工艺参数，分析不良原因",
  ], { cluster: CLUSTER.CLEAN_ENERGY }),
  silicon: t("单晶拉制操作工 硅片分选工 拉晶设备维护工", "新能源装备运行与维护 机电技术应用", [5000, 8800], [
    "操作单晶炉完成拉晶，记录工艺参数",
    "负责硅片分选、检测和包装",
  ], { cluster: CLUSTER.CLEAN_ENERGY }),
  powerPlant: t("集控运行值班员 锅炉巡检员 汽机运行值班员 热控检修工 电气检修工", "发电厂及变电站电气设备 供用电技术 输配电线路施工与运行", [5500, 9800], [
    "负责发电机组运行监盘、巡检和操作，确保机组安全稳定",
    "参与锅炉、汽机和电气设备的检修与试验",
  ], { cluster: CLUSTER.CLEAN_ENERGY }),
  wind: t("风电运维工程师 风机检修工", "风力发电设备运行与维护", [5500, 9800], [
    "负责风电场风机的定检、故障处理和登塔作业",
  ], { cluster: CLUSTER.CLEAN_ENERGY }),
  // 现代化工
  chemical: t("化工操作工 化工总控工 仪表维修工 化验员", "化工仪表及自动化 环境治理技术", [5000, 8800], [
    "负责装置的开停车、巡检和DCS操作",
    "对原料和产品取样分析，出具化验报告",
  ], { cluster: CLUSTER.CHEMICAL }),
  // 生物医药、医疗
  nurse: t("护士 临床护士 手术室护士 护理员", "护理 中医护理 助产", [4000, 7200], [
    "负责病人的基础护理和专科护理，执行医嘱",
    "做好护理记录和病区管理，配合医生完成诊疗",
  ], { cluster: CLUSTER.BIOMEDICINE, certificates: ["护士执业资格证"] }),
  pharmacy: t("药剂员 药房调剂员 医药销售代表", "药剂 中药制药 制药技术应用", [3500, 6200], [
    "负责药品调剂、核对和发放，指导患者用药",
  ], { cluster: CLUSTER.BIOMEDICINE }),
  lab: t("医学检验员 检验科助理", "医学检验技术", [3800, 6500], ["负责标本采集、检验和结果登记"], { cluster: CLUSTER.BIOMEDICINE }),
  rehab: t("康复治疗师助理 康复护理员", "康复技术", [3600, 6200], ["协助康复治疗师开展运动训练和理疗"], { cluster: CLUSTER.BIOMEDICINE }),
  bioProduction: t("发酵车间操作工 生物制品质检员 食品检验员", "食品安全与检测技术 制药技术应用 食品加工工艺", [4200, 7200], [
    "负责发酵罐操作、培养基配制和过程记录",
    "按标准对产品进行理化和微生物检验",
  ], { cluster: CLUSTER.BIOMEDICINE }),
  elderly: t("养老护理员 导医", "智慧健康养老服务 护理", [3500, 5800], [
    "负责老人的生活照料和康复陪护",
    "在门诊大厅引导患者就诊，解答咨询",
  ]),
  // 绿色农畜产品加工
  foodProcessing: t("中央厨房食品加工员 食品生产操作工 冷链仓储管理员", "食品加工工艺 冷链物流服务与管理", [3800, 6500], [
    "在中央厨房完成羊肉、莜面等半成品的加工和包装",
    "负责冷库收发和温度记录，保证食品安全",
  ], { cluster: CLUSTER.AGRIFOOD }),
  livestock: t("畜牧养殖技术员 奶源检测员", "畜禽生产技术", [4000, 6800], ["负责牧场饲养管理、防疫记录和生鲜乳检测"], { cluster: CLUSTER.AGRIFOOD }),
  // 建筑、测绘
  survey: t("测量员 测绘员 无人机航测员 地理信息数据处理员", "工程测量 无人机操控与维护", [4000, 7200], [
    "使用全站仪、RTK完成控制测量和地形测绘",
    "操作无人机航测并处理影像数据，制作地形图",
  ]),
  construction: t("施工员 资料员 造价员 钢筋工长", "建筑工程施工 工程造价", [4500, 8200], [
    "负责现场施工组织、质量安全检查和施工日志",
    "编制工程量清单，整理竣工资料",
  ]),
  admin: t("行政文员 人事助理 客服专员", "商务助理 市场营销", [3200, 5200], [
    "负责文件收发、会议安排和办公用品管理",
    "协助招聘面试、员工档案和考勤统计",
  ]),
} satisfies Record<string, Trade>;
export type TradeKey = keyof typeof TRADES;

/** What an employer offers: trades with weights, the kinds it posts and where it is. */
export type Profile = {
  trades: Partial<Record<TradeKey, number>>;
  kinds: Record<PositionKind, number>;
  districts: readonly (District | null)[];
  /** 工作城市 of an employer outside Hohhot (its positions have no district); none = 呼和浩特市. */
  city?: string;
};

const KINDS_HIRING = { JOB: 6, INTERNSHIP: 3, APPRENTICESHIP: 1 };
const KINDS_TRAINING = { JOB: 4, INTERNSHIP: 4, APPRENTICESHIP: 2 };
const KINDS_HOSPITAL = { JOB: 3, INTERNSHIP: 6, APPRENTICESHIP: 1 };
const CITY: District[] = ["XINCHENG", "SAIHAN", "YUQUAN", "HUIMIN"];

const hotel = (districts: (District | null)[]): Profile => ({
  trades: { chefChinese: 4, chefWestern: 2, pastry: 2, kitchenHelper: 2, waiter: 3, frontDesk: 3, housekeeping: 3, bar: 1, kidsClub: 1, accountant: 1, cashier: 1, sales: 0.5 },
  kinds: KINDS_TRAINING,
  districts,
});
const hospital = (districts: District[]): Profile => ({
  trades: { nurse: 6, pharmacy: 1, lab: 1, rehab: 1, elderly: 1.5, accountant: 0.5, itSupport: 0.3 },
  kinds: KINDS_HOSPITAL,
  districts,
});

/**
 * The demo enterprises of prisma/seed/report-2023.ts by name. Their trades follow what they are;
 * districts are 推测 where the report is silent. 北京内蒙古大厦 and 香格里拉（包头）are outside Hohhot
 * (report-2023.ts gives their cities as addresses): their positions take that city and no district.
 */
export const DEMO_PROFILES: Record<string, Profile> = {
  内蒙古饭店: hotel(["XINCHENG"]),
  希尔顿欢朋酒店: { ...hotel(["SAIHAN"]), trades: { frontDesk: 4, housekeeping: 4, waiter: 2, chefWestern: 1, cashier: 1, accountant: 0.5 } },
  北京内蒙古大厦有限责任公司: { ...hotel([null]), city: "北京市" },
  "香格里拉大酒店（呼和浩特）有限公司": hotel(["HUIMIN"]),
  "香格里拉（包头）有限公司": { ...hotel([null]), city: "包头市" },
  西贝餐饮集团: {
    trades: { chefChinese: 5, pastry: 5, kitchenHelper: 2, waiter: 3, storeManager: 2, foodProcessing: 2, ecommerce: 1, newMedia: 0.5, accountant: 1, logistics: 0.5 },
    kinds: { JOB: 5, INTERNSHIP: 2, APPRENTICESHIP: 3 },
    districts: CITY,
  },
  北京汉王影研科技有限公司: { trades: { software: 3, graphic: 2, newMedia: 2, itSupport: 1, ecommerce: 1 }, kinds: KINDS_HIRING, districts: ["SAIHAN"] },
  内蒙古恒宾国际旅行社: { trades: { guide: 4, travelOps: 3, newMedia: 1, accountant: 0.5, sales: 1 }, kinds: KINDS_TRAINING, districts: ["XINCHENG"] },
  呼和浩特市城市人家华杰美居装饰设计工程有限公司: {
    trades: { interior: 4, cad: 2, craft: 1.5, construction: 1, graphic: 1, sales: 0.5 },
    kinds: KINDS_TRAINING,
    districts: ["YUQUAN"],
  },
  喜来登呼和浩特酒店: hotel(["XINCHENG"]),
  呼和浩特巨华国际大酒店: hotel(["SAIHAN"]),
  内蒙古大唐国际托克托发电有限公司: {
    trades: { powerPlant: 6, electrician: 2, chemical: 1, autoRepair: 0.5, accountant: 0.5 },
    kinds: KINDS_HIRING,
    districts: ["TOGTOH"],
  },
  内蒙古创维智能科技有限公司: {
    trades: { electronics: 5, robot: 2, mechatronic: 2, itSupport: 1, ecommerce: 1, logistics: 1 },
    kinds: KINDS_TRAINING,
    districts: ["HORINGER"],
  },
  呼和浩特市公路勘察设计院有限责任公司: { trades: { survey: 4, cad: 2, construction: 1.5 }, kinds: KINDS_HIRING, districts: ["SAIHAN"] },
  内蒙古阜生生物科技有限公司: { trades: { bioProduction: 5, pharmacy: 1, lab: 1, mechatronic: 1 }, kinds: KINDS_TRAINING, districts: ["ECONOMIC_ZONE"] },
  内蒙古君正能源化工集团股份有限公司: {
    trades: { chemical: 5, electrician: 2, mechatronic: 1.5, welder: 1 },
    kinds: KINDS_HIRING,
    districts: ["ECONOMIC_ZONE"],
  },
  阿特斯阳光电力集团: { trades: { solar: 5, electrician: 1.5, wind: 1, accountant: 0.5 }, kinds: KINDS_HIRING, districts: ["TUMED_LEFT"] },
  呼和浩特阿特斯电子材料科技有限公司: { trades: { silicon: 5, mechatronic: 2, electronics: 1 }, kinds: KINDS_TRAINING, districts: ["TUMED_LEFT"] },
  中国第二十二冶金集团公司一公司: {
    trades: { welder: 3, construction: 3, survey: 1, autoRepair: 1.5, electrician: 1, cnc: 1 },
    kinds: { JOB: 5, INTERNSHIP: 2, APPRENTICESHIP: 3 },
    districts: ["ECONOMIC_ZONE", "SAIHAN"],
  },
  内蒙古地质测绘院: { trades: { survey: 5, software: 1 }, kinds: KINDS_TRAINING, districts: ["SAIHAN"] },
  呼和浩特市第一人民医院: hospital(["XINCHENG"]),
  呼和浩特市第二医院: hospital(["HUIMIN"]),
};

/** How big a share of the demo positions each named employer posts (the fair was a catering and tourism school's). */
export const DEMO_WEIGHT: Record<string, number> = {
  西贝餐饮集团: 3,
  "香格里拉大酒店（呼和浩特）有限公司": 2,
  喜来登呼和浩特酒店: 2,
  内蒙古饭店: 2,
  呼和浩特巨华国际大酒店: 1.5,
  北京内蒙古大厦有限责任公司: 1.5,
  内蒙古创维智能科技有限公司: 1.5,
  呼和浩特市第一人民医院: 1.5,
};

/** Kinds of employer for enterprises the demo data does not name (the benchmark's, or ones added later). */
export const EMPLOYER_KINDS = {
  酒店: hotel(CITY),
  餐饮: DEMO_PROFILES["西贝餐饮集团"]!,
  医院: hospital(CITY),
  幼儿园: { trades: { kindergarten: 6, elderly: 0.5, accountant: 0.3, admin: 0.5 }, kinds: KINDS_TRAINING, districts: CITY },
  汽修: { trades: { autoRepair: 6, sales: 1, cashier: 0.5, admin: 0.5 }, kinds: KINDS_TRAINING, districts: [...CITY, "TUMED_LEFT"] },
  电商: { trades: { ecommerce: 5, newMedia: 2, graphic: 1.5, logistics: 1, admin: 0.5 }, kinds: KINDS_HIRING, districts: CITY },
  软件: { trades: { software: 4, itSupport: 3, graphic: 1, sales: 0.5 }, kinds: KINDS_HIRING, districts: ["SAIHAN", "XINCHENG"] },
  旅游: DEMO_PROFILES["内蒙古恒宾国际旅行社"]!,
  装饰: DEMO_PROFILES["呼和浩特市城市人家华杰美居装饰设计工程有限公司"]!,
  制造: { trades: { cnc: 3, welder: 2, mechatronic: 3, electrician: 2, robot: 1, accountant: 0.3 }, kinds: KINDS_TRAINING, districts: ["ECONOMIC_ZONE", "TUMED_LEFT"] },
  新能源: { trades: { solar: 4, wind: 3, electrician: 2, silicon: 1 }, kinds: KINDS_HIRING, districts: ["TUMED_LEFT", "WUCHUAN", "HORINGER"] },
  化工: DEMO_PROFILES["内蒙古君正能源化工集团股份有限公司"]!,
  乳业食品: { trades: { foodProcessing: 4, livestock: 2, bioProduction: 1, logistics: 1, sales: 1 }, kinds: KINDS_TRAINING, districts: ["HORINGER", "TUMED_LEFT", "QINGSHUIHE"] },
  会计服务: { trades: { accountant: 6, admin: 2, cashier: 1 }, kinds: KINDS_TRAINING, districts: CITY },
  物流: { trades: { logistics: 5, autoRepair: 1, admin: 1, accountant: 0.5 }, kinds: KINDS_HIRING, districts: ["ECONOMIC_ZONE", "SAIHAN"] },
  建筑: { trades: { construction: 4, survey: 2, cad: 2, welder: 1 }, kinds: KINDS_HIRING, districts: CITY },
} satisfies Record<string, Profile>;
export type EmployerKind = keyof typeof EMPLOYER_KINDS;

/** An employer the data does not name: by its cluster if it has one, otherwise a general mix. */
export function fallbackProfile(clusterName: string | null): Profile {
  const byCluster: Record<string, EmployerKind> = {
    [CLUSTER.AGRIFOOD]: "乳业食品",
    [CLUSTER.CLEAN_ENERGY]: "新能源",
    [CLUSTER.CHEMICAL]: "化工",
    [CLUSTER.EQUIPMENT]: "制造",
    [CLUSTER.BIOMEDICINE]: "医院",
    [CLUSTER.ELECTRONICS]: "软件",
    [CLUSTER.SERVICES]: "酒店",
  };
  const kind = clusterName ? byCluster[clusterName] : undefined;
  return kind ? EMPLOYER_KINDS[kind] : { trades: { admin: 2, accountant: 2, sales: 2, logistics: 1 }, kinds: KINDS_HIRING, districts: CITY };
}

export const BENEFITS = [
  "五险一金，包吃住",
  "提供员工宿舍和工作餐，带薪年假",
  "企业师傅一对一带教，表现优秀者可转正",
  "节日福利，定期技能培训和晋升通道",
  "月度绩效奖金，年底双薪",
];

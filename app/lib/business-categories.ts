// 经营类别: what an enterprise does and what a post is, as a school records it for a placement and an
// enterprise for its profile. 教职成〔2021〕4号 第十六条 forbids placing students at 酒吧、夜总会、歌厅、
// 洗浴中心、电子游戏厅、网吧 and the like; those categories carry `forbidden`, with the article's words.

export type BusinessCategory = { value: string; label: string; forbidden?: true };

export const BUSINESS_CATEGORIES: readonly BusinessCategory[] = [
  { value: "MANUFACTURING", label: "制造业" },
  { value: "ENERGY", label: "电力、热力、燃气及水生产和供应业" },
  { value: "CONSTRUCTION", label: "建筑业" },
  { value: "AGRICULTURE", label: "农、林、牧、渔业" },
  { value: "RETAIL", label: "批发和零售业" },
  { value: "LOGISTICS", label: "交通运输、仓储和邮政业" },
  { value: "HOTEL", label: "住宿业" },
  { value: "CATERING", label: "餐饮业" },
  { value: "IT", label: "信息传输、软件和信息技术服务业" },
  { value: "FINANCE", label: "金融业" },
  { value: "BUSINESS_SERVICES", label: "租赁和商务服务业" },
  { value: "RESIDENT_SERVICES", label: "居民服务、修理和其他服务业" },
  { value: "EDUCATION", label: "教育" },
  { value: "HEALTH", label: "卫生和社会工作" },
  { value: "CULTURE", label: "文化、体育和娱乐业（不含下列场所）" },
  { value: "PUBLIC", label: "公共管理和社会组织" },
  { value: "BAR", label: "酒吧", forbidden: true },
  { value: "NIGHTCLUB", label: "夜总会", forbidden: true },
  { value: "KTV", label: "歌厅（KTV）", forbidden: true },
  { value: "BATHHOUSE", label: "洗浴中心", forbidden: true },
  { value: "GAME_ARCADE", label: "电子游戏厅", forbidden: true },
  { value: "INTERNET_CAFE", label: "网吧", forbidden: true },
];

const BY_VALUE = new Map(BUSINESS_CATEGORIES.map((c) => [c.value, c]));

export const businessCategory = (value: string | null | undefined): BusinessCategory | undefined =>
  value ? BY_VALUE.get(value) : undefined;

/** Whether interns may not be placed where this category applies (第十六条). */
export const isForbiddenVenue = (value: string | null | undefined): boolean => businessCategory(value)?.forbidden === true;

export const BUSINESS_CATEGORY_VALUES = BUSINESS_CATEGORIES.map((c) => c.value) as [string, ...string[]];

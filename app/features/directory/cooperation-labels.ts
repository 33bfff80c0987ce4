// Labels for school–enterprise cooperation (协议类型); labels shared by every feature are in ~/lib/labels.ts.
export const AGREEMENT_KIND_LABEL: Record<string, string> = {
  COOPERATION: "校企合作",
  ORDER_CLASS: "订单班",
  APPRENTICESHIP: "现代学徒制",
  INTERNSHIP_BASE: "实习基地",
  TRAINING_BASE: "实训基地",
  INDUSTRY_COLLEGE: "产业学院",
};

export const QUALITY_SCHOOL_LABEL = "自治区优质中职学校建设单位";

// Hohhot's districts and counties (the Prisma enum District), in the order the report lists them.
// Their Chinese names are DISTRICT_LABEL in ~/lib/labels.ts.
export const DISTRICTS = [
  "XINCHENG",
  "SAIHAN",
  "YUQUAN",
  "HUIMIN",
  "TUMED_LEFT",
  "TOGTOH",
  "HORINGER",
  "WUCHUAN",
  "QINGSHUIHE",
  "ECONOMIC_ZONE",
] as const;

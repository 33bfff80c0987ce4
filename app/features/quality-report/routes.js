/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("reports", "features/quality-report/reports-route.tsx");
  route("reports/:year", "features/quality-report/year-route.tsx");
  // ":year.json" is a param followed by a literal suffix: it outranks ":year" for "/reports/2026.json".
  route("reports/:year.json", "features/quality-report/year-json-route.ts");
  route("reports/:year.xlsx", "features/quality-report/year-xlsx-route.ts");
  route("reports/:year/records", "features/quality-report/records-route.tsx");
  route("reports/:year/:school", "features/quality-report/school-route.tsx");
  route("reports/:year/:school.json", "features/quality-report/school-json-route.ts");
  route("reports/:year/:school.xlsx", "features/quality-report/school-xlsx-route.ts");
}

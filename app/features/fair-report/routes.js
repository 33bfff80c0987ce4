/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("fairs/:fairId/report", "features/fair-report/report-route.tsx");
  route("fairs/:fairId/report.xlsx", "features/fair-report/workbook-route.ts");
  route("fairs/:fairId/report/records", "features/fair-report/records-route.tsx");
}

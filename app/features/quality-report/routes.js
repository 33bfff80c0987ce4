/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("reports", "features/quality-report/reports-route.tsx");
  route("reports/:year", "features/quality-report/year-route.tsx");
  route("reports/:year/records", "features/quality-report/records-route.tsx");
  route("reports/:year/:school", "features/quality-report/school-route.tsx");
}

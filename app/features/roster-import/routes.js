/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("imports", "features/roster-import/list-route.tsx");
  route("imports/new", "features/roster-import/new-route.tsx");
  route("imports/template/:kind", "features/roster-import/template-route.ts");
  route("imports/:importId", "features/roster-import/job-route.tsx");
  route("imports/:importId/errors.xlsx", "features/roster-import/errors-route.ts");
}

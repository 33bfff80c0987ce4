/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  // Tracking and compliance (issue 11 items 5 and 6; branch tracking).
  route("placements/:placementId/tracking", "features/placements/tracking-route.tsx");
  route("placements/compliance", "features/placements/compliance-route.tsx");
  route("placements/compliance.xlsx", "features/placements/compliance-export-route.ts");
}

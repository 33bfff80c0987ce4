/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  // 岗位实习: placement creation, rules, activation, ending and requests (issue 11 items 4–5).
  route("placements", "features/placements/list-route.tsx");
  route("placements/new", "features/placements/new-route.tsx");
  route("placements/:placementId", "features/placements/placement-route.tsx");
  route("placements/:placementId/edit", "features/placements/edit-route.tsx");
  route("placements/:placementId/documents/:kind", "features/placements/document-route.tsx");
  // Tracking and compliance (issue 11 items 5 and 6; branch tracking).
  route("placements/:placementId/tracking", "features/placements/tracking-route.tsx");
  route("placements/compliance", "features/placements/compliance-route.tsx");
  route("placements/compliance.xlsx", "features/placements/compliance-export-route.ts");
}

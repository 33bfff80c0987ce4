/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  // One page, two scopes (dashboard-route.tsx reads which from the URL): the bureau's and a school office's.
  route("bureau/partnerships", "features/partnership-dashboard/dashboard-route.tsx", { id: "partnership-dashboard-bureau" });
  route("school/partnerships", "features/partnership-dashboard/dashboard-route.tsx", { id: "partnership-dashboard-school" });
  route("bureau/partnerships/records", "features/partnership-dashboard/records-route.tsx");
}

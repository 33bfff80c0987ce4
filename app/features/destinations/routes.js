/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("destinations", "features/destinations/list-route.tsx");
  route("destinations/proposals", "features/destinations/proposals-route.tsx");
  route("destinations/:studentId", "features/destinations/destination-route.tsx");
  route("my/destination", "features/destinations/mine-route.tsx");
}

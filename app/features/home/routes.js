/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("/", "features/home/home-route.tsx", { index: true });
}

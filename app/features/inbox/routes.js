/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("inbox", "features/inbox/inbox-route.tsx");
}

/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("order-classes", "features/order-classes/list-route.tsx");
  route("order-classes/new", "features/order-classes/new-route.tsx");
  route("order-classes/:orderClassId", "features/order-classes/class-route.tsx");
}

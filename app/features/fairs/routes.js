/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("fairs", "features/fairs/list-route.tsx");
  route("fairs/new", "features/fairs/new-route.tsx");
  route("fairs/:fairId", "features/fairs/fair-route.tsx");
  route("fairs/:fairId/edit", "features/fairs/edit-route.tsx");
}

/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("fairs/:fairId/booth", "features/fair-booths/booth-route.tsx");
  route("fairs/:fairId/booths", "features/fair-booths/booths-route.tsx");
}

/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("fairs/:fairId/check-in", "features/fair-checkin/checkin-route.tsx");
  route("fairs/:fairId/check-in/scans", "features/fair-checkin/scans-route.tsx");
  route("fairs/:fairId/booth/scan", "features/fair-checkin/booth-scan-route.tsx");
  route("fairs/:fairId/booth/scan/leads", "features/fair-checkin/leads-route.tsx");
}

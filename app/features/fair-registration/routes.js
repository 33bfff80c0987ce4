/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  // Students at fairs (issue 12 items 3 and 5): register / cancel, the 入场码, 我的招聘会 and its leads.
  route("fairs/mine", "features/fair-registration/mine-route.tsx");
  route("fairs/:fairId/registration", "features/fair-registration/registration-route.tsx");
  route("fairs/:fairId/pass", "features/fair-registration/pass-route.tsx");
}

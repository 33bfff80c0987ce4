/** @param {import('@remix-run/dev/dist/config/routes').DefineRouteFunction} route */
export default function routes(route) {
  route("login", "features/auth/login-route.tsx");
  route("logout", "features/auth/logout-route.tsx");
}

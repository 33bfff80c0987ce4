import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

// Each feature declares its own routes in app/features/<feature>/routes.js, beside the route
// modules, services and schemas it owns; this file only gathers them.
const featuresDir = path.resolve("app/features");
const routeFiles = readdirSync(featuresDir)
  .sort()
  .map((feature) => path.join(featuresDir, feature, "routes.js"))
  .filter((file) => existsSync(file));
const declarations = await Promise.all(routeFiles.map(async (file) => (await import(pathToFileURL(file).href)).default));

/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/*"],
  serverModuleFormat: "esm",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: true,
  },
  routes(defineRoutes) {
    return defineRoutes((route) => {
      for (const declare of declarations) declare(route);
    });
  },
};

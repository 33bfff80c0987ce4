import path from "node:path";

/** Runtime configuration, read once from the environment (see README: Configuration). */
export type AppConfig = {
  databaseUrl: string | undefined; // unset → embedded PGlite in dataDir
  dataDir: string;
  port: number;
  sessionSecret: string | undefined; // unset → generated and kept in dataDir
  meiliUrl: string | undefined; // unset → the built-in search engine over the database
  meiliApiKey: string | undefined;
  production: boolean;
};

export function readConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR || "data"),
    port: Number(env.PORT || 3000),
    sessionSecret: env.SESSION_SECRET || undefined,
    meiliUrl: env.MEILI_URL || undefined,
    meiliApiKey: env.MEILI_API_KEY || undefined,
    production: env.NODE_ENV === "production",
  };
}

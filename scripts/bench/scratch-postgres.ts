import { randomBytes } from "node:crypto";
import pg from "pg";

/**
 * A throwaway database on the server of `adminUrl` (the DATABASE_URL that scripts/with-postgres.sh gives):
 * created now, named `<prefix>_<8 hex>`; `url` reaches it, `drop()` removes it even with connections open.
 */
export async function scratchPostgres(adminUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

import prismaSchemaWasm from "@prisma/prisma-schema-wasm";
import type { SqlRunner } from "~/db/database.server";

// Compares schema.prisma (read by Prisma's own parser, so @map, @db.* and defaults mean what
// Prisma says they mean) with the live catalog of a migrated database. Migrations are written by
// hand here, so this is what stops a model change from shipping without its migration.
// Returns one readable line per difference; [] means no drift. Indexes are compared whole (method,
// columns, predicate, INCLUDE, storage options, as pg_get_indexdef prints them), and an index in the
// database that schema.prisma does not declare is drift unless the caller lists it as hand-written,
// with its full expected definition. CHECK constraints are out of scope (constraints.test.ts covers them).

type DmmfDefault = string | number | boolean | unknown[] | { name: string; args: unknown[] };
type DmmfField = {
  name: string;
  default?: DmmfDefault;
  isUpdatedAt?: boolean;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object" | "unsupported";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
};
type DmmfModel = { name: string; dbName: string | null; fields: DmmfField[] };
type DmmfEnum = { name: string; dbName?: string | null; values: { name: string; dbName: string | null }[] };
type DmmfIndex = {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  dbName?: string | null;
  algorithm?: string;
  fields: ({ name: string } & Record<string, unknown>)[];
};

/**
 * An index schema.prisma cannot express (partial, on an expression, with storage options…), written
 * by hand in a migration. `definition` is what pg_get_indexdef prints after the table name, e.g.
 * `USING gin (terms) WITH (fastupdate=off)`, so a change to its method, columns, predicate or
 * options is still drift. An index schema.prisma also declares must start with what Prisma would
 * create and may only add to it.
 */
export type HandWrittenIndex = { table: string; name: string; definition: string };
type Datamodel = { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };

export function readDatamodel(schema: string): Datamodel {
  return JSON.parse(prismaSchemaWasm.get_dmmf(JSON.stringify({ prismaSchema: schema }))).datamodel;
}

const SCALAR_TYPES: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  Boolean: "boolean",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

// @db.* attribute → what format_type() prints for the column Prisma creates.
function nativeType([name, args]: [string, string[]]): string {
  const a = args.length ? `(${args.join(",")})` : "";
  const simple: Record<string, string> = {
    Text: "text", Date: "date", SmallInt: "smallint", Integer: "integer", BigInt: "bigint",
    DoublePrecision: "double precision", Real: "real", Uuid: "uuid", Json: "json", JsonB: "jsonb",
    Boolean: "boolean", ByteA: "bytea", Inet: "inet", Xml: "xml", Citext: "citext", Money: "money",
  };
  if (simple[name]) return simple[name];
  if (name === "VarChar") return `character varying${a}`;
  if (name === "Char") return `character${a}`;
  if (name === "Decimal") return `numeric${a}`;
  if (name === "Timestamp") return `timestamp${a} without time zone`;
  if (name === "Timestamptz") return `timestamp${a} with time zone`;
  if (name === "Time") return `time${a} without time zone`;
  if (name === "Timetz") return `time${a} with time zone`;
  throw new Error(`schema-drift: no PostgreSQL type known for @db.${name}${a}; extend nativeType()`);
}

/** PostgreSQL's quote_ident: bare when lower-case and not a reserved word (`reserved` from pg_get_keywords()). */
type Quote = (name: string) => string;
const quoterFor = (reserved: Set<string>): Quote => (name) =>
  /^[a-z_][a-z0-9_$]*$/.test(name) && !reserved.has(name) ? name : `"${name.replaceAll('"', '""')}"`;

function expectedType(field: DmmfField, enums: Map<string, string>, quoteIdent: Quote): string {
  const base =
    field.kind === "enum" ? quoteIdent(enums.get(field.type) ?? field.type)
    : field.nativeType ? nativeType(field.nativeType)
    : SCALAR_TYPES[field.type];
  if (!base) throw new Error(`schema-drift: no PostgreSQL type known for ${field.type}`);
  return field.isList ? `${base}[]` : base;
}

/**
 * The default expression PostgreSQL prints (pg_get_expr on pg_attrdef) for a column Prisma's migration
 * creates from this field; null when the column has no default in the database (@updatedAt, uuid()…
 * are filled in by Prisma Client). Throws on a default it does not know, rather than guess.
 */
function expectedDefault(field: DmmfField, table: string, column: string, type: string, enums: Map<string, DmmfEnum>, quoteIdent: Quote): string | null {
  const d = field.default;
  if (d === undefined || field.isUpdatedAt) return null;
  const unknown = () => new Error(`schema-drift: no PostgreSQL default known for ${table}.${column} @default(${JSON.stringify(d)}); extend expectedDefault()`);
  if (Array.isArray(d)) {
    if (d.length === 0) return `ARRAY[]::${type}`;
    throw unknown();
  }
  if (typeof d === "object") {
    if (d.name === "autoincrement") return `nextval('${quoteIdent(`${table}_${column}_seq`).replaceAll("'", "''")}'::regclass)`;
    if (d.name === "now") return "CURRENT_TIMESTAMP";
    if (d.name === "dbgenerated" && typeof d.args[0] === "string") return d.args[0];
    if (["uuid", "cuid", "nanoid", "ulid"].includes(d.name)) return null;
    throw unknown();
  }
  if (typeof d === "boolean") return String(d);
  if (typeof d === "number" && Number.isInteger(d) && type === "integer") return d >= 0 ? String(d) : `'${d}'::integer`;
  if (typeof d === "string" && field.kind === "enum") {
    const e = enums.get(field.type)!;
    const value = e.values.find((v) => v.name === d);
    return `'${(value?.dbName ?? d).replaceAll("'", "''")}'::${type}`;
  }
  if (typeof d === "string" && type === "text") return `'${d.replaceAll("'", "''")}'::text`;
  throw unknown();
}

// Index method: Prisma's `type:` argument → pg_am.amname.
const METHODS: Record<string, string> = { BTree: "btree", Hash: "hash", Gist: "gist", Gin: "gin", SpGist: "spgist", Brin: "brin" };

// confdeltype / confupdtype codes in pg_constraint.
const ACTIONS: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

type ColumnRow = { table: string; column: string; type: string; not_null: boolean; default: string | null };
// definition: pg_get_indexdef from USING on (method, key columns, INCLUDE, WITH, WHERE).
type IndexRow = { table: string; name: string; unique: boolean; primary: boolean; columns: string[]; definition: string };
type ForeignKeyRow = { table: string; name: string; referenced: string; on_delete: string; on_update: string; columns: string[]; referenced_columns: string[] };

const attnames = (rel: string, keys: string) => `array(
  SELECT a.attname::text FROM unnest(${keys}::int2[]) WITH ORDINALITY k(attnum, ord)
  JOIN pg_attribute a ON a.attrelid = ${rel} AND a.attnum = k.attnum ORDER BY k.ord)`;

async function readCatalog(sql: SqlRunner) {
  const [tables, columns, enums, indexes, foreignKeys, reserved] = await Promise.all([
    sql.query<{ table: string }>(`SELECT c.relname AS "table" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`),
    sql.query<ColumnRow>(`SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
        pg_get_expr(d.adbin, d.adrelid) AS "default"
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum`),
    sql.query<{ name: string; values: string[] }>(`SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = current_schema() GROUP BY t.typname`),
    // Key columns only (not INCLUDE); an expression key shows as its text in parentheses.
    sql.query<IndexRow>(`SELECT t.relname AS "table", i.relname AS name, ix.indisunique AS "unique", ix.indisprimary AS "primary",
        array(SELECT coalesce(a.attname::text, '(' || pg_get_indexdef(ix.indexrelid, k.ord::int, true) || ')')
          FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(attnum, ord)
          LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
          WHERE k.ord <= ix.indnkeyatts ORDER BY k.ord) AS columns,
        substring(pg_get_indexdef(ix.indexrelid) from ' (USING .*)$') AS definition
      FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema()`),
    sql.query<ForeignKeyRow>(`SELECT t.relname AS "table", c.conname AS name, r.relname AS referenced,
        c.confdeltype::text AS on_delete, c.confupdtype::text AS on_update,
        ${attnames("c.conrelid", "c.conkey")} AS columns, ${attnames("c.confrelid", "c.confkey")} AS referenced_columns
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace WHERE c.contype = 'f' AND n.nspname = current_schema()`),
    sql.query<{ word: string }>(`SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'`),
  ]);
  const quoteIdent = quoterFor(new Set(reserved.map((r) => r.word)));
  return { tables: new Set(tables.map((t) => t.table)), columns, enums, indexes, foreignKeys, quoteIdent };
}

/** Tables the migration machinery owns; they are not part of the domain model. */
const MACHINERY_TABLES = new Set(["_prisma_migrations"]);

export async function findDrift(sql: SqlRunner, schema: string, handWritten: HandWrittenIndex[] = []): Promise<string[]> {
  const dm = readDatamodel(schema);
  const db = await readCatalog(sql);
  const { quoteIdent } = db;
  const drift: string[] = [];
  const list = (cols: string[]) => cols.map((c) => `"${c}"`).join(", ");
  const sameColumns = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

  const enumDbNames = new Map(dm.enums.map((e) => [e.name, e.dbName ?? e.name]));
  const enumsByName = new Map(dm.enums.map((e) => [e.name, e]));
  const dbEnums = new Map(db.enums.map((e) => [e.name, e.values]));
  for (const e of dm.enums) {
    const name = e.dbName ?? e.name;
    const wanted = e.values.map((v) => v.dbName ?? v.name);
    const actual = dbEnums.get(name);
    if (!actual) drift.push(`enum "${name}" is missing`);
    else if (actual.join() !== wanted.join()) drift.push(`enum "${name}" has values (${actual.join(", ")}), schema.prisma wants (${wanted.join(", ")})`);
    dbEnums.delete(name);
  }
  for (const name of dbEnums.keys()) drift.push(`enum "${name}" is in the database but not in schema.prisma`);

  const tableOf = new Map(dm.models.map((m) => [m.name, m.dbName ?? m.name]));
  const columnOf = (model: string, field: string) => {
    const f = dm.models.find((m) => m.name === model)?.fields.find((x) => x.name === field);
    return f?.dbName ?? field;
  };

  for (const model of dm.models) {
    const table = model.dbName ?? model.name;
    if (!db.tables.has(table)) {
      drift.push(`table "${table}" is missing`);
      continue;
    }
    const actual = new Map(db.columns.filter((c) => c.table === table).map((c) => [c.column, c]));
    for (const field of model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum")) {
      const column = field.dbName ?? field.name;
      const found = actual.get(column);
      actual.delete(column);
      if (!found) {
        drift.push(`column "${table}"."${column}" is missing`);
        continue;
      }
      const type = expectedType(field, enumDbNames, quoteIdent);
      if (found.type !== type) drift.push(`column "${table}"."${column}" is ${found.type}, schema.prisma wants ${type}`);
      const wantedDefault = expectedDefault(field, table, column, type, enumsByName, quoteIdent);
      if (found.default !== wantedDefault) {
        const say = (d: string | null) => (d === null ? "no default" : `DEFAULT ${d}`);
        drift.push(`column "${table}"."${column}" has ${say(found.default)}, schema.prisma wants ${say(wantedDefault)}`);
      }
      // Prisma creates list columns nullable even when the field is required.
      const notNull = field.isRequired && !field.isList;
      if (found.not_null !== notNull) {
        drift.push(`column "${table}"."${column}" is ${found.not_null ? "NOT NULL" : "nullable"}, schema.prisma wants ${notNull ? "NOT NULL" : "nullable"}`);
      }
    }
    for (const extra of actual.keys()) drift.push(`column "${table}"."${extra}" is in the database but not in schema.prisma`);

    for (const field of model.fields.filter((f) => f.kind === "object" && f.relationFromFields?.length)) {
      const columns = field.relationFromFields!.map((f) => columnOf(model.name, f));
      const referenced = tableOf.get(field.type)!;
      const referencedColumns = field.relationToFields!.map((f) => columnOf(field.type, f));
      const label = `foreign key "${table}"(${list(columns)}) → "${referenced}"(${list(referencedColumns)})`;
      const fk = db.foreignKeys.find(
        (k) => k.table === table && k.referenced === referenced && sameColumns(k.columns, columns) && sameColumns(k.referenced_columns, referencedColumns),
      );
      if (!fk) {
        drift.push(`${label} is missing`);
        continue;
      }
      const optional = field.relationFromFields!.some((f) => !model.fields.find((x) => x.name === f)?.isRequired);
      const onDelete = field.relationOnDelete ?? (optional ? "SetNull" : "Restrict");
      const onUpdate = field.relationOnUpdate ?? "Cascade";
      if (ACTIONS[fk.on_delete] !== onDelete) drift.push(`${label} is ON DELETE ${ACTIONS[fk.on_delete]}, schema.prisma wants ${onDelete}`);
      if (ACTIONS[fk.on_update] !== onUpdate) drift.push(`${label} is ON UPDATE ${ACTIONS[fk.on_update]}, schema.prisma wants ${onUpdate}`);
    }
  }
  for (const table of db.tables) {
    if (!MACHINERY_TABLES.has(table) && ![...tableOf.values()].includes(table)) {
      drift.push(`table "${table}" is in the database but not in schema.prisma`);
    }
  }

  // Each index in the database is claimed by one schema.prisma index or one hand-written entry;
  // what is left over was created behind schema.prisma's back.
  const handWrittenByName = new Map(handWritten.map((h) => [`${h.table}.${h.name}`, h]));
  const claimed = new Set<IndexRow>();
  for (const index of dm.indexes) {
    const table = tableOf.get(index.model)!;
    if (!db.tables.has(table)) continue; // already reported
    const columns = index.fields.map((f) => columnOf(index.model, f.name));
    const kind = index.type === "id" ? "primary key" : index.type === "unique" ? "unique index" : "index";
    const suffix = index.type === "id" ? "pkey" : index.type === "unique" ? "key" : "idx";
    const wantedName = index.dbName ?? (index.type === "id" ? `${table}_pkey` : `${table}_${columns.join("_")}_${suffix}`);
    const label = `${kind} on "${table}"(${list(columns)})`;
    const onColumns = db.indexes.filter((i) => i.table === table && sameColumns(i.columns, columns) && !claimed.has(i));
    const candidates = onColumns.filter((i) =>
      index.type === "id" ? i.primary : index.type === "unique" ? i.unique && !i.primary : !i.unique,
    );
    const match = candidates.find((i) => i.name === wantedName) ?? candidates[0];
    if (!match) {
      const other = onColumns[0];
      if (other) claimed.add(other); // explained here, not again as an undeclared index
      drift.push(other ? `${label} is missing ("${other.name}" covers the columns but is ${other.primary ? "the primary key" : other.unique ? "unique" : "not unique"})` : `${label} is missing`);
      continue;
    }
    claimed.add(match);
    if (match.name !== wantedName && wantedName.length <= 63) {
      // Prisma derives names from columns; a renamed index would show up as drift in its next migration.
      drift.push(`${label} is named "${match.name}", Prisma expects "${wantedName}"`);
    }
    for (const f of index.fields) {
      const extra = Object.keys(f).filter((k) => k !== "name");
      if (extra.length) throw new Error(`schema-drift: index field options (${extra.join(", ")}) on ${label} are not compared; extend findDrift()`);
    }
    const method = METHODS[index.algorithm ?? "BTree"];
    if (!method) throw new Error(`schema-drift: no index method known for type: ${index.algorithm} on ${label}`);
    const prismaDefinition = `USING ${method} (${columns.map(quoteIdent).join(", ")})`;
    const hand = handWrittenByName.get(`${table}.${match.name}`);
    if (hand) {
      handWrittenByName.delete(`${table}.${match.name}`);
      if (!hand.definition.startsWith(prismaDefinition)) {
        drift.push(`hand-written index "${match.name}" is listed as ${hand.definition}, which schema.prisma contradicts (${prismaDefinition})`);
      }
    }
    const wanted = hand?.definition ?? prismaDefinition;
    if (match.definition !== wanted) {
      drift.push(`${label} is ${match.definition}, ${hand ? "the hand-written list" : "schema.prisma"} wants ${wanted}`);
    }
  }
  for (const index of db.indexes) {
    // A table schema.prisma does not know is reported above, its indexes with it.
    if (claimed.has(index) || ![...tableOf.values()].includes(index.table)) continue;
    const hand = handWrittenByName.get(`${index.table}.${index.name}`);
    if (!hand) {
      drift.push(`index "${index.name}" on "${index.table}" ${index.definition} is in the database but neither in schema.prisma nor in the hand-written list`);
      continue;
    }
    handWrittenByName.delete(`${index.table}.${index.name}`);
    if (index.definition !== hand.definition) {
      drift.push(`hand-written index "${index.name}" on "${index.table}" is ${index.definition}, the hand-written list wants ${hand.definition}`);
    }
  }
  for (const hand of handWrittenByName.values()) {
    drift.push(`hand-written index "${hand.name}" on "${hand.table}" ${hand.definition} is missing`);
  }
  return drift;
}

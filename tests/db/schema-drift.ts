import prismaSchemaWasm from "@prisma/prisma-schema-wasm";
import type { SqlRunner } from "~/db/database.server";

// Compares schema.prisma (read by Prisma's own parser, so @map, @db.* and defaults mean what
// Prisma says they mean) with the live catalog of a migrated database. Migrations are written by
// hand here, so this is what stops a model change from shipping without its migration.
// Returns one readable line per difference; [] means no drift. CHECK constraints and column
// defaults are out of scope (constraints.test.ts covers the CHECKs).

type DmmfField = {
  name: string;
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
type DmmfIndex = { model: string; type: "id" | "unique" | "normal" | "fulltext"; dbName?: string | null; fields: { name: string }[] };
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

const quoteIdent = (name: string) => (/^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`);

function expectedType(field: DmmfField, enums: Map<string, string>): string {
  const base =
    field.kind === "enum" ? quoteIdent(enums.get(field.type) ?? field.type)
    : field.nativeType ? nativeType(field.nativeType)
    : SCALAR_TYPES[field.type];
  if (!base) throw new Error(`schema-drift: no PostgreSQL type known for ${field.type}`);
  return field.isList ? `${base}[]` : base;
}

// confdeltype / confupdtype codes in pg_constraint.
const ACTIONS: Record<string, string> = { a: "NoAction", r: "Restrict", c: "Cascade", n: "SetNull", d: "SetDefault" };

type ColumnRow = { table: string; column: string; type: string; not_null: boolean };
type IndexRow = { table: string; name: string; unique: boolean; primary: boolean; columns: string[] };
type ForeignKeyRow = { table: string; name: string; referenced: string; on_delete: string; on_update: string; columns: string[]; referenced_columns: string[] };

const attnames = (rel: string, keys: string) => `array(
  SELECT a.attname::text FROM unnest(${keys}::int2[]) WITH ORDINALITY k(attnum, ord)
  JOIN pg_attribute a ON a.attrelid = ${rel} AND a.attnum = k.attnum ORDER BY k.ord)`;

async function readCatalog(sql: SqlRunner) {
  const [tables, columns, enums, indexes, foreignKeys] = await Promise.all([
    sql.query<{ table: string }>(`SELECT c.relname AS "table" FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')`),
    sql.query<ColumnRow>(`SELECT c.relname AS "table", a.attname AS "column", format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
      WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum`),
    sql.query<{ name: string; values: string[] }>(`SELECT t.typname AS name, array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS values
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_enum e ON e.enumtypid = t.oid
      WHERE n.nspname = current_schema() GROUP BY t.typname`),
    sql.query<IndexRow>(`SELECT t.relname AS "table", i.relname AS name, ix.indisunique AS "unique", ix.indisprimary AS "primary",
        ${attnames("t.oid", "ix.indkey")} AS columns
      FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_class i ON i.oid = ix.indexrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace WHERE n.nspname = current_schema()`),
    sql.query<ForeignKeyRow>(`SELECT t.relname AS "table", c.conname AS name, r.relname AS referenced,
        c.confdeltype::text AS on_delete, c.confupdtype::text AS on_update,
        ${attnames("c.conrelid", "c.conkey")} AS columns, ${attnames("c.confrelid", "c.confkey")} AS referenced_columns
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace WHERE c.contype = 'f' AND n.nspname = current_schema()`),
  ]);
  return { tables: new Set(tables.map((t) => t.table)), columns, enums, indexes, foreignKeys };
}

/** Tables the migration machinery owns; they are not part of the domain model. */
const MACHINERY_TABLES = new Set(["_prisma_migrations"]);

export async function findDrift(sql: SqlRunner, schema: string): Promise<string[]> {
  const dm = readDatamodel(schema);
  const db = await readCatalog(sql);
  const drift: string[] = [];
  const list = (cols: string[]) => cols.map((c) => `"${c}"`).join(", ");
  const sameColumns = (a: string[], b: string[]) => a.length === b.length && a.every((c, i) => c === b[i]);

  const enumDbNames = new Map(dm.enums.map((e) => [e.name, e.dbName ?? e.name]));
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
      const type = expectedType(field, enumDbNames);
      if (found.type !== type) drift.push(`column "${table}"."${column}" is ${found.type}, schema.prisma wants ${type}`);
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

  for (const index of dm.indexes) {
    const table = tableOf.get(index.model)!;
    if (!db.tables.has(table)) continue; // already reported
    const columns = index.fields.map((f) => columnOf(index.model, f.name));
    const kind = index.type === "id" ? "primary key" : index.type === "unique" ? "unique index" : "index";
    const suffix = index.type === "id" ? "pkey" : index.type === "unique" ? "key" : "idx";
    const wantedName = index.dbName ?? (index.type === "id" ? `${table}_pkey` : `${table}_${columns.join("_")}_${suffix}`);
    const label = `${kind} on "${table}"(${list(columns)})`;
    const onColumns = db.indexes.filter((i) => i.table === table && sameColumns(i.columns, columns));
    const match = onColumns.find((i) =>
      index.type === "id" ? i.primary : index.type === "unique" ? i.unique && !i.primary : !i.unique,
    );
    if (!match) {
      const other = onColumns[0];
      drift.push(other ? `${label} is missing ("${other.name}" covers the columns but is ${other.primary ? "the primary key" : other.unique ? "unique" : "not unique"})` : `${label} is missing`);
    } else if (match.name !== wantedName && wantedName.length <= 63) {
      // Prisma derives names from columns; a renamed index would show up as drift in its next migration.
      drift.push(`${label} is named "${match.name}", Prisma expects "${wantedName}"`);
    }
  }
  return drift;
}

import type { Prisma } from "~/generated/prisma/client";
import type { PositionFields } from "./position-schema";
import { isoDayOf } from "~/lib/dates";
import { splitCertificates } from "./position-schema";

// A position as the audit trail sees it: plain JSON values, dates as YYYY-MM-DD, id lists sorted,
// so "what changed" is a comparison of two of these.

export const positionRecordSelect = {
  id: true,
  enterpriseId: true,
  status: true,
  title: true,
  description: true,
  kind: true,
  clusterId: true,
  headcount: true,
  city: true,
  district: true,
  address: true,
  payMin: true,
  payMax: true,
  startDate: true,
  durationMonths: true,
  minAge: true,
  wantedCertificates: true,
  contact: true,
  deadline: true,
  publishedAt: true,
  programs: { select: { programId: true }, orderBy: { programId: "asc" } },
  categories: { select: { categoryId: true }, orderBy: { categoryId: "asc" } },
} as const satisfies Prisma.PositionSelect;

export type PositionRecord = Prisma.PositionGetPayload<{ select: typeof positionRecordSelect }>;

const dayColumn = (day: string | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);
const sorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);

export type AuditedFields = ReturnType<typeof auditedFieldsOf>;

export function auditedFieldsOf(record: PositionRecord) {
  return {
    title: record.title,
    description: record.description,
    kind: record.kind as string,
    clusterId: record.clusterId,
    programIds: record.programs.map((p) => p.programId),
    categoryIds: record.categories.map((c) => c.categoryId),
    headcount: record.headcount,
    city: record.city,
    district: record.district as string | null,
    address: record.address,
    payMin: record.payMin,
    payMax: record.payMax,
    startDate: isoDayOf(record.startDate),
    durationMonths: record.durationMonths,
    minAge: record.minAge,
    wantedCertificates: record.wantedCertificates,
    contact: record.contact,
    deadline: isoDayOf(record.deadline),
  };
}

export function auditedFieldsFrom(fields: PositionFields): AuditedFields {
  return {
    title: fields.title,
    description: fields.description,
    kind: fields.kind,
    clusterId: fields.clusterId ?? null,
    programIds: sorted(fields.programIds),
    categoryIds: sorted(fields.categoryIds),
    headcount: fields.headcount,
    city: fields.city ?? null,
    district: fields.district ?? null,
    address: fields.address || null,
    payMin: fields.payMin ?? null,
    payMax: fields.payMax ?? null,
    startDate: fields.startDate ?? null,
    durationMonths: fields.durationMonths ?? null,
    minAge: fields.minAge ?? null,
    wantedCertificates: splitCertificates(fields.wantedCertificates),
    contact: fields.contact || null,
    deadline: fields.deadline ?? null,
  };
}

/** The Position columns (not the program/category links) for `fields`. */
export function positionColumns(fields: AuditedFields) {
  const { programIds: _programs, categoryIds: _categories, kind, district, startDate, deadline, ...plain } = fields;
  return {
    ...plain,
    kind: kind as PositionRecord["kind"],
    district: district as PositionRecord["district"],
    startDate: dayColumn(startDate ?? undefined),
    deadline: dayColumn(deadline ?? undefined),
  };
}

export type Changes = Record<string, [unknown, unknown]>;

/** field → [before, after] for every field that differs; `before` null means the position is new. */
export function changesBetween(before: Record<string, unknown> | null, after: Record<string, unknown>): Changes {
  const changes: Changes = {};
  for (const [field, value] of Object.entries(after)) {
    if (before === null && (value == null || (Array.isArray(value) && value.length === 0))) continue;
    const previous = before ? (before[field] ?? null) : null;
    if (JSON.stringify(previous) !== JSON.stringify(value ?? null)) changes[field] = [previous, value ?? null];
  }
  return changes;
}

const orUndefined = <T,>(value: T | null) => value ?? undefined;

/** The edit form's starting values (conform wants undefined, not null, for an empty field). */
export function formDefaults(record: PositionRecord) {
  const fields = auditedFieldsOf(record);
  return {
    id: record.id,
    status: record.status,
    title: fields.title,
    kind: fields.kind,
    description: fields.description,
    clusterId: orUndefined(fields.clusterId),
    programIds: fields.programIds,
    categoryIds: fields.categoryIds,
    headcount: fields.headcount,
    city: orUndefined(fields.city),
    district: orUndefined(fields.district),
    address: orUndefined(fields.address),
    payMin: orUndefined(fields.payMin),
    payMax: orUndefined(fields.payMax),
    startDate: orUndefined(fields.startDate),
    durationMonths: orUndefined(fields.durationMonths),
    minAge: orUndefined(fields.minAge),
    wantedCertificates: fields.wantedCertificates.join("\n"),
    contact: orUndefined(fields.contact),
    deadline: orUndefined(fields.deadline),
  };
}
export type PositionFormDefaults = ReturnType<typeof formDefaults>;

import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import { DOMAIN_WORDS, SYNONYM_GROUPS } from "./synonyms";

// Chinese has no spaces, so words come from jieba (the segmenter Meilisearch uses for Chinese).
// The PostgreSQL engine matches whole terms in a GIN index, so everything that Meilisearch does
// inside its engine happens here, once at write time where possible:
//   word      厨师        every word of the text (precise cut plus search-mode sub-words)
//   prefix    厨*  厨师*  proper prefixes of the words of names (title, programs, enterprise), for the last query word
//   synonym   =厨师       the group's first word, for any word of a synonym group (both ways at once)

export const normalize = (text: string) => text.normalize("NFKC").toLowerCase();

let segmenter: { jieba: Jieba; added: string[] } | undefined;
function loaded() {
  if (!segmenter) {
    const jieba = Jieba.withDict(dict);
    // Only words jieba would split (西贝 → 西|贝), at a modest frequency: enough to keep them whole,
    // not enough to beat common words around them. A high one, or re-adding a word jieba knows,
    // lets a rare word win its neighbours' characters: 维护工 would become 维|护工.
    const added = [...new Set(DOMAIN_WORDS.map(normalize))].filter((w) => jieba.cut(w, false).length > 1);
    jieba.loadDict(Buffer.from(added.map((w) => `${w} 1000 n`).join("\n")));
    segmenter = { jieba, added };
  }
  return segmenter;
}
const jieba = () => loaded().jieba;

/** The field's words added to jieba's dictionary; Meilisearch gets the same list. */
export const addedWords = () => [...loaded().added];

// Function words carry no meaning for matching; single letters/digits are noise too.
const STOP = new Set("的 了 和 与 及 或 等 在 是 为 有 对 并 把 被 从 到 以 之 也 就 都 而 及其 或者 以及 我们 你 我 他".split(" "));
const PIECE = /[\p{L}\p{N}]+/gu;

const pieces = (tokens: string[]) => tokens.flatMap((t) => t.match(PIECE) ?? []).filter((t) => !STOP.has(t));

/**
 * Words of a text to index: the precise segmentation and its search-mode sub-words (电子商务 →
 * 电子, 商务). For names (titles, programs, enterprises) also the longer dictionary words inside
 * (室内设计师 → 室内设计), so a query word is found however jieba happened to cut the name. Only
 * words of three characters or more, and not in prose: across word boundaries short ones are
 * words nobody wrote (维护工 → 护工, 设备维护工程 → 护工, 工程).
 */
export function indexWords(text: string, { inside = true } = {}): string[] {
  const normal = normalize(text);
  const within = inside ? jieba().cutAll(normal).filter((w) => [...w].length > 2) : [];
  return [...new Set(pieces([...jieba().cut(normal, true), ...jieba().cutForSearch(normal, true), ...within]))];
}

/** Words of a query, in order: the precise segmentation only, so a query word is never split further than the text's. */
export function queryWords(text: string): string[] {
  return [...new Set(pieces(jieba().cut(normalize(text), true)))];
}

const canonical = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  for (const word of group) {
    const key = normalize(word);
    if (canonical.has(key)) throw new Error(`同义词「${word}」出现在两个组里`);
    canonical.set(key, `=${normalize(group[0]!)}`);
  }
}

/** The synonym term of a word, if it belongs to a group. */
export const synonymTerm = (word: string) => canonical.get(word);

const prefixes = (word: string) => {
  const chars = [...word];
  return chars.slice(0, -1).map((_, i) => `${chars.slice(0, i + 1).join("")}*`);
};

/**
 * All terms a text contributes to the index. A name gets the words inside it and prefixes, for the
 * half-typed last word; prose (a description) only its segmentation, since a finished word matches
 * there anyway and prefixes would double the index for little.
 */
export function indexTerms(text: string, kind: "name" | "prose" = "name"): string[] {
  const terms = new Set<string>();
  for (const word of indexWords(text, { inside: kind === "name" })) {
    terms.add(word);
    const synonym = synonymTerm(word);
    if (synonym) terms.add(synonym);
    if (kind === "name") for (const prefix of prefixes(word)) terms.add(prefix);
  }
  return [...terms];
}

/**
 * A query as groups of alternatives: a document matches when it has at least one term of every
 * group. Like Meilisearch, the last word also matches as a prefix while the user is still typing
 * (no space after it).
 */
export function queryGroups(q: string | undefined): string[][] {
  if (!q) return [];
  const words = queryWords(q);
  const typing = !/\s$/.test(q);
  return words.map((word, i) => {
    const alternatives = [word];
    const synonym = synonymTerm(word);
    if (synonym) alternatives.push(synonym);
    if (typing && i === words.length - 1) alternatives.push(`${word}*`);
    return alternatives;
  });
}

const SYNONYM_WORDS = new Map(SYNONYM_GROUPS.map((group) => [`=${normalize(group[0]!)}`, group.map(normalize)]));

/**
 * The words a query group stands for, as LIKE patterns: the word, every word of its synonym group,
 * and (prefix terms) the typed start, which a substring test covers. For ranking by where the words
 * occur (title, programs, enterprise), a quick substring test on those short texts.
 */
export function groupPatterns(group: string[]): string[] {
  const words = group.flatMap((term) => (term.startsWith("=") ? (SYNONYM_WORDS.get(term) ?? []) : [term.replace(/\*$/, "")]));
  return [...new Set(words)].map((w) => `%${w}%`);
}

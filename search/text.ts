import { Jieba } from "@node-rs/jieba";
import { dict } from "@node-rs/jieba/dict.js";
import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";
import { DOMAIN_WORDS, SYNONYM_GROUPS } from "./synonyms";

// Chinese has no spaces, so words come from jieba (the segmenter Meilisearch uses for Chinese).
// The PostgreSQL engine matches whole terms in a GIN index, so everything that Meilisearch does
// inside its engine happens here, once at write time where possible:
//   word      厨师 c++ 1+x   every word of the text (precise cut plus search-mode sub-words); Latin
//                           words keep the symbols people write them with (c++, c#, .net, 1+x)
//   gram      吃住 厨         CJK bigrams of every field and unigrams of names, as Lucene's CJK
//                           analyzer: a query word is found inside a longer word jieba kept whole
//   prefix    厨*  厨师*      proper prefixes of the words of names (title, programs, enterprise), for the last query word
//   synonym   =厨师           the group's first word, for any word of a synonym group (both ways at once)
//   pinyin    ~chushi ~cs     full pinyin and initials of the words of names (~ title, ~~ programs and enterprise)
// Query terms of the form &西餐热厨 stand for "every bigram of 西餐热厨" (conjunctionTerms).

// Traditional → simplified, the Taiwan phrases first (軟體 → 软件), then the Hong Kong variants
// (衞 → 卫) the Taiwan table leaves. Applied to index text and query alike, so both sides agree
// even where a conversion is debatable (著 → 着).
const fromTaiwan = OpenCC.Converter({ from: "twp", to: "cn" });
const fromHongKong = OpenCC.Converter({ from: "hk", to: "cn" });
const HAN = /\p{Script=Han}/u;

/** Traditional (Taiwan, Hong Kong) characters and phrases to simplified; other text unchanged. */
export const simplify = (text: string) => (HAN.test(text) ? fromHongKong(fromTaiwan(text)) : text);

/** Full-width to ASCII, lower case, traditional to simplified: the form every term and pattern is in. */
export const normalize = (text: string) => simplify(text.normalize("NFKC").toLowerCase());

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

// Function words carry no meaning for matching.
const STOP = new Set("的 了 和 与 及 或 等 在 是 为 有 对 并 把 被 从 到 以 之 也 就 都 而 及其 或者 以及 我们 你 我 他".split(" "));
const PIECE = /[\p{L}\p{N}]+/gu;

/**
 * Latin words and numbers as people write them: letters and digits joined by + # . and mixes of
 * both (c++, c#, .net, asp.net, 1+x, 5g, 3d, b2b). The text between them goes to jieba. A leading
 * dot counts only before a letter and after a non-word character (.net, not the end of "java.").
 */
const LATIN = /(?<![a-z0-9])\.(?=[a-z])[a-z0-9]+(?:[.+][a-z0-9]+)*(?:\+{1,2}|#)?|[a-z0-9]+(?:[.+][a-z0-9]+)*(?:\+{1,2}(?![a-z0-9])|#)?/gu;

type Segment = { latin: boolean; text: string };

/** A normalised text as alternating Latin words and other text, in order. */
function segments(normal: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of normal.matchAll(LATIN)) {
    if (m.index > at) out.push({ latin: false, text: normal.slice(at, m.index) });
    out.push({ latin: true, text: m[0] });
    at = m.index + m[0].length;
  }
  if (at < normal.length) out.push({ latin: false, text: normal.slice(at) });
  return out;
}

const pieces = (tokens: string[]) => tokens.flatMap((t) => t.match(PIECE) ?? []).filter((t) => !STOP.has(t));

/** A Latin word and, for dotted ones, its parts (asp.net → asp, net), so either half finds it. */
const latinWords = (word: string) => (word.includes(".") ? [word, ...word.split(".").filter((p) => p.length > 1)] : [word]);

/**
 * Words of a text to index: the precise segmentation and its search-mode sub-words (电子商务 →
 * 电子, 商务). For names (titles, programs, enterprises) also the longer dictionary words inside
 * (室内设计师 → 室内设计), so a query word is found however jieba happened to cut the name. Only
 * words of three characters or more, and not in prose: across word boundaries short ones are
 * words nobody wrote (维护工 → 护工, 设备维护工程 → 护工, 工程).
 */
export function indexWords(text: string, { inside = true } = {}): string[] {
  return wordsOf(normalize(text), inside);
}

/** indexWords of a text already normalised: normalising (opencc) is the costlier half, done once per text. */
function wordsOf(normal: string, inside: boolean): string[] {
  const words: string[] = [];
  for (const s of segments(normal)) {
    if (s.latin) {
      words.push(...latinWords(s.text));
      continue;
    }
    const within = inside ? jieba().cutAll(s.text).filter((w) => [...w].length > 2) : [];
    // cutForSearch yields every word of the precise cut (jieba: each word after its sub-words), so one call gives both.
    words.push(...pieces([...jieba().cutForSearch(s.text, true), ...within]));
  }
  return [...new Set(words)];
}

/**
 * Single characters jieba left side by side are a word it does not know (吃住 → 吃|住): joined
 * again, they match as one word through the bigrams, not as characters anywhere in the text.
 */
function joinSingles(tokens: string[]): string[] {
  const out: string[] = [];
  let run = "";
  const flush = () => {
    if (run) out.push(run);
    run = "";
  };
  for (const token of tokens) {
    if ([...token].length === 1 && HAN.test(token) && !STOP.has(token)) run += token;
    else {
      flush();
      out.push(token);
    }
  }
  flush();
  return out;
}

/**
 * Words of a query, in order: the precise segmentation only, so a query word is never split further
 * than the text's. `filler` (search/query.ts QUERY_FILLER) are jieba's words that ask for a job and
 * name none: they are left out before single characters are joined, so 找厨 reads 厨, not 找厨, and
 * 找厨师 reads as 厨师. Left out only when other words remain (岗位 alone is still a word).
 */
export function queryWords(text: string, filler?: { has(word: string): boolean }): string[] {
  const cut = segments(normalize(text)).map((s) => (s.latin ? { latin: true, tokens: [s.text] } : { latin: false, tokens: jieba().cut(s.text, true) }));
  const words = (drop: boolean) =>
    cut.flatMap((s) =>
      s.latin ? s.tokens : pieces(joinSingles(drop ? s.tokens.map((t) => (filler!.has(t) ? " " : t)) : s.tokens)),
    );
  const kept = filler ? words(true) : [];
  return [...new Set(kept.length > 0 ? kept : words(false))];
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

const isLatinLetter = (c: string) => /^[a-z]$/.test(c);
/** Proper prefixes of a word, but never a lone Latin letter: "c" must not find every word starting with c. */
const prefixes = (word: string) => {
  const chars = [...word];
  return chars
    .slice(0, -1)
    .map((_, i) => chars.slice(0, i + 1).join(""))
    .filter((p) => !isLatinLetter(p) && /[\p{L}\p{N}]/u.test(p))
    .map((p) => `${p}*`);
};

const HAN_RUN = /\p{Script=Han}+/gu;
/** CJK bigrams of a normalised text, and its single characters when asked (for one-character queries). */
export function cjkGrams(normal: string, { unigrams }: { unigrams: boolean }): string[] {
  const grams = new Set<string>();
  for (const [run] of normal.matchAll(HAN_RUN)) {
    const chars = [...run];
    for (let i = 0; i < chars.length; i++) {
      if (unigrams) grams.add(chars[i]!);
      if (i + 1 < chars.length) grams.add(chars[i]! + chars[i + 1]!);
    }
  }
  return [...grams];
}

// Names repeat the same words (厨师, 有限公司) across thousands of positions: remember their pinyin.
const PINYIN_CACHE_SIZE = 50_000;
const pinyinCache = new Map<string, { full: string; initials: string } | null>();

/** Pinyin of the Han characters of a word: full (chushi) and initials (cs); none for a word without Han. */
export function pinyinOf(word: string): { full: string; initials: string } | null {
  const cached = pinyinCache.get(word);
  if (cached !== undefined) return cached;
  const han = [...word].filter((c) => HAN.test(c)).join("");
  const result = han
    ? {
        full: pinyin(han, { toneType: "none", type: "array", v: true }).join(""),
        initials: pinyin(han, { pattern: "first", toneType: "none", type: "array" }).join(""),
      }
    : null;
  if (pinyinCache.size >= PINYIN_CACHE_SIZE) pinyinCache.clear();
  pinyinCache.set(word, result);
  return result;
}

/** The pinyin of a name's words and of its whole Han runs, full and initials (厨师 → chushi, cs). */
function namePinyin(normal: string, words: string[]): { full: string; initials: string }[] {
  const whole = [...normal.matchAll(HAN_RUN)].map((m) => m[0]);
  return [...new Set([...words, ...whole])].flatMap((word) => pinyinOf(word) ?? []);
}

/** A name's pinyin as words (chushi cs zhongcanchushi zccs), for Meilisearch's pinyin attributes. */
export function pinyinWords(text: string): string[] {
  const normal = normalize(text);
  const words = namePinyin(normal, wordsOf(normal, true)).flatMap((p) => (p.initials.length > 1 ? [p.full, p.initials] : [p.full]));
  return [...new Set(words)];
}

/** Pinyin terms of a name: every word's and the whole name's full pinyin and initials; the title's full pinyin also as prefixes. */
function pinyinTerms(normal: string, words: string[], mark: "~" | "~~"): string[] {
  const terms: string[] = [];
  for (const p of namePinyin(normal, words)) {
    terms.push(`${mark}${p.full}`);
    if (p.initials.length > 1) terms.push(`${mark}${p.initials}`);
    // From three letters on: "ch" stands for too many syllables to be worth a term.
    if (mark === "~") for (let i = 3; i < p.full.length; i++) terms.push(`~${p.full.slice(0, i)}*`);
  }
  return terms;
}

/**
 * All terms a text contributes to the index. A name gets the words inside it, prefixes for the
 * half-typed last word, unigrams and pinyin (title: "title", programs and enterprise: "name"); a
 * description or the position's facts only words and bigrams ("prose"), since prefixes and pinyin
 * there would double the index for little.
 */
export function indexTerms(text: string, kind: "title" | "name" | "prose" = "name"): string[] {
  if (kind === "prose") return termsOf(text, kind);
  // Names repeat across positions (an enterprise's, a program's, a common title): computed once each.
  const key = `${kind}\n${text}`;
  const cached = nameTermsCache.get(key);
  if (cached) return cached;
  const terms = termsOf(text, kind);
  remember(nameTermsCache, key, terms);
  return terms;
}

const NAME_CACHE_SIZE = 20_000;
const nameTermsCache = new Map<string, string[]>();
const titleTextCache = new Map<string, string>();
const remember = <T>(cache: Map<string, T>, key: string, value: T) => {
  if (cache.size >= NAME_CACHE_SIZE) cache.clear();
  cache.set(key, value);
};

function termsOf(text: string, kind: "title" | "name" | "prose"): string[] {
  const named = kind !== "prose";
  const normal = normalize(text);
  const terms = new Set<string>();
  const words = wordsOf(normal, named);
  for (const word of words) {
    terms.add(word);
    const synonym = synonymTerm(word);
    if (synonym) terms.add(synonym);
    if (named) for (const prefix of prefixes(word)) terms.add(prefix);
  }
  for (const gram of cjkGrams(normal, { unigrams: named })) terms.add(gram);
  if (named) for (const term of pinyinTerms(normal, words, kind === "title" ? "~" : "~~")) terms.add(term);
  return [...terms];
}

const hanWord = (word: string) => [...word].every((c) => HAN.test(c));
const pinyinLike = (word: string) => /^[a-z]{2,}$/.test(word);

/**
 * A query as groups of alternatives: a document matches when it has at least one term of every
 * group. A Han word of three or more characters matches wherever all its bigrams are (&word), so
 * it is found inside longer words; like Meilisearch, the last word also matches as a prefix while
 * the user is still typing (no space after it), except a lone Latin letter. A word of Latin
 * letters may be pinyin: it also matches the pinyin of names (~word), which ranks below characters.
 */
export function queryGroups(q: string | undefined): string[][] {
  if (!q) return [];
  const words = queryWords(q);
  const typing = !/\s$/.test(q);
  return words.map((word, i) => {
    const last = typing && i === words.length - 1;
    const long = hanWord(word) && [...word].length > 2;
    const alternatives = [long ? `&${word}` : word];
    const synonym = synonymTerm(word);
    if (synonym) alternatives.push(synonym);
    if (last && !long && !isLatinLetter(word)) alternatives.push(`${word}*`);
    if (pinyinLike(word)) {
      alternatives.push(`~${word}`, `~~${word}`);
      if (last) alternatives.push(`~${word}*`);
    }
    return alternatives;
  });
}

/** The terms a query term requires all of: &西餐热厨 → 西餐, 餐热, 热厨; any other term is itself. */
export const conjunctionTerms = (term: string): string[] => (term.startsWith("&") ? cjkGrams(term.slice(1), { unigrams: false }) : [term]);

/** Whether a term is pinyin (~, ~~): such a match ranks below any match of characters. */
export const isPinyinTerm = (term: string) => term.startsWith("~");

/** Whether a term is title pinyin (~chushi, ~chu*), which suggestions accept. */
export const isTitlePinyinTerm = (term: string) => term.startsWith("~") && !term.startsWith("~~");

const SYNONYM_WORDS = new Map(SYNONYM_GROUPS.map((group) => [`=${normalize(group[0]!)}`, group.map(normalize)]));

/**
 * The words a query group stands for, as LIKE patterns: the word, every word of its synonym group,
 * and (prefix terms) the typed start, which a substring test covers; pinyin has no pattern. For
 * ranking by where the words occur (title, programs, enterprise), a quick substring test on those short texts.
 */
export function groupPatterns(group: string[]): string[] {
  const words = group
    .filter((term) => !isPinyinTerm(term))
    .flatMap((term) => (term.startsWith("=") ? (SYNONYM_WORDS.get(term) ?? []) : [term.replace(/^&/, "").replace(/\*$/, "")]));
  return [...new Set(words)].map((w) => `%${w}%`);
}

/**
 * The same words as whole words of a title's word list (search/postgres/store.ts titleText: the
 * title, a newline, then its words between spaces): an exact word ranks above a word found inside
 * a longer one (厨 in 西餐热厨 above 厨 in 厨师; 护工 above the 护工 inside 维护工).
 */
export function groupWordPatterns(group: string[]): string[] {
  return groupPatterns(group.filter((term) => !term.endsWith("*"))).map((p) => `% ${p.slice(1, -1)} %`);
}

/** A title as stored for ranking: the normalised title, a newline, its words between spaces. */
export function titleText(title: string): string {
  const cached = titleTextCache.get(title);
  if (cached !== undefined) return cached;
  const normal = normalize(title);
  const text = `${normal}\n ${wordsOf(normal, true).join(" ")} `;
  remember(titleTextCache, title, text);
  return text;
}

// Readers for server-rendered HTML: what a page shows, without a DOM.

/** The figure a <Stat> shows above `label` (see app/features/home/stat.tsx). */
export function stat(html: string, label: string): string | undefined {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`class="stat">([^<]*)</div><div class="muted">${escaped}</div>`).exec(html)?.[1];
}

/** The text of each cell in the first table row containing `needle` (e.g. `href="/schools/3"`). */
export function rowCells(html: string, needle: string): string[] | undefined {
  const row = html.match(/<tr[^>]*>.*?<\/tr>/gs)?.find((r) => r.includes(needle));
  return row?.match(/<t[dh][^>]*>.*?<\/t[dh]>/gs)?.map(text);
}

/** Visible text of an HTML fragment (React's <!-- --> separators and tags dropped). */
export function text(fragment: string): string {
  return fragment.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, "").trim();
}

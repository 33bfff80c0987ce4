import { Form, useLocation } from "@remix-run/react";

/**
 * 收藏 / 取消收藏 for one position: a POST to /saved that comes back to this page, so it works
 * without JavaScript; with it, Remix submits the same form and reloads the page's data.
 */
export function SaveToggle({ positionId, saved, title }: { positionId: number; saved: boolean; title?: string }) {
  const location = useLocation();
  return (
    <Form method="post" action="/saved" className="save-toggle" preventScrollReset>
      <input type="hidden" name="positionId" value={positionId} />
      <input type="hidden" name="returnTo" value={`${location.pathname}${location.search}`} />
      <button
        type="submit"
        name="intent"
        value={saved ? "unsave" : "save"}
        aria-pressed={saved}
        aria-label={title ? `${saved ? "取消收藏" : "收藏"}：${title}` : undefined}
        data-saved={saved ? "true" : "false"}
      >
        {saved ? "★ 已收藏" : "☆ 收藏"}
      </button>
    </Form>
  );
}

/** 保存此搜索 on /positions: the page's own query string goes along; the server keeps only what is searched. */
export function SaveSearchButton() {
  const location = useLocation();
  return (
    <Form method="post" action="/saved" className="save-search">
      <input type="hidden" name="search" value={location.search} />
      <button type="submit" name="intent" value="saveSearch">
        保存此搜索（有新岗位时提醒我）
      </button>
    </Form>
  );
}

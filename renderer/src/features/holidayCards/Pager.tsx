import { useState } from 'react';

/** One page of a long list; the page stays in range when the list gets shorter. */
export function usePage<T>(items: readonly T[], pageSize: number) {
  const [page, setPage] = useState(0);
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const current = Math.min(page, pageCount - 1);
  return {
    items: items.slice(current * pageSize, (current + 1) * pageSize),
    page: current,
    pageCount,
    first: current * pageSize + 1,
    last: Math.min(items.length, (current + 1) * pageSize),
    total: items.length,
    setPage,
  };
}

interface PagerProps {
  /** What is paged, e.g. "Cards": names the navigation for screen readers. */
  label: string;
  paging: ReturnType<typeof usePage>;
}

/** Previous and next buttons with "21–40 of 240"; nothing when everything fits on one page. */
export function Pager({ label, paging }: PagerProps) {
  if (paging.pageCount <= 1) return null;
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <button
        type="button"
        className="button"
        onClick={() => paging.setPage(paging.page - 1)}
        disabled={paging.page === 0}
      >
        Previous<span className="visually-hidden"> {label.toLowerCase()}</span>
      </button>
      <span className="pager__position">
        {paging.first.toLocaleString()}–{paging.last.toLocaleString()} of {paging.total.toLocaleString()}
      </span>
      <button
        type="button"
        className="button"
        onClick={() => paging.setPage(paging.page + 1)}
        disabled={paging.page >= paging.pageCount - 1}
      >
        Next<span className="visually-hidden"> {label.toLowerCase()}</span>
      </button>
    </nav>
  );
}

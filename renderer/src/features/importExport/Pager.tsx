interface PagerProps {
  /** What is paged, e.g. "Problems": names the navigation for screen readers. */
  label: string;
  total: number;
  offset: number;
  pageSize: number;
  onOffset: (offset: number) => void;
}

/** Previous and next buttons with "21–40 of 1,204"; nothing when everything fits on one page. */
export function Pager({ label, total, offset, pageSize, onOffset }: PagerProps) {
  if (total <= pageSize) return null;
  const last = Math.min(total, offset + pageSize);
  return (
    <nav className="import-pager" aria-label={`${label} pages`}>
      <button
        type="button"
        className="button"
        onClick={() => onOffset(Math.max(0, offset - pageSize))}
        disabled={offset === 0}
      >
        Previous<span className="visually-hidden"> {label.toLowerCase()}</span>
      </button>
      <span className="import-pager__position">
        {(offset + 1).toLocaleString()}–{last.toLocaleString()} of {total.toLocaleString()}
      </span>
      <button
        type="button"
        className="button"
        onClick={() => onOffset(offset + pageSize)}
        disabled={last >= total}
      >
        Next<span className="visually-hidden"> {label.toLowerCase()}</span>
      </button>
    </nav>
  );
}

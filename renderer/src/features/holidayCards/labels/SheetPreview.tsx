import type { LabelTemplate } from '@shared/labels';
import { useEffect, useRef, useState } from 'react';

const cssPixelsPerMm = 96 / 25.4;

/**
 * The first sheet as it will print, drawn by the browser from the very document that is
 * printed, in a sandboxed frame (no scripts, no access to the app) scaled down to fit.
 */
export function SheetPreview({ html, template }: { html: string; template: LabelTemplate }) {
  const frameBox = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const box = frameBox.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setWidth(box.clientWidth));
    observer.observe(box);
    setWidth(box.clientWidth);
    return () => observer.disconnect();
  }, []);
  const pageWidth = template.pageWidthMm * cssPixelsPerMm;
  const pageHeight = template.pageHeightMm * cssPixelsPerMm;
  const scale = width > 0 ? width / pageWidth : 0;
  return (
    <figure className="sheet-preview">
      <div className="sheet-preview__frame" ref={frameBox} style={{ height: pageHeight * scale }}>
        <iframe
          title="Preview of the first sheet"
          sandbox=""
          srcDoc={html}
          tabIndex={-1}
          style={{ width: pageWidth, height: pageHeight, transform: `scale(${scale})` }}
        />
      </div>
      <figcaption className="muted">
        The first sheet, {template.name}. Dashed outlines show the labels here; they print only if you ask for
        them.
      </figcaption>
    </figure>
  );
}

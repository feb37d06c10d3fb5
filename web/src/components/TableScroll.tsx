import type { ComponentChildren } from 'preact';

/** A wide table scrolls inside its box on a phone, never the page: the box is focusable so a
 * keyboard can scroll it, named for screen readers, and shadows at its edges say there is more
 * (styles.css .table-scroll). */
export function TableScroll(props: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={props.label}>
      {props.children}
    </div>
  );
}

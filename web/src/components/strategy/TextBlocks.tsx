import type { TextBlock } from '../../lib/types';

/** Blocks of a founding text as written: heading (one level below `level`), paragraphs, and
 * points as a list of heading — sentence. Line breaks are kept (class prose). */
export function TextBlocks(props: { blocks: TextBlock[]; level: 3 | 4 }) {
  const Heading = props.level === 3 ? 'h3' : 'h4';
  return (
    <>
      {props.blocks.map((b, i) => (
        <section key={i} class="text-block">
          {b.title && <Heading>{b.title}</Heading>}
          {b.paragraphs.map((p, k) => <p key={k} class="prose">{p}</p>)}
          {b.items.length > 0 && (
            <ul>
              {b.items.map((x, k) => (
                <li key={k}><strong>{x.title}</strong>{x.text && <span class="prose"> — {x.text}</span>}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

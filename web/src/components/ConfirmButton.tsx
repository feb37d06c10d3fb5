import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { fr } from '../i18n/fr';

/** A destructive button that asks first, in the page rather than in a browser dialog: the first
 * press shows the question with « Confirmer » (focused) and « Annuler »; only « Confirmer » acts.
 * Escape or « Annuler » puts the button back, focused. */
export function ConfirmButton(p: { children: ComponentChildren; question: string; onConfirm: () => unknown; class?: string }) {
  const [asking, setAsking] = useState(false);
  const confirm = useRef<HTMLButtonElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return <button type="button" ref={trigger} class={p.class ?? 'secondary'} onClick={() => setAsking(true)}>{p.children}</button>;
  }
  return (
    <span class="confirm" role="group" aria-label={p.question} onKeyDown={(e) => { if (e.key === 'Escape') setAsking(false); }}>
      <span class="confirm-question">{p.question}</span>{' '}
      <button type="button" ref={confirm} class="danger" onClick={() => { setAsking(false); p.onConfirm(); }}>{fr.confirm.yes}</button>{' '}
      <button type="button" class="secondary" onClick={() => setAsking(false)}>{fr.confirm.no}</button>
    </span>
  );
}

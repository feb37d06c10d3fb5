import { fieldErrors } from '../lib/forms';
import type { Access } from '../lib/types';
import { fr } from '../i18n/fr';

const t = fr.access;

/** Where a change that opens confidential content stands — waiting for another person, confirmed
 * or refused, and by whom — with the buttons to decide it (issue 12 §1). The server decides who
 * may: the buttons are offered to whoever did not ask, its refusal is shown as said. */
export function AccessState(props: {
  access: Access;
  who: string;
  me: string;
  /** Whether to offer the buttons at all (the server still decides). */
  canDecide: boolean;
  decide: (decision: 'confirme' | 'refuse') => Promise<unknown>;
  onDone: (message: string) => void;
}) {
  const a = props.access;
  async function decide(decision: 'confirme' | 'refuse') {
    try {
      await props.decide(decision);
      props.onDone(decision === 'confirme' ? t.confirmed : t.refused);
    } catch (err) {
      props.onDone(fieldErrors(err).message);
    }
  }
  if (a.state === 'confirme') {
    return a.decided_by ? <span class="hint"> — {t.confirmedBy(a.decided_by)}</span> : null;
  }
  if (a.state === 'refuse') return <span class="error"> — {t.refusedBy(a.decided_by ?? '')}</span>;
  return (
    <span>
      {' '}— <strong>{t.pending}</strong>{a.requested_by ? ` (${t.requestedBy(a.requested_by)})` : ''}
      {a.note && <span class="hint"> {a.note}</span>}
      {props.canDecide && a.requested_by !== props.me && (
        <>
          {' '}
          <button type="button" class="secondary small" onClick={() => decide('confirme')}>
            {t.confirm} <span class="visually-hidden">{props.who}</span>
          </button>{' '}
          <button type="button" class="secondary small" onClick={() => decide('refuse')}>
            {t.refuse} <span class="visually-hidden">{props.who}</span>
          </button>
        </>
      )}
    </span>
  );
}

import { useState } from 'preact/hooks';
import { Input } from '../fields';
import { stepUp } from '../../lib/followup';
import { fieldErrors } from '../../lib/forms';
import { fr } from '../../i18n/fr';

const t = fr.followup;

/** Asks the password (or a code) again, then runs `then`: before any print or export. */
export function StepUpButton(props: { label: string; id: string; then: () => Promise<void> }) {
  const [open, setOpen] = useState(false);
  const [secret, setSecret] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  async function confirm(e: Event) {
    e.preventDefault();
    try {
      await stepUp(secret);
      setSecret('');
      setOpen(false);
      setErrors({});
      setMessage('');
      await props.then();
    } catch (err) {
      const r = fieldErrors(err, `${props.id}.`);
      setErrors(r.errors);
      setMessage(r.message);
    }
  }
  if (!open) return <button type="button" class="secondary" onClick={() => setOpen(true)}>{props.label}</button>;
  return (
    <form onSubmit={confirm} noValidate class="inline" aria-label={`${t.stepUpTitle} : ${props.label}`}>
      <Input path={`${props.id}.secret`} label={t.secret} hint={t.stepUpHint} type="password" value={secret} onInput={setSecret} errors={errors} />
      <button type="submit">{t.confirm}</button>
      <p role="alert" class="error">{message}</p>
    </form>
  );
}

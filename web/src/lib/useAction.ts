import { useState } from 'preact/hooks';
import { fieldErrors, formMessage } from './forms';

/** A form's request: on success a reload, then its message (or the message made from its result); on refusal the error next to its field
 * (`prefix` tells this form's fields from others on the page), or the message when no field
 * of the form is named. */
export function useAction(prefix: string) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  async function act<T>(work: Promise<T>, done: string | ((result: T) => string), reload?: () => unknown) {
    let result: T;
    try {
      result = await work;
    } catch (err) {
      const r = fieldErrors(err, prefix);
      setErrors(r.errors);
      setNotice(formMessage(r));
      return;
    }
    setErrors({});
    // The message comes once the screen shows the change: a reader (or a test) that hears
    // « Réunion supprimée. » must no longer see the meeting.
    try {
      await reload?.();
      setNotice(typeof done === 'function' ? done(result) : done);
    } catch (err) {
      setNotice(formMessage(fieldErrors(err, prefix)));
    }
  }
  return { errors, notice, setNotice, act };
}

import { useState } from 'preact/hooks';
import { fieldErrors, formMessage } from './forms';

/** A form's request: on success its message and a reload; on refusal the error next to its field
 * (`prefix` tells this form's fields from others on the page), or the message when no field
 * of the form is named. */
export function useAction(prefix: string) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  async function act(work: Promise<unknown>, done: string, reload?: () => unknown) {
    try {
      await work;
      setErrors({});
      setNotice(done);
      await reload?.();
    } catch (err) {
      const r = fieldErrors(err, prefix);
      setErrors(r.errors);
      setNotice(formMessage(r));
    }
  }
  return { errors, notice, setNotice, act };
}

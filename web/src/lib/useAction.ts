import { useState } from 'preact/hooks';
import { fieldErrors, formMessage } from './forms';

/** A form's request: on success its message (or the message made from its result) and a reload; on refusal the error next to its field
 * (`prefix` tells this form's fields from others on the page), or the message when no field
 * of the form is named. */
export function useAction(prefix: string) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  async function act<T>(work: Promise<T>, done: string | ((result: T) => string), reload?: () => unknown) {
    try {
      const result = await work;
      setErrors({});
      setNotice(typeof done === 'function' ? done(result) : done);
      await reload?.();
    } catch (err) {
      const r = fieldErrors(err, prefix);
      setErrors(r.errors);
      setNotice(formMessage(r));
    }
  }
  return { errors, notice, setNotice, act };
}

import { ApiError } from './api';
import { fieldId } from '../components/fields';
import { fieldName } from './fieldNames';

/** Turns a refused request into the error shown next to its field (and focuses it). */
export function fieldErrors(e: unknown, prefix = ''): { errors: Record<string, string>; message: string } {
  if (!(e instanceof ApiError)) throw e;
  const field = e.body.field ? prefix + e.body.field : '';
  if (field) setTimeout(() => document.getElementById(fieldId(field))?.focus(), 0);
  // Away from its field, a message such as « Ce champ est obligatoire. » says which field.
  const message = e.body.field ? `${fieldName(e.body.field)} : ${e.body.message}` : e.body.message;
  return { errors: field ? { [field]: e.body.message } : {}, message };
}

/** The form-wide message of a refused request: empty when its error is already shown under a
 * field on screen, so that each error is said once. */
export function formMessage(r: { errors: Record<string, string>; message: string }): string {
  const shown = Object.keys(r.errors).some((f) => document.getElementById(fieldId(f)) !== null);
  return shown ? '' : r.message;
}

import type { ComponentChildren } from 'preact';

/** "budget_lines[0].amount_cents" → "f-budget_lines-0-amount_cents": the id of its input. */
export const fieldId = (path: string) => 'f-' + path.replace(/\[(\d+)\]\.?/g, '-$1-').replace(/\./g, '-').replace(/-$/, '');

interface FieldProps {
  path: string;
  label: string;
  errors: Record<string, string>;
  hint?: string;
  children: (id: string, extra: Record<string, string | boolean | undefined>) => ComponentChildren;
}

/** A labelled control with its hint and its error right below, tied by aria-describedby. */
export function Field(p: FieldProps) {
  const id = fieldId(p.path);
  const error = p.errors[p.path];
  const described = [p.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{p.label}</label>
      {p.hint && <span id={`${id}-hint`} class="hint">{p.hint}</span>}
      {p.children(id, { 'aria-invalid': error ? 'true' : undefined, 'aria-describedby': described || undefined })}
      {error && <p id={`${id}-error`} class="error">{error}</p>}
    </div>
  );
}

export function Input(p: { path: string; label: string; value: string; onInput: (v: string) => void; errors: Record<string, string>; type?: string; hint?: string; multiline?: boolean; required?: boolean; numeric?: boolean }) {
  return (
    <Field path={p.path} label={p.label} errors={p.errors} hint={p.hint}>
      {(id, extra) =>
        p.multiline ? (
          <textarea id={id} rows={3} value={p.value} onInput={(e) => p.onInput((e.target as HTMLTextAreaElement).value)} {...extra} />
        ) : (
          <input id={id} type={p.type ?? 'text'} inputMode={p.numeric ? 'decimal' : undefined} required={p.required} value={p.value} onInput={(e) => p.onInput((e.target as HTMLInputElement).value)} {...extra} />
        )
      }
    </Field>
  );
}

export function Choice(p: { path: string; label: string; value: string; onChange: (v: string) => void; errors: Record<string, string>; options: [string, string][]; empty?: string; hint?: string }) {
  return (
    <Field path={p.path} label={p.label} errors={p.errors} hint={p.hint}>
      {(id, extra) => (
        <select id={id} value={p.value} onChange={(e) => p.onChange((e.target as HTMLSelectElement).value)} {...extra}>
          {p.empty !== undefined && <option value="">{p.empty}</option>}
          {p.options.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
        </select>
      )}
    </Field>
  );
}

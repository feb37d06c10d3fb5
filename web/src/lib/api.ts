// The one way the pages talk to the server: same-origin JSON, the CSRF token on every change,
// and a session that expired sends the person back to the login page with a word of why.

export interface ApiErrorBody {
  code: string;
  message: string;
  field: string | null;
}

export class ApiError extends Error {
  /** Set by pageRecord: the page cannot show anything without this answer. */
  public page = false;
  constructor(
    public status: number,
    public body: ApiErrorBody,
    public method = 'GET',
  ) {
    super(body.message);
  }
}

/** The record a page is about (a fiche, a meeting, a follow-up): when it cannot be read
 * (missing, forbidden), the page says so in its place (Layout) instead of loading for ever. */
export function pageRecord<T>(request: Promise<T>): Promise<T> {
  return request.catch((e: unknown) => {
    if (e instanceof ApiError) e.page = true;
    throw e;
  });
}

export interface Role {
  territory_id: number;
  role: string;
}

export interface Me {
  id: number;
  login: string;
  display_name: string;
  roles: Role[];
  csrf_token: string;
  second_factor: boolean;
  must_enrol: boolean;
}

export const securityPage = '/securite.html';

let csrfToken = '';

// Whether this browser was signed in: a 401 then means the session expired, and the login page
// says so; a first visit is only asked to sign in.
const signedInKey = 'vigie.signed-in';
export function rememberSignedIn(on: boolean): void {
  try {
    if (on) localStorage.setItem(signedInKey, '1');
    else localStorage.removeItem(signedInKey);
  } catch {
    // Storage refused (private browsing): the message is only less precise.
  }
}
function wasSignedIn(): boolean {
  try {
    return localStorage.getItem(signedInKey) === '1';
  } catch {
    return false;
  }
}

export function loginPage(expired: boolean): string {
  const back = encodeURIComponent(location.pathname + location.search);
  return `/connexion.html?retour=${back}${expired ? '&expiree=1' : ''}`;
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return send<T>(method, path, headers, body === undefined ? undefined : JSON.stringify(body));
}

/** A file sent as it is (the request's raw body, typed by the file's own type) to `path`, `?filename=` added; answers and errors as api(). */
export async function apiUpload<T>(path: string, file: File): Promise<T> {
  const target = `${path}${path.includes('?') ? '&' : '?'}filename=${encodeURIComponent(file.name)}`;
  return send<T>('POST', target, { Accept: 'application/json', 'Content-Type': file.type || 'application/octet-stream' }, file);
}

async function send<T>(method: string, path: string, headers: Record<string, string>, body: BodyInit | undefined): Promise<T> {
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  const res = await fetch(path, { method, headers, credentials: 'same-origin', body });
  if (res.status === 401 && path !== '/api/v1/session') {
    // The mark stays until the person signs out: an expired session is said as such each time.
    location.assign(loginPage(wasSignedIn()));
    throw new ApiError(401, { code: 'unauthenticated', message: '', field: null });
  }
  if (res.status === 204) return undefined as T;
  const data = await res.json();
  // Someone who must enrol a second factor reaches nothing else until they do.
  if (res.status === 403 && data.error?.field === 'second_factor' && location.pathname !== securityPage) {
    location.assign(securityPage);
  }
  if (!res.ok) throw new ApiError(res.status, data.error as ApiErrorBody, method);
  return data as T;
}

/** The signed-in user; also arms the CSRF token for later changes. */
export async function loadMe(): Promise<Me> {
  const me = await api<Me>('GET', '/api/v1/me');
  csrfToken = me.csrf_token;
  rememberSignedIn(true);
  return me;
}

/** The CSRF token, for the rare request that is not JSON (a file upload). */
export function csrf(): string {
  return csrfToken;
}

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function canWrite(me: Me, territoryId: number): boolean {
  const role = me.roles.find((r) => r.territory_id === territoryId)?.role;
  return role === 'administrateur' || role === 'coordonnateur';
}

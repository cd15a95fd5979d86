// The API, with the session token held in memory only: never in storage, a URL or a cookie.
let token = null;

export function signedIn() {
  return token !== null;
}

export function forget() {
  token = null;
}

export async function login(username, password) {
  const reply = await call('POST', '/api/auth/login', { username, password });
  if (reply.ok) {
    token = reply.body.token;
  }
  return reply;
}

/** Answers {ok, status, body}; a problem+json body is kept whole so screens can show it by field. */
export async function call(method, path, body) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store', credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch (e) {
    return { ok: false, status: 0, body: null };
  }
  const text = await response.text();
  let parsed = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch (e) {
    parsed = null;
  }
  if (response.status === 401 && token) {
    token = null;
    document.dispatchEvent(new CustomEvent('kintsugi:session-expired'));
  }
  const total = response.headers.get('X-Total-Count');
  return { ok: response.ok, status: response.status, body: parsed, total: total === null ? null : Number(total) };
}

// Whether this browser signed in here before. The session cookie is HttpOnly (script cannot
// read it), so pages keep this hint to ask the server who is signed in only when someone
// may be: a visitor is never answered 401.

const HINT = 'waymark.signedIn';

export function signedInHint(): boolean {
  try {
    return localStorage.getItem(HINT) === '1';
  } catch {
    return true; // storage blocked: ask the server
  }
}

export function setSignedInHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT, '1');
    else localStorage.removeItem(HINT);
  } catch {
    /* storage blocked */
  }
}

// The parts of /api/v1 the account pages use. Sign-up and reset answer the same whatever the
// address, so all a page can say after them is that a mail may be on its way.

import { ApiError, getMe, login, logout, request, type FieldError, type Me } from '../api';

export { ApiError, getMe, login, logout, type FieldError, type Me };

function post<T>(url: string, body: unknown): Promise<T> {
  return request<T>(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export function signUp(email: string, password: string, displayName: string): Promise<unknown> {
  return post('/api/v1/auth/signup', { email, password, ...(displayName ? { display_name: displayName } : {}) });
}

/** Makes the account of a mailed sign-up link and signs it in. */
export function confirmSignUp(token: string, password: string): Promise<Me> {
  return post('/api/v1/auth/signup/confirm', { token, password });
}

export function requestReset(email: string): Promise<unknown> {
  return post('/api/v1/auth/password-reset', { email });
}

/** Sets a new password with a mailed reset link (answered 204, no body). */
export async function completeReset(token: string, password: string): Promise<void> {
  await post('/api/v1/auth/password-reset/confirm', { token, password });
}

export function confirmEmail(token: string): Promise<{ email: string }> {
  return post('/api/v1/auth/email-change/confirm', { token });
}

export interface AccountChanges {
  display_name?: string;
  email?: string;
  password?: string;
  current_password?: string;
}

export function updateMe(changes: AccountChanges): Promise<Me> {
  return request('/api/v1/me', {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(changes),
  });
}

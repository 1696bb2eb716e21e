// The privacy notice as the server gives it (`GET /api/v1/plans/{plan}/privacy`).

import { request } from '../api';

export type Purpose = 'contributions' | 'accounts' | 'mail' | 'conversations' | 'moderation' | 'equality_questions';
export type Right = 'access' | 'rectification' | 'erasure' | 'objection' | 'complaint';
export type CookiePurpose = 'sign_in' | 'visitor' | 'language' | 'your_data';

/** Days each kind of data is kept; 0 keeps it (for inactive accounts: never deleted). */
export interface Retention {
  events_days: number;
  expired_sessions_days: number;
  unconfirmed_subscriptions_days: number;
  sent_mail_days: number;
  idempotency_keys_days: number;
  visitor_links_days: number;
  inactive_accounts_days: number;
  inactive_warning_days: number;
  about_you_days: number;
}

export interface PrivacyNotice {
  plan: string;
  title: string;
  controller: string | null;
  contact: string | null;
  purposes: Purpose[];
  retention: Retention;
  cookies: { name: string; purpose: CookiePurpose; days: number }[];
  rights: Right[];
  complaint_url: string;
}

export function getPrivacy(plan: string): Promise<PrivacyNotice> {
  return request(`/api/v1/plans/${encodeURIComponent(plan)}/privacy`);
}

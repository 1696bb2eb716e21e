// POST /api/v1/about-you: the answers, with the one-time key a write answered with.

import { request } from '../api';

/** The answers; a question left at "Prefer not to say" is left out. */
export interface AboutYouAnswers {
  age_band?: string;
  gender?: string;
  ethnic_group?: string;
  disability?: string;
  tenure?: string;
  postcode_district?: string;
}

export function postAboutYou(key: string, answers: AboutYouAnswers): Promise<{ status: string }> {
  return request('/api/v1/about-you', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ key, ...answers }),
  });
}

/** How many days the plan's server keeps the answers (its privacy notice), or null. */
export async function keptDays(plan: string): Promise<number | null> {
  try {
    const notice = await request<{ retention?: { about_you_days?: number } }>(`/api/v1/plans/${encodeURIComponent(plan)}/privacy`);
    return notice.retention?.about_you_days ?? null;
  } catch {
    return null;
  }
}

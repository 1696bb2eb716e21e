// The Collaborative Action Groups API (`/api/v1/plans/{plan}/groups`, `/api/v1/groups/…`).
// The server decides who may read what: a non-member asking for the members' space is
// answered 401 or 403, which the pages show as such.

import { request } from '../api';

export interface Group {
  id: string;
  plan: string;
  slug: string;
  name: string;
  purpose: string;
  neighbourhoods: string[];
  outline: GeoJSON.MultiPolygon | null;
  schedule: { weekday: number; time: string; timezone: string; interval_weeks: number };
}

export type Standing = 'anonymous' | 'outsider' | 'requested' | 'member' | 'facilitator' | 'admin';

/** The group's fields, and beside them: */
export interface GroupPage extends Group {
  next_meeting: string | null;
  published_minutes: { meeting: string; starts_at: string; html: string }[];
  standing: Standing;
  /** For a member: whether they get the daily mail of new threads. */
  thread_digest: boolean | null;
}

export interface Organisation {
  id: string;
  slug: string;
  name: string;
}

export interface Meeting {
  id: string;
  group: string;
  starts_at: string;
  status: 'scheduled' | 'held' | 'cancelled';
  published_at: string | null;
  minutes: string | null;
  minutes_html: string | null;
}

export interface AgendaItem {
  id: string;
  text: string;
  contribution: string | null;
  proposal: string | null;
  raised_to: string | null;
  raised_to_name: string | null;
}

export interface ActionPoint {
  id: string;
  meeting: string;
  text: string;
  owner: string;
  due: string | null;
  done_at: string | null;
}

export interface MeetingDetail extends Meeting {
  agenda: AgendaItem[];
  action_points: ActionPoint[];
  attendance: string[];
}

export interface AreaEntry {
  type: 'contribution' | 'proposal';
  id: string;
  title: string;
  kind: string;
  support_count: number;
  outcome: string | null;
  created_at: string;
  point: [number, number];
}

export interface SinceLastWeek {
  since: string;
  new: AreaEntry[];
  most_supported: AreaEntry[];
  open_outcomes: AreaEntry[];
}

export interface Member {
  user: string;
  display_name: string | null;
  role: 'facilitator' | 'member';
  status: 'requested' | 'active';
}

export interface Post {
  id: string;
  thread: string | null;
  title: string | null;
  body: string;
  author: string | null;
  status: string;
  reply_count: number;
  created_at: string;
}

export interface Resource {
  id: string;
  title: string;
  url: string | null;
  file: string | null;
  members_only: boolean;
  created_at: string;
}

const enc = encodeURIComponent;
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const g = (id: string) => `/api/v1/groups/${enc(id)}`;

export const groupsApi = {
  list: (plan: string) => request<{ groups: Group[] }>(`/api/v1/plans/${enc(plan)}/groups`),
  page: (id: string) => request<GroupPage>(g(id)),
  members: (id: string) => request<{ members: Member[] }>(`${g(id)}/members`),
  join: (id: string) => request<unknown>(`${g(id)}/membership`, { method: 'PUT' }),
  leave: (id: string) => request<unknown>(`${g(id)}/membership`, { method: 'DELETE' }),
  approve: (id: string, user: string) => request<unknown>(`${g(id)}/members/${enc(user)}`, json('PUT', { role: 'member' })),
  meetings: (id: string) => request<{ meetings: Meeting[] }>(`${g(id)}/meetings`),
  createMeeting: (id: string, startsAt?: string) => request<Meeting>(`${g(id)}/meetings`, json('POST', startsAt ? { starts_at: startsAt } : {})),
  meeting: (id: string, m: string) => request<MeetingDetail>(`${g(id)}/meetings/${enc(m)}`),
  sinceLastWeek: (id: string, m: string) => request<SinceLastWeek>(`${g(id)}/meetings/${enc(m)}/since-last-week`),
  addAgenda: (id: string, m: string, item: { text?: string; contribution?: string; proposal?: string }) =>
    request<AgendaItem>(`${g(id)}/meetings/${enc(m)}/agenda`, json('POST', item)),
  setMinutes: (id: string, m: string, minutes: string) => request<unknown>(`${g(id)}/meetings/${enc(m)}/minutes`, json('PUT', { minutes })),
  publish: (id: string, m: string) => request<unknown>(`${g(id)}/meetings/${enc(m)}/publish`, { method: 'POST' }),
  addActionPoint: (id: string, m: string, p: { text: string; owner: string; due?: string }) =>
    request<ActionPoint>(`${g(id)}/meetings/${enc(m)}/action-points`, json('POST', p)),
  actionPointDone: (id: string, p: string) => request<unknown>(`${g(id)}/action-points/${enc(p)}/done`, json('PUT', { done: true })),
  threads: (id: string) => request<{ posts: Post[] }>(`${g(id)}/threads`),
  thread: (id: string, t: string) => request<{ posts: Post[] }>(`${g(id)}/threads/${enc(t)}`),
  newThread: (id: string, title: string, body: string) => request<Post>(`${g(id)}/threads`, json('POST', { title, body })),
  reply: (id: string, t: string, body: string) => request<Post>(`${g(id)}/threads/${enc(t)}/replies`, json('POST', { body })),
  resources: (id: string) => request<{ resources: Resource[] }>(`${g(id)}/resources`),
  addLink: (id: string, title: string, url: string, membersOnly: boolean) =>
    request<Resource>(`${g(id)}/resources`, json('POST', { title, url, members_only: membersOnly })),
  upload: (id: string, title: string, file: File, membersOnly: boolean) =>
    request<Resource>(`${g(id)}/files?title=${enc(title)}&name=${enc(file.name)}&members_only=${membersOnly}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
    }),
  setAttendance: (id: string, m: string, users: string[]) => request<unknown>(`${g(id)}/meetings/${enc(m)}/attendance`, json('PUT', { users })),
  raise: (id: string, m: string, item: string, organisation: string) =>
    request<AgendaItem>(`${g(id)}/meetings/${enc(m)}/agenda/${enc(item)}/raise`, json('POST', { organisation })),
  organisations: (plan: string) => request<{ organisations: Organisation[] }>(`/api/v1/plans/${enc(plan)}/organisations`),
  flag: (id: string, post: string, reason: string) => request<unknown>(`${g(id)}/posts/${enc(post)}/flags`, json('POST', { reason })),
  setThreadDigest: (id: string, on: boolean) => request<{ on: boolean }>(`${g(id)}/thread-digest`, json('PUT', { on })),
  fileUrl: (id: string, r: string) => `${g(id)}/resources/${enc(r)}/file`,
  groupIcs: (id: string) => `${g(id)}/calendar.ics`,
  meetingIcs: (id: string, m: string) => `${g(id)}/meetings/${enc(m)}/meeting.ics`,
};

// The community energy API (`/api/v1/plans/{plan}/projects`, `/api/v1/projects/…`, champions
// and the learning library). The server decides who may edit: `can_edit` and `next_stages`
// on a project's page say what the person asking may do, and every write is checked again.

import { request } from '../api';

export type Stage = 'forming' | 'feasibility' | 'funding' | 'building' | 'generating';
export const STAGES: Stage[] = ['forming', 'feasibility', 'funding', 'building', 'generating'];

export type Step = 'form_group' | 'find_site' | 'check_network' | 'legal_form' | 'funding';
export const STEPS: Step[] = ['form_group', 'find_site', 'check_network', 'legal_form', 'funding'];

export type HelpTopic = 'solar' | 'heat_pumps' | 'insulation' | 'bills' | 'funding' | 'forming_a_group' | 'digital' | 'talking_to_neighbours';
export const TOPICS: HelpTopic[] = ['solar', 'heat_pumps', 'insulation', 'bills', 'funding', 'forming_a_group', 'digital', 'talking_to_neighbours'];

export interface Project {
  id: string;
  plan: string;
  slug: string;
  proposal: string | null;
  title: string;
  story: string;
  technology: string;
  rooftop: boolean;
  site: GeoJSON.Point | GeoJSON.Polygon;
  stage: Stage;
  kwp: number | null;
  homes_served: number | null;
  buildings_served: number | null;
  updated_at: string;
}

export interface Role {
  id: string;
  title: string;
  description: string;
  open: boolean;
  volunteers: number;
}

export interface ProjectUpdate {
  id: string;
  posted_on: string;
  text: string;
  photo: { url: string; alt: string } | null;
}

/** `due_month` is `YYYY-MM`, `done_on` `YYYY-MM-DD`. */
export interface Milestone {
  id: string;
  title: string;
  due_month: string | null;
  done_on: string | null;
}

export interface ProjectDocument {
  id: string;
  title: string;
  url: string;
  content_type: string;
  byte_size: number;
}

/** One month's generation: `month` is `YYYY-MM`; `source` is `entered` or `imported`. */
export interface GenerationMonth {
  month: string;
  kwh: number;
  source: string;
}

export interface ProjectPage extends Project {
  can_edit: boolean;
  next_stages: Stage[];
  team: { display_name: string | null; role: 'lead' | 'member' }[];
  milestones: Milestone[];
  updates: ProjectUpdate[];
  generation: GenerationMonth[];
  roles: Role[];
  documents: ProjectDocument[];
  checklist: Step[];
  history: { from: Stage | null; to: Stage; at: string }[];
}

export interface Module {
  slug: string;
  title: string;
  body_md: string;
  body_html: string;
  quiz: { question: string; options: string[] }[];
  step: Step | null;
  completed: boolean;
}

export interface Champion {
  id: string;
  name: string;
  email: string;
  can_help_with: HelpTopic[];
  training: string;
  neighbourhoods: string[];
  neighbourhood_names: string[];
  modules: string[];
  distance_m: number | null;
}

export interface Totals {
  by_stage: { stage: Stage; projects: number; kwp: number }[];
  kwp_generating: number;
  kwp_pipeline: number;
  volunteers: number;
  champions_by_neighbourhood: { neighbourhood: string; champions: number }[];
}

const enc = encodeURIComponent;
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});
const p = (id: string) => `/api/v1/projects/${enc(id)}`;

export const projectsApi = {
  list: (plan: string) => request<Project[]>(`/api/v1/plans/${enc(plan)}/projects`),
  create: (plan: string, body: { title: string; story: string; technology: string; site: GeoJSON.Point }) =>
    request<Project>(`/api/v1/plans/${enc(plan)}/projects`, json('POST', body)),
  page: (plan: string, slug: string) => request<ProjectPage>(`/api/v1/plans/${enc(plan)}/projects/${enc(slug)}`),
  fromProposal: (proposal: string) => request<{ project: Project | null; can_create: boolean }>(`/api/v1/proposals/${enc(proposal)}/project`),
  makeFromProposal: (proposal: string) => request<Project>(`/api/v1/proposals/${enc(proposal)}/project`, { method: 'POST' }),
  patch: (id: string, body: Record<string, unknown>) => request<Project>(p(id), json('PATCH', body)),
  move: (id: string, to: Stage) => request<Project>(`${p(id)}/stage`, json('POST', { to })),
  postUpdate: (id: string, text: string) => request<ProjectUpdate>(`${p(id)}/updates`, json('POST', { text })),
  photo: (id: string, update: string, file: File, alt: string) =>
    request<{ url: string; alt: string }>(`${p(id)}/updates/${enc(update)}/photo?alt=${enc(alt)}&name=${enc(file.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
    }),
  addMilestone: (id: string, body: { title: string; due_month: string | null; done_on: string | null }) =>
    request<Milestone>(`${p(id)}/milestones`, json('POST', body)),
  /** The body is the file itself; the server tells its type by its bytes. */
  addDocument: (id: string, title: string, file: File) =>
    request<ProjectDocument>(`${p(id)}/documents?title=${enc(title)}&name=${enc(file.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
    }),
  /** Enters (or replaces) some months; answers every month kept. */
  putGeneration: (id: string, months: { month: string; kwh: number }[]) => request<GenerationMonth[]>(`${p(id)}/generation`, json('PUT', months)),
  /** A meter's `month,kwh` CSV as it is: a 422 names every bad line, and then nothing is written. */
  importGeneration: (id: string, file: File) =>
    request<GenerationMonth[]>(`${p(id)}/generation/import`, { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: file }),
  addMember: (id: string, email: string) => request<unknown>(`${p(id)}/team`, json('POST', { email })),
  addRole: (id: string, title: string, description: string) => request<Role>(`${p(id)}/roles`, json('POST', { title, description })),
  signUp: (id: string, role: string, email: string, name: string) =>
    request<unknown>(`${p(id)}/roles/${enc(role)}/volunteers`, json('POST', { email, name: name || null })),
  setStep: (id: string, step: Step, done: boolean) => request<Step[]>(`${p(id)}/checklist/${enc(step)}`, json('PUT', { done })),
  follow: (id: string) => request<unknown>(`${p(id)}/followers`, { method: 'POST' }),
  volunteersCsv: (id: string) => `${p(id)}/volunteers.csv`,
  totals: (plan: string) => request<Totals>(`/api/v1/plans/${enc(plan)}/projects-totals`),
  library: (plan: string) => request<Module[]>(`/api/v1/plans/${enc(plan)}/library`),
  complete: (plan: string, slug: string, answers: number[]) =>
    request<unknown>(`/api/v1/plans/${enc(plan)}/library/${enc(slug)}/completion`, json('POST', { answers })),
  champions: (plan: string, near: [number, number] | null) =>
    request<Champion[]>(`/api/v1/plans/${enc(plan)}/champions${near ? `?near=${near[0]},${near[1]}` : ''}`),
  register: (plan: string, body: { name: string; neighbourhoods: string[]; can_help_with: HelpTopic[]; training: string }) =>
    request<unknown>(`/api/v1/plans/${enc(plan)}/champions/me`, json('PUT', body)),
};

/** A point to stand for the site: the point itself, or the outline's first corner's centre. */
export function siteCentre(site: GeoJSON.Point | GeoJSON.Polygon): [number, number] {
  if (site.type === 'Point') return [site.coordinates[0], site.coordinates[1]];
  const ring = site.coordinates[0];
  const n = Math.max(1, ring.length - 1);
  const [x, y] = ring.slice(0, n).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
  return [x / n, y / n];
}

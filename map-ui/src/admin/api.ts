// The admin API as the console uses it. Roles are the server's business: a visitor gets
// 401, any account but an administrator's 403.

import { request, type BBox, type Role } from '../api';

export type Moderation = 'pre' | 'post';

export interface AdminPlan {
  slug: string;
  title: string;
  description: string;
  bbox: BBox;
  allow_anonymous: boolean;
  moderation: Moderation;
  /** The most contributions one person may post to the plan in a day; null: no limit. */
  contributions_per_day?: number | null;
  /** Who is responsible for the plan's personal data, and where to write (the privacy notice). */
  privacy_controller?: string | null;
  privacy_contact?: string | null;
}

export interface NewPlan {
  slug: string;
  title: string;
  description?: string;
  bbox?: BBox;
  allow_anonymous: boolean;
  moderation: Moderation;
}

export interface PlanSettings {
  title: string;
  description: string;
  allow_anonymous: boolean;
  moderation: Moderation;
  contributions_per_day: number | null;
  privacy_controller: string | null;
  privacy_contact: string | null;
}

export interface ImportReport {
  layer: string;
  name_field: string;
  source_crs: string | null;
  created: string[];
  updated: string[];
  deleted: string[];
  repaired: { name: string; reason: string }[];
  pins_outside: { id: string; title: string }[];
  plan_area_from_neighbourhoods: boolean;
}

export type BasemapName = 'own' | 'osm' | 'pmtiles';
export interface Basemap {
  current: BasemapName;
  available: {
    own: number;
    osm: number;
    pmtiles: null | { schema: string; min_zoom: number; max_zoom: number; attribution: string; imported_at: string };
  };
}

export interface AdminUser {
  id: string;
  email: string;
  display_name: string | null;
  role: Role;
  disabled: boolean;
  created_at: string;
}

export type OrganisationKind = 'council' | 'housing' | 'network_operator' | 'community_group' | 'other';
export const ORGANISATION_KINDS: OrganisationKind[] = ['council', 'housing', 'network_operator', 'community_group', 'other'];

export interface AdminOrganisation {
  id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
}

export interface AuditEntry {
  id: number | string;
  at: string;
  actor: string | null;
  actor_name: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  reason: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  next: number | string | null;
  actions: string[];
}

export type AuditFilters = Partial<Record<'actor' | 'action' | 'target_type' | 'target' | 'since' | 'until', string>>;

const enc = encodeURIComponent;
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export async function listPlans(): Promise<AdminPlan[]> {
  return (await request<{ plans: AdminPlan[] }>('/api/v1/plans')).plans;
}

export function getPlan(slug: string): Promise<AdminPlan> {
  return request(`/api/v1/plans/${enc(slug)}`);
}

export function createPlan(plan: NewPlan): Promise<AdminPlan> {
  return request('/api/v1/plans', json('POST', plan));
}

/** Resolves to the settings as they now are. */
export function updatePlan(slug: string, settings: PlanSettings): Promise<PlanSettings> {
  return request(`/api/v1/plans/${enc(slug)}`, json('PATCH', settings));
}

/** The media type the server expects for a boundary file, from its name; null for any other file. */
export function boundaryType(name: string): string | null {
  const n = name.toLowerCase();
  if (n.endsWith('.geojson') || n.endsWith('.json')) return 'application/geo+json';
  if (n.endsWith('.gpkg')) return 'application/geopackage+sqlite3';
  if (n.endsWith('.zip')) return 'application/zip';
  return null;
}

/** The media type of an OpenStreetMap extract, from its name; null for any other file. */
export function osmType(name: string): string | null {
  const n = name.toLowerCase();
  if (n.endsWith('.pbf')) return 'application/octet-stream';
  if (n.endsWith('.osm') || n.endsWith('.xml')) return 'application/xml';
  return null;
}

export function uploadNeighbourhoods(slug: string, file: File, type: string, nameField: string): Promise<ImportReport> {
  const q = nameField ? `?${new URLSearchParams({ name_field: nameField })}` : '';
  return request(`/api/v1/plans/${enc(slug)}/neighbourhoods${q}`, { method: 'PUT', headers: { 'Content-Type': type }, body: file });
}

export function getBasemap(slug: string): Promise<Basemap> {
  return request(`/api/v1/plans/${enc(slug)}/basemap`);
}

export function setBasemap(slug: string, basemap: BasemapName): Promise<Basemap> {
  return request(`/api/v1/plans/${enc(slug)}/basemap`, json('PUT', { basemap }));
}

export function uploadOsm(slug: string, file: File, type: string): Promise<{ features: number; basemap: Basemap }> {
  return request(`/api/v1/plans/${enc(slug)}/basemap/osm`, { method: 'PUT', headers: { 'Content-Type': type }, body: file });
}

export async function listOrganisations(plan: string): Promise<AdminOrganisation[]> {
  return (await request<{ organisations: AdminOrganisation[] }>(`/api/v1/plans/${enc(plan)}/organisations`)).organisations;
}

export function createOrganisation(plan: string, org: { name: string; slug?: string; kind: OrganisationKind }): Promise<AdminOrganisation> {
  return request(`/api/v1/plans/${enc(plan)}/organisations`, json('POST', org));
}

/** Makes the account a responder of the organisation (its only one from then on). */
export function makeResponder(organisation: string, user: string): Promise<{ user: string; organisation: string; role: Role }> {
  return request(`/api/v1/organisations/${enc(organisation)}/responders/${enc(user)}`, { method: 'PUT' });
}

export const USERS_PAGE = 50;

export function searchUsers(q: string, role: string, offset: number): Promise<{ users: AdminUser[]; total: number }> {
  const p = new URLSearchParams({ q, limit: String(USERS_PAGE), offset: String(offset) });
  if (role) p.set('role', role);
  return request(`/api/v1/users?${p}`);
}

export function updateUser(id: string, change: { role?: Role; disabled?: boolean }): Promise<AdminUser> {
  return request(`/api/v1/users/${enc(id)}`, json('PATCH', change));
}

export function getAudit(filters: AuditFilters, before: number | string | null): Promise<AuditPage> {
  const p = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) p.set(name, value);
  if (before != null) p.set('before', String(before));
  p.set('limit', '50');
  return request(`/api/v1/audit?${p}`);
}

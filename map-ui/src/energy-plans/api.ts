// The energy-plan routes as the page uses them: plans and their versions, the live impact
// preview, the comparison of two versions, the answers, and what a scenario may name.

import { request, type Rag } from '../api';

const enc = encodeURIComponent;
const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

export type VersionStatus = 'draft' | 'shared' | 'answered';
export type DnoVerdict = 'fits' | 'fits_flexible' | 'needs_reinforcement' | 'does_not_fit';
export type CostBand = 'under_100k' | '100k_to_1m' | '1m_to_5m' | 'over_5m';
export type LaepVerdict = 'aligned' | 'partly' | 'conflicts';

export const DNO_VERDICTS: readonly DnoVerdict[] = ['fits', 'fits_flexible', 'needs_reinforcement', 'does_not_fit'];
export const COST_BANDS: readonly CostBand[] = ['under_100k', '100k_to_1m', '1m_to_5m', 'over_5m'];
export const LAEP_VERDICTS: readonly LaepVerdict[] = ['aligned', 'partly', 'conflicts'];

export interface Battery {
  name: string;
  /** A neighbourhood slug of the plan, or a proposal's `place` (`proposal:<id>`). */
  place: string;
  power_kw: number;
  year: number;
}

export interface Project {
  name: string;
  place: string;
  proposal?: string | null;
  import_kw: number;
  export_kw: number;
  year: number;
}

export interface Scenario {
  target_year: number;
  heat_pumps_pct: number;
  ev_charging_pct: number;
  rooftop_solar_pct: number;
  batteries: Battery[];
  projects: Project[];
}

export interface YearImpact {
  year: number;
  added_demand_mva: number;
  added_generation_mw: number;
  rag: Rag;
  /** Exact figures: network engineers and admins only. */
  demand_headroom_mva?: number;
  generation_headroom_mw?: number;
  demand_left_mva?: number;
  generation_left_mw?: number;
  /** Bands: everyone else. */
  demand_band?: string;
  generation_band?: string;
}

export interface SubstationImpact {
  key: string;
  name: string;
  homes: number;
  /** The worst year's. */
  rag: Rag;
  years: YearImpact[];
}

export interface Impact {
  years: number[];
  substations: SubstationImpact[];
}

export interface Voice {
  id: string;
  kind: string;
  title: string;
  themes: string[];
  conversation: boolean;
  supports: number;
  replies: number;
  neighbourhood: string | null;
}

export interface AreaProposal {
  id: string;
  place: string;
  title: string;
  technology: string;
  import_kw: number;
  export_kw: number;
  status: string;
  group_name: string;
}

export interface NetworkAnswer {
  substation: string;
  name: string | null;
  rag: Rag;
  verdict?: DnoVerdict;
  cost_band?: CostBand | null;
  earliest_year?: number | null;
  note?: string;
  answered_at: string;
}

export interface LaepAnswer {
  rag: Rag;
  verdict?: LaepVerdict;
  note?: string;
  answered_at: string;
}

export interface VersionSummary {
  number: number;
  status: VersionStatus;
  created_at: string;
  shared_at: string | null;
  answered_at: string | null;
}

export interface Version {
  number: number;
  status: VersionStatus;
  scenario: Scenario;
  dfes_scenario: string | null;
  note: string;
  priorities: Voice[];
  proposals: AreaProposal[];
  neighbourhoods_without_homes: string[];
  impact: Impact | null;
  missing_assumptions: { field: string; message: string }[];
  answers: { network: NetworkAnswer[]; laep: LaepAnswer | null };
}

export interface EnergyPlan {
  id: string;
  plan: string;
  title: string;
  group_name: string;
  neighbourhoods: { slug: string; name: string }[];
  area: GeoJSON.Geometry;
  versions: VersionSummary[];
  detail: 'full' | 'public';
  can: { edit: boolean; share: boolean; next_version: boolean; answer_network: boolean; answer_laep: boolean };
  version: Version;
}

export interface PlanSummary {
  id: string;
  title: string;
  group_name: string;
  neighbourhoods: string[];
  version: number;
  status: VersionStatus;
  created_at: string;
}

export interface Comparison {
  from: number;
  to: number;
  changes: { field: string; from: unknown; to: unknown }[];
  substations: {
    key: string;
    name: string;
    rag_from: Rag | null;
    rag_to: Rag | null;
    added_demand_mva_from: number;
    added_demand_mva_to: number;
    added_generation_mw_from: number;
    added_generation_mw_to: number;
  }[];
}

export interface Assumption {
  value: number;
  source: string;
}
export type Assumptions = Record<string, Assumption | null>;

export interface NewPlan {
  title: string;
  group_name: string;
  neighbourhoods: string[];
  scenario: Scenario;
  dfes_scenario?: string | null;
}

export async function listPlans(plan: string): Promise<PlanSummary[]> {
  return (await request<{ items: PlanSummary[] }>(`/api/v1/plans/${enc(plan)}/energy-plans`)).items;
}

export function createPlan(plan: string, body: NewPlan): Promise<EnergyPlan> {
  return request(`/api/v1/plans/${enc(plan)}/energy-plans`, json('POST', body));
}

/** The latest version the asker may see, or version `n`. */
export function getPlan(id: string, n?: number): Promise<EnergyPlan> {
  return request(n ? `/api/v1/energy-plans/${enc(id)}/versions/${n}` : `/api/v1/energy-plans/${enc(id)}`);
}

export function saveDraft(
  id: string,
  n: number,
  body: { scenario: Scenario; dfes_scenario: string | null; note: string; priorities: string[] },
): Promise<EnergyPlan> {
  return request(`/api/v1/energy-plans/${enc(id)}/versions/${n}`, json('PUT', body));
}

export function share(id: string, n: number): Promise<EnergyPlan> {
  return request(`/api/v1/energy-plans/${enc(id)}/versions/${n}/share`, { method: 'POST' });
}

export function startNext(id: string): Promise<EnergyPlan> {
  return request(`/api/v1/energy-plans/${enc(id)}/versions`, { method: 'POST' });
}

export async function preview(id: string, scenario: Scenario, dfes: string | null, signal: AbortSignal): Promise<Impact> {
  return (await request<{ impact: Impact }>(`/api/v1/energy-plans/${enc(id)}/impact`, { ...json('POST', { scenario, dfes_scenario: dfes }), signal })).impact;
}

export function compare(id: string, from: number, to: number): Promise<Comparison> {
  return request(`/api/v1/energy-plans/${enc(id)}/compare?from=${from}&to=${to}`);
}

export function answerNetwork(
  id: string,
  n: number,
  substation: string,
  body: { verdict: DnoVerdict; cost_band?: CostBand; earliest_year?: number; note?: string },
): Promise<EnergyPlan> {
  return request(`/api/v1/energy-plans/${enc(id)}/versions/${n}/answers/network/${enc(substation)}`, json('PUT', body));
}

export function answerLaep(id: string, n: number, body: { verdict: LaepVerdict; note?: string }): Promise<EnergyPlan> {
  return request(`/api/v1/energy-plans/${enc(id)}/versions/${n}/answers/laep`, json('PUT', body));
}

export async function voices(id: string): Promise<Voice[]> {
  return (await request<{ items: Voice[] }>(`/api/v1/energy-plans/${enc(id)}/voices`)).items;
}

export async function dfesScenarios(plan: string): Promise<string[]> {
  return (await request<{ scenarios: string[] }>(`/api/v1/plans/${enc(plan)}/dfes-scenarios`)).scenarios;
}

export async function assumptions(plan: string): Promise<Assumptions> {
  return (await request<{ assumptions: Assumptions }>(`/api/v1/plans/${enc(plan)}/energy-assumptions`)).assumptions;
}

/** The downloads of a version's per-substation figures. */
export function exportUrl(id: string, n: number, format: 'geojson' | 'csv'): string {
  return `/api/v1/energy-plans/${enc(id)}/versions/${n}/substations.${format}`;
}

// The staff figures of `/api/v1/plans/{plan}/participation` (mobilisers, facilitators and
// admins; anyone else is answered 401 or 403).

import { request } from '../api';

/** A count as published: the figure, or "suppressed" (fewer than 10, or derivable). */
export type Published = { count: number } | 'suppressed';

export type Dimension = 'age' | 'gender' | 'ethnic_group' | 'disability' | 'tenure';

export interface Band {
  band: string;
  label_key: string;
  residents: number | null;
  residents_share: number | null;
  respondents: Published;
  respondents_share: number | null;
  compared: boolean;
}

export interface DimensionFigures {
  dimension: Dimension;
  answered: Published;
  representativeness: number | null;
  bands: Band[];
}

export interface Participation {
  slug: string;
  name: string;
  residents: number | null;
  participants: Published;
  rate_per_1000: number | null;
  representativeness: number | null;
  most_under_represented: { dimension: Dimension; band: string; label_key: string } | null;
  dimensions: DimensionFigures[];
  class: number;
  /** The place in the knocking order, from 1. */
  knock_rank: number | null;
}

export type Feature = GeoJSON.Feature<GeoJSON.MultiPolygon, Participation>;

export interface WhoIsHeard {
  type: 'FeatureCollection';
  from: string;
  to: string;
  class_bounds: number[];
  knock_next: string[];
  /** Where the population figures come from (the demo's say they are synthetic). */
  population_sources: string[];
  features: Feature[];
}

export function getParticipation(plan: string): Promise<WhoIsHeard> {
  return request<WhoIsHeard>(`/api/v1/plans/${encodeURIComponent(plan)}/participation?format=geojson`);
}

/** The staff edition of this month's dialogue report, as a printable page. */
export function staffReportUrl(plan: string, month: string): string {
  return `/api/v1/plans/${encodeURIComponent(plan)}/reports/dialogue?month=${month}&format=html&edition=staff`;
}

// Human labels for the codes the community energy API answers with: a stage, a checklist
// step, a help topic. Each is a literal message id, so the catalogue check sees it in use.

import { t } from '../i18n';
import type { HelpTopic, Stage, Step } from './api';

export function stageLabel(s: Stage): string {
  switch (s) {
    case 'forming':
      return t('projects-stage-forming');
    case 'feasibility':
      return t('projects-stage-feasibility');
    case 'funding':
      return t('projects-stage-funding');
    case 'building':
      return t('projects-stage-building');
    case 'generating':
      return t('projects-stage-generating');
  }
}

export function stepLabel(s: Step): string {
  switch (s) {
    case 'form_group':
      return t('projects-step-form-group');
    case 'find_site':
      return t('projects-step-find-site');
    case 'check_network':
      return t('projects-step-check-network');
    case 'legal_form':
      return t('projects-step-legal-form');
    case 'funding':
      return t('projects-step-funding');
  }
}

export function topicLabel(s: HelpTopic): string {
  switch (s) {
    case 'solar':
      return t('projects-topic-solar');
    case 'heat_pumps':
      return t('projects-topic-heat-pumps');
    case 'insulation':
      return t('projects-topic-insulation');
    case 'bills':
      return t('projects-topic-bills');
    case 'funding':
      return t('projects-topic-funding');
    case 'forming_a_group':
      return t('projects-topic-forming-a-group');
    case 'digital':
      return t('projects-topic-digital');
    case 'talking_to_neighbours':
      return t('projects-topic-talking-to-neighbours');
  }
}

/** The stages' colours on the maps and charts (Okabe–Ito, distinguishable without colour vision). */
export const STAGE_COLOURS: Record<Stage, string> = {
  forming: '#8a5a00',
  feasibility: '#0072b2',
  funding: '#a8326e',
  building: '#006c4f',
  generating: '#4b2d83',
};

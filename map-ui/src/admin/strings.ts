// Every word the admin console (/admin) shows. Copy this file to translate.

import type { Role } from '../api';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);
const quoted = (text: string) => `‘${text}’`;
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${plural(n, one, many)}`;

export const as = {
  lang: 'en-GB',
  pageTitle: (part: string | null) => (part ? `${part} — Administration — Waymark` : 'Administration — Waymark'),
  heading: 'Administration',
  skipToContent: 'Skip to the content',
  loading: 'Loading…',
  loadFailed: 'The page could not be loaded. Check your connection and try again.',
  tryAgain: 'Try again',
  sectionsLabel: 'Administration sections',
  sections: { plans: 'Plans', users: 'Users', audit: 'Audit log' },

  // Account
  accountLabel: 'Your account',
  signInHeading: 'Sign in to administer Waymark',
  signInIntro: 'This page is for administrators: plans and their settings, neighbourhoods, basemaps, users and the audit log.',
  signInAgain: 'Your session has ended. Sign in again to go on.',
  email: 'Email',
  password: 'Password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signInFailed: 'The email address or password is not right.',
  signInOffline: 'You are offline. Signing in needs a connection.',
  signInBusy: 'Too many attempts. Wait a minute, then try again.',
  signedInAs: (who: string) => `Signed in as ${who}`,
  signOut: 'Sign out',
  signedOut: 'You are signed out.',
  refusedHeading: 'This page is for administrators',
  refused: (who: string, role: string) =>
    `You are signed in as ${who} (${role}). Only administrators can use this page. Sign out, then sign in with an administrator's account.`,
  role: {
    resident: 'resident',
    mobiliser: 'community mobiliser',
    facilitator: 'facilitator',
    moderator: 'moderator',
    dno_engineer: 'network engineer',
    admin: 'administrator',
    responder: 'responder for an organisation',
  } as Record<Role, string>,

  // Forms and errors, shared by every section
  errorHeading: 'There is a problem',
  errorOffline: 'You seem to be offline. Nothing has changed: try again when you are connected.',
  errorServer: 'Something went wrong on the server. Nothing has changed: try again.',
  errorForbidden: 'Your account cannot do this.',
  fieldProblem: (label: string, message: string) => `${label}: ${message}`,
  optional: (label: string) => `${label} (optional)`,
  saving: 'Saving…',

  // Plans
  plansHeading: 'Plans',
  plansIntro: 'Each plan is one place and its map. Choose a plan to change its settings, neighbourhoods and basemap.',
  plansTable: 'Every plan',
  plansNone: 'There is no plan yet. Create the first one below.',
  colPlan: 'Plan',
  colAddress: 'Address',
  colModeration: 'Moderation',
  colAnonymous: 'Without an account',
  moderationShort: { pre: 'Before publishing', post: 'After publishing' } as Record<string, string>,
  yes: 'Allowed',
  no: 'Not allowed',
  newPlanHeading: 'New plan',
  newPlanIntro: 'Give the plan a title and an address. Its area can come from the neighbourhoods you upload next.',
  title: 'Title',
  slug: 'Address',
  slugHint: 'Lowercase letters and digits, words joined by hyphens. The plan’s map will be at /p/ followed by this.',
  description: 'Description',
  descriptionHint: 'A sentence or two shown to people who open the plan.',
  bbox: 'Area',
  bboxHint:
    'West, south, east, north in degrees, e.g. -0.80, 52.00, -0.70, 52.06. Leave it empty to take the area from the neighbourhoods.',
  bboxInvalid: 'Give four numbers separated by commas: west, south, east, north',
  allowAnonymous: 'People may contribute without an account',
  moderation: 'When do contributions appear?',
  moderationPost: 'At once; moderators hide what breaks the rules afterwards',
  moderationPre: 'Only after a moderator approves them',
  createPlan: 'Create the plan',
  slugTaken: 'There is already a plan at this address. Choose another.',
  created: (title: string) => `Created the plan ${quoted(title)}.`,
  titleMissing: 'Give the plan a title',
  slugMissing: 'Give the plan an address',
  allPlans: 'All plans',
  planNotFound: 'There is no plan at this address.',
  openMap: 'Open the plan’s map',
  openModeration: 'Moderate it',
  planSectionsLabel: 'On this page',

  // Settings
  settingsHeading: 'Settings',
  perDay: 'Contributions per person per day',
  perDayHint: 'The most one person may post to this plan in a day. Leave it empty for no limit.',
  perDayInvalid: 'Give a whole number of 1 or more, or leave it empty',
  saveSettings: 'Save the settings',
  settingsSaved: (title: string) => `Saved the settings of ${quoted(title)}.`,

  // Neighbourhoods
  neighbourhoodsHeading: 'Neighbourhoods',
  neighbourhoodsIntro:
    'Upload a boundary file to create or replace the plan’s neighbourhoods. Names are matched, so a neighbourhood that keeps its name keeps its pins and followers.',
  boundaryFile: 'Boundary file',
  boundaryFileHint: 'GeoJSON (.geojson), GeoPackage (.gpkg) or a zipped Shapefile (.zip), in any projection the file names.',
  nameField: 'Name field',
  nameFieldHint: 'The attribute that holds each neighbourhood’s name. Without one, name, NAME or Name is used.',
  uploadBoundaries: 'Upload the boundaries',
  uploadExtract: 'Upload the extract',
  uploading: 'Uploading…',
  fileMissing: 'Choose a file to upload',
  boundaryWrongType: 'Choose a .geojson, .gpkg or .zip file',
  importing: 'Uploading and checking the file. This can take a minute.',
  reportHeading: 'The upload is done',
  reportSummary: (created: number, updated: number, deleted: number) =>
    `${count(created, 'neighbourhood', 'neighbourhoods')} created, ${updated} updated, ${deleted} removed.`,
  reportFrom: (layer: string, field: string, crs: string | null) =>
    `Read the layer ${quoted(layer)}, names from ${quoted(field)}${crs ? `, coordinates in ${crs}` : ''}.`,
  reportCreated: 'Created',
  reportUpdated: 'Updated',
  reportDeleted: 'Removed',
  reportRepaired: 'Repaired (their boundaries were not valid)',
  repairedItem: (name: string, reason: string) => `${name}: ${reason}`,
  reportPinsOutside: 'Pins outside every neighbourhood (kept, and counted in the nearest one)',
  reportAreaFromNeighbourhoods: 'The plan’s area is now the area of its neighbourhoods.',
  neighbourhoodsTable: (n: number) => `${count(n, 'neighbourhood', 'neighbourhoods')}`,
  neighbourhoodsNone: 'The plan has no neighbourhoods yet.',
  colName: 'Name',
  colContributions: 'Contributions',
  mapLabel: (title: string) => `Map of ${title}: its neighbourhoods over its basemap. The table lists the same neighbourhoods.`,

  // Basemap
  basemapHeading: 'Basemap',
  basemapIntro: 'The map under the plan’s pins. Everything is served by this server: nothing is fetched from elsewhere.',
  basemapChoice: 'Which basemap does the plan draw?',
  basemapOwn: 'Waymark’s own simple drawing',
  basemapOsm: 'An OpenStreetMap extract',
  basemapPmtiles: 'A vector-tile archive (PMTiles)',
  features: (n: number) => (n ? `${count(n, 'feature', 'features')} loaded.` : 'Nothing loaded yet.'),
  pmtilesLoaded: (schema: string, min: number, max: number, at: string) =>
    `${schema} tiles, zoom ${min} to ${max}, imported ${at}.`,
  useBasemap: 'Use this basemap',
  basemapSaved: (name: string) => `The plan now draws ${name.charAt(0).toLowerCase()}${name.slice(1)}.`,
  basemapMissing: 'That basemap has nothing loaded yet. Upload an extract first.',
  basemapLoading: 'Loading the basemap…',
  basemapFailed: 'The basemap could not be loaded.',
  osmHeading: 'Upload an OpenStreetMap extract',
  osmFile: 'OpenStreetMap extract',
  osmFileHint: 'An .osm.pbf or .osm file that covers the plan’s area. Roads, water, green spaces, buildings and names are imported.',
  osmWrongType: 'Choose an .osm.pbf or .osm file',
  osmImporting: 'Uploading and importing the extract. A town takes a few minutes: keep this page open.',
  osmDone: (n: number) => `Imported ${count(n, 'feature', 'features')} from the extract.`,

  // Users
  usersHeading: 'Users',
  usersIntro: 'Find people by name or e-mail address, give them a role, or disable an account.',
  searchText: 'Name or e-mail address',
  searchRole: 'Role',
  anyRole: 'Any role',
  search: 'Search',
  searching: 'Searching…',
  usersFound: (shown: number, total: number) =>
    shown === total ? `${count(total, 'account', 'accounts')} found.` : `Showing ${shown} of ${count(total, 'account', 'accounts')}.`,
  usersNone: 'No account matches.',
  moreUsers: 'Show more',
  joined: (iso: string) => `Joined ${day(iso)}`,
  disabled: 'Disabled',
  active: 'Active',
  roleFor: (who: string) => `Role of ${who}`,
  changeRole: 'Change the role',
  disable: 'Disable the account',
  enable: 'Enable the account',
  roleChanged: (who: string, role: string) => `${who} is now a ${role}.`,
  userDisabled: (who: string) => `Disabled the account of ${who}. They can no longer sign in.`,
  userEnabled: (who: string) => `Enabled the account of ${who}.`,
  ownAccount: 'You cannot change your own role or disable your own account. Ask another administrator.',
  you: '(you)',
  theirActions: 'What they did, in the audit log',

  // Audit
  auditHeading: 'Audit log',
  auditIntro: 'Everything staff did, newest first. Nothing is deleted silently.',
  filtersLabel: 'Filters',
  actor: 'Done by',
  actorHint: 'An e-mail address or a name, or part of one.',
  action: 'Action',
  anyAction: 'Any action',
  targetType: 'Kind of thing',
  target: 'Its id',
  since: 'From',
  until: 'Until',
  filter: 'Show entries',
  auditTable: 'Audit entries, newest first',
  auditNone: 'No entry matches.',
  auditShown: (n: number, more: boolean) => `${count(n, 'entry', 'entries')} shown${more ? '; there are older ones' : ''}.`,
  olderEntries: 'Older entries',
  colWhen: 'When',
  colWho: 'Who',
  colAction: 'Action',
  colTarget: 'What',
  colReason: 'Reason',
  colChange: 'Change',
  before: 'Before',
  after: 'After',
  showChange: 'Show the change',
  nothing: 'Nothing',
  system: 'the system',
  dateInvalid: 'Give a date and time, or leave it empty',

  when: (iso: string) =>
    new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }),
};

function day(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** The roles an admin grants here; a responder is made through an organisation. */
export const ROLES: Role[] = ['resident', 'mobiliser', 'facilitator', 'moderator', 'dno_engineer', 'admin'];
/** Every role, to find accounts by. */
export const ALL_ROLES: Role[] = [...ROLES, 'responder'];
export type Section = 'plans' | 'users' | 'audit';

// Every word the map UI shows, in one place, so that a town can translate it by copying
// this module. Functions take the numbers and names that change; nothing else builds text.

export type Kind = 'idea' | 'issue' | 'interest' | 'story';
export type Theme =
  | 'energy'
  | 'transport'
  | 'housing'
  | 'green_space'
  | 'safety'
  | 'community'
  | 'health'
  | 'other';
export type Precision = 'exact' | 'street' | 'neighbourhood';

export const KINDS: readonly Kind[] = ['idea', 'issue', 'interest', 'story'];
export const THEMES: readonly Theme[] = [
  'energy',
  'transport',
  'housing',
  'green_space',
  'safety',
  'community',
  'health',
  'other',
];
export const PRECISIONS: readonly Precision[] = ['street', 'exact', 'neighbourhood'];

export const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const strings = {
  lang: 'en-GB',
  appName: 'Waymark',
  pageTitle: (plan: string) => `${plan} — Waymark`,
  contributionTitle: (title: string, plan: string) => `${title} — ${plan} — Waymark`,
  skipToList: 'Skip to the list',
  skipToMap: 'Skip to the map',
  loading: 'Loading…',
  noScript: 'Waymark needs JavaScript to show the map and the list.',
  planNotFound: 'We could not find this plan. Check the link, or open the main map.',
  openMainMap: 'Open the main map',
  loadFailed: 'Something went wrong while loading. Check your connection and try again.',
  tryAgain: 'Try again',
  mapFailed:
    'The map could not be shown on this device. You can still browse, support, reply and add your idea with the list.',

  hiddenNow: 'This contribution has just been hidden by a moderator. You are back at the list.',

  // Header and views
  addButton: 'Add your idea',
  viewsLabel: 'Show',
  viewMap: 'Map',
  viewList: 'List',
  aboutPlan: 'About this plan',

  // Map
  mapLabel: (plan: string) =>
    `Map of ${plan}. Move with the arrow keys, zoom with plus and minus. The list shows what is in view.`,
  mapRegion: 'Map',
  legendTitle: 'Key',
  legendBubble: 'Several pins: zoom in or choose it to see them',
  legendShow: 'Show the key',
  legendHide: 'Hide the key',
  resetView: 'Whole plan area',
  bubbleCount: (n: number) => `${n} ${plural(n, 'pin', 'pins')}`,
  /** MapLibre's own control labels. */
  mapLocale: {
    'Map.Title': 'Map',
    'NavigationControl.ZoomIn': 'Zoom in',
    'NavigationControl.ZoomOut': 'Zoom out',
    'NavigationControl.ResetBearing': 'Point the map north',
    'AttributionControl.ToggleAttribution': 'Show or hide map credits',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
    'Marker.Title': 'Pin',
    'GeolocateControl.FindMyLocation': 'Show where I am',
    'GeolocateControl.LocationNotAvailable': 'Your location is not available',
  } as Record<string, string>,

  // Kinds and themes
  kind: {
    idea: 'Idea',
    issue: 'Issue',
    interest: 'Interest',
    story: 'Positive story',
  } as Record<Kind, string>,
  kindPlural: {
    idea: 'Ideas',
    issue: 'Issues',
    interest: 'Interests',
    story: 'Positive stories',
  } as Record<Kind, string>,
  kindHint: {
    idea: 'Something that could make your area better',
    issue: 'A problem that needs fixing',
    interest: 'Something you care about or would like to join in with',
    story: 'Something good that is already happening',
  } as Record<Kind, string>,
  theme: {
    energy: 'Energy',
    transport: 'Getting around',
    housing: 'Housing',
    green_space: 'Parks and green spaces',
    safety: 'Safety',
    community: 'Community',
    health: 'Health and wellbeing',
    other: 'Something else',
  } as Record<Theme, string>,

  // Browse
  browseHeading: 'What people have said',
  browseIntro: 'Everything pinned in the part of the map you can see. Move the map to see other places.',
  filtersToggle: 'Filters',
  filtersActive: (n: number) => `${n} ${plural(n, 'filter', 'filters')} on`,
  searchLabel: 'Search',
  searchHint: 'Words in the title or text, for example “solar” or “bus”',
  searchButton: 'Search',
  kindLegend: 'Type',
  themeLegend: 'Theme',
  neighbourhoodLabel: 'Neighbourhood',
  anyNeighbourhood: 'All neighbourhoods',
  clearFilters: 'Clear all filters',
  browseIntroNoMap: 'Everything pinned in the plan area, newest first.',
  resultsCount: (shown: number, more: boolean, noMap = false) => {
    const where = noMap ? 'in the plan area' : 'in this part of the map';
    if (shown === 0) return 'Nothing here yet.';
    return more ? `Showing the newest ${shown} ${where}.` : `${shown} ${plural(shown, 'contribution', 'contributions')} ${where}.`;
  },
  resultsFiltered: 'Filters are on.',
  noResults: 'Nothing matches here. Move or zoom out the map, or change the filters.',
  noResultsEmpty: 'Nothing has been pinned in this part of the map yet. Be the first: add your idea.',
  showMore: 'Show more',
  listLoading: 'Loading the list…',
  listFailed: 'The list could not be loaded.',
  searchFound: (n: number, more: boolean) =>
    n === 0
      ? 'No contributions match your search.'
      : `${more ? 'More than ' : ''}${n} ${plural(n, 'contribution matches', 'contributions match')}. The map shows where they are.`,
  mapMatchesCapped: (n: number) => `The map shows the newest ${n} matches.`,
  supportsCount: (n: number) => `${n} ${plural(n, 'support', 'supports')}`,
  repliesCount: (n: number) => `${n} ${plural(n, 'reply', 'replies')}`,
  inNeighbourhood: (name: string) => `in ${name}`,

  // Detail
  backToList: 'Back to the list',
  showOnMap: 'Show on the map',
  by: (name: string) => `By ${name}`,
  anonymous: 'A resident',
  posted: (date: string) => `Added ${date}`,
  precisionNote: {
    exact: 'Pinned at the exact place.',
    street: 'Pinned to the nearest street (about 100 metres).',
    neighbourhood: 'Pinned to the middle of the neighbourhood.',
  } as Record<Precision, string>,
  pendingNote: 'Waiting for a moderator to check it. Only you can see it for now.',
  support: 'Support',
  supported: 'Supported',
  supportHint: 'Support this if you agree. Choose again to take your support back.',
  supportCount: (n: number) => `${n} ${plural(n, 'person supports', 'people support')} this`,
  supportAdded: 'Thank you. Your support is counted.',
  supportRemoved: 'Your support has been taken back.',
  supportFailed: 'Your support could not be saved. Please try again.',
  repliesHeading: 'Replies',
  noReplies: 'No replies yet.',
  replyHeading: 'Reply',
  replyLabel: 'Your reply',
  replyNameLabel: 'Your name (optional)',
  replyNameHint: 'Shown next to your reply. Leave it empty to reply without a name.',
  replySubmit: 'Send reply',
  replySending: 'Sending…',
  replySent: 'Your reply has been added.',
  replyFailed: 'Your reply could not be sent. Please try again.',
  notFound: 'This contribution could not be found. It may have been removed.',
  detailLoading: 'Loading…',

  // Add
  addHeading: 'Add your idea',
  addIntro: 'Tell your neighbours and the people who plan your area what you think. It takes about two minutes. You do not need an account.',
  cancel: 'Cancel',
  stepWhere: 'Step 1 of 2: where is it?',
  stepWhat: 'Step 2 of 2: tell us about it',
  placeByMap: 'Tap or click the map where it is. You can drag the pin to move it.',
  placeByKeyboard: 'With a keyboard: move the map with the arrow keys until the cross is on the place, then press Enter.',
  placeOnMapButton: 'Use the keyboard on the map',
  placeWithoutMap: 'Or choose a place without the map',
  placeNeighbourhoodLabel: 'Neighbourhood',
  placeChoose: 'Choose a neighbourhood',
  placeSearchLabel: 'Or type a place',
  placeSearchHint: 'The name of a neighbourhood, for example Fishermead',
  placeSearchButton: 'Find',
  placeNoMatch: (text: string) => `No neighbourhood called “${text}”. Try another name or choose one from the list.`,
  placeFound: (name: string) => `Pin placed in the middle of ${name}.`,
  placeEmpty: 'Type the name of a place first.',
  placeSet: 'Pin placed. You can drag it, or use the arrow keys on it, to move it.',
  placeMoved: 'Pin moved.',
  placeChosen: (where: string) => `Your pin: ${where}`,
  placeNear: (name: string) => `near ${name}`,
  placeUnknownArea: 'on the map',
  placeNeeded: 'Put a pin on the map or choose a place first.',
  changePlace: 'Change the place',
  continue: 'Continue',
  pinLabel: 'Your pin. Use the arrow keys to move it.',
  crosshairLabel: 'The cross shows where the pin will go',
  keyboardPlacing: 'Move the map with the arrow keys. Press Enter to put the pin at the cross, or Escape to stop.',
  kindQuestion: 'What is it?',
  themesQuestion: 'What is it about?',
  themesHint: 'Choose one, two or three.',
  titleLabel: 'Title',
  titleHint: 'A short summary, for example “Solar panels on the community centre”.',
  bodyLabel: 'Tell us more (optional)',
  bodyHint: 'What is it, why does it matter, who would it help?',
  precisionQuestion: 'How exactly should we show the place?',
  precisionHint: 'We keep the exact place private unless you choose to show it.',
  precisionOption: {
    exact: 'Exactly where I put the pin',
    street: 'The nearest street (about 100 metres away)',
    neighbourhood: 'Only the neighbourhood',
  } as Record<Precision, string>,
  precisionOptionHint: {
    exact: 'Good for a place everyone knows, like a bus stop or a park. Do not use it for your home.',
    street: 'Others see roughly where it is, but not the exact spot. Recommended.',
    neighbourhood: 'Others only see which neighbourhood it is in.',
  } as Record<Precision, string>,
  nameLabel: 'Your name (optional)',
  nameHint: 'Shown with your contribution. Leave it empty to post without a name.',
  submit: 'Add to the map',
  submitting: 'Adding…',
  errorSummary: 'There is a problem',
  /** Read out before an error message next to a field (hidden from sight). */
  errorPrefix: 'Error: ',
  errorGeneric: 'Your contribution could not be added. Please try again.',
  errorOffline: 'You seem to be offline. Your text is still here: try again when you are connected.',
  errorRateLimited: 'You have sent a lot in a short time. Please wait a minute, then try again.',
  errorOutside: 'This place is outside the plan area. Choose a place inside the outline.',
  added: 'Thank you. Your contribution is on the map.',
  addedPending: 'Thank you. A moderator will check your contribution before it appears on the map.',
  charactersLeft: (n: number) => `${n} ${plural(n, 'character', 'characters')} left`,
  charactersTooMany: (n: number) => `${n} ${plural(n, 'character', 'characters')} too many`,

  // Short field names for the error summary (keys are the API's field paths)
  field: {
    geometry: 'Place',
    'geometry.type': 'Place',
    'geometry.coordinates': 'Place',
    'properties.kind': 'Type',
    'properties.themes': 'Themes',
    'properties.title': 'Title',
    'properties.body': 'Text',
    'properties.display_name': 'Name',
    'properties.precision': 'How the place is shown',
    body: 'Reply',
    display_name: 'Name',
  } as Record<string, string>,
  fieldProblem: (field: string, message: string) => `${field}: ${message}`,

  // Dates
  today: 'today',
  yesterday: 'yesterday',
  daysAgo: (n: number) => `${n} days ago`,
};

/** A date as people say it: "today", "3 days ago", or "12 March 2026". */
export function friendlyDate(iso: string, now = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const day = 24 * 60 * 60 * 1000;
  const startOf = (x: Date) => new Date(x.getFullYear(), x.getMonth(), x.getDate()).getTime();
  const days = Math.round((startOf(now) - startOf(d)) / day);
  if (days <= 0) return strings.today;
  if (days === 1) return strings.yesterday;
  if (days < 7) return strings.daysAgo(days);
  return d.toLocaleDateString(strings.lang, { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Community energy: the network, proposals, feasibility and DNO answers. */
export const energy = {
  headerButton: 'Community energy',
  heading: 'Community energy',
  intro:
    'Groups can propose an energy project and see at once whether the local electricity network is likely to have room for it. The network operator then answers.',
  proposeButton: 'Propose a project',
  proposalsHeading: 'Proposals',
  noProposals: 'No proposals yet.',
  queueHeading: 'Proposals to answer',
  queueEmpty: 'Nothing is waiting for an answer.',
  backToList: 'Back to the list',
  backToEnergy: 'Back to community energy',
  loadFailed: 'The proposals could not be loaded.',

  // Accounts
  signInHeading: 'Sign in to propose a project',
  signInIntro: 'Proposals are made by a named group member, so that the network operator can reply.',
  signInHeadingPlain: 'Sign in',
  email: 'Email address',
  password: 'Password',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: (email: string, role: string) => `Signed in as ${email} (${role}).`,
  signedIn: 'You are signed in.',
  signedOut: 'You are signed out.',
  emailMissing: 'Enter your email address.',
  passwordMissing: 'Enter your password.',
  wrongPassword: 'The email address or password is not right. Check them and try again.',
  tooMany: 'Too many tries. Wait a minute and try again.',
  signInFailed: 'Signing in did not work. Check your connection and try again.',
  roles: {
    resident: 'resident',
    mobiliser: 'mobiliser',
    facilitator: 'facilitator',
    moderator: 'moderator',
    dno_engineer: 'network engineer',
    admin: 'administrator',
    responder: 'responder for an organisation',
  } as Record<string, string>,

  // The propose form
  proposeHeading: 'Propose a project',
  siteLegend: 'Where is the site?',
  siteHint: 'Click or tap the map to place the site, then drag it to adjust. Or use the keyboard.',
  siteChosen: 'Site placed. Drag it, or place it again, to move it.',
  siteMissing: 'Place the site on the map.',
  // A site given as an outline (a field, a roof, a wind site) rather than a point
  siteByPoint: 'A point',
  siteByOutline: 'Draw the outline',
  siteByOutlineHint: 'For fields, roofs and wind sites.',
  outlineHint:
    'Click or tap the map at each corner of the site, at least 3. Finish with Enter or “Finish outline”. Backspace or “Undo last corner” takes a corner back; Escape stops. Without a mouse or a touch screen, choose “A point” and use the keyboard.',
  outlineStart: 'Draw the outline on the map',
  outlineAgain: 'Draw it again',
  outlineFinish: 'Finish outline',
  outlineUndo: 'Undo last corner',
  outlineStop: 'Stop drawing',
  outlineCorners: (n: number) =>
    n < 3
      ? `${n} ${plural(n, 'corner', 'corners')}: add at least ${3 - n} more.`
      : `${n} corners. Add more, or finish the outline.`,
  outlineDrawing: 'Drawing: click or tap the map at each corner of the site.',
  outlineDone: (n: number) => `Outline chosen, with ${n} corners. The check below is for its middle.`,
  outlineStopped: 'Drawing stopped.',
  outlineTooFew: 'An outline needs at least 3 corners.',
  outlineCrosses: 'The outline crosses itself. Draw it again so that its sides do not cross.',
  outlineMissing: 'Draw the outline of the site on the map: at least 3 corners, then “Finish outline”.',
  feasibilityWaitingOutline: 'Draw the outline of the site on the map to see whether the network is likely to have room.',
  siteIsPoint: 'The site: a point on the map.',
  siteIsOutline: (n: number) => `The site: an outline with ${n} corners.`,
  title: 'Project name',
  titleHint: 'For example “Solar panels on the community centre”',
  technology: 'Type of project',
  technologies: {
    solar_pv: 'Solar panels',
    wind: 'Wind turbine',
    battery: 'Battery',
    heat_pump: 'Heat pumps',
    ev_charging: 'Electric vehicle charging',
    heat_network: 'Heat network',
    efficiency: 'Energy saving',
  } as Record<string, string>,
  capacity: 'Size (kW)',
  capacityHint: 'The size of the project. A school roof of solar panels is often 30 to 250 kW.',
  exportKw: 'Most it sends to the grid (kW)',
  exportHint: 'The most power it would send into the network at once. 0 if it only uses power.',
  importKw: 'Most it draws from the grid (kW)',
  importHint: 'The most power it would take from the network at once. 0 if it only makes power.',
  phases: 'Electricity supply at the site',
  phase1: 'Single phase (most homes)',
  phase3: 'Three phase (most schools, halls and businesses)',
  group: 'Group',
  groupHint: 'The community group behind the project',
  description: 'About the project (optional)',
  submit: 'Send the proposal',
  sending: 'Sending…',
  cancel: 'Cancel',
  numberBad: 'Enter a number of kW, 0 or more.',
  errorSummary: 'There is a problem',
  sendFailed: 'The proposal could not be sent. Check your connection and try again.',
  sent: 'Your proposal has been sent to the network operator.',

  // Feasibility
  feasibilityHeading: 'Will the network have room?',
  feasibilityWaiting: 'Place the site on the map to see whether the network is likely to have room.',
  feasibilityChecking: 'Checking…',
  feasibilityFailed: 'The check could not be made just now.',
  rag: { green: 'Green: likely to have room', amber: 'Amber: may have room', red: 'Red: little or no room' } as Record<string, string>,
  ragShort: { green: 'Green', amber: 'Amber', red: 'Red' } as Record<string, string>,
  servedBy: (name: string) => `Served by ${name}.`,
  feasibilityNote: 'A first screen from published data, not a decision.',

  // A proposal
  status: 'Status',
  statuses: {
    draft: 'Draft',
    submitted: 'Sent, waiting for the network operator',
    under_review: 'Being looked at by the network operator',
    can_connect: 'Can connect',
    needs_study: 'Needs a study',
    needs_reinforcement: 'Needs network reinforcement',
    cannot_connect: 'Cannot connect',
    withdrawn: 'Withdrawn',
    going_ahead: 'Going ahead',
  } as Record<string, string>,
  figures: (capacity: number, exp: number, imp: number) => `${capacity} kW · sends up to ${exp} kW · draws up to ${imp} kW`,
  byGroup: (g: string) => `By ${g}`,
  historyHeading: 'History',
  historyItem: (from: string | null, to: string) => (from ? `${from} → ${to}` : to),
  historyBy: (who: string) => `by ${who}`,
  responseHeading: 'The network operator’s answer',
  noResponse: 'No answer yet.',
  decision: 'Decision',
  decisions: {
    can_connect: 'Can connect',
    needs_study: 'Needs a study',
    needs_reinforcement: 'Needs network reinforcement',
    cannot_connect: 'Cannot connect',
  } as Record<string, string>,
  costBand: 'Indicative cost',
  costBandHint: 'For example “£10k to £50k”',
  timescale: 'Indicative timescale',
  timescaleHint: 'For example “6 to 12 months”',
  conditions: 'Conditions',
  notes: 'Notes',
  answerHeading: 'Answer this proposal',
  sendAnswer: 'Send the answer',
  answered: 'Your answer has been sent. The proposal shows it.',
  decisionMissing: 'Choose a decision.',
  answerFailed: 'The answer could not be sent. Try again.',
  notAllowed: 'That is not possible for this proposal now.',

  // Moving a proposal along: the steps the server offers the person asking
  stepsHeading: 'What you can do',
  steps: {
    submitted: 'Submit to the network operator',
    under_review: 'Start reviewing',
    withdrawn: 'Withdraw',
    going_ahead: 'We are going ahead',
  } as Record<string, string>,
  /** Submitting once more, after the proposal has left the draft stage. */
  submitAgain: 'Submit again',
  stepDone: {
    submitted: 'Your proposal has been sent to the network operator.',
    under_review: 'The proposal is now under review.',
    withdrawn: 'Your proposal has been withdrawn.',
    going_ahead: 'Your proposal now says you are going ahead.',
  } as Record<string, string>,
  withdrawQuestion: 'Withdraw this proposal? The network operator will stop looking at it, and it cannot be sent again.',
  withdrawConfirm: 'Yes, withdraw it',
  withdrawCancel: 'No, keep it',
  stepFailed: (detail: string) => `That did not work: ${detail.replace(/\.?$/, '.')}`,
  stepOffline: 'You seem to be offline. Nothing has changed: try again when you are connected.',
  statusNow: (title: string, status: string) => `${title} is now: ${status}.`,

  // Network on the map
  networkToggle: 'Electricity network',
  networkLegend: 'Network room (illustrative data)',
  networkLegendDno: 'Generation room after the queue',
  networkLabel: (name: string, rag: string) => `${name}: ${rag}`,
  networkLabelDno: (name: string, mw: number) => `${name}: ${mw.toFixed(1)} MW`,
  dnoBands: ['Over 5 MW', '0 to 5 MW', 'None (below 0 MW)'],
  substationHeading: (name: string) => name,
  substationFigures: {
    voltage: 'Voltage',
    firm_capacity_mva: 'Firm capacity (MVA)',
    peak_demand_mva: 'Peak demand (MVA)',
    demand_headroom_mva: 'Demand headroom (MVA)',
    generation_headroom_mw: 'Generation headroom (MW)',
    connected_generation_mw: 'Connected generation (MW)',
    queued_generation_mw: 'Queued generation (MW)',
    fault_level_headroom_ka: 'Fault level headroom (kA)',
    rag: 'RAG',
    data_date: 'Data date',
    source: 'Source',
  } as Record<string, string>,
  substationsHeading: 'Substations',
  closeDetails: 'Close',
  proposalOnMap: 'Proposal',
  networkFailed: 'The network could not be loaded.',
};

/** Following a neighbourhood or an area by e-mail. */
export const mine = {
  button: (n: number | null) => (n == null ? 'Your contributions' : `Your contributions (${n})`),
  heading: 'Your contributions',
  intro: 'What you added to this plan from this browser or your account, and what became of each.',
  loading: 'Loading your contributions…',
  failed: 'Your contributions could not be loaded. Please try again.',
  offline: 'You seem to be offline: your contributions could not be loaded.',
  empty: 'You have not added anything to this plan yet. Choose “Add your idea”, put it on the map and send it: it will be listed here with what became of it.',
  count: (n: number) => `${n} ${plural(n, 'contribution', 'contributions')}, newest first.`,
  pending: 'Waiting for a moderator',
};

export const follow = {
  button: 'Get news by e-mail',
  buttonNeighbourhood: (name: string) => `Get news of ${name} by e-mail`,
  heading: 'Get news of a place by e-mail',
  intro:
    'We e-mail you what people add in the place you choose. You do not need an account, and every e-mail has a link to stop.',
  emailLabel: 'Your e-mail address',
  emailHint: 'We only use it to send you this news.',
  whatLegend: 'Which place?',
  whatNeighbourhood: 'A neighbourhood',
  whatDraw: 'An area I draw on the map',
  whatView: 'The area now on the map',
  neighbourhoodLabel: 'Neighbourhood',
  neighbourhoodChoose: 'Choose a neighbourhood',
  drawHint:
    'Click or tap the map at each corner of the area, at least 3. Finish with Enter or “Finish area”. Backspace or “Undo last point” takes a corner back; Escape stops.',
  drawStart: 'Draw on the map',
  drawAgain: 'Draw it again',
  drawFinish: 'Finish area',
  drawUndo: 'Undo last point',
  drawStop: 'Stop drawing',
  drawCorners: (n: number) =>
    n < 3
      ? `${n} ${plural(n, 'corner', 'corners')}: add at least ${3 - n} more.`
      : `${n} corners. Add more, or finish the area.`,
  drawDrawing: 'Drawing: click or tap the map at each corner.',
  drawDone: (n: number) => `Area drawn, with ${n} corners.`,
  drawStopped: 'Drawing stopped.',
  drawTooFew: 'An area needs at least 3 corners.',
  viewHint: 'The part of the plan area the map shows now. Move or zoom the map first to choose it.',
  frequencyLegend: 'How often?',
  frequency: { weekly: 'Once a week', daily: 'Once a day' } as Record<string, string>,
  submit: 'Send me the news',
  sending: 'Sending…',
  sent: 'Check your inbox: open the link in the mail to confirm.',
  sentHint: 'If no mail comes within a few minutes, look in your spam folder, or check the address and send again.',
  another: 'Follow another place',
  errorGeneric: 'Your request could not be sent. Please try again.',
  errorOffline: 'You seem to be offline. Nothing was sent and your answers are still here: try again when you are connected.',
  // Problems found before sending, worded as the server words its own (no capital, no full
  // stop): shown capitalised beside the field, and after the field's name in the summary.
  emailMissing: 'enter your e-mail address',
  neighbourhoodNeeded: 'choose a neighbourhood',
  drawNeeded: 'draw the area on the map first: at least 3 corners, then “Finish area”',
  viewOutside: 'the map does not show any of the plan area: move the map onto it first',
  /** Short field names for the error summary (keys are the API's fields). */
  field: {
    email: 'E-mail address',
    neighbourhood: 'Place',
    area: 'Area',
    frequency: 'How often',
  } as Record<string, string>,
};

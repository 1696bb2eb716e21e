/** What the side panel shows: a view's root, and its heading, where focus goes when it opens. */
export interface PanelView {
  root: HTMLElement;
  heading: HTMLElement;
}

// The plan page's header on a phone: the plan's name on one line, "Add your idea" and a
// "Menu" button that shows the account links, "Community energy" and the language picker.
// On wider screens the button is hidden and the menu's items sit in the header's row.

/** Wires `button` to show and hide `menu` (a disclosure: the items follow their button). */
export class HeaderMenu {
  constructor(
    private readonly button: HTMLButtonElement,
    private readonly menu: HTMLElement,
    phone: MediaQueryList,
  ) {
    button.addEventListener('click', () => this.setOpen(!this.isOpen));
    // Choosing a button or a link is done with the menu: the map gets its room back.
    menu.addEventListener('click', (ev) => {
      if ((ev.target as Element).closest('a, button')) this.setOpen(false);
    });
    for (const el of [button, menu]) {
      el.addEventListener('keydown', (ev) => {
        if (ev.key !== 'Escape' || !this.isOpen) return;
        this.setOpen(false);
        button.focus();
      });
    }
    phone.addEventListener('change', () => this.setOpen(false));
  }

  private get isOpen(): boolean {
    return this.button.getAttribute('aria-expanded') === 'true';
  }

  private setOpen(open: boolean): void {
    this.button.setAttribute('aria-expanded', String(open));
    this.menu.classList.toggle('open', open);
  }
}

import type { GraphLabels } from '../core/graphLabels';
import type { GraphOpenTarget } from '../core/graphMessages';
import type { GraphNode } from '../core/graphView';
import { fillPlaceholders } from '../core/l10n';
import { element } from './dom';

/**
 * The shown actors as a list of buttons: what the canvas offers to the mouse, for the keyboard
 * and screen readers (the canvas itself cannot take focus).
 */
export class ActorList {
  private readonly heading: HTMLElement;
  private readonly list: HTMLUListElement;

  constructor(
    details: HTMLDetailsElement,
    private readonly labels: GraphLabels,
    open: (actorId: string, target: GraphOpenTarget) => void,
  ) {
    this.heading = element('summary');
    this.list = element('ul');
    details.replaceChildren(this.heading, this.list);
    this.list.addEventListener('click', (e) => {
      const button = (e.target as HTMLElement).closest('button');
      const actorId = button?.closest('li')?.dataset.actor;
      if (button && actorId !== undefined) open(actorId, button.classList.contains('entry') ? 'entry' : 'tree');
    });
  }

  render(nodes: readonly GraphNode[]): void {
    this.heading.textContent = fillPlaceholders(this.labels.actorsShown, nodes.length);
    this.list.replaceChildren(
      ...nodes.map((n) => {
        const item = element('li');
        item.dataset.actor = n.id;
        item.append(
          element('span', { class: `swatch ${n.style}`, title: n.typeLabel, 'aria-hidden': 'true' }),
          element('button', { type: 'button', class: 'name', title: fillPlaceholders(this.labels.showInTree, n.name) }, `${n.name}${n.focus ? ' ★' : ''}`),
          element('button', { type: 'button', class: 'entry', 'aria-label': fillPlaceholders(this.labels.openEntry, n.name) }, this.labels.entry),
        );
        return item;
      }),
    );
  }
}

import type { GraphLabels } from '../core/graphLabels';
import type { GraphFilter, GraphTypeOption, GraphView } from '../core/graphView';
import { DEFAULT_GRAPH_FILTER } from '../core/graphView';
import { element } from './dom';

/**
 * The filter form: a checkbox per relation and actor type, a date, "show all actors" and a reset
 * button, all native labelled controls. It emits the whole filter on every change; the extension
 * answers with the new view, which render() reflects without rebuilding unchanged controls (so
 * focus stays where the user is).
 */
export class FilterBar {
  private readonly showAll: HTMLInputElement;
  private readonly date: HTMLInputElement;
  private readonly dateProblem: HTMLElement;
  private readonly relationTypes: HTMLFieldSetElement;
  private readonly actorTypes: HTMLFieldSetElement;
  private optionsKey = '';

  constructor(
    form: HTMLFormElement,
    private readonly labels: GraphLabels,
    private readonly changed: (filter: GraphFilter) => void,
  ) {
    this.showAll = element('input', { type: 'checkbox', id: 'show-all' });
    this.date = element('input', { type: 'date', id: 'at', 'aria-describedby': 'at-problem' });
    this.dateProblem = element('span', { id: 'at-problem', class: 'problem', role: 'alert' });
    const reset = element('button', { type: 'button', id: 'reset' }, labels.resetFilters);
    const general = element('fieldset');
    general.append(
      element('legend', {}, labels.show),
      labelled(this.showAll, labels.allActors),
      stacked(this.date, labels.relationsValidOn),
      this.dateProblem,
      reset,
    );
    this.actorTypes = element('fieldset', { id: 'actor-types' });
    this.relationTypes = element('fieldset', { id: 'relation-types' });
    form.replaceChildren(general, this.actorTypes, this.relationTypes);
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', () => this.changed(this.read()));
    reset.addEventListener('click', () => this.changed(DEFAULT_GRAPH_FILTER));
  }

  /** Shows `filter` in the controls, rebuilding the type checkboxes only when the types changed. */
  render(view: GraphView, filter: GraphFilter): void {
    const key = JSON.stringify([view.actorTypes, view.relationTypes]);
    if (key !== this.optionsKey) {
      this.optionsKey = key;
      this.actorTypes.replaceChildren(element('legend', {}, this.labels.actorTypes), ...view.actorTypes.map((t) => typeBox('actor', t)));
      this.relationTypes.replaceChildren(element('legend', {}, this.labels.relationTypes), ...view.relationTypes.map((t) => typeBox('relation', t)));
    }
    this.showAll.checked = filter.showAll;
    if (this.date.value !== filter.at) this.date.value = filter.at;
    this.dateProblem.textContent = view.dateProblem ?? '';
    setChecked(this.actorTypes, filter.hiddenActorTypes);
    setChecked(this.relationTypes, filter.hiddenRelationTypes);
  }

  private read(): GraphFilter {
    return {
      showAll: this.showAll.checked,
      at: this.date.value,
      hiddenActorTypes: unchecked(this.actorTypes),
      hiddenRelationTypes: unchecked(this.relationTypes),
    };
  }
}

function labelled(input: HTMLInputElement, text: string, before?: HTMLElement): HTMLLabelElement {
  const label = element('label');
  label.append(input, ...(before ? [before] : []), text);
  return label;
}

function stacked(input: HTMLInputElement, text: string): HTMLLabelElement {
  const label = element('label', { class: 'stacked' }, text);
  label.append(input);
  return label;
}

function typeBox(kind: 'actor' | 'relation', option: GraphTypeOption): HTMLLabelElement {
  const input = element('input', { type: 'checkbox', value: option.id, id: `${kind}-type-${option.id}` });
  input.checked = true;
  const swatch = option.style === undefined ? undefined : element('span', { class: `swatch ${option.style}`, 'aria-hidden': 'true' });
  return labelled(input, `${option.label} (${option.count})`, swatch);
}

function boxes(fieldset: HTMLFieldSetElement): HTMLInputElement[] {
  return [...fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
}

function setChecked(fieldset: HTMLFieldSetElement, hidden: readonly string[]): void {
  for (const box of boxes(fieldset)) box.checked = !hidden.includes(box.value);
}

function unchecked(fieldset: HTMLFieldSetElement): string[] {
  return boxes(fieldset)
    .filter((box) => !box.checked)
    .map((box) => box.value);
}

/**
 * All findings, grouped by table. Keyboard: Tab reaches one item (the selected
 * or last focused), ↑/↓ move between items across tables, Home/End jump to the
 * first/last, Enter or Space goes to the cell.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState, type KeyboardEvent } from 'react';
import type { Rule } from '../core/rules/types';
import type { FindingGroup } from './groupFindings';
import { TableSection } from './TableSection';
import { useLanguage } from './LanguageContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
});

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_i, n) => n - 1,
};

interface Props {
  groups: readonly FindingGroup[];
  rules: ReadonlyMap<string, Rule>;
  selected: number | null;
  onSelect(index: number): void;
}

export function FindingsList({ groups, rules, selected, onSelect }: Props) {
  const { t } = useLanguage();
  const s = useStyles();
  const root = useRef<HTMLDivElement>(null);
  const [focused, setFocused] = useState<number | null>(null);

  const visible = groups.flatMap((g) => g.findings.map((f) => f.index));
  const tabStop = [focused, selected].find((i) => i !== null && visible.includes(i)) ?? visible[0] ?? null;

  const onKeyDown = (e: KeyboardEvent) => {
    const move = MOVES[e.key];
    if (!move || !root.current) return;
    const items = Array.from(root.current.querySelectorAll<HTMLButtonElement>('button[data-finding]'));
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0 || !items.length) return;
    e.preventDefault();
    items[move(at, items.length)].focus();
  };

  return (
    <section aria-label={t.findingsListLabel} data-testid="findings">
      {/* Arrow keys move between the findings' buttons; the keys bubble up to here. */}
      <div ref={root} role="presentation" className={s.root} onKeyDown={onKeyDown}>
        {groups.map((g) => (
          <TableSection
            key={g.table}
            group={g}
            rules={rules}
            selected={selected}
            tabStop={tabStop}
            onSelect={onSelect}
            onFocusItem={setFocused}
          />
        ))}
      </div>
    </section>
  );
}

/** One table's findings under a heading with its code and name (or the workbook's findings outside any table). */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { Rule } from '../core/rules/types';
import type { FindingGroup } from './groupFindings';
import { FindingButton } from './FindingButton';
import { RuleExplanation } from './RuleExplanation';
import { useLanguage } from './LanguageContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  meta: { color: tokens.colorNeutralForeground2 },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  none: { color: tokens.colorNeutralForeground2, paddingLeft: tokens.spacingHorizontalS },
});

interface Props {
  group: FindingGroup;
  rules: ReadonlyMap<string, Rule>;
  selected: number | null;
  tabStop: number | null;
  onSelect(index: number): void;
  onFocusItem(index: number): void;
}

export function TableSection({ group, rules, selected, tabStop, onSelect, onFocusItem }: Props) {
  const { t } = useLanguage();
  const s = useStyles();
  const headingId = useId();
  const isWorkbook = group.table < 0;
  return (
    <section className={s.root} aria-labelledby={headingId} data-table={group.table} data-code={group.code}>
      <div className={s.header}>
        <h2 id={headingId} className={s.heading}>
          {isWorkbook ? t.workbookLevel : t.tableHeading(group.code, group.name)}
        </h2>
        <Text size={200} className={s.meta}>
          {isWorkbook
            ? t.findingCount(group.findings.length)
            : `${t.tableSheet(group.sheet)} · ${t.findingCount(group.findings.length)}`}
        </Text>
      </div>
      {group.findings.length ? (
        <ul className={s.list}>
          {group.findings.map(({ index, finding }) => {
            const rule = rules.get(finding.rule);
            return (
              <li key={index}>
                <FindingButton
                  index={index}
                  finding={finding}
                  rule={rule}
                  showSheet={isWorkbook || finding.sheet !== group.sheet}
                  selected={selected === index}
                  tabStop={tabStop === index}
                  onSelect={onSelect}
                  onFocusItem={onFocusItem}
                />
                {selected === index && rule && <RuleExplanation rule={rule} />}
              </li>
            );
          })}
        </ul>
      ) : (
        <Text size={200} className={s.none}>
          {t.tableNoIssues}
        </Text>
      )}
    </section>
  );
}

/**
 * The selected finding in full: message, row context, the cell's value, the
 * rule's explanation, previous/next, and (where the host stores them) ignore
 * with a reason, for this finding or its whole rule.
 */
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { Finding } from '../core/findings';
import type { Rule } from '../core/rules/types';
import { useLanguage } from './LanguageContext';
import { RuleExplanation } from './RuleExplanation';
import { SeverityTag } from './SeverityTag';
import { messages } from './messages';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  nav: { marginInlineStart: 'auto', display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  message: { margin: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  ignore: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  reason: { flexGrow: 1, minWidth: '200px' },
});

interface Props {
  index: number;
  finding: Finding;
  rule: Rule | undefined;
  context: string;
  value: string;
  position: number;
  count: number;
  onMove(step: 1 | -1): void;
  /** Absent where the host cannot store ignores. */
  onIgnore?(whole: boolean, reason: string): void;
  busy?: boolean;
}

export function FindingDetail({
  index,
  finding,
  rule,
  context,
  value,
  position,
  count,
  onMove,
  onIgnore,
  busy,
}: Props) {
  const { t, lang } = useLanguage();
  const m = messages[lang];
  const s = useStyles();
  const [reason, setReason] = useState('');
  return (
    <section
      className={s.root}
      aria-label={t.cellAt(finding.sheet, finding.cell)}
      data-testid="finding-detail"
      data-finding={index}
    >
      <div className={s.head}>
        <SeverityTag severity={finding.severity} />
        <Text weight="semibold">{t.cellAt(finding.sheet, finding.cell)}</Text>
        <div className={s.nav}>
          <Text size={200} className={s.meta}>
            {m.position(position + 1, count)}
          </Text>
          <Button size="small" icon={<ArrowUpRegular />} disabled={position <= 0} onClick={() => onMove(-1)}>
            {m.previous}
          </Button>
          <Button
            size="small"
            icon={<ArrowDownRegular />}
            disabled={position >= count - 1}
            onClick={() => onMove(1)}
          >
            {m.next}
          </Button>
        </div>
      </div>
      <p className={s.message} data-testid="detail-message">
        {finding.text[lang]}
      </p>
      {context && (
        <Text size={200} className={s.meta} data-testid="detail-context">
          {m.context}：{context}
        </Text>
      )}
      <Text size={200} className={s.meta} data-testid="detail-value">
        {m.cellValue}：{value === '' ? m.emptyValue : `“${value}”`}
      </Text>
      {rule && <RuleExplanation rule={rule} />}
      {onIgnore && (
        <div className={s.ignore}>
          <Field label={m.ignoreReason} className={s.reason}>
            <Input value={reason} onChange={(_e, d) => setReason(d.value)} data-testid="ignore-reason" />
          </Field>
          <Button disabled={busy || !reason.trim()} onClick={() => onIgnore(false, reason.trim())}>
            {m.ignoreOne}
          </Button>
          <Button disabled={busy || !reason.trim()} onClick={() => onIgnore(true, reason.trim())}>
            {m.ignoreRule}
          </Button>
        </div>
      )}
    </section>
  );
}

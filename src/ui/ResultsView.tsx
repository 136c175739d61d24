/**
 * A check's result: the summary line, the severity filter and the findings
 * grouped by table. Holds the filter and the selected finding (both start over
 * with a new result's view: the pane keys this view by workbook).
 * Loaded on demand (a chunk of its own, fetched right after first render).
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CheckResult } from '../core/check';
import type { Finding } from '../core/findings';
import type { Rule } from '../core/rules/types';
import { EmptyState } from './EmptyState';
import { FindingsList } from './FindingsList';
import { countBySeverity } from '../core/findings';
import { groupFindings, type SeverityFilterValue } from './groupFindings';
import { useLanguage } from './LanguageContext';
import { ResultSummary } from './ResultSummary';
import { SeverityFilter } from './SeverityFilter';

interface Props {
  result: CheckResult;
  rules: readonly Rule[];
  checkedAt: Date | null;
  onSelect(finding: Finding): void;
}

export function ResultsView({ result, rules, checkedAt, onSelect }: Props) {
  const { t, lang } = useLanguage();
  const [filter, setFilter] = useState<SeverityFilterValue>('all');
  const [selection, setSelection] = useState<{ of: CheckResult; index: number } | null>(null);

  const ruleMap = useMemo(() => new Map(rules.map((r) => [r.id, r])), [rules]);
  const groups = useMemo(() => groupFindings(result, filter), [result, filter]);
  const counts = useMemo(() => countBySeverity(result.findings), [result]);
  // A new result (a re-check) drops the selection.
  const selected = selection && selection.of === result ? selection.index : null;

  const select = (index: number) => {
    setSelection({ of: result, index });
    onSelect(result.findings[index]);
  };

  return (
    <>
      <ResultSummary tables={result.tables.length} findings={result.findings.length} checkedAt={checkedAt} />
      {result.diagnostics.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="diagnostics">
          <MessageBarBody>
            <MessageBarTitle>{t.checkIncomplete}</MessageBarTitle>
            <ul>
              {result.diagnostics.map((d, i) => (
                <li key={i}>{lang === 'en' ? d.messageEn : d.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {result.tables.length === 0 && result.findings.length === 0 ? (
        <EmptyState text={t.noTables} />
      ) : (
        <>
          <SeverityFilter value={filter} counts={counts} onChange={setFilter} />
          {groups.length ? (
            <FindingsList groups={groups} rules={ruleMap} selected={selected} onSelect={select} />
          ) : (
            <EmptyState text={t.noFindingsAtLevel} />
          )}
        </>
      )}
    </>
  );
}

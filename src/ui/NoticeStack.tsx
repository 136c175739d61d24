/** Errors, warnings and confirmations as MessageBars; each stays until dismissed. */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import { useLanguage } from './LanguageContext';
import type { Notice } from './notices';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  body: { overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
});

export function NoticeStack({
  notices,
  onDismiss,
}: {
  notices: readonly Notice[];
  onDismiss(id: number): void;
}) {
  const { t, lang } = useLanguage();
  const s = useStyles();
  if (!notices.length) return null;
  return (
    <section className={s.root} aria-label={t.noticesLabel}>
      {notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} layout="multiline" data-testid="notice">
          <MessageBarBody className={s.body}>
            <MessageBarTitle>{n.title(t)}</MessageBarTitle>
            {n.body && <span>{n.body[lang]}</span>}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                size="small"
                aria-label={t.dismiss}
                icon={<DismissRegular />}
                onClick={() => onDismiss(n.id)}
              />
            }
          />
        </MessageBar>
      ))}
    </section>
  );
}

/** What the pane says before there is anything to show. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: { padding: `${tokens.spacingVerticalL} 0`, color: tokens.colorNeutralForeground2 },
});

export function EmptyState({ text }: { text: string }) {
  const s = useStyles();
  return (
    <div className={s.root} data-testid="empty-state">
      <Text>{text}</Text>
    </div>
  );
}

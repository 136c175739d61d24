/** After an annotated copy is made: a plain link to the same file, for browsers that block the automatic download. */
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useLanguage } from './LanguageContext';
import type { DownloadLink } from './useHostActions';

const useStyles = makeStyles({
  root: { fontSize: tokens.fontSizeBase200 },
});

export function DownloadFallbackLink({ link }: { link: DownloadLink }) {
  const { t } = useLanguage();
  const s = useStyles();
  return (
    <div className={s.root} role="status">
      {t.copyReady(link.name)}{' '}
      <Link href={link.url} download={link.name} data-testid="download-link">
        {t.copyLink(link.name)}
      </Link>
    </div>
  );
}

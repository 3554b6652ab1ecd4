// The readiness index of the readiness sheet and the three factors to work on first
// (largest weighted gap first), in the order the sheet ranks them.
import { Body1, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatPercent } from '../format';
import { useLang } from '../i18n-context';
import type { ReadinessFigures } from '../model/headline';
import { useTextStyles } from './text-styles';

const useStyles = makeStyles({
  index: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: `0 0 ${tokens.spacingVerticalS}`, paddingLeft: tokens.spacingHorizontalXL },
  item: { marginBottom: tokens.spacingVerticalXS },
});

export function ReadinessResults({ readiness }: { readiness: ReadinessFigures }) {
  const { lang, t } = useLang();
  const styles = useStyles();
  const text = useTextStyles();
  return (
    <section aria-labelledby="readiness-heading" data-testid="readiness">
      <Subtitle2 as="h4" id="readiness-heading" className={text.heading}>{t('pane.results.readiness.heading')}</Subtitle2>
      <Body1 as="p" className={mergeClasses(text.paragraph, styles.index)} data-testid="readiness-index">
        {t('pane.results.readiness.index', { index: formatPercent(lang, readiness.index, 0) })}
      </Body1>
      <Caption1 as="p" className={text.paragraph}>{t('pane.results.readiness.note')}</Caption1>
      {readiness.priorities.length > 0 && (
        <>
          <Body1 as="p" className={text.paragraph} id="readiness-priorities-label">{t('pane.results.readiness.priorities')}</Body1>
          <ol className={styles.list} aria-labelledby="readiness-priorities-label" data-testid="readiness-priorities">
            {readiness.priorities.map((p) => (
              <li key={p.id} className={styles.item} data-factor={p.id}>
                <Body1>{t(`readiness.${p.id}`)}</Body1>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

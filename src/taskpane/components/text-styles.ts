// Fluent's text components are inline spans; as headings and paragraphs they need block layout.
import { makeStyles, tokens } from '@fluentui/react-components';

export const useTextStyles = makeStyles({
  heading: { display: 'block', margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXS}` },
  paragraph: { display: 'block', margin: `0 0 ${tokens.spacingVerticalS}` },
});

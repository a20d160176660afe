import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { AnchorHTMLAttributes, ButtonHTMLAttributes } from 'react';

/**
 * A link in running text ("Open in Outlook", "Details"), styled as Fluent's Link but without its
 * runtime, since first paint shows one on nearly every card. As a button when it acts rather than
 * navigates.
 */
const useStyles = makeStyles({
  root: {
    color: tokens.colorBrandForegroundLink,
    backgroundColor: 'transparent',
    border: 'none',
    padding: 0,
    margin: 0,
    font: 'inherit',
    textAlign: 'start',
    textDecorationLine: 'none',
    cursor: 'pointer',
    borderRadius: tokens.borderRadiusSmall,
    ':hover': { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: 'underline' },
    ':active': { color: tokens.colorBrandForegroundLinkPressed },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, textDecorationLine: 'underline' },
    '@media (forced-colors: active)': { color: 'LinkText' },
  },
});

export function InlineLink({ className, children, ...props }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  const styles = useStyles();
  return (
    <a className={mergeClasses(styles.root, className)} {...props}>
      {children}
    </a>
  );
}

export function InlineLinkButton({ className, ...props }: ButtonHTMLAttributes<HTMLButtonElement>) {
  const styles = useStyles();
  return <button type="button" className={mergeClasses(styles.root, className)} {...props} />;
}

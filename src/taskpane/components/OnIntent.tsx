import { startTransition, Suspense, useState, type ReactElement } from 'react';

/** What the placeholder trigger wires up: pointing or focusing starts the load, a click asks to open. */
export interface IntentHandlers {
  onPointerEnter(): void;
  onFocus(): void;
  onBlur(): void;
  onClick(): void;
  'data-deferred': '';
}

export interface OnIntentProps {
  /** A trigger that looks like the real one, usable before the real one is loaded. */
  placeholder(handlers: IntentHandlers): ReactElement;
  /** The lazy component, told to open on mount (clicked meanwhile) and to take focus (the placeholder had it). */
  render(state: { defaultOpen: boolean; autoFocus: boolean }): ReactElement;
}

/**
 * A menu whose code is fetched only when someone means to use it, so first paint never waits on
 * (or shares the network with) Fluent's Menu. The switch runs in a transition: the placeholder
 * stays on screen, focused, until the real trigger is ready to replace it.
 */
export function OnIntent({ placeholder, render }: OnIntentProps) {
  const [wanted, setWanted] = useState<'no' | 'load' | 'open'>('no');
  const [focused, setFocused] = useState(false);
  const intend = () => startTransition(() => setWanted((w) => (w === 'no' ? 'load' : w)));
  const handlers: IntentHandlers = {
    onPointerEnter: intend,
    onFocus: () => {
      setFocused(true);
      intend();
    },
    onBlur: () => setFocused(false),
    onClick: () => startTransition(() => setWanted('open')),
    'data-deferred': '',
  };
  const stand = placeholder(handlers);
  return <Suspense fallback={stand}>{wanted === 'no' ? stand : render({ defaultOpen: wanted === 'open', autoFocus: focused })}</Suspense>;
}

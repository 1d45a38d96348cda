import type { HostElements } from './host-elements';
import type { HostState } from './host-state';
import type { HostedFrames } from './hosted-frames';
import { textOf, type TextKey } from './host-texts';

/** Everything the parts of the workbench page share: its state, its elements, its iframes. */
export interface HostPage {
  state: HostState;
  el: HostElements;
  frames: HostedFrames;
}

/** A workbench string in the language of the chosen locale. */
export function hostText(host: HostPage, key: TextKey): string {
  return textOf(host.state.locale, key);
}

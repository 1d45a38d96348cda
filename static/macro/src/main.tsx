import { createRoot } from 'react-dom/client';
import { enableTheme, invokeResolver, readMacroContext } from '@shared/bridge';
import { MacroApp } from './macro-app';
import '@shared/base.css';
import './macro.css';

// Started before React renders, outside any component, so the first render makes exactly
// one resolver call whatever React does with effects; the context and theme load alongside.
const firstLoad = {
  context: readMacroContext(),
  theme: enableTheme(),
  card: invokeResolver('card/get-for-macro', {}),
};

const root = document.getElementById('root');
if (root !== null) createRoot(root).render(<MacroApp firstLoad={firstLoad} />);

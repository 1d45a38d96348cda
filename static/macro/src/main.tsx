// Stylesheets load in import order: the shared base first, each component's own with its
// module (through MacroApp), and print last so its overrides win.
import '@shared/base.css';
import { createRoot } from 'react-dom/client';
import { enableTheme, invokeResolver, readMacroContext } from '@shared/bridge';
import { MacroApp } from './macro-app';
import './print.css';

// Started before React renders, outside any component, so the first render makes exactly
// one resolver call whatever React does with effects; the context and theme load alongside.
const firstLoad = {
  context: readMacroContext(),
  theme: enableTheme(),
  card: invokeResolver('card/get-for-macro', {}),
};

const root = document.getElementById('root');
if (root !== null) createRoot(root).render(<MacroApp firstLoad={firstLoad} />);

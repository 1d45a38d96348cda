import type { HostedModule } from './app-modules';

/** An iframe the host answers: which module it shows, for which page. */
export interface HostedFrame {
  element: HTMLIFrameElement;
  moduleKey: string;
  pageId: string;
  /** Sized to its content (the macro), or left to CSS (the config view in its modal). */
  autoHeight: boolean;
  /** Has asked for theming, so it follows the colour mode from then on. */
  themed: boolean;
  /** The issue an issue panel is on, as Jira names it in the panel's context. */
  issue?: PanelIssue;
}

export interface PanelIssue {
  id: string;
  key: string;
  type: string;
  typeId: string;
  projectId: string;
  projectKey: string;
}

/** The iframes on the page, found again by the window a message came from. */
export class HostedFrames {
  private frames: HostedFrame[] = [];

  create(module: HostedModule, pageId: string, autoHeight: boolean, issue?: PanelIssue): HTMLIFrameElement {
    const iframe = document.createElement('iframe');
    iframe.title = module.frameTitle;
    // No sandbox attribute: Forge's sandbox keeps scripts and same-origin, which Chromium
    // flags as escapable on every load; without it the console stays quiet and nothing changes.
    iframe.src = module.resource;
    this.frames.push({ element: iframe, moduleKey: module.key, pageId, autoHeight, themed: false, ...(issue === undefined ? {} : { issue }) });
    return iframe;
  }

  forgetModule(module: HostedModule): void {
    this.frames = this.frames.filter((frame) => frame.moduleKey !== module.key);
  }

  frameOf(source: MessageEventSource | null): HostedFrame | null {
    if (source === null) return null;
    return this.frames.find((frame) => frame.element.contentWindow === source) ?? null;
  }

  themedFrames(): HostedFrame[] {
    return this.frames.filter((frame) => frame.themed);
  }
}

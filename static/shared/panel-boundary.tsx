import { Component } from 'react';
import type { ReactNode } from 'react';
import { ErrorNotice } from './error-notice';
import type { ErrorScope } from './error-wording';

/**
 * Around a lazily loaded panel: a panel whose code could not be fetched (the network dropped)
 * fails alone, not the card, and offers to try again. `message` is English, for the logs only.
 */
export class PanelBoundary extends Component<
  { children: ReactNode; title: string; message: string; scope?: ErrorScope },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <ErrorNotice
        error={{ code: 'INTERNAL', message: this.props.message }}
        title={this.props.title}
        onRetry={() => this.setState({ failed: false })}
        {...(this.props.scope === undefined ? {} : { scope: this.props.scope })}
      />
    );
  }
}

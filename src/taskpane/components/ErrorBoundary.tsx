// Shows a fault of the pane's own code as a message instead of a blank pane.
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';

interface Props {
  /** The message, given the error's text (already translated by the caller). */
  readonly message: (detail: string) => string;
  readonly children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{this.props.message(this.state.error.message)}</MessageBarBody>
        </MessageBar>
      );
    }
    return this.props.children;
  }
}

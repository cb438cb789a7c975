/**
 * Keeps a failure in one part of the page in that part: the rest of the explainer stays
 * readable and usable, and the broken part says so briefly with a way to try again.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** what could not be shown, for the notice: "This section", "The explainer" */
  what: string;
  children: ReactNode;
  /** called before trying again, e.g. to reset a failed query */
  onReset?: () => void;
}

interface ErrorBoundaryState {
  failed: boolean;
}

/** Returns its children, or a short notice with a Try again button when they throw while rendering. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Developers still need the cause; readers get the notice below.
    console.warn(`${this.props.what} could not be shown:`, error, info.componentStack);
  }

  private readonly retry = () => {
    this.props.onReset?.();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="section-error">
        <p>{this.props.what} could not be shown. The rest of the page still works.</p>
        <button type="button" onClick={this.retry}>
          Try again
        </button>
      </div>
    );
  }
}

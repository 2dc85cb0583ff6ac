import { Component, type ReactNode } from "react";

/**
 * A bug while rendering a result must not blank the page or lose the paste: the boundary wraps
 * only the results, so the input stays, and it resets when the input changes (`resetKey`).
 */
export class ResultBoundary extends Component<
  { resetKey: string; fallback: (reset: () => void) => ReactNode; children: ReactNode },
  { failedKey: string | undefined }
> {
  override state = { failedKey: undefined as string | undefined };

  static getDerivedStateFromError(): { failedKey: string } {
    return { failedKey: "__pending__" };
  }

  override componentDidCatch(): void {
    this.setState({ failedKey: this.props.resetKey });
  }

  override render(): ReactNode {
    const { failedKey } = this.state;
    const failed = failedKey === "__pending__" || failedKey === this.props.resetKey;
    return failed
      ? this.props.fallback(() => {
          this.setState({ failedKey: undefined });
        })
      : this.props.children;
  }
}

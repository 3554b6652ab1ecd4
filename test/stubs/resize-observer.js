// jsdom has no ResizeObserver, which Fluent UI's MessageBar needs: without it, a render
// error shown by the pane's error boundary throws again and loops until memory runs out.
// An observer that never reports is enough for tests that do not measure layout.
if (typeof window !== 'undefined' && typeof window.ResizeObserver === 'undefined') {
  class ResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver = ResizeObserver;
  globalThis.ResizeObserver = ResizeObserver;
}

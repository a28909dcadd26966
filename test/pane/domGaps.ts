/// <reference types="node" />
// What jsdom (jest-environment-jsdom) lacks and the pane's components use: a component test imports
// this first. TextDecoder/TextEncoder (reading a workbook's zip), and a ResizeObserver that never
// reports (Fluent's positioned popups and progress bars observe their size; jsdom lays nothing out).
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextDecoder, TextEncoder });

if (!('ResizeObserver' in globalThis)) {
  class QuietResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(globalThis, { ResizeObserver: QuietResizeObserver });
}

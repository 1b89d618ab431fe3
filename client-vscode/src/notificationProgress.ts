// The server's work-done progress (a build, a run, a push) as a VS Code notification, with a Cancel
// button when the server says the work can be cancelled. vscode-languageclient's own progress feature
// shows it in the status bar only, where a long build and its Cancel are easy to miss.
import * as vscode from 'vscode';
import {
  BaseLanguageClient, ClientCapabilities, FeatureState, ProgressToken, StaticFeature, WorkDoneProgress,
  WorkDoneProgressBegin, WorkDoneProgressCancelNotification, WorkDoneProgressCreateRequest,
} from 'vscode-languageclient/node';
import { ProgressReports } from './progressReports';

export class NotificationProgressFeature implements StaticFeature {
  private readonly active = new Set<NotificationProgress>();

  constructor(private readonly client: BaseLanguageClient) {}

  getState(): FeatureState {
    return { kind: 'static' };
  }

  fillClientCapabilities(capabilities: ClientCapabilities): void {
    capabilities.window = { ...capabilities.window, workDoneProgress: true };
  }

  initialize(): void {
    // Registered after the library's built-in features, so this handler replaces its status-bar one
    // (features initialise in registration order, on every start and restart).
    this.client.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      const part: NotificationProgress = new NotificationProgress(this.client, token, () => this.active.delete(part));
      this.active.add(part);
    });
  }

  clear(): void {
    for (const part of this.active) part.done();
    this.active.clear();
  }
}

class NotificationProgress {
  private readonly reports = new ProgressReports();
  private listener: vscode.Disposable | undefined;
  private progress: vscode.Progress<{ message?: string; increment?: number }> | undefined;
  private finish: (() => void) | undefined;
  private ended = false;

  constructor(private readonly client: BaseLanguageClient, private readonly token: ProgressToken, onEnd: () => void) {
    this.listener = client.onProgress(WorkDoneProgress.type, token, (value) => {
      if (value.kind === 'begin') this.begin(value);
      else if (value.kind === 'report') this.report(value);
      else {
        this.done();
        onEnd();
      }
    });
  }

  private begin(value: WorkDoneProgressBegin): void {
    if (this.ended || this.progress) return;
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: value.title, cancellable: value.cancellable === true },
      (progress, cancellation) => {
        // The work may have ended before VS Code showed the notification.
        if (this.ended) return Promise.resolve();
        this.progress = progress;
        cancellation.onCancellationRequested(() => {
          void this.client.sendNotification(WorkDoneProgressCancelNotification.type, { token: this.token });
        });
        this.report(value);
        return new Promise<void>((resolve) => { this.finish = resolve; });
      });
  }

  private report(value: { message?: string; percentage?: number }): void {
    const step = this.reports.next(value);
    if (step && this.progress) this.progress.report(step);
  }

  done(): void {
    this.ended = true;
    this.listener?.dispose();
    this.listener = undefined;
    this.finish?.();
    this.finish = undefined;
    this.progress = undefined;
  }
}

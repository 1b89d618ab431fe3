// LSP work-done progress sends absolute percentages; VS Code's Progress.report adds up increments.
// Each report therefore carries the growth since the last one (never negative, never past 100).

export interface WorkDoneValue {
  readonly message?: string;
  readonly percentage?: number;
}

export interface ProgressStep {
  readonly message?: string;
  readonly increment?: number;
}

export class ProgressReports {
  private reported = 0;

  /** The step to hand to Progress.report for this begin/report value, or undefined when there is nothing new. */
  next(value: WorkDoneValue): ProgressStep | undefined {
    let increment: number | undefined;
    if (typeof value.percentage === 'number' && Number.isFinite(value.percentage)) {
      const percentage = Math.max(0, Math.min(100, value.percentage));
      const growth = Math.max(0, percentage - this.reported);
      this.reported += growth;
      if (growth > 0) increment = growth;
    }
    const message = typeof value.message === 'string' && value.message.length > 0 ? value.message : undefined;
    if (message === undefined && increment === undefined) return undefined;
    return { ...(message !== undefined ? { message } : {}), ...(increment !== undefined ? { increment } : {}) };
  }
}

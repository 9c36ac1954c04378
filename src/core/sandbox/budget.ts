// A time budget for answering one data request. A matchesPattern with a backtracking pattern such as
// ^((\w)+)+!$ can run for minutes on a single record, and no step counter can interrupt one RegExp call.
// V8's watchdog can: code run through vm with a timeout is stopped where it stands, regex included. The demo
// server lives inside the user's extension host, so a stuck request must end there, with a reason.
import * as vm from 'node:vm';

export class BudgetExceeded extends Error {
  constructor(readonly ms: number) {
    super(`stopped after ${ms} ms`);
    this.name = 'BudgetExceeded';
  }
}

export class EvaluationBudget {
  private readonly slot: { job?: () => unknown } = {};
  private readonly context = vm.createContext(this.slot);
  private readonly script = new vm.Script('job()');

  constructor(readonly ms: number) {}

  /** Runs `job` synchronously; throws BudgetExceeded when it takes longer than the budget. */
  run<T>(job: () => T): T {
    this.slot.job = job;
    try {
      return this.script.runInContext(this.context, { timeout: this.ms }) as T;
    } catch (e) {
      if ((e as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new BudgetExceeded(this.ms);
      throw e;
    } finally {
      this.slot.job = undefined;
    }
  }
}

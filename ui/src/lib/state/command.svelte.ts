// What the case, evidence and filing states share: calls to the shell whose answers are applied
// only if the state was not cleared meanwhile (a lock, another case), with the busy flag and the
// last error to show.

import type { Result } from '../services/core';
import type { CommandError } from '../services/errors';

export class CommandState {
  busy = $state(false);
  error = $state<CommandError | null>(null);
  /** Raised by `forget`: answers to calls made before it are dropped. */
  protected generation = 0;

  /** Drops the answers of every call still under way. */
  protected forget(): void {
    this.generation++;
  }

  /** Runs `work`; applies its value (or keeps its error) unless the state was cleared meanwhile. */
  protected async run<T>(work: () => Promise<Result<T>>, apply: (value: T) => void): Promise<boolean> {
    const generation = this.generation;
    this.busy = true;
    try {
      const result = await work();
      if (generation !== this.generation) return false;
      if (!result.ok) {
        this.error = result.error;
        return false;
      }
      this.error = null;
      apply(result.value);
      return true;
    } finally {
      this.busy = false;
    }
  }
}

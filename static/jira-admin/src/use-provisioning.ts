import { useCallback, useRef, useState } from 'react';
import type { ProvisioningPlan } from '@src/contracts/jira-admin-contracts';
import { invokeResolver } from '@shared/bridge';
import type { ResolverError } from '@shared/error-notice';

export type Language = 'en' | 'ru';

export type ProvisioningState =
  | { kind: 'idle' }
  | { kind: 'planning' }
  | { kind: 'planned'; plan: ProvisioningPlan }
  | { kind: 'running'; plan: ProvisioningPlan; done: number; total: number; waiting: boolean }
  | { kind: 'finished'; plan: ProvisioningPlan }
  | { kind: 'failed'; error: ResolverError; plan: ProvisioningPlan | null; during: 'plan' | 'run' };

/** How long to wait between polls of Jira's scheme switch. */
const POLL_MS = 2000;
/** A run is about a dozen steps; this many means something keeps it from finishing. */
const MAX_STEPS = 60;

/**
 * The page's provisioning: show the plan (nothing written), then run it one step per call with
 * exactly the items the admin saw approved, until the plan is complete. Each step answers the
 * plan it started from; a step that finds more to do than was approved stops the run (the plan
 * changed), and the admin looks again.
 */
export function useProvisioning() {
  const [state, setState] = useState<ProvisioningState>({ kind: 'idle' });
  const latest = useRef(0);

  const plan = useCallback(async (projectKey: string, language: Language) => {
    const request = (latest.current += 1);
    setState({ kind: 'planning' });
    const result = await invokeResolver('jira-admin/plan', { projectKey, language });
    if (request !== latest.current) return;
    setState(result.ok ? { kind: 'planned', plan: result.data } : { kind: 'failed', error: result.error, plan: null, during: 'plan' });
  }, []);

  const run = useCallback(async (approvedPlan: ProvisioningPlan, language: Language) => {
    const request = (latest.current += 1);
    const approved = approvedPlan.approvals;
    const total = approved.length;
    const made = new Set<string>();
    let current = approvedPlan;
    setState({ kind: 'running', plan: current, done: 0, total, waiting: false });
    for (let step = 0; step < MAX_STEPS; step += 1) {
      const result = await invokeResolver('jira-admin/step', { projectKey: approvedPlan.projectKey, language, approved });
      if (request !== latest.current) return;
      if (!result.ok) {
        setState({ kind: 'failed', error: result.error, plan: current, during: 'run' });
        return;
      }
      current = result.data.plan;
      if (result.data.done.outcome === 'failed') {
        // Jira's scheme switch did not complete: what was done is kept, and showing the plan again retries it.
        setState({ kind: 'failed', error: { code: 'CONFLICT', reason: 'jira-refused', message: 'The workflow scheme switch did not complete.' }, plan: current, during: 'run' });
        return;
      }
      for (const id of result.data.done.itemIds) made.add(id);
      if (current.complete) {
        setState({ kind: 'finished', plan: current });
        return;
      }
      const waiting = result.data.done.outcome === 'waiting';
      setState({ kind: 'running', plan: current, done: Math.min(made.size, total), total, waiting });
      if (waiting) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      if (request !== latest.current) return;
    }
    setState({ kind: 'failed', error: { code: 'INTERNAL', message: 'The run did not finish.' }, plan: current, during: 'run' });
  }, []);

  return { state, plan, run };
}

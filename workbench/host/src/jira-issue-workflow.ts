import { messageOf } from './error-message';
import { hostText, type HostPage } from './host-page';
import { fetchJiraTransitions, takeJiraTransition } from './workbench-api';

/**
 * The issue view's workflow buttons, as Jira's issue view has them: the transitions Jira offers
 * the workbench's current user (conditions hide the rest), one button each. Taking one goes
 * through Jira's REST API, so its validators (the app's too) decide; a refusal shows Jira's
 * messages under the buttons, a transition taken reloads the issue (`reload`).
 */
export function workflowSection(host: HostPage, key: string, reload: () => void): HTMLElement {
  const section = document.createElement('section');
  section.className = 'wb-jira-workflow';
  section.setAttribute('aria-label', hostText(host, 'workflow'));
  const heading = document.createElement('h3');
  heading.className = 'wb-jira-issue__heading';
  heading.textContent = hostText(host, 'workflow');
  const buttons = document.createElement('div');
  buttons.className = 'wb-jira-workflow__buttons';
  const outcome = document.createElement('div');
  outcome.className = 'wb-jira-workflow__outcome';
  outcome.setAttribute('role', 'status');
  section.append(heading, buttons, outcome);
  void fill(host, key, buttons, outcome, reload);
  return section;
}

async function fill(host: HostPage, key: string, buttons: HTMLElement, outcome: HTMLElement, reload: () => void): Promise<void> {
  const accountId = host.state.accountId;
  try {
    const transitions = await fetchJiraTransitions(key, accountId);
    if (transitions.length === 0) buttons.append(paragraph('wb-jira-note', hostText(host, 'noTransitions')));
    for (const transition of transitions) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'wb-button';
      button.textContent = transition.name;
      button.title = `→ ${transition.to}`;
      button.addEventListener('click', () => void take(host, key, accountId, transition.id, buttons, outcome, reload));
      buttons.append(button);
    }
  } catch (error) {
    buttons.append(paragraph('wb-error', hostText(host, 'transitionsFailed') + messageOf(error)));
  }
}

async function take(host: HostPage, key: string, accountId: string, transitionId: string, buttons: HTMLElement, outcome: HTMLElement, reload: () => void): Promise<void> {
  const all = [...buttons.querySelectorAll('button')];
  for (const button of all) button.disabled = true;
  outcome.textContent = '';
  try {
    const answer = await takeJiraTransition(key, accountId, transitionId);
    if (answer.outcome === 'done') return reload();
    const refusal = paragraph('wb-error wb-jira-workflow__refusal', hostText(host, 'transitionRefused'));
    const list = document.createElement('ul');
    for (const message of answer.messages) {
      const item = document.createElement('li');
      item.textContent = message;
      list.append(item);
    }
    outcome.append(refusal, list);
  } catch (error) {
    outcome.append(paragraph('wb-error', messageOf(error)));
  } finally {
    for (const button of all) button.disabled = false;
  }
}

function paragraph(className: string, text: string): HTMLParagraphElement {
  const created = document.createElement('p');
  created.className = className;
  created.textContent = text;
  return created;
}

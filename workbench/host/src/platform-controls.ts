import { messageOf } from './error-message';
import { hostText, type HostPage } from './host-page';
import { renderPage } from './page-view';
import { fetchClock, fetchScheduledTriggers, runScheduledTrigger, setClock } from './workbench-api';

/**
 * The header's two platform controls, each shown only when the server offers it: the date the
 * app lives on (the workbench clock), and a button for each scheduled trigger the manifest
 * declares. After either, the page reloads, as the app's answers may have changed.
 */
export function wirePlatformControls(host: HostPage): void {
  const { el } = host;
  let clockNow = '';
  const showClock = (now: string) => {
    clockNow = now;
    // The server's date in UTC, as it reports it; the app's periods are dated the same way.
    el.clock.value = now.slice(0, 10);
    el.clockControl.hidden = false;
  };
  fetchClock().then((clock) => clock && showClock(clock.now), (error: unknown) => note(host, messageOf(error)));
  el.clock.addEventListener('change', () => {
    if (el.clock.value === '') return;
    // A new day at the time of day the clock shows, so "today's" reminders stay today's.
    setClock(`${el.clock.value}${clockNow.slice(10)}`).then(
      (clock) => {
        showClock(clock.now);
        renderPage(host);
      },
      (error: unknown) => note(host, messageOf(error)),
    );
  });

  fetchScheduledTriggers().then(
    (keys) => {
      el.scheduled.textContent = '';
      for (const key of keys) el.scheduled.appendChild(new Option(key, key));
      el.scheduledControl.hidden = keys.length === 0;
    },
    (error: unknown) => note(host, messageOf(error)),
  );
  el.runScheduled.addEventListener('click', () => {
    const key = el.scheduled.value;
    el.runScheduled.disabled = true;
    runScheduledTrigger(key)
      .then(
        (run) => {
          note(host, run.outcome === 'success' ? `${hostText(host, 'triggerRan')}: ${key}` : `${hostText(host, 'triggerFailed')}${run.error ?? key}`);
          renderPage(host);
        },
        (error: unknown) => note(host, `${hostText(host, 'triggerFailed')}${messageOf(error)}`),
      )
      .finally(() => {
        el.runScheduled.disabled = false;
      });
  });
}

function note(host: HostPage, text: string): void {
  host.el.platformNote.textContent = text;
}

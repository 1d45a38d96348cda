/*
 * The workbench's stand-in for the script Forge runs inside a Custom UI iframe. It must load
 * before the app bundle: @forge/bridge reads `window.__bridge.callBridge` when its modules
 * load. Each call goes to the host page (host.js) by postMessage and resolves with the
 * host's answer, as between a Forge iframe and Confluence. Classic script, no modules.
 */
(function () {
  'use strict';

  var CHANNEL = 'forge-workbench-bridge';
  var DATA_THEME = 'dark:dark light:light spacing:spacing typography:typography shape:shape';
  var TOKEN_SHEETS = ['/host/tokens/light.css', '/host/tokens/dark.css'];
  var pending = {};
  var nextId = 1;
  var themed = false;

  function send(message) {
    message.channel = CHANNEL;
    window.parent.postMessage(message, window.location.origin);
  }

  function callBridge(name, payload) {
    return new Promise(function (resolve, reject) {
      var id = nextId++;
      pending[id] = { resolve: resolve, reject: reject };
      try {
        send({ kind: 'call', id: id, name: name, payload: payload === undefined ? null : payload });
      } catch (error) {
        delete pending[id];
        reject(error);
      }
    }).then(function (answer) {
      if (name !== 'enableTheming') return answer;
      themed = true;
      return applyTheme(answer && answer.colorMode).then(function () {
        return undefined;
      });
    });
  }

  /** Loads the token themes (once) and switches <html> to the colour mode, as Forge does. */
  function applyTheme(colorMode) {
    var root = document.documentElement;
    root.setAttribute('data-theme', DATA_THEME);
    root.setAttribute('data-color-mode', colorMode === 'dark' ? 'dark' : 'light');
    return Promise.all(TOKEN_SHEETS.map(ensureStylesheet));
  }

  function ensureStylesheet(href) {
    var existing = document.querySelector('link[data-forge-tokens="' + href + '"]');
    if (existing) return Promise.resolve();
    return new Promise(function (resolve) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.setAttribute('data-forge-tokens', href);
      // A missing sheet leaves the CSS fallbacks in place; it must not block the app.
      link.onload = link.onerror = function () {
        resolve();
      };
      document.head.insertBefore(link, document.head.firstChild);
    });
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent || event.origin !== window.location.origin) return;
    var data = event.data;
    if (!data || data.channel !== CHANNEL) return;
    if (data.kind === 'answer') {
      var call = pending[data.id];
      if (!call) return;
      delete pending[data.id];
      if (data.ok) call.resolve(data.result);
      else call.reject(new Error(data.error || 'The host could not answer the bridge call.'));
    } else if (data.kind === 'theme' && themed) {
      applyTheme(data.colorMode);
    }
  });

  // The host sizes the iframe to its content, as Confluence does for a macro.
  var lastHeight = -1;
  function reportHeight() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) return;
    lastHeight = height;
    send({ kind: 'resize', height: height });
  }
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(reportHeight).observe(document.documentElement);
  }
  window.addEventListener('load', reportHeight);

  window.__bridge = { callBridge: callBridge };
})();

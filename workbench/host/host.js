/*
 * The workbench page: a stand-in for a Confluence space. It lists the pages, shows the
 * selected page with the app's macro in an iframe (the production build, as Forge serves
 * it), and answers the bridge calls the iframes send (see bridge-in-iframe.js):
 *   invoke        → POST /api/invoke, answered with the resolver's result
 *   getContext    → the context Confluence gives a macro
 *   enableTheming → the colour mode; the iframe then loads the token themes
 *   submit        → (config view) PUT /api/pages/<id>/config, then the macro reloads
 *   close         → (config view) closes the modal
 * Nothing here polls or streams: the page settles once the macro has rendered.
 */
(function () {
  'use strict';

  var CHANNEL = 'forge-workbench-bridge';
  var MACRO_RESOURCE = '/resources/macro/index.html';
  var CONFIG_RESOURCE = '/resources/macro-config/index.html';
  var MACRO_KEY = 'process-card';
  var CONFIG_KEY = 'process-card-config';

  var TEXTS = {
    en: {
      workbench: 'local workbench', theme: 'Theme', light: 'Light', dark: 'Dark', language: 'Language', user: 'User',
      pages: 'Pages', newPage: '+ New page', configure: 'Configure macro', configTitle: 'Process card — macro settings',
      close: 'Close', newPageTitle: 'New page', newPageIntro: 'The page gets an empty Process card macro.',
      pageTitle: 'Page title', cancel: 'Cancel', create: 'Create', space: 'Space', noPages: 'No pages yet.',
      loadFailed: 'The workbench could not load its pages: ', saved: 'Macro settings saved.',
    },
    ru: {
      workbench: 'локальный стенд', theme: 'Тема', light: 'Светлая', dark: 'Тёмная', language: 'Язык', user: 'Пользователь',
      pages: 'Страницы', newPage: '+ Новая страница', configure: 'Настроить макрос', configTitle: 'Карта процесса — настройки макроса',
      close: 'Закрыть', newPageTitle: 'Новая страница', newPageIntro: 'На странице будет пустой макрос «Карта процесса».',
      pageTitle: 'Название страницы', cancel: 'Отмена', create: 'Создать', space: 'Пространство', noPages: 'Страниц пока нет.',
      loadFailed: 'Стенд не смог загрузить страницы: ', saved: 'Настройки макроса сохранены.',
    },
  };

  var state = {
    pages: [],
    firstPageId: null,
    users: [],
    pageId: null,
    colorMode: stored('workbench.colorMode', 'light'),
    locale: stored('workbench.locale', 'ru-RU'),
    accountId: stored('workbench.accountId', ''),
  };

  /** Iframes the host answers, by their window: which module they are and for which page. */
  var frames = [];

  var el = {
    theme: byId('wb-theme'),
    locale: byId('wb-locale'),
    user: byId('wb-user'),
    pages: byId('wb-pages'),
    space: byId('wb-space-name'),
    title: byId('wb-page-title'),
    macro: byId('wb-macro'),
    status: byId('wb-status'),
    configure: byId('wb-configure'),
    configDialog: byId('wb-config-dialog'),
    configFrame: byId('wb-config-frame'),
    configClose: byId('wb-config-close'),
    newPage: byId('wb-new-page'),
    newPageDialog: byId('wb-new-page-dialog'),
    newPageForm: byId('wb-new-page-form'),
    newPageName: byId('wb-new-page-name'),
    newPageError: byId('wb-new-page-error'),
    newPageCancel: byId('wb-new-page-cancel'),
  };

  function byId(id) {
    return document.getElementById(id);
  }

  function stored(key, fallback) {
    try {
      return window.localStorage.getItem(key) || fallback;
    } catch {
      return fallback;
    }
  }

  function remember(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Private mode: the choice lasts until reload.
    }
  }

  function text(key) {
    var language = /^ru/i.test(state.locale) ? 'ru' : 'en';
    return TEXTS[language][key] || TEXTS.en[key] || key;
  }

  // ---- Page chrome -------------------------------------------------------------------

  function applyHostTheme() {
    document.documentElement.setAttribute('data-color-mode', state.colorMode);
    el.theme.value = state.colorMode;
  }

  function applyHostTexts() {
    document.documentElement.lang = /^ru/i.test(state.locale) ? 'ru' : 'en';
    Array.prototype.forEach.call(document.querySelectorAll('[data-text]'), function (node) {
      node.textContent = text(node.getAttribute('data-text'));
    });
  }

  function currentPage() {
    for (var i = 0; i < state.pages.length; i += 1) {
      if (state.pages[i].pageId === state.pageId) return state.pages[i];
    }
    return null;
  }

  function renderSidebar() {
    el.pages.textContent = '';
    if (state.pages.length === 0) {
      var empty = document.createElement('li');
      empty.textContent = text('noPages');
      el.pages.appendChild(empty);
    }
    state.pages.forEach(function (page) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#/page/' + encodeURIComponent(page.pageId);
      link.textContent = page.title;
      if (page.pageId === state.pageId) link.setAttribute('aria-current', 'page');
      item.appendChild(link);
      el.pages.appendChild(item);
    });
    var page = currentPage() || state.pages[0];
    el.space.textContent = page ? text('space') + ' ' + page.spaceKey : text('space');
  }

  function renderPage() {
    var page = currentPage();
    forgetFrames(function (frame) {
      return frame.moduleKey === MACRO_KEY;
    });
    el.macro.textContent = '';
    el.configure.disabled = page === null;
    if (page === null) {
      el.title.textContent = '';
      return;
    }
    el.title.textContent = page.title;
    document.title = page.title + ' — Process Cards workbench';
    var iframe = createFrame(MACRO_RESOURCE, 'Process card macro', { moduleKey: MACRO_KEY, pageId: page.pageId, autoHeight: true });
    el.macro.appendChild(iframe);
  }

  function createFrame(src, title, registration) {
    var iframe = document.createElement('iframe');
    iframe.title = title;
    // No sandbox attribute: Forge's sandbox keeps scripts and same-origin, which Chromium
    // flags as escapable on every load; without it the console stays quiet and nothing changes.
    iframe.src = src;
    frames.push({
      element: iframe,
      moduleKey: registration.moduleKey,
      pageId: registration.pageId,
      autoHeight: registration.autoHeight,
      themed: false,
    });
    return iframe;
  }

  function forgetFrames(predicate) {
    frames = frames.filter(function (frame) {
      return !predicate(frame);
    });
  }

  function selectFromHash() {
    var match = /^#\/page\/(.+)$/.exec(window.location.hash);
    var wanted = match ? decodeURIComponent(match[1]) : null;
    var exists = state.pages.some(function (page) {
      return page.pageId === wanted;
    });
    state.pageId = exists ? wanted : state.firstPageId || (state.pages[0] && state.pages[0].pageId) || null;
    renderSidebar();
    renderPage();
  }

  // ---- Bridge host -------------------------------------------------------------------

  function frameOf(source) {
    for (var i = 0; i < frames.length; i += 1) {
      if (frames[i].element.contentWindow === source) return frames[i];
    }
    return null;
  }

  function pageOf(frame) {
    for (var i = 0; i < state.pages.length; i += 1) {
      if (state.pages[i].pageId === frame.pageId) return state.pages[i];
    }
    throw new Error('The page of this macro no longer exists.');
  }

  function fullContext(frame) {
    var page = pageOf(frame);
    return {
      accountId: state.accountId || undefined,
      cloudId: 'local',
      siteUrl: window.location.origin,
      localId: page.localId,
      moduleKey: frame.moduleKey,
      environmentId: 'local',
      environmentType: 'DEVELOPMENT',
      locale: state.locale,
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
      theme: { colorMode: state.colorMode, dark: 'dark', light: 'light', spacing: 'spacing', typography: 'typography', shape: 'shape' },
      extension: {
        type: 'macro',
        config: page.config || undefined,
        content: { id: page.pageId, type: 'page' },
        space: { id: page.spaceId, key: page.spaceKey },
        isEditing: frame.moduleKey === CONFIG_KEY,
      },
    };
  }

  function invokeContext(frame) {
    var page = pageOf(frame);
    return {
      localId: page.localId,
      pageId: page.pageId,
      spaceId: page.spaceId,
      accountId: state.accountId || undefined,
      locale: state.locale,
      moduleKey: frame.moduleKey,
      config: page.config || null,
    };
  }

  function requestJson(method, url, body) {
    return fetch(url, {
      method: method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    }).then(function (response) {
      return response.text().then(function (raw) {
        var json = null;
        try {
          json = raw === '' ? null : JSON.parse(raw);
        } catch {
          json = null;
        }
        if (!response.ok) {
          var reason = json && json.error ? json.error : raw || response.statusText;
          throw new Error(method + ' ' + url + ' failed (' + response.status + '): ' + reason);
        }
        return json;
      });
    });
  }

  var handlers = {
    invoke: function (frame, payload) {
      if (!payload || typeof payload.functionKey !== 'string') throw new Error('functionKey must be a string!');
      return requestJson('POST', '/api/invoke', {
        functionKey: payload.functionKey,
        payload: payload.payload === undefined || payload.payload === null ? {} : payload.payload,
        context: invokeContext(frame),
      }).catch(function (error) {
        // Forge rejects the invoke promise when the function itself fails.
        throw new Error('There was an error invoking the function - ' + error.message);
      });
    },
    getContext: function (frame) {
      return fullContext(frame);
    },
    enableTheming: function (frame) {
      frame.themed = true;
      return { colorMode: state.colorMode };
    },
    submit: function (frame, payload) {
      // Only a config view is submittable; the bridge turns `false` into its own error.
      if (frame.moduleKey !== CONFIG_KEY) return false;
      var config = payload && payload.config;
      if (!config || typeof config !== 'object' || Array.isArray(config)) {
        throw new Error('Invalid "config" provided. Expected object');
      }
      return requestJson('PUT', '/api/pages/' + encodeURIComponent(frame.pageId) + '/config', { config: config }).then(function (answer) {
        replacePage(answer && answer.page ? answer.page : Object.assign({}, pageOf(frame), { config: config }));
        closeConfig();
        renderPage();
        el.status.textContent = text('saved');
        return true;
      });
    },
    close: function (frame) {
      if (frame.moduleKey !== CONFIG_KEY) return false;
      closeConfig();
      return true;
    },
  };

  window.addEventListener('message', function (event) {
    if (event.origin !== window.location.origin) return;
    var data = event.data;
    if (!data || data.channel !== CHANNEL) return;
    var frame = frameOf(event.source);
    if (frame === null) return;
    if (data.kind === 'resize') {
      if (frame.autoHeight && typeof data.height === 'number') frame.element.style.height = Math.max(40, data.height) + 'px';
      return;
    }
    if (data.kind !== 'call') return;
    var reply = function (ok, value) {
      if (!frame.element.contentWindow) return;
      var message = ok
        ? { channel: CHANNEL, kind: 'answer', id: data.id, ok: true, result: value }
        : { channel: CHANNEL, kind: 'answer', id: data.id, ok: false, error: value };
      frame.element.contentWindow.postMessage(message, window.location.origin);
    };
    var handler = handlers[data.name];
    new Promise(function (resolve) {
      if (!handler) throw new Error('The workbench does not provide the bridge call "' + data.name + '".');
      resolve(handler(frame, data.payload));
    }).then(
      function (result) {
        reply(true, result);
      },
      function (error) {
        reply(false, error && error.message ? error.message : String(error));
      },
    );
  });

  function broadcastTheme() {
    frames.forEach(function (frame) {
      if (frame.themed && frame.element.contentWindow) {
        frame.element.contentWindow.postMessage({ channel: CHANNEL, kind: 'theme', colorMode: state.colorMode }, window.location.origin);
      }
    });
  }

  // ---- Config modal and new pages ------------------------------------------------------

  function openConfig() {
    var page = currentPage();
    if (page === null) return;
    el.configFrame.textContent = '';
    el.configFrame.appendChild(createFrame(CONFIG_RESOURCE, 'Process card settings', { moduleKey: CONFIG_KEY, pageId: page.pageId, autoHeight: false }));
    el.configDialog.showModal();
  }

  function closeConfig() {
    if (el.configDialog.open) el.configDialog.close();
  }

  el.configDialog.addEventListener('close', function () {
    forgetFrames(function (frame) {
      return frame.moduleKey === CONFIG_KEY;
    });
    el.configFrame.textContent = '';
  });

  function replacePage(page) {
    state.pages = state.pages.map(function (existing) {
      return existing.pageId === page.pageId ? page : existing;
    });
  }

  el.newPageForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var title = el.newPageName.value.trim();
    if (title === '') {
      showNewPageError(text('pageTitle'));
      return;
    }
    requestJson('POST', '/api/pages', { title: title }).then(
      function (answer) {
        state.pages = state.pages.concat([answer.page]);
        el.newPageDialog.close();
        el.newPageName.value = '';
        window.location.hash = '#/page/' + encodeURIComponent(answer.page.pageId);
      },
      function (error) {
        showNewPageError(error.message);
      },
    );
  });

  function showNewPageError(message) {
    el.newPageError.textContent = message;
    el.newPageError.hidden = false;
  }

  el.newPage.addEventListener('click', function () {
    el.newPageError.hidden = true;
    el.newPageDialog.showModal();
    el.newPageName.focus();
  });
  el.newPageCancel.addEventListener('click', function () {
    el.newPageDialog.close();
  });
  el.configure.addEventListener('click', openConfig);
  el.configClose.addEventListener('click', closeConfig);

  // ---- Controls ------------------------------------------------------------------------

  el.theme.addEventListener('change', function () {
    state.colorMode = el.theme.value === 'dark' ? 'dark' : 'light';
    remember('workbench.colorMode', state.colorMode);
    applyHostTheme();
    broadcastTheme();
  });
  el.locale.addEventListener('change', function () {
    state.locale = el.locale.value;
    remember('workbench.locale', state.locale);
    applyHostTexts();
    renderSidebar();
    renderPage();
  });
  el.user.addEventListener('change', function () {
    state.accountId = el.user.value;
    remember('workbench.accountId', state.accountId);
    renderPage();
  });
  window.addEventListener('hashchange', selectFromHash);

  function renderUsers(defaultAccountId) {
    var known = state.users.some(function (user) {
      return user.accountId === state.accountId;
    });
    if (!known) state.accountId = defaultAccountId || (state.users[0] && state.users[0].accountId) || '';
    el.user.textContent = '';
    state.users.forEach(function (user) {
      var option = document.createElement('option');
      option.value = user.accountId;
      option.textContent = user.name;
      el.user.appendChild(option);
    });
    el.user.value = state.accountId;
  }

  function start() {
    applyHostTheme();
    el.locale.value = state.locale;
    applyHostTexts();
    Promise.all([requestJson('GET', '/api/pages'), requestJson('GET', '/api/users')]).then(
      function (answers) {
        state.pages = answers[0].pages || [];
        state.firstPageId = answers[0].firstPageId || null;
        state.users = answers[1].users || [];
        renderUsers(answers[1].defaultAccountId);
        selectFromHash();
      },
      function (error) {
        el.status.textContent = text('loadFailed') + error.message;
      },
    );
  }

  start();
})();

/*
 * A test double of Office.js, served by the browser suite in place of Microsoft's CDN script.
 * It plays Outlook on the web: no nested app auth, single sign-on answering with the token the
 * test put in window.__OFFICE_DOUBLE__, openBrowserWindow recorded, a dark Office theme, and
 * (like the real script) history.replaceState/pushState blanked.
 */
(function () {
  var config = window.__OFFICE_DOUBLE__ || {};
  var calls = (window.__OFFICE_CALLS__ = { isSetSupported: [], getAccessToken: [], openBrowserWindow: [], themeHandlers: [] });
  window.Office = {
    onReady: function () {
      // `host: null` plays Office.js loaded outside any Office host (a plain browser tab).
      return Promise.resolve('host' in config ? { host: config.host, platform: null } : { host: 'Outlook', platform: 'OfficeOnline' });
    },
    context: {
      requirements: {
        isSetSupported: function (name, version) {
          calls.isSetSupported.push([name, version]);
          return name === 'NestedAppAuth' ? false : Boolean((config.sets || {})[name]);
        },
      },
      officeTheme: config.theme,
      // Office's UI language, as Office.context.displayLanguage reports it ("de-DE").
      displayLanguage: config.displayLanguage || 'en-US',
      ui: {
        openBrowserWindow: function (url) {
          calls.openBrowserWindow.push(url);
        },
        displayDialogAsync: function (_url, _options, callback) {
          callback({ status: 'failed', value: undefined, error: { code: 12009, message: 'no dialogs in the double' } });
        },
        messageParent: function () {},
      },
      mailbox: {
        addHandlerAsync: function (_type, handler, callback) {
          calls.themeHandlers.push(handler);
          if (callback) callback({ status: 'succeeded' });
        },
        removeHandlerAsync: function () {},
      },
    },
    auth: {
      getAccessToken: function (options) {
        calls.getAccessToken.push(options);
        return config.token ? Promise.resolve(config.token) : Promise.reject({ code: 13003, name: 'UserTypeNotSupported' });
      },
    },
  };
  window.history.replaceState = null;
  window.history.pushState = null;
})();

/** jest's global teardown: stops the servers global-setup.js started, if it started any. */
module.exports = async function globalTeardown() {
  const services = globalThis.__upnextServices;
  if (!services) return;
  globalThis.__upnextServices = undefined;
  services.down();
};

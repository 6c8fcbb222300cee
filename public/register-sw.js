// Registers the service worker and tells the app (event "groeipad-update") when a new
// build is installed and waiting. groeipadApplyUpdate() lets it take over and reloads.
(function () {
  if (!("serviceWorker" in navigator)) return;
  function ready() {
    window.__groeipadUpdateReady = true;
    window.dispatchEvent(new Event("groeipad-update"));
  }
  var reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (window.__groeipadApplying && !reloading) {
      reloading = true;
      location.reload();
    }
  });
  window.groeipadApplyUpdate = function () {
    window.__groeipadApplying = true;
    navigator.serviceWorker.getRegistration().then(function (reg) {
      if (reg && reg.waiting) reg.waiting.postMessage({ type: "SKIP_WAITING" });
      else location.reload();
    });
  };
  navigator.serviceWorker.register("/sw.js").then(function (reg) {
    if (reg.waiting && navigator.serviceWorker.controller) ready();
    reg.addEventListener("updatefound", function () {
      var w = reg.installing;
      if (!w) return;
      w.addEventListener("statechange", function () {
        if (w.state === "installed" && navigator.serviceWorker.controller) ready();
      });
    });
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "visible") reg.update().catch(function () {});
    });
  }).catch(function () {});
})();

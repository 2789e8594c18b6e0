// Material's search worker, with the index fetched here instead of on the page.
//
// Material fetches search_index.json on the page's main thread, parses it there and posts it to its
// worker: for a site this size that is a ~1.5 MB parse and copy blocking every page load, growing with
// every lesson. The build (overrides/hooks/search_offload.py) leaves the page a stub index with the
// config and no documents, and starts this worker instead, naming Material's worker in the query.
// The setup message is held back until the documents are fetched and parsed here, off the page.
(function () {
  var SETUP = 0; // message type of Material's worker protocol (search/worker/message)
  var name = new URL(self.location.href).searchParams.get("worker") || "";
  if (!/^search\.[0-9a-f]+\.min\.js$/.test(name)) throw new Error("search-worker.js: bad Material worker name: " + name);
  var documentsUrl = new URL("../../search/search_documents.json", self.location.href);
  var forwarding = false;

  // A failed fetch (a dropped connection, a flaky host) is tried again after 1, 2, 4 ... 30 s and as
  // soon as the browser is back online; until then Material shows "Initializing search".
  function fetchDocuments(attempt) {
    return fetch(documentsUrl)
      .then(function (response) {
        if (!response.ok) throw new Error(documentsUrl + ": HTTP " + response.status);
        return response.json();
      })
      .catch(function (error) {
        console.warn("search: " + error.message + "; trying again");
        return new Promise(function (resolve) {
          var timer = setTimeout(retry, Math.min(30000, 1000 * Math.pow(2, attempt)));
          function retry() {
            clearTimeout(timer);
            self.removeEventListener("online", retry);
            resolve(fetchDocuments(attempt + 1));
          }
          self.addEventListener("online", retry);
        });
      });
  }

  self.addEventListener("message", function (event) {
    if (forwarding || !event.data || event.data.type !== SETUP) return;
    event.stopImmediatePropagation();
    fetchDocuments(0).then(function (documents) {
      var setup = event.data;
      setup.data.docs = documents;
      forwarding = true;
      try {
        self.dispatchEvent(new MessageEvent("message", { data: setup }));
      } finally {
        forwarding = false;
      }
    });
  });

  importScripts(new URL("../javascripts/workers/" + name, self.location.href).href);
})();

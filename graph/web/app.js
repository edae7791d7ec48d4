// The query page: saved queries, a SPARQL editor, a results table and the result's timeline.
// Plain JavaScript, no libraries, nothing fetched from outside this server.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var saved = {};

  function short(b) {
    if (!b) return "";
    if (b.type === "uri") {
      var m = b.value.match(/[#\/]([^#\/]+)$/);
      return m && b.value.indexOf("/kb/") < 0 && b.value.indexOf("/id/") < 0 ? m[1] : b.value;
    }
    return b.value;
  }

  function showParams(q) {
    var box = $("params");
    box.textContent = "";
    (q ? q.params : []).forEach(function (p) {
      var label = document.createElement("label");
      label.textContent = p.name;
      label.title = p.doc;
      var input = document.createElement("input");
      input.name = p.name;
      input.value = p.example;
      input.dataset.param = p.name;
      label.appendChild(input);
      box.appendChild(label);
    });
  }

  function loadSaved() {
    return fetch("/queries").then(function (r) { return r.json(); }).then(function (list) {
      list.forEach(function (q) {
        saved[q.name] = q;
        var o = document.createElement("option");
        o.value = q.name;
        o.textContent = q.title;
        $("saved").appendChild(o);
      });
    });
  }

  $("saved").addEventListener("change", function () {
    var q = saved[this.value];
    $("description").textContent = q ? q.description : "";
    if (q) $("query").value = q.query;
    showParams(q);
  });

  function table(data) {
    var out = $("results");
    out.textContent = "";
    if (data.boolean !== undefined) { out.textContent = data.boolean ? "ja (true)" : "nein (false)"; return; }
    var vars = data.head.vars, t = document.createElement("table"), tr = document.createElement("tr");
    vars.forEach(function (v) { var th = document.createElement("th"); th.textContent = v; tr.appendChild(th); });
    var thead = document.createElement("thead"); thead.appendChild(tr); t.appendChild(thead);
    var body = document.createElement("tbody");
    data.results.bindings.forEach(function (row) {
      var r = document.createElement("tr");
      vars.forEach(function (v) { var td = document.createElement("td"); td.textContent = short(row[v]); r.appendChild(td); });
      body.appendChild(r);
    });
    t.appendChild(body);
    out.appendChild(t);
  }

  // The timeline of the result: rows with a date (earliest/date/published/time…) and a label.
  function timeline(data) {
    var box = $("timeline-box"), svg = $("timeline");
    box.hidden = true;
    if (!data.head || !data.results) return;
    var vars = data.head.vars;
    var dateVar = ["earliest", "date", "start", "published", "time", "value"].filter(function (v) { return vars.indexOf(v) >= 0; })[0];
    var labelVar = ["label", "eventLabel", "event", "trigger"].filter(function (v) { return vars.indexOf(v) >= 0; })[0];
    if (!dateVar || !labelVar) return;
    var items = [];
    data.results.bindings.forEach(function (row) {
      var d = row[dateVar] && row[dateVar].value.match(/^\d{4}-\d{2}(-\d{2})?/);
      if (d) items.push({t: Date.parse(d[0].length === 7 ? d[0] + "-15" : d[0]), text: short(row[labelVar]), day: d[0]});
    });
    if (!items.length) return;
    items.sort(function (a, b) { return a.t - b.t; });
    var ns = "http://www.w3.org/2000/svg", W = 1000, rowH = 18, left = 20, right = 980;
    var lo = items[0].t, hi = items[items.length - 1].t, span = Math.max(hi - lo, 86400000);
    svg.textContent = "";
    svg.setAttribute("viewBox", "0 0 " + W + " " + (items.length * rowH + 40));
    items.forEach(function (it, i) {
      var x = left + (it.t - lo) / span * (right - left - 300), y = 20 + i * rowH;
      var c = document.createElementNS(ns, "circle");
      c.setAttribute("cx", x); c.setAttribute("cy", y); c.setAttribute("r", 5); c.setAttribute("fill", "#1f77b4");
      var tx = document.createElementNS(ns, "text");
      tx.setAttribute("x", x + 10); tx.setAttribute("y", y + 4);
      tx.textContent = it.day + "  " + it.text;
      svg.appendChild(c); svg.appendChild(tx);
    });
    box.hidden = false;
  }

  $("run").addEventListener("click", function () {
    var form = new URLSearchParams();
    form.set("query", $("query").value);
    var name = $("saved").value;
    if (name) form.set("saved", name);
    document.querySelectorAll("#params input").forEach(function (i) { if (i.value !== "") form.set("bind." + i.dataset.param, i.value); });
    var status = $("status");
    status.className = ""; status.textContent = "läuft …";
    var started = performance.now();
    fetch("/sparql", {method: "POST", body: form, headers: {"Accept": "application/sparql-results+json"}})
      .then(function (r) {
        if (!r.ok) return r.text().then(function (t) { throw new Error(t); });
        var truncated = r.headers.get("X-Eventgraph-Truncated") === "true";
        return r.json().then(function (data) { return [data, truncated]; });
      })
      .then(function (res) {
        var data = res[0], n = data.results ? data.results.bindings.length : 1;
        status.textContent = n + " Zeilen in " + Math.round(performance.now() - started) + " ms" + (res[1] ? " (gekürzt)" : "");
        table(data); timeline(data);
      })
      .catch(function (e) { status.className = "error"; status.textContent = e.message; $("results").textContent = ""; });
  });

  loadSaved();
})();

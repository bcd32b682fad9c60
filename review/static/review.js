// orewatch review page: keys, instant decisions with visible saving, undo, more items.
// Our own small script (no library). Without it the page still works with plain forms.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // The multi-select pickers of the correction form get a type-to-filter box.
  document.addEventListener("input", function (event) {
    const box = event.target;
    if (!box.classList || !box.classList.contains("picker-filter")) return;
    const select = box.parentElement.querySelector("select");
    const wanted = box.value.trim().toLowerCase();
    for (const option of select.options) option.hidden = wanted !== "" && !option.text.toLowerCase().includes(wanted);
  });

  const queue = document.getElementById("queue");
  if (!queue) return;
  const csrf = document.querySelector('meta[name="csrf-token"]').content;
  const query = queue.dataset.query || "";
  const statusBar = document.getElementById("status-bar");
  const help = document.getElementById("help");
  const timings = (window.orewatchTimings = []);
  const unsaved = new Set();
  let current = null;
  let loading = false;
  let exhausted = false;

  const LABELS = { accepted: "Approved", rejected: "Rejected", corrected: "Corrected" };

  function items() { return Array.from(queue.querySelectorAll("article.item")); }

  function show(item) {
    if (current) current.classList.remove("current");
    current = item || null;
    if (current) {
      current.classList.add("current");
      current.focus({ preventScroll: true });
      current.scrollIntoView({ block: "nearest" });
    }
    document.getElementById("queue-empty").hidden = Boolean(current);
    loadMoreIfNeeded();
  }

  function nextOpen(from) {
    const all = items();
    for (let i = all.indexOf(from) + 1; i < all.length; i++) {
      if (!all[i].classList.contains("decided")) return all[i];
    }
    return null;
  }

  function step(offset) {
    const all = items();
    const target = all[all.indexOf(current) + offset];
    if (target) show(target);
  }

  function say(message, kind) {
    const line = document.createElement("p");
    line.className = kind || "info";
    line.textContent = message;
    statusBar.prepend(line);
    while (statusBar.children.length > 4) statusBar.lastElementChild.remove();
    return line;
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      headers: { "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded", "X-CSRF-Token": csrf },
      body: body,
      credentials: "same-origin",
    }).then(function (response) {
      return response.json().catch(function () { return { ok: false, error: "HTTP " + response.status }; })
        .then(function (data) {
          if (!response.ok || !data.ok) throw new Error(data.error || "HTTP " + response.status);
          return data;
        });
    });
  }

  function fragment(html) {
    const holder = document.createElement("div");
    holder.innerHTML = html;
    return holder.querySelector("article.item");
  }

  function setBadge(item, text) { item.querySelector(".badge").textContent = text; }

  // Stores one decision; the page has already moved on. A failure stays on screen with Retry.
  function send(item, decision, data) {
    const started = performance.now();
    const id = item.dataset.event;
    unsaved.add(id);
    item.classList.add("decided", "saving");
    item.classList.remove("failed");
    setBadge(item, LABELS[decision] + " · saving…");
    post("/decide", data).then(function (answer) {
      timings.push(performance.now() - started);
      unsaved.delete(id);
      item.classList.remove("saving");
      let shown = item;
      if (answer.html) {
        const fresh = fragment(answer.html);
        if (fresh) { fresh.classList.add("decided"); if (item === current) current = fresh; item.replaceWith(fresh); shown = fresh; }
        if (shown === current) shown.classList.add("current");
      }
      setBadge(shown, LABELS[answer.decision] + " ✓ saved");
    }).catch(function (error) {
      item.classList.remove("saving");
      item.classList.add("failed");
      setBadge(item, "NOT STORED");
      const line = say("Decision on “" + item.querySelector(".title").textContent + "” not stored: " + error.message + " ", "error");
      const retry = document.createElement("button");
      retry.type = "button";
      retry.textContent = "Retry";
      retry.addEventListener("click", function () { line.remove(); send(item, decision, data); });
      const goto = document.createElement("button");
      goto.type = "button";
      goto.className = "link";
      goto.textContent = "show it";
      goto.addEventListener("click", function () { show(item); });
      line.append(retry, " ", goto);
    });
  }

  function decide(item, decision, form) {
    if (!item) return;
    const data = new URLSearchParams(new FormData(form || item.querySelector("form.decide")));
    data.set("decision", decision);
    closeEditor(item);
    send(item, decision, data);
    show(nextOpen(item) || item);
  }

  function closeEditor(item) {
    const slot = item && item.querySelector(".edit-slot");
    if (slot) slot.textContent = "";
  }

  function openEditor(item) {
    if (!item) return;
    const slot = item.querySelector(".edit-slot");
    if (slot.firstElementChild) { slot.querySelector("select").focus(); return; }
    fetch("/edit/" + encodeURIComponent(item.dataset.event) + "?fragment=1&next=" + encodeURIComponent("/?" + query),
          { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      })
      .then(function (html) {
        slot.innerHTML = html;
        const note = item.querySelector("form.decide .note").value;
        if (note) slot.querySelector(".note").value = note;
        slot.querySelector("select").focus();
      })
      .catch(function (error) { say("Cannot open the editor: " + error.message, "error"); });
  }

  function undo() {
    post("/undo", new URLSearchParams({ csrf_token: csrf })).then(function (answer) {
      const fresh = answer.html && fragment(answer.html);
      const existing = document.getElementById("item-" + answer.event_id);
      if (fresh && existing) existing.replaceWith(fresh);
      else if (fresh) queue.insertBefore(fresh, current);
      if (fresh) show(fresh);
      say("Undone: your last decision is taken back (a new row in the log).", "info");
    }).catch(function (error) { say("Undo: " + error.message, "error"); });
  }

  function loadMoreIfNeeded() {
    if (loading || exhausted) return;
    const all = items();
    const ahead = all.slice(all.indexOf(current) + 1).filter(function (i) { return !i.classList.contains("decided"); });
    if (ahead.length >= 5 || all.length === 0) return;
    loading = true;
    const last = all[all.length - 1];
    fetch("/items?" + query + (query ? "&" : "") + "after=" + encodeURIComponent(last.dataset.event), { credentials: "same-origin" })
      .then(function (response) { if (!response.ok) throw new Error("HTTP " + response.status); return response.text(); })
      .then(function (html) {
        const holder = document.createElement("div");
        holder.innerHTML = html;
        const found = holder.querySelectorAll("article.item");
        if (found.length === 0) exhausted = true;
        found.forEach(function (item) { if (!document.getElementById(item.id)) queue.append(item); });
        if (!current || current.classList.contains("decided")) show(nextOpen(current) || current);
      })
      .catch(function (error) { say("Cannot load more items: " + error.message, "error"); })
      .finally(function () { loading = false; });
  }

  function toggleHelp(force) { help.hidden = force === undefined ? !help.hidden : !force; }

  queue.addEventListener("submit", function (event) {
    const form = event.target;
    const item = form.closest("article.item");
    event.preventDefault();
    if (form.classList.contains("correct")) decide(item, "corrected", form);
    else decide(item, (event.submitter && event.submitter.value) || "accepted", form);
  });

  queue.addEventListener("click", function (event) {
    const item = event.target.closest("article.item");
    if (event.target.closest("a.edit")) { event.preventDefault(); show(item); openEditor(item); return; }
    if (event.target.closest("button.cancel")) { closeEditor(item); return; }
    if (item && item !== current && !event.target.closest("a, button, input, select")) show(item);
  });

  const actions = {
    a: function () { decide(current, "accepted"); },
    r: function () { decide(current, "rejected"); },
    e: function () { openEditor(current); },
    j: function () { step(1); },
    k: function () { step(-1); },
    u: undo,
    "?": function () { toggleHelp(); },
  };

  // The toolbar's buttons do what their keys do; Undo is also a plain form without the script.
  document.addEventListener("click", function (event) {
    const button = event.target.closest("button[data-key]");
    if (button) actions[button.dataset.key]();
  });
  document.addEventListener("submit", function (event) {
    if (!event.target.classList.contains("undo")) return;
    event.preventDefault();
    undo();
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const inForm = event.target.closest && event.target.closest("input, select, textarea");
    if (event.key === "Escape") { toggleHelp(false); closeEditor(current); if (current) current.focus(); return; }
    if (inForm) {
      const editor = event.target.closest("form.correct");
      if (editor && event.key === "Enter" && event.target.type !== "search") { event.preventDefault(); editor.requestSubmit(); }
      return;
    }
    const action = actions[event.key];
    if (action) { event.preventDefault(); action(); }
  });

  window.addEventListener("beforeunload", function (event) {
    if (unsaved.size) { event.preventDefault(); event.returnValue = ""; }
  });

  show(items()[0] || null);
  performance.mark("orewatch:first-item-ready");
  document.body.dataset.ready = "1";
})();

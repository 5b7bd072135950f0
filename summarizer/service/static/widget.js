// get-a-summary's "No time to read? Get a summary" button for news pages.
// Include it with one tag:  <script src="https://SERVICE/widget.js" defer></script>
// Options (data- attributes on that tag): data-method, data-sentences, data-words,
// data-ratio, data-language, data-target (a CSS selector: where the button goes).
// Pressing the button sends this page's HTML to the service; the summary is shown in a
// panel. Article text is only ever set with textContent, so it cannot run as code.
"use strict";
(function () {
  const script = document.currentScript;
  if (!script || window.__getASummaryWidget) return;
  window.__getASummaryWidget = true;
  const endpoint = new URL("/v1/summarize", script.src).href;
  const data = script.dataset;

  const STYLE = `
    :host { all: initial; display: block; margin: 1rem 0; font: 16px/1.5 system-ui, sans-serif; color: #1d1d1f; }
    button { font: inherit; font-weight: 600; border: 0; border-radius: 6px; cursor: pointer; }
    .open { background: #0b57d0; color: #fff; padding: .55rem 1rem; }
    .open:disabled { opacity: .65; cursor: progress; }
    button:focus-visible { outline: 3px solid #f4b400; outline-offset: 2px; }
    .panel { margin-top: .75rem; padding: .75rem 1rem; border: 1px solid #c7c7cc; border-radius: 8px; background: #fafafa; }
    .panel[hidden] { display: none; }
    .head { display: flex; justify-content: space-between; align-items: center; gap: 1rem; }
    h2 { font-size: 1.05rem; margin: 0; }
    .close { background: transparent; font-size: 1.3rem; line-height: 1; padding: .2rem .5rem; }
    ol { margin: .5rem 0 0; padding-left: 1.3rem; }
    li { margin-bottom: .4rem; }
    .error { color: #a4161a; font-weight: 600; }
    .meta { color: #5b5b66; font-size: .85rem; margin: .4rem 0 0; }`;

  function options() {
    const body = {};
    if (data.method) body.method = data.method;
    for (const name of ["sentences", "words"]) {
      if (data[name]) body[name] = parseInt(data[name], 10);
    }
    if (data.ratio) body.ratio = parseFloat(data.ratio);
    if (data.language) body.language = data.language;
    return body;
  }

  function pageHtml(host) {
    // The page as the reader sees it, without the widget itself.
    const copy = document.documentElement.cloneNode(true);
    for (const node of copy.querySelectorAll("[data-get-a-summary], script")) node.remove();
    return "<!doctype html>\n" + copy.outerHTML;
  }

  function build() {
    const host = document.createElement("div");
    host.setAttribute("data-get-a-summary", "");
    const root = host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = STYLE;
    const open = document.createElement("button");
    open.className = "open";
    open.type = "button";
    open.textContent = "No time to read? Get a summary";
    open.setAttribute("aria-expanded", "false");
    const panel = document.createElement("section");
    panel.className = "panel";
    panel.hidden = true;
    panel.id = "get-a-summary-panel";
    panel.setAttribute("aria-label", "Summary");
    open.setAttribute("aria-controls", panel.id);
    const head = document.createElement("div");
    head.className = "head";
    const title = document.createElement("h2");
    title.textContent = "Summary";
    title.tabIndex = -1;
    const close = document.createElement("button");
    close.className = "close";
    close.type = "button";
    close.setAttribute("aria-label", "Close the summary");
    close.textContent = "×";
    head.append(title, close);
    const body = document.createElement("div");
    body.setAttribute("aria-live", "polite");
    panel.append(head, body);
    root.append(style, open, panel);

    function hide() {
      panel.hidden = true;
      open.setAttribute("aria-expanded", "false");
      open.focus();
    }
    close.addEventListener("click", hide);
    panel.addEventListener("keydown", (event) => { if (event.key === "Escape") hide(); });
    open.addEventListener("click", () => summarize(host, open, panel, body, title));
    return host;
  }

  function show(body, nodes) {
    body.replaceChildren(...nodes);
  }

  function message(text, isError) {
    const p = document.createElement("p");
    p.textContent = text;
    if (isError) p.className = "error";
    return p;
  }

  async function summarize(host, open, panel, body, title) {
    open.disabled = true;
    panel.hidden = false;
    open.setAttribute("aria-expanded", "true");
    show(body, [message("Summarizing…")]);
    try {
      const request = Object.assign({ html: pageHtml(host) }, options());
      const response = await fetch(endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(request),
      });
      const result = await response.json();
      if (!response.ok) {
        show(body, [message("Sorry, no summary: " + result.error.message, true)]);
        return;
      }
      const list = document.createElement("ol");
      for (const sentence of result.sentences) {
        const item = document.createElement("li");
        item.textContent = sentence.text;
        list.append(item);
      }
      const meta = document.createElement("p");
      meta.className = "meta";
      meta.textContent = result.sentences.length + " of the article's " +
        result.document_sentences + " sentences, chosen by " + result.method + ".";
      show(body, [list, meta]);
      title.focus();
    } catch (error) {
      show(body, [message("Sorry, the summary service did not answer.", true)]);
    } finally {
      open.disabled = false;
    }
  }

  function place() {
    const host = build();
    const target = data.target && document.querySelector(data.target);
    const heading = document.querySelector("article h1, main h1, h1");
    if (target) target.prepend(host);
    else if (heading) heading.after(host);
    else document.body.prepend(host);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", place);
  else place();
})();

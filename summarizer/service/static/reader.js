// The reader page: every piece of article text is set with textContent, never as HTML.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const form = $("summarize-form");
  const status = $("status");

  function setStatus(message, isError) {
    status.textContent = message;
    status.classList.toggle("error", Boolean(isError));
  }

  function selectedSource() {
    return form.querySelector("input[name=source]:checked").value;
  }

  function showSource() {
    const url = selectedSource() === "url";
    $("url-field").hidden = !url;
    $("text-field").hidden = url;
  }

  async function loadMethods() {
    try {
      const response = await fetch("/v1/methods");
      const data = await response.json();
      const select = $("method");
      select.replaceChildren();
      for (const method of data.methods) {
        const option = document.createElement("option");
        option.value = method.name;
        option.textContent = method.name + (method.default ? " (default)" : "");
        option.title = method.description;
        option.selected = method.default;
        select.append(option);
      }
      const help = () => {
        const chosen = data.methods.find((m) => m.name === select.value);
        $("method-help").textContent = chosen ? chosen.description : "";
      };
      select.addEventListener("change", help);
      help();
    } catch (error) {
      setStatus("Could not load the list of methods: " + error, true);
    }
  }

  function requestBody() {
    const body = { method: $("method").value, include_document: true };
    const kind = $("length-kind").value;
    const value = Number($("length").value);
    body[kind] = kind === "ratio" ? value : Math.round(value);
    if (selectedSource() === "url") {
      body.url = $("url").value.trim();
    } else {
      const text = $("text").value;
      if (/^\s*</.test(text)) body.html = text; else body.text = text;
    }
    return body;
  }

  function renderArticle(data) {
    const chosen = new Set(data.sentences.map((s) => s.index));
    const article = $("article");
    article.replaceChildren();
    let paragraph = null;
    let current = -1;
    for (const sentence of data.document.sentences) {
      if (sentence.paragraph !== current) {
        paragraph = document.createElement("p");
        article.append(paragraph);
        current = sentence.paragraph;
      }
      const piece = document.createElement(chosen.has(sentence.index) ? "mark" : "span");
      piece.textContent = sentence.text;
      paragraph.append(piece, document.createTextNode(" "));
    }
  }

  function render(data) {
    const list = $("summary");
    list.replaceChildren();
    for (const sentence of data.sentences) {
      const item = document.createElement("li");
      item.textContent = sentence.text;
      list.append(item);
    }
    const warnings = $("warnings");
    warnings.replaceChildren();
    for (const warning of data.warnings) {
      const item = document.createElement("li");
      item.textContent = "Note: " + warning;
      warnings.append(item);
    }
    $("result-meta").textContent = (data.title ? "“" + data.title + "” · " : "") +
      data.sentences.length + " of " + data.document_sentences + " sentences, by " + data.method;
    renderArticle(data);
    $("result").hidden = false;
  }

  async function submit(event) {
    event.preventDefault();
    const button = $("submit");
    button.disabled = true;
    setStatus("Summarizing…");
    try {
      const response = await fetch("/v1/summarize", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(requestBody()),
      });
      const data = await response.json();
      if (!response.ok) {
        $("result").hidden = true;
        setStatus("Error: " + data.error.message, true);
        return;
      }
      render(data);
      setStatus("Done: " + data.sentences.length + " sentences.");
      $("result-heading").focus();
    } catch (error) {
      setStatus("The service did not answer: " + error, true);
    } finally {
      button.disabled = false;
    }
  }

  $("result-heading").tabIndex = -1;
  for (const radio of form.querySelectorAll("input[name=source]")) {
    radio.addEventListener("change", showSource);
  }
  form.addEventListener("submit", submit);
  showSource();
  loadMethods();
})();

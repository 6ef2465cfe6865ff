// Draws the Plotly figures of each page or swapped-in panel; a click opens the point's URL.
(function () {
  "use strict";

  function draw(root) {
    if (!window.Plotly) return;
    root.querySelectorAll("[data-figure]").forEach(function (el) {
      var script = document.getElementById(el.dataset.figure);
      if (!script) return;
      var figure = JSON.parse(script.textContent);
      Plotly.react(el, figure.data, figure.layout, {
        responsive: true, displaylogo: false, scrollZoom: false,
        modeBarButtonsToRemove: ["select2d", "lasso2d"],
      });
      if (el.dataset.bound) return;
      el.dataset.bound = "1";
      el.on("plotly_click", function (event) {
        var point = event.points && event.points[0];
        var url = point && point.customdata;
        if (typeof url === "string" && url.charAt(0) === "/") window.location.assign(url);
      });
    });
  }

  // After back/forward from htmx's history cache, make the form say what the URL says.
  function syncForm() {
    var form = document.getElementById("filters");
    if (!form) return;
    var params = new URLSearchParams(window.location.search);
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name) return;
      var values = params.getAll(field.name);
      if (field.type === "checkbox" || field.type === "radio") {
        field.checked = values.indexOf(field.value) !== -1 ||
          (values.length === 0 && field.defaultChecked && field.type === "radio");
      } else if (field.tagName === "SELECT") {
        Array.prototype.forEach.call(field.options, function (o) {
          o.selected = values.indexOf(o.value) !== -1;
        });
      } else if (field.type !== "submit") {
        field.value = values.length ? values[0] : "";
      }
    });
  }

  function showError(text) {
    var box = document.getElementById("filter-error");
    if (!box) return;
    box.textContent = text || "";
    box.hidden = !text;
  }

  // On a phone the filters start folded, so the numbers and the graph come first.
  document.addEventListener("DOMContentLoaded", function () {
    var fields = document.querySelector(".filter-fields");
    if (fields && window.matchMedia("(max-width: 900px)").matches) fields.open = false;
  });

  // Shareable URLs carry only the filters that are set.
  document.addEventListener("htmx:configRequest", function (event) {
    var params = event.detail.parameters;
    if (typeof FormData !== "undefined" && params instanceof FormData) {
      Array.from(new Set(params.keys())).forEach(function (key) {
        if (params.getAll(key).every(function (v) { return v === ""; })) params.delete(key);
      });
    } else {
      Object.keys(params).forEach(function (key) {
        if (params[key] === "") delete params[key];
      });
    }
  });

  htmx.onLoad(draw);
  // Fonts and the folded filter panel can change widths after the first draw.
  window.addEventListener("load", function () {
    document.querySelectorAll("[data-figure]").forEach(function (el) {
      if (el.data) Plotly.Plots.resize(el);
    });
  });
  document.addEventListener("htmx:historyRestore", function () {
    syncForm();
    draw(document.body);
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    var xhr = event.detail.xhr;
    if (xhr && xhr.status >= 400) showError(xhr.responseText.slice(0, 300));
    else showError("");
  });
})();

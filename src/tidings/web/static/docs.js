/* The API reference, rendered from /openapi.json with text nodes only (offline, no inline script). */
"use strict";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "text") node.textContent = String(v);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function typeOf(schema, spec) {
  if (!schema) return "";
  if (schema.$ref) return schema.$ref.split("/").pop();
  if (schema.anyOf) return schema.anyOf.map(s => typeOf(s, spec)).filter(t => t !== "null").join(" | ");
  if (schema.enum) return schema.enum.join(" | ");
  let t = schema.type || "";
  if (schema.format) t += ` (${schema.format})`;
  if (schema.pattern) t += ` matching ${schema.pattern}`;
  if (schema.minimum !== undefined || schema.maximum !== undefined) t += ` [${schema.minimum ?? ""}…${schema.maximum ?? ""}]`;
  return t;
}

async function main() {
  const root = document.getElementById("docs");
  const spec = await (await fetch("/openapi.json")).json();
  const enums = {};
  for (const [name, s] of Object.entries((spec.components || {}).schemas || {})) if (s.enum) enums[name] = s.enum.join(" | ");
  root.textContent = "";
  root.appendChild(el("h1", {text: `${spec.info.title} API ${spec.info.version}`}));
  root.appendChild(el("p", {text: spec.info.description || ""}));
  root.appendChild(el("p", {class: "muted", text: "Every error answers {\"status\": int, \"error\": str, \"message\": str}."}));
  for (const [path, ops] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const card = el("section", {class: "card"},
        el("h2", {}, el("span", {class: "code", text: method.toUpperCase() + " " + path}), " — ", op.summary || ""),
        op.description ? el("p", {text: op.description}) : null);
      const params = op.parameters || [];
      if (params.length) {
        card.appendChild(el("table", {}, el("thead", {}, el("tr", {}, ["parameter", "in", "type", "default", "description"].map(h => el("th", {text: h})))),
          el("tbody", {}, params.map(p => {
            let t = typeOf(p.schema, spec);
            if (enums[t]) t = enums[t];
            return el("tr", {}, el("td", {class: "code", text: p.name + (p.required ? " *" : "")}), el("td", {text: p.in}), el("td", {class: "code", text: t}),
              el("td", {class: "code", text: p.schema && p.schema.default !== undefined ? JSON.stringify(p.schema.default) : ""}),
              el("td", {text: p.description || (p.schema && p.schema.description) || ""}));
          }))));
      }
      if (op.requestBody) card.appendChild(el("p", {class: "muted", text: "JSON body: " + Object.keys(((spec.components.schemas.NewDocument) || {}).properties || {}).join(", ")}));
      root.appendChild(card);
    }
  }
}

document.addEventListener("DOMContentLoaded", () => main().catch(err => {
  document.getElementById("docs").textContent = "Could not load /openapi.json: " + err.message;
}));

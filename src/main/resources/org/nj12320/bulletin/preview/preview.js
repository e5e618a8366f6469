// The preview page: shows the state of the last build and asks for it again whenever the server says a rebuild
// has finished. Images are named by what they show, so a page that did not change is not fetched again.
(function () {
  "use strict";
  let zoom = 1;
  let shown = -1;

  const $ = (id) => document.getElementById(id);

  function setZoom(z) {
    zoom = Math.min(3, Math.max(0.4, z));
    document.documentElement.style.setProperty("--zoom", String(zoom));
    $("zoom-level").textContent = Math.round(zoom * 100) + "%";
  }

  // which edition is shown: the printed pages, or the web edition at a phone's width or a desktop's
  let edition = "print";
  let webVersion = -1;

  function showEdition(which) {
    edition = which;
    const web = which !== "print";
    $("pages").hidden = web;
    $("thumbs").hidden = web;
    document.querySelector(".zoom").hidden = web;
    $("web").hidden = !web;
    $("web").className = which;
    for (const [id, name] of [["show-print", "print"], ["show-phone", "phone"], ["show-desktop", "desktop"]]) {
      $(id).setAttribute("aria-pressed", String(which === name));
    }
    if (web) {
      loadWeb();
    }
  }

  /**
   * The web edition of the last good build, loaded again only when there is a newer one, and scrolled to
   * where the editor was reading in the one before.
   */
  function loadWeb() {
    if (edition !== "print" && webVersion !== shown) {
      webVersion = shown;
      const frame = $("web-frame");
      const at = frame.contentWindow ? frame.contentWindow.scrollY : 0;
      frame.onload = () => frame.contentWindow.scrollTo(0, at);
      frame.src = "/web?v=" + shown;
    }
  }

  $("show-print").addEventListener("click", () => showEdition("print"));
  $("show-phone").addEventListener("click", () => showEdition("phone"));
  $("show-desktop").addEventListener("click", () => showEdition("desktop"));

  $("zoom-in").addEventListener("click", () => setZoom(zoom * 1.25));
  $("zoom-out").addEventListener("click", () => setZoom(zoom / 1.25));
  $("zoom-fit").addEventListener("click", () => {
    const width = $("pages").clientWidth - 32;
    const em = parseFloat(getComputedStyle(document.documentElement).fontSize);
    setZoom(width / (40 * em));
  });

  // whether the list of problems is open: the editor's choice, kept from build to build, except that a build
  // with more errors than the one before opens it again
  let listOpen = true;
  let errorsBefore = 0;

  /**
   * The problems of the last build, under a line that counts them, in a box of bounded height that scrolls, so
   * that a long list of warnings does not push the pages out of the window.
   */
  function problems(list) {
    const box = $("problems");
    box.textContent = "";
    if (list.length === 0) {
      errorsBefore = 0;
      return;
    }
    const count = (severity) => list.filter((p) => p.severity === severity).length;
    const errors = count("error");
    if (errors > errorsBefore) {
      listOpen = true;
    }
    errorsBefore = errors;
    const details = document.createElement("details");
    details.open = listOpen;
    details.addEventListener("toggle", () => {
      listOpen = details.open;
    });
    const summary = document.createElement("summary");
    summary.textContent = [[errors, " 个错误"], [count("warning"), " 个警告"], [count("note"), " 条说明"]]
      .filter(([n]) => n > 0)
      .map(([n, what]) => n + what)
      .join("、");
    details.appendChild(summary);
    const scroll = document.createElement("div");
    scroll.className = "list";
    details.appendChild(scroll);
    box.appendChild(details);
    for (const p of list) {
      const line = document.createElement("div");
      line.className = p.severity;
      const where = document.createElement("span");
      where.className = "where";
      // the editors' words, as the terminal shows them
      const label = { error: "错误", warning: "警告", note: "说明" }[p.severity] || p.severity;
      where.textContent = label + "：" + (p.where || "") + " ";
      line.appendChild(where);
      line.appendChild(document.createTextNode(p.message));
      if (p.line !== null && p.line !== undefined) {
        // the line of the file, the character at the column marked (columns count characters, not UTF-16 units)
        const chars = Array.from(p.line);
        const at = Math.max(0, Math.min(chars.length, p.column - 1));
        const code = document.createElement("code");
        code.className = "excerpt";
        code.appendChild(document.createTextNode(chars.slice(0, at).join("")));
        const mark = document.createElement("mark");
        mark.textContent = chars[at] === undefined ? " " : chars[at];
        code.appendChild(mark);
        code.appendChild(document.createTextNode(chars.slice(at + 1).join("")));
        line.appendChild(code);
      }
      if (p.hint) {
        const hint = document.createElement("span");
        hint.className = "hint";
        hint.textContent = "提示：" + p.hint;
        line.appendChild(hint);
      }
      scroll.appendChild(line);
    }
  }

  /**
   * Puts the images of the pages in place, reusing the elements of pages that did not change, and marks the ones
   * that did (after the first build): their numbers, for the status line.
   */
  function pages(digests) {
    const main = $("pages");
    const thumbs = $("thumbs");
    const first = main.children.length === 0;
    const changed = [];
    digests.forEach((digest, i) => {
      const src = "/page/" + digest + ".png";
      let img = main.children[i];
      if (!img) {
        img = document.createElement("img");
        img.id = "page-" + (i + 1);
        img.alt = "第 " + (i + 1) + " 页";
        main.appendChild(img);
        const a = document.createElement("a");
        a.href = "#page-" + (i + 1);
        a.appendChild(document.createElement("img"));
        a.appendChild(document.createTextNode(String(i + 1)));
        thumbs.appendChild(a);
      }
      const now = img.getAttribute("src") !== src;
      if (now) {
        img.setAttribute("src", src);
        img.dataset.digest = digest;
        thumbs.children[i].firstChild.setAttribute("src", src);
        if (!first) {
          changed.push(i + 1);
        }
      }
      img.classList.toggle("changed", now && !first);
      thumbs.children[i].classList.toggle("changed", now && !first);
    });
    while (main.children.length > digests.length) {
      main.lastChild.remove();
      thumbs.lastChild.remove();
    }
    return changed;
  }

  async function refresh() {
    const response = await fetch("/state", { cache: "no-store" });
    const state = await response.json();
    if (state.version === shown) {
      return;
    }
    shown = state.version;
    document.body.classList.toggle("stale", state.stale);
    document.body.dataset.version = String(state.version);
    $("title").textContent = state.title || "预览";
    const errors = state.problems.filter((p) => p.severity === "error").length;
    $("status").textContent = state.version === 0
      ? "正在等待第一次生成……"
      : state.stale
        ? state.built + " 生成失败（" + errors + " 个错误）：下面是上一次生成的页面，已过期"
        : state.built + " 已生成，共 " + state.pages.length + " 页";
    problems(state.problems);
    const changed = pages(state.pages);
    if (!state.stale && state.version > 1) {
      // where the save landed: the pages drawn anew, each a link to it, marked in the thumbnails too
      const status = $("status");
      if (changed.length === 0) {
        status.append("；页面没有变化");
      } else {
        status.append("；第 ");
        changed.forEach((n, k) => {
          const a = document.createElement("a");
          a.href = "#page-" + n;
          a.textContent = String(n);
          status.append(k === 0 ? "" : "、", a);
        });
        status.append(" 页有改动");
      }
    }
    $("editions").hidden = !state.web;
    if (!state.web && edition !== "print") {
      showEdition("print");
    }
    if (!state.stale) {
      loadWeb();
    }
  }

  const events = new EventSource("/events");
  events.onmessage = () => refresh().catch(() => {});
  refresh().catch(() => {});
})();

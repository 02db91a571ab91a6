// Lagebild story page: highlight cited source sentences, filter quotes by speaker.
(function () {
  function escapeHtml(s) { return s.replace(/[&<>"']/g, function (c) { return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]; }); }
  function highlight(articleId, start, end) {
    var box = document.querySelector('.article-text[data-article="' + articleId + '"]');
    if (!box) return;
    var text = box.getAttribute("data-text") === null ? box.textContent : box.getAttribute("data-text");
    if (box.getAttribute("data-text") === null) box.setAttribute("data-text", text);
    box.innerHTML = escapeHtml(text.slice(0, start)) + '<mark id="highlight">' + escapeHtml(text.slice(start, end)) + "</mark>" + escapeHtml(text.slice(end));
    var details = box.closest("details"); if (details) details.open = true;
    var mark = document.getElementById("highlight"); if (mark) mark.scrollIntoView({block: "center"});
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.cite");
    if (!link) return;
    event.preventDefault();
    highlight(link.dataset.article, parseInt(link.dataset.start, 10), parseInt(link.dataset.end, 10));
  });
  var filter = document.getElementById("speaker-filter");
  if (filter) filter.addEventListener("change", function () {
    document.querySelectorAll(".speaker").forEach(function (block) {
      block.hidden = filter.value !== "" && block.dataset.speaker !== filter.value;
    });
  });
})();

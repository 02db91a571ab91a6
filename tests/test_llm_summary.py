"""LLM summary mode against a fake OpenAI-compatible server: citations verified, unsupported sentences dropped."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from lagebild.model import Article, Entity, Span
from lagebild.nlp.sentences import split_sentences
from lagebild.story.llm import llm_summarise, verify_sentence

TEXT = ("Die Elbe erreichte in Lindenau am Freitag einen Pegel von 6,40 Metern. "
        "Bürgermeisterin Petra Vogt ließ die Altstadt räumen. "
        "Verletzt wurde niemand.")


def _server(answer: dict):
    seen = {}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            seen["body"] = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen["path"] = self.path
            body = json.dumps({"choices": [{"message": {"role": "assistant", "content": json.dumps(answer)}}]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, seen


def test_unsupported_sentences_are_dropped():
    article = Article(id="a", source="a", text=TEXT, language="de", published="2026-03-13")
    article.sentences = split_sentences(TEXT)
    vogt = Entity("e-1", "Petra Vogt", "PER", ["Petra Vogt", "Vogt"], [Span.of(article, TEXT.index("Petra"), TEXT.index("Petra") + 10)])
    berger = Entity("e-2", "Anna Berger", "PER", ["Anna Berger"], [])
    answer = {"sentences": [
        {"text": "In Lindenau stieg die Elbe am Freitag auf 6,40 Meter.", "cite": [1]},
        {"text": "In Lindenau stieg die Elbe am Freitag auf 7,10 Meter.", "cite": [1]},  # wrong number
        {"text": "Anna Berger ließ die Altstadt räumen.", "cite": [2]},  # a name the source does not give
        {"text": "Bürgermeisterin Petra Vogt ließ die Altstadt nicht räumen.", "cite": [2]},  # negation flipped
        {"text": "Die Elbe erreichte am Sonntag ihren Höchststand.", "cite": [1]},  # another day
    ]}
    server, seen = _server(answer)
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/v1"
        summary, dropped = llm_summarise([article], [vogt, berger], [], url=url, model="test-model")
    finally:
        server.shutdown()
    assert seen["path"] == "/v1/chat/completions" and seen["body"]["model"] == "test-model"
    assert "[1] Die Elbe erreichte" in seen["body"]["messages"][0]["content"]
    assert [s.text for s in summary] == ["In Lindenau stieg die Elbe am Freitag auf 6,40 Meter."]
    assert dropped == 4
    citation = summary[0].citations[0]
    assert TEXT[citation.start : citation.end] == citation.text


def test_verifier_reasons():
    ok, reasons = verify_sentence("Es gab Verletzte.", ["Verletzt wurde niemand."])
    assert not ok and "negation" in reasons[0]
    ok, _ = verify_sentence("Die Altstadt wurde geräumt.", ["Bürgermeisterin Petra Vogt ließ die Altstadt räumen."])
    assert ok

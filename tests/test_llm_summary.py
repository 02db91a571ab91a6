"""LLM summary mode against a fake OpenAI-compatible server: citations verified, unsupported sentences dropped."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from lagebild.errors import LagebildError
from lagebild.model import Article, Entity, Span
from lagebild.nlp.sentences import split_sentences
from lagebild.story.llm import llm_summarise, verify_sentence

TEXT = (
    "Die Elbe erreichte in Lindenau am Freitag einen Pegel von 6,40 Metern. "
    "Bürgermeisterin Petra Vogt ließ die Altstadt räumen. "
    "Verletzt wurde niemand. "
    "Ministerpräsident Jan Körber sprach von großen Schäden, ohne Zahlen zu nennen."
)


class FakeOpenAI:
    """A chat-completions endpoint on 127.0.0.1 answering with canned content; it records what it was sent."""

    def __init__(self, content: str, status: int = 200) -> None:
        self.requests: list[dict] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append({"path": self.path, "body": body, "auth": self.headers.get("Authorization")})
                payload = {"id": "c1", "object": "chat.completion", "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}]}
                data = json.dumps(payload).encode() if status == 200 else b'{"error": "overloaded"}'
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def __enter__(self) -> FakeOpenAI:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def flood():
    article = Article(id="a", source="a.txt", text=TEXT, language="de", published="2026-03-13")
    article.sentences = split_sentences(TEXT)
    start = TEXT.index("Petra")
    vogt = Entity("e-1", "Petra Vogt", "PER", ["Petra Vogt", "Vogt"], [Span.of(article, start, start + 10)])
    berger = Entity("e-2", "Anna Berger", "PER", ["Anna Berger"], [])
    return article, [vogt, berger]


def _answer(*sentences: tuple[str, list]) -> str:
    return json.dumps({"sentences": [{"text": text, "cite": cite} for text, cite in sentences]})


def test_unsupported_sentences_are_dropped(flood):
    article, entities = flood
    content = _answer(
        ("In Lindenau stieg die Elbe am Freitag auf 6,40 Meter.", [1]),  # supported
        ("In Lindenau stieg die Elbe am Freitag auf 7,10 Meter.", [1]),  # a wrong number
        ("Anna Berger ließ die Altstadt räumen.", [2]),  # a name the source does not give
        ("Bürgermeisterin Petra Vogt ließ die Altstadt nicht räumen.", [2]),  # negation flipped
        ("Es gab mehrere Verletzte.", [3]),  # negation dropped
        ("Die Elbe erreichte am Sonntag ihren Höchststand.", [1]),  # another day
        ("Körber nannte Zahlen zu den Schäden.", [4]),  # states what the source says he did not do
        ("Die Altstadt von Lindenau wurde geräumt.", [99]),  # cites nothing that exists
        ("Die Altstadt wurde auf Anordnung von Bürgermeisterin Petra Vogt geräumt.", [2, 1]),  # supported
    )
    with FakeOpenAI(content) as fake:
        summary, dropped = llm_summarise([article], entities, [], url=fake.url, model="test-model")
    request = fake.requests[0]
    assert request["path"] == "/v1/chat/completions" and request["body"]["model"] == "test-model"
    assert request["auth"] is None
    prompt = request["body"]["messages"][0]["content"]
    assert "[1] Die Elbe erreichte" in prompt and "[4] Ministerpräsident Jan Körber" in prompt
    assert [s.text for s in summary] == [
        "In Lindenau stieg die Elbe am Freitag auf 6,40 Meter.",
        "Die Altstadt wurde auf Anordnung von Bürgermeisterin Petra Vogt geräumt.",
    ]
    assert dropped == 7
    assert [c.start for c in summary[1].citations] == [TEXT.index("Bürgermeisterin"), 0]
    for sentence in summary:
        for citation in sentence.citations:
            assert TEXT[citation.start : citation.end] == citation.text


def test_fenced_json_string_ids_and_the_api_key(flood):
    article, entities = flood
    content = "```json\n" + json.dumps([{"text": "Die Elbe erreichte in Lindenau 6,40 Meter.", "citations": ["[1]"]}]) + "\n```"
    with FakeOpenAI(content) as fake:
        summary, dropped = llm_summarise([article], entities, url=fake.url + "/chat/completions", model="m", api_key="sk-test")
    assert fake.requests[0]["auth"] == "Bearer sk-test"
    assert fake.requests[0]["path"] == "/v1/chat/completions"
    assert (len(summary), dropped) == (1, 0)


def test_a_given_httpx_client_is_used_and_left_open(flood):
    article, entities = flood
    with FakeOpenAI(_answer(("Verletzt wurde in Lindenau niemand.", [3]))) as fake, httpx.Client() as client:
        summary, dropped = llm_summarise([article], entities, url=fake.url, model="m", client=client)
        assert not client.is_closed
    assert [s.text for s in summary] == ["Verletzt wurde in Lindenau niemand."] and dropped == 0


@pytest.mark.parametrize("content, status", [("this is not JSON", 200), ("{}", 500), ('{"sentences": "none"}', 200)])
def test_a_broken_answer_is_an_error_that_names_the_way_out(flood, content, status):
    article, entities = flood
    with FakeOpenAI(content, status) as fake, pytest.raises(LagebildError, match="without --llm-url"):
        llm_summarise([article], entities, url=fake.url, model="m")


def test_nothing_to_summarise_sends_nothing():
    assert llm_summarise([], url="http://127.0.0.1:9/v1", model="m") == ([], 0)


def test_verifier_reasons_on_spans(flood):
    article, _entities = flood
    sentences = [Span.of(article, s.start, s.end) for s in article.sentences]
    ok, reasons = verify_sentence("Es gab Verletzte.", [sentences[2]])
    assert not ok and any("negation" in r for r in reasons)
    ok, reasons = verify_sentence("Die Altstadt wurde geräumt.", [sentences[1]])
    assert ok and reasons == []
    ok, reasons = verify_sentence("Der Pegel lag bei sechs Metern.", [sentences[0]])
    assert not ok and any("6" in r for r in reasons)
    ok, reasons = verify_sentence("Körber sprach bei einem zwölfminütigen Auftritt von großen Schäden.", [sentences[3]])
    assert not ok and any("12" in r for r in reasons)  # a number inside a compound
    assert verify_sentence("Die Altstadt wurde geräumt.", []) == (False, ["cites nothing"])


def test_verifier_accepts_paraphrase_with_the_same_facts():
    source = ["Kanzlerin Maria Brandt besuchte am Dienstag die 1.200 Helfer in Lindenau."]
    assert verify_sentence("Am Dienstag besuchte Kanzlerin Brandt die Helfer in Lindenau, 1.200 an der Zahl.", source)[0]
    ok, reasons = verify_sentence("Am Mittwoch besuchte Kanzlerin Brandt die Helfer in Lindenau.", source)
    assert not ok and reasons == ["dates not in the sources: ['mittw']"]

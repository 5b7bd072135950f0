"""The service in-process (FastAPI's TestClient): every endpoint, option and error."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the service extra is not installed")
from fastapi.testclient import TestClient

from summarizer import summarize
from summarizer.errors import OptionError, SummarizerError
from summarizer.methods import DEFAULT_METHOD, all_methods, available_methods
from summarizer.pipeline import make_length
from summarizer.render import summary_to_dict
from summarizer.service import ServiceSettings, create_app
from summarizer.service import engine as engine_module
from summarizer.service.engine import Engine, Job
from summarizer.service.errors import from_library
from summarizer.service.metrics import Metrics
from tests.conftest import ARTICLES
from tests.service_helpers import PAGE_002, article_html, local_site, reply

PAGE = PAGE_002.read_text(encoding="utf-8")
BARE = (ARTICLES / "001_d3225705ede13dcf.txt").read_text(encoding="utf-8")


def client_for(**settings: Any) -> TestClient:
    return TestClient(create_app(ServiceSettings(**settings)), raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with client_for() as test_client:
        yield test_client


def post(client: TestClient, body: Any, path: str = "/v1/summarize") -> tuple[int, Any]:
    response = client.post(path, json=body)
    assert response.headers["content-type"].startswith("application/json")
    return response.status_code, response.json()


def assert_error(status_body: tuple[int, Any], status: int, code: str, *fragments: str) -> None:
    got_status, body = status_body
    assert got_status == status, body
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    message = body["error"]["message"]
    assert "\n" not in message
    assert "Traceback" not in message
    for fragment in fragments:
        assert fragment in message


@pytest.mark.parametrize("method", available_methods())
def test_same_result_as_the_python_api(client: TestClient, method: str) -> None:
    status, body = post(client, {"text": PAGE, "method": method, "words": 70, "seed": 3})
    assert status == 200
    expected = summarize(PAGE, method=method, words=70, seed=3)
    length = make_length(words=70)
    assert body == summary_to_dict(expected, length=length, language=expected.language, seed=3) \
        | {"settings": body["settings"]}
    assert body["settings"]["words"] == 70
    assert body["settings"]["seed"] == 3
    assert body["title"] == "Two Words That Could End the War in Ukraine"


def test_defaults_and_fields(client: TestClient) -> None:
    status, body = post(client, {"text": PAGE})
    assert status == 200
    assert body["method"] == DEFAULT_METHOD
    assert set(body) == {"method", "title", "language", "sentences", "document_sentences",
                         "settings", "warnings"}
    assert [set(s) for s in body["sentences"]] == [{"index", "text", "score"}] * 3
    assert body["settings"]["sentences"] == 3
    assert body["settings"]["clean"] is True
    assert body["document_sentences"] > 3


@pytest.mark.parametrize(("options", "count"), [
    ({"sentences": 5}, 5), ({"ratio": 0.2}, None), ({"words": 40}, None),
    ({"clean": False, "sentences": 2}, 2), ({"language": "english", "sentences": 1}, 1),
])
def test_options_pass_through(client: TestClient, options: dict[str, Any],
                              count: int | None) -> None:
    status, body = post(client, {"text": PAGE, **options})
    assert status == 200
    expected = summarize(PAGE, **options)
    assert [s["text"] for s in body["sentences"]] == list(expected.sentences)
    if count is not None:
        assert len(body["sentences"]) == count


def test_html_input_and_fragments(client: TestClient) -> None:
    status, body = post(client, {"html": article_html(BARE, title="Two Words"), "sentences": 2})
    assert status == 200
    assert body["sentences"][0]["text"].startswith("Could Security Guarantees")
    status, body = post(client, {"html": "The first sentence is here. <b>The second</b> one."})
    assert status == 200
    assert body["document_sentences"] == 2


def test_include_document_matches_the_indices(client: TestClient) -> None:
    status, body = post(client, {"text": PAGE, "method": "lexrank", "include_document": True})
    assert status == 200
    document = body["document"]["sentences"]
    assert len(document) == body["document_sentences"]
    for sentence in body["sentences"]:
        assert document[sentence["index"]]["text"] == sentence["text"]
    assert not any("Teodor" in s["text"] or "Fack you" in s["text"] for s in document)


@pytest.mark.parametrize(("body", "status", "code", "fragment"), [
    ({}, 400, "bad_option", "exactly one of text, html or url (got none)"),
    ({"text": "a", "url": "http://x"}, 400, "bad_option", "(got text and url)"),
    ({"text": PAGE, "sentences": 2, "words": 9}, 400, "bad_option",
     "sentences and words conflict"),
    ({"text": PAGE, "sentences": 0}, 400, "bad_option", "sentences must be a positive"),
    ({"text": PAGE, "ratio": 1.5}, 400, "bad_option", "ratio must be a fraction"),
    ({"text": PAGE, "seed": -1}, 400, "bad_option", "seed must be a whole number from 0"),
    ({"text": PAGE, "contiguous": True}, 400, "bad_option",
     "contiguous applies to a word budget: give words too"),
    ({"text": PAGE, "method": "best"}, 400, "bad_option", "unknown method 'best': choose one"),
    ({"text": PAGE, "language": "klingon"}, 400, "bad_option", "unknown language 'klingon'"),
    ({"text": PAGE, "sentences": "3"}, 400, "bad_request", "sentences: Input should be"),
    ({"text": PAGE, "sentences": 3.0}, 400, "bad_request", "sentences: Input should be"),
    ({"text": PAGE, "clean": "yes"}, 400, "bad_request", "clean: Input should be"),
    ({"text": PAGE, "sentence": 3}, 400, "bad_request", "sentence: unknown field"),
    ({"text": ""}, 422, "bad_input", "the text is empty"),
    ({"text": "   \n  "}, 422, "bad_input", "the text is empty"),
])
def test_bad_requests(client: TestClient, body: dict[str, Any], status: int, code: str,
                      fragment: str) -> None:
    assert_error(post(client, body), status, code, fragment)


def test_malformed_json_and_unknown_routes(client: TestClient) -> None:
    response = client.post("/v1/summarize", content=b"{not json",
                           headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "bad_request"
    response = client.get("/v1/nothing")
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"
    response = client.get("/v1/summarize")
    assert response.status_code == 405
    assert response.json()["error"]["code"] == "method_not_allowed"


def test_limits_on_size_and_sentences() -> None:
    with client_for(max_body_bytes=20_000, max_bytes=10_000, max_sentences=10) as small:
        assert_error(post(small, {"text": "word " * 2500}), 413, "too_large", "10,000-byte")
        assert_error(post(small, {"text": "word " * 9000}), 413, "too_large",
                     "request body is larger than the 20,000-byte limit")
        # Streamed without Content-Length: counted as it arrives.
        response = small.post("/v1/summarize", content=iter([b'{"text": "', b"x" * 30_000]),
                              headers={"Content-Type": "application/json"})
        assert response.status_code == 413
        assert response.json()["error"]["code"] == "too_large"
        assert_error(post(small, {"text": BARE, "clean": False}), 422, "bad_input",
                     "more than the 10-sentence limit")


def test_url_input() -> None:
    routes = {"/story.html": reply(article_html(BARE, title="Two Words"))}
    with local_site(routes) as site:
        with client_for() as guarded:
            assert_error(post(guarded, {"url": f"{site}/story.html"}), 403, "url_refused",
                         "loopback", "--allow-private-urls")
        with client_for(allow_private_urls=True) as trusting:
            status, body = post(trusting, {"url": f"{site}/story.html", "sentences": 1})
            assert status == 200
            assert body["sentences"][0]["text"].startswith("Could Security Guarantees")
            assert_error(post(trusting, {"url": f"{site}/gone"}), 502, "fetch_failed", "404")
            assert_error(post(trusting, {"url": "file:///etc/passwd"}), 422, "bad_input",
                         "not an http")


def test_batch_in_order_with_per_document_errors(client: TestClient) -> None:
    documents = [{"text": PAGE, "sentences": 1}, {"text": ""}, {"text": BARE, "words": "x"},
                 {"text": BARE, "method": "luhn", "sentences": 2}, {"nope": 1}]
    status, body = post(client, {"documents": documents}, "/v1/summarize/batch")
    assert status == 200
    results = body["results"]
    assert len(results) == 5
    assert len(results[0]["summary"]["sentences"]) == 1
    assert results[1]["error"]["code"] == "bad_input"
    assert results[2]["error"]["code"] == "bad_request"
    assert results[3]["summary"]["method"] == "luhn"
    assert results[4]["error"]["message"].startswith("give exactly one of") or \
        results[4]["error"]["code"] == "bad_request"
    assert_error(post(client, {"documents": []}, "/v1/summarize/batch"), 400, "bad_option",
                 "1 to 32 documents")
    assert_error(post(client, {"documents": [{"text": BARE}] * 33}, "/v1/summarize/batch"),
                 400, "bad_option", "got 33")


def test_methods_health_ready_docs(client: TestClient) -> None:
    methods = client.get("/v1/methods").json()["methods"]
    assert [m["name"] for m in methods] == list(available_methods())
    assert [m["description"] for m in methods] == [m.description for m in all_methods()]
    assert [m["name"] for m in methods if m["default"]] == [DEFAULT_METHOD]
    assert client.get("/healthz").json() == {"status": "ok"}
    deadline = time.monotonic() + 30
    while client.get("/readyz").status_code != 200 and time.monotonic() < deadline:
        time.sleep(0.05)
    ready = client.get("/readyz").json()
    assert ready["status"] == "ready"
    assert ready["cache"]["max_bytes"] == 32_000_000
    assert client.get("/docs").status_code == 200
    schema = client.get("/openapi.json").json()
    assert {"/v1/summarize", "/v1/summarize/batch", "/v1/methods"} <= set(schema["paths"])
    assert "SummarizeRequest" in schema["components"]["schemas"]


def test_metrics_count_requests_latency_and_errors() -> None:
    with client_for() as fresh:
        post(fresh, {"text": BARE})
        post(fresh, {"text": BARE})
        post(fresh, {"text": ""})
        text = fresh.get("/metrics").text
    assert 'summarizer_http_requests_total{route="/v1/summarize",status="200"} 2.0' in text
    assert 'summarizer_http_requests_total{route="/v1/summarize",status="422"} 1.0' in text
    assert 'summarizer_errors_total{code="bad_input"} 1.0' in text
    assert 'summarizer_http_request_duration_seconds_bucket{le="+Inf",route="/v1/summarize"} ' \
        '3.0' in text
    assert 'summarizer_summaries_total{cache="miss",method="lead"} 1.0' in text
    assert 'summarizer_summaries_total{cache="hit",method="lead"} 1.0' in text
    assert "summarizer_http_requests_in_flight" in text


def test_cache_hits_and_its_memory_bound() -> None:
    with client_for(cache_bytes=20_000) as small:
        first = small.post("/v1/summarize", json={"text": BARE, "sentences": 1})
        again = small.post("/v1/summarize", json={"text": BARE, "sentences": 1})
        assert (first.headers["X-Cache"], again.headers["X-Cache"]) == ("miss", "hit")
        assert first.json() == again.json()
        other = small.post("/v1/summarize", json={"text": BARE, "sentences": 2})
        assert other.headers["X-Cache"] == "miss"
        for n in range(1, 40):
            small.post("/v1/summarize", json={"text": BARE, "words": 10 + n})
        info = small.get("/readyz").json()["cache"]
        assert 0 < info["bytes"] <= 20_000
        assert info["entries"] < 40
    with client_for(cache_bytes=0) as uncached:
        for _ in range(2):
            response = uncached.post("/v1/summarize", json={"text": BARE})
            assert response.headers["X-Cache"] == "miss"


def slow_compute(seconds: float, calls: list[str]) -> Any:
    real = engine_module.compute

    def compute(job: Job, *, max_sentences: int, max_bytes: int) -> dict[str, Any]:
        calls.append(job.text[:10])
        time.sleep(seconds)
        return real(job, max_sentences=max_sentences, max_bytes=max_bytes)

    return compute


def test_identical_requests_in_flight_are_computed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    monkeypatch.setattr(engine_module, "compute", slow_compute(0.3, calls))

    async def main() -> list[tuple[dict[str, Any], bool]]:
        engine = Engine(ServiceSettings(), Metrics())
        deadline = time.monotonic() + 10
        results = await asyncio.gather(*(engine.summary(Job(text=BARE), deadline=deadline)
                                         for _ in range(5)))
        engine.close()
        return list(results)

    results = asyncio.run(main())
    assert len(calls) == 1
    assert sorted(shared for _, shared in results) == [False, True, True, True, True]
    assert all(result == results[0][0] for result, _ in results)


def test_saturation_gives_503_with_retry_after(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "compute", slow_compute(1.0, []))
    with client_for(max_concurrent=1, max_queue=0) as busy:
        import threading

        first: list[Any] = []
        worker = threading.Thread(target=lambda: first.append(
            busy.post("/v1/summarize", json={"text": BARE})))
        worker.start()
        time.sleep(0.3)
        response = busy.post("/v1/summarize", json={"text": PAGE})
        assert response.status_code == 503
        assert int(response.headers["Retry-After"]) >= 1
        assert response.json()["error"]["code"] == "overloaded"
        assert busy.get("/readyz").status_code == 503
        worker.join()
        assert first[0].status_code == 200


def test_time_limit_gives_504_and_keeps_the_slot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "compute", slow_compute(1.0, []))
    with client_for(timeout=0.3, max_concurrent=1, max_queue=0) as slow:
        started = time.monotonic()
        assert_error(post(slow, {"text": BARE}), 504, "timeout", "0.3-second limit")
        assert time.monotonic() - started < 0.9
        # The timed-out summary still runs: its slot is not handed out twice.
        assert_error(post(slow, {"text": PAGE}), 503, "overloaded")
        time.sleep(1.0)
        assert slow.get("/healthz").status_code == 200
        cached = slow.post("/v1/summarize", json={"text": BARE})  # finished late, kept
        assert cached.status_code == 200
        assert cached.headers["X-Cache"] == "hit"


def test_unexpected_errors_are_json_without_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(job: Job, *, max_sentences: int, max_bytes: int) -> dict[str, Any]:
        raise RuntimeError("secret internal detail")

    monkeypatch.setattr(engine_module, "compute", broken)
    with client_for() as failing:
        status, body = post(failing, {"text": BARE})
    assert status == 500
    assert body == {"error": {"code": "internal", "message":
                              "unexpected RuntimeError; the operator's log has the details"}}


def test_library_errors_map_by_class() -> None:
    class NewOptionError(OptionError):
        pass

    class NewProblemError(SummarizerError):
        pass

    assert (from_library(NewOptionError("x")).status, from_library(NewProblemError("y")).status) \
        == (400, 422)


def test_cors_only_for_allowed_origins() -> None:
    with client_for(allow_origins=("https://news.example.com",)) as cors:
        allowed = cors.post("/v1/summarize", json={"text": BARE},
                            headers={"Origin": "https://news.example.com"})
        assert allowed.headers["access-control-allow-origin"] == "https://news.example.com"
        other = cors.post("/v1/summarize", json={"text": BARE},
                          headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
        preflight = cors.options("/v1/summarize", headers={
            "Origin": "https://news.example.com", "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type"})
        assert preflight.status_code == 200
    with client_for() as closed:
        response = closed.post("/v1/summarize", json={"text": BARE},
                               headers={"Origin": "https://news.example.com"})
        assert "access-control-allow-origin" not in response.headers


def test_bad_settings_are_one_line_option_errors() -> None:
    with pytest.raises(OptionError, match=r"^timeout must be a positive"):
        ServiceSettings(timeout=0)
    with pytest.raises(OptionError, match="--allow-origin must be"):
        ServiceSettings(allow_origins=("news.example.com",))
    with pytest.raises(OptionError, match=r"^max_concurrent must be"):
        ServiceSettings(max_concurrent=0)


def test_word_budgets_are_filled_as_the_cli_fills_them(client: TestClient) -> None:
    """`contiguous` reaches the shared select stage: lead takes its opening in order."""
    opening = ("The storm reached the coast late on Monday night and flooded many streets. "
               "Emergency crews worked through the night to rescue residents trapped in "
               "their homes by the rising water and the strong winds. Schools closed. "
               "The mayor said damage would take months to repair.")
    body = {"text": opening, "words": 16, "clean": False}
    status, result = post(client, body)
    assert status == 200
    assert [s["index"] for s in result["sentences"]] == [0]
    assert result["settings"]["contiguous"] is True
    status, result = post(client, {**body, "contiguous": False})
    assert [s["index"] for s in result["sentences"]] == [0, 2]
    status, result = post(client, {**body, "words": 5})
    assert result["warnings"] == ["the summary has 13 words, more than the 5 asked: the "
                                  "top-ranked sentence alone is that long, and sentences "
                                  "are never cut"]

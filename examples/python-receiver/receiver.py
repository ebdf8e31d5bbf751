#!/usr/bin/env python3
"""A Kustom In-Person Payments webhook receiver in Python, standard library only.

It verifies each delivery's Standard Webhooks signature over the raw body (401 otherwise), refuses
bodies over 1 MiB (413) and payloads without the fields it needs (400), acknowledges every other
delivery with 200 at once (a redelivered event id is acknowledged and not processed again), and after
``ipp.session.finalized`` captures the order through the Kustom Order Management API: it reads the
order, captures the remaining authorized amount "if not already captured", with a
``Klarna-Idempotency-Key`` derived from the order id, and retries a failed capture.

Configuration (environment):
  KUSTOM_API_BASE        the Kustom API base URL (https://api.kustom.co, or a ``hookproof mock``)
  KUSTOM_USERNAME        the merchant's API username (Basic auth)
  KUSTOM_PASSWORD        the merchant's API password
  KUSTOM_WEBHOOK_SECRET  the signing secret(s), ``whsec_...``; comma-separated during a rotation
  PORT                   the port on 127.0.0.1 (default 0: a free one); the URL is printed on start
"""

import base64
import hashlib
import hmac
import json
import os
import sys
import threading
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MAX_BODY_BYTES = 1024 * 1024
TOLERANCE_SECONDS = 300
CAPTURE_RETRY_DELAYS = (0.25, 1.0, 4.0)
WEBHOOK_PATH = "/webhooks/kustom"


def signing_keys(secrets):
    """The HMAC keys of the configured secrets: ``whsec_<base64>`` decoded, anything else as UTF-8."""
    keys = []
    for secret in secrets.split(","):
        secret = secret.strip()
        if secret:
            keys.append(base64.b64decode(secret[6:]) if secret.startswith("whsec_") else secret.encode())
    return keys


def signature_valid(keys, headers, body, now=None):
    """Standard Webhooks: v1 = base64(HMAC-SHA256(key, id.timestamp.body)), timestamp within 5 minutes."""
    msg_id = headers.get("webhook-id")
    timestamp = headers.get("webhook-timestamp")
    signatures = headers.get("webhook-signature")
    if not msg_id or not timestamp or not signatures:
        return False
    try:
        sent_at = int(timestamp)
    except ValueError:
        return False
    if abs((now or time.time()) - sent_at) > TOLERANCE_SECONDS:
        return False
    signed = msg_id.encode() + b"." + timestamp.encode() + b"." + body
    expected = [base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()) for key in keys]
    for candidate in signatures.split(" "):
        version, _, value = candidate.partition(",")
        if version == "v1" and any(hmac.compare_digest(value.encode(), e) for e in expected):
            return True
    return False


def idempotency_key(order_id):
    """One UUID (v4 format) per order: every capture attempt of an order sends the same key."""
    h = hashlib.sha256(("capture:" + order_id).encode()).hexdigest()
    variant = format((int(h[16], 16) & 0x3) | 0x8, "x")
    return f"{h[0:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:32]}"


class OrderManagement:
    """The two Order Management calls the receiver makes, with Basic auth."""

    def __init__(self, base, username, password):
        self.base = base.rstrip("/")
        token = base64.b64encode(f"{username}:{password}".encode()).decode()
        self.headers = {"Authorization": "Basic " + token, "Content-Type": "application/json"}

    def call(self, method, path, body=None, headers=None):
        request = urllib.request.Request(
            f"{self.base}/ordermanagement/v1/orders/{path}",
            data=None if body is None else json.dumps(body).encode(),
            headers={**self.headers, **(headers or {})},
            method=method,
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            return error.code, error.read()

    def capture_remaining(self, order_id, reference):
        """Reads the order and captures what remains authorized. True when nothing is left to do."""
        status, body = self.call("GET", order_id)
        if status != 200:
            return False
        order = json.loads(body)
        amount = order.get("remaining_authorized_amount", 0)
        if amount <= 0 or order.get("status") == "CANCELLED":
            return True  # already captured (or voided): nothing to capture
        status, _ = self.call(
            "POST",
            f"{order_id}/captures",
            {"captured_amount": amount, "reference": reference},
            {"Klarna-Idempotency-Key": idempotency_key(order_id)},
        )
        return status == 201


def capture_with_retries(api, order_id, event_id):
    """The event is acknowledged already, so nobody redelivers it: retry a failed capture here."""
    for delay in (0.0, *CAPTURE_RETRY_DELAYS):
        time.sleep(delay)
        try:
            if api.capture_remaining(order_id, event_id):
                return
        except (OSError, ValueError) as error:  # a dropped connection, a timeout, a bad body
            print(f"capture of {order_id} failed: {error}", file=sys.stderr)


class Receiver(BaseHTTPRequestHandler):
    keys = []
    api = None
    seen = set()
    lock = threading.Lock()

    def log_message(self, format, *args):  # quiet: one line per request is noise in CI
        pass

    def answer(self, status, payload):
        body = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        if self.path.split("?")[0] != WEBHOOK_PATH:
            return self.answer(404, {"error": "not-found"})
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY_BYTES:
            remaining = length
            while remaining > 0:  # drain, so the sender reads the 413 instead of a reset
                chunk = self.rfile.read(min(remaining, 65536))
                if not chunk:
                    break
                remaining -= len(chunk)
            return self.answer(413, {"error": "payload-too-large"})
        body = self.rfile.read(length)
        headers = {k.lower(): v for k, v in self.headers.items()}
        if not signature_valid(self.keys, headers, body):
            return self.answer(401, {"error": "invalid-signature"})
        try:
            event = json.loads(body)
        except ValueError:
            return self.answer(400, {"error": "invalid-json"})
        data = event.get("data") if isinstance(event, dict) else None
        event_type = event.get("type") if isinstance(event, dict) else None
        if not isinstance(event_type, str) or not isinstance(event.get("id"), str) or not isinstance(data, dict):
            return self.answer(400, {"error": "invalid-payload"})
        if event_type.startswith("ipp.session.") and not isinstance(data.get("session_id"), str):
            return self.answer(400, {"error": "invalid-payload"})
        if event_type == "ipp.session.finalized" and not isinstance(data.get("order_id"), str):
            return self.answer(400, {"error": "invalid-payload"})
        with self.lock:
            duplicate = event["id"] in self.seen
            self.seen.add(event["id"])
        if duplicate:
            return self.answer(200, {"received": True, "duplicate": True})
        if event_type == "ipp.session.finalized" and self.api is not None:
            threading.Thread(target=capture_with_retries, args=(self.api, data["order_id"], event["id"]), daemon=True).start()
        return self.answer(200, {"received": True})


def main():
    Receiver.keys = signing_keys(os.environ.get("KUSTOM_WEBHOOK_SECRET", ""))
    if not Receiver.keys:
        sys.exit("receiver.py: set KUSTOM_WEBHOOK_SECRET")
    base = os.environ.get("KUSTOM_API_BASE")
    if base:
        Receiver.api = OrderManagement(base, os.environ.get("KUSTOM_USERNAME", ""), os.environ.get("KUSTOM_PASSWORD", ""))
    server = ThreadingHTTPServer(("127.0.0.1", int(os.environ.get("PORT", "0"))), Receiver)
    server.daemon_threads = True
    print(f"http://127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()

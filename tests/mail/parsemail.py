"""Parses an email file with Python's email package and prints what a mail client shows, as JSON:
the decoded headers, the decoded body, and the defects the parser found."""
import email
import email.policy
import json
import sys

with open(sys.argv[1], "rb") as f:
    msg = email.message_from_binary_file(f, policy=email.policy.default)
print(json.dumps({
    "from": str(msg["From"]),
    "fromName": msg["From"].addresses[0].display_name,
    "fromAddress": msg["From"].addresses[0].addr_spec,
    "to": str(msg["To"]),
    "toName": msg["To"].addresses[0].display_name,
    "toAddress": msg["To"].addresses[0].addr_spec,
    "subject": str(msg["Subject"]),
    "date": msg["Date"].datetime.isoformat() if msg["Date"] else "",
    "messageId": str(msg["Message-ID"] or ""),
    "unsent": str(msg["X-Unsent"] or ""),
    "contentType": msg.get_content_type(),
    "charset": msg.get_content_charset() or "",
    "body": msg.get_content(),
    "defects": [type(d).__name__ for d in msg.defects],
}, ensure_ascii=False))

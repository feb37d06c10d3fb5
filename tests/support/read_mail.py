"""Reads what the test SMTP server (aiosmtpd's Mailbox handler) stored in a Maildir and prints
it as JSON, oldest first: to, subject, text, and the calendar part parsed by python3-icalendar
(an independent reader of what Vigie wrote)."""
import email
import email.policy
import json
import os
import sys

import icalendar

out = []
new = os.path.join(sys.argv[1], 'new')
files = sorted((os.path.join(new, f) for f in os.listdir(new)), key=lambda f: os.stat(f).st_mtime_ns)
for path in files:
    with open(path, 'rb') as f:
        msg = email.message_from_binary_file(f, policy=email.policy.default)
    item = {'to': str(msg['To']), 'subject': str(msg['Subject']), 'text': None,
            'calendar_method': None, 'events': []}
    for part in msg.walk():
        kind = part.get_content_type()
        if kind == 'text/plain':
            item['text'] = part.get_content()
        elif kind == 'text/calendar':
            item['calendar_method'] = part.get_param('method')
            cal = icalendar.Calendar.from_ical(part.get_content())
            item['ical_method'] = str(cal.get('METHOD'))
            for e in cal.walk('VEVENT'):
                item['events'].append({
                    'uid': str(e['UID']), 'sequence': int(e['SEQUENCE']),
                    'start': e.decoded('DTSTART').isoformat(), 'status': str(e['STATUS']),
                    'attendees': [str(a) for a in ([e['ATTENDEE']] if isinstance(e.get('ATTENDEE'), str) else e.get('ATTENDEE', []))],
                    'organizer': str(e.get('ORGANIZER', ''))})
    out.append(item)
print(json.dumps(out))

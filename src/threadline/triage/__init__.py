"""Threadline triage stage: risk score with reasons, routing per jurisdiction, questionnaires,
alerts and referral drafts. Pure: data in, data out (sending lives in `delivery`).

Entry points for other packages:
- `service.triage_document(text, facts, jurisdiction, context)` -> the triage JSON shape
- `risk.assess(text, facts=None, context=None)` -> `Assessment`
- `routing.route(flags, jurisdiction)` -> `[Route]`
- `questionnaires.score(sector, answers)`, `questionnaires.safety_check(answer)`
- `referral.draft_referral(request)` and `referral_pdf.render_pdf(draft)`
- `alerts.decide_alerts(report_id=..., assessment=..., links=..., duty_analyst=...)`
"""

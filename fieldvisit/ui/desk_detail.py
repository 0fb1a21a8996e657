"""The supervisor desk's review pane: one visit as HTML — when and by whom, the promise and
payment, the agreed repayment plan, amounts to check (above the balance), notes, compliance
exceptions, the prep sheet the collector had, and the latest review. Dates, amounts and words
in the interface language (texts in the desk's translation context)."""

from __future__ import annotations

from decimal import Decimal
from html import escape as e

from PySide6.QtCore import QCoreApplication

from fieldvisit.adapters.i18n import code_text, day_text, localize, money

REVIEW_COLOURS = {"approved": "#2e7d32", "has_issues": "#ef6c00", "rejected": "#c62828", "received": "#546e7a"}


def _money_parts(data: dict) -> list[str]:
    parts = []
    if data.get("promise"):
        p = data["promise"]
        label, by = (QCoreApplication.translate("SupervisorDesk", "Promise"),
                     QCoreApplication.translate("SupervisorDesk", "by"))
        parts.append(f"<p><b>{label}</b>: {e(money(p['amount'], p['currency']))} {by} {e(day_text(p['date']))}</p>")
    if data.get("payment"):
        p = data["payment"]
        label, receipt = (QCoreApplication.translate("SupervisorDesk", "Payment"),
                          QCoreApplication.translate("SupervisorDesk", "receipt"))
        parts.append(f"<p><b>{label}</b>: {e(money(p['amount'], p['currency']))} "
                     f"({e(code_text('method', p['method']))}, {receipt} {e(p['receipt'] or '—')})</p>")
    agreed = (data.get("agreed_proposal") or {}).get("installments") or []
    if agreed:
        currency = (data.get("agreed_proposal") or {}).get("currency", "")
        rows = "".join(f"<tr><td>{e(day_text(i['date']))}</td>"
                       f"<td align='right'>{e(money(i['amount'], currency))}</td></tr>" for i in agreed)
        total = money(sum(Decimal(i["amount"]) for i in agreed), currency)
        label = QCoreApplication.translate("SupervisorDesk", "Agreed repayment plan")
        summary = QCoreApplication.translate("SupervisorDesk", "{n} instalments, total {total}").format(
            n=len(agreed), total=total)
        parts.append(f"<p><b>{label}</b>: {e(summary)}</p><table cellspacing='0' cellpadding='2'>{rows}</table>")
    return parts


def _prep_part(prep: dict) -> str:
    proposal = prep.get("proposal") or {}
    n = len(proposal.get("installments") or [])
    kind = (QCoreApplication.translate("SupervisorDesk", "Pay in full") if proposal.get("kind") == "pay_in_full"
            else QCoreApplication.translate("SupervisorDesk", "Instalments"))
    plan = kind + " " + money(proposal.get("total") or 0, proposal.get("currency", "")) if n else \
        QCoreApplication.translate("SupervisorDesk", "none (the balance waited for review)")
    if n > 1:
        plan += QCoreApplication.translate("SupervisorDesk", ", {n} instalments ({f})").format(
            n=n, f=localize(proposal.get("frequency")))
    if prep.get("quadrant") == "unknown":
        approach = QCoreApplication.translate("SupervisorDesk", "unknown — find out")
    else:
        approach = (f"{localize(str(prep.get('quadrant', ''))).replace('_', ', ')} · "
                    f"{localize(prep.get('approach', ''))}")
    label = QCoreApplication.translate("SupervisorDesk", "Prep sheet at the time")
    proposal_label = QCoreApplication.translate("SupervisorDesk", "Proposal")
    return f"<p><b>{label}</b>: {e(approach)}<br>{proposal_label}: {e(plan)}</p>"


def detail_html(d: dict, checks: list[str]) -> str:
    """``d`` is ``services.reports.visit_detail``; ``checks`` the visit's sentences to check."""
    data, prep = d["data"], d["prep"] or {}
    version = QCoreApplication.translate("SupervisorDesk", "version")
    parts = [f"<h3>{e(d['case_id'])} · {e(code_text('outcome', data['outcome']))}</h3>",
             f"<p>{e(day_text(data['arrived_at']))} {e(data['arrived_at'][11:16])}–{e(data['left_at'][11:16])}"
             f" · {e(d['collector'] or '')} · {version} {d['version']}</p>"]
    parts += _money_parts(data)
    if checks:
        label = QCoreApplication.translate("SupervisorDesk", "To check")
        parts.append(f"<p style='color:#ef6c00'><b>{label}</b>: {e('; '.join(localize(x) for x in checks))}</p>")
    if data.get("notes"):
        parts.append(f"<p><b>{QCoreApplication.translate('SupervisorDesk', 'Notes')}</b>: {e(data['notes'])}</p>")
    if d["warnings"]:
        label = QCoreApplication.translate("SupervisorDesk", "Compliance exceptions")
        reason = (f"<br>{QCoreApplication.translate('SupervisorDesk', 'Reason')}: {e(data['reason'])}"
                  if data.get("reason") else "")
        parts.append(f"<p style='color:#c62828'><b>{label}</b>: "
                     f"{e('; '.join(localize(w) for w in d['warnings']))}{reason}</p>")
    if prep:
        parts.append(_prep_part(prep))
    review = d["review"]
    comment = f" — {e(review['comment'])} ({e(review['by'])})" if review["comment"] else ""
    parts.append(f"<p style='color:{REVIEW_COLOURS[review['status']]}'><b>{e(code_text('review', review['status']))}"
                 f"</b>{comment}</p>")
    return "".join(parts)

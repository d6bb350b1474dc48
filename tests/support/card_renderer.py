"""A small HTML rendering of Google Workspace Card v1 JSON, styled like Gmail's side panel.

For pictures in the documentation, made from the JSON our endpoints really return: it is our
rendering of the card, not a capture of Gmail (Google draws the real one). It covers the widgets
RightNote uses: header, sections (collapsible), decoratedText, textParagraph, textInput,
selectionInput (dropdown, check boxes, radio buttons, switch), buttonList, divider and the fixed
footer. Card text keeps only the HTML Google allows in it (b, i, u, s, font color, a, br); all
else is escaped.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser
from typing import Any

Json = dict[str, Any]

PANEL_WIDTH = 320
_ALLOWED = {"b", "i", "u", "s", "br", "font", "a"}

CSS = """
* { box-sizing: border-box; }
body { margin: 0; background: #f6f8fc; color: #1f1f1f; -webkit-font-smoothing: antialiased;
  font: 14px/20px Roboto, "Google Sans", Arial, "Liberation Sans", "DejaVu Sans", sans-serif; }
.panel { width: %(width)dpx; background: #fff; border-left: 1px solid #e0e3e7; }
.bar { display: flex; align-items: center; height: 56px; padding: 0 16px; gap: 12px;
  border-bottom: 1px solid #e0e3e7; }
.logo { width: 28px; height: 28px; border-radius: 50%%; background: #0b57d0; color: #fff;
  font: 500 15px/28px "Google Sans", Roboto, Arial, sans-serif; text-align: center; }
.bar .title { font: 500 16px/22px "Google Sans", Roboto, Arial, sans-serif; }
.bar .subtitle { font-size: 12px; line-height: 16px; color: #444746; }
.section { padding: 12px 16px 8px; border-bottom: 1px solid #e0e3e7; }
.section h2 { margin: 4px 0 10px; font: 500 14px/20px "Google Sans", Roboto, Arial, sans-serif;
  color: #1f1f1f; }
.widget { margin: 0 0 12px; }
.label { font-size: 12px; line-height: 16px; color: #444746; }
.text { font-size: 14px; line-height: 20px; overflow-wrap: anywhere; }
.para { font-size: 14px; line-height: 20px; color: #1f1f1f; overflow-wrap: anywhere; }
.field { position: relative; border: 1px solid #747775; border-radius: 4px; min-height: 40px;
  padding: 9px 12px; font-size: 14px; }
.field .floating { position: absolute; top: -8px; left: 8px; padding: 0 4px; background: #fff;
  font-size: 12px; line-height: 14px; color: #444746; }
.field.multi { min-height: 84px; }
.placeholder { color: #747775; }
.helper { font-size: 12px; line-height: 16px; color: #444746; margin: 4px 12px 0; }
.select .chevron { position: absolute; right: 10px; top: 9px; color: #444746; }
.select { padding-right: 32px; }
.group-label { font-size: 14px; margin-bottom: 6px; }
.choice { display: flex; gap: 10px; align-items: flex-start; margin: 0 0 8px; font-size: 13px;
  line-height: 18px; }
.box { flex: 0 0 18px; width: 18px; height: 18px; margin-top: 1px; border: 2px solid #444746;
  border-radius: 2px; }
.box.round { border-radius: 50%%; }
.box.on { background: #0b57d0; border-color: #0b57d0; }
.buttons { display: flex; flex-wrap: wrap; gap: 8px; margin: 4px 0 12px; }
.button { display: inline-block; height: 36px; padding: 0 16px; border-radius: 18px;
  font: 500 14px/36px "Google Sans", Roboto, Arial, sans-serif; color: #0b57d0;
  border: 1px solid #747775; background: #fff; }
.button.filled { background: #0b57d0; color: #fff; border-color: #0b57d0; }
.button.disabled { opacity: 0.38; }
.more { color: #0b57d0; font: 500 14px/20px "Google Sans", Roboto, Arial, sans-serif;
  margin: 0 0 8px; }
hr { border: 0; border-top: 1px solid #e0e3e7; margin: 8px 0 12px; }
.footer { position: sticky; bottom: 0; display: flex; justify-content: flex-end; gap: 8px;
  padding: 12px 16px; background: #fff; border-top: 1px solid #e0e3e7; }
a { color: #0b57d0; text-decoration: none; }
"""


class _CardText(HTMLParser):
    """Card text: the few tags Google renders kept, everything else escaped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _ALLOWED:
            self.out.append(html.escape(self.get_starttag_text() or ""))
        elif tag == "br":
            self.out.append("<br>")
        elif tag == "font":
            color = dict(attrs).get("color") or ""
            safe = color if color.startswith("#") and color[1:].isalnum() else ""
            self.out.append(f'<font color="{safe}">')
        elif tag == "a":
            self.out.append("<a>")
        else:
            self.out.append(f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in _ALLOWED and tag != "br":
            self.out.append(f"</{tag}>")
        elif tag not in _ALLOWED:
            self.out.append(html.escape(f"</{tag}>"))

    def handle_data(self, data: str) -> None:
        self.out.append(html.escape(data))


def card_text(text: str) -> str:
    parser = _CardText()
    parser.feed(text)
    parser.close()
    return "".join(parser.out)


def _esc(text: Any) -> str:
    return html.escape(str(text))


def _decorated(w: Json) -> str:
    parts = []
    if w.get("topLabel"):
        parts.append(f'<div class="label">{card_text(w["topLabel"])}</div>')
    parts.append(f'<div class="text">{card_text(w.get("text", ""))}</div>')
    if w.get("bottomLabel"):
        parts.append(f'<div class="label">{card_text(w["bottomLabel"])}</div>')
    if w.get("button"):
        parts.append(_buttons([w["button"]]))
    return "".join(parts)


def _text_input(w: Json) -> str:
    multi = " multi" if w.get("type") == "MULTIPLE_LINE" else ""
    value = w.get("value")
    inner = _esc(value) if value else ""
    field = (
        f'<div class="field{multi}"><span class="floating">{_esc(w.get("label", ""))}</span>'
        f"{inner}</div>"
    )
    if w.get("hintText"):
        field += f'<div class="helper">{_esc(w["hintText"])}</div>'
    return field


def _selection(w: Json) -> str:
    items = w.get("items", [])
    kind = w.get("type", "CHECK_BOX")
    label = _esc(w.get("label", ""))
    if kind == "DROPDOWN":
        chosen = next((i for i in items if i.get("selected")), items[0] if items else {})
        return (
            f'<div class="field select"><span class="floating">{label}</span>'
            f'{_esc(chosen.get("text", ""))}<span class="chevron">&#9662;</span></div>'
        )
    shape = " round" if kind == "RADIO_BUTTON" else ""
    rows = "".join(
        f'<div class="choice"><span class="box{shape}{" on" if item.get("selected") else ""}">'
        f"</span><span>{_esc(item.get('text', ''))}</span></div>"
        for item in items
    )
    return f'<div class="group-label">{label}</div>{rows}'


def _button(b: Json) -> str:
    classes = ["button"]
    if b.get("type") == "FILLED" or b.get("color"):
        classes.append("filled")
    if b.get("disabled"):
        classes.append("disabled")
    return f'<span class="{" ".join(classes)}">{_esc(b.get("text", ""))}</span>'


def _buttons(buttons: list[Json]) -> str:
    return '<div class="buttons">' + "".join(_button(b) for b in buttons) + "</div>"


def widget_html(widget: Json) -> str:
    if "decoratedText" in widget:
        body = _decorated(widget["decoratedText"])
    elif "textParagraph" in widget:
        body = f'<div class="para">{card_text(widget["textParagraph"].get("text", ""))}</div>'
    elif "textInput" in widget:
        body = _text_input(widget["textInput"])
    elif "selectionInput" in widget:
        body = _selection(widget["selectionInput"])
    elif "buttonList" in widget:
        return _buttons(widget["buttonList"].get("buttons", []))
    elif "divider" in widget:
        return "<hr>"
    else:
        raise ValueError(f"the renderer does not know the widget {sorted(widget)}")
    return f'<div class="widget">{body}</div>'


def section_html(section: Json) -> str:
    widgets = section.get("widgets", [])
    shown = widgets
    more = ""
    if section.get("collapsible"):
        shown = widgets[: section.get("uncollapsibleWidgetsCount", 0)]
        if len(shown) < len(widgets):
            more = '<div class="more">Show more &#8964;</div>'
    header = f"<h2>{card_text(section['header'])}</h2>" if section.get("header") else ""
    return f'<div class="section">{header}{"".join(widget_html(w) for w in shown)}{more}</div>'


def card_html(card: Json, *, width: int = PANEL_WIDTH) -> str:
    """A whole HTML page: the side panel with `card` in it."""
    header = card.get("header", {})
    title = _esc(header.get("title", ""))
    subtitle = header.get("subtitle")
    bar = (
        f'<div class="bar"><div class="logo">{title[:1]}</div><div>'
        f'<div class="title">{title}</div>'
        + (f'<div class="subtitle">{_esc(subtitle)}</div>' if subtitle else "")
        + "</div></div>"
    )
    sections = "".join(section_html(s) for s in card.get("sections", []))
    footer = ""
    if card.get("fixedFooter"):
        buttons = [
            card["fixedFooter"][key]
            for key in ("secondaryButton", "primaryButton")
            if key in card["fixedFooter"]
        ]
        footer = '<div class="footer">' + "".join(_button(b) for b in buttons) + "</div>"
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<style>{CSS % {'width': width}}</style></head>"
        f'<body><div class="panel" id="panel">{bar}{sections}{footer}</div></body></html>'
    )

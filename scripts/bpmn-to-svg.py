#!/usr/bin/env python3
"""Draws a BPMN model's diagram (its BPMN DI) as a plain SVG for the docs.

Usage: scripts/bpmn-to-svg.py workflows/src/main/resources/processes/X.bpmn docs/processes/X.svg
Only the shapes Onus models use; rerun after changing a model.
"""
import sys
import xml.etree.ElementTree as ET
from html import escape

NS = {
    "bpmn": "http://www.omg.org/spec/BPMN/20100524/MODEL",
    "bpmndi": "http://www.omg.org/spec/BPMN/20100524/DI",
    "dc": "http://www.omg.org/spec/DD/20100524/DC",
    "di": "http://www.omg.org/spec/DD/20100524/DI",
}


def wrap(text, width):
    words, lines, line = text.split(), [], ""
    for w in words:
        if len(line) + len(w) + 1 > width and line:
            lines.append(line)
            line = w
        else:
            line = (line + " " + w).strip()
    if line:
        lines.append(line)
    return lines


def text_block(x, y, text, width, size=11):
    lines = wrap(text, width)
    out = []
    for i, l in enumerate(lines):
        dy = y + (i - (len(lines) - 1) / 2) * (size + 2)
        out.append(f'<text x="{x}" y="{dy:.0f}" font-size="{size}" text-anchor="middle" dominant-baseline="middle">{escape(l)}</text>')
    return "".join(out)


def main(src, dst):
    tree = ET.parse(src)
    elements = {e.get("id"): e for e in tree.iter() if e.get("id")}
    svg, maxx, maxy = [], 0, 0
    for shape in tree.iterfind(".//bpmndi:BPMNShape", NS):
        el = elements[shape.get("bpmnElement")]
        kind = el.tag.split("}")[1]
        b = shape.find("dc:Bounds", NS)
        x, y, w, h = (float(b.get(k)) for k in ("x", "y", "width", "height"))
        maxx, maxy = max(maxx, x + w), max(maxy, y + h)
        name = el.get("name") or ""
        cx, cy = x + w / 2, y + h / 2
        if kind.endswith("Task"):
            svg.append(f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="10" fill="#fff" stroke="#0b0c0c" stroke-width="2"/>')
            svg.append(text_block(cx, cy, name, 16))
            if kind in ("userTask", "serviceTask"):
                svg.append(f'<text x="{x + 6}" y="{y + 14}" font-size="9" fill="#505a5f">{"person" if kind == "userTask" else "service"}</text>')
        elif kind == "subProcess":
            svg.insert(0, f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="10" fill="#f8f8f8" stroke="#505a5f" stroke-width="1.5"/>'
                          f'<text x="{x + 10}" y="{y + 18}" font-size="12" font-weight="bold">{escape(name)}</text>')
        elif "Gateway" in kind:
            svg.append(f'<polygon points="{cx},{y} {x + w},{cy} {cx},{y + h} {x},{cy}" fill="#fff" stroke="#0b0c0c" stroke-width="2"/>')
            mark = "◇" if kind == "eventBasedGateway" else "×"
            svg.append(f'<text x="{cx}" y="{cy + 1}" font-size="16" text-anchor="middle" dominant-baseline="middle">{mark}</text>')
        else:
            r = w / 2
            width = 4 if kind == "endEvent" else 1.5
            svg.append(f'<circle cx="{cx}" cy="{cy}" r="{r}" fill="#fff" stroke="#0b0c0c" stroke-width="{width}"/>')
            if kind in ("intermediateCatchEvent", "boundaryEvent"):
                svg.append(f'<circle cx="{cx}" cy="{cy}" r="{r - 3}" fill="none" stroke="#0b0c0c" stroke-width="1"/>')
                timer = el.find("bpmn:timerEventDefinition", NS) is not None
                if timer:
                    svg.append(f'<circle cx="{cx}" cy="{cy}" r="{r - 8}" fill="none" stroke="#0b0c0c"/>'
                               f'<polyline points="{cx},{cy - r + 11} {cx},{cy} {cx + 5},{cy + 3}" fill="none" stroke="#0b0c0c"/>')
                else:
                    svg.append(f'<rect x="{cx - 8}" y="{cy - 5}" width="16" height="11" fill="none" stroke="#0b0c0c"/>'
                               f'<polyline points="{cx - 8},{cy - 5} {cx},{cy + 1} {cx + 8},{cy - 5}" fill="none" stroke="#0b0c0c"/>')
        label = shape.find("bpmndi:BPMNLabel/dc:Bounds", NS)
        if label is not None and not kind.endswith("Task") and kind != "subProcess" and name:
            lx, ly, lw, lh = (float(label.get(k)) for k in ("x", "y", "width", "height"))
            svg.append(text_block(lx + lw / 2, ly + lh / 2, name, max(8, int(lw / 6)), 10))
            maxx, maxy = max(maxx, lx + lw), max(maxy, ly + lh)
    for edge in tree.iterfind(".//bpmndi:BPMNEdge", NS):
        points = [(float(p.get("x")), float(p.get("y"))) for p in edge.iterfind("di:waypoint", NS)]
        svg.append('<polyline points="' + " ".join(f"{x},{y}" for x, y in points)
                   + '" fill="none" stroke="#0b0c0c" stroke-width="1.5" marker-end="url(#arrow)"/>')
        el = elements[edge.get("bpmnElement")]
        label = edge.find("bpmndi:BPMNLabel/dc:Bounds", NS)
        if label is not None and el.get("name"):
            lx, ly, lw, lh = (float(label.get(k)) for k in ("x", "y", "width", "height"))
            svg.append(f'<text x="{lx}" y="{ly + lh - 3}" font-size="10" fill="#505a5f">{escape(el.get("name"))}</text>')
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{maxx + 40:.0f}" height="{maxy + 40:.0f}" '
            f'font-family="Helvetica, Arial, sans-serif"><defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" '
            f'markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z"/></marker></defs>'
            f'<rect width="100%" height="100%" fill="#fff"/>')
    with open(dst, "w", encoding="utf-8") as out:
        out.write(head + "".join(svg) + "</svg>\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

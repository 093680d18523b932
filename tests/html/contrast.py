#!/usr/bin/python3
"""WCAG 2.1 contrast of the monitor page's colours: text colours (CSS
`color:` and the `fill` of SVG <text>) at least 4.5:1 against every
background they can stand on (white, and the background of cells that miss
a norm); graphical colours (the `fill` of bars and legend swatches) at
least 3:1 against white."""
import re
import sys


def luminance(colour):
    colour = colour.lstrip("#")
    if len(colour) == 3:
        colour = "".join(c * 2 for c in colour)
    channels = [int(colour[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


problems = []
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        page = f.read()
    backgrounds = ["#fff"] + re.findall(r"background:(#[0-9a-fA-F]{3,6})", page.split("</style>")[0])
    texts = set(re.findall(r"(?<![-\w])color:(#[0-9a-fA-F]{3,6})", page))
    texts |= set(re.findall(r'<text[^>]*fill="(#[0-9a-fA-F]{3,6})"', page))
    shapes = set(re.findall(r'<rect[^>]*fill="(#[0-9a-fA-F]{3,6})"', page))
    shapes |= set(re.findall(r'span style="background:(#[0-9a-fA-F]{3,6})"', page))
    if not texts or not shapes:
        problems.append(f"{path}: no colours found to check")
    for colour in sorted(texts):
        for background in backgrounds:
            if background in shapes:
                continue  # a swatch's colour is no background for text
            ratio = contrast(colour, background)
            if ratio < 4.5:
                problems.append(f"{path}: text {colour} on {background} is {ratio:.2f}:1")
    for colour in sorted(shapes):
        ratio = contrast(colour, "#fff")
        if ratio < 3:
            problems.append(f"{path}: bar {colour} on white is {ratio:.2f}:1")
for problem in problems:
    print("FAIL:", problem)
sys.exit(1 if problems else 0)

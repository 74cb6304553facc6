"""Bar charts drawn on the server: plain geometry for an inline <svg> in a template,
no JavaScript. Horizontal positions and widths are percentages of the chart's width
(so a chart fills whatever space it has and its text keeps its size on a phone);
vertical ones are pixels."""

import math
from dataclasses import dataclass, field

# Column charts (one column per category and series, side by side).
COLUMN_PLOT_HEIGHT = 180
COLUMN_TOP = 16
COLUMN_LABEL_SPACE = 36
COLUMN_GAP = 0.25  # share of a category's width left empty
# Bar charts (one row per category: its label, then one bar per series).
BAR_LABEL_HEIGHT = 20
BAR_HEIGHT = 16
BAR_GAP = 4
ROW_GAP = 12
# The longest bar leaves room after it for its number.
BAR_MAX_WIDTH = 82.0


def nice_ceiling(value: int) -> int:
    """The smallest 1, 2 or 5 times a power of ten that is at least `value` (1 at least)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


@dataclass
class Bar:
    series: int
    value: int
    title: str
    x: float = 0.0  # percent
    width: float = 0.0  # percent
    y: float = 0.0  # px
    height: float = 0.0  # px


@dataclass
class Tick:
    value: int
    y: float


@dataclass
class ColumnLabel:
    x: float  # percent, the category's centre
    text: str
    subtext: str = ""


@dataclass
class ColumnChart:
    height: int
    baseline: float
    bars: list[Bar] = field(default_factory=list)
    ticks: list[Tick] = field(default_factory=list)
    labels: list[ColumnLabel] = field(default_factory=list)


def column_chart(
    categories: list[tuple[str, str]], values: list[list[int]], series: list[str], ticks: int = 4
) -> ColumnChart:
    """categories: (label, sublabel) per column group; values[i]: one number per
    series for category i; series: the series' names (for each column's tooltip)."""
    top = nice_ceiling(max((value for row in values for value in row), default=0))
    baseline = COLUMN_TOP + COLUMN_PLOT_HEIGHT
    chart = ColumnChart(height=baseline + COLUMN_LABEL_SPACE, baseline=baseline)
    step = top / ticks
    for index in range(ticks + 1):
        value = round(step * index)
        if step * index == value:  # whole numbers only
            chart.ticks.append(Tick(value, baseline - COLUMN_PLOT_HEIGHT * value / top))
    category_width = 100 / max(len(categories), 1)
    column_width = category_width * (1 - COLUMN_GAP) / max(len(series), 1)
    for position, ((label, sublabel), row) in enumerate(zip(categories, values, strict=True)):
        start = category_width * position + category_width * COLUMN_GAP / 2
        chart.labels.append(ColumnLabel(category_width * (position + 0.5), label, sublabel))
        for index, value in enumerate(row):
            height = COLUMN_PLOT_HEIGHT * value / top
            chart.bars.append(
                Bar(
                    series=index,
                    value=value,
                    title=f"{label} {sublabel}".strip() + f" — {series[index]}: {value}",
                    x=start + column_width * index,
                    width=column_width,
                    y=baseline - height,
                    height=height,
                )
            )
    return chart


@dataclass
class BarRow:
    label: str
    label_y: float
    bars: list[Bar] = field(default_factory=list)


@dataclass
class BarChart:
    height: int
    rows: list[BarRow] = field(default_factory=list)


def bar_chart(rows: list[tuple[str, list[int]]], series: list[str]) -> BarChart:
    """rows: (label, one number per series); the bars share one scale."""
    top = max((value for _label, values in rows for value in values), default=0) or 1
    chart, y = BarChart(height=0), 0.0
    for label, values in rows:
        row = BarRow(label=label, label_y=y + BAR_LABEL_HEIGHT - 6)
        y += BAR_LABEL_HEIGHT
        for index, value in enumerate(values):
            row.bars.append(
                Bar(
                    series=index,
                    value=value,
                    title=f"{label} — {series[index]}: {value}",
                    width=BAR_MAX_WIDTH * value / top,
                    y=y,
                    height=BAR_HEIGHT,
                )
            )
            y += BAR_HEIGHT + BAR_GAP
        chart.rows.append(row)
        y += ROW_GAP
    chart.height = math.ceil(max(y - ROW_GAP, 0)) + 4
    return chart

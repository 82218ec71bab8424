"""The chapter's figures, drawn from the tables the other evidence modules return.

Each function draws one figure through `xmgov.figures` (house style, bilingual labels, the data
drawn saved beside it) and returns the saved record. Qualified numbers are drawn as bounds, not
points: ▶ "at least" (以上/余/多), ◀ "at most" (内/以内), ○ approximate (近/约), ● as stated;
the reading of each number is the dataset's (metrics.csv `qualifier`).
"""

from __future__ import annotations

import re
import textwrap

import numpy as np
import pandas as pd
from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator

from ..chinese import Chinese
from ..dataset.vocabulary import category_label
from ..figures import GREY, PALETTE, grouped_rows, new_figure, save_figure
from .frame import CATEGORIES, CATEGORY_LABELS, LEVELS, NOVELTY_LEVELS
from .glosses import UNITS_EN
from .magnitudes import conversion_note
from .profile import WEIGHTINGS

CHAPTER = "metrics"
SOURCE = ("Source: 厦门日报/厦门网 report of 2023-03-02 (third-party mirror), as extracted in "
          "data/processed/{tables}; rules in xmgov.metrics.")
SOURCE_ZH = ("资料来源：《厦门日报》/厦门网2023年3月2日关于2020—2022年度评选结果的报道（第三方镜像），"
             "据 data/processed/{tables} 提取；规则见 xmgov.metrics。")
BOUND_SIGNS = {"lower bound": "≥", "upper bound": "≤", "approximate": "≈"}
MARKERS = {"exact": "o", "lower bound": ">", "upper bound": "<", "approximate": "o"}
LEVEL_COLOURS = {"national": PALETTE[0], "provincial": PALETTE[1], "city": PALETTE[2],
                 "unknown": PALETTE[5], "unspecified": PALETTE[5]}
LEVEL_LABELS = {"national": "national 全国", "provincial": "provincial 全省", "city": "city 全市",
                "unknown": "level not stated 不详", "unspecified": "level not stated 不详"}
CATEGORY_COLOURS = dict(zip(CATEGORIES, (PALETTE[2], PALETTE[0], PALETTE[3])))
_MATRIX_COLUMNS = ("has_outcome", "has_baseline", "has_time_window", "has_denominator",
                   "has_external_recognition", "has_novelty_claim")
_MATRIX_HEADERS = {  # one line each: turned upright, a column is one line of text wide
    "has_outcome": "outcome 成效",
    "has_baseline": "baseline 基线/前后",
    "has_time_window": "time window 时段",
    "has_denominator": "stated base 分母",
    "has_external_recognition": "recognition 外部认可",
    "has_novelty_claim": "novelty 首创",
}


# The matrix is drawn as two side-by-side panels so it fits one page at a legible size: one row
# per entry, MATRIX_ROW_IN apart, each mark MATRIX_MARK points across (a column is about 9 pt wide).
MATRIX_ROW_IN = 0.125
MATRIX_MARK = 5.5
DOT_ROW_IN = 0.3  # one quantity of a dot plot: its two-line label and the space between labels
_MATRIX_PANELS = (("grassroots_case", "innovation_case"), ("innovation_project",))


def _profile_panel(ax, rows: pd.DataFrame, panel: tuple[str, ...], drawn: list) -> float:
    """Draw one panel of the matrix; returns the panel's height in rows."""
    idx, ys, headers = grouped_rows(rows["category"].astype(str), panel)
    for j, col in enumerate(_MATRIX_COLUMNS):
        level_col = {"has_external_recognition": "recognition_level", "has_novelty_claim": "novelty_level"}.get(col)
        for i, y in zip(idx, ys):
            row = rows.loc[i]
            value = row[col]
            level = row[level_col] if level_col else None
            if pd.isna(value):
                ax.plot(j, y, marker="_", color=GREY, ms=MATRIX_MARK)
                state = "n/a"
            elif bool(value):
                ax.plot(j, y, marker="s", color=LEVEL_COLOURS[level] if level_col else PALETTE[7], ms=MATRIX_MARK + 0.5)
                state = level if level_col else "yes"
            else:
                ax.plot(j, y, marker="s", mfc="white", mec=GREY, mew=0.7, ms=MATRIX_MARK)
                state = "no"
            drawn.append({"entry_id": row["entry_id"], "indicator": col, "state": state})
    ax.set_xticks(range(len(_MATRIX_COLUMNS)), [_MATRIX_HEADERS[c] for c in _MATRIX_COLUMNS], rotation=90,
                  fontsize=7)
    ax.xaxis.tick_top()
    ax.set_yticks(ys, rows.loc[idx, "label"].str.replace(" · ", " ", regex=False), fontsize=7)  # room for the marks
    ax.set_xlim(-0.6, len(_MATRIX_COLUMNS) - 0.4)
    ax.tick_params(length=0)
    for side in ("left", "bottom", "top", "right"):
        ax.spines[side].set_visible(False)
    for cat, y in headers.items():
        ax.axhline(y + 0.5, color=GREY, lw=0.5)
        ax.text(len(_MATRIX_COLUMNS) - 0.4, y - 0.05, CATEGORY_LABELS[cat], ha="right", va="center", fontsize=7,
                color=CATEGORY_COLOURS[cat], fontweight="bold")
    return float(ys.max()) if len(ys) else 0.0


def profile_matrix(matrix: pd.DataFrame):
    """Entries × indicators: filled square = met, open = not met, grey dash = not applicable;
    recognition and novelty squares are coloured by their highest level. Two panels side by side
    (grassroots and innovation cases; innovation projects) keep the labels at the house size."""
    rows = matrix.reset_index(drop=True)
    tallest = max(sum(int((rows["category"].astype(str) == c).sum()) + 1 for c in p) for p in _MATRIX_PANELS)
    fig, axes = new_figure("full", height=MATRIX_ROW_IN * tallest + 1.25, ncols=2)
    drawn: list = []
    for ax, panel in zip(axes, _MATRIX_PANELS):
        _profile_panel(ax, rows, panel, drawn)
        ax.set_ylim(tallest - 0.4, -0.6)
    handles = [axes[1].plot([], [], "s", color=PALETTE[7], ms=7, label="met 是")[0],
               axes[1].plot([], [], "s", mfc="white", mec=GREY, ms=7, label="not met 否")[0],
               axes[1].plot([], [], "_", color=GREY, ms=7, label="no rate 不适用")[0]]
    handles += [axes[1].plot([], [], "s", color=LEVEL_COLOURS[lv], ms=7, label=f"met: {LEVEL_LABELS[lv]}")[0]
                for lv in dict.fromkeys((*LEVELS, *NOVELTY_LEVELS)) if lv != "unspecified"]
    axes[1].legend(handles=handles, loc="lower right", bbox_to_anchor=(1.0, 0.0), ncol=1)  # under the shorter panel
    return save_figure(
        fig, chapter=CHAPTER, slug="evidence-profile",
        caption=f"Evidence profile of the {rows['entry_id'].nunique()} awarded entries: for each entry, whether it reports an "
                "outcome measure (成效), a baseline or before/after pair (基线), a time window (时段), "
                "a rate with a stated base (分母), external recognition (外部认可) and a novelty claim "
                "(首创); recognition and novelty are coloured by their highest level. Left: grassroots "
                "cases and innovation cases; right: innovation projects.",
        alt="A grid in two panels with one row per entry, grouped into grassroots cases, innovation "
            "cases and innovation projects, and six indicator columns; filled squares mark "
            "indicators met.",
        source=SOURCE.format(tables="metrics.csv and claims.csv"),
        zh=Chinese(
            caption=f"{rows['entry_id'].nunique()}项获奖成果的证据概况:逐项标出是否报告成效指标(成效)、基线或前后对比"
                    "(基线)、时间窗口(时段)、注明分母的比率(分母)、外部认可(外部认可)和首创声明(首创);"
                    "外部认可与首创声明按其最高层级着色。左:优秀基层案例与优秀创新案例;右:优秀创新项目。",
            alt=f"分为两栏的方格图,每项成果一行,按优秀基层案例、优秀创新案例和优秀创新项目分组,共"
                f"{len(_MATRIX_COLUMNS)}列指标;实心方块表示满足该指标。",
            source=SOURCE_ZH.format(tables="metrics.csv 和 claims.csv")),
        data=pd.DataFrame(drawn))


def _wan_yi(x: float, _pos=None) -> str:
    """Log-axis tick label in the units the source counts in, 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²):
    1000, 1万, 100万, 1亿. Short at the print width, and without the superscripts of 10⁶, which
    print under the smallest text size."""
    for unit, size in (("万亿", 1e12), ("亿", 1e8), ("万", 1e4)):
        if x >= size:
            return f"{x / size:g}{unit}"
    return f"{x:g}"


def _two_line_label(row) -> str:
    """`P04 · Finance-judicial platform` over the English name of the measure."""
    return f"{row.label}\n{row.measure_en}" if isinstance(row.measure_en, str) and row.measure_en else row.label


def _value_text(row) -> str:
    """The number as the source writes it (its span), with the dataset's bound sign."""
    return str(row.span).strip()


def _reading_handles(ax, readings: set) -> list:
    return [ax.plot([], [], marker=MARKERS[r], ls="none", color=GREY,
                    mfc="white" if r == "approximate" else GREY, label=lab)[0]
            for r, lab in (("exact", "as stated"), ("lower bound", "at least (以上/余/多)"),
                           ("upper bound", "at most (内/以内)"), ("approximate", "about (近)"))
            if r in readings]


def _log_dots(table: pd.DataFrame, slug: str, caption: str, alt: str, xlabel: str,
              colour_by: str | None = None, colours: dict | None = None, zh: Chinese | None = None):
    """One row per quantity on a log axis, labelled by entry and English measure, the source's
    number beside each dot; bounds as triangles."""
    rows = table.reset_index(drop=True)
    fig, ax = new_figure("full", height=DOT_ROW_IN * len(rows) + 1.0)
    for i, row in rows.iterrows():
        colour = colours[row[colour_by]] if colour_by else PALETTE[0]
        filled = row["reading"] != "approximate"
        ax.plot(row["value"], i, marker=MARKERS[row["reading"]], ms=7, color=colour,
                mfc=colour if filled else "white", mec=colour, ls="none")
        ax.annotate(_value_text(row), (row["value"], i), xytext=(7, 0), textcoords="offset points",
                    va="center", fontsize=8, color="#333333")
    ax.set_yticks(range(len(rows)), [_two_line_label(r) for r in rows.itertuples()])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xscale("log")
    lo, hi = rows["value"].min(), rows["value"].max()
    ax.set_xlim(lo / 3, hi * 40)
    ax.xaxis.set_major_locator(LogLocator(numticks=5))  # every other decade: room for each label
    ax.xaxis.set_major_formatter(FuncFormatter(_wan_yi))
    ax.xaxis.set_minor_formatter(FuncFormatter(lambda *_: ""))
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color="#DDDDDD", lw=0.5)
    handles = _reading_handles(ax, set(rows["reading"]))
    if colour_by:
        handles += [ax.plot([], [], "o", ls="none", color=c, label=PEOPLE_NAMES.get(k, k))[0]
                    for k, c in colours.items() if k in set(rows[colour_by])]
    fig.legend(handles=handles, loc="outside lower center", ncols=3)  # beneath: no value is covered
    cols = ["entry_id", "label", "measure", "measure_en", "span", "value", "unit", "reading"]
    cols += [colour_by] if colour_by and colour_by not in cols else []
    return save_figure(fig, chapter=CHAPTER, slug=slug, caption=caption, alt=alt,
                       source=SOURCE.format(tables="metrics.csv"), data=rows[cols], zh=zh)


PEOPLE_COLOURS = {"persons": PALETTE[0], "person-times": PALETTE[1]}
PEOPLE_NAMES = {"persons": "persons 人/名", "person-times": "person-times 人次"}


def money(table: pd.DataFrame):
    """Every amount of money in 元 on a log scale (not summed: they measure different things)."""
    return _log_dots(
        table, "money",
        caption="Every amount of money the write-ups report, in yuan (元) on a logarithmic scale "
                "(10⁸ yuan = 1 亿 = 100 million; 1 万 = 10,000), with the amount as the source writes "
                "it beside each dot. The amounts measure different things (payments stopped, money "
                "returned, sums in dispute, funds saved) and are not added up.",
        alt="Dot plot of money amounts in yuan on a log scale from 10⁵ to 10¹¹, one row per amount, "
            "labelled with entry id, short English label and the English name of the measure.",
        xlabel="yuan 元, log scale (1 亿 = 100 million; 1 万 = 10,000)",
        zh=Chinese(
            caption="各成果报告的全部金额,单位为元,采用对数刻度;每个点旁注有原文写法。这些金额所度量的对象各不相同"
                    "(紧急止付的款项、返还的资金、涉案标的、节约的财政资金),不作加总。",
            alt="以对数刻度绘制的金额点图,每个金额一行,标有成果编号、英文简称和所度量对象的英文名称。",
            source=SOURCE_ZH.format(tables="metrics.csv")))


def people(table: pd.DataFrame):
    """Every count of persons (人/名) and person-times (人次) on a log scale, coloured by which."""
    return _log_dots(
        table, "people",
        caption="Every count of people served or acted on that the write-ups report, on a logarithmic "
                "scale: persons (人 or 名, blue) and person-times (人次, orange: one person served twice "
                "counts twice). Ranks (前30名 'within the top 30') and people honoured (2人 selected "
                "for a city commendation) are not counts of people served and are left out. Counts of "
                "different things are not added up.",
        alt="Dot plot of people counts on a log scale, one row per count, blue for persons and orange "
            "for person-times, labelled with entry id, short English label and the English name of "
            "the measure.",
        xlabel="people, log scale (1 万 = 10,000)", colour_by="people",
        colours=PEOPLE_COLOURS,
        zh=Chinese(
            caption="各成果报告的服务或处置人数,采用对数刻度:人数(“人”或“名”,蓝色)与人次(“人次”,橙色:同一人"
                    "接受两次服务计为两人次)。排名(如“前30名”)和受表彰人数(如“其中2人被评选为…表彰对象”)"
                    "不是服务人数,不予纳入。不同对象的计数不作加总。",
            alt="以对数刻度绘制的人数点图,每个计数一行,蓝色为人数、橙色为人次,标有成果编号、英文简称和所度量对象的英文名称。",
            source=SOURCE_ZH.format(tables="metrics.csv")))


def rates(table: pd.DataFrame):
    """Every percentage level as a dot, grouped by category; not comparable across rows."""
    rows = table.reset_index(drop=True)
    fig, ax = new_figure("full", height=DOT_ROW_IN * len(rows) + 1.0)
    for i, row in rows.iterrows():
        colour = CATEGORY_COLOURS[row["category"]]
        filled = row["reading"] != "approximate"
        ax.hlines(i, 0, row["value"], color="#E5E5E5", lw=0.8)
        ax.plot(row["value"], i, marker=MARKERS[row["reading"]], ms=7, color=colour,
                mfc=colour if filled else "white", ls="none")
        ax.annotate(f"{BOUND_SIGNS.get(row['reading'], '')}{row['value']:g}%", (row["value"], i),
                    xytext=(-8, 0), textcoords="offset points", ha="right", va="center", fontsize=8)
    ax.set_yticks(range(len(rows)), [_two_line_label(r) for r in rows.itertuples()])
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_xlim(0, 104)
    ax.set_xlabel("per cent 百分比 (each of a different base)")
    handles = [ax.plot([], [], "o", ls="none", color=CATEGORY_COLOURS[c], label=CATEGORY_LABELS[c])[0]
               for c in CATEGORIES if c in set(rows["category"])]
    handles += [h for h in _reading_handles(ax, set(rows["reading"])) if h.get_label() != "as stated"]
    fig.legend(handles=handles, loc="outside lower center", ncols=2)  # beneath: no value is covered
    return save_figure(
        fig, chapter=CHAPTER, slug="rates",
        caption="Every percentage level the write-ups report (success, satisfaction, awareness, "
                "collection and compliance rates), with the English name of each measure and its "
                "value beside the dot (≥: 以上 'or more'). Each is a share of a different, mostly "
                "unstated, base — disputes mediated, residents surveyed, records checked — so the "
                "dots sit on one axis for reading, not for comparison.",
        alt="Dot plot of reported percentages between 0 and 100, one row per rate, coloured by award "
            "category, each row labelled with entry id, short English label and the measure's "
            "English name, the value written beside each dot.",
        source=SOURCE.format(tables="metrics.csv"),
        zh=Chinese(
            caption="各成果报告的全部百分比水平(成功率、满意度、知晓率、采集率和达标率),附各指标的英文名称,点旁注有数值"
                    "(≥ 表示“以上”)。每个比率的基数各不相同,且大多未予说明(调解的纠纷、受访的居民、核查的记录),"
                    "因此这些点置于同一坐标轴只是为了便于阅读,而非用于比较。",
            alt="百分比点图,取值在0到100之间,每个比率一行,按奖项类别着色,标有成果编号、英文简称和指标的英文名称,"
                "点旁注有数值。",
            source=SOURCE_ZH.format(tables="metrics.csv")),
        data=rows[["entry_id", "label", "measure", "measure_en", "span", "value", "reading", "category"]])


def slopes(pairs: pd.DataFrame):
    """Every before/after pair as its own two-point panel (units and scales differ)."""
    rows = pairs.reset_index(drop=True)
    n = len(rows)
    ncols = min(n, 2)
    nrows = int(np.ceil(n / ncols))
    fig, axes = new_figure("full", height=3.2 * nrows, nrows=nrows, ncols=ncols, squeeze=False)
    for ax, row in zip(axes.flat, rows.itertuples()):
        colour = PALETTE[0] if row.direction == "up" else PALETTE[3]
        ax.plot([0, 1], [row.baseline_value, row.value], "-o", color=colour, ms=5)
        for x, v, r in ((0, row.baseline_value, getattr(row, "baseline_reading", "exact")), (1, row.value, row.reading)):
            ax.annotate(f"{BOUND_SIGNS.get(r, '')}{v:g}{row.unit if row.unit == '%' else ''}", (x, v), xytext=(0, 6),
                        textcoords="offset points", ha="center", fontsize=7)
        before = getattr(row, "baseline_period", None)
        dated = isinstance(before, str) and bool(before)
        after = row.period if dated and isinstance(row.period, str) and row.period else "after 后"
        ax.set_xticks([0, 1], [textwrap.fill(before, 14) if dated else "before 前", textwrap.fill(after, 14)],
                      fontsize=7)
        ax.set_xlim(-0.3, 1.3)
        lo, hi = sorted((row.baseline_value, row.value))
        pad = (hi - lo) * 0.35 or 1
        ax.set_ylim(max(0, lo - pad), hi + pad)
        title = f"{row.label}\n{textwrap.fill(row.measure_en, 45)}"
        ax.set_title(title, fontsize=7.5, loc="left")
        ax.set_ylabel(UNITS_EN.get(str(row.unit), str(row.unit)))
    for ax in list(axes.flat)[n:]:
        ax.set_visible(False)
    note = conversion_note(rows)
    note_zh = _conversion_note_zh(rows)
    return save_figure(
        fig, chapter=CHAPTER, slug="before-after",
        caption="Every before/after pair the write-ups report, one panel each because units and "
                "scales differ (从…提升到 'from … up to', 从…降至 'from … down to'). Blue: the "
                "reported measure rose; vermilion: it fell; ≥ and ≤ mark bounds (以上 'or more', 内 'within')."
                + (f" Converted to one time unit: {note}" if note else ""),
        alt="Small multiples, one per before/after pair, each a line from the baseline value to the "
            "reported value.",
        source=SOURCE.format(tables="metrics.csv"),
        zh=Chinese(
            caption="各成果报告的全部前后对比,因单位和量级不同而各占一格(“从…提升到”“从…降至”)。蓝色:所报告的指标"
                    "上升;朱红色:下降;≥ 与 ≤ 表示界限(“以上”“内”)。" + (f"统一折算为同一时间单位:{note_zh}" if note_zh else ""),
            alt="小多图,每组前后对比一格,各以一条线连接基线值与报告值。",
            source=SOURCE_ZH.format(tables="metrics.csv")),
        data=rows[[c for c in ("entry_id", "measure", "span", "baseline_value", "baseline_reading", "baseline_period",
                               "value", "reading", "unit", "period", "direction", "converted") if c in rows]])


def claims_by_category(indicators: pd.DataFrame):
    """Entries by the highest level of their novelty claim and of their recognition, per category."""
    fig, axes = new_figure("full", height=3.0, ncols=2, sharey=True)
    drawn = []
    panels = (("novelty_level", NOVELTY_LEVELS, "Novelty claims 首创声明"),
              ("recognition_level", LEVELS, "External recognition 外部认可"))
    for ax, (col, levels, title) in zip(axes, panels):
        left = np.zeros(len(CATEGORIES))
        for lv in (*levels, None):
            counts = np.array([
                int(((indicators["category"] == c) &
                     (indicators[col] == lv if lv else indicators[col].isna())).sum())
                for c in CATEGORIES])
            colour = LEVEL_COLOURS[lv] if lv else "#EEEEEE"
            ax.barh(range(len(CATEGORIES)), counts, left=left, color=colour, edgecolor="white",
                    label=LEVEL_LABELS[lv] if lv else "none 无")
            for k, c in enumerate(counts):
                if c:
                    ax.text(left[k] + c / 2, k, str(c), ha="center", va="center", fontsize=7,
                            color="black" if lv in (None, "provincial") else "white")
            drawn += [{"panel": col, "category": cat, "level": lv or "none", "entries": int(c)}
                      for cat, c in zip(CATEGORIES, counts)]
            left += counts
        ax.set_title(title, fontsize=9)
        ax.set_xlabel("entries 项")
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    handles, labels = axes[1].get_legend_handles_labels()
    handles0, labels0 = axes[0].get_legend_handles_labels()
    for h, lab in zip(handles0, labels0):
        if lab not in labels:
            handles.insert(-1, h)
            labels.insert(-1, lab)
    fig.legend(handles, labels, loc="outside lower center", ncol=3)
    axes[0].set_yticks(range(len(CATEGORIES)), [CATEGORY_LABELS[c].replace(" (", "\n(") for c in CATEGORIES])
    axes[0].invert_yaxis()
    return save_figure(
        fig, chapter=CHAPTER, slug="claims",
        caption="Entries by the highest level of the novelty claim they make (全国首创 'first in the "
                "country', 全省首创 'first in the province', 全市首个 'first in the city') and of the "
                "external recognition they report (the level of the recognising body, whatever its type), "
                "per award category.",
        alt="Two panels of stacked horizontal bars, one bar per award category, split by the level "
            "of the entries' highest novelty claim (left) and highest recognition (right).",
        source=SOURCE.format(tables="claims.csv"),
        zh=Chinese(
            caption="按奖项类别统计的成果:其首创声明的最高层级(“全国首创”“全省首创”“全市首个”)与所报告外部认可的"
                    "最高层级(认可机构的层级,不论其类型)。",
            alt="两栏堆积横条图,每个奖项类别一条,左栏按成果首创声明的最高层级分段,右栏按外部认可的最高层级分段。",
            source=SOURCE_ZH.format(tables="claims.csv")),
        data=pd.DataFrame(drawn))


def scores(score_table: pd.DataFrame, ranking: pd.DataFrame):
    """Left: distribution of the equal-weight score per category; right: category means per weighting."""
    fig, (ax1, ax2) = new_figure("full", height=3.2, ncols=2)
    rng = np.random.default_rng(20230302)
    for k, cat in enumerate(CATEGORIES):
        vals = score_table.loc[score_table["category"] == cat, "equal"].to_numpy()
        jitter = rng.uniform(-0.18, 0.18, size=vals.size)
        ax1.plot(vals, k + jitter, "o", ms=3.5, alpha=0.8, color=CATEGORY_COLOURS[cat])
        ax1.plot([vals.mean()] * 2, [k - 0.3, k + 0.3], color="black", lw=1.2)
    ax1.set_yticks(range(len(CATEGORIES)), [CATEGORY_LABELS[c].replace(" (", "\n(") for c in CATEGORIES])
    ax1.invert_yaxis()
    ax1.set_xlim(-0.05, 1.05)
    ax1.set_xlabel("evidence score, equal weights\n(bar = mean)")
    means = ranking["mean score"]
    x = np.arange(len(WEIGHTINGS))
    for cat in CATEGORIES:
        ax2.plot(x, means.loc[cat, list(WEIGHTINGS)], "-o", ms=4, color=CATEGORY_COLOURS[cat],
                 label=category_label(cat, "short\nen"))  # short: the legend sits inside the panel
    ax2.set_xticks(x, list(WEIGHTINGS), rotation=30, ha="right", rotation_mode="anchor")
    ax2.set_ylabel("mean score")
    ax2.set_ylim(-0.04, 1.05)  # a mean of 0 shows its whole dot
    ax2.set_xlabel("weighting of the indicators")
    ax2.legend(loc="upper right")  # the means sit low
    data = score_table.melt(id_vars=["entry_id", "category"], var_name="weighting", value_name="score")
    return save_figure(
        fig, chapter=CHAPTER, slug="scores",
        caption="Evidence score (share of the scored indicators an entry meets) by award category: the "
                f"distribution under equal weights (left) and the category means under {len(WEIGHTINGS)} "
                "weightings (right).",
        alt="Left, jittered dots of entry scores per category with mean bars; right, lines of "
            f"category mean scores across {len(WEIGHTINGS)} weightings.",
        source=SOURCE.format(tables="metrics.csv and claims.csv"),
        zh=Chinese(
            caption=f"按奖项类别统计的证据得分(成果满足的计分指标所占比例):左为等权下的分布,右为"
                    f"{len(WEIGHTINGS)}种加权方案下各类别的平均得分。",
            alt=f"左:各类别成果得分的抖动点图,附平均值横线;右:各类别平均得分在{len(WEIGHTINGS)}种加权方案间的折线。",
            source=SOURCE_ZH.format(tables="metrics.csv 和 claims.csv")),
        data=data)


def _conversion_note_zh(pairs: pd.DataFrame) -> str:
    """conversion_note in Chinese, from the pairs drawn: `C09(“…”):基线折算为180日,按每月30日计。`"""
    done = pairs[pairs["converted"] != ""] if "converted" in pairs else pairs.iloc[0:0]
    notes = []
    for r in done.itertuples():
        per = re.search(r"at ([\d.]+) \w+ per (\w+)$", r.converted)
        factor = float(per.group(1)) if per else None
        notes.append(f"{r.entry_id}(“{r.span}”):基线折算为{r.baseline_value:g}{r.unit}"
                     + (f",按每{_TIME_ZH.get(per.group(2), per.group(2))}{factor:g}{r.unit}计" if per else "") + "。")
    return "".join(notes)


_TIME_ZH = {"day": "日", "month": "月", "year": "年"}

package io.fmbench.kernel.hub;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The leaderboard as one self-contained HTML file (no network resources): sortable tables, 95% intervals drawn as
 * error bars in inline SVG, and robustness curves. Opening it with {@code #selftest} runs a small in-page check
 * (sorting, error bars, console errors) whose JSON result lands in {@code <pre id="selftest">}; the tests read it
 * through headless Chromium's {@code --dump-dom}.
 */
public final class HtmlPage {

    private static final String[] COLORS = {"#3949ab", "#d81b60", "#00897b", "#f4511e", "#8e24aa", "#6d4c41", "#1e88e5", "#7cb342"};

    private final StringBuilder h = new StringBuilder();

    private HtmlPage() {}

    public static String render(Leaderboard lb) {
        HtmlPage p = new HtmlPage();
        p.page(lb);
        return p.h.toString();
    }

    private void page(Leaderboard lb) {
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>fmbench leaderboards</title>\n<script>").append(Resources.ERROR_TRAP).append("</script>\n")
                .append("<style>").append(Resources.CSS).append("</style>\n</head>\n<body>\n");
        h.append("<h1>🏆 Foundation Model Leaderboards</h1>\n<p class=\"overview\">📊 <b>").append(lb.boards().size())
                .append("</b> benchmarks · 🤖 <b>").append(lb.modelCount()).append("</b> models · 📈 <b>").append(lb.evalCount())
                .append("</b> evaluations (").append(lb.skipped().stream().map(Problem::file).distinct().count()).append(" skipped)</p>\n");
        h.append("<details class=\"howto\"><summary>How to read this page</summary><ul>");
        for (String item : PageText.HOW_TO_READ.split("\n- "))
            h.append("<li>").append(esc(item.replaceFirst("^- ", "")).replaceAll("\\*\\*([^*]+)\\*\\*", "<b>$1</b>").replaceAll("`([^`]+)`", "<code>$1</code>")).append("</li>");
        h.append("</ul></details>\n<nav>");
        for (Ranking.Board b : lb.boards())
            h.append("<a href=\"#").append(PageText.anchor(b.bench().name())).append("\">").append(esc(b.bench().name())).append("</a> ");
        h.append("</nav>\n");
        for (Ranking.Board b : lb.boards()) board(b);
        skipped(lb);
        h.append("<pre id=\"selftest\" hidden></pre>\n<script>").append(Resources.SCRIPT).append("</script>\n</body>\n</html>\n");
    }

    private void board(Ranking.Board b) {
        h.append("<section id=\"").append(PageText.anchor(b.bench().name())).append("\">\n<h2>").append(esc(b.bench().name())).append("</h2>\n");
        String desc = b.bench().description().strip().replaceAll("\\s+", " ");
        if (!desc.isEmpty()) h.append("<p class=\"desc\">").append(esc(desc)).append("</p>\n");
        h.append("<p class=\"meta\"><code>").append(esc(b.bench().id())).append("</code> · ").append(esc(b.bench().aiTask()))
                .append(" · ranked by <code>").append(esc(b.bench().primaryMetric())).append("</code> (").append(PageText.direction(b)).append(")</p>\n");
        if (b.main() == null) h.append("<p class=\"empty\">No ranked submissions yet.</p>\n");
        else {
            h.append("<p>").append(b.main().rows().size()).append(" model(s) ranked on ").append(esc(PageText.comparability(b.main().comparability()))).append("</p>\n");
            table(b, b.main());
            errorBars(b, b.main());
            stratified(b, b.main().rows());
        }
        for (Ranking.Table t : b.apart()) {
            h.append("<details class=\"apart\"><summary>Shown apart, not comparable with the main table: ").append(esc(t.apartReason())).append("</summary>\n");
            table(b, t);
            errorBars(b, t);
            h.append("</details>\n");
        }
        if (!b.notRanked().isEmpty()) {
            h.append("<p><b>Not ranked:</b></p><ul class=\"notranked\">");
            for (Entry e : b.notRanked())
                h.append("<li>").append(esc(e.modelName())).append(" (<code>").append(esc(e.evalId())).append("</code>): ").append(esc(e.notRankableReason())).append("</li>");
            h.append("</ul>\n");
        }
        curves(b);
        h.append("</section>\n");
    }

    private void table(Ranking.Board b, Ranking.Table t) {
        boolean time = t.rows().stream().anyMatch(r -> r.entry().msPerSample() != null);
        boolean mem = t.rows().stream().anyMatch(r -> r.entry().peakMemoryMib() != null);
        h.append("<table class=\"sortable\" data-lower-better=\"").append(b.lowerIsBetter()).append("\">\n<thead><tr>");
        th("rank", "Rank");
        th("band", "Tie group");
        th("model", "Model");
        th("score", b.bench().primaryMetric());
        th("ci", "95% CI");
        th("level", "Level");
        th("leakage", "Leakage");
        th("dataset", "Dataset");
        th("date", "Date");
        if (time) th("time", "ms/sample");
        if (mem) th("mem", "Peak MiB");
        th("notes", "Notes");
        h.append("</tr></thead>\n<tbody>\n");
        for (Ranking.Row r : t.rows()) {
            Entry e = r.entry();
            h.append("<tr>");
            td(Integer.toString(r.rank()), PageText.medal(r.rank()));
            td(r.band(), r.band());
            td(e.modelName(), e.modelName() + (r.runs() > 1 ? " (best of " + r.runs() + " runs)" : ""));
            td(num(e.score()), PageText.num(e.score()));
            td(e.ci() == null ? "" : num(e.ci()[0]), PageText.ci(e.ci()));
            td(PageText.level(b.bench(), e.score()), PageText.level(b.bench(), e.score()));
            td(e.leakage().name(), PageText.leakage(e.leakage()));
            td(e.datasetName(), e.datasetName());
            td(e.date(), e.date().length() > 10 ? e.date().substring(0, 10) : e.date());
            if (time) td(e.msPerSample() == null ? "" : num(e.msPerSample()), e.msPerSample() == null ? "—" : String.format(Locale.ROOT, "%.3f", e.msPerSample()));
            if (mem) td(e.peakMemoryMib() == null ? "" : num(e.peakMemoryMib()), e.peakMemoryMib() == null ? "—" : String.format(Locale.ROOT, "%.0f", e.peakMemoryMib()));
            String notes = String.join("; ", PageText.flags(b, e));
            td(notes, notes);
            h.append("</tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    /** Stratified sub-leaderboards, one collapsible sortable table per metadata column. */
    private void stratified(Ranking.Board b, List<Ranking.Row> rows) {
        for (Map.Entry<String, java.util.TreeSet<String>> c : PageText.strata(b, rows).entrySet()) {
            h.append("<details class=\"strata\"><summary>By ").append(esc(c.getKey())).append(" (").append(esc(b.bench().primaryMetric()))
                    .append(" per group, N in brackets)</summary>\n<table class=\"sortable\"><thead><tr>");
            th("model", "Model");
            for (String g : c.getValue()) th("g:" + g, g);
            h.append("</tr></thead>\n<tbody>\n");
            for (Ranking.Row r : rows) {
                h.append("<tr>");
                td(r.entry().modelName(), r.entry().modelName());
                for (String g : c.getValue()) {
                    String cell = PageText.stratumCell(b, r.entry(), c.getKey(), g);
                    td(cell.equals("—") ? "" : cell.split(" ")[0], cell);
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table></details>\n");
        }
    }

    private void th(String key, String label) {
        h.append("<th data-key=\"").append(key).append("\" tabindex=\"0\">").append(esc(label)).append("</th>");
    }

    private void td(String sortValue, String text) {
        h.append("<td data-v=\"").append(esc(sortValue)).append("\">").append(esc(text)).append("</td>");
    }

    /** One row per model: a dot at the score and, when the record has one, a whisker over its 95% interval. */
    private void errorBars(Ranking.Board b, Ranking.Table t) {
        List<Ranking.Row> rows = t.rows();
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (Ranking.Row r : rows) {
            Entry e = r.entry();
            lo = Math.min(lo, e.ci() != null ? e.ci()[0] : e.score());
            hi = Math.max(hi, e.ci() != null ? e.ci()[1] : e.score());
        }
        if (hi - lo < 1e-9) {
            lo -= 0.05;
            hi += 0.05;
        }
        double pad = (hi - lo) * 0.05;
        lo -= pad;
        hi += pad;
        int left = 180, width = 420, rowH = 22, height = rows.size() * rowH + 24;
        h.append("<svg class=\"bars\" role=\"img\" aria-label=\"").append(esc(b.bench().primaryMetric())).append(" with 95% intervals\" width=\"")
                .append(left + width + 20).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(left + width + 20).append(' ').append(height).append("\">\n");
        for (int i = 0; i < rows.size(); i++) {
            Entry e = rows.get(i).entry();
            double y = i * rowH + rowH / 2.0;
            h.append("<text x=\"").append(left - 6).append("\" y=\"").append(f(y + 4)).append("\" text-anchor=\"end\">").append(esc(e.modelName())).append("</text>");
            if (e.ci() != null) {
                double x1 = x(e.ci()[0], lo, hi, left, width), x2 = x(e.ci()[1], lo, hi, left, width);
                h.append("<line class=\"errbar\" x1=\"").append(f(x1)).append("\" x2=\"").append(f(x2)).append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y))
                        .append("\"/><line class=\"cap\" x1=\"").append(f(x1)).append("\" x2=\"").append(f(x1)).append("\" y1=\"").append(f(y - 5)).append("\" y2=\"").append(f(y + 5))
                        .append("\"/><line class=\"cap\" x1=\"").append(f(x2)).append("\" x2=\"").append(f(x2)).append("\" y1=\"").append(f(y - 5)).append("\" y2=\"").append(f(y + 5)).append("\"/>");
            }
            h.append("<circle class=\"point\" cx=\"").append(f(x(e.score(), lo, hi, left, width))).append("\" cy=\"").append(f(y)).append("\" r=\"4\"/>\n");
        }
        double axisY = rows.size() * rowH + 4;
        h.append("<line class=\"axis\" x1=\"").append(left).append("\" x2=\"").append(left + width).append("\" y1=\"").append(f(axisY)).append("\" y2=\"").append(f(axisY)).append("\"/>")
                .append("<text x=\"").append(left).append("\" y=\"").append(f(axisY + 14)).append("\">").append(String.format(Locale.ROOT, "%.3f", lo)).append("</text>")
                .append("<text x=\"").append(left + width).append("\" y=\"").append(f(axisY + 14)).append("\" text-anchor=\"end\">").append(String.format(Locale.ROOT, "%.3f", hi)).append("</text>\n</svg>\n");
    }

    /** Robustness curves: per probe, mean output similarity against perturbation strength, one line per model. */
    @SuppressWarnings("unchecked")
    private void curves(Ranking.Board b) {
        Map<String, Map<String, double[][]>> byProbe = new TreeMap<>();
        List<Ranking.Table> tables = new ArrayList<>();
        if (b.main() != null) tables.add(b.main());
        tables.addAll(b.apart());
        for (Ranking.Table t : tables)
            for (Ranking.Row r : t.rows())
                r.entry().probes().forEach((probe, v) -> {
                    if (!(v instanceof Map<?, ?> p)) return;
                    Object xs = p.get("grid") != null ? p.get("grid") : p.get("shifts");
                    Object ys = p.get("logit") instanceof Map<?, ?> l ? l.get("mean") : null;
                    if (xs instanceof List<?> xl && ys instanceof List<?> yl && xl.size() == yl.size() && xl.size() >= 2
                            && xl.stream().allMatch(o -> o instanceof Number) && yl.stream().allMatch(o -> o instanceof Number)) {
                        double[][] pts = new double[xl.size()][];
                        for (int i = 0; i < xl.size(); i++) pts[i] = new double[] {((Number) xl.get(i)).doubleValue(), ((Number) yl.get(i)).doubleValue()};
                        byProbe.computeIfAbsent(probe, k -> new TreeMap<>()).put(r.entry().modelName() + " · " + r.entry().evalId(), pts);
                    }
                });
        if (byProbe.isEmpty()) return;
        h.append("<h3>Robustness curves</h3>\n<div class=\"curves\">\n");
        byProbe.forEach((probe, lines) -> {
            double x0 = Double.POSITIVE_INFINITY, x1 = Double.NEGATIVE_INFINITY, y0 = Double.POSITIVE_INFINITY, y1 = Double.NEGATIVE_INFINITY;
            for (double[][] pts : lines.values())
                for (double[] p : pts) {
                    x0 = Math.min(x0, p[0]);
                    x1 = Math.max(x1, p[0]);
                    y0 = Math.min(y0, p[1]);
                    y1 = Math.max(y1, p[1]);
                }
            if (x1 - x0 < 1e-12) x1 = x0 + 1;
            if (y1 - y0 < 1e-12) {
                y0 -= 0.05;
                y1 += 0.05;
            }
            int w = 300, hh = 180, m = 30;
            h.append("<figure><svg width=\"").append(w + 2 * m).append("\" height=\"").append(hh + 2 * m).append("\" viewBox=\"0 0 ").append(w + 2 * m).append(' ').append(hh + 2 * m).append("\">")
                    .append("<rect class=\"frame\" x=\"").append(m).append("\" y=\"").append(m).append("\" width=\"").append(w).append("\" height=\"").append(hh).append("\"/>");
            int c = 0;
            for (Map.Entry<String, double[][]> line : lines.entrySet()) {
                StringBuilder pts = new StringBuilder();
                for (double[] p : line.getValue())
                    pts.append(f(m + (p[0] - x0) / (x1 - x0) * w)).append(',').append(f(m + hh - (p[1] - y0) / (y1 - y0) * hh)).append(' ');
                h.append("<polyline class=\"curve\" stroke=\"").append(COLORS[c++ % COLORS.length]).append("\" points=\"").append(pts.toString().trim()).append("\"><title>")
                        .append(esc(line.getKey())).append("</title></polyline>");
            }
            h.append("<text x=\"").append(m).append("\" y=\"").append(m + hh + 16).append("\">").append(String.format(Locale.ROOT, "%.3g", x0)).append("</text>")
                    .append("<text x=\"").append(m + w).append("\" y=\"").append(m + hh + 16).append("\" text-anchor=\"end\">").append(String.format(Locale.ROOT, "%.3g", x1)).append("</text>")
                    .append("<text x=\"").append(m - 4).append("\" y=\"").append(m + 4).append("\" text-anchor=\"end\">").append(String.format(Locale.ROOT, "%.2f", y1)).append("</text>")
                    .append("<text x=\"").append(m - 4).append("\" y=\"").append(m + hh).append("\" text-anchor=\"end\">").append(String.format(Locale.ROOT, "%.2f", y0)).append("</text>")
                    .append("</svg><figcaption>").append(esc(probe)).append(": mean output similarity vs. strength<br>");
            c = 0;
            for (String name : lines.keySet())
                h.append("<span style=\"color:").append(COLORS[c++ % COLORS.length]).append("\">■</span> ").append(esc(name)).append("<br>");
            h.append("</figcaption></figure>\n");
        });
        h.append("</div>\n");
    }

    private void skipped(Leaderboard lb) {
        if (lb.skipped().isEmpty()) return;
        h.append("<section id=\"skipped\"><h2>Skipped records</h2><ul>");
        for (Problem p : lb.skipped())
            h.append("<li><code>").append(esc(p.file().getFileName().toString())).append("</code> line ").append(p.line())
                    .append(p.field().isEmpty() ? "" : ", <code>" + esc(p.field()) + "</code>").append(": ").append(esc(p.message())).append("</li>");
        h.append("</ul></section>\n");
    }

    private static double x(double v, double lo, double hi, int left, int width) {
        return left + (v - lo) / (hi - lo) * width;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String num(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.6f", v);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The page's inline CSS and scripts. */
    private static final class Resources {
        static final String ERROR_TRAP = """
                window.__errors=[];window.addEventListener('error',function(e){window.__errors.push(String(e.message));});\
                (function(){var o=console.error;console.error=function(){window.__errors.push(Array.prototype.join.call(arguments,' '));o.apply(console,arguments);};})();""";

        static final String CSS = """
                body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:1200px;padding:0 1rem;color:#222}
                h1{font-size:1.8rem}h2{margin-top:2.5rem;border-bottom:2px solid #3949ab;padding-bottom:.2rem}
                table{border-collapse:collapse;margin:.8rem 0;font-size:.9rem}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
                th{background:#e8eaf6;cursor:pointer;user-select:none}th[aria-sort=ascending]::after{content:" ▲"}th[aria-sort=descending]::after{content:" ▼"}
                tbody tr:nth-child(even){background:#fafafa}.desc{font-style:italic}.meta,.overview{color:#555}nav a{margin-right:.8rem}
                svg text{font-size:11px;fill:#333}.errbar,.cap{stroke:#3949ab;stroke-width:2}.point{fill:#d81b60}.axis{stroke:#999}
                .curve{fill:none;stroke-width:2}.frame{fill:none;stroke:#ccc}.curves{display:flex;flex-wrap:wrap;gap:1rem}figure{margin:0}
                figcaption{font-size:.8rem;max-width:360px}details{margin:.6rem 0}summary{cursor:pointer;font-weight:600}""";

        static final String SCRIPT = """
                (function(){
                function val(td){var v=td.getAttribute('data-v');var n=parseFloat(v);return v!==''&&!isNaN(n)&&/^-?[0-9.eE+-]+$/.test(v)?n:v.toLowerCase();}
                function sortBy(th){var table=th.closest('table');var idx=Array.prototype.indexOf.call(th.parentNode.children,th);
                var asc=th.getAttribute('aria-sort')!=='ascending';var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
                rows.sort(function(a,b){var x=val(a.cells[idx]),y=val(b.cells[idx]);var ex=x===''||x===undefined,ey=y===''||y===undefined;
                if(ex!==ey)return ex?1:-1;var c=(typeof x==='number'&&typeof y==='number')?x-y:String(x).localeCompare(String(y));return asc?c:-c;});
                rows.forEach(function(r){body.appendChild(r);});
                Array.prototype.forEach.call(th.parentNode.children,function(h){h.removeAttribute('aria-sort');});
                th.setAttribute('aria-sort',asc?'ascending':'descending');}
                document.querySelectorAll('table.sortable th').forEach(function(th){th.addEventListener('click',function(){sortBy(th);});
                th.addEventListener('keydown',function(e){if(e.key==='Enter')sortBy(th);});});
                function column(table,key){var ths=table.tHead.rows[0].cells;for(var i=0;i<ths.length;i++)if(ths[i].getAttribute('data-key')===key)return i;return -1;}
                function values(table,i){return Array.prototype.map.call(table.tBodies[0].rows,function(r){return val(r.cells[i]);});}
                function ordered(a,asc){for(var i=1;i<a.length;i++){var c=(typeof a[i]==='number'&&typeof a[i-1]==='number')?a[i]-a[i-1]:String(a[i]).localeCompare(String(a[i-1]));if(asc?c<0:c>0)return false;}return true;}
                if(location.hash==='#selftest'){var r={tables:0,sortChecks:0,sortFailures:[],errorBars:document.querySelectorAll('svg .errbar').length,
                points:document.querySelectorAll('svg .point').length,curves:document.querySelectorAll('svg .curve').length};
                document.querySelectorAll('table.sortable').forEach(function(t,n){if(t.tBodies[0].rows.length<2)return;r.tables++;
                ['score','model'].forEach(function(key){var i=column(t,key);if(i<0)return;var th=t.tHead.rows[0].cells[i];
                th.click();if(!ordered(values(t,i),true))r.sortFailures.push(n+':'+key+':asc');
                th.click();if(!ordered(values(t,i),false))r.sortFailures.push(n+':'+key+':desc');r.sortChecks+=2;});});
                r.errors=window.__errors;var out=document.getElementById('selftest');out.textContent=JSON.stringify(r);out.hidden=false;}
                })();""";
    }
}

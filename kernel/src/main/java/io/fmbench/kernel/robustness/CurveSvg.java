package io.fmbench.kernel.robustness;

import java.util.Locale;
import java.util.Map;

/**
 * A small self-contained SVG line chart: one polyline per probe, x normalised to each probe's own grid span (probes
 * have different units), y in whole tenths from min(0.5, lowest value) to max(1, highest value), plus a margin.
 */
final class CurveSvg {

    private static final String[] COLOURS = {"#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"};
    private static final int W = 560, H = 320, L = 50, R = 150, T = 30, B = 40;

    private CurveSvg() {}

    /** @param curves probe name to (x values, y values) */
    static String render(String title, Map<String, double[][]> curves) {
        // whole tenths from min(0.5, lowest) to max(1, highest): retention above 1 (a perturbation that helped) stays in view
        int loTenths = 5, hiTenths = 10;
        for (double[][] c : curves.values())
            for (double y : c[1])
                if (Double.isFinite(y)) {
                    loTenths = Math.min(loTenths, (int) Math.floor(y * 10 + 1e-9));
                    hiTenths = Math.max(hiTenths, (int) Math.ceil(y * 10 - 1e-9));
                }
        double lo = loTenths / 10.0, hi = hiTenths / 10.0 + 0.05;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"11\">%n", W, H));
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"13\">%s</text>%n", L, esc(title)));
        int pw = W - L - R, ph = H - T - B;
        for (int tenth = loTenths; tenth <= hiTenths; tenth++) {
            double g = tenth / 10.0, y = T + ph * (hi - g) / (hi - lo);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%.1f</text>%n",
                    L, L + pw, y, y, L - 4, y + 4, g));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">perturbation strength (each probe's grid, weakest to strongest)</text>%n", L + pw / 2, H - 8));
        int i = 0;
        for (var e : curves.entrySet()) {
            String colour = COLOURS[i % COLOURS.length];
            double[] x = e.getValue()[0], y = e.getValue()[1];
            double xmin = Double.POSITIVE_INFINITY, xmax = Double.NEGATIVE_INFINITY;
            for (double v : x) { xmin = Math.min(xmin, v); xmax = Math.max(xmax, v); }
            StringBuilder pts = new StringBuilder();
            for (int k = 0; k < x.length; k++) {
                if (!Double.isFinite(y[k])) continue;
                double fx = xmax > xmin ? (x[k] - xmin) / (xmax - xmin) : 0;
                if (e.getValue().length > 2) fx = 1 - fx; // SNR grids: high SNR is the weak end
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", L + pw * fx, T + ph * (hi - y[k]) / (hi - lo)));
            }
            s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", colour, pts.toString().trim()));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"%s\">%s</text>%n", L + pw + 10, T + 14 * (i + 1), colour, esc(e.getKey())));
            i++;
        }
        return s.append("</svg>\n").toString();
    }

    private static String esc(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

}

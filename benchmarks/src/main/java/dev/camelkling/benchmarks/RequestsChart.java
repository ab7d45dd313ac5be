package dev.camelkling.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The status requests per completed task of every contender against tasks in flight, as a small SVG line chart.
 * Both axes are logarithmic: the contenders differ by orders of magnitude, and a linear axis would flatten the
 * engine onto zero. Plain string building; no plotting library.
 */
final class RequestsChart {

    private static final int WIDTH = 720;
    private static final int HEIGHT = 440;
    private static final int LEFT = 80;
    private static final int RIGHT = 30;
    private static final int TOP = 80;
    private static final int BOTTOM = 70;
    // name, colour, legend
    private static final String[][] SERIES = {
            {EngineContender.NAME, "#1f77b4", "engine (polling)"},
            {EngineContender.CALLBACKS_NAME, "#2ca02c", "engine + callbacks"},
            {NaiveContender.NAME, "#d62728", "naive poller (fixed interval)"},
    };
    private static final double LABEL_ABOVE = -9;
    private static final double LABEL_BELOW = 20;
    private static final double LEGEND_CHAR_WIDTH = 7;
    private static final double LEGEND_GAP = 30;

    private final List<RunResult> results;
    private final double minLog;
    private final double maxLog;
    private final int minDecade;
    private final int maxDecade;

    RequestsChart(List<RunResult> results) {
        this.results = results;
        TreeSet<Integer> sizes = sizes();
        double lo = Math.log10(sizes.isEmpty() ? 1 : sizes.first());
        double hi = Math.log10(sizes.isEmpty() ? 10 : sizes.last());
        // a little room left and right, and a full decade when only one size was run
        double pad = hi > lo ? (hi - lo) * 0.06 : 0.5;
        this.minLog = lo - pad;
        this.maxLog = hi + pad;
        double[] values = results.stream().mapToDouble(RunResult::statusRequestsPerTask)
                .filter(RequestsChart::plottable).toArray();
        this.minDecade = (int) Math.floor(Math.log10(Arrays.stream(values).min().orElse(1)));
        int top = (int) Math.ceil(Math.log10(Arrays.stream(values).max().orElse(10)));
        this.maxDecade = top > minDecade ? top : minDecade + 1;
    }

    String svg() {
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                                              + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"13\">%n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", WIDTH, HEIGHT));
        text(svg, WIDTH / 2.0, 28, "middle", "font-size=\"16\" font-weight=\"bold\"",
                "Status requests per completed task");
        yAxis(svg);
        xAxis(svg);
        for (String[] series : SERIES) {
            line(svg, series[0], series[1]);
        }
        legend(svg);
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void yAxis(StringBuilder svg) {
        for (int decade = minDecade; decade <= maxDecade; decade++) {
            double value = Math.pow(10, decade);
            double py = py(value);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ccc\"/>%n", LEFT, py, WIDTH - RIGHT,
                    py));
            text(svg, LEFT - 8, py + 4, "end", "", decadeLabel(decade));
            for (int m = 2; m <= 9 && decade < maxDecade; m++) {
                double minor = py(m * value);
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" "
                                                      + "stroke=\"#f0f0f0\"/>%n", LEFT, minor, WIDTH - RIGHT, minor));
            }
        }
        double middle = TOP + (HEIGHT - TOP - BOTTOM) / 2.0;
        svg.append(String.format(Locale.ROOT, "<text x=\"22\" y=\"%.1f\" text-anchor=\"middle\" "
                                              + "transform=\"rotate(-90 22 %.1f)\">status requests per task (log scale)</text>%n",
                middle, middle));
    }

    private void xAxis(StringBuilder svg) {
        double bottom = HEIGHT - BOTTOM;
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#333\"/>%n",
                LEFT, bottom, WIDTH - RIGHT, bottom));
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%.1f\" stroke=\"#333\"/>%n",
                LEFT, TOP, LEFT, bottom));
        for (int size : sizes()) {
            double px = px(size);
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#eee\"/>%n", px, TOP, px, bottom));
            text(svg, px, bottom + 20, "middle", "", Integer.toString(size));
        }
        text(svg, LEFT + (WIDTH - LEFT - RIGHT) / 2.0, HEIGHT - 22, "middle", "",
                "tasks in flight (log scale)");
    }

    private void line(StringBuilder svg, String contender, String colour) {
        List<double[]> points = new ArrayList<>();
        results.stream().filter(r -> r.contender().equals(contender) && plottable(r.statusRequestsPerTask()))
                .sorted((a, b) -> Integer.compare(a.tasks(), b.tasks()))
                .forEach(r -> points.add(new double[]{r.tasks(), r.statusRequestsPerTask()}));
        if (points.isEmpty()) {
            return;
        }
        StringBuilder coordinates = new StringBuilder();
        for (double[] p : points) {
            coordinates.append(String.format(Locale.ROOT, "%.1f,%.1f ", px(p[0]), py(p[1])));
        }
        svg.append(String.format(Locale.ROOT, "<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" "
                                              + "stroke-width=\"2.5\"/>%n", coordinates.toString().trim(), colour));
        for (double[] p : points) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>%n",
                    px(p[0]), py(p[1]), colour));
            double offset = labelAbove(contender, (int) p[0], p[1]) ? LABEL_ABOVE : LABEL_BELOW;
            // a label below a point on the bottom line would sit on the axis labels: above it then
            double labelY = py(p[1]) + offset > HEIGHT - BOTTOM - 4 ? py(p[1]) + LABEL_ABOVE : py(p[1]) + offset;
            text(svg, px(p[0]), labelY, "middle", "fill=\"" + colour + "\"", Numbers.readable(p[1]));
        }
    }

    /**
     * A point's value label goes above it unless another series has a higher point at the same size less than a
     * decade away: then below, so that the two labels do not meet between the points.
     */
    private boolean labelAbove(String contender, int tasks, double value) {
        return results.stream()
                .filter(r -> r.tasks() == tasks && !r.contender().equals(contender)
                        && plottable(r.statusRequestsPerTask()))
                .mapToDouble(RunResult::statusRequestsPerTask)
                .noneMatch(other -> other > value && Math.log10(other / value) < 1);
    }

    /** One row under the title, outside the plot, so it never hides a point; entries as wide as their text. */
    private void legend(StringBuilder svg) {
        double total = 0;
        for (String[] series : SERIES) {
            total += entryWidth(series[2]);
        }
        total -= LEGEND_GAP;
        double x = LEFT + (WIDTH - LEFT - RIGHT - total) / 2;
        double y = 54;
        for (String[] series : SERIES) {
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                                                  + "stroke=\"%s\" stroke-width=\"2.5\"/>%n", x, y - 4, x + 26, y - 4,
                    series[1]));
            text(svg, x + 34, y, "start", "", series[2]);
            x += entryWidth(series[2]);
        }
    }

    /** Line, gap, text (at about 7 px a character in the 13 px font) and the space to the next entry. */
    private static double entryWidth(String legend) {
        return 34 + legend.length() * LEGEND_CHAR_WIDTH + LEGEND_GAP;
    }

    private TreeSet<Integer> sizes() {
        TreeSet<Integer> sizes = new TreeSet<>();
        results.forEach(r -> sizes.add(r.tasks()));
        return sizes;
    }

    private double px(double tasks) {
        return LEFT + (Math.log10(tasks) - minLog) / (maxLog - minLog) * (WIDTH - LEFT - RIGHT);
    }

    private double py(double value) {
        return HEIGHT - BOTTOM - (Math.log10(value) - minDecade) / (maxDecade - minDecade) * (HEIGHT - TOP - BOTTOM);
    }

    /** A log axis has no place for zero (a contender that never polled) or for no value at all. */
    private static boolean plottable(double value) {
        return value > 0 && !Double.isInfinite(value);
    }

    /** 0.01, 0.1, 1, 10, 100: plain decimals, as readers of a request count expect. */
    static String decadeLabel(int decade) {
        return decade >= 0 ? Long.toString((long) Math.pow(10, decade))
                : "0." + "0".repeat(-decade - 1) + "1";
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String attributes, String content) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" %s>%s</text>%n",
                x, y, anchor, attributes, escape(content)));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package org.usmx.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The growth plot of docs/performance.md: every measure of bench/growth divided by its value at
 * the smallest scale, against the scale, both axes logarithmic. The dashed diagonal is linear
 * growth; a line on or under it grows at most linearly, a flat line not at all.
 *
 * <p>Usage: {@code GrowthPlot GROWTH_CSV OUT_SVG}. The CSV's first column is the scale, the others
 * are measures named in its header.
 */
public final class GrowthPlot {

    private static final int WIDTH = 720, HEIGHT = 440, LEFT = 70, RIGHT = 250, TOP = 30, BOTTOM = 60;
    private static final String[] COLOURS = {"#1b6ca8", "#c0392b", "#27ae60", "#8e44ad", "#d35400", "#16a085",
        "#7f8c8d", "#2c3e50", "#b7950b", "#e84393", "#0097e6"};

    private GrowthPlot() {}

    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[1]), svg(lines), StandardCharsets.UTF_8);
    }

    /** The SVG for a CSV (header, then one row per scale, ascending). */
    static String svg(List<String> csv) {
        String[] names = csv.get(0).split(",");
        List<double[]> rows = new ArrayList<>();
        for (String line : csv.subList(1, csv.size())) {
            if (line.isBlank()) continue;
            String[] cells = line.split(",");
            double[] row = new double[names.length];
            for (int i = 0; i < names.length; i++) row[i] = i < cells.length ? parse(cells[i]) : Double.NaN;
            rows.add(row);
        }
        if (rows.size() < 2) throw new IllegalArgumentException("need at least two scales, got " + rows.size());
        double maxScale = rows.get(rows.size() - 1)[0] / rows.get(0)[0];
        double maxRatio = maxScale;
        for (double[] r : rows) {
            for (int i = 1; i < names.length; i++) maxRatio = Math.max(maxRatio, r[i] / rows.get(0)[i]);
        }
        double minRatio = 0.5;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            WIDTH, HEIGHT, WIDTH, HEIGHT));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">Growth with corpus size (each measure ÷ its value at ×%s; log–log)</text>%n",
            LEFT, trim(rows.get(0)[0])));
        Axes axes = new Axes(maxScale, minRatio, maxRatio);
        // grid and ticks at powers of ten
        for (double v = 1; v <= maxScale * 1.0001; v *= 10) {
            double x = axes.x(v);
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, TOP, x, HEIGHT - BOTTOM));
            s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">×%s</text>%n", x, HEIGHT - BOTTOM + 16, trim(v * rows.get(0)[0])));
        }
        for (double v = 1; v <= maxRatio * 1.0001; v *= 10) {
            double y = axes.y(v);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", LEFT, y, WIDTH - RIGHT, y));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s×</text>%n", LEFT - 6, y + 4, trim(v)));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">corpus scale</text>%n", (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 20));
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#555\" stroke-dasharray=\"6 4\"/>%n",
            axes.x(1), axes.y(1), axes.x(maxScale), axes.y(maxScale)));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#555\">linear</text>%n", axes.x(maxScale) - 40, axes.y(maxScale) - 6));
        for (int i = 1; i < names.length; i++) {
            String colour = COLOURS[(i - 1) % COLOURS.length];
            StringBuilder points = new StringBuilder();
            for (double[] r : rows) {
                double ratio = r[i] / rows.get(0)[i];
                if (Double.isNaN(ratio) || ratio <= 0) continue;
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", axes.x(r[0] / rows.get(0)[0]), axes.y(Math.max(ratio, minRatio))));
            }
            s.append(String.format(Locale.ROOT, "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\" points=\"%s\"/>%n", colour, points.toString().trim()));
            double ly = TOP + 8 + (i - 1) * 18;
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                WIDTH - RIGHT + 14, ly, WIDTH - RIGHT + 34, ly, colour));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\">%s</text>%n", WIDTH - RIGHT + 40, ly + 4, escape(names[i])));
        }
        return s.append("</svg>\n").toString();
    }

    private record Axes(double maxScale, double minRatio, double maxRatio) {
        double x(double scale) {
            return LEFT + (WIDTH - LEFT - RIGHT) * Math.log(scale) / Math.log(maxScale);
        }

        double y(double ratio) {
            double span = Math.log(maxRatio) - Math.log(minRatio);
            return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (Math.log(ratio) - Math.log(minRatio)) / span;
        }
    }

    private static double parse(String cell) {
        try {
            return Double.parseDouble(cell.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

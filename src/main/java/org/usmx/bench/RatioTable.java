package org.usmx.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The library table: requests per second per endpoint and usmx's ratio to each peer, with medians. */
final class RatioTable {

    private RatioTable() {}

    static String library(Map<String, Map<String, Double>> rates, List<String> peers) {
        StringBuilder t = new StringBuilder("### SPARQL library, concurrency 2 (req/s; ratio = usmx ÷ peer)\n\n| query | usmx |");
        peers.forEach(p -> t.append(' ').append(p).append(" | ratio |"));
        t.append("\n|---|---:|");
        peers.forEach(p -> t.append("---:|---:|"));
        t.append('\n');
        for (var row : rates.entrySet()) {
            Double mine = row.getValue().get("usmx");
            t.append("| `").append(row.getKey()).append("` | ").append(fmt(mine)).append(" |");
            for (String p : peers) {
                Double theirs = row.getValue().get(p);
                t.append(' ').append(fmt(theirs)).append(" | ").append(ratio(mine, theirs)).append(" |");
            }
            t.append('\n');
        }
        t.append("\n| peer | queries both answer | median ratio | below 0.5 |\n|---|---:|---:|---|\n");
        for (String p : peers) {
            List<Map.Entry<String, Double>> ratios = new ArrayList<>();
            rates.forEach((q, r) -> {
                if (r.get("usmx") != null && r.get(p) != null) ratios.add(Map.entry(q, r.get("usmx") / r.get(p)));
            });
            ratios.sort(Map.Entry.comparingByValue());
            String low = String.join(", ", ratios.stream().filter(e -> e.getValue() < 0.5)
                .map(e -> "`" + e.getKey() + "` " + String.format(Locale.ROOT, "%.2f", e.getValue())).toList());
            t.append("| ").append(p).append(" | ").append(ratios.size()).append(" | ")
                .append(ratios.isEmpty() ? "—" : String.format(Locale.ROOT, "%.2f", median(ratios.stream().map(Map.Entry::getValue).toList())))
                .append(" | ").append(low.isEmpty() ? "none" : low).append(" |\n");
        }
        return t.toString();
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.sort(Comparator.naturalOrder());
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }

    static String fmt(Double d) {
        return d == null ? "—" : String.format(Locale.ROOT, "%.0f", d);
    }

    private static String ratio(Double mine, Double theirs) {
        return mine == null || theirs == null ? "—" : String.format(Locale.ROOT, "%.2f", mine / theirs);
    }
}

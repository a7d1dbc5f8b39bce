package org.usmx.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The library table: requests per second per endpoint, then, for each of usmx-kg's columns
 * (as served, and its engine alone) against each peer and against the fastest peer on each query,
 * the median ratio and the queries below 0.5.
 */
final class RatioTable {

    private RatioTable() {}

    static String library(Map<String, Map<String, Double>> rates, List<String> subjects, List<String> peers) {
        List<String> columns = new ArrayList<>(subjects);
        columns.addAll(peers);
        StringBuilder t = new StringBuilder("### SPARQL library, concurrency 2 (req/s, better of two runs)\n\n| query |");
        columns.forEach(c -> t.append(' ').append(c).append(" |"));
        t.append("\n|---|");
        columns.forEach(c -> t.append("---:|"));
        t.append('\n');
        for (var row : rates.entrySet()) {
            t.append("| `").append(row.getKey()).append("` |");
            columns.forEach(c -> t.append(' ').append(fmt(row.getValue().get(c))).append(" |"));
            t.append('\n');
        }
        t.append("\n| usmx-kg as | peer | queries both answer | median ratio | below 0.5 of the peer |\n|---|---|---:|---:|---|\n");
        for (String subject : subjects) {
            for (String p : peers) summary(t, rates, subject, p, r -> r.get(p));
            // the floor: no query below 0.5 of the fastest peer on that query
            if (peers.size() > 1) summary(t, rates, subject, "best peer", r -> peers.stream().map(r::get)
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null));
        }
        return t.toString();
    }

    private static void summary(StringBuilder t, Map<String, Map<String, Double>> rates, String subject, String peer,
                                java.util.function.Function<Map<String, Double>, Double> peerRate) {
        List<Map.Entry<String, Double>> ratios = new ArrayList<>();
        rates.forEach((q, r) -> {
            Double other = peerRate.apply(r);
            if (r.get(subject) != null && other != null) ratios.add(Map.entry(q, r.get(subject) / other));
        });
        ratios.sort(Map.Entry.comparingByValue());
        String low = String.join(", ", ratios.stream().filter(e -> e.getValue() < 0.5)
            .map(e -> "`" + e.getKey() + "` " + String.format(Locale.ROOT, "%.2f", e.getValue())).toList());
        t.append("| ").append(subject).append(" | ").append(peer).append(" | ").append(ratios.size()).append(" | ")
            .append(ratios.isEmpty() ? "—" : String.format(Locale.ROOT, "%.2f", median(ratios.stream().map(Map.Entry::getValue).toList())))
            .append(" | ").append(low.isEmpty() ? "none" : low).append(" |\n");
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
}

package org.usmx.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.graph.GraphFactory;
import org.usmx.config.Settings;

/**
 * A corpus shaped exactly like the real one, at {@code k} times its size, for the growth
 * benchmark (bench/growth): the real project's data/ repeated k times, copy i ≥ 2 with every
 * entity IRI renamed ({@code …/id/claim/downie-2011-c001} → {@code …/id/claim/downie-2011-c001-s2})
 * and every folder (= named graph) suffixed the same way. Papers, sections, notes, cited works,
 * claims with quotes anchored in their texts, causal edges, facts and conflicts all grow k-fold
 * with the same shape; each copy's papers get their own copy of the canonical texts
 * ({@code sources/downie-2011-s2.txt}), where its quotes are anchored at the same offsets.
 * Nothing of it is served as data: it exists to measure build time, store size, heap and latency.
 *
 * <p>Usage: {@code SyntheticCorpus SOURCE_PROJECT TARGET_PROJECT K}.
 */
public final class SyntheticCorpus {

    private final String entityBase;

    public SyntheticCorpus(String idBase) {
        this.entityBase = idBase + "id/";
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) throw new IllegalArgumentException("usage: SyntheticCorpus SOURCE_PROJECT TARGET_PROJECT K");
        int k = Integer.parseInt(args[2]);
        new SyntheticCorpus(Settings.DEFAULT_ID_BASE).write(Path.of(args[0]), Path.of(args[1]), k);
        System.err.println("wrote " + args[1] + " at x" + k);
    }

    /** Writes {@code target}/data and /ontology: the source's data repeated {@code k} times. */
    public void write(Path source, Path target, int k) throws IOException {
        copyTree(source.resolve("ontology"), target.resolve("ontology"));
        copyTree(source.resolve("data/sources"), target.resolve("data/sources"));
        List<Path> folders;
        try (Stream<Path> s = Files.list(source.resolve("data"))) {
            folders = s.filter(Files::isDirectory)
                .filter(p -> !List.of("sources", "raw").contains(p.getFileName().toString())).sorted().toList();
        }
        List<Path> texts;
        try (Stream<Path> s = Files.list(source.resolve("data/sources"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int copy = 1; copy <= k; copy++) {
            String suffix = copy == 1 ? "" : "-s" + copy;
            // each copy's papers have texts of their own, so the texts grow k-fold too and every
            // copy's quotes are anchored in its own file
            for (Path text : texts) {
                if (suffix.isEmpty()) continue;
                String name = text.getFileName().toString();
                Files.copy(text, target.resolve("data/sources").resolve(name.replace(".txt", suffix + ".txt")));
            }
            for (Path folder : folders) {
                Path out = target.resolve("data").resolve(folder.getFileName() + suffix);
                Files.createDirectories(out);
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path ttl : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                        writeRenamed(ttl, out.resolve(ttl.getFileName()), suffix);
                    }
                }
            }
        }
    }

    private void writeRenamed(Path from, Path to, String suffix) throws IOException {
        Graph g = RDFDataMgr.loadGraph(from.toString(), Lang.TURTLE);
        Graph renamed = GraphFactory.createDefaultGraph();
        g.find().forEachRemaining(t -> renamed.add(Triple.create(rename(t.getSubject(), suffix),
            rename(t.getPredicate(), suffix), t.getPredicate().getURI().endsWith("#canonicalText")
                ? textOfCopy(t.getObject(), suffix) : rename(t.getObject(), suffix))));
        if (renamed.isEmpty()) {
            Files.writeString(to, "# usmx:empty\n");
            return;
        }
        try (OutputStream out = Files.newOutputStream(to)) {
            RDFDataMgr.write(out, renamed, RDFFormat.NTRIPLES);
        }
    }

    /** "sources/downie-2011.txt" → "sources/downie-2011-s2.txt": the copy's own text. */
    static Node textOfCopy(Node path, String suffix) {
        if (suffix.isEmpty() || !path.isLiteral() || !path.getLiteralLexicalForm().endsWith(".txt")) return path;
        String lexical = path.getLiteralLexicalForm();
        return NodeFactory.createLiteralString(lexical.substring(0, lexical.length() - 4) + suffix + ".txt");
    }

    /** An entity IRI of copy i: the same path with the suffix on its last segment; other nodes unchanged. */
    Node rename(Node n, String suffix) {
        if (suffix.isEmpty() || !n.isURI() || !n.getURI().startsWith(entityBase)) return n;
        String iri = n.getURI();
        int hash = iri.indexOf('#');
        String fragment = hash < 0 ? "" : iri.substring(hash);
        String path = hash < 0 ? iri : iri.substring(0, hash);
        return NodeFactory.createURI(path + suffix + fragment);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(dest);
                else Files.copy(p, dest);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}

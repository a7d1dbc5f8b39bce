package org.usmx.validate;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.FmtUtils;
import org.usmx.store.Vocab;

/** Runs ontology/shapes.ttl over the union of all graphs (so inferred types count). */
public final class ShaclCheck implements DataCheck {

    @Override
    public String name() { return "shacl"; }

    @Override
    public List<Violation> check(DatasetGraph dataset) {
        Graph shapesGraph = dataset.getGraph(NodeFactory.createURI(Vocab.GRAPH_SHAPES));
        if (shapesGraph.isEmpty()) return List.of(new Violation(name(), "ontology/shapes.ttl", "", "no shapes loaded"));
        Shapes shapes = Shapes.parse(shapesGraph);
        ValidationReport report = ShaclValidator.get().validate(shapes, dataset.getUnionGraph());
        return report.getEntries().stream().map(ShaclCheck::toViolation).toList();
    }

    private static Violation toViolation(ReportEntry e) {
        return new Violation("shacl", FmtUtils.stringForNode(e.focusNode()),
            e.resultPath() == null ? "" : e.resultPath().toString(), e.message());
    }
}

package org.usmx.content;

import java.nio.file.Path;
import java.util.List;

import org.usmx.curation.recipe.Expectations;
import org.usmx.curation.recipe.Papers;
import org.usmx.testing.TestProject;

/** The floors CoverageTest holds each curated paper to: data/{paper}/expectations.yaml, for every paper in data/. */
final class PaperFloors {

    private PaperFloors() {}

    static final Path DATA = TestProject.repositoryRoot().resolve("data");

    static final List<CoverageTest.Floors> ALL = Papers.ids(DATA).stream()
        .map(p -> Expectations.load(DATA, p))
        .map(e -> new CoverageTest.Floors(e.paper(), e.floors().claims(), e.floors().causal(), e.floors().notes(),
            e.floors().memberships(), e.floors().facts()))
        .toList();
}

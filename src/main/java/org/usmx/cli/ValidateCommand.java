package org.usmx.cli;

import java.util.concurrent.Callable;

import org.usmx.validate.DataValidator;
import org.usmx.validate.Violation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check data/ and ontology/: every file parses, every quote is found in its source text, SHACL shapes and data checks pass.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin ProjectOptions project;

    @Override
    public Integer call() {
        DataValidator.Report report = DataValidator.standard(project.dataFiles()).validate();
        for (Violation v : report.violations()) System.out.println(v);
        System.out.println(report.ok() ? "valid: no violations" : report.violations().size() + " violation(s)");
        return report.ok() ? 0 : 1;
    }
}

package io.fmbench.kernel.cli;

import io.fmbench.kernel.FmbenchException;
import io.fmbench.kernel.hub.Catalog;
import io.fmbench.kernel.hub.EvalValidator;
import io.fmbench.kernel.hub.EvalFiles;
import io.fmbench.kernel.hub.Problem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks eval records against the eval.yaml schema and the definitions: benchmark, dataset and metric "
                + "names exist, values are finite and inside each metric's range, eval_id is a safe file name.",
                "Prints one line per problem (file:line: field: what to do); exits 1 if any record is invalid."})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand RootCommand root;
    @Mixin HubDirs dirs;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Eval records, or folders of them (*.yaml).")
    List<Path> files;

    @Override
    public Integer call() throws FmbenchException {
        Catalog catalog = dirs.catalog(root.common.workspace());
        catalog.warnings().forEach(w -> System.err.println("warning: " + w));
        EvalValidator validator = new EvalValidator(catalog, EvalValidator.Mode.SUBMISSION);
        int invalid = 0;
        List<Path> all = EvalFiles.expand(files);
        for (Path f : all) {
            EvalValidator.Result r = validator.validate(f);
            for (Problem p : r.problems()) System.out.println(p.format());
            if (!r.valid()) invalid++;
        }
        System.out.println(all.size() - invalid + " of " + all.size() + " record(s) valid" + (invalid > 0 ? ", " + invalid + " invalid" : ""));
        return invalid > 0 ? 1 : 0;
    }
}

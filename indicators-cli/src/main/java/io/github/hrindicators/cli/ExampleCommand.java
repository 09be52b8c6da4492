package io.github.hrindicators.cli;

import io.github.hrindicators.examples.KyrgyzSeedExample;
import io.github.hrindicators.examples.ResultTable;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code hri example}: the Kyrgyz worked case. */
@Command(name = "example", mixinStandardHelpOptions = true, header = "The Kyrgyz worked case: every indicator for Kyrgyzstan, 2016.",
        description = {"Computes every indicator for Kyrgyzstan, 2016, from the bundled dataset of published figures "
                + "(each with its source): 6,402 people registered as living with HIV on 1 January 2016, 51.5 %% of "
                + "them PWID; 1,505 on OST; 450 inmates on OST daily; the UNAIDS estimate of 8,500 people living "
                + "with HIV, 6,300-11,000."})
final class ExampleCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(ResultTable.format(KyrgyzSeedExample.TITLE, KyrgyzSeedExample.results()));
        spec.commandLine().getOut().flush();
        return Hri.DONE;
    }
}

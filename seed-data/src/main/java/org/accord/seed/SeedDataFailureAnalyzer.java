package org.accord.seed;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up stops on a broken seed file with the file, line and field in plain words. */
class SeedDataFailureAnalyzer extends AbstractFailureAnalyzer<SeedDataException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SeedDataException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix " + cause.file() + (cause.line() > 0 ? " at line " + cause.line() : "")
                        + ". Nothing was loaded: the database is unchanged.", cause);
    }
}

package org.accord;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application, UI and seed loader included, keeps to the module boundaries. */
class ApplicationModulesTest {

    @Test
    void everyModuleUsesOnlyOthersPublicApi() {
        // Production code only: the backend's test-jar (fixtures, tests) is on this classpath too.
        ApplicationModules modules = ApplicationModules.of(AccordApplication.class,
                location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"));
        modules.verify();
        assertThat(modules.stream().map(m -> m.getIdentifier().toString())).contains("ui", "seed", "drafting");
    }
}

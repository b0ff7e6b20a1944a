package org.tomoni;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules of DESIGN.md stay apart: no cycles, no reaching into another module's internals. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TomoniApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /** Writes C4 and UML component diagrams plus a canvas per module to target/spring-modulith-docs. */
    @Test
    void writesModuleDocumentation() {
        new Documenter(modules)
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}

package org.onus;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.onus.archfixture.Parcel;

/** The hand-written parts of {@link ArchitectureTest} catch what they are meant to, and only that. */
class ArchitectureRulesTest {

    private static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("org.onus.archfixture");

    @Test
    void aStatusWrittenByAnotherClassIsAViolationButTheAggregateAndItsNestedClassesMayWriteIt() {
        EvaluationResult result = ArchitectureTest.onlyTheAggregateSetsItsStatus.evaluate(FIXTURE);

        assertThat(result.getFailureReport().getDetails())
                .singleElement()
                .asString()
                .contains("Shortcut.release", Parcel.class.getName() + ".status");
    }
}
